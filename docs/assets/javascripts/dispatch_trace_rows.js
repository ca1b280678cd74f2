/**The "Rows" view of a dispatch trace: one row per send, and under it one row per receiver it
 * called, in call order; a send made by a receiver sits indented under that receiver. A send
 * that reached no receiver is a row of its own too, marked "no receivers". */

import { html } from './dispatch_trace_dom.js'
import { raised, walkInCallOrder } from './dispatch_trace_data.js'

/**Rows rendered at most: a runaway recursion records hundreds of sends, and the page must stay
 * responsive; the rest is counted, not drawn. */
const MAX_ROWS = 500


/**An <ol> of the trace's rows (at most MAX_ROWS), followed by a note of what was left out. */
export function rowsView(sends, dropped){
  const list = html('ol', {class: 'dt-rows'})
  let leftOut = 0
  walkInCallOrder(sends, (kind, item, level, send) => {
    if(list.childElementCount >= MAX_ROWS){
      leftOut++
      return
    }
    list.append(kind === 'send' ? sendRow(item, level) : receiverRow(item, send, level))
  })
  return html('div', {class: 'dt-rows-view'}, list, leftOutNote(leftOut, dropped))
}


function sendRow(send, level){
  const kwargs = Object.entries(send.kwargs)
  return html('li', {class: 'dt-send', style: `--dt-level:${ level }`},
    html('span', {class: 'dt-kind'}, send.robust ? 'send_robust' : 'send'),
    ' ', html('code', {class: 'dt-signal'}, send.signal),
    ' from ', html('code', {class: 'dt-sender'}, send.sender),
    kwargs.length ? html('span', {class: 'dt-kwargs'}, ' with ', ...joined(kwargs.map(keyword))) : null,
    send.receivers.length ? null : html('span', {class: 'dt-note'}, ' — no receivers'),
  )
}

function keyword([name, value]){
  return html('code', {class: 'dt-kwarg'}, `${ name }=${ value }`)
}

function joined(nodes){
  return nodes.flatMap((node, i) => i ? [', ', node] : [node])
}


function receiverRow(call, send, level){
  const failed = raised(call)
  const classes = ['dt-receiver']
  if(failed) classes.push(send.robust ? 'dt-caught' : 'dt-raised')
  return html('li', {class: classes.join(' '), style: `--dt-level:${ level }`},
    html('span', {class: 'dt-arrow', 'aria-hidden': 'true'}, '→ '),
    call.is_async ? html('span', {class: 'dt-badge'}, 'async') : null,
    call.is_async ? ' ' : null,
    html('code', {class: 'dt-receiver-name'}, call.name),
    call.where ? html('span', {class: 'dt-where'}, ` (${ call.where })`) : null,
    ' ', outcome(call, failed, send.robust),
    html('span', {class: 'dt-ms'}, ` ${ duration(call.ms) }`),
  )
}

function outcome(call, failed, robust){
  if(!failed) return html('span', {class: 'dt-result'}, 'returned ', html('code', {}, call.result ?? ''))
  return html('span', {class: 'dt-error'},
    html('strong', {}, robust ? 'raised (caught by send_robust) ' : 'raised '),
    html('code', {}, call.error),
    robust ? ' — returned as its response' : ' — the send stopped here',
  )
}

function duration(ms){
  return ms === null || ms === undefined ? '' : `${ ms < 10 ? ms.toFixed(2) : ms.toFixed(0) } ms`
}


function leftOutNote(leftOut, dropped){
  const notes = []
  if(leftOut) notes.push(`${ leftOut } more rows are not shown, to keep the page responsive.`)
  if(dropped) notes.push(`${ dropped } more sends were not recorded: the trace keeps the first ones only.`)
  return notes.length ? html('p', {class: 'dt-left-out'}, notes.join(' ')) : null
}
