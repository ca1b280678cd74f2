/* Where the learner's progress lives in the browser, for the quizzes and the course map.

Exercises: PMT keeps each IDE's state in localStorage under its editor id, as JSON whose `done`
is 1 after a successful validation (-1 after a failed one, 0 before any).
Quizzes: course_ui keeps, per page, an object {quizKey: {chosen, checked, score}} under
"course-quizzes:<page path>", the page path being the page's address relative to the site root
(as MkDocs names it, e.g. "lessons/1-basics/"), so it does not depend on where the site is hosted.
Saving or forgetting a page's quizzes sends `course:quiz-saved` on `document`.
Learning styles: each mode keeps what only it knows (reviewed cards, rules marked as known,
examples run...) as one JSON object under "course-mode:<mode>"; saving it sends
`course:progress-changed` on `document`, so the page's progress line can follow.
*/

// This file is served from <site root>/assets/javascripts/.
const SITE_ROOT = new URL("../../", import.meta.url)
const QUIZZES_PREFIX = "course-quizzes:"
const MODE_PREFIX = "course-mode:"


/** The address of a page relative to the site root ("" for the home page). */
export function pagePath(address = location.href){
  const path = new URL(address).pathname.replace(/index\.html$/, "")
  return path.startsWith(SITE_ROOT.pathname) ? path.slice(SITE_ROOT.pathname.length) : path
}


function readJson(key, fallback){
  try{
    return JSON.parse(localStorage.getItem(key)) ?? fallback
  }catch(_){
    return fallback      // unreadable: treat as nothing saved rather than break the page
  }
}


/** The saved state of the quizzes of a page, by quiz key. */
export function savedQuizzes(page){
  return readJson(QUIZZES_PREFIX + page, {})
}


export function saveQuizzes(page, quizzes){
  if(Object.keys(quizzes).length){
    localStorage.setItem(QUIZZES_PREFIX + page, JSON.stringify(quizzes))
  }else{
    localStorage.removeItem(QUIZZES_PREFIX + page)
  }
  document.dispatchEvent(new CustomEvent("course:quiz-saved", {detail: {page}}))
}


/** True when the learner's last validation of this IDE succeeded. */
export function exerciseSolved(editorId){
  return exerciseStatus(editorId) === "solved"
}


/** "solved" (last check passed), "tried" (checked, run or edited) or "not-tried". PMT writes
 * an IDE's entry as soon as its page shows it, with an empty `code` until the learner runs or
 * edits it. */
export function exerciseStatus(editorId){
  const {done, code} = readJson(editorId, {})
  return done > 0 ? "solved" : done < 0 || code ? "tried" : "not-tried"
}


/** What a learning style keeps of its own (an object; empty before the learner starts). */
export function modeState(mode){
  return readJson(MODE_PREFIX + mode, {})
}


export function saveModeState(mode, state){
  localStorage.setItem(MODE_PREFIX + mode, JSON.stringify(state))
  document.dispatchEvent(new CustomEvent("course:progress-changed", {detail: {mode}}))
}
