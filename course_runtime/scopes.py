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

from dataclasses import dataclass, field

import __main__

from signals_core.reset import ProgramState, put_back, set_aside

PAGE = "page"

# The names PMT's own clear_scope() keeps: the module's and Pyodide's, not the program's.
KEPT_NAMES = frozenset({
    "__name__", "__doc__", "__package__", "__loader__", "__spec__", "__annotations__",
    "__builtins__", "_pyodide_core", "version",
})



@dataclass
class Programs:
    """The page's programs: where PMT runs learner code (`namespace`, the page's `__main__`),
    which program is running, and what the others left. (An object, so that the page's
    tamper-proofing, which puts back this module's names, keeps it as it is.)"""
    namespace: dict = field(default_factory=lambda: vars(__main__))
    current: str | None = None
    set_aside: dict[str, tuple[dict, ProgramState]] = field(default_factory=dict)


programs = Programs()


def enter(program: str, fresh: bool = False) -> None:
    """Make `program` the running one: as it was left, or new when `fresh` (a Run)."""
    page = programs
    if program == page.current and not fresh:
        return
    names = {name: value for name, value in page.namespace.items() if name not in KEPT_NAMES}
    for name in names:
        del page.namespace[name]
    state = set_aside()
    if page.current is not None and page.current != program:
        page.set_aside[page.current] = (names, state)
    saved = page.set_aside.pop(program, None)
    if saved is not None and not fresh:
        page.namespace.update(saved[0])
        put_back(saved[1])
    page.current = program
