"""Links from the course data to the pages that teach or prove a point.

The data names a page as MkDocs does in `nav:`, relative to `docs/` and with an optional
anchor: `lessons/5-pitfalls.md#one-failing-receiver-stops-the-others`, both in its link fields
and in the Markdown links of its texts. A macro turns each into a link relative to the page it
renders on, so MkDocs checks it and rewrites it as for any link written on that page."""

from __future__ import annotations

import posixpath
import re
from dataclasses import dataclass

# A Markdown link to a page of the course, in a text of the data: `[label](beyond/page.md#anchor)`.
MARKDOWN_LINK = re.compile(r"\[(?P<label>[^\]]+)\]\((?P<target>[\w./-]+\.md(?:#[\w-]*)?)\)")


@dataclass(frozen=True)
class Link:
    target: str  # "lessons/1-basics.md" or "lessons/1-basics.md#anchor", relative to docs/
    label: str

    @property
    def page(self) -> str:
        return self.target.partition("#")[0]

    @property
    def anchor(self) -> str:
        return self.target.partition("#")[2]

    def href_from(self, page_src: str) -> str:
        """The Markdown link target as written on the page whose source is `page_src`."""
        relative = posixpath.relpath(self.page, posixpath.dirname(page_src) or ".")
        return relative + (f"#{self.anchor}" if self.anchor else "")

    def markdown_from(self, page_src: str) -> str:
        return f"[{self.label}]({self.href_from(page_src)})"


def parse_link(data: dict | str) -> Link:
    """`{"to": target, "label": text}` from the YAML files."""
    if not isinstance(data, dict) or set(data) != {"to", "label"}:
        raise ValueError(f"a link is {{to: <page.md#anchor>, label: <text>}}, not {data!r}")
    return Link(data["to"], data["label"])


def links_in(markdown: str) -> list[Link]:
    """The links to course pages in a Markdown text of the data."""
    return [Link(match["target"], match["label"]) for match in MARKDOWN_LINK.finditer(markdown)]


def links_from(markdown: str, page_src: str) -> str:
    """A Markdown text of the data as the page whose source is `page_src` writes it: each link
    to a course page made relative to that page."""
    return MARKDOWN_LINK.sub(
        lambda match: Link(match["target"], match["label"]).markdown_from(page_src), markdown)
