/* "Escape, then Tab": the keyboard's way out of a widget that keeps Tab for itself (the code
editor indents with it, the terminal completes names with it).

Escape arms the way out; the next Tab or Shift+Tab then moves the focus as it does anywhere
else on the page, instead of reaching the widget. The Escape also stops there: PMT would
otherwise take it, when it reaches the IDE, as a request for full screen. */

const MODIFIERS = new Set(["Shift", "Control", "Alt", "Meta"])


/**`nextStop`, if given, returns where a forward Tab goes (by default, the next element of the
 * page in Tab order). */
export function escapeThenTabLeaves(widget, nextStop = null){
  let armed = false
  widget.addEventListener("keydown", event => {
    if(MODIFIERS.has(event.key)) return
    if(event.key === "Tab" && armed){
      event.stopPropagation()           // the widget never sees this Tab
      if(nextStop && !event.shiftKey){
        event.preventDefault()
        nextStop().focus()
      }
    }
    armed = event.key === "Escape"
  }, true)
  widget.addEventListener("keyup", event => {
    if(event.key === "Escape") event.stopPropagation()
  }, true)
  widget.addEventListener("focusout", () => { armed = false })
}
