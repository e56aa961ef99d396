"""Labels read in their order: a longer label is a part's when it names the part that comes next.

A label of more than three words before a colon is usually a sentence run into its text ("Both
delays came from one mistake: …"), so on its own it opens a part only when its words say so
strongly. Right after a label of the part before it, at the start of a paragraph, the same
words are the plan going on in order: "Why it happened: …", then "What I have done: …".
"""

from __future__ import annotations

from poa.review.headings import PARTS
from poa.review.line_units import HeadingLine, TextLine, Unit, heading_line

_LABEL_WORDS = 6
"""Words of a label at most: "What I have done so far"."""


def labels_next_in_order(units: list[Unit]) -> list[Unit]:
    """The units with each paragraph's opening label that names the part after the last
    labelled part (and no heading between) read as that part's label."""
    read: list[Unit] = []
    last: str | None = None  # the part of the last label, while no other heading came
    for index, unit in enumerate(units):
        if isinstance(unit, HeadingLine):
            last = unit.meaning.kind if unit.form == "inline" else None
        opens = index > 0 and units[index - 1] is None
        label = _next_label(unit, last) if opens and last in PARTS[:2] else None
        if label is None:
            read.append(unit)
            continue
        read += [label, TextLine(label.line, label.rest, False)]
        last = label.meaning.kind
    return read


def _next_label(unit: Unit, last: str | None) -> HeadingLine | None:
    """ "What I have done: …" after a cause's label: a short label naming the next part."""
    if not isinstance(unit, TextLine) or unit.is_item or not unit.text[:1].isupper():
        return None
    label, colon, rest = unit.text.partition(": ")
    if not colon or not rest.strip() or not 3 < len(label.split()) <= _LABEL_WORDS:
        return None
    heading = heading_line(unit.line, label, "inline", rest=rest)
    assert last is not None
    following = PARTS[PARTS.index(last) + 1]
    if heading is None or heading.meaning.kind != following or heading.meaning.score < 2:
        return None
    return heading
