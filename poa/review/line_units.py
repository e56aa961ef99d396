"""What step 1 of reading a plan makes of each line: a heading, text, or nothing (a blank).

A heading carries the words it says without its marks, the form that made it one (marked,
emphasis, caps, label, inline, question, bare) and what those words mean (``headings.meaning``);
``heading_line`` builds one from a line's words, whatever form made it a heading.
"""

from __future__ import annotations

from dataclasses import dataclass

from poa import linear
from poa.review import headings as hd
from poa.review.headings import PARTS

ITEM = linear.compile(r"^(?:[-*•◦▪‣●○■□–—+]|\d{1,3}[.)]|\(?[a-z]\)|\([0-9]{1,3}\))\s+")
QUOTED = linear.compile(r"^>(?:\s|$)")
ISSUE_PREFIX = linear.compile(
    r"^(?:(?:issue|violation|problem|complaint|concern|policy|allegation|matter|metric|reason)"
    # "Issue 2 of 3 —": a counter over the issues is one issue's number
    r"\s*(?:#\s*)?(?:[0-9]{1,3}(?:\s*(?:of|/)\s*[0-9]{1,3})?|[ivx]{1,4}|[a-h])\b\s*(?:[-–—:.)]|$)"
    r"|(?:issue|violation|problem|complaint)\s*[-–—:]\s*\S)",
    linear.I,
)


@dataclass
class HeadingLine:
    line: int
    text: str  # without marks, numbering or closing colon
    form: str  # marked, emphasis, caps, label, inline, question, bare
    meaning: hd.Meaning
    rest: str = ""  # the text after an inline label
    issue_prefix: bool = False
    level: int | None = None  # 1-6 for Markdown, underlined and Word headings


@dataclass
class TextLine:
    line: int
    text: str
    is_item: bool


Unit = HeadingLine | TextLine | None  # None: a blank line


def heading_line(
    number: int, text: str, form: str, rest: str = "", level: int | None = None
) -> HeadingLine | None:
    """A heading of ``form`` on line ``number``: its words without marks, a list's number or a
    closing colon, and what they mean; an issue's number ("Issue 2:") makes it an issue's."""
    text = text.strip().strip("*_").strip()
    prefix = bool(ISSUE_PREFIX.match(text) or ISSUE_PREFIX.match(ITEM.sub("", text, count=1)))
    core = hd.unnumbered(ITEM.sub("", text, count=1)).rstrip(":").strip()
    if not core and not prefix:
        core = text.rstrip(":").strip()
    meaning = hd.meaning(core) if core else hd.Meaning(None, 0)
    if prefix and (meaning.kind not in PARTS or meaning.score < 3):
        meaning = hd.Meaning(hd.ISSUE, 3)  # "Issue 1: Late shipment rate …" names an issue
    return HeadingLine(number, core or text.rstrip(":"), form, meaning, rest.strip(), prefix, level)
