"""Whether one line is a heading by its own form: Markdown's marks, ``**bold**``, a banner
between runs of one mark, a table row's first cell, a run-in or inline label ("**Root cause.**
…", "Fix: …"), capitals, a closing colon or question mark, or a short line standing alone.

Only the line and its neighbours above and below are read here; the words then say what the
heading opens. A line that only stands alone must also say so clearly.
"""

from __future__ import annotations

from poa import linear
from poa.review import headings as hd
from poa.review.headings import PARTS
from poa.review.line_units import ISSUE_PREFIX, ITEM, HeadingLine, TextLine, Unit, heading_line

_BULLET = linear.compile(r"^[-*•◦▪‣●○■□–—+]\s+")
_EMPHASIS = linear.compile(r"^(?:\*\*([^*_]+?)\*\*|__([^*_]+?)__)\s*:?$")
_EMPHASIS_LABEL = linear.compile(r"^(\*\*|__)([^*_]{1,120}?)(?::\*\*|\*\*:|__:|:__)\s*(\S.*)$")
_RUN_IN = linear.compile(r"^(?:\*\*|__)([^*_.]{1,80})\.(?:\*\*|__)\s+(\S.*)$")
"""A run-in heading: bold words closed by a full stop, then the paragraph on the same line
("**Root cause.** The 112 late orders ...")."""
_ASKED_RUN_IN = linear.compile(r"^((?:What|How|Why|When|Where|Who)\b[^.:;!?*_]{1,50})\.\s+(\S.*)$")
"""A run-in label asked as a question and closed by a full stop, then the paragraph on the same
line ("What caused it. Our order volume grew ..."): the bold run-in heading of a letter whose
PDF text has lost the bold. A sentence rarely opens on a question word and stops a few words
later, so the label is taken when its words name a part clearly (see ``_asked_run_in``)."""
_NAMED_RUN_IN = linear.compile(r"^([A-Z][^.:;!?*_\d]{1,40})\.(?:\s+([A-Z\d].*))?$")
"""A heading that names a part and is closed by a full stop, alone on its line or run in
before the paragraph ("Corrective actions. On 13 May we ..."): the bold heading of a printed
plan whose PDF text has lost the bold. A sentence is not a part's name alone, so the label is
taken only when its few words are that name (see ``_named_run_in``)."""
_BANNER = linear.compile(
    "^(?:"
    + "|".join(
        rf"{mark}{{3,}}\s*([^=*~#-].{{0,150}}?)\s*{mark}{{3,}}"
        for mark in ("=", r"\*", "~", "#", "-")
    )
    + ")$"
)
"""A title between runs of one mark: "=== PROBLEM 2 ===" (its group is the mark's)."""
_HASHTAG = linear.compile(r"^#([A-Za-z][A-Za-z0-9_]{1,60})$")
"""A hashtag alone on its line, its words run together ("#whatwedid")."""
_LABEL_DASH = (" - ", " – ", " — ")
_SLIDE = linear.compile(r"^slide\s*[0-9]{1,3}\s*[-–—:.|]\s*(\S.*)$", linear.I)
"""A slide's title in a deck exported to text ("Slide 3 - Why it happened"): the number is the
deck's, the words after it are the slide's title, a heading over the bullets beneath it."""


def _first_group(match: linear.Match) -> str:
    return str(next(group for group in match.groups() if group is not None))


