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
