/**The "Diagram" view of a dispatch trace: a small sequence diagram drawn as SVG. One lifeline
 * per sender, signal and receiver; each send is an arrow from whoever sent it (the sender for a
 * top-level send, the receiver that sent it otherwise) to the signal, followed by the signal
 * calling each receiver and each receiver's answer (its return value or its exception). A send
 * that reached no receiver is its arrow alone, labelled "no receivers".
 *
 * Drawn here rather than with Mermaid: no extra library to load on every page, and the labels
 * (which come from learner code) stay plain SVG text. Colours come from CSS classes (site.css),
 * so it follows Material's light and dark schemes. */

import { html, svg } from './dispatch_trace_dom.js'
import { raised } from './dispatch_trace_data.js'

/**Sends drawn at most; the Rows view lists more. */
const MAX_DIAGRAM_SENDS = 50

const CHAR_WIDTH = 7.2          // an average character at the diagram's 12px font
const MIN_COLUMN = 120
const MAX_COLUMN = 260
const MAX_LABEL = 300           // the most room made for one arrow's label
const COLUMN_PADDING = 28
const HEADER_HEIGHT = 46
const STEP = 30                 // vertical room for one arrow and its label
const MARGIN = 12


/**The diagram, in a box that scrolls sideways when it is wider than the page: a Tab stop, so
 * that the arrow keys scroll it too, with a line under it saying so while it does not fit.
 * `sendCount` is the number of sends in the trace, to say how many were left out. */
export function diagramView(sends, sendCount){
  const {participants, messages, drawn} = layOut(sends)
  const box = html('div', {class: 'dt-diagram-box', tabindex: 0, role: 'group', 'aria-label': 'Sequence diagram'},
    drawing(participants, messages))
  const hint = html('p', {class: 'dt-scroll-hint', hidden: true}, 'Scroll sideways to see all of the diagram.')
  new ResizeObserver(() => { hint.hidden = box.scrollWidth <= box.clientWidth }).observe(box)
  const note = sendCount > drawn
    ? html('p', {class: 'dt-left-out'},
        `The diagram shows the first ${ drawn } of ${ sendCount } sends.`)
    : null
  return html('div', {class: 'dt-diagram-view'}, box, hint, note)
}


/**Participants (lifelines, in order of first appearance) and messages (arrows, top to bottom),
 * for the first MAX_DIAGRAM_SENDS sends in call order. */
function layOut(sends){
  const participants = new Map()
  const messages = []
  let drawn = 0

  const participant = (kind, name) => {
    const key = `${ kind }:${ name }`
    if(!participants.has(key)) participants.set(key, {kind, name, index: participants.size})
    return participants.get(key)
  }

  const drawSends = (sent, caller) => {
    for(const send of sent){
      if(drawn === MAX_DIAGRAM_SENDS) return
      drawn++
      const from = caller ?? participant('sender', send.sender)
      const signal = participant('signal', send.signal)
      const call = `${ send.robust ? 'send_robust' : 'send' }(${ Object.keys(send.kwargs).join(', ') })`
      messages.push({from, to: signal, label: send.receivers.length ? call : `${ call }: no receivers`})
      for(const call of send.receivers){
        const receiver = participant('receiver', call.name)
        messages.push({from: signal, to: receiver, label: call.is_async ? 'await' : 'call'})
        drawSends(call.sends, receiver)
        messages.push(answer(call, receiver, signal, send.robust))
      }
    }
  }
  drawSends(sends, null)
  return {participants: [...participants.values()], messages, drawn}
}

function answer(call, receiver, signal, robust){
  const failed = raised(call)
  return {
    from: receiver, to: signal, answer: true, failed, caught: failed && robust,
    label: failed ? `${ robust ? 'caught:' : 'raised' } ${ call.error }` : `returned ${ call.result }`,
  }
}


function drawing(participants, messages){
  const widths = participants.map(p => clamp(textWidth(p.name) + COLUMN_PADDING, MIN_COLUMN, MAX_COLUMN))
  const centers = columnCenters(widths, messages)
  const width = centers.at(-1) + widths.at(-1) / 2 + MARGIN
  const bottom = HEADER_HEIGHT + MARGIN + (messages.length + 1) * STEP
  return svg('svg', {
      class: 'dt-diagram', width, height: bottom + MARGIN, viewBox: `0 0 ${ width } ${ bottom + MARGIN }`,
      role: 'img', 'aria-label': 'Sequence diagram of the dispatch trace',
    },
    ...participants.map((p, i) => lifeline(p, centers[i], widths[i], bottom)),
    ...messages.map((message, j) => arrow(
      message, centers[message.from.index], centers[message.to.index], HEADER_HEIGHT + MARGIN + (j + 1) * STEP,
    )),
  )
}

/**Neighbouring lifelines sit far enough apart for their boxes and for the labels of the arrows
 * between them (up to a limit: a longer label is cut, and shown whole in its tooltip). */
function columnCenters(widths, messages){
  const gaps = widths.slice(1).map((width, i) => (widths[i] + width) / 2)
  for(const {from, to, label} of messages){
    if(Math.abs(from.index - to.index) === 1){
      const gap = Math.min(from.index, to.index)
      gaps[gap] = Math.max(gaps[gap], clamp(textWidth(label) + 16, 0, MAX_LABEL))
    }
  }
  const centers = [MARGIN + widths[0] / 2]
  for(const gap of gaps) centers.push(centers.at(-1) + gap)
  return centers
}

function clamp(value, low, high){
  return Math.min(high, Math.max(low, value))
}

function textWidth(text){
  return text.length * CHAR_WIDTH
}

/**Cut text to fit `room` pixels, marking the cut; the full text stays in a tooltip. */
function fitted(text, room){
  const fits = Math.max(3, Math.floor(room / CHAR_WIDTH))
  return text.length <= fits ? text : text.slice(0, fits - 1) + '…'
}


function lifeline(participant, x, width, bottom){
  const box = width - 12
  return svg('g', {class: `dt-participant dt-p-${ participant.kind }`},
    svg('title', {}, `${ participant.kind }: ${ participant.name }`),
    svg('rect', {x: x - box / 2, y: MARGIN, width: box, height: HEADER_HEIGHT - MARGIN, rx: 4}),
    svg('text', {x, y: MARGIN + 13, class: 'dt-participant-kind'}, participant.kind),
    svg('text', {x, y: MARGIN + 28, class: 'dt-participant-name'}, fitted(participant.name, box - 8)),
    svg('line', {x1: x, y1: HEADER_HEIGHT, x2: x, y2: bottom, class: 'dt-lifeline'}),
  )
}


function arrow(message, x1, x2, y){
  const direction = Math.sign(x2 - x1) || 1
  const tip = x2 - direction * 2
  const classes = ['dt-message']
  if(message.answer) classes.push('dt-answer')
  if(message.failed) classes.push(message.caught ? 'dt-caught' : 'dt-failed')
  return svg('g', {class: classes.join(' ')},
    svg('title', {}, message.label),
    svg('line', {x1, y1: y, x2: tip - direction * 6, y2: y}),
    svg('polygon', {points: `${ tip },${ y } ${ tip - direction * 8 },${ y - 4 } ${ tip - direction * 8 },${ y + 4 }`}),
    svg('text', {x: (x1 + x2) / 2, y: y - 6}, fitted(message.label, Math.abs(x2 - x1) - 10)),
  )
}
