"""Read the course's example and exercise files (PMT's section format) into their sections.

An example has a `code` section (and maybe `env`); an exercise also has `corr`, `tests` and
`secrets`. The test suite uses this to run every file in CPython, under real Django and in the
browser, from the very files the pages show.

A *variant* is an example as a page's "Try this" asks the learner to change it, in a file beside
it named `<example>__<change>.py`. Comment lines before its first section say where it comes
from, as `# key: value`: `page` (relative to docs/), `suggestion` (the page's words, quoted)
and, optionally, `shows` (what the page says the learner will see) and `django`
(`DEBUG = False` where the page behaves like production).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXERCISES = ROOT / "exercises"

SECTION_HEADER = re.compile(r"^# --- (?:PMT|PYODIDE):(\w+) --- #[ \t]*$", re.MULTILINE)
NOTE = re.compile(r"^# (?P<key>\w+): (?P<value>.+)$", re.MULTILINE)
VARIANT_MARK = "__"


@dataclass(frozen=True)
class ExerciseFile:
    path: Path
    sections: dict[str, str]
    notes: dict[str, str]  # `# key: value` lines before the first section

    @property
    def name(self) -> str:
        return self.path.relative_to(EXERCISES).with_suffix("").as_posix()

    @property
    def is_variant(self) -> bool:
        return VARIANT_MARK in self.path.stem

    @property
    def example_path(self) -> Path:
        """For a variant, the example it changes."""
        return self.path.with_name(self.path.stem.split(VARIANT_MARK)[0] + ".py")

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
    notes = {match["key"]: match["value"].strip() for match in NOTE.finditer(parts[0])}
    return ExerciseFile(path, sections, notes)


def _files(variants: bool) -> list[ExerciseFile]:
    files = [parse(path) for path in sorted(EXERCISES.rglob("*.py"))]
    return [file for file in files if file.is_variant is variants]


def all_exercise_files() -> list[ExerciseFile]:
    """Every example and exercise a page shows."""
    return _files(variants=False)


def all_variants() -> list[ExerciseFile]:
    """Every variant: an example as a page's "Try this" changes it."""
    return _files(variants=True)
