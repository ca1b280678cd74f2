"""Browser fixtures: the built site served on 127.0.0.1 under a sub-path, and Debian's Chromium
driven by Playwright. Every request the browser makes is checked: anything that leaves the local
origin is blocked and fails the test that caused it.

Most tests use one browser tab for the whole session, as a learner going from page to page does,
with the site's storage emptied before each test: a first visit, without paying for a new
browser process and its Python start-up on every test (a new tab costs about 2 s more). Tests
that change the browser itself (a fake clock, an init script, print media, a handler of the
page's events) are marked `changes_the_browser` and get a browser context of their own."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import CDPSession, Page, sync_playwright

from tools.local_site import launch_chromium, serve

from .pmt import CoursePage

DESKTOP = {"width": 1280, "height": 900}


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


def origin_of(site_url: str) -> str:
    return "{0.scheme}://{0.netloc}".format(urlsplit(site_url))


def block_foreign_requests(context, site_url: str) -> list[str]:
    """Abort every request of the context that leaves the site's origin; return the list they
    are recorded in."""
    origin = origin_of(site_url) + "/"
    foreign_requests: list[str] = []

    def only_local(route):
        if route.request.url.startswith(origin):
            route.continue_()
        else:
            foreign_requests.append(route.request.url)
            route.abort()

    context.route("**/*", only_local)
    return foreign_requests


def new_context(browser, site_url: str):
    """A fresh browser context (empty cache and storage) at a desktop's size, with the list its
    requests to other hosts are recorded in."""
    context = browser.new_context(viewport=DESKTOP, color_scheme="light")
    return context, block_foreign_requests(context, site_url)


@dataclass
class Tab:
    """The session's browser tab, and the requests to other hosts it made so far."""
    page: Page
    cdp: CDPSession
    site_url: str
    foreign_requests: list[str]

    @contextmanager
    def first_visit(self) -> Iterator[CoursePage]:
        """The tab on a blank page, at a desktop's size, with what the site stored in the browser
        deleted (the tab's session storage stays: only Material keeps facts there); no request
        to another host may happen before the block ends."""
        requests_before = len(self.foreign_requests)
        self.page.goto("about:blank")
        self.cdp.send("Storage.clearDataForOrigin",
                      {"origin": origin_of(self.site_url), "storageTypes": "all"})
        self.page.set_viewport_size(DESKTOP)
        course = CoursePage(self.page, self.site_url)
        yield course
        course.stop_recording()
        assert self.foreign_requests[requests_before:] == [], "the page made requests to other hosts"


@pytest.fixture(scope="session")
def tab(browser, site_url):
    context, foreign_requests = new_context(browser, site_url)
    page = context.new_page()
    yield Tab(page, context.new_cdp_session(page), site_url, foreign_requests)
    context.close()


@pytest.fixture
def course(request, tab, browser, site_url):
    """The course as on a learner's first visit (nothing stored): in the session's tab, or in
    a fresh browser context of its own for a test marked `changes_the_browser`."""
    if request.node.get_closest_marker("changes_the_browser"):
        context, foreign_requests = new_context(browser, site_url)
        yield CoursePage(context.new_page(), site_url)
        context.close()
        assert foreign_requests == [], "the page made requests to other hosts"
    else:
        with tab.first_visit() as course:
            yield course


def page_id(page) -> str:
    return page.url or "home"


@pytest.fixture(scope="session")
def opened_page(request, tab):
    """One course page (the tools.course_pages.CoursePage given as the parameter), opened and
    fully built in the session's tab on a first visit, with the exercise behind each of its
    editors: [(editor id, Ide), ...] in page order. Session-scoped so that the accessibility,
    example and grading tests of a page all share one load of it (pytest groups them)."""
    page = request.param
    with tab.first_visit() as course:
        course.open_ready(page.url)
        yield course, list(zip(course.ide_ids(), page.ides(), strict=True))


@pytest.fixture
def learner(opened_page):
    """The page of `opened_page`, back at a desktop's size if a test left it at a phone's."""
    course, editors = opened_page
    course.resize(**DESKTOP)
    return course, editors
