"""Read a page's quizzes from its Markdown source: each `{{ multi_qcm(...) }}` call evaluated
with Jinja (as MkDocs' macros plugin does), its questions and options recorded instead of
rendered. The self-test page shows the final quiz's questions through it, and the tests use it
to check a quiz's content and to answer it in the browser."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

MULTI_QCM_CALL = re.compile(r"\{\{\s*multi_qcm\(.*?\)\s*\}\}", re.DOTALL)


@dataclass(frozen=True)
class Question:
    text: str
    choices: list[str]
    correct: list[int]  # 1-based positions in `choices`, as PMT's macro takes them

    @property
    def correct_choices(self) -> list[str]:
        return [self.choices[number - 1] for number in self.correct]


@dataclass(frozen=True)
class Quiz:
    questions: list[Question]
    end: int  # where the macro call ends in the page's text
    options: dict = field(default_factory=dict)

    @property
    def is_before_reading_on(self) -> bool:
        return "before-reading-on" in self.options.get("admo_class", "").split()


def quizzes_in(page: Path) -> list[Quiz]:
    """Every multi_qcm of the page, in page order."""
    quizzes: list[Quiz] = []
    environment = jinja2.Environment()
    for call in MULTI_QCM_CALL.finditer(page.read_text(encoding="utf-8")):

        def record(*questions, **options):
            quizzes.append(Quiz([Question(text, list(choices), list(correct))
                                 for text, choices, correct, *_ in questions], call.end(), options))
            return ""

        environment.from_string(call[0]).render(multi_qcm=record)
    return quizzes
