/* "Self-test": once the quiz is checked, the review list under it shows, for each question
answered wrong, where the course teaches it (one link per place, however many questions send
the learner there). It follows the quiz's saved answers (quiz_memory.js), so it is there again
after a reload and goes when the quiz is restarted. */

import { pagePath, savedQuizzes } from "../course_progress.js"

const PAGE = pagePath()
const review = document.querySelector(".self-test-review")
const lead = review.querySelector(".self-test-review-lead")
const items = [...review.querySelectorAll("li[data-question]")]


/** The positions (0-based, in the page's source order) of the questions answered wrong. */
function wrongQuestions(quiz){
  return items.map(item => Number(item.dataset.question)).filter(number => {
    const right = JSON.parse(review.dataset.answers)[number].map(position => position - 1)
    const chosen = quiz.chosen[number] ?? []
    return chosen.length !== right.length || !right.every(position => chosen.includes(position))
  })
}


function showReview(){
  const [quiz] = Object.values(savedQuizzes(PAGE)).filter(quiz => quiz.checked)
  const wrong = new Set(quiz ? wrongQuestions(quiz) : [])
  const shown = new Set()
  for(const item of items){
    const href = item.querySelector("a").getAttribute("href")
    item.hidden = !wrong.has(Number(item.dataset.question)) || shown.has(href)
    if(!item.hidden) shown.add(href)
  }
  lead.textContent = !quiz ? "Check the quiz to see what to review."
    : wrong.size ? `You missed ${ wrong.size } of ${ items.length } questions. Review these:`
    : `All ${ items.length } right: nothing to review. Well done!`
}


showReview()
document.addEventListener("course:quiz-saved", showReview)
