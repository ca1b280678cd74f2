/**Compile the Python that the page runs again and again only once (used by run_environment.js).
 *
 * Before each Run, PMT sets Python up again by passing the same snippets of its own source to
 * `pyodide.runPython`, about twenty of them per Run: compiling them was a third of a Run's time.
 * `runPython(code)` is Pyodide's `eval_code(code, pyodide.globals)`, which is
 * `CodeRunner(code).compile().run(globals)`. This keeps the compiled runners of the codes run
 * last and runs them again, with the same result, errors and globals. Calls with options (their
 * own globals, a file name) are passed through, and every code gets its own runner: no learner
 * code is ever run in place of another.
 * */

/**Distinct codes kept: PMT's snippets, with room for the one-off codes (such as the assignment
 * of a Run's source) that come and go between them. */
const KEPT = 64

export function reuseCompiledCode(pyodide){
  if(pyodide.runPython.reusesCompiledCode) return
  const runPython = pyodide.runPython.bind(pyodide)
  const CodeRunner = pyodide.pyimport('pyodide.code').CodeRunner
  const runners = new Map()       // code -> its compiled runner, the code run last at the end

  pyodide.runPython = function(code, options){
    if(options !== undefined) return runPython(code, options)
    let runner = runners.get(code)
    if(runner){
      runners.delete(code)
    }else{
      runner = CodeRunner(code)         // a SyntaxError raises here or in compile(), as in runPython
      try{
        runner.compile().destroy()      // compile() returns another proxy of the runner
      }catch(error){
        runner.destroy()
        throw error
      }
    }
    runners.set(code, runner)
    if(runners.size > KEPT){
      const [oldest] = runners.keys()
      runners.get(oldest).destroy()
      runners.delete(oldest)
    }
    return runner.run(pyodide.globals)
  }
  pyodide.runPython.reusesCompiledCode = true
}
