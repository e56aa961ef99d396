"""Step 1 of reading a plan: each line is a heading by its form, or text.

Markdown marks, an underline, ``**bold**``, a banner, a table row's first cell, a number
("1.", "Section 2 -", "Part III:"), capitals, a closing colon or question mark, or a short
line standing on its own make a heading; its words then say what it opens
(``headings.meaning``). A line that only stands alone must also say so clearly.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from poa import linear
from poa.review import headings as hd
from poa.review.headings import PARTS
from poa.review.language import unescape_markdown

_ITEM = linear.compile(r"^(?:[-*•◦▪‣●○■□–—+]|\d{1,3}[.)]|\(?[a-z]\)|\([0-9]{1,3}\))\s+")
_QUOTED = linear.compile(r"^>(?:\s|$)")
_BULLET = linear.compile(r"^[-*•◦▪‣●○■□–—+]\s+")
_RULE = linear.compile(r"^(?:[-*_=]\s*){3,}$")
_UNDERLINE = linear.compile(r"^(?:=+|-+)$")
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
ISSUE_PREFIX = linear.compile(
    r"^(?:(?:issue|violation|problem|complaint|concern|policy|allegation|matter|metric|reason)"
    # "Issue 2 of 3 —": a counter over the issues is one issue's number
    r"\s*(?:#\s*)?(?:[0-9]{1,3}(?:\s*(?:of|/)\s*[0-9]{1,3})?|[ivx]{1,4}|[a-h])\b\s*(?:[-–—:.)]|$)"
    r"|(?:issue|violation|problem|complaint)\s*[-–—:]\s*\S)",
    linear.I,
)
_BANNER = linear.compile(
    "^(?:"
    + "|".join(
        rf"{mark}{{3,}}\s*([^=*~#-].{{0,150}}?)\s*{mark}{{3,}}"
        for mark in ("=", r"\*", "~", "#", "-")
    )
    + ")$"
)
"""A title between runs of one mark: "=== PROBLEM 2 ===" (its group is the mark's)."""
_MARKER_ONLY = linear.compile(r"^(?:[-*•◦▪‣●○■□–—+]|\d{1,3}[.)]|\(?[a-z]\))$")
CLOSING = linear.compile(
    r"^(thank|sincerely|regards|kind regards|best regards|signed|yours)\b", linear.I
)
_LABEL_DASH = (" - ", " – ", " — ")


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


def read_lines(lines: list[str]) -> list[Unit]:
    units = _units(lines, set())
    # A reply answering a quoted message point by point, in a plan with no part headings of
    # its own: the quoted points are its questions. Where the writer's own headings name the
    # parts, quoted lines between them are notes (a template's tips, a reviewer's comments).
    answered = _answered_quotes(lines)
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
            unit = _quoted_point(number, line)
        elif _QUOTED.match(line):
            # A quoted message (a reply's "> " lines): someone else's words, never the plan's
            # own headings, however clearly they name a part ("> Explain the root cause").
            unit = TextLine(number, line, False)
        elif following and _UNDERLINE.match(following) and not _ITEM.match(line):
            # setext: a line underlined with = (level 1) or - (level 2)
            unit = _heading(number, line, "marked", level=1 if following[0] == "=" else 2)
            skip = True
        elif _boxed(lines, index, following):
            # a line between two rules ("=====" / "1. WHY THIS PLAN EXISTS" / "=====") is a
            # banner over a whole section of the document, numbered or not
            unit = _heading(number, line, "marked", level=1)
            skip = True
        elif _UNDERLINE.match(line):
            unit = None
        elif _logged(lines, index) or (diary and stamp_only(line)) or _entry_opens(lines, index):
            unit = TextLine(number, line, True)
        elif _entry_continues(lines, index):
            unit = TextLine(number, line, False)
        else:
            unit = _line_unit(number, line, previous, following)
        if isinstance(unit, HeadingLine) and unit.rest:
            units.append(unit)
            unit = TextLine(number, unit.rest, False)
        units.append(unit)
        previous = unit
    _numbered_prompts(lines, units)
    _quoted_message_headers(units)
    _contents_lists(lines, units)
    _numbered_sections(lines, units)
    return _labels_between(units)


def _labels_between(units: list[Unit]) -> list[Unit]:
    """Labelled parts in a run ("Cause: …", "Done: …", "Going forward: …", as the answer cell
    of a table holds them): a label whose word only hints at a part ("Done") is that part's
    label when it stands between the labels of the part before it and the part after it."""
    labels = [
        (index, PARTS.index(unit.meaning.kind))
        for index, unit in enumerate(units)
        if isinstance(unit, HeadingLine) and unit.form == "inline" and unit.meaning.kind in PARTS
    ]
    found: dict[int, HeadingLine] = {}
    for (start, before), (end, after) in pairwise(labels):
        if after - before != 2:
            continue
        for index in range(start + 1, end):
            label = _faint_label(units[index], PARTS[before + 1])
            if label is not None:
                found[index] = label
                break
    if not found:
        return units
    read: list[Unit] = []
    for index, unit in enumerate(units):
        if (label := found.get(index)) is None:
            read.append(unit)
        else:
            read += [label, TextLine(label.line, label.rest, False)]
    return read


def _faint_label(unit: Unit, kind: str) -> HeadingLine | None:
    """ "Done: all 96 orders shipped …": a short label of one or two words that hints at
    ``kind``, then the text it labels."""
    if not isinstance(unit, TextLine):
        return None
    label, colon, rest = unit.text.partition(": ")
    if not colon or not 0 < len(label.split()) <= 2 or not rest.strip():
        return None
    heading = _heading(unit.line, label, "inline", rest=rest)
    if heading is None or heading.meaning.kind != kind or heading.meaning.score < 1:
        return None
    return heading


_SECTION_NUMBER = linear.compile(r"^([1-9][0-9]?)\.\s+\S")


def _numbered_sections(lines: list[str], units: list[Unit]) -> None:
    """A plan in numbered sections, one per issue, each holding its part headings ("1.
    On-Time Delivery (84.7%)", "Root cause", "Corrective actions taken", "2. Valid Tracking
    Rate", ...), then a section in the same numbering that names a part ("4. Preventive
    measures"): the issue sections' numbered lines are the issues' titles, and the part's
    section stands beside them at their level, covering every issue, not inside the last one.
    Only where each issue's numbered line stands alone and a part's heading comes straight
    under it; a numbered list of points has text under its points. A PDF keeps no blank line
    around its section titles: there a numbered title that does not stand alone counts when
    the numbering runs through the whole document and two of its sections name themselves
    issues ("2. Issue 1 - Late dispatch")."""
    for alone in (True, False):
        found = _section_lines(lines, units, alone=alone)
        if len(found) < 3 or [number for number, _ in found] != list(range(1, len(found) + 1)):
            continue
        kinds = [_section_kind(units, index) for _, index in found]
        issues = [at for at, kind in enumerate(kinds) if kind == "issue"]
        shared = [at for at, kind in enumerate(kinds) if kind == "part"]
        if len(issues) < 2 or not shared or min(shared) < max(issues):
            continue
        if not alone and sum(isinstance(units[found[at][1]], HeadingLine) for at in issues) < 2:
            continue
        _share_sections(units, [found[at][1] for at in issues], [found[at][1] for at in shared])
        return


def _section_lines(lines: list[str], units: list[Unit], *, alone: bool) -> list[tuple[int, int]]:
    """(its number, index in units) of each line that may be a numbered section's title: a
    short line, no sentence, alone between blank lines when ``alone``."""
    found: list[tuple[int, int]] = []
    for index, unit in enumerate(units):
        if unit is None or (index and units[index - 1] is not None and alone):
            continue
        if alone and index + 1 < len(units) and units[index + 1] is not None:
            continue
        if index and (previous := units[index - 1]) is not None and previous.line == unit.line:
            continue  # the text after an inline heading on the same line
        raw = " ".join(lines[unit.line - 1].split())
        match = _SECTION_NUMBER.match(raw)
        if match and len(raw.split()) <= 12 and not raw.endswith("."):
            found.append((int(match.group(1)), index))
    return found


def _share_sections(units: list[Unit], issues: list[int], shared: list[int]) -> None:
    """The issues' numbered lines become their titles, the part sections after them stand at
    their level, and the part headings inside the issues one level down."""
    for at in range(issues[0], shared[-1] + 1):
        unit = units[at]
        if isinstance(unit, HeadingLine) and unit.meaning.kind in PARTS:
            unit.level = 2
    for index in issues:
        unit = units[index]
        if isinstance(unit, HeadingLine):
            unit.level = 1
            continue
        assert isinstance(unit, TextLine)
        units[index] = HeadingLine(unit.line, unit.text, "marked", hd.Meaning(hd.ISSUE, 3), level=1)
    for index in shared:
        unit = units[index]
        if isinstance(unit, TextLine):  # a plain line in a plan that marks its part headings
            title = unit.text.rstrip(":").strip()  # its number read off as a list's mark
            units[index] = HeadingLine(unit.line, title, "marked", hd.meaning(title))
        heading = units[index]
        assert isinstance(heading, HeadingLine)
        heading.level = 1


def _section_kind(units: list[Unit], index: int) -> str:
    """A numbered section's title: a part's own heading ("part"), an issue's title by its own
    words or with a part's heading straight under it ("issue"), or something else (""). A
    plain line that names a part strongly is that part's title in a plan whose part headings
    are marked (a plain line is text there, except in the plan's own numbering)."""
    unit = units[index]
    if isinstance(unit, HeadingLine):
        if unit.meaning.kind == hd.ISSUE and unit.issue_prefix:
            return "issue"  # "Issue 2 - Late dispatch": an issue by its own words
        return "part" if unit.meaning.kind in PARTS and unit.meaning.score >= 2.5 else ""
    assert unit is not None
    read = hd.meaning(unit.text.rstrip(":").strip())
    if read.kind in PARTS and read.score >= 2.5:
        return "part"
    following = next((after for after in units[index + 1 :] if after is not None), None)
    if (
        isinstance(following, HeadingLine)
        and following.meaning.kind in PARTS
        and following.meaning.score >= 2.5
    ):
        return "issue"
    return ""


_CONTENTS_TITLE = linear.compile(r"^(?:table of )?contents$", linear.I)
_CONTENTS_ENTRY = linear.compile(r"^\S.{0,150}?(?:\s|(?:\s?\.){3,}\s*)([0-9]{1,3})$")


def _contents_lists(lines: list[str], units: list[Unit]) -> None:
    """A front matter's table of contents ("Contents", then "1. Summary 3", "2. Root Cause
    Analysis 3", ...): three or more titles under that heading, each ending in its page
    number, the numbers never going down. The titles are the document's own headings once
    more; read as headings, the contents would open every part twice, as an issue of its own.
    The heading and its entries are the document's apparatus, not a part of the plan."""
    for index, unit in enumerate(units):
        if not isinstance(unit, HeadingLine) or not _CONTENTS_TITLE.match(unit.text.strip()):
            continue
        entries: list[int] = []
        last = 0
        for at in range(index + 1, len(units)):
            entry = units[at]
            if entry is None:
                continue
            raw = " ".join(lines[entry.line - 1].split()).strip("*_# ")
            match = _CONTENTS_ENTRY.match(raw)
            if match is None or int(match.group(1)) < last:
                break
            last = int(match.group(1))
            entries.append(at)
        if len(entries) >= 3:
            unit.meaning = hd.Meaning(hd.CONTEXT, 2)
            for at in entries:
                entry = units[at]
                assert entry is not None
                units[at] = TextLine(entry.line, lines[entry.line - 1].strip(), False)


def _quoted_message_headers(units: list[Unit]) -> None:
    """A heading over a quoted message only (a reply's "---- Original message ----", then the
    message's "> " lines): it opens someone else's words, never one of the plan's parts, however
    its words read. The reply's own headings follow it once the quoted lines end. A heading
    whose quoted lines the writer then answers in text of their own under it ("POINT 1", the
    reviewer's point quoted, the answer) is the answer's heading, and stays one."""
    for index, unit in enumerate(units):
        if not isinstance(unit, HeadingLine) or unit.rest:
            continue
        body = 0
        answered = False
        for after in units[index + 1 :]:
            if after is None:
                continue
            if not isinstance(after, TextLine) or not _QUOTED.match(after.text):
                answered = isinstance(after, TextLine)
                break
            body += 1
        if body >= 2 and not answered:
            unit.meaning = hd.Meaning(hd.CONTEXT, 2)


def _answered_quotes(lines: list[str]) -> set[int]:
    """A reply that answers the message it quotes point by point ("> Your plan did not
    explain the root cause.", then the writer's answer, then the next quoted point): the last
    line of each quoted point is the question its answer replies to, as a form's question is.
    Only when two or more quoted points each have the writer's own text after them; a message
    quoted whole, above or below the reply, stays someone else's words."""
    points: list[int] = []
    last: int | None = None  # the last quoted line with words, not yet answered
    for index, raw in enumerate(lines):
        line = raw.strip()
        if _QUOTED.match(line):
            if line[1:].strip():
                last = index
        elif line and last is not None:
            points.append(last)
            last = None
    return set(points) if len(points) >= 2 else set()


def _quoted_point(number: int, line: str) -> HeadingLine:
    """A quoted point that a reply answers: a part's heading when its words name one clearly,
    otherwise the heading of something else the message asked for (invoices, a question)."""
    text = line[1:].strip()
    heading = _heading(number, text, "question")
    if heading is not None and heading.meaning.kind in PARTS and heading.meaning.score >= 2:
        return heading
    return HeadingLine(number, text, "question", hd.Meaning(hd.CONTEXT, 2))


_DATED = linear.compile(
    r"^\s*(?:[12][0-9]{3}-[01]?[0-9]-[0-3]?[0-9]|[0-3]?[0-9][/.][01]?[0-9][/.](?:[12][0-9])?[0-9]{2})"
    r"\s+\S"
)
"""A line that opens with a date, then text: "2026-05-06  DONE  Reno template rebuilt"."""


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_DAY = r"[0-3]?[0-9](?:st|nd|rd|th)?"
STAMP = linear.compile(
    r"^\s*(?:(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?\.?,?\s+)?"
    rf"(?:{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH}"
    r"|[12][0-9]{3}-[01]?[0-9]-[0-3]?[0-9]|[0-3]?[0-9][/.][01]?[0-9](?:[/.](?:[12][0-9])?[0-9]{2})?)"
    r"(?:,?\s+[12][0-9]{3})?"
    r"(?:\s*(?:[-–—,@]|at)?\s*(?:[0-2]?[0-9](?:[:.][0-5][0-9])?\s*(?:am|pm|h)?"
    r"|(?:early |late |in the )?(?:morning|afternoon|evening|night|noon|midday|lunchtime)))?"
    r"\s*[:.]?",
    linear.I,
)
"""A date stamp: "Monday, March 2, 2026 - 8:40am", "3 March, evening", "2026-03-05"."""


def stamp_only(line: str) -> bool:
    """Whether a line is a date stamp and nothing else: the opening of a diary's entry."""
    found = STAMP.match(line)
    return found is not None and not line[found.end() :].strip()


def _logged(lines: list[str], index: int) -> bool:
    """A row of a dated log: each line opens with its own date, and so does the line before or
    after it. Each row is one entry (a point), not a heading nor a wrapped paragraph."""
    if not _DATED.match(lines[index]):
        return False
    return any(
        0 <= near < len(lines) and _DATED.match(lines[near]) for near in (index - 1, index + 1)
    )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _entry_opens(lines: list[str], index: int) -> bool:
    """A log's entry with a hanging indent: a line that opens with a date, its text wrapped
    onto lines indented past the date ("2026-03-11 - Walked the floor …" / "      and found
    …"). The entry is one point, whatever its wrapped lines say."""
    line = lines[index]
    if not _DATED.match(line) or index + 1 >= len(lines):
        return False
    following = lines[index + 1]
    return bool(following.strip()) and _indent(following) > _indent(line) + 3


def _entry_continues(lines: list[str], index: int) -> bool:
    """A wrapped line of a log's entry with a hanging indent: a label in it ("CAUSE: …",
    "Second problem found: …") is the entry's text, not a heading of the plan."""
    depth = _indent(lines[index])
    for above in range(index - 1, max(-1, index - 30), -1):
        line = lines[above]
        if not line.strip():
            return False
        if _indent(line) < depth:  # the line the wrapped text hangs from
            return _entry_opens(lines, above)
    return False


def _boxed(lines: list[str], index: int, following: str) -> bool:
    """Whether line ``index`` stands between two rules of the same mark, with text of its own."""
    if index == 0 or not following or not _RULE.match(following):
        return False
    above = " ".join(lines[index - 1].split())
    return (
        bool(_RULE.match(above)) and above[:1] == following[:1] and len(lines[index].split()) <= 14
    )


_NUMBER = linear.compile(r"^\s*([0-9]{1,3})([.)])\s+\S")
_FIRST_PERSON = frozenset({"we", "our", "us", "i", "my", "me", "ours"})


def _numbered_prompts(lines: list[str], units: list[Unit]) -> None:
    """A form's numbered questions, pasted as the plan's headings ("1. Please explain the
    reason for the violation.", "2. What actions have you taken …?", "4. Additional
    information (optional)"): each stands alone between blank lines, and its number runs on
    from a neighbour already read as a heading in the same numbering, and text answers it. A
    form asks in its own voice, so a line that speaks as the seller ("1. We refunded all 14
    buyers.") stays a point of a list; so does the last point of an answer's own numbered
    list, which the next question follows with no answer of its own. A PDF may lose the blank
    line above a question (one that asks, "?"): the answer before it ends its sentence there.
    A question taken anchors the next one in turn, so a run of them is read from either end."""
    first = {}
    for index, unit in enumerate(units):
        if unit is not None and unit.line not in first:
            first[unit.line] = index
    numbered: list[tuple[int, str, int]] = []  # (number, its mark, index in units)
    for number, raw in enumerate(lines, start=1):
        match = _NUMBER.match(raw)
        above = lines[number - 2].strip() if number > 1 else ""
        asked = "?" in raw and above.endswith((".", "!", "?"))
        alone = (not above or asked) and (number == len(lines) or not lines[number].strip())
        if match and alone and number in first:
            numbered.append((int(match.group(1)), match.group(2), first[number]))
    anchors = {index for _, _, index in numbered if _whole_heading(units[index])}
    order = list(enumerate(numbered))
    for at, (value, mark, index) in [*reversed(order), *order]:
        unit = units[index]
        if not isinstance(unit, TextLine) or not _prompt(unit.text) or not _answered(units, index):
            continue
        neighbours = (numbered[at - 1 : at] if at else [], numbered[at + 1 : at + 2])
        if any(
            other[1] == mark and other[0] == value + step and other[2] in anchors
            for step, near in zip((-1, 1), neighbours, strict=True)
            for other in near
        ):
            units[index] = _prompt_heading(unit)
            if _whole_heading(units[index]):
                anchors.add(index)


def _answered(units: list[Unit], index: int) -> bool:
    following = next((unit for unit in units[index + 1 :] if unit is not None), None)
    return isinstance(following, TextLine)


def _whole_heading(unit: Unit) -> bool:
    """A heading by its own form that is the whole line: not a label with its value after it
    ("Contacted buyers: Y / N"), nor a faint line taken only where a part is expected."""
    return (
        isinstance(unit, HeadingLine)
        and not unit.rest
        and unit.form in ("question", "caps", "bare", "marked", "emphasis")
    )


def _prompt(text: str) -> bool:
    """A form's prompt is written as a sentence, in the form's voice: a line in capitals is a
    title, which ``_bare_heading`` has already judged by its words."""
    words = [w.strip(".,:;!?()'\"").lower() for w in text.split()]
    return 0 < len(words) <= 20 and not _FIRST_PERSON & set(words) and not text.isupper()


def _prompt_heading(unit: TextLine) -> Unit:
    heading = _heading(unit.line, unit.text, "question")
    if heading is None:
        return unit
    if heading.meaning.kind is None or heading.meaning.score < 2:
        heading.meaning = hd.Meaning(hd.CONTEXT, 2)  # "Additional information (optional)"
    return heading


def _first_group(match: linear.Match) -> str:
    return str(next(group for group in match.groups() if group is not None))


def _line_unit(number: int, line: str, previous: Unit, following: str) -> Unit:
    if match := _BANNER.match(line):  # "=== PROBLEM 2 ===", "*** Root cause ***"
        return _heading(number, _first_group(match), "marked")
    if line.startswith("#"):
        hashes = len(line) - len(line.lstrip("#"))
        if hashes <= 6 and line[hashes : hashes + 1] in (" ", ""):
            return _heading(number, _closing_hashes(line[hashes:]), "marked", level=hashes)
    if line.startswith("|"):
        return _table_row(number, line)
    bold = line.startswith(("**", "__"))  # what the next three patterns open with
    if bold and (match := _EMPHASIS.match(line)):
        return _heading(number, _first_group(match), "emphasis")
    if bold and (match := _EMPHASIS_LABEL.match(line)):
        label = _heading(number, match.group(2), "label", rest=match.group(3))
        if label is not None:
            return label
    if bold and (match := _RUN_IN.match(line)) and (label := _run_in(number, match)):
        return label
    if (match := _ASKED_RUN_IN.match(line)) and (label := _asked_run_in(number, match)):
        return label
    is_item = bool(_ITEM.match(line))
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
    return TextLine(number, _ITEM.sub("", line, count=1) if is_item else line, is_item)


def _run_in(number: int, match: linear.Match) -> HeadingLine | None:
    """A run-in heading opens a part or a section a reviewer expects when its words say so
    clearly; other bold openings ("**I did not do anything wrong.** ...") are the writer's
    emphasis inside a paragraph."""
    label = _heading(number, match.group(1), "label", rest=match.group(2))
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
    label = _heading(number, match.group(1), "label", rest=match.group(2))
    if label is None or label.meaning.kind not in PARTS or label.meaning.score < 2.5:
        return None
    return label


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
        label = _heading(number, filled[0], "label", rest=" ".join(filled[1:]))
        # "| Root cause | … |" opens a part; "| Weekly metric review | Owner | … |" is a row of
        # a table inside one, and stays there.
        if label is not None and label.meaning.kind in PARTS and label.meaning.score >= 2:
            return label
    return TextLine(number, " ".join(filled), True)  # each row a point


def _heading(
    number: int, text: str, form: str, rest: str = "", level: int | None = None
) -> HeadingLine | None:
    text = text.strip().strip("*_").strip()
    prefix = bool(ISSUE_PREFIX.match(text) or ISSUE_PREFIX.match(_ITEM.sub("", text, count=1)))
    core = hd.unnumbered(_ITEM.sub("", text, count=1)).rstrip(":").strip()
    if not core and not prefix:
        core = text.rstrip(":").strip()
    meaning = hd.meaning(core) if core else hd.Meaning(None, 0)
    if prefix and (meaning.kind not in PARTS or meaning.score < 3):
        meaning = hd.Meaning(hd.ISSUE, 3)  # "Issue 1: Late shipment rate …" names an issue
    return HeadingLine(number, core or text.rstrip(":"), form, meaning, rest.strip(), prefix, level)


def _inline_label(number: int, line: str, *, bullet: bool) -> HeadingLine | None:
    """ "Root cause: ...", "1. Corrective action - ...": a label that names a part, then text."""
    body = _ITEM.sub("", line, count=1)
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
    if not 0 < len(label.split()) <= 10:
        return None
    heading = _heading(number, label, "inline", rest=rest)
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
    heading = _heading(number, label, "inline")
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


def _stands_alone(previous: Unit) -> bool:
    if previous is None or isinstance(previous, HeadingLine):
        return True
    return previous.is_item or previous.text.endswith((".", "!", "?", ":", ";", ")", "”", '"'))


def _bare_heading(number: int, line: str) -> HeadingLine | None:
    words = line.split()
    if line.endswith("?") and len(words) <= 30:
        heading = _heading(number, line, "question")
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
    heading = _heading(number, line, "caps" if caps else "bare")
    if heading is None:
        return None
    if caps and not _ITEM.match(line):
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
