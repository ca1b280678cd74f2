"""The structure every page of the course promises, read from the Markdown (no browser): each
lesson opens with a "Before reading on" question whose explanation answers every wrong choice,
has its graded exercises with hints and explanations, and closes with its Result and Key
insight; every editor on the site shows an exercise file that exists."""

from __future__ import annotations

import re

import pytest

from tools.course_pages import nav_pages

PAGES = nav_pages()
LESSONS = [page for page in PAGES if page.is_lesson]
GRADED = [(page, ide) for page in PAGES for ide in page.ides() if ide.is_graded]

# The issue asks for two graded exercises in steps 2, 4, 5 and 6, and one in the others.
GRADED_EXERCISES_WANTED = {2: 2, 4: 2, 5: 2, 6: 2}

AFTER_PREDICTION = re.compile(r'\s*<div class="after-prediction" markdown>(?P<body>.*?)</div>', re.DOTALL)
HINT = re.compile(r'^(?P<indent> *)\?\?\? tip "Hint (?P<number>\d)"', re.MULTILINE)


def page_id(page):
    return page.src


def step_number(page) -> int:
    return int(page.src.removeprefix("lessons/").split("-")[0])


def test_the_course_has_six_lessons():
    assert [step_number(page) for page in LESSONS] == [1, 2, 3, 4, 5, 6]


@pytest.mark.parametrize("page", PAGES, ids=page_id)
def test_every_editor_shows_an_existing_exercise_file(page):
    missing = [str(ide.path) for ide in page.ides() if ide.exercise is None]
    assert missing == []


@pytest.mark.parametrize("page, ide", GRADED, ids=[f"{p.src}:{i.path.stem}" for p, i in GRADED])
def test_every_graded_exercise_has_its_explanation_file(page, ide):
    assert ide.path.with_name(f"{ide.path.stem}_REM.md").is_file()


@pytest.mark.parametrize("page", LESSONS, ids=page_id)
def test_every_lesson_asks_a_before_reading_on_question(page):
    assert any(quiz.is_before_reading_on for quiz in page.quizzes())


@pytest.mark.parametrize("page", [p for p in PAGES if any(q.is_before_reading_on for q in p.quizzes())],
                         ids=page_id)
def test_every_before_reading_on_explanation_follows_its_question_and_answers_each_wrong_choice(page):
    text = page.text
    for quiz in filter(lambda q: q.is_before_reading_on, page.quizzes()):
        explanation = AFTER_PREDICTION.match(text, quiz.end)
        assert explanation, f"no after-prediction block right after the quiz ending at {quiz.end}"
        wrong_choices = sum(len(q.choices) - len(q.correct) for q in quiz.questions)
        assert explanation["body"].count("**If you said") >= wrong_choices, explanation["body"]


@pytest.mark.parametrize("page", LESSONS, ids=page_id)
def test_every_lesson_has_its_graded_exercises(page):
    graded = [ide for ide in page.ides() if ide.is_graded]
    assert len(graded) >= GRADED_EXERCISES_WANTED.get(step_number(page), 1)


def _text_after_each_graded_editor(page):
    """For each graded editor, the page's text from its macro to the next heading."""
    text = page.text
    macros = [m for m in re.finditer(r"\{\{\s*IDEv?\(", text)]
    for ide, macro in zip(page.ides(), macros):
        if ide.is_graded:
            following = text[macro.end():]
            heading = re.search(r"^#{1,6} ", following, re.MULTILINE)
            yield ide, following[: heading.start() if heading else None]


@pytest.mark.parametrize("page", [p for p in PAGES if any(i.is_graded for i in p.ides())], ids=page_id)
def test_every_graded_exercise_is_followed_by_hints_that_open_one_at_a_time(page):
    for ide, following in _text_after_each_graded_editor(page):
        hints = [(len(m["indent"]), int(m["number"])) for m in HINT.finditer(following)]
        assert hints, f"{ide.path.name} has no hints after it"
        # Hint n+1 sits inside Hint n, so it only shows once Hint n is opened.
        assert hints == [(hints[0][0] + 4 * n, n + 1) for n in range(len(hints))], hints
        assert len(hints) <= 3


@pytest.mark.parametrize("page", LESSONS, ids=page_id)
def test_every_lesson_closes_with_its_result_and_key_insight(page):
    text = page.text
    result = re.search(r"^\*\*Result:\*\* \S", text, re.MULTILINE)
    insight = re.search(r"^\*\*Key insight:\*\* \S", text, re.MULTILINE)
    assert result and insight and result.start() < insight.start()
    last_editor = max((m.end() for m in re.finditer(r"\{\{\s*IDEv?\(", text)), default=0)
    assert result.start() > last_editor, "Result and Key insight close the lesson"
