"""Which program a piece of code on the page belongs to, and switching between them.

PMT runs every IDE, terminal and button of a page in one interpreter and one namespace. Django
runs each program in its own process, so the page keeps programs apart itself:

- every Run of an IDE or button is a fresh program, under the runner's id; the IDE's own
  terminal then goes on with that program, to inspect what the run left;
- the page's standalone terminals, and IDEs a page marks as sharing its state, make up one
  more program, PAGE, which goes on from command to command.

Switching to another program sets aside the names and the signals_core state of the current
one and brings back the other's, so no program sees another's names, receivers or rows.
"""

from __future__ import annotations

import __main__

from signals_core.reset import ProgramState, put_back, set_aside

PAGE = "page"

# The names PMT's own clear_scope() keeps: the module's and Pyodide's, not the program's.
KEPT_NAMES = frozenset({
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__",
    "__builtins__", "_pyodide_core", "version",
})

namespace: dict = vars(__main__)   # where PMT runs learner code (a test may swap it)
current: str | None = None
_set_aside: dict[str, tuple[dict, ProgramState]] = {}


def enter(program: str, fresh: bool = False) -> None:
    """Make `program` the running one: as it was left, or new when `fresh` (a Run)."""
    global current
    if program == current and not fresh:
        return
    names = {name: value for name, value in namespace.items() if name not in KEPT_NAMES}
    for name in names:
        del namespace[name]
    state = set_aside()
    if current is not None and current != program:
        _set_aside[current] = (names, state)
    saved = _set_aside.pop(program, None)
    if saved is not None and not fresh:
        namespace.update(saved[0])
        put_back(saved[1])
    current = program
