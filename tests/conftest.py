"""Fixtures shared by the whole suite: one strict build of the site per test session."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import pytest

from tools.local_site import build_site


@dataclass
class Build:
    site_dir: Path
    returncode: int
    log: str


@pytest.fixture(scope="session")
def built_site(tmp_path_factory) -> Build:
    """The site built once with `mkdocs build --strict`; browser tests all use this build."""
    site_dir = tmp_path_factory.mktemp("site")
    result = build_site(site_dir)
    return Build(site_dir, result.returncode, result.stdout + result.stderr)


def pytest_collection_modifyitems(items):
    """Run the browser tests last. Playwright's sync API keeps an asyncio event loop running in
    the main thread until the session ends, and under a running loop `asyncio.run()` refuses to
    start and Django refuses database queries (SynchronousOnlyOperation)."""
    items.sort(key=lambda item: item.get_closest_marker("browser") is not None)
