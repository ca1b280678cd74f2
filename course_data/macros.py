"""The macros that put the course data on pages (mkdocs-macros' `define_env`, loaded through
PMT's pyodide_macros plugin, which extends mkdocs-macros: `module_name: course_data` in
mkdocs.yml).

Quizzes are PMT's own `multi_qcm`, called from these macros, so they look, behave and are
remembered exactly as the quizzes written on the pages. Links in the data are rendered as
Markdown links relative to the page, so MkDocs checks and rewrites them like any other.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from .cards import review_cards
from .content import Takeaway, course
from .links import links_from
from .quiz_calls import BEFORE_READING_ON, quizzes_in

FINAL_QUIZ_PAGE = "beyond/final-quiz.md"


def define_env(env):
    course.cache_clear()      # `mkdocs serve` rebuilds in the same process: read edits again
    data = course()
    multi_qcm = env.macros["multi_qcm"]

    # The macros that render PMT quizzes take the indentation of their call, so they also work
    # indented (inside an admonition or a content tab): mkdocs.yml lists them under PMT's
    # `build.macros_with_indents`, which PMT requires of such macros.
    def quiz(*questions, **options) -> str:
        """PMT's multi_qcm, called from one of our macros. PMT indents each multi_qcm call as
        its call is indented in the page's source, from a list of calls it read there
        beforehand (MaestroIndent._indents_store); a call made by a macro is not in that list,
        so it is given the indentation of the macro that makes it."""
        env._indents_store.append(("multi_qcm", len(env.get_macro_indent())))
        return multi_qcm(*questions, **options)

    def page_src() -> str:
        return env.page.file.src_uri

    def text(markdown: str) -> str:
        """A Markdown text of the data, its links made relative to this page."""
        return links_from(markdown, page_src())

    def after_prediction(prediction, with_source: bool) -> str:
        source = ""
        if with_source:
            source = f"\n\nWhere the course shows it: {prediction.taught_in.markdown_from(page_src())}."
        return ('<div class="after-prediction" markdown>\n\n'
                f"{text(prediction.explanation_for(page_src()))}{source}\n\n</div>")

    def prediction_block(prediction_id: str, with_source: bool) -> str:
        prediction = data.prediction(prediction_id)
        rendered = quiz([prediction.question, prediction.choices, prediction.answer], **BEFORE_READING_ON)
        return rendered + env.indent_macro("\n\n" + after_prediction(prediction, with_source) + "\n")

    @env.macro
    def before_reading_on(prediction_id: str, with_source: bool = False) -> str:
        """A question asked before its answer is taught, then its explanation, which opens
        once the learner has answered (quiz_explanations.js). `with_source` adds a link to
        where the course teaches it."""
        return prediction_block(prediction_id, with_source)

    @env.macro
    def prediction_sequence() -> str:
        """Every prediction of the course, in course order, each under a heading of its own."""
        blocks = []
        for number, prediction in enumerate(data.predictions, 1):
            blocks.append(env.indent_macro(f"\n\n## {number}. {prediction.taught_in.label}\n"))
            blocks.append(prediction_block(prediction.id, with_source=True))
        return "".join(blocks)

    @env.macro
    def step_result(step: int) -> str:
        """A lesson's closing lines: its Result and its Key insight."""
        result = data.step_result(step)
        return f"**Result:** {result.result}\n\n**Key insight:** {result.key_insight}"

    @env.macro
    def self_test() -> str:
        """The final quiz's questions, as its page has them, then the list of what to review,
        one entry per question, which self_test.js opens for the questions answered wrong."""
        final_quiz = quizzes_in(Path(env.conf["docs_dir"]) / FINAL_QUIZ_PAGE)[0]
        questions = final_quiz.questions
        rendered = quiz(*([q.text, q.choices, q.correct] for q in questions),
                        **{name: final_quiz.options[name] for name in ("multi", "shuffle")
                           if name in final_quiz.options},
                        qcm_title="Self-test")
        reviews = [data.final_quiz_entry(question.text).review for question in questions]
        items = "\n".join(
            f'<li data-question="{number}" data-mode-item="question-{number}" hidden markdown>'
            f'{review.markdown_from(page_src())}</li>'
            for number, review in enumerate(reviews))
        answers = html.escape(json.dumps([question.correct for question in questions]))
        block = (f'\n\n<div class="self-test-review" data-answers="{answers}" aria-live="polite" markdown>\n\n'
                 '<p class="self-test-review-lead">Check the quiz to see what to review.</p>\n\n'
                 f'<ul markdown>\n{items}\n</ul>\n\n</div>\n')
        return rendered + env.indent_macro(block)

    @env.macro
    def review_deck() -> str:
        """Every review card, readable as a plain list; review_cards.js deals them one at a
        time, as they fall due."""
        cards = []
        for card in review_cards(data):
            cards.append(
                f'<li class="review-card" data-mode-item="{html.escape(card.id)}" markdown="block">\n'
                f'<p class="review-card-deck">{html.escape(card.deck)}</p>\n'
                f'<div class="review-card-front" markdown="block">\n\n{text(card.front)}\n\n</div>\n'
                f'<div class="review-card-back" markdown="block">\n\n{text(card.back)}\n\n'
                f'Shown in: {card.link.markdown_from(page_src())}\n\n</div>\n</li>')
        return '<ol class="review-deck" markdown>\n' + "\n".join(cards) + "\n</ol>"

    @env.macro
    def api_table() -> str:
        """The cheat sheet's API table."""
        rows = [f"| `{entry.call}` | {text(entry.does)} | {entry.link.markdown_from(page_src())} |"
                for entry in data.api]
        return "| Write | What it does | Shown in |\n| --- | --- | --- |\n" + "\n".join(rows)

    @env.macro
    def builtin_signals_table() -> str:
        """The cheat sheet's table of Django's built-in signals and their arguments."""
        rows = []
        for signal in data.builtin_signals:
            arguments = ", ".join(f"`{name}`" for name in signal.arguments)
            shown = signal.link.markdown_from(page_src()) if signal.link else ""
            rows.append(f"| `{signal.name}` | `{signal.module}` | {text(signal.sent)} | {arguments} | {shown} |")
        return ("| Signal | From | Sent | Arguments | Shown in |\n| --- | --- | --- | --- | --- |\n"
                + "\n".join(rows))

    @env.macro
    def signals_sent(*names: str) -> str:
        """When Django sends each of the named built-in signals, as the cheat sheet says it."""
        rows = [f"| `{signal.name}` | {text(signal.sent)} |"
                for signal in map(data.builtin_signal, names)]
        return "| signal | sent |\n| --- | --- |\n" + "\n".join(rows)

    def takeaway_item(takeaway: Takeaway, attributes: str = "") -> str:
        """A key takeaway, then the pages that prove it."""
        links = " · ".join(link.markdown_from(page_src()) for link in takeaway.links)
        return (f"<li{attributes} markdown>"
                f"**{text(takeaway.point)}** {text(takeaway.detail)} {links}</li>")

    @env.macro
    def rules_of_thumb() -> str:
        """The key takeaways as the cheat sheet's rules, each with where it is proved, and a
        button to mark it as known (cheat_sheet.js)."""
        items = [takeaway_item(takeaway, f' class="rule" data-mode-item="{takeaway.id}"')
                 for takeaway in data.takeaways]
        return '<ol class="rules-of-thumb" markdown>\n' + "\n".join(items) + "\n</ol>"

    @env.macro
    def key_takeaways() -> str:
        """The key takeaways page: the takeaways under their groups' headings, numbered through."""
        sections = []
        for number, (group, takeaways) in enumerate_groups(data.takeaways):
            items = "\n".join(takeaway_item(takeaway) for takeaway in takeaways)
            sections.append(f'## {group}\n\n<ol start="{number}" markdown>\n{items}\n</ol>')
        return "\n\n".join(sections)

    @env.macro
    def pitfalls_at_a_glance() -> str:
        """Every pitfall of the course: what the developer sees, why, the fix and where it runs."""
        items = [f"- **{text(pitfall.name)}.** {text(pitfall.symptom)} {text(pitfall.cause)} "
                 f"**Fix:** {text(pitfall.fix)} {pitfall.link.markdown_from(page_src())}"
                 for pitfall in data.pitfalls]
        return "\n".join(items)


def enumerate_groups(takeaways: list[Takeaway]):
    """(number of its first takeaway, (group, its takeaways)) for each group, in data order."""
    groups: dict[str, list[Takeaway]] = {}
    for takeaway in takeaways:
        groups.setdefault(takeaway.group, []).append(takeaway)
    first = 1
    for group, members in groups.items():
        yield first, (group, members)
        first += len(members)
