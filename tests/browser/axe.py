"""axe-core, the accessibility checker, run on a page of the browser tests. It is the npm package
pinned in package.json, put into the page under test by Playwright: the site never serves it."""

from __future__ import annotations

from pathlib import Path

from playwright.sync_api import Page

AXE_SCRIPT = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"

# What the course must never have; "moderate" and "minor" findings are advice.
BLOCKING_IMPACTS = ["serious", "critical"]
NODES_SHOWN = 6


def blocking_violations(page: Page) -> list[dict]:
    """axe's serious and critical violations on the page as it is now: per rule, its id, impact
    and help text, and the elements that break it with axe's summary of what to fix."""
    if not page.evaluate("() => 'axe' in window"):
        page.add_script_tag(path=str(AXE_SCRIPT))
    # Colours that are still changing (Material eases links into a new scheme's colour) are
    # checked once they have arrived, as the learner sees them.
    page.evaluate(
        """() => Promise.all(document.getAnimations().filter(change => change instanceof CSSTransition)
            .map(change => change.finished.catch(() => null)))"""
    )
    return page.evaluate(
        """async impacts => (await axe.run(document, {resultTypes: ['violations']})).violations
            .filter(violation => impacts.includes(violation.impact))
            .map(violation => ({
                rule: violation.id, impact: violation.impact, help: violation.help,
                nodes: violation.nodes.map(node => ({
                    target: node.target.join(' '), summary: node.failureSummary,
                })),
            }))""",
        BLOCKING_IMPACTS,
    )


def report(found: dict[str, list[dict]]) -> str:
    """A failure message that says, for each colour scheme, which rules are broken, where, and
    what axe suggests."""
    lines = []
    for scheme, violations in found.items():
        if violations:
            lines.append(f"{scheme} scheme:")
        for violation in violations:
            nodes = violation["nodes"]
            lines.append(f"  {violation['rule']} ({violation['impact']}, {len(nodes)} elements): "
                         f"{violation['help']}")
            for node in nodes[:NODES_SHOWN]:
                summary = " ".join(node["summary"].split())
                lines.append(f"    {node['target']}\n        {summary}")
            if len(nodes) > NODES_SHOWN:
                lines.append(f"    ... and {len(nodes) - NODES_SHOWN} more")
    return "\n".join(lines)
