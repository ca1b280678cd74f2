"""A recursion limit that learner code cannot raise: past about 1,000 frames the browser's own
stack overflows and Pyodide dies until the page is reloaded, so RecursionError must come first."""

from __future__ import annotations

# Pyodide's own default, and the deepest it survives for every kind of call (measured: plain
# recursion through `f(**kwargs)` kills Pyodide 0.25 at a limit of 1,500).
SAFE_RECURSION_LIMIT = 1000


def capped_setrecursionlimit(real_setrecursionlimit, safe_limit: int = SAFE_RECURSION_LIMIT):
    """`sys.setrecursionlimit` for learner code: lower is fine, higher stays at the safe limit."""
    def setrecursionlimit(limit: int) -> None:
        if limit > safe_limit:
            print(f"Note: the recursion limit stays at {safe_limit} here; a deeper stack would "
                  "crash Python in the browser.")
        real_setrecursionlimit(min(limit, safe_limit))
    return setrecursionlimit
