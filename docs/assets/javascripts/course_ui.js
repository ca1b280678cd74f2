/* The course's learner-facing behaviour on every page (loaded by hooks/course_ui.py):
quizzes, editors and terminals that the keyboard and screen readers can use, quizzes that
remember their answers and reveal their explanations, editors saved when the page goes away,
the progress on the course map and on a learning style's page, and a notice when the browser
will not keep progress. */

import { makePageControlsAccessible, nameMaterialWidgets } from "./accessible_controls.js"
import { makeQuizzesAccessible } from "./accessible_quizzes.js"
import { makeRunnersAccessible } from "./accessible_runners.js"
import { showCourseMapProgress } from "./course_map_progress.js"
import { saveEditorsWhenLeaving } from "./editor_memory.js"
import { rememberQuizAnswers } from "./quiz_memory.js"
import { noticeWhenProgressIsNotKept } from "./storage_notice.js"

noticeWhenProgressIsNotKept()
makeQuizzesAccessible()
rememberQuizAnswers()
makeRunnersAccessible()
saveEditorsWhenLeaving()
makePageControlsAccessible()
nameMaterialWidgets()
showCourseMapProgress()
// Coming back with the browser's Back button may show the page from its cache: refresh.
window.addEventListener("pageshow", event => { if(event.persisted) showCourseMapProgress() })
// A learning style's page shows its progress as the learner makes it.
if(document.querySelector(".mode-progress")){
  for(const event of ["course:progress-changed", "course:quiz-saved", "course:run-finished"]){
    document.addEventListener(event, showCourseMapProgress)
  }
}
