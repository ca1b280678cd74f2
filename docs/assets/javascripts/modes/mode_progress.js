/* Where the learner stands in each learning style, as "done of total": shown on the home page's
course map and on the mode's own page. hooks/course_map.py writes what each mode counts into
the item's `data-mode` (its exercises, quizzes, editors, and the `items` its page marks with
`data-mode-item`: cards, rules, calls, questions; see mode_spec there); this reads the
learner's progress for them from the browser. */

import { exerciseSolved, modeState, savedQuizzes } from "../course_progress.js"
import { dueCards } from "./review_schedule.js"


const of = (done, total, what) => ({done, total, text: `${ done } of ${ total } ${ what }`})

function answeredQuizzes({page, quizzes}){
  const answered = Object.values(savedQuizzes(page)).filter(quiz => quiz.checked).length
  return Math.min(answered, quizzes)
}

function pageDone(spec){
  return spec.exercises.every(exerciseSolved) && answeredQuizzes(spec) >= spec.quizzes
}

function solved(spec){
  return spec.exercises.filter(exerciseSolved).length
}

function itemsDone(spec, doneIds){
  return spec.items.filter(id => doneIds.includes(id)).length
}


const MODES = {
  "step-by-step": spec => of(spec.lessons.filter(pageDone).length, spec.lessons.length, "lessons done"),

  "tour": spec => {
    const ran = modeState("tour").ran ?? []
    const done = answeredQuizzes(spec) + spec.examples.filter(id => ran.includes(id)).length
    return of(done, spec.quizzes + spec.examples.length, "questions answered and examples run")
  },

  "predict-first": spec => of(answeredQuizzes(spec), spec.quizzes, "predictions made"),

  "debug-it": spec => of(solved(spec), spec.exercises.length, "programs fixed"),

  "playground": spec => of(itemsDone(spec, modeState("playground").tried ?? []), spec.items.length,
                           "calls tried"),

  "exercises": spec => of(solved(spec), spec.exercises.length, "exercises solved"),

  "self-test": spec => {
    const [quiz] = Object.values(savedQuizzes(spec.page)).filter(quiz => quiz.checked)
    return of(quiz?.score[0] ?? 0, spec.items.length, "questions answered right")
  },

  "review-cards": (spec, now) => {
    const states = modeState("review-cards").cards ?? {}
    const seen = spec.items.filter(id => states[id]).length
    const due = dueCards(spec.items, states, now).length
    const progress = of(seen, spec.items.length, "cards reviewed")
    return {...progress, text: `${ progress.text} · ${ due } due now`}
  },

  "cheat-sheet": spec => of(itemsDone(spec, modeState("cheat-sheet").known ?? []), spec.items.length,
                            "rules marked as known"),
}


/** {done, total, text} for the mode described by `spec` (an item's parsed `data-mode`). */
export function modeProgress(spec, now = Date.now()){
  const progress = MODES[spec.mode]
  if(!progress) throw new Error(`No progress is defined for the learning style "${ spec.mode }"`)
  return progress(spec, now)
}
