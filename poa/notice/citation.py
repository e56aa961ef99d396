"""Which of a notice's found reasons it cites, and which it only mentions in passing.

A notice has a subject, what it decided or found about the seller, and surroundings: a policy
explained, a neighbouring metric shown within target, tips, links to read. The cited reason is
said where the notice speaks of the seller's own matter; a passing mention where it explains.
So each sentence gets a role, from its grammar and layout (:class:`Roles`), and each found
reason is read by the roles of the sentences that say it and where they stand:

* ``first``: its first evidence comes before every other reason's (1) or not (0);
* ``support``: the sentences that say it, over those of the reason said most often;
* ``depth``: how far into the notice its first evidence stands (0 at the top, 1 at the end);
* ``finding``: the share of its sentences that find or decide about the seller;
* ``subject``: whether it is said in the subject line or the first paragraph;
* ``beside_ids``: whether a sentence says it beside the seller's ids or a breaching value;
* ``explained``: the share of its evidence that names a rule, points to a page or is met.

A small logistic model over these (fitted on the development sets by scripts/fit_citation.py,
weights in citation.json) gives the chance that a reason is cited; below :data:`THRESHOLD`,
and never for the reason it finds likeliest, the reason is a passing mention. The notice reader
keeps it among the closest reasons, with its words. A non-English notice is read through its
English gloss (poa/notice/languages.py), so the roles read English words only.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from poa.errors import PoaError
from poa.notice.words import Hit, Token

WEIGHTS = Path(__file__).with_name("citation.json")
FEATURES = ("first", "support", "depth", "finding", "subject", "beside_ids", "explained")
THRESHOLD = 0.12
"""The chance of being cited below which a reason is a passing mention: chosen by
leave-one-set-out over the development sets (scripts/fit_citation.py)."""
_MAX_BYTES = 4096

_SELLERS = frozenset({"you", "your", "yours"})
"""Words that make the seller the subject of a sentence."""
_FINDING_VERBS = frozenset(
    {"found", "identified", "determined", "detected", "confirmed", "dropped", "fallen", "risen"}
)
"""Verbs of a finding or a measure ("we found", "has dropped to"); the verbs of action and of
a broken standard ("removed", "exceeds") are the concepts ``breach`` and ``failing``."""
_ACTING = ("breach", "failing")
"""The concepts whose words act on the seller's matter or say a standard is broken."""
_STATUS = frozenset({"risk", "required"})
"""The words of a dashboard's status of the seller's matter ("At risk", "Action required")."""
_CELLS = frozenset("|│┃║")
"""Signs that part a row's cells."""
_FULL_STOPS = frozenset(".!?\u3002")
"""The signs that end a sentence of running text."""
_TARGETS = frozenset({"target", "standard", "threshold", "goal"})
"""The words that give a metric's bound beside its value on a row."""
_UPPER = frozenset({"less", "under", "below", "maximum", "max"})
"""The words of an upper bound ("target less than 2.5%")."""
_LOWER = frozenset({"more", "over", "above", "minimum", "min", "least"})
"""The words of a lower bound ("target above 95%")."""
_VALUE_WORDS = 4
"""The most words of a value given after its label ("Status: Action required")."""
_ID_DIGITS = 7
"""The fewest digits of a word read as one of the seller's ids (an order, a listing, an item)."""


@dataclass(frozen=True)
class Roles:
    """The sentences of a notice by role: ``finding`` (a finding or decision about the
    seller's matter, or their own row of a dashboard), ``subject`` (subject line and first
    paragraph), ``ids`` (the seller's ids or a value that breaks a standard)."""

    finding: frozenset[int]
    subject: frozenset[int]
    ids: frozenset[int]


def roles(words: Sequence[Token], hits: Mapping[str, list[Hit]], lower: str) -> Roles:
    """Each sentence's role, read from the notice's ``words``, its concepts found (``hits``)
    and its ``lower``-case text (for the layout of its first paragraph and of its rows)."""
    seller: set[int] = set()
    ids: set[int] = set()
    measured: set[int] = set()
    percent: set[int] = set()
    for token in words:
        if token.word in _SELLERS:
            seller.add(token.sentence)
        elif token.word in _FINDING_VERBS:
            measured.add(token.sentence)
        elif token.word == "percent":
            percent.add(token.sentence)
        elif _an_id(token.word):
            ids.add(token.sentence)
    acting = {h.sentence for name in _ACTING for h in hits.get(name, ())} | measured
    ids |= percent & acting
    spans = (range(h.first, h.last + 1) for name in _ACTING for h in hits.get(name, ()))
    acted = {at for span in spans for at in span}
    finding = (seller | ids) & acting | _own_rows(words, lower, acted)
    return Roles(frozenset(finding), _opening(words, lower), frozenset(ids))


