/**Build DOM nodes from plain values. Everything shown by the dispatch trace comes from learner
 * code (signal names, reprs, error messages), so text only ever goes in as text nodes: never as
 * HTML, whatever it contains. */

const SVG_NS = 'http://www.w3.org/2000/svg'


function build(node, attributes, children){
  for(const [name, value] of Object.entries(attributes)){
    if(value !== undefined && value !== null && value !== false) node.setAttribute(name, value)
  }
  node.append(...children.filter(child => child !== null && child !== undefined))
  return node
}

/**An HTML element: `html('code', {class: 'x'}, 'text', otherNode)`. Strings become text. */
export function html(tag, attributes = {}, ...children){
  return build(document.createElement(tag), attributes, children)
}

/**An SVG element, the same way. */
export function svg(tag, attributes = {}, ...children){
  return build(document.createElementNS(SVG_NS, tag), attributes, children)
}
