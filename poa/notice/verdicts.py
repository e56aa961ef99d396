"""Whether a metric the notice names is said to meet its standard: then it is shown, not cited.

A notice that cites a rate often lists the seller's other figures beside it. A row gives a value
and a standard ("Order defect rate (target < 1%)  0.4%"), a dashboard's status says "OK", a
clause says the rate is "within the standard", or a category has a count of 0: each says the
metric is fine. The value is compared with the standard the row marks, else with the metric's
usual one from the banks' thresholds, in the direction the metric must go.
"""

from __future__ import annotations

from poa import linear
from poa.banks.schema import Threshold
from poa.notice.matching import (
    CONTRAST,
    FAILING,
    LIST_ITEM,
    NEGATION,
    PASSING,
    REACH,
    RECOUNTED,
    NoticeText,
)
from poa.notice.tables import standard_first

_STANDARD_MARK = (
    r"(?:target|standard|maximum|max|minimum|min|limit|requirement|required|allowed|threshold|"
    r"recommend\w*|under|over|above|below|at least|at most|more than|less than|[<>≤≥=])"
    r"[^\d%]{0,6}$"
)
"""Words or signs just before a percentage that make it a standard, not the seller's value."""
_STANDARD_LINE = (
    r"[ \t]*(?:target|standard|goal|threshold|objective|minimum|maximum|limit|required)\b"
)
"""A line that gives the standard of the figure on the line above."""
_MARK_WORDS = frozenset(
    {
        "vs",
        "versus",
        "against",
        "target",
        "standard",
        "limit",
        "max",
        "maximum",
        "min",
        "minimum",
        "the",
        "and",
        "or",
        "of",
        "our",
        "is",
        "at",
        "most",
        "least",
        "under",
        "over",
        "below",
        "above",
        "required",
        "requirement",
        "threshold",
        "allowed",
        "goal",
    }
)
"""Words that may stand between a row's value and its standard ("0.6% vs 1%")."""
_CAPS = frozenset({"cap", "caps", "capped", "to", "within", "than", "by", "from"})
"""Words before a figure that make it a bound, not the seller's value ("caps it at 6 %")."""
_VALUE_AND_MARK = (
    r"[^\d\n]{0,40}?(\d{1,3}(?:[.,]\d+)?)(?:[ \t]*(?:stars?|/[ \t]*5|out of 5|hours?|days?))?"
    r"[ \t]+(?:(at least|minimum|min)[ \t:]*|(at most|maximum|max|under|below)[ \t:]*)?"
    r"(\d{1,3}(?:[.,]\d+)?)(?:[ \t]*(?:stars?|/[ \t]*5|hours?|days?))?"
    r"(?:[ \t]+or[ \t]+(?:(above|higher|more|better)|(below|lower|less|fewer)))?"
)
"""A row's value, then its standard and the way the value must go ("4.8 stars  4.0 or
above"): groups 1 and 4 the figures, 2 or 5 says up, 3 or 6 says down."""
_ROW_WORDS = 6
"""The most words of a dashboard row whose status is its verdict ("[ OK ] Cases")."""
_LOOK_UP = 8
"""How many lines above a detail line its row may stand."""
_POINTING_BACK = frozenset({"both", "these", "they", "this", "that", "each", "all", "those"})
"""The first word of a sentence that speaks of what the one before it named."""
_FEWEST_ROWS = 3
"""The fewest rows of a list of figures read as a scorecard."""
_ROW_LIMIT = 16
"""The most words of a row of a list of figures."""


