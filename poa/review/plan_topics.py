"""Issues titled by topic alone: a heading that names what went wrong, over unlabelled prose.

Some plans give each issue a heading of its own ("Late shipment rate", "Items not as
described") and then tell it in plain paragraphs, with no part named anywhere: first what
went wrong, then what was done, then what now keeps it from happening again. Read as a whole
letter, two issues' causes and fixes interleave and no order is found; read under each
heading, each issue's paragraphs are its cause, its fixes and its controls, as a letter with no
headings is read from its paragraphs' openings.
"""

from __future__ import annotations

from poa.review.headings import FIX, PREVENT, ROOT
from poa.review.line_units import HeadingLine, Unit
from poa.review.plan_content import (
    assigned_parts,
    content_part,
    give_parts,
    opening_part,
    tells_deeds,
)
from poa.review.plan_model import Paragraph, Plan, PlanIssue

_TOPIC_FORMS = ("marked", "emphasis", "caps")
"""Forms that make a line a heading whatever its words: a topic's title names no part."""


def from_topic_headings(plan: Plan, units: list[Unit]) -> bool:
    """Give each topic heading of a plan with no parts an issue of its own, read from the
    paragraphs under it; only when every topic reads as a cause and at least one more part,
    so a letter's headings that are no issues' titles leave it as it was. Whether it did."""
    titles = [
        unit
        for unit in units
        if isinstance(unit, HeadingLine)
        and unit.form in _TOPIC_FORMS
        and unit.meaning.kind is None
        and unit.text in plan.headings
    ]
    if plan.issues or len(titles) < 2:
        return False
    loose = (plan.intro, plan.unplaced, plan.context)
    pool = sorted((p for bucket in loose for p in bucket), key=lambda p: p.number)
    ends = [title.line for title in titles[1:]] + [len(plan.text.splitlines()) + 1]
    groups = [
        [p for p in pool if title.line < p.line < end]
        for title, end in zip(titles, ends, strict=True)
    ]
    readings = [_topic_parts(group) for group in groups]
    if not all(readings):
        return False
    if plan.title in [title.text for title in titles]:
        plan.title = None  # the first topic, taken for the document's title as it came
    for title, assigned in zip(titles, readings, strict=True):
        issue = PlanIssue(title=title.text, line=title.line)
        plan.issues.append(issue)
        give_parts(plan, issue, assigned, loose, _WHY)
    return True


_WHY = "under its topic's heading, this paragraph reads as that part by what it tells"


def _topic_parts(paragraphs: list[Paragraph]) -> list[tuple[Paragraph, str]]:
    """A topic's paragraphs as its parts, or none when they do not read as a cause and more.
    Read as a letter is; failing that, the heading names what went wrong and the first
    paragraph tells how it happened (unless it opens on a fix or a control), a paragraph that
    tells deeds done once after it is the fix, and one of standing controls after the fixes
    the prevention."""
    assigned = assigned_parts(paragraphs)
    found = {part for _, part in assigned}
    if ROOT in found and len(found) >= 2:
        return assigned
    if len(paragraphs) < 2 or opening_part(paragraphs[0].text) not in (None, ROOT):
        return []
    assigned, current = [(paragraphs[0], ROOT)], ROOT
    for paragraph in paragraphs[1:]:
        text = paragraph.text
        if current == ROOT and tells_deeds(text):
            current = FIX
        elif current == FIX and PREVENT in (opening_part(text), content_part(text)):
            current = PREVENT
        else:
            break  # a paragraph that goes back, or skips a part, ends the topic's parts
        assigned.append((paragraph, current))
    return assigned if len(assigned) >= 2 else []
