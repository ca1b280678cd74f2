/**A "Dispatch trace" panel under every IDE, terminal and Python button: after each run it shows
 * which signals were sent and which receivers reacted, in order (added by hooks/run_environment.py
 * to the pages that run Python).
 *
 * The learner's code needs nothing for it: run_environment.js restarts `signals_core.trace` at
 * the start of every run and announces `course:run-started` / `course:run-finished`; this module
 * reads the trace when a run finishes.
 *
 * Turned off for a whole page by `dispatch_trace: false` in its front matter (the hook then
 * leaves this script out), or for one runner by wrapping its macro in
 * `<div class="no-dispatch-trace" markdown>`. */

import { readTrace } from './dispatch_trace_data.js'
import { emptyPanel, markRunning, showTrace, showUnavailable } from './dispatch_trace_panel.js'

/**Where each kind of runner gets its panel, by the prefix of its PMT runner id. Other runners
 * (those of PMT's IDE test page) get none. */
const PANEL_GOES_AFTER = {
  editor_: id => document.getElementById(`global_${ id }`),            // an IDE, under its buttons
  term_only_: id => document.getElementById(id)?.closest('.term_wrapper'),   // a terminal
  btn_only_: id => document.getElementById(id),                        // a Python button
}


/**The runner's panel, created under it on first use; null when the runner has none. */
function panelOf(runnerId, create){
  const existing = document.getElementById(`dispatch-trace-${ runnerId }`)
  if(existing || !create) return existing
  const prefix = Object.keys(PANEL_GOES_AFTER).find(prefix => runnerId.startsWith(prefix))
  const anchor = prefix && PANEL_GOES_AFTER[prefix](runnerId)
  if(!anchor || anchor.closest('.no-dispatch-trace')) return null
  const panel = emptyPanel(runnerId)
  anchor.after(panel)
  return panel
}


document.addEventListener('course:run-started', ({detail}) => {
  const panel = panelOf(detail.runnerId, false)
  if(panel) markRunning(panel)
})

document.addEventListener('course:run-finished', ({detail}) => {
  const panel = panelOf(detail.runnerId, true)
  if(!panel) return
  try{
    showTrace(panel, readTrace())
  }catch(error){
    console.warn('Dispatch trace:', error)
    showUnavailable(panel, error)
  }
})
