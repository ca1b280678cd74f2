"""The nine learning styles as a learner uses them: each page works, shows where the learner
stands, and still shows it after a reload; the home page lists them and its course map shows
each one's progress. (Their editors are also run and graded by test_course_pages.py and
test_grading.py, like every editor of the site.)"""

from __future__ import annotations

import datetime
import re

import pytest

from course_data.content import course as course_data
from tools.course_pages import nav_pages
from tools.exercise_files import EXERCISES, parse
from tools.page_grading import editor_with

pytestmark = pytest.mark.browser

STYLES = [page for page in nav_pages() if page.src.startswith("modes/")]
GRADED_IN_NAV = sum(ide.is_graded for page in nav_pages() for ide in page.ides())
DATA = course_data()


def progress(course) -> str:
    """The mode's own progress line, once its script has filled it in."""
    line = course.page.locator(".mode-progress .course-map-progress")
    course.page.wait_for_function(
        "() => document.querySelector('.mode-progress .course-map-progress').textContent.includes(' ')")
    return line.inner_text()


def map_progress(course, page_url: str) -> str:
    return course.page.locator(
        f".course-map-page[data-page='{page_url}'] .course-map-progress").inner_text()


def wait_for_progress(course, text: str) -> None:
    course.page.wait_for_function(
        "text => document.querySelector('.mode-progress .course-map-progress').textContent === text",
        arg=text)


def solve(course, exercise_name: str, code_section: str = "corr") -> bool:
    """Write the exercise's solution (or another section) where its starter is, then check."""
    exercise = parse(EXERCISES / f"{exercise_name}.py")
    editor = course.ide_of(exercise_name)
    course.bring_into_view(editor)
    course.paste_code(editor, editor_with(exercise, exercise.section(code_section)))
    return course.check(editor)


def answer(course, quiz_id: str, right: bool = True) -> None:
    correct = course.right_answers(quiz_id)
    chosen = correct if right else [next(i for i in course.quiz_items(quiz_id) if i not in correct)]
    course.choose(quiz_id, chosen)
    course.check_quiz(quiz_id)


# ---- Every learning style ----

@pytest.mark.parametrize("page", STYLES, ids=lambda page: page.src)
def test_each_learning_style_page_shows_the_learners_progress_without_console_errors(course, page):
    course.open(page.url, wait_for_pyodide=bool(page.ides()))
    assert re.search(r"\d", progress(course)), progress(course)
    assert course.console_errors == []


def test_the_home_page_offers_the_nine_styles_and_its_course_map_shows_where_you_stand(course):
    course.open("", wait_for_pyodide=False)
    styles = course.page.locator(".learning-styles > li > a")
    assert styles.all_inner_texts() == [page.title for page in STYLES]
    hrefs = styles.evaluate_all("links => links.map(a => a.href)")
    assert hrefs == [course.site_url + page.url for page in STYLES]
    assert map_progress(course, "modes/step-by-step/") == "0 of 6 lessons done"
    assert map_progress(course, "modes/debug-it/") == "0 of 8 programs fixed"
    assert map_progress(course, "modes/exercises/") == f"0 of {GRADED_IN_NAV} exercises solved"
    assert map_progress(course, "modes/self-test/") == f"0 of {len(DATA.final_quiz_review)} questions answered right"
    cards = len(DATA.takeaways) + len(DATA.pitfalls) + 4
    assert map_progress(course, "modes/review-cards/") == f"0 of {cards} cards reviewed · {cards} due now"


# ---- 1. Step by step ----

def test_a_lesson_done_counts_on_step_by_step_which_then_leads_to_the_next_one(course):
    course.open("lessons/1-basics/")
    assert solve(course, "lessons/step1_count_signups")
    for quiz in course.quiz_ids():
        answer(course, quiz)

    course.open("modes/step-by-step/", wait_for_pyodide=False)
    assert progress(course) == "1 of 6 lessons done"
    next_button = course.page.locator(".step-by-step-next")
    course.page.wait_for_function(
        "() => document.querySelector('.step-by-step-next').textContent.startsWith('Continue')")
    assert next_button.inner_text() == "Continue with 2. Connecting receivers"
    assert next_button.get_attribute("href").endswith("lessons/2-connecting-receivers/")

    course.reload(wait_for_pyodide=False)
    assert progress(course) == "1 of 6 lessons done"
    course.open("", wait_for_pyodide=False)
    assert map_progress(course, "modes/step-by-step/") == "1 of 6 lessons done"