def line_unit(number: int, line: str, previous: Unit, following: str) -> Unit:
    if match := _BANNER.match(line):  # "=== PROBLEM 2 ===", "*** Root cause ***"
        return heading_line(number, _first_group(match), "marked")
    if line.startswith("#"):
        hashes = len(line) - len(line.lstrip("#"))
        if hashes <= 6 and line[hashes : hashes + 1] in (" ", ""):
            return heading_line(number, _closing_hashes(line[hashes:]), "marked", level=hashes)
    if line.startswith("|"):
        return _table_row(number, line)
    if (match := _HASHTAG.match(line)) and (tag := _hashtag_label(number, match.group(1))):
        return tag
    if match := _SLIDE.match(line):
        return heading_line(number, match.group(1), "marked")
    bold = line.startswith(("**", "__"))  # what the next three patterns open with
    if bold and (match := _EMPHASIS.match(line)):
        return heading_line(number, _first_group(match), "emphasis")
    if bold and (match := _EMPHASIS_LABEL.match(line)):
        label = heading_line(number, match.group(2), "label", rest=match.group(3))
        if label is not None:
            return label
    if bold and (match := _RUN_IN.match(line)) and (label := _run_in(number, match)):
        return label
    if (match := _ASKED_RUN_IN.match(line)) and (label := _asked_run_in(number, match)):
        return label
    if (
        not _runs_on(previous)
        and (match := _NAMED_RUN_IN.match(line))
        and (label := _named_run_in(number, match))
    ):
        return label
    is_item = bool(ITEM.match(line))
    if label := _inline_label(number, line, bullet=bool(_BULLET.match(line))):
        return label
    continued = following[:1].islower()  # a wrapped line of a paragraph (PDF text)
    heading = (
        None
        if continued or _field_value(previous) or _first_point(line, previous, following)
        else _bare_heading(number, line)
    )
    # A PDF's text has no blank lines: a short line that clearly names a part is a heading
    # even after a line with no full stop ("... 7730512", "Page 1 of 3"), numbered as a
    # report's sub-section or not ("2.1 Root cause" after a table's last cell).
    if heading is not None and (
        _stands_alone(previous)
        or (
            heading.meaning.kind in PARTS
            and heading.meaning.score >= 2.5
            and len(line.split()) <= 6
            and hd.unnumbered(line)[:1].isupper()
        )
    ):
        return heading
    return TextLine(number, ITEM.sub("", line, count=1) if is_item else line, is_item)


def _hashtag_label(number: int, tag: str) -> HeadingLine | None:
    """A hashtag alone on its line ("#rootcause", "#WhatWeDid") as a post's label: a heading
    when its words, run apart, name a part, an issue or a section a reviewer expects; any other
    tag ("#smallbusiness") is the post's, and stays text."""
    label = heading_line(number, hd.hashtag_words(tag), "marked")
    if label is None or label.meaning.kind not in (*PARTS, hd.ISSUE, hd.CONTEXT):
        return None
    if label.meaning.score < 2:
        return None
    label.text = f"#{tag}"
    return label


def _run_in(number: int, match: linear.Match) -> HeadingLine | None:
    """A run-in heading opens a part or a section a reviewer expects when its words say so
    clearly; other bold openings ("**I did not do anything wrong.** ...") are the writer's
    emphasis inside a paragraph."""
    label = heading_line(number, match.group(1), "label", rest=match.group(2))
    if label is None:
        return None
    kind, score = label.meaning.kind, label.meaning.score
    if (kind in PARTS and score >= 2) or (kind in (hd.CONTEXT, hd.ISSUE) and score >= 2.5):
        return label
    return None


def _asked_run_in(number: int, match: linear.Match) -> HeadingLine | None:
    """A question-worded run-in label of at most six words that names a part clearly ("How we
    will prevent it."); a longer or vaguer opening ("What matters most is speed.") is text."""
    if len(match.group(1).split()) > 6:
        return None
    label = heading_line(number, match.group(1), "label", rest=match.group(2))
    if label is None or label.meaning.kind not in PARTS or label.meaning.score < 2.5:
        return None
    return label


def _named_run_in(number: int, match: linear.Match) -> HeadingLine | None:
    """A label of at most three words that names a part clearly and opens on a word that names
    it, as a part's name does ("Preventive measures.", "Corrective actions (completed).");
    "Root cause analysis showed a gap." runs on as a sentence, and "We checked why." or a
    diary's "Found out why." is a clause whose part word comes last: both are text."""
    if len(match.group(1).split()) > 3:
        return None
    label = heading_line(number, match.group(1), "label", rest=match.group(2) or "")
    if label is None or label.meaning.kind not in PARTS or label.meaning.score < 2.5:
        return None
    first = match.group(1).split()[0].lower()
    return label if first in label.meaning.words else None


def _closing_hashes(text: str) -> str:
    stripped = text.strip()
    without = stripped.rstrip("#")
    if without != stripped and (not without or without.endswith(" ")):
        return without.strip()
    return stripped


