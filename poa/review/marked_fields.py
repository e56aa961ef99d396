"""Fields marked by a pair of single marks that stand as brackets: hash marks (``#PARTNER ID#``,
``#DATE#``) and asterisks (``*seller name*``, ``*describe the steps*``).

A template that cannot rely on brackets surviving marks its fields with a character on each
side. A plan's own hash marks are number signs ("order #1142", "#3 and #4") and hashtags, which
never close on the same name; a name closed by a second hash mark is a field. Asterisks are
emphasis in Markdown, and literal text in a Word file: a pair of them counts only when its words
are what a bracket's would be to be a slot, a value's name in lower case ("*seller name*") or an
order to the writer ("*describe the preventive steps*"); "*never*" or "*all* orders" stress a
word of the plan. Everything here is a scan with ``str`` methods: linear in the text.
"""

from __future__ import annotations

from poa.review.bracket_words import LABEL_WORDS, orders_the_writer
from poa.review.found_slots import Found
from poa.review.slot_patterns import VALUE_NOUN

_MAX_NAME = 40
"""Characters of a field's name between hash marks."""
_MAX_NOTE = 160
"""Characters of a field's name or a note between asterisks."""


def scan_marked(text: str, lower: str, found: Found) -> None:
    """#PARTNER ID#, *seller name*, *describe the preventive steps*."""
    for start, end in _pairs(text, "#", _MAX_NAME):
        if _field_name(text[start + 1 : end - 1]):
            found.add(text[start:end], start, end)
    for start, end in _pairs(text, "*", _MAX_NOTE):
        if _starred_slot(text[start + 1 : end - 1]):
            found.add(text[start:end], start, end)


def _pairs(text: str, mark: str, longest: int) -> list[tuple[int, int]]:
    """Spans of ``mark``, a name touching it on both sides, ``mark`` on one line, the marks
    not doubled and no word running into them ("PO#12#" is no pair)."""
    spans: list[tuple[int, int]] = []
    start = text.find(mark)
    while start >= 0:
        end = text.find(mark, start + 1)
        if end < 0:
            break
        inner = text[start + 1 : end]
        before = text[start - 1 : start]
        after = text[end + 1 : end + 2]
        if (
            0 < len(inner) <= longest
            and "\n" not in inner
            and not inner[0].isspace()
            and not inner[-1].isspace()
            and not (before.isalnum() or before == mark)
            and not (after.isalnum() or after == mark)
        ):
            spans.append((start, end + 1))
            start = text.find(mark, end + 1)
        else:
            start = end
    return spans


def _field_name(inner: str) -> bool:
    """A field's name: words of letters (and digits), as "PARTNER ID" or "Order date"."""
    return any(c.isalpha() for c in inner) and all(c.isalnum() or c in " _-'" for c in inner)


def _starred_slot(inner: str) -> bool:
    """A value's name in lower case ("seller name"), or an order of two words or more."""
    if LABEL_WORDS.match(inner):
        return VALUE_NOUN.search(inner) is not None
    return len(inner.split()) >= 2 and orders_the_writer(inner)
