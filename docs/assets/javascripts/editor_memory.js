/* Save every editor's code when the page goes away (reload, closing the tab, following a link).

PMT saves the code when a run starts and after keystrokes (mkdocs.yml: key_strokes_auto_save),
but Ace reports keystrokes with a short delay, so an edit made just before a reload could be
lost. Registered, like quiz_memory.js, as a subclass in PMT's CONFIG.CLASSES_POOL before PMT
builds the editors (hooks/course_ui.py places this module). */

export function saveEditorsWhenLeaving(){
  const pool = CONFIG.CLASSES_POOL
  if(!pool.Ide) return          // no editor on this page

  class SavedWhenLeavingIde extends pool.Ide {
    build(...args){
      super.build(...args)
      window.addEventListener("pagehide", () => this.save())
    }
  }
  pool.Ide = SavedWhenLeavingIde
}
