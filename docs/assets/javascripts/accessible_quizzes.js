/* PMT's quizzes (multi_qcm), answered with the keyboard and followed with a screen reader.

PMT draws each option as a label over a hidden checkbox and reacts to clicks on the label only,
so the keyboard cannot reach an option. Here, through the subclasses PMT builds its quizzes from
(CONFIG.CLASSES_POOL, as quiz_memory.js does):

- each question is a <fieldset> whose <legend> is the question's text, and each option a real
  radio button (one right answer) or checkbox (several), which Tab and the arrow keys reach and
  Space selects; the input is the one source of the choice, so the mouse goes through it too;
- once checked, every question says "Right" or "Not quite", every marked option says why it is
  marked (PMT gives a right choice and a missed right answer the same tick, green or red), and
  a live region announces the score; the options stay locked until the quiz is started again.
*/

import { nameIconControl } from "./accessible_controls.js"

const MARKS = {
  correct: "your answer: right",
  incorrect: "your answer: wrong",
  missed: "a right answer",
}

const isEmptyParagraph = node => node.nodeName === "P" && !node.textContent.trim() && !node.children.length
/** True when the question's chosen options are exactly its right ones (PMT's own rule). */
export const isAnsweredRight = question => Object.values(question.byId).every(
  item => item.checked === item.correct
)
const inputOf = itemId => document.getElementById(`${ itemId }-input`)


/**The question's text (everything before its options) becomes the legend of a fieldset that
 * holds the options. Only empty paragraphs are dropped, so the question's text is unchanged. */
function groupOptionsUnderQuestion(questionItem){
  const options = questionItem.querySelector(":scope > ul.py_mk_item_qcm")
  if(!options) return           // a question without options: PMT warns about it
  const legend = document.createElement("legend")
  legend.className = "qcm-question-text"
  while(questionItem.firstChild !== options){
    const node = questionItem.firstChild
    if(isEmptyParagraph(node)) node.remove()
    else legend.append(node)
  }
  const fieldset = document.createElement("fieldset")
  fieldset.className = "qcm-question"
  fieldset.append(legend, options)
  questionItem.prepend(fieldset)
}


export function makeQuizzesAccessible(){
  const pool = CONFIG.CLASSES_POOL
  if(!pool.Qcm) return          // no quiz on this page

  class AccessibleQuestion extends pool.Question {

    constructor(jQuest, ...args){
      super(jQuest, ...args)
      groupOptionsUnderQuestion(jQuest[0])
    }

    /** PMT's click handler on the label: not used, the input's change event decides. */
    _clickFactory(){
      return () => {}
    }

    registerItem(jLiItem, iItem){
      super.registerItem(jLiItem, iItem)
      const itemId = `${ this.questId }-${ iItem }`
      const input = inputOf(itemId)
      input.type = this.isMulti ? "checkbox" : "radio"
      input.name = this.questId
      input.closest("li").querySelector("svg.qcm").setAttribute("aria-hidden", "true")
      input.addEventListener("change", () => {
        if(!this.isMulti) this.resetAllItems()
        this.updateItem(itemId, input.checked)
      })
    }

    updateItem(itemId, checked){
      super.updateItem(itemId, checked)
      inputOf(itemId).checked = checked
    }

    _reveal(){
      super._reveal()
      const fieldset = this.jThis[0].querySelector(":scope > fieldset")
      const verdict = document.createElement("p")
      verdict.className = `qcm-verdict ${ isAnsweredRight(this) ? "is-right" : "is-wrong" }`
      verdict.textContent = isAnsweredRight(this) ? "Right" : "Not quite"
      fieldset.querySelector(":scope > legend").after(verdict)
      for(const [itemId, item] of Object.entries(this.byId)){
        const mark = item.checked ? (item.correct ? "correct" : "incorrect") : item.correct && "missed"
        if(!mark) continue
        const text = document.createElement("span")
        text.className = `qcm-mark ${ mark }`
        text.textContent = MARKS[mark]
        document.getElementById(itemId).querySelector("label > .content").append(text)
      }
    }

    clearVerdict(){
      this.jThis[0].querySelectorAll(".qcm-verdict, .qcm-mark").forEach(node => node.remove())
    }

    lockInputs(locked){
      Object.keys(this.byId).forEach(itemId => { inputOf(itemId).disabled = locked })
    }
  }


  class AccessibleQcm extends pool.Qcm {

    createInnerLayoutButtonsAndCounter(noAdmo){
      const owner = super.createInnerLayoutButtonsAndCounter(noAdmo)
      const buttons = this.jCounter.parent()
      buttons.find("button").each((_, button) => nameIconControl(button))
      this.status = document.createElement("p")
      this.status.className = "sr-only"
      this.status.setAttribute("role", "status")
      buttons.append(this.status)
      return owner
    }

    check(){
      super.check()
      this.questions.forEach(question => question.lockInputs(true))
      this.status.textContent = this.scoreSentence()
    }

    restart(){
      super.restart()
      this.questions.forEach(question => {
        question.clearVerdict()
        question.lockInputs(false)
      })
      this.status.textContent = ""
    }

    /** What the live region says once the quiz is checked, with questions numbered as shown. */
    scoreSentence(){
      const score = `Score: ${ this.questions.filter(isAnsweredRight).length } out of ${ this.questions.length }.`
      if(!this.reveal) return score
      if(this.questions.length === 1) return isAnsweredRight(this.questions[0]) ? "Right." : "Not quite: see the marked answers."
      const shown = [...this.jItemsHolder[0].children]
      const numbers = questions => questions.map(question => shown.indexOf(question.jThis[0]) + 1).sort((a, b) => a - b)
      const listed = (label, questions) => questions.length
        ? ` ${ label }: question${ questions.length > 1 ? "s" : "" } ${ numbers(questions).join(", ") }.` : ""
      return score
        + listed("Right", this.questions.filter(isAnsweredRight))
        + listed("Not quite", this.questions.filter(question => !isAnsweredRight(question)))
    }
  }

  pool.Question = AccessibleQuestion
  pool.Qcm = AccessibleQcm
}
