"""Run many course programs under signals_core or real Django, each as a fresh program, in one
subprocess per backend (see tools/run_programs.py)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
from pathlib import Path

RUNNER = Path(__file__).resolve().parent / "run_programs.py"


def run_programs(backend: str, programs: dict[str, str], debug: bool = True) -> dict[str, dict]:
    """Map each program id to {"stdout", "stderr", "error"} after running it under `backend`:
    "signals_core" (as on the page) or "django" (real Django 5.2, with DEBUG on unless `debug`
    is False)."""
    interpreter = [sys.executable, "-S"] if backend == "signals_core" else [sys.executable]
    options = [] if debug else ["--no-debug"]
    result = subprocess.run(
        [*interpreter, str(RUNNER), backend, *options],
        input=json.dumps([{"id": key, "code": code} for key, code in programs.items()]),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode:
        raise RuntimeError(f"{backend} runner failed:\n{result.stderr[-4000:]}")
    return json.loads(result.stdout)


def run_snippets(backend: str, snippets: dict[str, str]) -> dict[str, dict]:
    """run_programs() for short programs written indented inside a test module."""
    return run_programs(
        backend, {key: textwrap.dedent(code).strip() + "\n" for key, code in snippets.items()}
    )


def run_in_fresh_python(code: str, cwd: Path | None = None) -> str:
    """What `code` (may be written indented inside a test module) prints in a Python process of
    its own: for what needs a fresh process, such as configuring Django or a project on disk."""
    result = subprocess.run([sys.executable, "-c", textwrap.dedent(code).strip() + "\n"],
                            capture_output=True, text=True, timeout=60, check=True, cwd=cwd)
    return result.stdout


def reported(result: dict) -> list[str]:
    """What a program wrote to stderr, each traceback cut to its exception line: the frames
    name signals_core's files on the page and Django's under Django, and differ."""
    return [line for line in result["stderr"].splitlines()
            if line != "Traceback (most recent call last):" and not line.startswith("  ")]


def seen_by_the_learner(result: dict) -> tuple:
    """What a run shows: its output, its logged reports, and how it ended."""
    return result["stdout"], reported(result), result["error"]


def printed(results: dict[str, dict], key: str) -> str:
    """What program `key` printed; a program that raised fails here with its own error."""
    assert results[key]["error"] is None, results[key]["error"]
    return results[key]["stdout"]
