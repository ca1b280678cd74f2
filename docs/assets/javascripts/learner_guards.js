/**Keep a mistake in learner code from freezing or flooding the page (added to every page that runs
 * Python by hooks/run_environment.py, after run_environment.js).
 *
 * PMT runs learner code on the page's main thread, where nothing else can run until it returns.
 * So the stop has to come from inside: CPython, as built for Pyodide, reads element 0 of
 * `Module.Py_EmscriptenSignalBuffer` every few dozen bytecodes and raises the signal it finds
 * there. The "buffer" handed to `pyodide.setInterruptBuffer` below is an object whose element 0
 * reads the clock: 0 while the run is within its time budget, SIGINT once it is over. The Python
 * side (course_runtime/guards.py) turns that SIGINT into a `TimeLimitExceeded` error naming the
 * learner's line, and caps what the code prints.
 *
 * Every piece of code a runner executes (IDE sections, terminal commands, buttons) goes through
 * PMT's `RuntimeManager.applyRunnerMethod`, so that is the one place the guards are armed.
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


let deadline = Infinity

const clockAsInterruptBuffer = {
  get 0(){
    const now = performance.now()
    if(now < deadline) return 0
    deadline = now + REPEAT_MS
    return SIGINT
  },
  set 0(_cleared){},    // Pyodide clears the flag after reading it: the clock needs no reset.
}


const applyRunnerMethod = RuntimeManager.prototype.applyRunnerMethod
RuntimeManager.prototype.applyRunnerMethod = async function(...args){
  await courseRuntimeReady()
  const { seconds, output_lines, output_chars } = runLimits
  pyodide.runPython(
    `__import__('course_runtime.guards').guards.arm(${ +seconds }, ${ +output_lines }, ${ +output_chars })`
  )
  deadline = performance.now() + seconds * 1000
  try{
    return await applyRunnerMethod.apply(this, args)
  }finally{
    deadline = Infinity
    pyodide.runPython(`__import__('course_runtime.guards').guards.disarm()`)
  }
}


/**A RecursionError's traceback is a thousand frames long, and PMT rightly shows only its two
 * ends, which are often inside signals_core. Name the learner's own functions that kept
 * repeating, and, when the loop went through `save()`, the usual cause in a signals course. */
const LEARNER_FRAME = /File "<(?:exec|console)>", line (\d+), in (\w+)/g
const MODEL_SAVE_FRAME = /signals_core\/models\/base\.py", line \d+, in save\b/g
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

const teardownManager = RuntimeManager.prototype.teardownManager
RuntimeManager.prototype.teardownManager = async function(ctx){
  await teardownManager.call(this, ctx)
  const hint = ctx.err?.type === 'RecursionError' && recursionHint(String(ctx.err))
  if(hint){
    ctx.stdErr += '\n' + hint
    this.stdErr = ctx.stdErr
  }
}


courseRuntimeReady().then(() => pyodide.setInterruptBuffer(clockAsInterruptBuffer))
