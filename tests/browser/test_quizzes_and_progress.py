"""Quizzes as the learner meets them: a "Before reading on" explanation that opens only once
answered (with a "Not quite" lead after a wrong answer), per-question "Why" lines shown once the
quiz is checked, answers that survive a reload, and the course map on the home page showing
what was solved and answered."""

from __future__ import annotations

import re

import pytest

from tools.exercise_files import EXERCISES, parse

pytestmark = pytest.mark.browser

LESSON_1 = "lessons/1-basics/"
LESSON_1_EXERCISE = "lessons/step1_count_signups"
FINAL_QUIZ = "beyond/final-quiz/"


def page_with_at_least(built_site, marker: str, count: int) -> str:
    """The address of the first built page whose HTML holds `marker` at least `count` times."""
    for path in sorted(built_site.site_dir.rglob("index.html")):
        if path.read_text(encoding="utf-8").count(marker) >= count:
            folder = path.relative_to(built_site.site_dir).parent.as_posix()
            return "" if folder == "." else folder + "/"
    raise AssertionError(f"no page of the site has {count} × {marker!r}")


def explanation_after(course, quiz_id: str):
    return course.quiz(quiz_id).locator("xpath=following-sibling::*[1][contains(@class, 'after-prediction')]")


def explanation_is_open(course, quiz_id: str) -> bool:
    explanation = explanation_after(course, quiz_id)
    return "is-revealed" in explanation.get_attribute("class") and explanation.locator("p").last.is_visible()


def waiting_line(course, quiz_id: str) -> str:
    """The text site.css shows in place of a closed explanation."""
    return explanation_after(course, quiz_id).evaluate("el => getComputedStyle(el, '::before').content")


def wrong_answer(course, quiz_id: str, right: list[str]) -> str:
    return next(item for item in course.quiz_items(quiz_id) if item not in right)


# ---- Before reading on ----

def test_before_reading_on_explanation_stays_closed_until_a_right_answer_opens_it(course):
    course.open(LESSON_1, wait_for_pyodide=False)
    quiz = course.quiz_ids("before-reading-on")[0]
    assert not explanation_is_open(course, quiz)
    assert "Answer the question above" in waiting_line(course, quiz)

    right = course.right_answers(quiz)
    assert not explanation_is_open(course, quiz), "restarting the quiz closes the explanation again"
    course.choose(quiz, right)
    course.check_quiz(quiz)

    assert explanation_is_open(course, quiz)
    lead = explanation_after(course, quiz).locator(".after-prediction-lead")
    assert lead.inner_text() == "Right! Here is why."


def test_a_wrong_prediction_opens_the_explanation_with_a_not_quite_lead(course):
    course.open(LESSON_1, wait_for_pyodide=False)
    quiz = course.quiz_ids("before-reading-on")[0]
    course.choose(quiz, [wrong_answer(course, quiz, course.right_answers(quiz))])
    course.check_quiz(quiz)

    assert explanation_is_open(course, quiz)
    lead = explanation_after(course, quiz).locator(".after-prediction-lead")
    assert lead.inner_text() == "Not quite — here is why."
    assert "is-wrong" in lead.get_attribute("class")
    assert "incorrect" in set().union(*course.item_marks(quiz).values())


def test_each_before_reading_on_explanation_opens_on_its_own(course, built_site):
    course.open(page_with_at_least(built_site, "before-reading-on", 2), wait_for_pyodide=False)
    first, second, *_ = course.quiz_ids("before-reading-on")
    course.choose(first, course.right_answers(first))
    course.check_quiz(first)

    assert explanation_is_open(course, first)
    assert not explanation_is_open(course, second)


# ---- Per-question explanations ----

def test_why_lines_stay_hidden_until_the_quiz_is_checked(course):
    course.open(LESSON_1, wait_for_pyodide=False)
    quiz = next(q for q in course.quiz_ids() if course.quiz(q).locator(".qcm-why").count())
    why = course.quiz(quiz).locator(".qcm-why")
    assert not any(why.nth(i).is_visible() for i in range(why.count()))

    course.check_quiz(quiz)
    assert all(why.nth(i).is_visible() for i in range(why.count()))
    assert why.first.inner_text().startswith("Why:")

    course.restart_quiz(quiz)
    assert not why.first.is_visible()


# ---- Quiz memory ----

def test_a_quiz_answered_right_stays_answered_and_marked_right_after_a_reload(course):
    course.open(LESSON_1, wait_for_pyodide=False)
    quiz = course.quiz_ids("before-reading-on")[0]
    right = course.right_answers(quiz)
    course.choose(quiz, right)
    course.check_quiz(quiz)

    course.reload(wait_for_pyodide=False)
    marks = course.item_marks(quiz)
    assert {item for item, m in marks.items() if "correct" in m} == set(right)
    assert not any({"incorrect", "missed"} & m for m in marks.values())
    assert explanation_is_open(course, quiz), "the explanation stays open after a reload"


