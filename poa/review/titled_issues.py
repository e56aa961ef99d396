"""An issue opened by a title alone, its parts told in plain paragraphs with no headings.

A plan whose first issue has part headings may go on to the next problem under nothing but a
bold title ("**The blue kettle's listing**"), then tell its cause, what was done and what will
stop it in paragraphs. Those paragraphs are read for their parts by what they say, in the
order cause, fixes, prevention: what the title is followed by first, before any deed or
control, tells how the problem came about.
"""

from __future__ import annotations

from poa import linear
from poa.review.headings import FIX, PARTS, ROOT
from poa.review.language import sentences
from poa.review.plan_content import content_part, give_parts, opening_part
from poa.review.plan_model import Paragraph, Plan, PlanIssue

_ADVICE = linear.compile(
    r"\b(?:you (?:should|must|need to|have to|ought to)|make sure|be sure to)\b", linear.I
)
"""Advice to the team on what to change ("you should now check …", "make sure you …"): in a
note written to the people who do the work, the plan's actions."""


def parts_under_titles(plan: Plan) -> None:
    """Read the parts of each issue whose title stands alone over plain paragraphs."""
    for issue in plan.issues:
        if issue.plain_parts and not issue.sections and issue.intro:
            _read_by_content(plan, issue)


def tells_whole_issue(texts: list[str]) -> bool:
    """Whether the paragraphs ``texts`` tell a cause, then what was done, then what will stop
    it coming back, read by what they say."""
    paragraphs = [Paragraph(0, 0, text, False) for text in texts]
    return {part for _, part in _reading(paragraphs)[1]} == set(PARTS)


def _read_by_content(plan: Plan, issue: PlanIssue) -> None:
    paragraphs, assigned = _reading(issue.intro)
    found = {part for _, part in assigned}
    if ROOT not in found or len(found) < 2:
        return
    issue.intro[:] = paragraphs
    why = "the issue's title stands alone over plain paragraphs; this one's words read as that part"
    give_parts(plan, issue, assigned, (issue.intro,), why)


def _reading(
    paragraphs: list[Paragraph],
) -> tuple[list[Paragraph], list[tuple[Paragraph, str]]]:
    """The paragraphs, the first split when it tells the cause and then what was done, and
    each one's part."""
    if not paragraphs:
        return paragraphs, []
    first, rest = _cause_apart(paragraphs[0])
    if first is None:
        return paragraphs, _told_parts(paragraphs, None)
    paragraphs = [first, *rest, *paragraphs[1:]]
    return paragraphs, [(first, ROOT), *_told_parts(paragraphs[1:], ROOT)]


def _cause_apart(paragraph: Paragraph) -> tuple[Paragraph | None, list[Paragraph]]:
    """The first paragraph under the title, as its cause and what was done when it tells both
    ("The label printer jammed. We reprinted all 40 labels on 3 May."): its opening sentences
    that read as no part, then the rest from the first that reads as one. (None, []) when the
    paragraph reads as one part."""
    if _part(paragraph.text, None) in (None, ROOT):
        return None, []
    told = sentences(paragraph.text)
    cut = next((at for at, s in enumerate(told) if _part(s, None) is not None), 0)
    if cut == 0:
        return None, []
    number, line, item = paragraph.number, paragraph.line, paragraph.is_item
    return Paragraph(number, line, " ".join(told[:cut]), item), [
        Paragraph(number, line, " ".join(told[cut:]), item)
    ]


def _part(text: str, current: str | None) -> str | None:
    """The part ``text`` reads as by its words after the part ``current``: its opening and
    content; after the cause, its content alone (a fix done on a date, a control that keeps
    running); or, when they say none, advice on what to change, read as an action."""
    part = opening_part(text)
    if part is None and current is not None:
        part = content_part(text)
    if part is None and _ADVICE.search(text):
        part = FIX if current in (None, ROOT) else current
    return part


def _told_parts(paragraphs: list[Paragraph], current: str | None) -> list[tuple[Paragraph, str]]:
    """Each paragraph that reads as a part after the part ``current``, never going back: the
    opening ones that read as no fix or control are the cause, advice on what to change is an
    action, and a plain paragraph after the fixes (a closing word) is no part."""
    assigned: list[tuple[Paragraph, str]] = []
    for paragraph in paragraphs:
        part = _part(paragraph.text, current)
        if current is None and part not in (None, ROOT):
            return []  # a deed or a control before any cause: the cause is not told
        if part is None and current in (None, ROOT):
            part = ROOT
        if part is None or (current is not None and PARTS.index(part) < PARTS.index(current)):
            continue
        assigned.append((paragraph, part))
        current = part
    return assigned