_WITHIN_BAR = (
    r"(?:\b(not|no longer|never)\s+)?\b(?:within|inside)\s+(?:[\w'%.,]+\s+){0,3}"
    r"(?:standards?|targets?|limits?|thresholds?|requirements?|expectations?|range)\b"
)
"""Words that put a figure inside a bar of any owner ("within eBay's standards", "inside the
acceptable range"); group 1, a negation before them, says it is not."""
_SENTENCE_END = r"[\w%)][.!?][ \t]+[a-z]"
"""The end of a sentence in prose, lowered: a stop after a word, a figure or a bracket, then a
word (leader dots, "res. 0.1%" and "1.5%" end none)."""
_SAID = r"\b(?:is|are|was|were|falls?|fell|sits?|stays?|remains?|still)\s+(?:\w+\s+)?"
"""A verb that says where a value stands: "is below" is a verdict, "Above Standard" a name."""
_SHORT_OF = rf"{_SAID}(?:below|under|short of|lower than|less than|beneath)\b"
_PAST = rf"(?:{_SAID}(?:above|over|higher than|more than|beyond)|\bexceed(?:s|ing)?)\b"
_BAR = (
    r"\b(?:standards?|targets?|thresholds?|minimum|maximum|limits?|requirements?|"
    r"expectations?)\b"
)


def _named_standard(before: str, after: str) -> bool:
    """A figure that is the name of a standard ("inside the 1% target", "our 4% limit"): an
    article or "our" before it and the standard's word right after it."""
    return (
        linear.search(r"\b(?:the|our|a|your)\s$", before) is not None
        and linear.match(r" (?:target|standard|limit|threshold|maximum|minimum)\b", after)
        is not None
    )


def _another_label(between: str) -> bool:
    """A word between a row's first value and an unmarked one that is no standard's mark:
    the next figure is another metric's ("0.17% · Chargebacks 0.00%", "rate (3.6%) and your
    return rate (11.2%)"), not this one's standard."""
    return any(w.lower() not in _MARK_WORDS for w in linear.findall(r"[A-Za-z]{3,}", between))


def _indent(line: str) -> int:
    """How far a line is set in."""
    return len(line) - len(line.lstrip(" \t\u3000"))


def _only_so_high(lead: str, standard: Threshold) -> bool:
    """Whether the words before a value (``lead``) say it is "only" so much where more is
    better ("Only 81% of your orders were shipped on time"): the notice's own verdict that it
    falls short. Where less is better, "only 0.4%" says the rate is low, and fine."""
    return standard.comparison in (">", ">=") and linear.search(r"\bonly\b", lead) is not None


def _said_short(after: str, standard: Threshold) -> bool:
    """Whether the words after a value, in its sentence, say it misses its standard ("82%
    ..., which is below our customer service standard"): the notice's own verdict stands
    over the metric's usual standard, which may have changed. Which way misses is the
    metric's ("below" the standard of a rate that must be high, "above" one that must be
    low)."""
    sentence = linear.split(r"[.!?\n]", after[:200])[0]
    side = _SHORT_OF if standard.comparison in (">", ">=") else _PAST
    return (
        linear.search(rf"{side}[^.]{{0,40}}{_BAR}", sentence) is not None
        or linear.search(r"\b(?:not meet\w*|missed|miss(?:es|ing)?|fail\w*)\b", sentence)
        is not None
    )


