"""A run's output is capped and reaches the terminal in one piece when the code returns
(course_runtime/output.py), whatever the learner's code prints it with."""

from __future__ import annotations

from course_runtime.output import chunks_of_lines

PRINTS = """\
import sys
print("a", 1, None)
print("b", "c", sep="-", end="!")
print("d", sep=None, end=None)
print()
sys.stdout.write("written\\n")
print("to stderr", file=sys.stderr)
"""


def test_under_its_limits_a_run_shows_exactly_what_python_prints_to_both_streams(page):
    outcome = page.run(PRINTS)
    assert outcome.error is None
    assert outcome.printed == "a 1 None\nb-c!d\n\nwritten\nto stderr\n"


def test_a_flood_keeps_the_first_lines_then_says_once_that_the_rest_is_cut(page):
    printed = page.run("for n in range(100_000):\n    print(n)\n", max_lines=3).printed
    lines = printed.splitlines()
    assert lines[:3] == ["0", "1", "2"]
    assert len(lines) == 4 and lines[3].startswith("[output cut:") and "3 lines" in lines[3]


def test_one_huge_string_is_cut_to_the_character_limit(page):
    first, notice = page.run("print('x' * 10**6)", max_chars=50).printed.splitlines()
    assert first == "x" * 50 and notice.startswith("[output cut:")


def test_a_flood_through_stderr_or_write_is_capped_too(page):
    source = "import sys\nfor n in range(10_000):\n    sys.stderr.write(f'{n}\\n')\n    sys.stdout.write('.')\n"
    assert page.run(source, max_lines=5).printed.count("\n") == 6


def test_printing_to_another_file_is_not_the_runs_output(page):
    outcome = page.run("import io\nfile = io.StringIO()\nprint('to a file', file=file)\nprint(file.getvalue(), end='')")
    assert outcome.printed == "to a file\n"


def test_print_refuses_what_python_refuses(page):
    assert "sep must be None or a string, not int" in page.run("print(1, sep=2)").traceback


def test_kept_output_reaches_the_terminal_in_whole_lines_below_the_terminal_shortener():
    text = "".join(f"line {n}\n" for n in range(2000))
    chunks = chunks_of_lines(text, 1000)
    assert "".join(chunks) == text
    assert all(len(chunk) <= 1000 and chunk.endswith("\n") for chunk in chunks)
