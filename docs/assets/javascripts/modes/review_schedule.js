/* When each review card comes back: a small Leitner schedule, pure functions of the cards'
states and of the time given to them (no clock, no storage: review_cards.js brings both), so it
can be tested with any clock.

A card's state is {box, due, reviews}: `box` counts the answers known in a row, `due` is when
the card comes back (ms since the epoch). A card never reviewed has no state and is due now.
Knowing the answer moves the card up one box, and each box waits longer than the one below it;
missing it sends the card back to the first box, due again a few minutes later, in the same
sitting. */

const MINUTE = 60_000
const DAY = 24 * 60 * MINUTE

/** How long a card waits after an answer known, by the box it then sits in (1, 2, ...). */
export const WAIT_AFTER_KNOWN = [1, 3, 7, 16, 35, 80].map(days => days * DAY)
/** How long a card missed waits before it comes back. */
export const WAIT_AFTER_MISSED = 10 * MINUTE


/** The card's state after the learner knew (`knew` true) or missed its answer at `now`. */
export function reviewed(state, knew, now){
  const reviews = (state?.reviews ?? 0) + 1
  if(!knew) return {box: 0, due: now + WAIT_AFTER_MISSED, reviews}
  const box = Math.min((state?.box ?? 0) + 1, WAIT_AFTER_KNOWN.length)
  return {box, due: now + WAIT_AFTER_KNOWN[box - 1], reviews}
}


export function isDue(state, now){
  return !state || state.due <= now
}


/** The ids of the cards due at `now`, the longest overdue first, then the new ones in deck
 * order. `states` maps card ids to states; ids missing from it are new cards. */
export function dueCards(cardIds, states, now){
  const seen = cardIds.filter(id => states[id] && isDue(states[id], now))
                      .sort((a, b) => states[a].due - states[b].due)
  const fresh = cardIds.filter(id => !states[id])
  return [...seen, ...fresh]
}


/** When the next card falls due after `now` (null when every card is due, or none exists). */
export function nextDue(cardIds, states, now){
  const later = cardIds.map(id => states[id]).filter(state => state && !isDue(state, now))
  return later.length ? Math.min(...later.map(state => state.due)) : null
}
