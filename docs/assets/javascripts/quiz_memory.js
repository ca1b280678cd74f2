/* Quiz memory: the chosen answers of every PMT multi_qcm, whether it was checked and its score
are saved in the browser and restored after a reload; the quiz's restart button forgets them.

PMT builds each quiz from the classes registered in CONFIG.CLASSES_POOL (its extension point for
custom behaviour), so this module registers subclasses of its Qcm and Question there; it must run
after qcms-qcm.js defined them and before PMT builds the quizzes (hooks/course_ui.py places it).

A quiz is saved under a key made from its questions' text, so neither shuffling nor adding a
quiz elsewhere on the page mixes up saved answers; answers are saved by their position in the
page's source, which shuffling does not change either (PMT numbers items before shuffling).
*/

import { isAnsweredRight } from "./accessible_quizzes.js"
import { pagePath, saveQuizzes, savedQuizzes } from "./course_progress.js"
import { hideExplanations, prepareExplanations, revealExplanations } from "./quiz_explanations.js"

const PAGE = pagePath()


/** A short, stable fingerprint of a text (FNV-1a, 32 bits). */
function fingerprint(text){
  let hash = 0x811c9dc5
  for(const char of text){
    hash ^= char.codePointAt(0)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, "0")
}

const questionText = question => question.jThis.text().replace(/\s+/g, " ").trim()


export function rememberQuizAnswers(){
  const pool = CONFIG.CLASSES_POOL
  if(!pool.Qcm) return          // no quiz on this page

  const keysOnPage = new Set()

  class RememberedQuestion extends pool.Question {
    updateItem(itemId, checked){
      super.updateItem(itemId, checked)
      this.qcm?.answersChanged()
    }
  }

  class RememberedQcm extends pool.Qcm {

    static buildQcms(){
      super.buildQcms()
      forgetQuizzesNotOnPage(keysOnPage)
    }

    constructor(...args){
      super(...args)
      this.key = null
      this.savingPaused = false
    }

    /** PMT calls randomize() once a quiz is fully built (and again on restart): the first
     * call is where its saved state is restored. */
    randomize(){
      const justBuilt = this.key === null
      if(justBuilt) this.key = this.uniqueKey()    // before shuffling: text in source order
      super.randomize()
      if(justBuilt){
        const holder = this.jItemsHolder    // quizzes made with admo_kind=None have no admonition
        this.element = holder.closest(".admonition")[0] ?? holder.closest(".layout-qcm-wrapper")[0]
        prepareExplanations(this.element)
        this.restore()
      }
    }

    uniqueKey(){
      const base = fingerprint(this.questions.map(questionText).join("\n"))
      let key = base
      for(let n = 2; keysOnPage.has(key); n++) key = `${ base }-${ n }`
      keysOnPage.add(key)
      return key
    }

    check(){
      super.check()
      revealExplanations(this.element, this.questions.every(isAnsweredRight))
      this.save()
    }

    restart(){
      this.savingPaused = true       // PMT unchecks every item: nothing to save on the way
      super.restart()
      this.savingPaused = false
      hideExplanations(this.element)
      this.forget()
    }

    answersChanged(){
      if(!this.savingPaused && !this.locked) this.save()
    }

    state(){
      const chosen = this.questions.map(question =>
        Object.values(question.byId).flatMap((item, index) => item.checked ? [index] : [])
      )
      const right = this.questions.filter(isAnsweredRight).length
      return {
        chosen,
        checked: this.locked,
        score: this.locked ? [right, this.questions.length] : null,
      }
    }

    save(){
      saveQuizzes(PAGE, {...savedQuizzes(PAGE), [this.key]: this.state()})
    }

    forget(){
      const {[this.key]: _, ...others} = savedQuizzes(PAGE)
      saveQuizzes(PAGE, others)
    }

    restore(){
      const saved = savedQuizzes(PAGE)[this.key]
      if(!saved) return
      this.savingPaused = true
      saved.chosen.forEach((indices, questionIndex) => {
        const question = this.questions[questionIndex]
        const itemIds = question ? Object.keys(question.byId) : []
        indices.filter(index => itemIds[index]).forEach(
          index => question.updateItem(itemIds[index], true)
        )
      })
      this.savingPaused = false
      if(saved.checked) this.check()
    }
  }

  pool.Question = RememberedQuestion
  pool.Qcm = RememberedQcm
}


/** Drop what was saved for quizzes that are no longer on the page (their text changed), so
 * the course map counts only the quizzes the page has. */
function forgetQuizzesNotOnPage(keysOnPage){
  const saved = savedQuizzes(PAGE)
  const kept = Object.fromEntries(Object.entries(saved).filter(([key]) => keysOnPage.has(key)))
  if(Object.keys(kept).length !== Object.keys(saved).length) saveQuizzes(PAGE, kept)
}
