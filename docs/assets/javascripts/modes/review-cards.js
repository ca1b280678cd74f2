/* "Review cards": deal the cards that are due, one at a time. The page lists every card
(course_data's review_deck macro); this hides the list behind a "Browse all cards" button and
shows the due cards instead: the question, a button to turn the card, then two buttons to say
whether the answer was known. review_schedule.js decides when each card comes back; the states
are kept in the browser under the mode "review-cards" (course_progress.js). */

import { modeState, saveModeState } from "../course_progress.js"
import { dueCards, nextDue, reviewed } from "./review_schedule.js"

const MODE = "review-cards"
const deck = document.querySelector(".review-deck")
const session = document.querySelector(".review-session")
const dueLine = session.querySelector(".review-due")
const stage = session.querySelector(".review-stage")
const cards = new Map([...deck.querySelectorAll(".review-card")].map(card => [card.dataset.modeItem, card]))


function states(){
  return modeState(MODE).cards ?? {}
}

function saveState(cardId, state){
  saveModeState(MODE, {...modeState(MODE), cards: {...states(), [cardId]: state}})
}


function button(label, onClick, className){
  const element = document.createElement("button")
  element.type = "button"
  element.className = `md-button ${ className }`
  element.textContent = label
  element.addEventListener("click", onClick)
  return element
}

function copyOf(card, part){
  const copy = card.querySelector(`.review-card-${ part }`).cloneNode(true)
  copy.classList.add("review-face")
  return copy
}


function when(time){
  return new Date(time).toLocaleString(undefined, {dateStyle: "full", timeStyle: "short"})
}

function describeDue(due, now){
  const fresh = due.filter(id => !states()[id]).length
  if(!due.length){
    const next = nextDue([...cards.keys()], states(), now)
    return `No card is due now. The next one is due on ${ when(next) }.`
  }
  const newOnes = fresh ? ` (${ fresh } of them new)` : ""
  return `${ due.length } ${ due.length === 1 ? "card is" : "cards are" } due now${ newOnes }.`
}


/** Show the first due card's question, or say when the next one is due. */
function deal(focus = false){
  const now = Date.now()
  const due = dueCards([...cards.keys()], states(), now)
  dueLine.textContent = describeDue(due, now)
  stage.replaceChildren()
  if(!due.length) return
  const cardId = due[0]
  const card = cards.get(cardId)
  const face = document.createElement("article")
  face.className = "review-current"
  face.dataset.card = cardId
  face.setAttribute("aria-label", "Card to review")
  face.append(card.querySelector(".review-card-deck").cloneNode(true), copyOf(card, "front"))
  const turn = button("Show the answer", () => turnOver(face, card), "md-button--primary review-turn")
  face.append(turn)
  stage.append(face)
  if(focus) turn.focus()
}


function turnOver(face, card){
  face.querySelector(".review-turn").remove()
  const back = copyOf(card, "back")
  back.tabIndex = -1
  const verdict = document.createElement("p")
  verdict.className = "review-verdict"
  verdict.append(
    button("I knew it", () => answer(face.dataset.card, true), "md-button--primary review-knew"),
    " ",
    button("I did not know it", () => answer(face.dataset.card, false), "review-missed"),
  )
  face.append(back, verdict)
  back.focus()
}


function answer(cardId, knew){
  saveState(cardId, reviewed(states()[cardId], knew, Date.now()))
  deal(true)
}


const browse = button("Browse all cards", () => {
  deck.hidden = !deck.hidden
  browse.setAttribute("aria-expanded", String(!deck.hidden))
  browse.textContent = deck.hidden ? "Browse all cards" : "Hide the list of cards"
}, "review-browse")
browse.setAttribute("aria-expanded", "false")
deck.id ||= "review-deck"
browse.setAttribute("aria-controls", deck.id)
deck.hidden = true
deck.before(browse)
session.hidden = false
deal()
