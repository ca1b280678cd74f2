/* What a quiz reveals once the learner has checked it (course convention, see the lessons):

- each `<span class="qcm-why">` in its questions (hidden by site.css until then);
- for a "Before reading on" quiz (admonition class `before-reading-on`), the
  `<div class="after-prediction">` right after it, which site.css keeps collapsed with a short
  "answer first" line until then. A wrong answer opens it with a "Not quite" lead, so the
  learner reads the explanation as the answer to their mistake, not just a red mark.
*/

const LEAD_CLASS = "after-prediction-lead"


function predictionExplanation(quizElement){
  if(!quizElement.classList.contains("before-reading-on")) return null
  const next = quizElement.nextElementSibling
  return next?.classList.contains("after-prediction") ? next : null
}


/** Mark the quiz element as checked and open its explanations. */
export function revealExplanations(quizElement, allRight){
  quizElement.classList.add("quiz-checked")
  const explanation = predictionExplanation(quizElement)
  if(!explanation) return
  explanation.querySelector(`:scope > .${ LEAD_CLASS }`)?.remove()
  const lead = document.createElement("p")
  lead.className = LEAD_CLASS + (allRight ? "" : " is-wrong")
  lead.textContent = allRight ? "Right! Here is why." : "Not quite — here is why."
  explanation.prepend(lead)
  explanation.classList.add("is-revealed")
}


/** Back to the unanswered look (the quiz's restart button). */
export function hideExplanations(quizElement){
  quizElement.classList.remove("quiz-checked")
  const explanation = predictionExplanation(quizElement)
  if(!explanation) return
  explanation.querySelector(`:scope > .${ LEAD_CLASS }`)?.remove()
  explanation.classList.remove("is-revealed")
}


/** Let screen readers announce the explanation when it opens. */
export function prepareExplanations(quizElement){
  predictionExplanation(quizElement)?.setAttribute("aria-live", "polite")
}