def _table_row(number: int, line: str) -> Unit:
    cells = [cell.strip() for cell in line.strip("|").split("|")]
    if all(not cell or set(cell) <= set("-: ") for cell in cells):
        return None  # the rule under a table's header row
    filled = [cell for cell in cells if cell]
    if len(filled) >= 2 and len(filled[0].split()) <= 8:
        label = heading_line(number, filled[0], "label", rest=" ".join(filled[1:]))
        # "| Root cause | … |" opens a part; "| Weekly metric review | Owner | … |" is a row of
        # a table inside one, and stays there.
        if label is not None and label.meaning.kind in PARTS and label.meaning.score >= 2:
            return label
    return TextLine(number, " ".join(filled), True)  # each row a point


def _inline_label(number: int, line: str, *, bullet: bool) -> HeadingLine | None:
    """ "Root cause: ...", "1. Corrective action - ...": a label that names a part, then text."""
    body = ITEM.sub("", line, count=1)
    if body[:1].islower():
        return None  # the wrapped end of a sentence, not a label
    if remarked := _remarked_label(number, body):
        return remarked
    cut, width = body.find(":"), 1
    if cut < 0 or cut > 90:
        cut, width = min(
            ((body.find(d), len(d)) for d in _LABEL_DASH if 0 < body.find(d) <= 90), default=(-1, 0)
        )
        if cut < 0:
            return None
    label, rest = body[:cut], body[cut + width :]
    if label[:2] in ("**", "__") and rest.startswith(label[:2]):
        rest = rest[2:]  # "**Finding:** text": the bold's close goes with its label
    if not 0 < len(label.split()) <= 10:
        return None
    heading = heading_line(number, label, "inline", rest=rest)
    if heading is None:
        return None
    # A bullet's label is usually a point's name; a long label is usually a sentence.
    need = 3.0 if bullet or width > 1 or len(label.split()) > 3 else 2.0
    if heading.meaning.kind in PARTS and heading.meaning.score >= need:
        return heading
    if not bullet and heading.meaning.kind in (hd.ISSUE, hd.ASIDE) and heading.meaning.score >= 2:
        return heading
    if not rest.strip() and len(label.split()) <= 8 and not bullet:
        return heading  # "Something:" alone on its line reads as a heading
    return None


def tab_label(number: int, raw: str) -> HeadingLine | None:
    """A web form pasted as text, each label and its answer on one line with a tab between
    them ("Why did it happen?<tab>Our courier ..."): the words before the tab are a label of
    what follows it, read as if a colon stood there. A form's question may be longer than a
    colon's label ("What steps will you take to prevent this in the future?") when it names a
    part clearly. A label with its own colon, or a tab past the first 90 characters, is left
    to the line's other forms."""
    line = raw.strip()
    cut = line.find("\t", 0, _TAB_LABEL_CHARS)
    if cut <= 0 or ":" in line[:cut]:
        return None
    label, rest = " ".join(line[:cut].split()), " ".join(line[cut:].split())
    if not rest or len(label.split()) > _TAB_LABEL_WORDS:
        return None
    heading = heading_line(number, label, "inline", rest=rest)
    if heading is not None and heading.meaning.kind in PARTS and heading.meaning.score >= 2.5:
        return heading
    return _inline_label(number, f"{label}: {rest}", bullet=bool(_BULLET.match(label)))


_TAB_LABEL_CHARS = 91
"""How far into a line a tab may stand and end a label: a label is short."""
_TAB_LABEL_WORDS = 14
"""Words of a form's question before its tab; a sentence that happens to hold a tab is longer."""


def _remarked_label(number: int, body: str) -> HeadingLine | None:
    """ "Root cause (from review of all 264 late orders, done 5 May by the ops lead):": a part's
    name, then a remark in brackets on how it was found, then the colon that opens the part.
    The name alone says what the part is, however long the remark."""
    opened = body.find(" (")
    if opened <= 0 or not body.endswith("):") or body.count("(") != 1:
        return None
    label = body[:opened]
    if not 0 < len(label.split()) <= 4:
        return None
    heading = heading_line(number, label, "inline")
    if heading is not None and heading.meaning.kind in PARTS and heading.meaning.score >= 2.5:
        return heading
    return None


_SENTENCE_LABEL = linear.bounded(
    r"(?:^|(?<=[.!?)] ))([A-Z](?:[^.:!?\n]|(?<=\d)\.(?=\d)){0,120}):(?:\s|$)",
    reason="a label may hold a decimal point ('Step 1.2:'), known only by the digits around it",
)


