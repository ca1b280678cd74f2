/**The course's run environment, added to every page that runs Python (hooks/run_environment.py).
 *
 * PMT runs every IDE, terminal and button of a page in one shared Pyodide interpreter. Before any
 * of them runs for the first time, this module loads the course's Python libraries (PMT builds
 * each as a `<name>.zip` python_lib: signals_core, and course_runtime for the run guards) and
 * registers signals_core's `django` import layer, so that learner code written for Django
 * (`from django.dispatch import receiver`) runs unchanged.
 *
 * It extends PMT through the runner class every runner inherits from, rather than editing PMT's
 * files: each run's set-up first awaits `courseRuntimeReady()`.
 * */
import { PyodideSectionsRunner } from '2-pyodideSectionsRunner-runner-pyodide'
import { sleep } from 'functools'
import { reuseCompiledCode } from './compiled_code_cache.js'


const PYTHON_LIBS = ['signals_core', 'course_runtime']

const PYTHON_SETUP = `
def _course_setup():
    import signals_core
    signals_core.install()
_course_setup()
del _course_setup
`

async function fetchPythonLib(name){
  const response = await fetch(new URL(`${ name }.zip`, __md_scope))
  if(!response.ok) throw new Error(`${ name }.zip could not be loaded (HTTP ${ response.status })`)
  return response.arrayBuffer()
}

async function pyodideStarted(){
  while(!globalThis.CONFIG?.pyodideIsReady) await sleep(20)
}


let ready = null

/**Load the course's libraries into Pyodide once per page; later calls share the same promise,
 * and a failed load (a network hiccup) is tried again on the next run. */
export function courseRuntimeReady(){
  ready ??= (async ()=>{
    // The downloads overlap Pyodide's start-up; only the unpacking has to wait for it.
    const [zips] = await Promise.all([Promise.all(PYTHON_LIBS.map(fetchPythonLib)), pyodideStarted()])
    zips.forEach((zip, i) => pyodide.unpackArchive(zip, 'zip', {extractDir: PYTHON_LIBS[i]}))
    reuseCompiledCode(pyodide)
    pyodide.runPython(PYTHON_SETUP)
  })().catch(error => { ready = null; throw error })
  return ready
}


/**A Run behaves like running its code as a fresh program, as Django would in a new process: no
 * names, receivers or model rows from earlier runs or other IDEs. Terminal commands are a REPL:
 * an IDE's terminal goes on with that IDE's last Run, and the page's standalone terminals share
 * one program of their own, which an IDE joins when the page puts it inside
 * `<div class="shares-page-state" markdown>` (for a lesson that builds on what the terminal set
 * up). course_runtime/scopes.py keeps these programs apart. Either way the dispatch trace
 * restarts, so it shows only what this run or command sent. */
const NEW_TRACE = `__import__('signals_core').trace.start()`

/**Make `program` the one running: as it was left, or new when `fresh`. */
export function enterProgram(program, fresh){
  pyodide.runPython(
    `__import__('course_runtime.scopes').scopes.enter(${ JSON.stringify(program) }, fresh=${ fresh ? 'True' : 'False' })`
  )
}

function enterProgramOf(runner){
  const inPageProgram = runner.isTerminal || sharesPageState(runner)
  enterProgram(inPageProgram ? 'page' : runner.id, !inPageProgram && !runner.running?.isTermCmd)
}

const runnerSetup = PyodideSectionsRunner.prototype._setupPyodideFeatures
PyodideSectionsRunner.prototype._setupPyodideFeatures = async function(...args){
  await courseRuntimeReady()
  const runtime = await runnerSetup.apply(this, args)
  enterProgramOf(this)
  pyodide.runPython(NEW_TRACE)
  announce('course:run-started', this)
  return runtime
}


/**Every runner ends a run here (IDEs, terminals and buttons alike). Announce it, so the page's
 * panels (and the browser tests) know the output of that run is complete. */
const runnerTeardown = PyodideSectionsRunner.prototype._baseTeardownRuntime
PyodideSectionsRunner.prototype._baseTeardownRuntime = async function(...args){
  const result = await runnerTeardown.apply(this, args)
  announce('course:run-finished', this)
  return result
}

/**PMT clears an IDE's terminal, then waits `delay` ms (200) before running, so that a Run that
 * prints the same output again still visibly happens. A few painted frames already show that;
 * the rest is waiting the learner feels on every Run. The IDE test page's own 0 is kept. */
const TERMINAL_BLINK_MS = 50

Object.defineProperty(PyodideSectionsRunner.prototype, 'delay', {
  get(){ return this._terminalBlinkMs },
  set(ms){ this._terminalBlinkMs = Math.min(ms, TERMINAL_BLINK_MS) },
})

function sharesPageState(runner){
  return Boolean(document.getElementById(runner.id)?.closest('.shares-page-state'))
}

function announce(eventName, runner){
  document.dispatchEvent(new CustomEvent(eventName, {detail: {runnerId: runner.id}}))
}


courseRuntimeReady().catch(console.error)
