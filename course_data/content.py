"""The course's shared content, read from the YAML files of this folder.

One place per piece of content, used by every page that shows it (course_data.macros renders
it): the "Before reading on" and myth-buster questions with their explanations, each step's
result and key insight, the key takeaways, the pitfalls, the API and the built-in signals of
the cheat sheet, and which lesson each final-quiz question sends the learner back to.

Each file is checked as it is read: an unknown or missing field is an error that names the
file and the entry, so a typo never silently drops a question from a page.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, fields
from pathlib import Path

import jinja2
import yaml

from .links import Link, parse_link

HERE = Path(__file__).resolve().parent
# An explanation names no variable but `on_its_page`; a typo in it fails the build.
EXPLANATIONS = jinja2.Environment(undefined=jinja2.StrictUndefined, autoescape=False)


@dataclass(frozen=True)
class Prediction:
    """A question asked before the answer is taught ("Before reading on", "Myth n")."""

    id: str
    # "lesson" (opens a lesson), "myth" (a myth buster), "beyond" (opens a "Going further" page)
    kind: str
    taught_in: Link       # where the course teaches and proves the answer
    question: str
    choices: list[str]
    answer: list[int]     # 1-based positions in `choices`, as PMT's multi_qcm takes them
    # Markdown: the answer, then "**If you said ...**" for each wrong choice. What only the page
    # that teaches it says (about the proof that follows there) sits in `{% if on_its_page %}`.
    explanation: str

    @property
    def wrong_choices(self) -> list[str]:
        return [choice for number, choice in enumerate(self.choices, 1) if number not in self.answer]

    def explanation_for(self, page_src: str | None) -> str:
        """The explanation as the page whose source is `page_src` shows it (None: no page)."""
        template = EXPLANATIONS.from_string(self.explanation)
        return template.render(on_its_page=page_src == self.taught_in.page).strip()

    @property
    def answer_paragraph(self) -> str:
        """The explanation's first paragraph: the answer and its reason."""
        return self.explanation_for(None).split("\n\n", 1)[0]


@dataclass(frozen=True)
class StepResult:
    """What a lesson leaves the learner with: its closing Result and Key insight."""

    step: int
    lesson: Link
    result: str
    key_insight: str


@dataclass(frozen=True)
class Takeaway:
    id: str
    group: str            # the heading it sits under on the key takeaways page
    point: str            # the one sentence to remember (Markdown)
    detail: str           # what makes it precise (Markdown)
    recall: str           # the question a review card asks, whose answer is the point
    links: list[Link]     # where the course proves it, the lesson first


@dataclass(frozen=True)
class Pitfall:
    id: str
    name: str
    symptom: str          # what the developer sees (Markdown)
    cause: str            # why it happens (Markdown)
    fix: str              # what to do instead (Markdown)
    link: Link


@dataclass(frozen=True)
class ApiEntry:
    """One line of the cheat sheet's API table, with the program that proves it."""

    id: str
    call: str             # how it is written, as code
    does: str             # what it does (Markdown)
    link: Link
    proof: str            # a program whose output shows Django 5.2 doing what `does` says
    proof_prints: str     # what that program prints


@dataclass(frozen=True)
class BuiltinSignal:
    name: str
    module: str           # where to import it from
    sent: str             # when Django sends it (Markdown)
    arguments: list[str]  # every keyword argument Django sends it with, `sender` first
    link: Link | None     # the lesson that uses it, if any


@dataclass(frozen=True)
class FinalQuizReview:
    """Where to go back to after a wrong answer to the final-quiz question containing `fragment`."""

    fragment: str
    review: Link


def _build(cls, entry: dict, source: str):
    names = {field.name: field for field in fields(cls)}
    unknown, missing = set(entry) - set(names), set(names) - set(entry)
    if unknown or missing:
        raise ValueError(f"{source}: {entry.get('id', entry)!r}: unknown fields "
                         f"{sorted(unknown)}, missing fields {sorted(missing)}")
    values = {}
    for name, value in entry.items():
        kind = str(names[name].type)
        if kind.startswith("list[Link]"):
            value = [parse_link(item) for item in value]
        elif kind.startswith("Link"):
            value = None if value is None else parse_link(value)
        values[name] = value
    return cls(**values)


def _read(name: str, cls) -> list:
    source = HERE / name
    entries = yaml.safe_load(source.read_text(encoding="utf-8"))
    return [_build(cls, entry, name) for entry in entries]


@dataclass(frozen=True)
class Course:
    predictions: list[Prediction]
    step_results: list[StepResult]
    takeaways: list[Takeaway]
    pitfalls: list[Pitfall]
    api: list[ApiEntry]
    builtin_signals: list[BuiltinSignal]
    final_quiz_review: list[FinalQuizReview]

    def prediction(self, prediction_id: str) -> Prediction:
        return _find(self.predictions, "id", prediction_id, "predictions.yml")

    def step_result(self, step: int) -> StepResult:
        return _find(self.step_results, "step", step, "step_results.yml")

    def builtin_signal(self, name: str) -> BuiltinSignal:
        return _find(self.builtin_signals, "name", name, "builtin_signals.yml")

    def final_quiz_entry(self, question_text: str) -> FinalQuizReview:
        """The one entry whose fragment is in the text of this final-quiz question."""
        matches = [entry for entry in self.final_quiz_review if entry.fragment in question_text]
        if len(matches) != 1:
            raise ValueError(f"final_quiz_review.yml: {len(matches)} entries match the final-quiz "
                             f"question {question_text[:70]!r}...; write exactly one")
        return matches[0]


def _find(items: list, key: str, value, source: str):
    for item in items:
        if getattr(item, key) == value:
            return item
    raise KeyError(f"{source} has no entry with {key} {value!r}")


@functools.cache
def course() -> Course:
    """The course's shared content (read once per process)."""
    return Course(
        predictions=_read("predictions.yml", Prediction),
        step_results=_read("step_results.yml", StepResult),
        takeaways=_read("takeaways.yml", Takeaway),
        pitfalls=_read("pitfalls.yml", Pitfall),
        api=_read("api.yml", ApiEntry),
        builtin_signals=_read("builtin_signals.yml", BuiltinSignal),
        final_quiz_review=_read("final_quiz_review.yml", FinalQuizReview),
    )