def test_a_multi_question_quiz_keeps_its_score_after_a_reload(course):
    course.open(LESSON_1, wait_for_pyodide=False)
    quiz = next(q for q in course.quiz_ids() if course.quiz(q).locator("li.py_mk_question_qcm").count() > 1)
    questions = course.quiz(quiz).locator("li.py_mk_question_qcm").count()
    right = course.right_answers(quiz)
    course.choose(quiz, right[1:])              # the first question left unanswered
    course.check_quiz(quiz)
    score = f"{questions - 1}/{questions}"
    assert course.quiz_score(quiz) == score

    course.reload(wait_for_pyodide=False)
    assert course.quiz_score(quiz) == score
    assert "missed" in course.item_marks(quiz)[right[0]]


def test_the_shuffled_final_quiz_keeps_its_answers_and_score_after_a_reload(course):
    course.open(FINAL_QUIZ, wait_for_pyodide=False)
    quiz = course.quiz_ids()[0]
    questions = course.quiz(quiz).locator("li.py_mk_question_qcm").count()
    right = course.right_answers(quiz)
    skipped_question = right[0].rsplit("-", 1)[0]       # item ids are "<question id>-<n>"
    course.choose(quiz, [item for item in right if not item.startswith(skipped_question + "-")])
    course.check_quiz(quiz)
    score = f"{questions - 1}/{questions}"
    assert course.quiz_score(quiz) == score
    marks = course.item_marks(quiz)

    course.reload(wait_for_pyodide=False)
    assert course.quiz_score(quiz) == score
    assert course.item_marks(quiz) == marks


def test_chosen_answers_not_yet_checked_survive_a_reload(course):
    course.open(LESSON_1, wait_for_pyodide=False)
    quiz = course.quiz_ids("before-reading-on")[0]
    choice = course.quiz_items(quiz)[-1]
    course.choose(quiz, [choice])

    course.reload(wait_for_pyodide=False)
    assert course.item_marks(quiz)[choice] == {"checked"}
    assert not explanation_is_open(course, quiz)


def test_restarting_a_quiz_forgets_its_saved_answers(course):
    course.open(LESSON_1, wait_for_pyodide=False)
    quiz = course.quiz_ids("before-reading-on")[0]
    course.choose(quiz, course.right_answers(quiz))
    course.check_quiz(quiz)
    course.restart_quiz(quiz)

    course.reload(wait_for_pyodide=False)
    assert all(marks == set() for marks in course.item_marks(quiz).values())
    assert not explanation_is_open(course, quiz)


# ---- Course map ----

def map_progress(course, page: str) -> str:
    return course.page.locator(f".course-map-page[data-page='{page}'] .course-map-progress").inner_text()


def test_course_map_lists_the_navigation_pages_in_course_order(course):
    page = course.open("", wait_for_pyodide=False)
    nav_links = page.eval_on_selector_all(
        ".md-nav--primary .md-nav__item--section .md-nav__link[href]",
        "links => links.map(a => a.href)",
    )
    map_links = page.eval_on_selector_all(".course-map-page > a", "links => links.map(a => a.href)")
    assert map_links == nav_links
    assert page.locator(".course-map-section").all_inner_texts()[:2] == [
        "Learn, step by step", "Going further"
    ]


def test_course_map_shows_an_exercise_solved_in_a_lesson(course):
    exercise = parse(EXERCISES / f"{LESSON_1_EXERCISE}.py")
    course.open("", wait_for_pyodide=False)
    assert re.search(r"\b0 of 1 exercise solved", map_progress(course, LESSON_1))

    course.open(LESSON_1)
    editor = next(ide for ide in course.ide_ids()
                  if course.page.locator(f"#global_{ide} button[btn_kind='check']").count())
    course.set_code(editor, exercise.section("corr"))
    course.click_and_wait_for_run(f"#global_{editor} button[btn_kind='check']")

    course.open("", wait_for_pyodide=False)
    assert re.search(r"\b1 of 1 exercise solved", map_progress(course, LESSON_1))


def test_course_map_shows_answered_quizzes_and_their_score(course):
    course.open(LESSON_1, wait_for_pyodide=False)
    quizzes = course.quiz_ids()
    scored = next(q for q in quizzes if course.quiz(q).locator("li.py_mk_question_qcm").count() > 1)
    questions = course.quiz(scored).locator("li.py_mk_question_qcm").count()
    course.choose(scored, course.right_answers(scored))
    course.check_quiz(scored)

    course.open("", wait_for_pyodide=False)
    progress = map_progress(course, LESSON_1)
    assert f"1 of {len(quizzes)} quizzes answered" in progress
    assert f"score {questions}/{questions}" in progress
