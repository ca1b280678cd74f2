"""The structure every page of the course promises, read from the Markdown and the built pages
(no browser): each lesson opens with a "Before reading on" question whose explanation follows it
and answers every wrong choice, has its graded exercises with hints and explanations, and closes
with its Result and Key insight; every editor on the site shows an exercise file that exists."""

from __future__ import annotations

import re

import pytest

from tools.course_pages import nav_pages

PAGES = nav_pages()
LESSONS = [page for page in PAGES if page.is_lesson]
GRADED = [(page, ide) for page in PAGES for ide in page.ides() if ide.is_graded]

# The issue asks for two graded exercises in steps 2, 4, 5 and 6, and one in the others.
GRADED_EXERCISES_WANTED = {2: 2, 4: 2, 5: 2, 6: 2}

# In the built page: a "Before reading on" quiz (PMT's admonition), and the explanation after it.
BEFORE_READING_ON = re.compile(r'<div class="admonition [^"]*\bbefore-reading-on\b[^"]*">')
AFTER_PREDICTION = re.compile(r'\s*(?=<div class="after-prediction">)')
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
def test_every_lesson_opens_with_a_before_reading_on_question(page):
    quizzes = page.quizzes()
    assert quizzes and quizzes[0].is_before_reading_on


def div_end(html: str, start: int) -> int:
    """Where the <div> that opens at `start` closes, nested divs included."""
    depth = 0
    for tag in re.finditer(r"<(/?)div\b[^>]*>", html[start:]):
        depth += -1 if tag[1] else 1
        if depth == 0:
            return start + tag.end()
    raise AssertionError(f"the <div> at {start} never closes")


@pytest.mark.parametrize("page", [p for p in PAGES if any(q.is_before_reading_on for q in p.quizzes())],
                         ids=page_id)
def test_every_before_reading_on_explanation_follows_its_question_and_answers_each_wrong_choice(
        page, built_site):
    assert built_site.returncode == 0, built_site.log[-4000:]
    article = page.built_article(built_site.site_dir)
    quizzes = list(BEFORE_READING_ON.finditer(article))
    assert len(quizzes) == sum(q.is_before_reading_on for q in page.quizzes())
    for quiz in quizzes:
        quiz_html = article[quiz.start():div_end(article, quiz.start())]
        follows = AFTER_PREDICTION.match(article, quiz.start() + len(quiz_html))
        assert follows, f"no after-prediction block right after the quiz {quiz_html[:300]}"
        explanation = article[follows.end():div_end(article, follows.end())]
        choices = quiz_html.count('<li class="py_mk_item_qcm"')
        right = sum(len(answers.split(",")) for answers in re.findall(r'correct="([\d,]+)"', quiz_html))
        assert choices > right > 0, quiz_html[:300]
        assert explanation.count("<strong>If you said") >= choices - right, explanation


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
def test_every_lesson_closes_with_its_result_and_key_insight(page, built_site):
    assert built_site.returncode == 0, built_site.log[-4000:]
    article = page.built_article(built_site.site_dir)
    result = re.search(r"<p><strong>Result:</strong> \w", article)
    insight = re.search(r"<p><strong>Key insight:</strong> \w", article)
    assert result and insight and result.start() < insight.start()
    last_editor = max((m.end() for m in re.finditer(r'class="py_mk_ide\b', article)), default=0)
    assert result.start() > last_editor, "Result and Key insight close the lesson"
