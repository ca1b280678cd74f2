/**Keep a mistake in learner code from freezing, flooding or breaking the page (added to every
 * page that runs Python by hooks/run_environment.py, after run_environment.js).
 *
 * PMT runs learner code on the page's main thread, where nothing else can run until it returns.
 * So the stop has to come from inside: CPython, as built for Pyodide, reads element 0 of
 * `Module.Py_EmscriptenSignalBuffer` every few dozen bytecodes and raises the signal it finds
 * there. The "buffer" handed to `pyodide.setInterruptBuffer` below is an object whose element 0
 * reads the clock: 0 while the run is within its time budget, SIGINT once it is over. The Python
 * side (course_runtime/guards.py) turns that SIGINT into a `TimeLimitExceeded` error naming the
 * learner's line, refuses the calls that would block past the budget (a sleep cannot be
 * interrupted), caps what the code prints, and runs asyncio code to completion.
 *
 * Every piece of code a runner executes (IDE sections, terminal commands, buttons) goes through
 * PMT's `RuntimeManager.applyRunnerMethod`, so that is the one place the guards are armed. An
 * IDE's code (its editor and its tests) runs through `course_runtime`'s `run_code`, which allows
 * top-level `await` as a terminal does.
 * */
import { RuntimeManager } from '1-runtimeManager-runtime-pyodide'
import { courseRuntimeReady } from './run_environment.js'


const SIGINT = 2
/**Ask again this often after the deadline: the Python side stops the run only while learner
 * code is running, and learner code may catch the stop (`except BaseException:`). */
const REPEAT_MS = 200

/**The page's limits (hooks/run_environment.py writes them; tests may lower them at run time). */
const runLimits = globalThis.courseRunLimits = JSON.parse(
  document.getElementById('course-run-limits').textContent
)


let deadline = Infinity     // when the piece of code running goes over its budget
let nextStop = Infinity     // when to ask Python to stop it (again)

const clockAsInterruptBuffer = {
  get 0(){
    const now = performance.now()
    if(now < nextStop) return 0
    nextStop = now + REPEAT_MS
    return SIGINT
  },
  set 0(_cleared){},    // Pyodide clears the flag after reading it: the clock needs no reset.
}

/**The run's clock as the Python side reads it, before it lets a sleep start. */
const secondsLeft = () => (deadline - performance.now()) / 1000

/**`input()` asks with the browser's prompt, which waits for the learner, not for their code:
 * that time is not the run's. */
const prompt = window.prompt
window.prompt = function(...args){
  const asked = performance.now()
  try{
    return prompt.apply(this, args)
  }finally{
    const waited = performance.now() - asked
    deadline += waited
    nextStop += waited
  }
}


/**The Python entry points, held from the start: learner code that replaces or deletes names in
 * course_runtime, or reloads it, cannot change what the page calls. */
let guards = null

async function pythonGuards(){
  await courseRuntimeReady()
  if(!guards){
    const module = pyodide.pyimport('course_runtime.guards')
    guards = {
      arm: module.arm,
      disarm: module.disarm,
      runCode: module.run_code,
      tracebackFor: module.learner_traceback_for,
    }
  }
  return guards
}

/**Learner code runs as "<exec>", as PMT names it; a runner may name the code it runs otherwise
 * (`runtime.codeFilename`: the check button's public tests and hidden checks). */
const runAsLearnerCode = (ctx, runtime) => guards.runCode(ctx.code, runtime.codeFilename ?? '<exec>')

/**PMT runs a whole Run (set-up, the learner's code, tests, teardown) without handing the main
 * thread back to the page once. Just before and just after the learner's code it does: so the
 * page answers clicks and keys between the set-up and the code, and right after the code, and
 * the longest the page can go without answering is the learner's code, within its limit. */
const pageTurn = () => new Promise(resolve => setTimeout(resolve))

