"""Passes over the lines already read, where one line's form cannot decide: what the lines
around it say.

A plan in numbered sections, one per issue, with a part's section beside them; a form's
numbered questions pasted as headings; a contents list that only names the parts to come; a
quoted message's headers; the points of a quoted message a reply answers; a label that
only hints at a part, between the labels of the parts before and after it; and a label that
names no part, the third of a series of alike labels whose first two name the first parts.
"""

from __future__ import annotations

from itertools import pairwise

from poa import linear
from poa.review import headings as hd
from poa.review.headings import PARTS
from poa.review.line_units import ITEM, QUOTED, HeadingLine, TextLine, Unit, heading_line


def labels_between(units: list[Unit]) -> list[Unit]:
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
    return _with_labels(units, found)


def _with_labels(units: list[Unit], found: dict[int, HeadingLine]) -> list[Unit]:
    """The units with each found label, and the text after it, in place of its line."""
    if not found:
        return units
    read: list[Unit] = []
    for index, unit in enumerate(units):
        if (label := found.get(index)) is None:
            read.append(unit)
        else:
            read += [label, TextLine(label.line, label.rest, False)]
    return read


def labels_in_series(units: list[Unit]) -> list[Unit]:
    """Labelled parts written as a series of alike labels ("What happened: …", "What we did:
    …", "What we will do: …"): once two labels that open with the same word name the first
    two parts in order, the next label that opens with that word too and names no part of its
    own is the last part's label, the series' third term, before any heading."""
    labels = [
        (index, unit)
        for index, unit in enumerate(units)
        if isinstance(unit, HeadingLine) and unit.form == "inline" and unit.meaning.kind in PARTS
    ]
    found: dict[int, HeadingLine] = {}
    for (_, first), (start, second) in pairwise(labels):
        opening = _opening(first.text)
        if [first.meaning.kind, second.meaning.kind] != list(PARTS[:2]):
            continue
        if opening is None or _opening(second.text) != opening:
            continue
        for index in range(start + 1, len(units)):
            if isinstance(units[index], HeadingLine):
                break
            if (label := _series_label(units[index], opening)) is not None:
                found[index] = label
                break
    return _with_labels(units, found)


def _opening(label: str) -> str | None:
    words = label.split()
    return words[0].lower() if len(words) >= 2 else None


_SERIES_WORDS = 6
"""Words of a label in a series at most: "What we will do from now on"."""


def _series_label(unit: Unit, opening: str) -> HeadingLine | None:
    """ "What we will do: …": a label opening with the series' word, naming no part itself."""
    if not isinstance(unit, TextLine):
        return None
    label, colon, rest = unit.text.partition(": ")
    if not colon or not rest.strip() or not 1 < len(label.split()) <= _SERIES_WORDS:
        return None
    heading = heading_line(unit.line, label, "inline", rest=rest)
    if heading is None or _opening(heading.text) != opening or heading.meaning.kind is not None:
        return None
    heading.meaning = hd.Meaning(PARTS[2], 2, words=tuple(heading.text.lower().split()))
    return heading


def _faint_label(unit: Unit, kind: str) -> HeadingLine | None:
    """ "Done: all 96 orders shipped …": a short label of one or two words that hints at
    ``kind``, then the text it labels."""
    if not isinstance(unit, TextLine):
        return None
    label, colon, rest = unit.text.partition(": ")
    if not colon or not 0 < len(label.split()) <= 2 or not rest.strip():
        return None
    heading = heading_line(unit.line, label, "inline", rest=rest)
    if heading is None or heading.meaning.kind != kind or heading.meaning.score < 1:
        return None
    return heading


_SECTION_NUMBER = linear.compile(r"^([1-9][0-9]?)\.\s+\S")


def numbered_sections(lines: list[str], units: list[Unit]) -> None:
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


def contents_lists(lines: list[str], units: list[Unit]) -> None:
    """A front matter's table of contents ("Contents", then "1. Summary 3", "2. Root Cause
    Analysis 3", ...): three or more titles under that title, each ending in its page number,
    the numbers never going down, or each a line the document gives again later, alone or with
    more after it (a contents list printed without page numbers, or whose numbers the text
    lost). The titles are the
    document's own headings once more; read as headings, the contents would open every part
    twice, as an issue of its own. The title and its entries are the document's apparatus,
    not a part of the plan."""
    for index, unit in enumerate(units):
        if unit is None or not _CONTENTS_TITLE.match(_title(lines, unit)):
            continue
        later = _later_lines(lines, units, index)
        entries: list[int] = []
        last = 0
        for at in range(index + 1, len(units)):
            entry = units[at]
            if entry is None:
                continue
            raw = " ".join(lines[entry.line - 1].split()).strip("*_# ")
            match = _CONTENTS_ENTRY.match(raw)
            if match is not None and int(match.group(1)) >= last:
                last = int(match.group(1))
            elif not _given_later(_title_key(raw), later, at):
                break
            entries.append(at)
        if len(entries) >= 3:
            if isinstance(unit, HeadingLine):
                unit.meaning = hd.Meaning(hd.CONTEXT, 2)
            _as_text(lines, units, entries)


