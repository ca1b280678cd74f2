/* Where the learner's progress lives in the browser, for the quizzes and the course map.

Exercises: PMT keeps each IDE's state in localStorage under its editor id, as JSON whose `done`
is 1 after a successful validation (-1 after a failed one, 0 before any).
Quizzes: course_ui keeps, per page, an object {quizKey: {chosen, checked, score}} under
"course-quizzes:<page path>", the page path being the page's address relative to the site root
(as MkDocs names it, e.g. "lessons/1-basics/"), so it does not depend on where the site is hosted.
*/

// This file is served from <site root>/assets/javascripts/.
const SITE_ROOT = new URL("../../", import.meta.url)
const QUIZZES_PREFIX = "course-quizzes:"


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
}


/** True when the learner's last validation of this IDE succeeded. */
export function exerciseSolved(editorId){
  return readJson(editorId, {}).done > 0
}