def unflagged_row(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A cue on a row of a list of figures ("- Case rate: 0.4%  (down 0.1 points)",
    "- Average review rating: 4.9 stars") where another row says it misses its standard
    ("- Responses within 24 hours: 84%  - below standard") and this row says nothing
    of the kind: a scorecard that flags one figure cites that one, the others are shown
    for information."""
    if not notice.hits.get(FAILING):
        return False  # no row says it misses
    start = notice.line_of(span[0])
    failing = {notice.line_of(h.first) for h in notice.hits[FAILING]}
    if start in failing:
        return False
    rows = _rows_around(notice, start)
    return len(rows) >= _FEWEST_ROWS and any(row in failing for row in rows)


def _rows_around(notice: NoticeText, start: int) -> list[int]:
    """Where the lines start of the list of figures that holds the line at ``start``:
    the lines next to it, up to a blank line, each a short row with a figure (a list
    item or a label and its value). Empty when that line is no such row."""

    def row(at: int) -> bool:
        text = notice.line_text(at)
        return (
            len(text.split()) <= _ROW_LIMIT
            and linear.search(r"\d", text) is not None
            and linear.match(r"[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]|[^:\n]{2,50}:[ \t]*\S", text)
            is not None
        )

    if not row(start):
        return []
    rows = [start]
    at = start
    while at > 0 and len(rows) < _LOOK_UP:
        above = notice.lower.rfind("\n", 0, at - 1) + 1
        if above == at or not row(above):
            break
        rows.insert(0, above)
        at = above
    at = start
    while len(rows) < 2 * _LOOK_UP:
        end = notice.lower.find("\n", at)
        if end < 0 or end + 1 >= len(notice.lower) or not row(end + 1):
            break
        rows.append(end + 1)
        at = end + 1
    return rows


def fine_rows(notice: NoticeText) -> set[int]:
    """Where the short lines start (a dashboard's rows, of at most :data:`_ROW_WORDS`
    words) that say they are fine ("[ OK ] Cases", "Reviews  Meeting goal") and nothing
    that says they are not."""

    def lines(name: str) -> set[int]:
        return {notice.line_of(h.first) for h in notice.hits.get(name, [])}

    fine = lines(PASSING) - lines(FAILING) - lines(NEGATION)
    return {start for start in fine if len(notice.line_text(start).split()) <= _ROW_WORDS}


def parent_line(notice: NoticeText, word: int) -> int | None:
    """Where the line starts that the line of word ``word`` is set in under: the nearest
    line above indented less, over lines set in as far as it (None when a blank line or
    a line set in further comes first)."""
    start = notice.line_of(word)

    own = _indent(notice.line_text(start))
    for _ in range(_LOOK_UP):  # over the row's other detail lines, set in as far
        if start == 0:
            return None
        above = notice.lower.rfind("\n", 0, start - 1) + 1
        over = notice.line_text(above)
        if not over.strip() or _indent(over) > own:
            return None
        if _indent(over) < own:
            return above
        start = above
    return None


def passing(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A metric named in a clause that says it is fine, or that it will be counted again
    or watched ("your return rate will be recalculated within 48 hours", "which we will
    continue to monitor"), and nothing that says it misses its standard."""
    turns = [h.first for h in notice.near(CONTRAST, *span)]
    start = max([t for t in turns if t <= span[0]], default=-1)
    end = min([t for t in turns if t > span[1]], default=len(notice.words))

    negations = {h.last for h in notice.near(NEGATION, *span)}

    def said(name: str, negated: bool) -> bool:
        return any(
            start <= h.first < end and (negated == bool({h.first - 1, h.first - 2} & negations))
            for h in notice.near(name, *span)
        )

    # "isn't meeting our standard": a fine word denied says it is not fine
    clause = _clause_text(notice, span, start, end)
    recounted = said(RECOUNTED, False) and "%" not in clause  # a rate given is judged
    fine = said(PASSING, False) or recounted or _within_bar(clause)
    if said(FAILING, False) or said(PASSING, True):
        return False
    return fine or _said_fine_next(notice, span)


def _said_fine_next(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A metric whose verdict is the next sentence, which points back to it ("... and your
    cases closed rate is 0.2%. Both are within the standard."), says it is fine and
    nothing that says it is not."""
    following = span[1] + 1
    sentence = notice.words[span[0]].sentence
    while following < len(notice.words) and notice.words[following].sentence == sentence:
        following += 1
    if following == len(notice.words) or notice.words[following].sentence != sentence + 1:
        return False
    if notice.words[following].word not in _POINTING_BACK:
        return False
    negations = {h.last for h in notice.near(NEGATION, following, following)}
    if notice.near(FAILING, following, following):
        return False
    fine = [h for h in notice.near(PASSING, following, following) if h.first >= following]
    return any(not {h.first - 1, h.first - 2} & negations for h in fine)


def _clause_text(notice: NoticeText, span: tuple[int, int], start: int, end: int) -> str:
    """The clause of a cue: words ``start`` to ``end``, within its sentence and
    :data:`REACH` words of it."""
    sentence = notice.words[span[0]].sentence
    first, last = max(start, span[0] - REACH, 0), min(end - 1, span[1] + REACH)
    while notice.words[first].sentence != sentence:
        first += 1
    while notice.words[last].sentence != sentence:
        last -= 1
    return notice.lower[notice.words[first].start : notice.words[last].end]


def _within_bar(clause: str) -> bool:
    """Whether a cue's clause says it is inside a bar, whoever's bar it is ("are within
    eBay's standards", "within the 7% limit"), and not that it is not ("no longer within
    our targets")."""
    found = linear.search(_WITHIN_BAR, clause)
    return found is not None and found.group(1) is None


def row_meets(notice: NoticeText, span: tuple[int, int], standard: Threshold) -> bool:
    """A metric on a line that gives its value and a standard which the value meets
    ("Order defect rate (target < 1%)  0.4%", "Cases closed without seller resolution
    0.13% (1)  0.30%", "my case rate is only 0.4%"): the line says it is fine. The
    value is the first percentage not
    marked as a standard; the standard the one marked ("target", "<", "maximum" ..., or
    "4% or lower") or else the next; which way it must compare is the metric's own (a
    row's "over 2%" says when it fails, not which way is good)."""
    end = notice.words[span[1]].end
    line, _, following = notice.lower[end : end + 240].partition("\n")
    below = [ln for ln in following.split("\n")[:3] if ln.strip()][:1]
    own_line = notice.lower[notice.lower.rfind("\n", 0, end) + 1 : end]
    if (
        below
        and linear.match(LIST_ITEM, own_line)
        and linear.match(LIST_ITEM, below[0])
        and _indent(own_line) == _indent(below[0])
    ):
        below = []  # the next item of a list ("* Reviews: ..." over "* Messages: 71%"),
        # not an item set in under it ("* Late shipment rate" over "    - 4.3%")
    if "%" not in line and below:  # a heading over its figures: "REFUND RATE\n
        rest = below[0]  #   Your rate: 2.2%   Standard: <= 6%"
    elif following.lstrip(" ")[:1] == "(" or linear.match(_STANDARD_LINE, following):
        # the standard on the next line: "91%\n(... 90%)", "91,3 %\ntarget above 90 %"
        rest = line + " " + following.split("\n", 1)[0]
    else:
        rest = line
    # a row ends with its sentence: "2.4% had a defect, against a maximum of 2%. On top of
    # that, 0.8% ..." gives the next metric's value (leaders and "res. 0.1%" end none)
    if stop := linear.search(_SENTENCE_END, rest):
        rest = rest[: stop.start() + 1]
    values: list[float] = []
    targets: list[float] = []
    last_end = -1
    for found in linear.finditer(r"(\d{1,3}(?:[.,]\d+)?)\s?%", rest):
        before = rest[max(0, found.start() - 16) : found.start()]
        number = float(found.group(1).replace(",", "."))
        after = rest[found.end() : found.end() + 14]
        marked = (
            linear.search(_STANDARD_MARK, before) is not None
            or linear.match(r"\s*or (?:lower|less|fewer|more|higher|better|below|above)", after)
            is not None
            or _named_standard(before, after)
        )
        if not marked and values and _another_label(rest[last_end : found.start()]):
            break  # "0.17% · Chargebacks 0.00%", "(3.6%) and your return rate (11.2%)"
        last_end = found.end()
        (targets if marked else values).append(number)
    if targets and not values and below and below[0][:1].isspace():
        # "Order defect rate   target less than 1 %" over "  Seller-fulfilled:  0,31 %"
        detail = linear.search(r"(\d{1,3}(?:[.,]\d+)?)\s?%", below[0])
        values = [float(detail.group(1).replace(",", "."))] if detail else []
    if (
        not targets
        and len(values) > 1
        and standard_first(notice.lower, notice.words[span[0]].start)
    ):
        targets, values = values[:1], values[1:]  # under "Target   Seller"
    if not values:
        return False
    target = targets[0] if targets else values[1] if len(values) > 1 else None
    if target is None:  # a value alone, said to be the seller's ("is only 0.4%"), is
        # judged by the metric's usual standard, as the notice's quoted values are
        said = (
            r"[\s.·…]*(?:(?:[\w-]+\s+){0,3}[\w-]*\s*:|is|was|are|were|stands at|—|–|-|=)?"
            r"[\s.·…]*(?:only|now|currently|just)?\s*\d{1,3}(?:[.,]\d+)?\s?%"
        )
        # the rest of the metric's name before its value ("A-to-z Guarantee claims
        # 0.17%"), unless a word of it marks a standard ("caps the rate at 6 %")
        lead = rest[: rest.find("%")]  # the words before the value
        label = linear.match(r"[\s.·…]*(?:[A-Za-z-]+[ \t]+){1,3}", rest)
        if label and not any(
            w.lower() in _MARK_WORDS or w.lower() in _CAPS
            for w in linear.findall(r"[A-Za-z]+", label.group(0))
        ):
            rest = rest[label.end() :]
        value = linear.match(said, rest)
        return (
            value is not None
            and standard.met_by(values[0])
            and not _said_short(rest[value.end() :], standard)
            and not _only_so_high(lead, standard)
        )
    return standard.model_copy(update={"target": target}).met_by(values[0])


def meets_its_mark(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A metric on a row of figures that are no percentages, its value then its standard
    with the way it must go ("Review rating   4.8 stars   4.0 or above", "Response time
    3 hours   at most 24"): the row shows the value meets it."""
    end = notice.words[span[1]].end
    line = notice.lower[end : end + 120].split("\n", 1)[0]
    if "%" in line:
        return False  # percentages are judged by the metric's own standard (row_meets)
    row = linear.match(_VALUE_AND_MARK, line)
    if row is None:
        return False
    value, target = (float(row.group(n).replace(",", ".")) for n in (1, 4))
    if row.group(2) or row.group(5):
        return value >= target  # "at least 4.0", "4.0 or above"
    if row.group(3) or row.group(6):
        return value <= target  # "at most 24", "24 or less"
    return False  # no way given: the next figure may be anything


def none_counted(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A category followed on its line by a count of 0 ("Listing Policy Violations    0",
    "Counterfeit products   0   -": the cells after it empty or a dash), or
    by a count said to be resolved, in brackets or in the row's status cell ("| 0 |
    Revoked")."""
    end = notice.words[span[1]].end
    rest = notice.lower[end : end + 82].split("\n", 1)[0]
    # a table's cells around the count: "| Listing Policy Violations | 0 |   |"
    return (
        linear.fullmatch(
            r"[^\d]{0,60}[\s\x{3000}:|│(]0(?:\)|件)?"
            r"(?:[ \t\x{3000}|│.]|[-–—](?:[ \t\x{3000}|│]|$)|n/a\b)*",  # "0   -", "0  n/a"
            rest,
        )
        is not None
        or linear.fullmatch(  # "Product Condition Customer Complaints   1 (resolved)"
            r"[^\d]{0,60}\s\d{1,3}\s*\((?:resolved|closed|withdrawn|reversed)\)[ \t.]*", rest
        )
        is not None
        or linear.fullmatch(  # "| Prohibited product listed | 0 | Revoked (appeal approved)"
            r"[^\d]{0,60}[|│][ \t]*\d{1,3}[ \t]*[|│][ \t]*"
            r"(?:resolved|closed|withdrawn|reversed|revoked|overturned|retracted|expired)\b.*",
            rest,
        )
        is not None
        or linear.fullmatch(  # a row's count, then a status cell: "IP   0   Appeal approved"
            r"[^\d]{0,60}[\s|│][ \t]*\d{1,3}[ \t|│]+appeal (?:approved|granted|accepted)\b.*",
            rest,
        )
        is not None
    )