def _own_rows(words: Sequence[Token], lower: str, acted: set[int]) -> set[int]:
    """The sentences that hold a row of a dashboard, an account-health page or a table that
    carries the seller's own value or status: a finding about the seller, as a sentence with a
    verb is. A row is one line laid out in cells (gaps, leader dots, rules) or as a label and
    its value ("Complaints: 1"). It is the seller's own when it ends on a count above zero
    ("Listing violations .... 2"); else when it holds their ids, a word of action on their
    matter (``acted``, the words of "Listing removed", "exceeds the target") or a word of
    status ("At risk", "Action required"). A row at zero says nothing of the seller. The
    heading of a block of such rows ("Orders cancelled by your shop") says what they find."""
    own: set[int] = set()
    for block in _blocks(words, lower):
        rows = [row for row in block if _a_row(lower, words[row[0]].start, words[row[-1]].end)]
        mine = [row for row in rows if _the_sellers(words, row, acted)]
        if mine and block[0] not in rows:
            mine.append(block[0])
        own |= {words[at].sentence for row in mine for at in row}
    return own


def _the_sellers(words: Sequence[Token], row: list[int], acted: set[int]) -> bool:
    """Whether a ``row`` carries the seller's own value or status (:func:`_own_rows`)."""
    count = _count(words, row)
    if count is not None:
        return count > 0  # a count decides: above zero, or nothing
    if _misses_its_target([words[at].word for at in row]):
        return True
    return any(at in acted or _an_id(w := words[at].word) or w in _STATUS for at in row)


def _misses_its_target(row: list[str]) -> bool:
    """Whether a row gives a rate beside the target it misses ("Cancel rate  2.9%  target less
    than 2.5%"): its first figure above the target's bound when the bound is an upper one,
    below it when it is a lower one."""
    figures = _percents(row)
    if len(figures) < 2 or not any(w in _TARGETS for w in row[figures[0][0] : figures[1][0]]):
        return False
    (_, value), (at, bound) = figures[0], figures[1]
    lead = set(row[figures[0][0] : at])
    if lead & _UPPER:
        return value > bound
    return value < bound if lead & _LOWER else False


def _percents(row: list[str]) -> list[tuple[int, float]]:
    """The rates of a row's words, with where each stands: "2 9 percent" is 2.9, its decimal
    sign having parted the figure into two words."""
    found = []
    for at, word in enumerate(row):
        if word != "percent" or not at or not row[at - 1].isdigit():
            continue
        whole = at >= 2 and row[at - 2].isdigit()
        figure = f"{row[at - 2]}.{row[at - 1]}" if whole else row[at - 1]
        found.append((at, float(figure)))
    return found


def _count(words: Sequence[Token], row: list[int]) -> int | None:
    """The count a row ends on, if it does: a number that is no part of a figure ("0.4", "2,5")
    or of a date or range ("Jul 4, 2026", "100-199")."""
    last = words[row[-1]].word
    if not last.isdigit() or (len(row) > 1 and words[row[-2]].word.isdigit()):
        return None
    return int(last)


def _blocks(words: Sequence[Token], lower: str) -> Iterator[list[list[int]]]:
    """The blocks of the notice (lines between blank lines), each as the indexes of the words
    of its lines."""
    block: list[list[int]] = []
    for at, token in enumerate(words):
        gap = lower[words[at - 1].end : token.start] if at else ""
        if block and "\n" in gap:
            if gap.count("\n") > 1:
                yield block
                block = []
            else:
                block.append([])
        if not block:
            block.append([])
        block[-1].append(at)
    if block:
        yield block


def _a_row(lower: str, start: int, end: int) -> bool:
    """Whether the line of the words from ``start`` to ``end`` is laid out in cells or as a
    label and its value, not running text: a line that ends a sentence is text, whatever its
    gaps, and a label without its value ("Orders cancelled by your shop:") is a heading."""
    close = lower.find("\n", end)
    line = lower[lower.rfind("\n", 0, start) + 1 : len(lower) if close < 0 else close].strip()
    if line[-1:] in _FULL_STOPS:
        return False
    if "\t" in line or "  " in line or "\u3000" in line or ".." in line:
        return True
    if any(c in line for c in _CELLS):
        return True
    label, colon, value = line.replace("\uff1a", ":").rpartition(":")
    return bool(colon and label) and 0 < len(value.split()) <= _VALUE_WORDS


