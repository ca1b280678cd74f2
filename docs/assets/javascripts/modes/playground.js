/* "Playground": buttons that connect, disconnect and send the signals of the learner's own
system, by writing the call into the page's terminal and running it there, so the learner sees
the code of every action, its result, and its Dispatch trace (opened under the terminal).

After every run on the page (the system's editor, a button, a command typed in the terminal),
the controls offer the signals, receivers and senders the program now has, and the
"Connections" list shows each signal's receivers, read from the program itself. The page's
editor and terminal share one program (see run_environment.js), which is the one in Python's
`__main__` after any of them ran. Which of the four calls the learner has tried is kept in the
browser under the mode "playground". */

import { modeState, saveModeState } from "../course_progress.js"
import { courseRuntimeReady } from "../run_environment.js"

const MODE = "playground"
const form = document.querySelector(".playground-controls")
const status = form.querySelector(".playground-status")
const connections = document.querySelector(".playground-connections")
const terminalId = document.querySelector(".py_mk_terminal[id^='term_only_']").id

/* What the program holds, as JSON: its signals with their live receivers (Django-shaped
`receivers` entries, weak references resolved), and the functions and classes it defines. */
const READ_PROGRAM = `
def _playground_program():
    import __main__, inspect, json, weakref
    from django.dispatch import Signal

    names = {name: value for name, value in vars(__main__).items() if not name.startswith("_")}
    by_id = {id(value): name for name, value in names.items()}

    def receiver_name(receiver):
        return getattr(receiver, "__qualname__", None) or repr(receiver)

    def takes_kwargs(function):
        try:
            return any(p.kind is p.VAR_KEYWORD for p in inspect.signature(function).parameters.values())
        except (TypeError, ValueError):
            return False

    signals = []
    for name, value in names.items():
        if isinstance(value, Signal):
            receivers = []
            for (_, sender_id), held, _ in value.receivers:
                weak = isinstance(held, weakref.ReferenceType)
                target = held() if weak else held
                if target is not None:
                    sender = "any sender" if sender_id == id(None) else by_id.get(sender_id, "another sender")
                    receivers.append({"receiver": receiver_name(target), "sender": sender, "weak": weak})
            signals.append({"name": name, "receivers": receivers})
    functions = [name for name, value in names.items()
                 if inspect.isfunction(value) and value.__module__ == "__main__" and takes_kwargs(value)]
    classes = [name for name, value in names.items()
               if inspect.isclass(value) and value.__module__ == "__main__"]
    return json.dumps({"signals": signals, "receivers": functions, "senders": classes})
_playground_program()
`

function readProgram(){
  return JSON.parse(pyodide.runPython(READ_PROGRAM, {globals: pyodide.toPy({})}))
}


function fillSelect(select, values, first = null){
  const chosen = select.value
  select.replaceChildren(...[...(first ? [first] : []), ...values].map(value => new Option(value, value)))
  if([...select.options].some(option => option.value === chosen)) select.value = chosen
}


function html(tag, text, className){
  const element = document.createElement(tag)
  if(text !== undefined) element.textContent = text
  if(className) element.className = className
  return element
}

function showConnections(program){
  if(!program.signals.length){
    connections.replaceChildren(html("p", "No signal yet: run your system above."))
    return
  }
  connections.replaceChildren(...program.signals.map(signal => {
    const section = html("section", undefined, "playground-signal")
    section.append(html("h3", signal.name))
    if(!signal.receivers.length){
      section.append(html("p", "No receiver connected: sending it calls nobody."))
      return section
    }
    const list = html("ol")
    for(const {receiver, sender, weak} of signal.receivers){
      list.append(html("li", `${ receiver }, for ${ sender }${ weak ? "" : " (held strongly: weak=False)" }`))
    }
    section.append(list)
    return section
  }))
}


function refresh(){
  const program = readProgram()
  fillSelect(form.elements.signal, program.signals.map(signal => signal.name))
  fillSelect(form.elements.receiver, program.receivers)
  fillSelect(form.elements.sender, program.senders, "any sender")
  showConnections(program)
  return program
}


/** The Python call a button stands for, from the form's choices. */
function callFor(action){
  const {signal, receiver, sender, kwargs} = form.elements
  const senderArgument = sender.value === "any sender" ? null : `sender=${ sender.value }`
  if(action === "connect" || action === "disconnect"){
    return `${ signal.value }.${ action }(${ [receiver.value, senderArgument].filter(Boolean).join(", ") })`
  }
  const extra = kwargs.value.replace(/\s+/g, " ").trim()
  return `${ signal.value }.${ action }(${ [senderArgument ?? "sender=None", extra].filter(Boolean).join(", ") })`
}


function runInTerminal(call){
  $(`#${ terminalId }`).terminal().exec(call)
}


function recordTried(action){
  const tried = modeState(MODE).tried ?? []
  if(!tried.includes(action)) saveModeState(MODE, {...modeState(MODE), tried: [...tried, action]})
}


form.addEventListener("click", event => {
  const button = event.target.closest("button[data-mode-item]")
  if(!button) return
  const action = button.dataset.modeItem
  const program = refresh()
  if(!program.signals.length){
    status.textContent = "There is no signal yet: press Run on your system above first."
    return
  }
  if(["connect", "disconnect"].includes(action) && !form.elements.receiver.value){
    status.textContent = "Your system has no receiver to connect: define one (it must take **kwargs) and run it."
    return
  }
  const call = callFor(action)
  status.textContent = `Running ${ call }`
  recordTried(action)
  runInTerminal(call)
})

form.addEventListener("submit", event => event.preventDefault())

document.addEventListener("course:run-finished", ({detail: {runnerId}}) => {
  refresh()
  if(runnerId === terminalId){
    status.textContent = "Done: the terminal shows what the call returned, the Dispatch trace under it who was called."
    const trace = document.getElementById(`dispatch-trace-${ terminalId }`)
    if(trace) trace.open = true
  }
})

await courseRuntimeReady()
refresh()
