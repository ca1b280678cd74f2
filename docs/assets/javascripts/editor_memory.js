/* Save an editor's code when the page goes away (reload, closing the tab, following a link),
if the learner changed it since the page loaded.

PMT saves the code when a run starts and every other edit (mkdocs.yml: key_strokes_auto_save),
but Ace reports edits with a short delay, so the last edit before a reload could be lost.
Editors the learner did not touch are not saved, as in PMT: they keep showing the exercise's
current starter code. Registered, like quiz_memory.js, as a subclass in PMT's
CONFIG.CLASSES_POOL before PMT builds the editors (hooks/course_ui.py places this module). */

export function saveEditorsWhenLeaving(){
  const pool = CONFIG.CLASSES_POOL
  if(!pool.Ide) return          // no editor on this page

  class SavedWhenLeavingIde extends pool.Ide {
    build(...args){
      super.build(...args)      // sets the starting code: not an edit of the learner's
      let edited = false
      this.editor.on("change", () => { edited = true })
      window.addEventListener("pagehide", () => { if(edited) this.save() })
    }
  }
  pool.Ide = SavedWhenLeavingIde
}
