"""Read the course's variants: an example as a page's "Try this" asks the learner to change it.

A variant sits beside its example as `<example>__<change>.py`. It holds notes, then the change
as edits: each a `# --- replace --- #` block (lines of the example's code, found there exactly
once) and a `# --- with --- #` block (what the learner puts in their place; empty to delete):

    # page: lessons/1-basics.md
    # suggestion: create a second user with `User.objects.create(...)` and see two e-mails;
    # shows: E-mails in the outbox: 2
    # --- replace --- #
    ada.save()  # an update: created is False this time
    # --- with --- #
    ada.save()  # an update: created is False this time
    User.objects.create(username="grace", email="grace@example.com")

Notes: `page` (relative to docs/) and `suggestion` (the page's words), and, if need be, `shows`
(what the page says the learner will see) and `django` (`DEBUG = False` where the page behaves
like Django in production). Edits apply to the example as it is now, so a variant follows its
example, and one whose lines are gone from it fails loudly.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from pathlib import Path

from tools.exercise_files import EXERCISES, VARIANT_MARK, ExerciseFile, parse

EDIT_BLOCK = re.compile(r"^# --- (replace|with) --- #[ \t]*\n", re.MULTILINE)
NOTE = re.compile(r"^# (?P<key>\w+): (?P<value>.+)$", re.MULTILINE)


@dataclass(frozen=True)
class Variant:
    path: Path
    notes: dict[str, str]
    edits: list[tuple[str, str]]  # (lines of the example's code, what replaces them)

    @property
    def name(self) -> str:
        return self.path.relative_to(EXERCISES).with_suffix("").as_posix()

    @property
    def example(self) -> ExerciseFile:
        return parse(self.path.with_name(self.path.stem.split(VARIANT_MARK)[0] + ".py"))

    @property
    def program(self) -> str:
        """The example's program with the learner's change made to its code."""
        example = self.example
        code = example.section("code")
        for old, new in self.edits:
            found = code.count(old)
            if found != 1:
                raise ValueError(f"{self.name}: the lines to replace occur {found} times in "
                                 f"{example.name}, not once:\n{old}")
            code = code.replace(old, new)
        return dataclasses.replace(example, sections={**example.sections, "code": code}).example_program


def parse_variant(path: Path) -> Variant:
    notes_text, *blocks = EDIT_BLOCK.split(path.read_text(encoding="utf-8"))
    # blocks = ["replace", old, "with", new, "replace", old, ...]
    kinds, texts = blocks[0::2], blocks[1::2]
    if not kinds or kinds != ["replace", "with"] * (len(kinds) // 2):
        raise ValueError(f"{path}: expected pairs of `replace` and `with` blocks, got {kinds}")
    notes = {match["key"]: match["value"].strip() for match in NOTE.finditer(notes_text)}
    return Variant(path, notes, list(zip(texts[0::2], texts[1::2])))


def all_variants() -> list[Variant]:
    return [parse_variant(path) for path in sorted(EXERCISES.rglob(f"*{VARIANT_MARK}*.py"))]