def labelled_sentences(number: int, text: str) -> list[Unit]:
    """ "Reason: … Fixed: … Control: …" in one paragraph: the parts, each after its label."""
    cuts = []
    for match in _SENTENCE_LABEL.finditer(text):
        meaning = hd.meaning(hd.unnumbered(match.group(1)))
        if meaning.kind in PARTS and meaning.score >= 1.5 and len(match.group(1).split()) <= 16:
            cuts.append((match.start(1), match.end(), meaning, match.group(1)))
    if len({meaning.kind for *_, meaning, _ in cuts}) < 2:
        return [TextLine(number, text, False)]
    units: list[Unit] = []
    if lead := text[: cuts[0][0]].strip():
        units.append(TextLine(number, lead, False))
    for index, (_, end, meaning, label) in enumerate(cuts):
        stop = cuts[index + 1][0] if index + 1 < len(cuts) else len(text)
        # Two or more labels naming different parts back each other up: take each one.
        sure = hd.Meaning(meaning.kind, max(meaning.score, 2.0), None, meaning.words)
        units.append(HeadingLine(number, label, "label", sure))
        units.append(TextLine(number, text[end:stop].strip(), False))
    return units


def _field_value(previous: Unit) -> bool:
    """The line right under a form's field ("Appeal reason:" alone on its line, then "Other -
    we found the cause and fixed it") is the value chosen for that field, not a heading."""
    return (
        isinstance(previous, HeadingLine)
        and previous.form in ("label", "inline")
        and not previous.rest
        and previous.meaning.kind == hd.CONTEXT
    )


def _first_point(line: str, previous: Unit, following: str) -> bool:
    """A bullet right under a heading, with another bullet of the same mark after it, is the
    first point of that heading's list (a slide's title, then its bullets), not a heading of
    its own, whatever its words name ("• We did not understand the rule" under "Root cause")."""
    if not isinstance(previous, HeadingLine) or not _BULLET.match(line):
        return False
    return following[:2] == line[:2]


def _runs_on(previous: Unit) -> bool:
    """Whether the line above is a full line of a paragraph that stops mid-sentence, so this
    line ends its sentence ("... with Walmart's Seller Performance" / "Standards going
    forward."). A short line that stops so is a heading's own text ("Issue 1 - Late dispatch")."""
    return (
        isinstance(previous, TextLine)
        and not previous.is_item
        and len(previous.text.split()) >= _FULL_LINE_WORDS
        and not _stands_alone(previous)
    )


_FULL_LINE_WORDS = 8


def _stands_alone(previous: Unit) -> bool:
    if previous is None or isinstance(previous, HeadingLine):
        return True
    return previous.is_item or previous.text.endswith((".", "!", "?", ":", ";", ")", "”", '"'))


def _bare_heading(number: int, line: str) -> HeadingLine | None:
    words = line.split()
    if line.endswith("?") and len(words) <= 30:
        heading = heading_line(number, line, "question")
        if heading is not None and (heading.meaning.kind is None or heading.meaning.score < 2):
            # A form question that names no part ("How many warehouses do you have?")
            return HeadingLine(number, heading.text, "question", hd.Meaning(hd.CONTEXT, 2))
        return heading
    if len(words) > 14 or len(line) > 120 or line.endswith((".", ",", ";")) or ";" in line:
        return None
    if ": " in line and not ISSUE_PREFIX.match(line):
        label = hd.unnumbered(line.split(": ", 1)[0])
        if label and hd.meaning(label).kind not in PARTS:
            return None  # "Evidence: E3", "Owner: Shop owner": a field and its value
    letters = [c for c in line if c.isalpha()]
    caps = len(letters) >= 3 and all(c.isupper() for c in letters)
    heading = heading_line(number, line, "caps" if caps else "bare")
    if heading is None:
        return None
    if caps and not ITEM.match(line):
        return heading
    kind, score = heading.meaning.kind, heading.meaning.score
    if kind in PARTS and 1 <= score < 2.5 and len(words) <= 10:
        heading.form = "weak"  # taken only where the order of parts expects it
        return heading
    if (kind in PARTS and score >= 2.5) or (kind in (hd.CONTEXT, hd.ASIDE) and score >= 2.5):
        return heading if len(words) <= 10 or kind in PARTS else None
    if heading.issue_prefix and len(words) <= 10:
        return heading
    return None