# ---- 2. The tour ----

def test_the_tour_counts_questions_answered_and_examples_run_also_after_a_reload(course):
    course.open("modes/tour/")
    assert progress(course) == "0 of 8 questions answered and examples run"
    answer(course, course.quiz_ids("before-reading-on")[0])
    wait_for_progress(course, "1 of 8 questions answered and examples run")
    editor = course.ide_ids()[0]
    course.bring_into_view(editor)
    assert "welcome, ada!" in course.run(editor)
    wait_for_progress(course, "2 of 8 questions answered and examples run")

    course.reload()
    assert progress(course) == "2 of 8 questions answered and examples run"


# ---- 3. Predict first ----

def test_predict_first_explains_a_wrong_prediction_links_to_its_lesson_and_keeps_it(course):
    course.open("modes/predict-first/", wait_for_pyodide=False)
    quizzes = course.quiz_ids("before-reading-on")
    assert len(quizzes) == len(DATA.predictions) >= 10
    answer(course, quizzes[0], right=False)
    explanation = course.quiz(quizzes[0]).locator("xpath=following-sibling::*[1]")
    assert explanation.locator(".after-prediction-lead").inner_text() == "Not quite — here is why."
    source = explanation.get_by_role("link", name=DATA.predictions[0].taught_in.label)
    assert source.get_attribute("href").endswith("lessons/1-basics/")
    wait_for_progress(course, f"1 of {len(DATA.predictions)} predictions made")

    course.reload(wait_for_pyodide=False)
    assert progress(course) == f"1 of {len(DATA.predictions)} predictions made"
    assert "is-revealed" in explanation.get_attribute("class")


# ---- 4. Debug it, and 6. Exercises ----

def status_of(course, editor_id: str) -> str:
    return course.page.locator(f".exercise-row[data-editor='{editor_id}'] .exercise-status").inner_text()


def test_a_program_fixed_counts_and_the_exercise_list_shows_solved_tried_and_not_tried(course):
    course.open("modes/debug-it/")
    fixed, broken = course.ide_of("modes/debug_missing_kwargs"), course.ide_of("modes/debug_save_loop")
    assert solve(course, "modes/debug_missing_kwargs")
    assert not solve(course, "modes/debug_save_loop", "code")
    wait_for_progress(course, "1 of 8 programs fixed")
    course.reload()
    assert progress(course) == "1 of 8 programs fixed"

    course.open("modes/exercises/", wait_for_pyodide=False)
    assert course.page.locator(".exercise-row").count() == GRADED_IN_NAV
    assert progress(course) == f"1 of {GRADED_IN_NAV} exercises solved"
    assert status_of(course, fixed) == "Solved"
    assert status_of(course, broken) == "Tried"
    lesson_1 = course.page.locator(".exercise-row").first
    assert lesson_1.locator(".exercise-status").inner_text() == "Not tried"
    link = lesson_1.locator("a")
    assert link.inner_text() == "Your turn: count the sign-ups"
    assert link.get_attribute("href").endswith("lessons/1-basics/#your-turn-count-the-sign-ups")


# ---- 5. Playground ----

