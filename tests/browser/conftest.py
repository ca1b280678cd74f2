"""Browser fixtures: the built site served on 127.0.0.1 under a sub-path, and Debian's Chromium
driven by Playwright. Every request the browser makes is checked: anything that leaves the local
origin is blocked and fails the test that caused it."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from playwright.sync_api import sync_playwright

from tools.local_site import launch_chromium, serve

from .pmt import CoursePage


@pytest.fixture(scope="session")
def site_url(built_site):
    assert built_site.returncode == 0, built_site.log[-4000:]
    with serve(built_site.site_dir) as url:
        yield url


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = launch_chromium(playwright)
        yield browser
        browser.close()


def block_foreign_requests(context, site_url: str) -> list[str]:
    """Abort every request of the context that leaves the site's origin; return the list they
    are recorded in."""
    origin = "{0.scheme}://{0.netloc}/".format(urlsplit(site_url))
    foreign_requests: list[str] = []

    def only_local(route):
        if route.request.url.startswith(origin):
            route.continue_()
        else:
            foreign_requests.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    return foreign_requests


@pytest.fixture
def course(browser, site_url):
    """A fresh browser context (empty cache and storage) on the local site."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    foreign_requests = block_foreign_requests(context, site_url)
    yield CoursePage(context.new_page(), site_url)
    context.close()
    assert foreign_requests == [], "the page made requests to other hosts"


def page_id(page) -> str:
    return page.url or "home"


@pytest.fixture(scope="module")
def learner(request, browser, site_url):
    """One course page (the CoursePage given as the test's parameter), opened in a fresh browser
    context, with the exercise behind each of its editors: [(editor id, Ide), ...] in page order."""
    page = request.param
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    foreign_requests = block_foreign_requests(context, site_url)
    course = CoursePage(context.new_page(), site_url)
    course.open(page.url)
    editors = list(zip(course.ide_ids(), page.ides(), strict=True))
    yield course, editors
    context.close()
    assert foreign_requests == [], "the page made requests to other hosts"
