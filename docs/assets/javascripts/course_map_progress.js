/* The learner's progress on the course map of the home page. hooks/course_map.py writes one
`.course-map-page` item per page with the ids of its graded exercises and its number of
quizzes; this fills in what the browser knows about them. A learning-style page's item (and its
own progress line) carries `data-mode` instead, counted by modes/mode_progress.js, which is
loaded only where there is such an item. */

import { exerciseSolved, savedQuizzes } from "./course_progress.js"


function counted(count, total, one, many){
  return `${ count } of ${ total } ${ total === 1 ? one : many }`
}


function pageProgress(item){
  const exercises = item.dataset.exercises.split(/\s+/).filter(Boolean)
  const quizzes = Number(item.dataset.quizzes)
  const answered = Object.values(savedQuizzes(item.dataset.page)).filter(quiz => quiz.checked)
  const solved = exercises.filter(exerciseSolved).length
  const parts = []
  if(exercises.length){
    parts.push(counted(solved, exercises.length, "exercise", "exercises") + " solved")
  }
  if(quizzes){
    parts.push(counted(Math.min(answered.length, quizzes), quizzes, "quiz", "quizzes") + " answered")
  }
  const scores = answered.filter(quiz => quiz.score?.[1] > 1).map(
    ({score: [right, total]}) => `score ${ right }/${ total }`
  )
  return {
    text: [...parts, ...scores].join(" · "),
    complete: parts.length > 0 && solved === exercises.length && answered.length >= quizzes,
  }
}


function show(item, {text, complete}){
  if(text) item.querySelector(".course-map-progress").textContent = text
  item.classList.toggle("is-complete", complete)
}


export async function showCourseMapProgress(){
  const items = [...document.querySelectorAll(".course-map-page")]
  for(const item of items.filter(item => !item.dataset.mode)) show(item, pageProgress(item))
  const modeItems = items.filter(item => item.dataset.mode)
  if(!modeItems.length) return
  const { modeProgress } = await import("./modes/mode_progress.js")
  for(const item of modeItems){
    const {done, total, text} = modeProgress(JSON.parse(item.dataset.mode))
    show(item, {text, complete: total > 0 && done === total})
  }
}