def _title(lines: list[str], unit: HeadingLine | TextLine) -> str:
    return unit.text.strip() if isinstance(unit, HeadingLine) else lines[unit.line - 1].strip()


def _later_lines(lines: list[str], units: list[Unit], start: int) -> dict[str, int]:
    """Each line after ``start`` by its title (see ``_title_key``), with where it last comes."""
    return {
        _title_key(lines[unit.line - 1]): at
        for at, unit in enumerate(units)
        if at > start and unit is not None
    }


def _given_later(key: str, later: dict[str, int], at: int) -> bool:
    """Whether the document gives a contents entry again after ``at``: the same title, or a
    heading that goes on past it ("1.1 Cancellation rate (4.1%)" for "1.1 Cancellation rate")."""
    if later.get(key, -1) > at:
        return True
    return len(key.split()) >= 2 and any(
        where > at and title.startswith(key) and not title[len(key)].isalnum()
        for title, where in later.items()
        if len(title) > len(key)
    )


def _title_key(line: str) -> str:
    """A title as a contents list and the heading it names both give it: without its number,
    marks or spacing ("2. **Issue 1 - Late dispatch**" is "issue 1 - late dispatch")."""
    bare = ITEM.sub("", line.strip().strip("*_# "), count=1)
    return " ".join(bare.split()).strip("*_ ").casefold()


def _as_text(lines: list[str], units: list[Unit], entries: list[int]) -> None:
    """A contents list's entries as its lines of text, once each: a heading's text on its line
    ("Issue 1 - Late dispatch") goes with the heading."""
    seen: set[int] = set()
    for at in entries:
        entry = units[at]
        assert entry is not None
        fresh = entry.line not in seen
        units[at] = TextLine(entry.line, lines[entry.line - 1].strip(), False) if fresh else None
        seen.add(entry.line)


def quoted_message_headers(units: list[Unit]) -> None:
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
            if not isinstance(after, TextLine) or not QUOTED.match(after.text):
                answered = isinstance(after, TextLine)
                break
            body += 1
        if body >= 2 and not answered:
            unit.meaning = hd.Meaning(hd.CONTEXT, 2)


def answered_quotes(lines: list[str]) -> set[int]:
    """A reply that answers the message it quotes point by point ("> Your plan did not
    explain the root cause.", then the writer's answer, then the next quoted point): the last
    line of each quoted point is the question its answer replies to, as a form's question is.
    Only when two or more quoted points each have the writer's own text after them; a message
    quoted whole, above or below the reply, stays someone else's words."""
    points: list[int] = []
    last: int | None = None  # the last quoted line with words, not yet answered
    for index, raw in enumerate(lines):
        line = raw.strip()
        if QUOTED.match(line):
            if line[1:].strip():
                last = index
        elif line and last is not None:
            points.append(last)
            last = None
    return set(points) if len(points) >= 2 else set()


def quoted_point(number: int, line: str) -> HeadingLine:
    """A quoted point that a reply answers: a part's heading when its words name one clearly,
    otherwise the heading of something else the message asked for (invoices, a question)."""
    text = line[1:].strip()
    heading = heading_line(number, text, "question")
    if heading is not None and heading.meaning.kind in PARTS and heading.meaning.score >= 2:
        return heading
    return HeadingLine(number, text, "question", hd.Meaning(hd.CONTEXT, 2))


_NUMBER = linear.compile(r"^\s*([0-9]{1,3})([.)])\s+\S")
_FIRST_PERSON = frozenset({"we", "our", "us", "i", "my", "me", "ours"})


def numbered_prompts(lines: list[str], units: list[Unit]) -> None:
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
    title, which ``line_forms`` has already judged by its words."""
    words = [w.strip(".,:;!?()'\"").lower() for w in text.split()]
    return 0 < len(words) <= 20 and not _FIRST_PERSON & set(words) and not text.isupper()


def _prompt_heading(unit: TextLine) -> Unit:
    heading = heading_line(unit.line, unit.text, "question")
    if heading is None:
        return unit
    if heading.meaning.kind is None or heading.meaning.score < 2:
        heading.meaning = hd.Meaning(hd.CONTEXT, 2)  # "Additional information (optional)"
    return heading
