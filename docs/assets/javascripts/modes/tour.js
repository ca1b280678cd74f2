/* "15-minute tour": remember which of the page's examples the learner has run, for the tour's
progress (its questions are remembered by quiz_memory.js, as everywhere). */

import { modeState, saveModeState } from "../course_progress.js"

const MODE = "tour"
const examples = new Set(JSON.parse(document.querySelector(".mode-progress").dataset.mode).examples)

document.addEventListener("course:run-finished", ({detail: {runnerId}}) => {
  const ran = modeState(MODE).ran ?? []
  if(examples.has(runnerId) && !ran.includes(runnerId)){
    saveModeState(MODE, {...modeState(MODE), ran: [...ran, runnerId]})
  }
})
