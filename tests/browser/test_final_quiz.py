"""The final quiz as a learner takes it: shuffled, scored, explained, and still scored after a
reload of the page."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools.quiz_source import quizzes_in

pytestmark = pytest.mark.browser

FINAL_QUIZ = "beyond/final-quiz/"
QUESTIONS_IN_SOURCE = len(
    quizzes_in(Path(__file__).resolve().parents[2] / "docs" / "beyond" / "final-quiz.md")[0].questions
)


def _only_quiz(course) -> str:
    quiz_ids = course.quiz_ids()
    assert len(quiz_ids) == 1
    return quiz_ids[0]


def _why_lines_visible(course, quiz_id: str) -> list[bool]:
    why = course.quiz(quiz_id).locator(".qcm-why")
    return [why.nth(i).is_visible() for i in range(why.count())]


def test_answering_the_final_quiz_right_shows_the_full_score_also_after_a_reload(course):
    course.open(FINAL_QUIZ, wait_for_pyodide=False)
    quiz = _only_quiz(course)
    course.choose(quiz, course.right_answers(quiz))
    course.check_quiz(quiz)
    full_score = f"{QUESTIONS_IN_SOURCE}/{QUESTIONS_IN_SOURCE}"
    assert course.quiz_score(quiz) == full_score
    assert _why_lines_visible(course, quiz) == [True] * QUESTIONS_IN_SOURCE

    course.reload(wait_for_pyodide=False)
    quiz = _only_quiz(course)
    assert course.quiz_score(quiz) == full_score
    assert _why_lines_visible(course, quiz) == [True] * QUESTIONS_IN_SOURCE


def test_the_final_quiz_shows_its_questions_in_a_shuffled_order(course):
    course.open(FINAL_QUIZ, wait_for_pyodide=False)
    quiz = _only_quiz(course)
    # PMT gives each question the id "<quiz id>-<its position in the source>".
    positions = course.quiz(quiz).locator("li.py_mk_question_qcm").evaluate_all(
        "questions => questions.map(q => Number(q.id.split('-').pop()))"
    )
    assert sorted(positions) == list(range(QUESTIONS_IN_SOURCE))
    assert positions != sorted(positions)  # 1 chance in 16! of a false alarm
