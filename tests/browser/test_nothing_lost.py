"""Nothing the learner did is lost: edited code survives a reload, a failed run and a crash of the
Python runtime; the editor's reset asks first; and when the browser will not store anything
(storage disabled or full) the page still works and says, once, that progress will not be kept."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.browser

LESSON_1 = "lessons/1-basics/"

STORAGE_FULL = """
Storage.prototype.setItem = function(){
  throw new DOMException("The quota has been exceeded.", "QuotaExceededError")
}"""

STORAGE_DISABLED = """
for(const name of ["localStorage", "sessionStorage"]){
  Object.defineProperty(window, name, {
    configurable: true,
    get(){ throw new DOMException("Access is denied for this document.", "SecurityError") },
  })
}"""

# Storage that fills up once the test sets `window.__storageFull`.
STORAGE_FILLS_UP_LATER = """
const setItem = Storage.prototype.setItem
Storage.prototype.setItem = function(...args){
  if(window.__storageFull) throw new DOMException("The quota has been exceeded.", "QuotaExceededError")
  return setItem.apply(this, args)
}"""


def first_editor(course) -> str:
    return course.ide_ids()[0]


def restored_code(course, editor: str) -> str:
    """The editor's code after a reload (PMT ends restored code with a line break)."""
    return course.code(editor).removesuffix("\n")


def test_code_typed_without_running_survives_a_reload(course):
    course.open(LESSON_1)
    editor = first_editor(course)
    course.type_code(editor, 'print("my own edit")')

    course.reload()
    assert restored_code(course, editor) == 'print("my own edit")'


def test_editors_left_untouched_are_not_saved_so_they_show_the_current_starter_code(course):
    course.open(LESSON_1)
    editors = course.ide_ids()
    course.reload()
    saved = course.page.evaluate(
        "ids => ids.map(id => JSON.parse(localStorage.getItem(id) || '{}').code || '')", editors
    )
    assert saved == [""] * len(editors)


def test_code_survives_a_failed_run(course):
    course.open(LESSON_1)
    editor = first_editor(course)
    code = 'print("before the error")\nraise ValueError("oops")'
    course.set_code(editor, code)
    assert "ValueError" in course.run(editor)

    course.reload()
    assert restored_code(course, editor) == code


def test_code_survives_a_crash_of_the_python_runtime(course):
    course.open(LESSON_1)
    editor = first_editor(course)
    course.type_code(editor, 'print("written before the crash")')
    runtime_dead = course.page.evaluate("""() => {
        try { pyodide._api.fatal_error(new Error('simulated crash of the runtime')) } catch(_) {}
        try { pyodide.runPython('1'); return false } catch(_) { return true }
    }""")
    assert runtime_dead
    course.console_errors.clear()     # the crash is logged, on purpose

    course.reload()
    assert restored_code(course, editor) == 'print("written before the crash")'


def test_reset_asks_before_discarding_edits_and_keeps_them_when_refused(course):
    course.open(LESSON_1)
    editor = first_editor(course)
    starter = course.code(editor)
    course.set_code(editor, 'print("my edits")')
    questions = []

    def answer(dialog, accept):
        questions.append(dialog.message)
        dialog.accept() if accept else dialog.dismiss()

    reset_button = f"#global_{editor} button[btn_kind='restart']"
    course.page.once("dialog", lambda dialog: answer(dialog, accept=False))
    course.page.click(reset_button)
    assert len(questions) == 1 and questions[0]
    assert course.code(editor) == 'print("my edits")'

    course.page.once("dialog", lambda dialog: answer(dialog, accept=True))
    course.page.click(reset_button)
    assert len(questions) == 2
    assert course.code(editor) == starter


def storage_notices(course) -> list[str]:
    return course.page.locator(".storage-notice").all_inner_texts()


def assert_page_works_without_keeping_progress(course):
    """Python runs, a quiz can be answered, and one notice says progress will not be kept."""
    editor = first_editor(course)
    course.set_code(editor, 'print("still running", 6 * 7)')
    assert "still running 42" in course.run(editor)

    quiz = course.quiz_ids("before-reading-on")[0]
    right = course.right_answers(quiz)
    course.choose(quiz, right)
    course.check_quiz(quiz)
    assert {item for item, marks in course.item_marks(quiz).items() if "correct" in marks} == set(right)

    notices = storage_notices(course)
    assert len(notices) == 1, notices
    assert "will not be kept" in notices[0]
    assert course.page.locator(".storage-notice").is_visible()
    assert course.console_errors == []


@pytest.mark.changes_the_browser
def test_with_storage_disabled_the_page_works_and_says_progress_is_not_kept(course):
    course.page.context.add_init_script(STORAGE_DISABLED)
    course.open(LESSON_1)
    assert_page_works_without_keeping_progress(course)


@pytest.mark.changes_the_browser
def test_with_storage_full_the_page_works_and_says_progress_is_not_kept(course):
    course.page.context.add_init_script(STORAGE_FULL)
    course.open(LESSON_1)
    assert_page_works_without_keeping_progress(course)


@pytest.mark.changes_the_browser
def test_when_storage_fills_up_while_learning_the_notice_appears_and_runs_go_on(course):
    course.page.context.add_init_script(STORAGE_FILLS_UP_LATER)
    course.open(LESSON_1)
    assert storage_notices(course) == []

    course.page.evaluate("window.__storageFull = true")
    editor = first_editor(course)
    course.set_code(editor, 'print("after the storage filled up")')
    assert "after the storage filled up" in course.run(editor)
    assert len(storage_notices(course)) == 1
    assert course.code(editor) == 'print("after the storage filled up")'


@pytest.mark.changes_the_browser
def test_with_storage_full_code_saved_earlier_is_still_shown(course):
    course.open(LESSON_1)
    editor = first_editor(course)
    course.type_code(editor, 'print("saved while there was room")')

    course.page.context.add_init_script(STORAGE_FULL)
    course.reload()
    assert restored_code(course, editor) == 'print("saved while there was room")'
    assert len(storage_notices(course)) == 1


def test_when_storage_works_no_notice_is_shown(course):
    course.open(LESSON_1)
    editor = first_editor(course)
    course.set_code(editor, 'print("saved")')
    course.run(editor)
    assert storage_notices(course) == []