def test_the_playground_runs_each_call_in_its_terminal_and_shows_connections_and_trace(course):
    course.open("modes/playground/")
    system = course.ide_ids()[0]
    course.bring_into_view(system)
    assert "Nothing is connected yet." in course.run(system)
    terminal = course.standalone_terminal_ids()[0]
    page = course.page
    page.select_option("select[name=signal]", "order_placed")
    page.select_option("select[name=receiver]", "send_receipt")
    page.select_option("select[name=sender]", "Shop")
    course.click_and_wait_for_run("button[data-mode-item=connect]")
    shown = page.inner_text(f"#{terminal} .terminal-output").replace("\xa0", " ")
    assert ">>> order_placed.connect(send_receipt, sender=Shop)" in shown
    assert "send_receipt, for Shop" in page.locator(".playground-connections").inner_text()

    course.click_and_wait_for_run("button[data-mode-item=send]")
    assert page.locator(f"#dispatch-trace-{terminal}").evaluate("panel => panel.open")
    rows = [row["text"] for row in course.trace_rows(terminal)]
    assert any(text.startswith("send order_placed") for text in rows), rows
    assert any("send_receipt" in text and "receipt sent" in text for text in rows), rows
    wait_for_progress(course, "2 of 4 calls tried")

    course.reload()
    assert progress(course) == "2 of 4 calls tried"


# ---- 7. Self-test ----

def test_the_self_test_lists_what_to_review_for_the_wrong_answers_also_after_a_reload(course):
    course.open("modes/self-test/", wait_for_pyodide=False)
    [quiz] = course.quiz_ids()
    right = course.right_answers(quiz)
    missed = {0, 6}  # by position in the final quiz's source, as PMT numbers them
    questions_of = {item: int(item.split("-")[-2]) for item in course.quiz_items(quiz)}
    chosen = [item for item in right if questions_of[item] not in missed]
    chosen += [next(item for item, question in questions_of.items()
                    if question == number and item not in right) for number in sorted(missed)]
    course.choose(quiz, chosen)
    course.check_quiz(quiz)

    review = course.page.locator(".self-test-review")
    expected = [DATA.final_quiz_review[n].review.label.replace("`", "") for n in sorted(missed)]
    assert review.locator("li:not([hidden]) a").all_inner_texts() == expected
    assert review.locator(".self-test-review-lead").inner_text() == "You missed 2 of 16 questions. Review these:"
    wait_for_progress(course, "14 of 16 questions answered right")

    course.reload(wait_for_pyodide=False)
    assert review.locator("li:not([hidden]) a").all_inner_texts() == expected
    [quiz] = course.quiz_ids()
    course.restart_quiz(quiz)
    assert review.locator("li:not([hidden])").count() == 0
    assert review.locator(".self-test-review-lead").inner_text() == "Check the quiz to see what to review."


# ---- 8. Review cards ----

SCHEDULE = "assets/javascripts/modes/review_schedule.js"
DAY_MS = 24 * 3600 * 1000


def test_the_review_schedule_waits_longer_after_each_known_answer_and_little_after_a_miss(course):
    course.open("modes/review-cards/", wait_for_pyodide=False)
    result = course.page.evaluate("""async url => {
        const {reviewed, dueCards, nextDue, WAIT_AFTER_MISSED} = await import(url)
        const day = 24 * 3600 * 1000, minute = 60 * 1000
        const once = reviewed(undefined, true, 0)
        const known = reviewed(once, true, day)        // known twice in a row
        const slipped = reviewed(once, false, day)     // known once, then missed
        const states = {known, slipped}
        const cards = ['known', 'slipped', 'fresh']
        return {
            once, known, slipped, afterMiss: WAIT_AFTER_MISSED,
            dueAMinuteLater: dueCards(cards, states, day + minute),
            dueElevenMinutesLater: dueCards(cards, states, day + 11 * minute),
            dueFiveDaysLater: dueCards(cards, states, 5 * day),
            nextAfterAMinute: nextDue(cards, states, day + minute),
        }
    }""", course.site_url + SCHEDULE)
    assert result["once"] == {"box": 1, "due": DAY_MS, "reviews": 1}
    assert result["known"] == {"box": 2, "due": DAY_MS + 3 * DAY_MS, "reviews": 2}
    assert result["slipped"] == {"box": 0, "due": DAY_MS + result["afterMiss"], "reviews": 2}
    assert 0 < result["afterMiss"] <= 15 * 60 * 1000, "a missed card comes back in the same sitting"
    assert result["dueAMinuteLater"] == ["fresh"]
    assert result["dueElevenMinutesLater"] == ["slipped", "fresh"]
    assert result["dueFiveDaysLater"] == ["slipped", "known", "fresh"], "the longest overdue first"
    assert result["nextAfterAMinute"] == result["slipped"]["due"]