def _an_id(word: str) -> bool:
    """An ASIN ("b0" and eight letters or digits) or a run of digits as long as an id's."""
    if len(word) == 10 and word.startswith("b0") and word.isalnum():
        return True
    return len(word) >= _ID_DIGITS and word.isdigit()


def _opening(words: Sequence[Token], lower: str) -> frozenset[int]:
    """The sentences of the subject line and of the notice's first paragraph."""
    if not words:
        return frozenset()
    end = lower.find("\n\n", words[0].start)
    end = len(lower) if end < 0 else end
    opening = {t.sentence for t in words if t.start < end}
    subject = lower.find("subject:")
    if subject >= 0:
        line_end = lower.find("\n", subject)  # found once, not for every word after it
        opening |= {t.sentence for t in words if subject <= t.start < line_end}
    return frozenset(opening)


@dataclass(frozen=True)
class Said:
    """Where a found reason's evidence stands: the word each piece starts at, the sentence
    it is in, and how many pieces name a rule, point to a page or give a met value."""

    words: tuple[int, ...]
    sentences: frozenset[int]
    explained: int = 0


def features(said: dict[str, Said], length: int, by_role: Roles) -> dict[str, tuple[float, ...]]:
    """Each reason's ``FEATURES`` among the reasons found in a notice of ``length`` words."""
    starts = {reason: min(s.words) for reason, s in said.items()}
    earliest = min(starts.values())
    most = max(len(s.sentences) for s in said.values())
    return {
        reason: (
            float(starts[reason] == earliest),
            len(s.sentences) / most,
            starts[reason] / max(1, length),
            len(s.sentences & by_role.finding) / len(s.sentences),
            float(bool(s.sentences & by_role.subject)),
            float(bool(s.sentences & by_role.ids)),
            s.explained / len(s.words),
        )
        for reason, s in said.items()
    }


_recorded: list[dict[str, tuple[float, ...]]] | None = None
_fitted: tuple[float, ...] | None = None


@contextmanager
def recording() -> Iterator[list[dict[str, tuple[float, ...]]]]:
    """Within it, :func:`cited` keeps every reason and records the features it was given: what
    scripts/fit_citation.py fits the model on."""
    global _recorded
    _recorded = []
    try:
        yield _recorded
    finally:
        _recorded = None


@contextmanager
def weighed(weights: tuple[float, ...]) -> Iterator[None]:
    """Within it, :func:`cited` decides by ``weights``, not the shipped ones: how
    scripts/fit_citation.py measures a model fitted without the set it reads."""
    global _fitted
    _fitted = weights
    try:
        yield
    finally:
        _fitted = None


def cited(said: dict[str, Said], length: int, by_role: Roles) -> list[str]:
    """The reasons of ``said`` a notice cites, in their order; a single reason always is."""
    if len(said) < 2:
        return list(said)
    chances = features(said, length, by_role)
    if _recorded is not None:
        _recorded.append(chances)
        return list(said)
    weights = _fitted or _weights()
    return kept({reason: chance(weights, x) for reason, x in chances.items()})


def kept(odds: dict[str, float]) -> list[str]:
    """The reasons whose chance of being cited reaches ``THRESHOLD``, and the likeliest."""
    likeliest = max(odds.values())
    return [r for r, odd in odds.items() if odd >= THRESHOLD or odd == likeliest]


def chance(weights: tuple[float, ...], x: tuple[float, ...]) -> float:
    """The chance that a reason with features ``x`` is cited, by bias-first ``weights``."""
    score = weights[0] + sum(w * v for w, v in zip(weights[1:], x, strict=True))
    return 1 / (1 + math.exp(-score))


@cache
def _weights() -> tuple[float, ...]:
    """The fitted weights: the bias, then one per feature of ``FEATURES``."""
    from poa.fsutil import read_text

    data = json.loads(read_text(WEIGHTS, _MAX_BYTES, PoaError, "citation weights"))
    if tuple(data["features"]) != FEATURES:
        raise PoaError(f"{WEIGHTS.name} was fitted on other features; run scripts/fit_citation.py")
    return (float(data["bias"]), *(float(w) for w in data["weights"]))
