"""Labels read in their order: a label is a part's when it comes where that part comes next.

A label of more than three words before a colon is usually a sentence run into its text ("Both
delays came from one mistake: …"), so on its own it opens a part only when its words say so
strongly. Right after a label of the part before it, at the start of a paragraph, the same
words are the plan going on in order: "Why it happened: …", then "What I have done: …".

Labels alike in form ("Cause —", "Fix —", each a word and the same mark alone on its line)
make a series: after the cause's and the fixes' labels, the next line of that form is the
series' third term, the prevention, whatever its word ("Next —", "After —").
"""

from __future__ import annotations

from itertools import pairwise

from poa.review import headings as hd
from poa.review.headings import FIX, PARTS, PREVENT, ROOT
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


_MARKS = " —–-:"
"""What may close a series' label: a dash or a colon, with spaces."""


def labels_of_one_form(units: list[Unit]) -> list[Unit]:
    """The units with the third term of each series of labels alike in form (see module) read
    as the prevention's label, up to the next heading."""
    read = list(units)
    labels = [(at, unit) for at, unit in enumerate(units) if isinstance(unit, HeadingLine)]
    for (_, cause), (start, fix) in pairwise(labels):
        shape = _shape(cause.text)
        if (cause.meaning.kind, fix.meaning.kind) != (ROOT, FIX) or shape is None:
            continue
        if _shape(fix.text) != shape:
            continue
        for at in range(start + 1, len(units)):
            unit = units[at]
            if isinstance(unit, HeadingLine) and unit.meaning.kind is not None:
                break
            if unit is not None and _shape(unit.text) == shape:
                words = tuple(unit.text.rstrip(_MARKS).lower().split())
                read[at] = HeadingLine(
                    unit.line, unit.text, fix.form, hd.Meaning(PREVENT, 2, words=words)
                )
                break
    return read


def _shape(text: str) -> tuple[int, str] | None:
    """A label's form: its words, at most two, and the mark that closes it ("Fix —")."""
    name = text.rstrip(_MARKS)
    mark = text[len(name) :].strip()
    words = len(name.split())
    return (words, mark) if mark and 0 < words <= 2 else None
