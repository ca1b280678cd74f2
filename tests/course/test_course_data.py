"""The course's shared sources (course_data/) and the learning-style pages made from them: every
question explains each wrong choice, every link leads to a page and a heading that exist, the
review deck and the self-test cover what they promise, and the pages that show shared content
render it from the data rather than holding a copy of it."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from course_data.cards import review_cards
from course_data.content import course
from course_data.links import links_in
from tools.course_pages import DOCS, nav_pages
from tools.quiz_source import quizzes_in

COURSE = course()
LEARNING_STYLES = [page for page in nav_pages() if page.src.startswith("modes/")]
MODES = {"step-by-step", "tour", "predict-first", "debug-it", "playground", "exercises",
         "self-test", "review-cards", "cheat-sheet"}


def all_links():
    for prediction in COURSE.predictions:
        yield f"predictions.yml: {prediction.id}", prediction.taught_in
        for link in links_in(prediction.explanation):
            yield f"predictions.yml: {prediction.id}: explanation", link
    for step in COURSE.step_results:
        yield f"step_results.yml: {step.step}", step.lesson
    for takeaway in COURSE.takeaways:
        for link in takeaway.links:
            yield f"takeaways.yml: {takeaway.id}", link
    for pitfall in COURSE.pitfalls:
        yield f"pitfalls.yml: {pitfall.id}", pitfall.link
    for entry in COURSE.api:
        yield f"api.yml: {entry.id}", entry.link
    for signal in COURSE.builtin_signals:
        if signal.link:
            yield f"builtin_signals.yml: {signal.name}", signal.link
    for review in COURSE.final_quiz_review:
        yield f"final_quiz_review.yml: {review.fragment}", review.review


class _Ids(HTMLParser):
    def __init__(self):
        super().__init__()
        self.ids = set()

    def handle_starttag(self, tag, attrs):
        self.ids.update(value for name, value in attrs if name == "id")


def built_ids(built_site, page_src: str) -> set[str]:
    stem = page_src.removesuffix(".md")
    parser = _Ids()
    parser.feed((built_site.site_dir / stem / "index.html").read_text(encoding="utf-8"))
    return parser.ids


@pytest.mark.parametrize("prediction", COURSE.predictions, ids=lambda p: p.id)
def test_every_prediction_explains_the_answer_and_each_wrong_choice(prediction):
    assert prediction.answer and all(1 <= n <= len(prediction.choices) for n in prediction.answer)
    wrong_choices = len(prediction.choices) - len(prediction.answer)
    # As the page that teaches it shows it, and as the tour and "Predict first" do.
    for explanation in (prediction.explanation_for(prediction.taught_in.page),
                        prediction.explanation_for(None)):
        assert explanation.startswith("**"), "the explanation opens with the answer, in bold"
        assert explanation.count("**If you said") >= wrong_choices


def test_the_predictions_are_every_lesson_opener_and_every_myth_buster():
    kinds = [prediction.kind for prediction in COURSE.predictions]
    assert kinds == ["lesson"] * 6 + ["myth"] * 4
    lessons = [page.src for page in nav_pages() if page.is_lesson]
    assert [p.taught_in.page for p in COURSE.predictions if p.kind == "lesson"] == lessons


def test_every_link_of_the_shared_sources_leads_to_a_page_and_heading_that_exist(built_site):
    assert built_site.returncode == 0, built_site.log[-4000:]
    pages = {page.src for page in nav_pages()}
    broken = []
    for where, link in all_links():
        if link.page not in pages:
            broken.append(f"{where}: no page {link.page}")
        elif link.anchor and link.anchor not in built_ids(built_site, link.page):
            broken.append(f"{where}: {link.page} has no heading #{link.anchor}")
    assert broken == []


def test_the_review_deck_has_at_least_thirty_cards_from_takeaways_myths_and_pitfalls():
    cards = review_cards(COURSE)
    assert len(cards) >= 30
    assert len({card.id for card in cards}) == len(cards), "card ids are the learner's schedule keys"
    assert {card.deck for card in cards} == {"Key takeaway", "Myth buster", "Pitfall"}
    assert len(cards) == len(COURSE.takeaways) + len(COURSE.pitfalls) + sum(
        prediction.kind == "myth" for prediction in COURSE.predictions)


def test_every_final_quiz_question_has_exactly_one_review_link_and_every_link_one_question():
    questions = quizzes_in(DOCS / "beyond" / "final-quiz.md")[0].questions
    for question in questions:
        matching = [r.fragment for r in COURSE.final_quiz_review if r.fragment in question.text]
        assert len(matching) == 1, (question.text[:70], matching)
    for review in COURSE.final_quiz_review:
        assert sum(review.fragment in question.text for question in questions) == 1, review.fragment


def test_the_learning_styles_are_nine_pages_each_with_its_mode_and_summary():
    assert {page.src for page in LEARNING_STYLES} == {f"modes/{mode}.md" for mode in MODES}
    for page in LEARNING_STYLES:
        mode = re.search(r"^mode: (\S+)$", page.text, re.MULTILINE)
        summary = re.search(r'^summary: "(.+)"$', page.text, re.MULTILINE)
        assert mode and mode[1] == page.src.removeprefix("modes/").removesuffix(".md"), page.src
        assert summary, f"{page.src}: the home page lists each mode with its summary"


# The learning styles that show shared content, and the macro each one renders it with.
SHARED_CONTENT = {
    "modes/tour.md": ["before_reading_on(", "step_result("],
    "modes/predict-first.md": ["prediction_sequence()"],
    "modes/review-cards.md": ["review_deck()"],
    "modes/cheat-sheet.md": ["api_table()", "builtin_signals_table()", "rules_of_thumb()"],
    "modes/self-test.md": ["self_test()"],
}


@pytest.mark.parametrize("src, macros", SHARED_CONTENT.items(), ids=list(SHARED_CONTENT))
def test_a_learning_style_renders_shared_content_from_the_data_and_holds_no_copy_of_it(src, macros):
    text = (DOCS / src).read_text(encoding="utf-8")
    assert all(macro in text for macro in macros)
    shared = ([p.question for p in COURSE.predictions] + [t.point for t in COURSE.takeaways]
              + [t.recall for t in COURSE.takeaways] + [p.symptom for p in COURSE.pitfalls]
              + [s.result for s in COURSE.step_results] + [a.does for a in COURSE.api])
    assert [item for item in shared if item in text] == []


def test_the_tour_has_three_examples_five_questions_and_every_steps_result():
    tour = next(page for page in LEARNING_STYLES if page.src == "modes/tour.md")
    asked = re.findall(r'before_reading_on\("([\w-]+)"\)', tour.text)
    assert len(asked) == 5 and len(set(asked)) == 5
    assert re.findall(r"step_result\((\d)\)", tour.text) == [str(n) for n in range(1, 7)]
    assert len(tour.ides()) == 3 and not any(ide.is_graded for ide in tour.ides())


class _Prose(HTMLParser):
    """The words a reader reads in a page's article: not its code blocks, editors, terminals,
    diagrams, scripts or buttons, nor the page's navigation."""

    SKIPPED_TAGS = {"pre", "script", "style", "button", "svg", "textarea", "nav"}
    SKIPPED_CLASSES = {"py_mk_ide", "py_mk_terminal", "mermaid", "headerlink", "md-source-file"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.in_article = False
        self.skipping: list[str] = []   # the tags of the open elements being skipped
        self.words = 0

    def handle_starttag(self, tag, attrs):
        if tag == "article":
            self.in_article = True
        classes = set((dict(attrs).get("class") or "").split())
        if self.skipping or tag in self.SKIPPED_TAGS or classes & self.SKIPPED_CLASSES:
            if tag not in ("br", "img", "input", "hr", "meta", "link"):
                self.skipping.append(tag)

    def handle_endtag(self, tag):
        if tag == "article":
            self.in_article = False
        if self.skipping and self.skipping[-1] == tag:
            self.skipping.pop()

    def handle_data(self, data):
        if self.in_article and not self.skipping:
            self.words += len(data.split())


def test_the_tour_reads_in_fifteen_minutes_at_most_1800_words_of_prose(built_site):
    assert built_site.returncode == 0, built_site.log[-4000:]
    prose = _Prose()
    prose.feed((built_site.site_dir / "modes" / "tour" / "index.html").read_text(encoding="utf-8"))
    assert 1000 < prose.words <= 1800, f"the tour has {prose.words} words of prose"
