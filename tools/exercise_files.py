"""Read the course's example and exercise files (PMT's section format) into their sections.

An example has a `code` section (and maybe `env`); an exercise also has `corr`, `tests` and
`secrets`. The test suite uses this to run every file in CPython, under real Django and in the
browser, from the very files the pages show.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXERCISES = ROOT / "exercises"

SECTION_HEADER = re.compile(r"^# --- (?:PMT|PYODIDE):(\w+) --- #[ \t]*$", re.MULTILINE)
# `<example>__<change>.py` is a variant of an example, not a program (see tools/variant_files.py).
VARIANT_MARK = "__"

# A graded exercise's classic mistakes live beside it, in `<name>_MISTAKES.py`: each one is the
# code a learner might write in place of the starter, under a header quoting what the check
# must then say, e.g. `# --- MISTAKE: the check says "only a *new* user" --- #`.
MISTAKES_SUFFIX = "_MISTAKES.py"
MISTAKE_HEADER = re.compile(r'^# --- MISTAKE: the check says "(.+)" --- #[ \t]*$', re.MULTILINE)


@dataclass(frozen=True)
class Mistake:
    code: str
    message: str  # a part of what the check must tell the learner


@dataclass(frozen=True)
class ExerciseFile:
    path: Path
    sections: dict[str, str]

    @property
    def name(self) -> str:
        return self.path.relative_to(EXERCISES).with_suffix("").as_posix()

    @property
    def mistakes(self) -> list[Mistake]:
        """The classic mistakes written for this exercise (none if it has no such file)."""
        path = self.path.with_name(self.path.stem + MISTAKES_SUFFIX)
        if not path.is_file():
            return []
        parts = MISTAKE_HEADER.split(path.read_text(encoding="utf-8"))
        return [Mistake(code.strip("\n") + "\n", message)
                for message, code in zip(parts[1::2], parts[2::2])]

    @property
    def is_graded(self) -> bool:
        return bool(self.sections.get("secrets", "").strip())

    def section(self, name: str) -> str:
        return self.sections.get(name, "")

    def program(self, *names: str) -> str:
        """The named sections joined in order, as PMT runs them one after the other."""
        return "\n".join(self.section(name) for name in names if self.section(name).strip())

    @property
    def example_program(self) -> str:
        """What the learner runs first: the set-up and the code shown in the editor."""
        return self.program("env", "code")

    @property
    def solution_program(self) -> str:
        """The worked solution, checked by the visible and the hidden tests."""
        return self.program("env", "corr", "tests", "secrets")

    @property
    def starter_program(self) -> str:
        """The code the learner starts from, checked by the hidden tests."""
        return self.program("env", "code", "secrets")


def parse(path: Path) -> ExerciseFile:
    text = path.read_text(encoding="utf-8")
    parts = SECTION_HEADER.split(text)
    # parts = [before the first header, name1, body1, name2, body2, ...]
    sections = {
        name: body.strip("\n") + "\n"
        for name, body in zip(parts[1::2], parts[2::2])
        if name != "ignore"
    }
    return ExerciseFile(path, sections)


def all_exercise_files() -> list[ExerciseFile]:
    """Every example and exercise a page can show (not the variants and mistakes beside them)."""
    return [parse(path) for path in sorted(EXERCISES.rglob("*.py"))
            if VARIANT_MARK not in path.stem and not path.name.endswith(MISTAKES_SUFFIX)]
