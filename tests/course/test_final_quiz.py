"""The final quiz, read from its Markdown: at least twelve questions from the whole course,
shuffled, each with its explanation, and each right answer backed by a test that shows
Django 5.2 behaving that way."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

from course_data.content import course
from tools.quiz_source import quizzes_in

ROOT = Path(__file__).resolve().parents[2]
QUIZ_PAGE = ROOT / "docs" / "beyond" / "final-quiz.md"

PART2 = "tests/course/test_beyond_claims_part2.py"
LESSONS = "tests/course/test_lesson_claims.py"
DISPATCHER = "tests/signals_core/test_dispatcher.py"

COURSE = course()

# For each question of the final quiz, named by its fragment in course_data/final_quiz_review.yml
# (which also gives the page it sends the learner back to): its right answers (fragments of those
# choices) and the tests that prove the right answer against real Django.
ANSWER_KEY = {
    "What is `created` in the receiver each time?": (
        ["`True`, then `False`"],
        [(PART2, "test_created_is_true_on_insert_false_on_update_and_pre_save_has_no_created")]),
    "Which of these receivers run?": (
        ["`@receiver(post_save, sender=Order)`", "with no sender"],
        [(PART2, "test_a_receiver_without_sender_hears_every_sender_and_sender_filters_the_others")]),
    "without `**kwargs`": (
        ["The first send raises `TypeError`"],
        [(PART2, "test_without_kwargs_the_first_send_fails_and_naming_every_argument_lasts_until_a_new_one"),
         (LESSONS, "test_without_the_debug_check_a_receiver_without_kwargs_fails_when_the_signal_is_sent"),
         (LESSONS, "test_django_in_debug_refuses_a_receiver_without_kwargs")]),
    "know about the receivers?": (
        ["Nothing"],
        [(LESSONS, "test_send_with_no_receiver_returns_an_empty_list")]),
    "What does `my_signal.send(sender=None, amount=5)` return?": (
        ["`(receiver, response)` pairs"],
        [(DISPATCHER, "test_send_calls_receivers_in_connection_order_and_returns_pairs")]),
    "How do you create your own signal": (
        ["`order_shipped = Signal()`"],
        [(LESSONS, "test_signal_no_longer_takes_providing_args")]),
    "When does `user.save()` return?": (
        ["After the receiver has finished"],
        [(PART2, "test_receivers_run_in_the_senders_thread_before_the_senders_call_returns")]),
    "the second one raises `ValueError`": (
        ["the third receiver does not run", "all three run"],
        [(DISPATCHER, "test_an_exception_stops_send_but_send_robust_carries_on")]),
    "ends with `instance.save()`": (
        ["until a `RecursionError`"],
        [(PART2, "test_a_post_save_receiver_that_always_saves_again_recurses_until_recursion_error")]),
    "`Article.objects.filter(pk=1).update(slug='new')`": (
        ["sends neither", "without looping"],
        [(LESSONS, "test_queryset_update_writes_without_sending_save_signals")]),
    "keeps the save fast": (
        ["`transaction.on_commit("],
        [(PART2, "test_on_commit_queues_the_task_after_the_commit_and_never_after_a_rollback"),
         (LESSONS, "test_send_returns_only_after_async_receivers_finished")]),
    "Can you count on the receiver running": (
        ["weak reference"],
        [(LESSONS, "test_weak_receivers_vanish_when_debug_is_off"),
         (LESSONS, "test_debug_keeps_inner_functions_and_lambdas_alive_but_not_a_dropped_objects_method")]),
    "What does `dispatch_uid` do?": (
        ["same id is ignored"],
        [(DISPATCHER, "test_dispatch_uid_deduplicates_different_functions"),
         (PART2, "test_one_file_imported_under_two_names_connects_twice_unless_dispatch_uid")]),
    "In which order does `send()` call them?": (
        ["`a`, `b`, then the async receiver"],
        [(LESSONS, "test_async_receivers_are_called_after_sync_ones_whatever_the_connection_order"),
         (LESSONS, "test_sync_receivers_are_called_in_the_order_they_were_registered")]),
    "recommend connecting receivers?": (
        ["`AppConfig.ready()`"],
        [(PART2, "test_django_imports_each_models_module_once_then_calls_the_apps_ready")]),
    "Which description fits Django signals best?": (
        ["The observer pattern"],
        [(PART2, "test_receivers_run_in_the_senders_thread_before_the_senders_call_returns")]),
}

EXPLANATION_AT_THE_END = re.compile(r'<span class="qcm-why">Why: [^<]+</span>$')


@pytest.fixture(scope="module")
def quiz():
    quizzes = quizzes_in(QUIZ_PAGE)
    assert len(quizzes) == 1, "the final quiz page should hold one quiz"
    return quizzes[0]


def _key_row(question):
    return ANSWER_KEY[COURSE.final_quiz_entry(question.text).fragment]


def test_the_final_quiz_has_at_least_twelve_questions(quiz):
    assert len(quiz.questions) >= 12


def test_the_final_quiz_is_shuffled_and_shows_the_answers_once_checked(quiz):
    assert quiz.options.get("shuffle") is True
    assert not quiz.options.get("hide"), "a hidden quiz would not show the right answers"


def test_every_question_ends_with_its_explanation(quiz):
    missing = [q.text[:60] for q in quiz.questions if not EXPLANATION_AT_THE_END.search(q.text)]
    assert missing == []


def test_every_question_has_distinct_choices_and_a_right_answer_among_them(quiz):
    for question in quiz.questions:
        assert len(set(question.choices)) == len(question.choices) >= 3, question.text[:60]
        assert question.correct and all(1 <= n <= len(question.choices) for n in question.correct)


def test_every_question_is_in_the_answer_key_once(quiz):
    fragments = [COURSE.final_quiz_entry(question.text).fragment for question in quiz.questions]
    assert sorted(fragments) == sorted(ANSWER_KEY), "one answer-key entry per question"


def test_the_right_answers_are_the_ones_the_answer_key_proves(quiz):
    for question in quiz.questions:
        right_fragments, _ = _key_row(question)
        marked = question.correct_choices
        assert len(marked) == len(right_fragments), question.text[:60]
        for fragment in right_fragments:
            assert sum(fragment in choice for choice in marked) == 1, (fragment, marked)
            assert sum(fragment in choice for choice in question.choices) == 1, fragment


def test_the_questions_cover_every_step_and_the_going_further_pages():
    taught = {entry.review.page for entry in COURSE.final_quiz_review}
    steps = {page for page in taught if page.startswith("lessons/")}
    assert len(steps) == 6 and any(page.startswith("beyond/") for page in taught)
    assert all((ROOT / "docs" / page).is_file() for page in taught)


def _test_functions(path: str) -> set[str]:
    tree = ast.parse((ROOT / path).read_text(encoding="utf-8"))
    return {node.name for node in tree.body if isinstance(node, ast.FunctionDef)}


def test_every_right_answer_names_an_existing_proof():
    missing = [(path, name) for _, proofs in ANSWER_KEY.values() for path, name in proofs
               if name not in _test_functions(path)]
    assert missing == []
