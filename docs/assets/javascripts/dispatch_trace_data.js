/**The dispatch trace of the run that just ended, read from `signals_core.trace` in Pyodide and
 * put back in the order the program made its calls.
 *
 * The trace is a flat list of sends in the order they started; a send made from inside a
 * receiver has a depth one more than the send that called that receiver, and `caller` says which
 * of that send's receivers made it. */

/**{records, dropped} of the current recording. Read through the module object, so nothing runs
 * in (or depends on) the learner's namespace. */
export function readTrace(){
  const trace = pyodide.pyimport('signals_core.trace')
  try{
    return {records: JSON.parse(trace.records_json()), dropped: trace.dropped}
  }finally{
    trace.destroy()
  }
}


/**The sends as a tree: each receiver holds the sends it made, in order (`receiver.sends`). */
export function nestSends(records){
  const roots = []
  const open = []       // open[d]: the latest send at depth d, whose receivers may send more
  for(const record of records){
    const send = {...record, receivers: record.receivers.map(call => ({...call, sends: []}))}
    // A send whose caller was not recorded (a recording restarted mid-run) goes at the top.
    const caller = record.depth > 0 && open[record.depth - 1]?.receivers[record.caller]
    ;(caller ? caller.sends : roots).push(send)
    open.length = record.depth
    open.push(send)
  }
  return roots
}


/**Walk the tree in call order: a send, then each receiver followed by the sends it made.
 * `visit(kind, item, level, send)` is called with kind 'send' or 'receiver' and the send the
 * item belongs to; level is how far it is indented: a send's receivers one more than the send,
 * the sends a receiver made one more than that receiver. */
export function walkInCallOrder(sends, visit, level = 0){
  for(const send of sends){
    visit('send', send, level, send)
    for(const call of send.receivers){
      visit('receiver', call, level + 1, send)
      walkInCallOrder(call.sends, visit, level + 2)
    }
  }
}


/**Whether a receiver call ended with an exception. */
export function raised(call){
  return call.error !== null && call.error !== undefined
}


/**How many sends and receiver calls the trace holds. */
export function countCalls(records){
  return {
    sends: records.length,
    calls: records.reduce((total, record) => total + record.receivers.length, 0),
  }
}
