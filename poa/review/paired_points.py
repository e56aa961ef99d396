"""Points that pair two parts, each after its own label, in a section named for both.

Under "Causes and fixes" a plan may give each cause with its fix in one point: "Cause: the
courier missed two pickups -> Fix: pickups moved to noon". The label inside the point that
names the section's other part opens that part's half; the text before it stays where it is.
"""

from __future__ import annotations

from poa.review import headings as hd
from poa.review.plan_model import Paragraph

_LABEL_WORDS = 3
"""A label is a part's name: one to three words before its colon ("Fix", "Corrective action")."""
_BEFORE_LABEL = ".;|>–—-"
"""What may stand between the first half and the label: a full stop, an arrow, a dash, a bar."""
_LABEL_SCORE = 1.5
"""The section's own heading names both parts, so a label need only lean to one ("Solution")."""
_MAX_COLONS = 8
"""Colons looked at in one point: a point with more is a list of fields, not a pair."""


def _label_start(text: str, part: str) -> int | None:
    """Where the label that names ``part`` opens inside ``text``, after some text of its own."""
    colon, seen = text.find(":"), 0
    while colon > 0 and seen < _MAX_COLONS:
        head = text[:colon]
        start = max(head.rfind(mark) for mark in _BEFORE_LABEL) + 1
        label = head[start:].strip()
        meaning = hd.meaning(label) if 0 < len(label.split()) <= _LABEL_WORDS else None
        named = meaning is not None and meaning.kind == part and meaning.score >= _LABEL_SCORE
        if start > 0 and named:
            return colon - len(head[start:].lstrip())
        colon, seen = text.find(":", colon + 1), seen + 1
    return None


def split_pairs(points: list[Paragraph], target: str) -> tuple[list[Paragraph], list[Paragraph]]:
    """(kept, moved): each point that holds a label naming ``target`` after text of its own is
    cut there, its first half kept and the labelled half moved; other points are kept whole."""
    kept: list[Paragraph] = []
    moved: list[Paragraph] = []
    for point in points:
        cut = _label_start(point.text, target)
        first = point.text[:cut].rstrip(" " + _BEFORE_LABEL) if cut is not None else ""
        if cut is None or not first:
            kept.append(point)
            continue
        kept.append(Paragraph(point.number, point.line, first, point.is_item))
        moved.append(Paragraph(point.number, point.line, point.text[cut:], point.is_item))
    return kept, moved
