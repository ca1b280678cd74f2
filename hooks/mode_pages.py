"""Give each learning-style page (front matter `mode: <name>`) the script that makes it work,
and only that page: assets/javascripts/modes/<name>.js, when the mode has one (a mode made of
lessons' own quizzes and exercises needs none)."""

from __future__ import annotations

from pathlib import Path

from site_paths import relative_root

SCRIPTS = "assets/javascripts/modes"


def on_post_page(output: str, page, config, **_) -> str:
    mode = page.meta.get("mode")
    if not mode or not (Path(config["docs_dir"]) / SCRIPTS / f"{mode}.js").is_file():
        return output
    tag = f'<script type="module" src="{relative_root(page)}/{SCRIPTS}/{mode}.js"></script>'
    return output.replace("</body>", tag + "\n</body>", 1)
