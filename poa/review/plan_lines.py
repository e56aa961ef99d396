"""Step 1 of reading a plan: each line is a heading by its form, or text.

Markdown marks, an underline, ``**bold**``, a banner, a table row's first cell, a number
("1.", "Section 2 -", "Part III:"), capitals, a closing colon or question mark, or a short
line standing on its own make a heading; its words then say what it opens
(``headings.meaning``). A line that only stands alone must also say so clearly.

This module walks the lines in order and decides what the layout alone settles: blank lines and
rules, an underline or a box of rules around a heading, a quoted message, a dated log's rows.
What one line's form says is ``line_forms``'; the passes that read the lines around a line
(numbered sections, forms' prompts, contents lists, labels in a run) are ``line_passes``'.
"""

from __future__ import annotations

from poa import linear
from poa.review.headings import PARTS
from poa.review.language import unescape_markdown
from poa.review.line_forms import line_unit, tab_label
from poa.review.line_logs import entry_continues, entry_opens, logged, stamp_only
from poa.review.line_order import labels_next_in_order, labels_of_one_form
from poa.review.line_passes import (
    answered_quotes,
    contents_lists,
    labels_between,
    labels_in_series,
    numbered_prompts,
    numbered_sections,
    quoted_message_headers,
    quoted_point,
)
from poa.review.line_units import ITEM, QUOTED, HeadingLine, TextLine, Unit, heading_line

_RULE = linear.compile(r"^(?:[-*_=]\s*){3,}$")
_UNDERLINE = linear.compile(r"^(?:=+|-+)$")
_MARKER_ONLY = linear.compile(r"^(?:[-*•◦▪‣●○■□–—+]|\d{1,3}[.)]|\(?[a-z]\))$")
CLOSING = linear.compile(
    r"^(thank|sincerely|regards|kind regards|best regards|signed|yours)\b", linear.I
)


def read_lines(lines: list[str]) -> list[Unit]:
    units = _units(lines, set())
    # A reply answering a quoted message point by point, in a plan with no part headings of
    # its own: the quoted points are its questions. Where the writer's own headings name the
    # parts, quoted lines between them are notes (a template's tips, a reviewer's comments).
    answered = answered_quotes(lines)
    if answered and not any(
        isinstance(unit, HeadingLine) and unit.meaning.kind in PARTS and unit.meaning.score >= 2
        for unit in units
    ):
        return _units(lines, answered)
    return units


def _units(lines: list[str], answered: set[int]) -> list[Unit]:
    units: list[Unit] = []
    skip = False
    # A diary: two or more lines that are only a date ("Tuesday, March 3 - evening") each
    # open an entry, written under it; each entry is one point of the log.
    diary = sum(1 for raw in lines if stamp_only(raw)) >= 2
    previous: Unit = None
    for index, raw in enumerate(lines):
        if skip:
            skip = False
            continue
        line = unescape_markdown(" ".join(raw.split()))
        number = index + 1
        following = " ".join(lines[index + 1].split()) if index + 1 < len(lines) else ""
        unit: Unit
        if (
            not line
            or (_RULE.match(line) and not _UNDERLINE.match(line))
            or _MARKER_ONLY.match(line)
        ):
            unit = None
        elif index in answered:
            unit = quoted_point(number, line)
        elif QUOTED.match(line):
            # A quoted message (a reply's "> " lines): someone else's words, never the plan's
            # own headings, however clearly they name a part ("> Explain the root cause").
            unit = TextLine(number, line, False)
        elif following and _UNDERLINE.match(following) and not ITEM.match(line):
            # setext: a line underlined with = (level 1) or - (level 2)
            unit = heading_line(number, line, "marked", level=1 if following[0] == "=" else 2)
            skip = True
        elif _boxed(lines, index, following):
            # a line between two rules ("=====" / "1. WHY THIS PLAN EXISTS" / "=====") is a
            # banner over a whole section of the document, numbered or not
            unit = heading_line(number, line, "marked", level=1)
            skip = True
        elif _UNDERLINE.match(line):
            unit = None
        elif logged(lines, index) or (diary and stamp_only(line)) or entry_opens(lines, index):
            unit = TextLine(number, line, True)
        elif entry_continues(lines, index):
            unit = TextLine(number, line, False)
        else:
            unit = tab_label(number, raw) or line_unit(number, line, previous, following)
        if isinstance(unit, HeadingLine) and _answer_mark(unit, units):
            unit = None  # the question above names the part; what follows is its answer
        if isinstance(unit, HeadingLine) and unit.rest:
            units.append(unit)
            unit = TextLine(number, unit.rest, False)
        units.append(unit)
        previous = unit
    numbered_prompts(lines, units)
    quoted_message_headers(units)
    contents_lists(lines, units)
    numbered_sections(lines, units)
    return labels_of_one_form(labels_next_in_order(labels_in_series(labels_between(units))))


_ANSWER_MARKS = frozenset({"a", "answer"})
"""What a question-and-answer plan writes alone on the line before each answer ("A:")."""


def _answer_mark(unit: HeadingLine, units: list[Unit]) -> bool:
    """Whether a heading is only the mark of an answer right under its question ("Q: How will
    you stop it happening again?", then "A:" over a list): the question is the heading; read as
    one, the mark would be a heading that names no part, and so a new issue's title."""
    if unit.text.strip(" *_:").lower() not in _ANSWER_MARKS:
        return False
    above = next((u for u in reversed(units) if u is not None), None)
    return isinstance(above, HeadingLine) and above.text.rstrip().endswith("?")


def _boxed(lines: list[str], index: int, following: str) -> bool:
    """Whether line ``index`` stands between two rules of the same mark, with text of its own."""
    if index == 0 or not following or not _RULE.match(following):
        return False
    above = " ".join(lines[index - 1].split())
    return (
        bool(_RULE.match(above)) and above[:1] == following[:1] and len(lines[index].split()) <= 14
    )
