/* PMT's code editors (IDEs) and terminals, usable with the keyboard alone and named for screen
readers; registered, like editor_memory.js, as subclasses in PMT's CONFIG.CLASSES_POOL before PMT
builds them (hooks/course_ui.py places this module).

- An editor is named after the exercise (the heading above it) and wraps long lines, so that a
  phone shows all of the code. Tab indents in it, as in any code editor: Escape then Tab leaves
  it for its Run button, which its label says.
- A terminal takes its place in the page's Tab order (jquery.terminal puts its hidden input
  first, before "Skip to content"), starts taking keys when it gets the focus and stops when
  it loses it, the way a click does; Escape then Tab leaves it (Tab completes names in it).
  Long output lines wrap between words.

Their buttons and toggles are named by accessible_controls.js.
*/

import { escapeThenTabLeaves } from "./escape_then_tab.js"

const TOGGLES_ROOM_PX = 22
const HEADINGS = "article h1, article h2, article h3, article h4, article h5, article h6"


/**The title of the section `element` is in: the text of the last heading before it. */
function sectionTitle(element){
  const before = [...document.querySelectorAll(HEADINGS)].filter(
    heading => heading.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_FOLLOWING
  )
  const heading = before.at(-1)
  if(!heading) return {heading: null, title: document.title}
  const text = [...heading.childNodes].filter(node => !node.classList?.contains("headerlink"))
    .map(node => node.textContent).join("").trim()
  return {heading, title: text}
}

/**"Your turn: count the sign-ups", or "... (editor 2)" when the section holds several editors. */
function exerciseName(ide){
  const {heading, title} = sectionTitle(ide)
  const inSection = [...document.querySelectorAll(".py_mk_ide")].filter(other =>
    sectionTitle(other).heading === heading
  )
  return inSection.length > 1 ? `${ title } (editor ${ inSection.indexOf(ide) + 1 })` : title
}


/**Output lines of the terminal wrap between words rather than inside them. */
function keepWordsWhenWrapping(terminal){
  const echo = terminal.echo
  terminal.echo = (text, options, ...rest) => echo.call(terminal, text, {keepWords: true, ...options}, ...rest)
}

function makeTerminalAccessible(runner, name){
  const terminal = runner.terminal
  const input = terminal[0].querySelector("textarea")
  input.setAttribute("tabindex", "0")
  input.setAttribute("aria-label", `${ name }. Type Python and press Enter to run it. Escape then Tab leaves the terminal.`)
  input.addEventListener("focus", () => { if(!terminal.enabled()) terminal.enable() })
  input.addEventListener("blur", () => terminal.disable())
  escapeThenTabLeaves(terminal[0])
  keepWordsWhenWrapping(terminal)
}


export function makeRunnersAccessible(){
  const pool = CONFIG.CLASSES_POOL

  if(pool.Terminal){
    pool.Terminal = class AccessibleTerminal extends pool.Terminal {
      build(...args){
        super.build(...args)
        makeTerminalAccessible(this, `Python terminal: ${ sectionTitle(this.terminal[0]).title }`)
      }
    }
  }

  if(pool.Ide){
    pool.Ide = class AccessibleIde extends pool.Ide {
      build(...args){
        super.build(...args)
        const ide = this.global[0]
        const name = exerciseName(ide)
        const run = ide.querySelector("button[btn_kind='play']")
        this.editor.setOption("wrap", true)
        // Room above the first line and below the last for PMT's toggles, which sit over the code.
        this.editor.renderer.setScrollMargin(TOGGLES_ROOM_PX, TOGGLES_ROOM_PX)
        // ACE adds ", Cursor at row N" to this label as the cursor moves.
        this.editor.setOption(
          "textInputAriaLabel", `Python code editor: ${ name } (Escape then Tab moves on to its Run button)`
        )
        this.editor.textInput.setAriaLabel()
        escapeThenTabLeaves(this.editor.container, run && (() => run))
        makeTerminalAccessible(this, `Terminal of the code editor: ${ name }`)
      }
    }
  }
}
