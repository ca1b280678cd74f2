/* PMT's icon controls, usable without the mouse and named for screen readers; and the two
unnamed widgets of Material (the search dialog, the numbers of code annotations).

PMT draws its buttons as images and its toggles as <div>s, with the only words in a tooltip.
The tooltip text (set in mkdocs.yml under pyodide_macros.lang, so that it says what the control
does) becomes the control's accessible name, its <kbd> shortcut its aria-keyshortcuts, and the
pictures inside are hidden from assistive technology. A <div> toggle also becomes a button that
Tab reaches and Enter or Space presses. */

const KEY_NAMES = {Ctrl: "Control", Esc: "Escape"}
// An IDE's toggles (tests after "# Tests" on or off, side by side, full screen) and a terminal's
// (shorten long output, copy as one line).
const TOGGLES = ".py_mk_ide .comment.tooltip, .ide-split-screen, .ide-full-screen, .stdout-ctrl, .stdout-wraps-btn"


/**The tooltip's HTML: a bare tip keeps it, escaped, in data-tip-txt; a CSS one in a child span. */
function tooltipHtml(control){
  if(control.dataset.tipTxt) return control.dataset.tipTxt.replace(/&lt;/g, "<").replace(/&gt;/g, ">")
  return control.querySelector(":scope > .tooltiptext")?.innerHTML ?? ""
}

function textOf(html){
  const holder = document.createElement("div")
  holder.innerHTML = html
  return holder.textContent.replace(/\s+/g, " ").trim()
}

/**"Run the code<br>(<kbd>Ctrl</kbd>+<kbd>S</kbd>)" -> name "Run the code", shortcut "Control+S". */
function tooltipParts(control){
  const [first, ...rest] = tooltipHtml(control).split(/<br\s*\/?>/i)
  const keys = rest.join(" ").match(/\(((?:<kbd>[^<]*<\/kbd>\+?)+)\)/)
  const shortcut = keys && textOf(keys[1]).split("+").map(key => KEY_NAMES[key] ?? key).join("+")
  return {name: textOf(first), shortcut}
}


/**Name an icon control after its tooltip and hide its pictures from assistive technology. */
export function nameIconControl(control){
  const {name, shortcut} = tooltipParts(control)
  if(name && !control.hasAttribute("aria-label")) control.setAttribute("aria-label", name)
  if(shortcut) control.setAttribute("aria-keyshortcuts", shortcut)
  control.querySelectorAll("img").forEach(img => img.setAttribute("alt", ""))
  control.querySelectorAll("svg").forEach(svg => svg.setAttribute("aria-hidden", "true"))
}


/**Make a clickable <div> a named button: a Tab stop that Enter and Space press. */
export function makeKeyboardButton(control){
  nameIconControl(control)
  control.setAttribute("role", "button")
  control.setAttribute("tabindex", "0")
  control.addEventListener("keydown", event => {
    if(event.key !== "Enter" && event.key !== " ") return
    event.preventDefault()
    event.stopPropagation()       // PMT's IDE reads keys that reach it (Esc, Alt+:)
    control.click()
  })
}


/**Every PMT control of the page: the buttons and toggles written in the page (those of IDEs,
 * terminals and Python buttons) now; the header's buttons (reset every editor, delete the saved
 * code), which PMT adds a moment later, as they arrive. Quizzes name their own (accessible_quizzes.js). */
export function makePageControlsAccessible(){
  document.querySelectorAll("button.tooltip[btn_kind]").forEach(nameIconControl)
  document.querySelectorAll(TOGGLES).forEach(makeKeyboardButton)
  const header = document.querySelector(".md-header")
  if(!header) return
  const nameAll = () => header.querySelectorAll("button.tooltip:not([aria-label])").forEach(nameIconControl)
  nameAll()
  new MutationObserver(nameAll).observe(header, {childList: true, subtree: true})
}


/**Material's search is a dialog without a name, and a code annotation's number a link with no
 * text (Material draws the number in CSS, and the annotations after the page has loaded). */
export function nameMaterialWidgets(){
  document.querySelector(".md-search[role='dialog']")?.setAttribute("aria-label", "Search")
  const content = document.querySelector(".md-content")
  if(!content) return
  new MutationObserver(records => {
    for(const record of records){
      for(const node of record.addedNodes){
        if(!node.classList?.contains("md-annotation")) continue
        const link = node.querySelector("a.md-annotation__index")
        const number = link?.querySelector("[data-md-annotation-id]")?.dataset.mdAnnotationId
        link?.setAttribute("aria-label", `Note ${ number }`)
      }
    }
  }).observe(content, {childList: true, subtree: true})
}
