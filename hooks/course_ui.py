"""Load the course's learner-facing scripts on every page, each where its job needs it:

- storage_guard.js first in <head>, before Material and PMT read or write the browser's storage,
  so a disabled or full storage can't break them;
- course_ui.js (quizzes, editors and terminals for the keyboard and screen readers, course map,
  "progress not kept" notice) just before PMT's overlord.js: module scripts run in document
  order, so it runs after PMT's quiz, IDE and terminal classes are defined and before PMT
  builds the page's quizzes, IDEs and terminals from them."""

from __future__ import annotations

import re

from site_paths import relative_root

STORAGE_GUARD = "assets/javascripts/storage_guard.js"
COURSE_UI = "assets/javascripts/course_ui.js"

HEAD_OPEN = re.compile(r"<head[^>]*>")
OVERLORD_TAG = re.compile(r'<script [^>]*src="[^"]*js-scripts/overlord\.js"')


def on_post_page(output: str, page, config, **_) -> str:
    root = relative_root(page)
    overlord = OVERLORD_TAG.search(output)
    head = HEAD_OPEN.search(output)
    if not overlord or not head:
        raise ValueError(f"{page.file.src_uri}: no <head> or no PMT overlord.js script to load "
                         "the course UI scripts next to")
    output = (output[:overlord.start()]
              + f'<script type="module" src="{root}/{COURSE_UI}"></script>\n'
              + output[overlord.start():])
    return (output[:head.end()]
            + f'\n<script src="{root}/{STORAGE_GUARD}"></script>'
            + output[head.end():])
