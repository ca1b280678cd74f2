"""Read a page's quizzes from its Markdown source, as the site's macros render them: each
`{{ multi_qcm(...) }}` call evaluated with Jinja (as MkDocs' macros plugin does), its questions
and options recorded instead of rendered, and each `{{ before_reading_on("id") }}` or
`{{ prediction_sequence() }}` read as the quizzes these macros make from the course data. The
self-test page shows the final quiz's questions through it, and the tests use it to check a
quiz's content and to answer it in the browser."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import jinja2

from .content import Prediction, course

# The macros whose calls put quizzes on a page.
QUIZ_CALL = re.compile(r"\{\{\s*(?:multi_qcm|before_reading_on|prediction_sequence)\(.*?\)\s*\}\}",
                       re.DOTALL)

# How a prediction's quiz is rendered (course_data.macros), and how the tests recognise one.
BEFORE_READING_ON = {"qcm_title": "Before reading on", "admo_class": "tip before-reading-on"}


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
    options: dict = field(default_factory=dict)

    @property
    def is_before_reading_on(self) -> bool:
        return "before-reading-on" in self.options.get("admo_class", "").split()


def prediction_quiz(prediction: Prediction) -> Quiz:
    """The quiz before_reading_on() renders for a prediction."""
    return Quiz([Question(prediction.question, list(prediction.choices), list(prediction.answer))],
                dict(BEFORE_READING_ON))


def quizzes_in(page: Path) -> list[Quiz]:
    """Every quiz the page's macros render, in page order."""
    quizzes: list[Quiz] = []
    data = course()

    def multi_qcm(*questions, **options):
        quizzes.append(Quiz([Question(text, list(choices), list(correct))
                             for text, choices, correct, *_ in questions], options))
        return ""

    def before_reading_on(prediction_id, with_source=False):
        quizzes.append(prediction_quiz(data.prediction(prediction_id)))
        return ""

    def prediction_sequence():
        quizzes.extend(map(prediction_quiz, data.predictions))
        return ""

    environment = jinja2.Environment()
    for call in QUIZ_CALL.finditer(page.read_text(encoding="utf-8")):
        environment.from_string(call[0]).render(
            multi_qcm=multi_qcm, before_reading_on=before_reading_on,
            prediction_sequence=prediction_sequence)
    return quizzes