const applyRunnerMethod = RuntimeManager.prototype.applyRunnerMethod
RuntimeManager.prototype.applyRunnerMethod = async function(ctx, ...args){
  const python = await pythonGuards()
  const learnerCode = !ctx.isEnvSection
  const { seconds, output_lines, output_chars } = runLimits
  try{
    python.arm(+seconds, +output_lines, +output_chars, secondsLeft)
    if(learnerCode) await pageTurn()
    deadline = nextStop = performance.now() + seconds * 1000
    if(ctx.section === 'code') ctx.method = runAsLearnerCode
    return await applyRunnerMethod.call(this, ctx, ...args)
  }finally{
    deadline = nextStop = Infinity
    if(learnerCode) await pageTurn()
    python.disarm()
  }
}


/**Make a Python error's traceback the learner's own: their frames, signals_core's and the
 * standard library's, never the page's (course_runtime, Pyodide's runners, PMT's terminal).
 * Changes `error.message` in place, before PMT formats it for the terminal; returns `error`.
 * Any code that runs learner code and shows its error can call it. */
export function learnerTraceback(error){
  if(guards && error?.type){
    const cleaned = guards.tracebackFor(String(error.message))
    if(cleaned) error.message = cleaned
  }
  return error
}


/**A RecursionError's traceback is a thousand frames long, and PMT rightly shows only its two
 * ends, which are often inside signals_core. Name the learner's own functions that kept
 * repeating, and, when the loop went through `save()`, the usual cause in a signals course. */
const LEARNER_FRAME = /File "<(?:exec|console)>", line (\d+), in (\w+)/g
const MODEL_SAVE_FRAME = /signals_core\/models(?:\/\w+)?\.py", line \d+, in save\b/g
const REPEATS = 10

function recursionHint(traceback){
  const counts = new Map()
  for(const [, line, name] of traceback.matchAll(LEARNER_FRAME)){
    const where = `line ${ line }, in ${ name }`
    counts.set(where, (counts.get(where) || 0) + 1)
  }
  const repeating = [...counts].filter(([, n]) => n >= REPEATS).map(([where]) => where)
  if(!repeating.length) return ""
  let hint = `Your code kept calling itself through: ${ repeating.join('; ') }.`
  if((traceback.match(MODEL_SAVE_FRAME) || []).length >= REPEATS){
    hint += "\nA receiver that saves the instance it was sent makes the model send the same "
          + "signal again, forever. Let the receiver skip the save it caused itself (check "
          + "update_fields, or set a flag): step 5 of the course shows both guards."
  }
  return hint
}

/**`sys.exit()` ends the program as a terminal shows it: its status, no traceback, no error
 * colour. The rest of the run (the tests after an IDE's code) does not happen. */
const PROGRAM_EXIT = /ProgramExit: ([\s\S]*)$/

async function endQuietly(runtime, ctx){
  const message = PROGRAM_EXIT.exec(String(ctx.err.message))[1].trim()
  ctx.err = null                                  // PMT's teardown then shows no error...
  await teardownManager.call(runtime, ctx)
  ctx.success = false
  runtime.stdErr = message                        // ...but the run stops, as after one
  runtime.finalMsg = ""
  runtime.runner.giveFeedback(message, 'info')
}

const teardownManager = RuntimeManager.prototype.teardownManager
RuntimeManager.prototype.teardownManager = async function(ctx){
  if(ctx.err?.type === 'ProgramExit') return endQuietly(this, ctx)
  learnerTraceback(ctx.err)
  await teardownManager.call(this, ctx)
  const hint = ctx.err?.type === 'RecursionError' && recursionHint(String(ctx.err))
  if(hint){
    ctx.stdErr += '\n' + hint
    this.stdErr = ctx.stdErr
  }
}


/**Once Python is ready, set the clock up and import the guards (a third of a second in
 * Pyodide, better spent now than on the learner's first Run). */
courseRuntimeReady().then(() => {
  pyodide.setInterruptBuffer(clockAsInterruptBuffer)
  return pythonGuards()
}).catch(console.error)
