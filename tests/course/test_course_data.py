"""The course's shared sources (course_data/) and the pages made from them: every question
explains each wrong choice, every link leads to a page and a heading that exist, the review deck
and the self-test cover what they promise, and the pages that show shared content (the lessons,
the myth busters, the key takeaways, the common pitfalls and the learning styles) render it from
the data: no page's source holds a copy of any of it."""

from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from course_data.cards import review_cards
from course_data.content import course
from course_data.links import links_in
from tools.course_pages import DOCS, ROOT, nav_pages
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


def test_the_predictions_are_every_lesson_opener_every_myth_buster_then_further_pages():
    kinds = [prediction.kind for prediction in COURSE.predictions]
    assert kinds == ["lesson"] * 6 + ["myth"] * 4 + ["beyond"] * (len(kinds) - 10)
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


# The pages that show shared content, and the macro calls they render it with: each prediction
# and each step's result on the page that teaches it, and the pages made of shared content.
SHARED_CONTENT = {
    "modes/tour.md": ["before_reading_on(", "step_result("],
    "modes/predict-first.md": ["prediction_sequence()"],
    "modes/review-cards.md": ["review_deck()"],
    "modes/cheat-sheet.md": ["api_table()", "builtin_signals_table()", "rules_of_thumb()"],
    "modes/self-test.md": ["self_test()"],
    "beyond/key-takeaways.md": ["key_takeaways()"],
    "beyond/common-pitfalls.md": ["pitfalls_at_a_glance()"],
    "lessons/1-basics.md": ["signals_sent("],
}
for _prediction in COURSE.predictions:
    SHARED_CONTENT.setdefault(_prediction.taught_in.page, []).append(
        f'before_reading_on("{_prediction.id}")')
for _step in COURSE.step_results:
    SHARED_CONTENT.setdefault(_step.lesson.page, []).append(f"step_result({_step.step})")


@pytest.mark.parametrize("src, macros", SHARED_CONTENT.items(), ids=list(SHARED_CONTENT))
def test_a_page_that_shows_shared_content_renders_it_with_its_macro(src, macros):
    text = (DOCS / src).read_text(encoding="utf-8")
    assert [macro for macro in macros if macro not in text] == []


# The texts of the data a reader reads, field by field (not ids, code or headings).
PROSE_FIELDS = {
    "predictions.yml": (COURSE.predictions, ["question", "choices"]),
    "step_results.yml": (COURSE.step_results, ["result", "key_insight"]),
    "takeaways.yml": (COURSE.takeaways, ["point", "detail", "recall"]),
    "pitfalls.yml": (COURSE.pitfalls, ["name", "symptom", "cause", "fix"]),
    "api.yml": (COURSE.api, ["does"]),
    "builtin_signals.yml": (COURSE.builtin_signals, ["sent"]),
}
SENTENCE_END = re.compile(r"(?<=[.!?:;])\s+")
SHORTEST_SENTENCE = 25     # characters of words: shorter ones ("**No.**") are common to many pages


def one_line(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def shared_sentences() -> list[tuple[str, str]]:
    """(where in the data, sentence) for every sentence of the data's texts: a copy of any of
    them on a page is a copy that can drift."""
    texts = []
    for file, (entries, names) in PROSE_FIELDS.items():
        for entry in entries:
            where = f"{file}: {getattr(entry, 'id', None) or getattr(entry, 'step', None) or entry.name}"
            for name in names:
                value = getattr(entry, name)
                texts += [(f"{where}.{name}", item) for item in (value if isinstance(value, list) else [value])]
    for prediction in COURSE.predictions:
        texts += [(f"predictions.yml: {prediction.id}.explanation", prediction.explanation_for(page))
                  for page in (prediction.taught_in.page, None)]
    return sorted({(where, sentence.removeprefix("- ")) for where, text in texts
                   for sentence in sentences(text) if len(words_of(sentence)) >= SHORTEST_SENTENCE})


def words_of(sentence: str) -> str:
    """The sentence without its code: code alone (a fix written as a call) may well recur."""
    return re.sub(r"`[^`]*`", "", sentence).strip(" .,:;")


def sentences(text: str) -> list[str]:
    """The text's sentences and clauses, never split inside `code`."""
    found, current = [], ""
    for piece in re.split(r"(`[^`]*`)", one_line(text)):
        first, *others = [piece] if piece.startswith("`") else SENTENCE_END.split(piece)
        current += first
        for other in others:
            found.append(current)
            current = other
    return found + [current]


SHARED_SENTENCES = shared_sentences()
MARKDOWN_SOURCES = sorted(DOCS.rglob("*.md")) + sorted((ROOT / "exercises").rglob("*.md"))


def test_the_copy_check_knows_every_question_result_takeaway_and_pitfall():
    checked = {where.rpartition(".")[0] for where, _ in SHARED_SENTENCES}
    expected = ({f"predictions.yml: {p.id}" for p in COURSE.predictions}
                | {f"step_results.yml: {s.step}" for s in COURSE.step_results}
                | {f"takeaways.yml: {t.id}" for t in COURSE.takeaways}
                | {f"pitfalls.yml: {p.id}" for p in COURSE.pitfalls})
    assert expected - checked == set()
    assert {where.split(":")[0] for where in checked} == set(PROSE_FIELDS)


@pytest.mark.parametrize("source", MARKDOWN_SOURCES, ids=lambda path: str(path.relative_to(ROOT)))
def test_no_page_holds_its_own_copy_of_a_shared_question_result_takeaway_or_pitfall(source):
    text = one_line(source.read_text(encoding="utf-8"))
    copies = [f"{where}: {sentence}" for where, sentence in SHARED_SENTENCES if sentence in text]
    assert copies == [], "render it with its course_data macro instead"


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


def test_lesson_2_explains_each_argument_django_sends_post_save_with_as_the_cheat_sheet_lists_them():
    """Lesson 2 explains, one row each, what a post_save receiver is given; the cheat sheet lists
    the arguments of every signal from builtin_signals.yml. The names are the shared part."""
    text = (DOCS / "lessons" / "2-connecting-receivers.md").read_text(encoding="utf-8")
    table = re.search(r"^\| argument \| for `post_save` \|\n\| --- \| --- \|\n(?P<rows>(?:\|.*\n)+)",
                      text, re.MULTILINE)
    assert table, "lesson 2 has its table of what a post_save receiver is given"
    explained = re.findall(r"^\| `(\w+)` \|", table["rows"], re.MULTILINE)
    assert sorted(explained) == sorted(["signal", *COURSE.builtin_signal("post_save").arguments])
