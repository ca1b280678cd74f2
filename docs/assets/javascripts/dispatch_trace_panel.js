/**The collapsible "Dispatch trace" panel of one runner: a one-line summary that can be opened
 * onto two views of the same trace, "Rows" and "Diagram". The panel is kept from run to run, so
 * it stays open (or closed) on the view the learner chose. */

import { html } from './dispatch_trace_dom.js'
import { countCalls, nestSends, raised } from './dispatch_trace_data.js'
import { rowsView } from './dispatch_trace_rows.js'
import { diagramView } from './dispatch_trace_diagram.js'

const VIEWS = {
  Rows: (sends, trace) => rowsView(sends, trace.dropped),
  Diagram: (sends, trace) => diagramView(sends, trace.records.length),
}


export function emptyPanel(runnerId){
  const panel = html('details', {class: 'dispatch-trace', id: `dispatch-trace-${ runnerId }`, 'data-view': 'Rows'},
    html('summary', {},
      html('span', {class: 'dt-title'}, 'Dispatch trace'), ' ',
      html('span', {class: 'dt-summary'}),
    ),
    html('div', {class: 'dt-body'}),
  )
  panel.addEventListener('toggle', () => drawIfOpen(panel))
  return panel
}


/**While a run is under way, the last trace is shown as out of date. */
export function markRunning(panel){
  panel.classList.add('dt-stale')
  panel.querySelector('.dt-summary').textContent = 'running…'
}


/**A panel's trace, until its body is drawn: that waits until the panel is open, so that runs
 * made with the panel closed cost no more than its summary line. */
const undrawn = new WeakMap()

export function showTrace(panel, trace){
  panel.classList.remove('dt-stale')
  panel.querySelector('.dt-summary').textContent = summary(trace)
  panel.querySelector('.dt-body').replaceChildren()
  undrawn.set(panel, trace)
  drawIfOpen(panel)
}

function drawIfOpen(panel){
  const trace = undrawn.get(panel)
  if(!panel.open || !trace) return
  undrawn.delete(panel)
  panel.querySelector('.dt-body').replaceChildren(
    ...(trace.records.length || trace.dropped
      ? tabs(panel, nestSends(trace.records), trace)
      : [html('p', {class: 'dt-empty'}, 'No signal was sent.')])
  )
}


/**When the trace cannot be read (signals_core failed to load), say so instead of showing
 * the previous run's trace. */
export function showUnavailable(panel, error){
  panel.classList.remove('dt-stale')
  undrawn.delete(panel)
  panel.querySelector('.dt-summary').textContent = 'not available'
  panel.querySelector('.dt-body').replaceChildren(
    html('p', {class: 'dt-empty'}, `The trace of this run could not be read (${ error.message }).`),
  )
}


function summary(trace){
  const {sends, calls} = countCalls(trace.records)
  if(!sends && !trace.dropped) return 'no signal was sent'
  const failures = trace.records.reduce(
    (total, record) => total + record.receivers.filter(raised).length, 0)
  const parts = [plural(sends + trace.dropped, 'send'), plural(calls, 'receiver call')]
  if(failures) parts.push(`${ failures } raised`)
  return parts.join(', ')
}

function plural(count, noun){
  return `${ count } ${ noun }${ count === 1 ? '' : 's' }`
}


/**A tab list and one tab panel per view; a view is built the first time it is shown. As in
 * the usual tabs pattern, the arrow keys move between tabs and Tab goes to the shown view. */
function tabs(panel, sends, trace){
  const tabList = html('div', {class: 'dt-tabs', role: 'tablist', 'aria-label': 'Dispatch trace views'})
  tabList.addEventListener('keydown', event => {
    if(event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
    const other = views.find(({name}) => name !== panel.dataset.view)
    select(other.name)
    other.tab.focus()
  })
  const views = Object.entries(VIEWS).map(([name, build]) => {
    const id = `${ panel.id }-${ name.toLowerCase() }`
    const tab = html('button', {type: 'button', role: 'tab', class: 'dt-tab', 'aria-controls': id}, name)
    const view = html('div', {class: 'dt-view', role: 'tabpanel', id, 'aria-label': name})
    tab.addEventListener('click', () => select(name))
    tabList.append(tab)
    return {name, tab, view, build}
  })

  function select(chosen){
    panel.dataset.view = chosen
    for(const {name, tab, view, build} of views){
      const selected = name === chosen
      tab.setAttribute('aria-selected', String(selected))
      tab.tabIndex = selected ? 0 : -1
      view.hidden = !selected
      if(selected && !view.childElementCount) view.append(build(sends, trace))
    }
  }
  select(panel.dataset.view)
  return [tabList, ...views.map(({view}) => view)]
}
