"""PMT's IDE test page runs every IDE of the site with its worked solution: all must pass."""

import pytest

pytestmark = pytest.mark.browser

ALL_TESTS_TIMEOUT_MS = 600_000


def _count(page, name: str) -> int:
    return int(page.inner_text(f"#cnt-{name}").split()[0])


def test_every_ide_on_the_site_passes_with_its_solution(course):
    page = course.open("test_ides/")
    to_do = _count(page, "checked")
    assert to_do > 0, "the test page found no IDE to test"
    page.click("button[btn_kind='test_ides']")
    page.wait_for_function(
        """todo => ['success', 'failed'].reduce(
            (sum, name) => sum + parseInt(document.getElementById('cnt-' + name).textContent), 0
        ) >= todo""",
        arg=to_do,
        timeout=ALL_TESTS_TIMEOUT_MS,
    )
    failed = page.eval_on_selector_all(
        ".py_mk_test_element.failed, [class*='failed'] a", "nodes => nodes.map(n => n.textContent)"
    )
    assert (_count(page, "success"), _count(page, "failed")) == (to_do, 0), failed
