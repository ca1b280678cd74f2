"""Run many course programs under signals_core or real Django, each as a fresh program, in one
subprocess per backend (see tools/run_programs.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

RUNNER = Path(__file__).resolve().parent / "run_programs.py"


def run_programs(backend: str, programs: dict[str, str]) -> dict[str, dict]:
    """Map each program id to {"stdout", "error"} after running it under `backend`."""
    interpreter = [sys.executable, "-S"] if backend == "signals_core" else [sys.executable]
    result = subprocess.run(
        [*interpreter, str(RUNNER), backend],
        input=json.dumps([{"id": key, "code": code} for key, code in programs.items()]),
        capture_output=True,
        text=True,
        timeout=300,
    )
    if result.returncode:
        raise RuntimeError(f"{backend} runner failed:\n{result.stderr[-4000:]}")
    return json.loads(result.stdout)
