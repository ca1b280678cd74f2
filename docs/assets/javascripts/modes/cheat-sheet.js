/* "Cheat sheet": a toggle button on each rule of thumb to mark it as known (one the learner
could explain to a colleague). The marks are kept in the browser under the mode "cheat-sheet";
the buttons are for the screen only (modes.css leaves them out of print). */

import { modeState, saveModeState } from "../course_progress.js"

const MODE = "cheat-sheet"

function known(){
  return modeState(MODE).known ?? []
}

function show(rule, button, marked){
  button.setAttribute("aria-pressed", String(marked))
  rule.classList.toggle("is-known", marked)
}

function toggle(rule, button){
  const id = rule.dataset.modeItem
  const marked = !known().includes(id)
  saveModeState(MODE, {...modeState(MODE), known: marked ? [...known(), id] : known().filter(k => k !== id)})
  show(rule, button, marked)
}

for(const rule of document.querySelectorAll(".rules-of-thumb .rule")){
  const point = rule.querySelector("strong")
  point.id = `rule-${ rule.dataset.modeItem }`
  const button = document.createElement("button")
  button.type = "button"
  button.className = "rule-known"
  button.textContent = "I know this"
  button.setAttribute("aria-describedby", point.id)
  button.addEventListener("click", () => toggle(rule, button))
  show(rule, button, known().includes(rule.dataset.modeItem))
  rule.append(" ", button)
}
