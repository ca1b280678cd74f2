/* "Exercises": each row of the list (hooks/exercise_list.py) shows what the browser knows of
its exercise, in words (not only in colour): not tried, tried or solved. */

import { exerciseStatus } from "../course_progress.js"

const LABELS = {"not-tried": "Not tried", "tried": "Tried", "solved": "Solved"}

function showStatuses(){
  for(const row of document.querySelectorAll(".exercise-row")){
    const status = exerciseStatus(row.dataset.editor)
    const cell = row.querySelector(".exercise-status")
    cell.dataset.status = status
    cell.textContent = LABELS[status]
  }
}

showStatuses()
// Back from an exercise with the browser's Back button: the page may come from its cache.
window.addEventListener("pageshow", event => { if(event.persisted) showStatuses() })
