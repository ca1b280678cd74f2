"""Read the course's pages as the tests need them: the navigation from mkdocs.yml, and on each
page its IDE macros (which exercise file each editor shows, in page order), its quizzes and
what the built site shows of it.

The page tests check the lesson structure from this, and the browser tests use it to know which
exercise file is behind the n-th editor of a page, since PMT does not say so in the page.
"""

from __future__ import annotations

import ast
import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from tools.exercise_files import ExerciseFile, parse
from tools.quiz_source import Quiz, quizzes_in

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"

# `{{ IDE('../../exercises/x/y', MAX=3) }}` or `{{ IDEv(...) }}`: PMT's editor macros.
IDE_MACRO = re.compile(r"\{\{\s*(?P<macro>IDEv?)\((?P<args>.*?)\)\s*\}\}", re.DOTALL)


class _IgnoreTags(yaml.SafeLoader):
    """mkdocs.yml names Python objects (`!!python/name:...`); the nav does not need them."""


_IgnoreTags.add_multi_constructor("tag:yaml.org,2002:python/", lambda loader, suffix, node: None)


def _call_arguments(args: str) -> tuple[list, dict]:
    """The literal arguments of a macro call, parsed as the Python call they look like."""
    call = ast.parse(f"f({args})", mode="eval").body
    return ([ast.literal_eval(arg) for arg in call.args],
            {kw.arg: ast.literal_eval(kw.value) for kw in call.keywords})


@dataclass(frozen=True)
class Ide:
    """One editor on a page: the exercise file it shows (None if the file is missing)."""

    path: Path
    options: dict
    exercise: ExerciseFile | None

    @property
    def is_graded(self) -> bool:
        return self.exercise is not None and self.exercise.is_graded


@dataclass(frozen=True)
class CoursePage:
    src: str  # relative to docs/, e.g. "lessons/1-basics.md"
    title: str

    @property
    def text(self) -> str:
        return (DOCS / self.src).read_text(encoding="utf-8")

    @property
    def url(self) -> str:
        """The page's address relative to the site root, as MkDocs builds it."""
        stem = self.src.removesuffix(".md")
        return "" if stem == "index" else stem.removesuffix("/index") + "/"

    @property
    def is_lesson(self) -> bool:
        return self.src.startswith("lessons/")

    def ides(self) -> list[Ide]:
        ides = []
        for match in IDE_MACRO.finditer(self.text):
            args, options = _call_arguments(match["args"])
            path = (DOCS / self.src).parent.joinpath(f"{args[0]}.py").resolve() if args else None
            exercise = parse(path) if path and path.is_file() else None
            ides.append(Ide(path, options, exercise))
        return ides

    def quizzes(self) -> list[Quiz]:
        return quizzes_in(DOCS / self.src)

    def built_article(self, site_dir: Path) -> str:
        """The page's content as MkDocs built it into site_dir: its <article>, without the
        navigation around it."""
        html = (site_dir / self.url / "index.html").read_text(encoding="utf-8")
        return html[html.index("<article"):html.index("</article>")]


def _walk(nav) -> list[CoursePage]:
    pages = []
    for entry in nav:
        for title, target in entry.items():
            pages += _walk(target) if isinstance(target, list) else [CoursePage(target, title)]
    return pages


def nav_pages() -> list[CoursePage]:
    """Every page of the navigation, in course order."""
    config = yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_IgnoreTags)
    return _walk(config["nav"])
