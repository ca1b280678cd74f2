"""The review cards: one per key takeaway, per myth buster and per pitfall, made from the very
entries the other pages show, so a changed takeaway changes its card.

A card's id says where it comes from ("takeaway:order"), not what it says: the learner's
schedule for a card (kept in the browser) survives any rewording of it."""

from __future__ import annotations

from dataclasses import dataclass

from .content import Course
from .links import Link


@dataclass(frozen=True)
class Card:
    id: str
    deck: str             # which kind of content the card comes from, as the learner reads it
    front: str            # Markdown: the question
    back: str             # Markdown: the answer
    link: Link            # where the course proves the answer


def takeaway_cards(course: Course) -> list[Card]:
    return [Card(f"takeaway:{item.id}", "Key takeaway", item.recall,
                 f"**{item.point}** {item.detail}", item.links[0])
            for item in course.takeaways]


def myth_cards(course: Course) -> list[Card]:
    cards = []
    for item in course.predictions:
        if item.kind == "myth":
            belief = item.taught_in.label.split(": ", 1)[1]
            cards.append(Card(f"myth:{item.id}", "Myth buster",
                              f"True or false: {belief}?", item.answer_paragraph, item.taught_in))
    return cards


def pitfall_cards(course: Course) -> list[Card]:
    return [Card(f"pitfall:{item.id}", "Pitfall", f"{item.symptom} What is going on?",
                 f"{item.cause} **Fix:** {item.fix}", item.link)
            for item in course.pitfalls]


def review_cards(course: Course) -> list[Card]:
    return takeaway_cards(course) + myth_cards(course) + pitfall_cards(course)
