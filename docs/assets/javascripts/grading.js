/**The check button grades the learner's program, whatever the learner left of the public tests
 * under it (added by hooks/run_environment.py to the pages with IDEs, before learner_guards.js).
 *
 * PMT's own validation runs the editor's whole content, then the public tests again, then the
 * hidden tests, all in one namespace: the public tests kept in the editor run twice, and their
 * side effects (a created row, an appended list entry) make a correct answer fail. Here:
 *
 * 1. the learner's program (the editor down to PMT's `# Tests` line) runs, as on Run;
 * 2. the exercise's public tests run once, after it;
 * 3. the hidden checks run in a program of their own (the exercise's `env`, the learner's program
 *    again, silently, then the checks), which the IDE's terminal and the Dispatch trace never see.
 *
 * A failure says which kind of check failed, in the lines of the learner's editor
 * (course_runtime/grading.py). The same order is what tools/page_grading.py runs in CPython.
 * */
import { IdeRunner } from '4-ideRunner-ide'
import { RuntimeManager } from '1-runtimeManager-runtime-pyodide'
import { courseRuntimeReady, enterProgram } from './run_environment.js'


const PUBLIC_TESTS_FILE = '<public tests>'
const HIDDEN_CHECKS_FILE = '<hidden checks>'

let grading = null
function gradingModule(){
  return grading ??= pyodide.pyimport('course_runtime.grading')
}

function testsLinePattern(){
  return CONFIG.lang.tests.as_pattern.source
}


/**Run one part of the check under its own file name, so that its frames can be told apart from
 * the learner's (learner_guards.js runs an IDE's code under `runtime.codeFilename`). */
async function compiledAs(filename, runtime, action){
  runtime.codeFilename = filename
  try{
    return await action()
  }finally{
    runtime.codeFilename = undefined
  }
}


IdeRunner.prototype.validateThroughRunner = async function(runtime){
  const editorCode = this.getCodeToTest()
  let decreaseCount = this.canDecreaseAttempts(CONFIG.section.editor)

  if(runtime.stopped){
    // The exercise's env failed: as PMT does, an AssertionError there still counts an attempt.
    if(runtime.isAssertErr) this.handleValidationOutcome(runtime, decreaseCount, editorCode)
    return
  }
  await courseRuntimeReady()
  const editor = gradingModule().split_editor(editorCode, this.publicTests, testsLinePattern())
  const program = editor.program
  editor.destroy()

  const checks = {
    autoLogAssert:   this.autoLogAssert,
    purgeStackTrace: this.showOnlyAssertionErrorsForSecrets,
    withStdOut:     !this.deactivateStdoutForSecrets,
  }
  runtime.gradedEditorCode = editorCode

  const steps = [
    async () => {
      runtime.refreshStateWith({})
      await this.runPythonCodeWithOptionsIfNoStdErr(program, runtime, CONFIG.section.editor)
      return CONFIG.section.editor
    },
    async () => {
      runtime.gradingStep = 'public'
      runtime.refreshStateWith(checks)
      await compiledAs(PUBLIC_TESTS_FILE, runtime, () =>
        this.runPythonCodeWithOptionsIfNoStdErr(this.publicTests, runtime, CONFIG.section.public)
      )
      return CONFIG.section.public
    },
    async () => {
      await this.runHiddenChecksInAProgramOfTheirOwn(runtime, program, checks)
      return CONFIG.section.secrets
    },
  ]
  for(const step of steps){
    const section = await step()
    if(runtime.stopped){
      decreaseCount = this.canDecreaseAttempts(section)
      break
    }
  }
  runtime.gradingStep = null
  this.handleValidationOutcome(runtime, decreaseCount, editorCode)
}


IdeRunner.prototype.runHiddenChecksInAProgramOfTheirOwn = async function(runtime, program, checks){
  if(!this.secretTests.trim()) return
  pyodide.runPython(`__import__('signals_core').trace.pause()`)
  runtime.gradingStep = 'hidden'
  enterProgram(`${ this.id }:hidden-checks`, true)
  try{
    runtime.refreshStateWith({withStdOut: false})
    await runtime.runWithCtx('env')
    await this.runPythonCodeWithOptionsIfNoStdErr(program, runtime, null)
    runtime.refreshStateWith(checks)
    await compiledAs(HIDDEN_CHECKS_FILE, runtime, () =>
      this.runPythonCodeWithOptionsIfNoStdErr(this.secretTests, runtime, CONFIG.section.secrets)
    )
  }finally{
    enterProgram(this.id, false)   // the IDE's terminal goes on with the learner's program
  }
}


/**A failed check is told in the learner's terms (which check, the editor's lines), in place of
 * PMT's traceback of a section the learner cannot see. */
const teardownManager = RuntimeManager.prototype.teardownManager
RuntimeManager.prototype.teardownManager = async function(ctx){
  await teardownManager.call(this, ctx)
  const step = this.gradingStep
  if(!step || !ctx.err || this.gotBigFail || !String(ctx.err).startsWith('PythonError')) return
  ctx.stdErr = this.stdErr = gradingModule().describe_failure(
    step, this.gradedEditorCode, this.runner.publicTests, testsLinePattern()
  )
}