def review_one(course, knew: bool) -> str:
    """Turn the card on show and answer it; the id of that card."""
    current = course.page.locator(".review-current")
    card = current.get_attribute("data-card")
    course.page.get_by_role("button", name="Show the answer").click()
    assert current.locator(".review-card-back").is_visible()
    course.page.get_by_role("button", name="I knew it" if knew else "I did not know it").click()
    course.page.wait_for_function("card => document.querySelector('.review-current')?.dataset.card !== card",
                                  arg=card)
    return card


def due_line(course) -> str:
    return course.page.locator(".review-due").inner_text()


@pytest.mark.changes_the_browser
def test_a_card_known_comes_back_days_later_and_one_missed_minutes_later(course):
    cards = len(DATA.takeaways) + len(DATA.pitfalls) + 4
    start = datetime.datetime(2030, 3, 4, 9, 0)
    clock = course.page.context.clock
    clock.install(time=start)
    course.open("modes/review-cards/", wait_for_pyodide=False)
    assert due_line(course) == f"{cards} cards are due now ({cards} of them new)."
    known = review_one(course, knew=True)
    missed = review_one(course, knew=False)
    assert due_line(course) == f"{cards - 2} cards are due now ({cards - 2} of them new)."
    assert progress(course) == f"2 of {cards} cards reviewed · {cards - 2} due now"

    clock.set_system_time(start + datetime.timedelta(minutes=11))
    course.reload(wait_for_pyodide=False)
    assert due_line(course) == f"{cards - 1} cards are due now ({cards - 2} of them new)."
    assert course.page.locator(".review-current").get_attribute("data-card") == missed

    clock.set_system_time(start + datetime.timedelta(days=1, minutes=1))
    course.reload(wait_for_pyodide=False)
    assert due_line(course) == f"{cards} cards are due now ({cards - 2} of them new)."
    assert review_one(course, knew=True) == missed, "the longest overdue card comes first"
    assert course.page.locator(".review-current").get_attribute("data-card") == known


@pytest.mark.changes_the_browser
def test_with_every_card_reviewed_the_page_says_when_the_next_one_is_due(course):
    clock = course.page.context.clock
    clock.install(time=datetime.datetime(2030, 3, 4, 9, 0))
    course.open("modes/review-cards/", wait_for_pyodide=False)
    for _ in range(course.page.locator(".review-deck .review-card").count()):
        review_one(course, knew=True)
    assert course.page.locator(".review-current").count() == 0
    assert due_line(course).startswith("No card is due now. The next one is due on ")
    assert "2030" in due_line(course)


# ---- 9. Cheat sheet ----

def pdf_pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", pdf))


@pytest.mark.changes_the_browser
def test_the_cheat_sheet_prints_on_two_a4_pages_at_most_without_its_buttons(course):
    page = course.open("modes/cheat-sheet/", wait_for_pyodide=False)
    page.wait_for_selector(".rule-known")
    assert 1 <= pdf_pages(page.pdf(format="A4")) <= 2
    page.emulate_media(media="print")
    assert not page.locator(".rule-known").first.is_visible()
    assert not page.locator(".md-sidebar--primary").is_visible()
    assert page.locator("table").nth(1).is_visible()
    assert page.locator(".rules-of-thumb .rule").count() == len(DATA.takeaways)


def test_a_rule_marked_as_known_stays_marked_after_a_reload(course):
    course.open("modes/cheat-sheet/", wait_for_pyodide=False)
    button = course.page.locator(".rule-known").first
    assert button.get_attribute("aria-pressed") == "false"
    button.click()
    assert button.get_attribute("aria-pressed") == "true"
    wait_for_progress(course, f"1 of {len(DATA.takeaways)} rules marked as known")

    course.reload(wait_for_pyodide=False)
    assert course.page.locator(".rule-known").first.get_attribute("aria-pressed") == "true"
    assert progress(course) == f"1 of {len(DATA.takeaways)} rules marked as known"
