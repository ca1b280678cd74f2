/* "Step by step": the button under the lessons leads to the first lesson not done yet (or, with
all six done, to the pages that go further), once the page shows the learner's progress. */

import { showCourseMapProgress } from "../course_map_progress.js"

await showCourseMapProgress()
const lessons = [...document.querySelectorAll(".covered-pages .course-map-page")]
const next = lessons.find(item => !item.classList.contains("is-complete"))
const button = document.querySelector(".step-by-step-next")
if(!next){
  button.href = document.querySelector(".step-by-step-after").href
  button.textContent = "All six done: go further"
}else if(lessons.indexOf(next) > 0){
  const link = next.querySelector("a")
  button.href = link.href
  button.textContent = `Continue with ${ link.textContent }`
}
