"""Ids a notice names only to set them aside: the subject of a clause that says it is not at
issue ("The other size, B0C7K2M5RA, is not affected"; "Votre commande 408-... n'est pas prise en
compte", which the gloss reads as "is not part of this notice"). The notice's action, finding or
request does not concern them, so they are not cited.

The words that say so are concepts.yaml's: a negation a few light words before an ``at_issue``
word ("not part of", "not be counted") or an ``unnamed`` one (the notice does not name it: "was
not named in the complaint", "is not mentioned"), or an ``apart`` word ("unaffected", "excluded
from").
An id is set aside by such words after it in its own clause: its sentence up to a ``contrast``
word ("B1 was removed, but B2 is not affected" sets aside B2 alone), or after such words and
a colon in its sentence, up to a contrast word ("Your orders are not affected: order 5771...").
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Mapping
from functools import lru_cache

from poa import linear
from poa.notice.words import Hit, Lexicon, Token, asides, tokens

NEGATION, AT_ISSUE, APART, CONTRAST = "negation", "at_issue", "apart", "contrast"
UNNAMED = "unnamed"
_LIGHT = frozenset({"be", "been", "being", "a", "an", "the", "any", "yet", "directly"})
"""Words a negation reaches across to what it denies ("not be counted", "not yet affected");
any other word between them makes the negation another verb's ("not delivered, which
affected your rate")."""


def cited(text: str, found: list[str], concepts: Mapping[str, list[str]]) -> list[str]:
    """The ids of ``found`` the notice does not set aside everywhere it names them.

    >>> words = {"negation": ["not"], "at_issue": ["affect"], "apart": [], "contrast": ["but"]}
    >>> cited("B0AAAAAAA1 was removed, but B0AAAAAAA2 is not affected.",
    ...       ["B0AAAAAAA1", "B0AAAAAAA2"], words)
    ['B0AAAAAAA1']
    """
    if not found:
        return []
    lower = text.lower()
    breaks = _breaks(lower)
    # One pass finds every id, each filed under its paragraph: a paragraph then reads only
    # its own ids, and a notice listing thousands stays linear.
    placed: dict[tuple[int, int], list[tuple[int, str]]] = {}
    for at, value in places(lower, found):
        placed.setdefault(_paragraph(breaks, len(lower), at), []).append((at, value))
    named: set[str] = set()  # named once at least where the notice does not set them aside
    for (first, last), here in sorted(placed.items()):
        if not _led_in_aside(_line_above(text, first), concepts):
            part = text[first:last]
            named |= _named_at_issue(part, [(at - first, value) for at, value in here], concepts)
    return [value for value in found if value in named]


def _breaks(lower: str) -> list[int]:
    """Where each blank line between paragraphs stands, in order."""
    places, at = [], lower.find("\n\n")
    while at >= 0:
        places.append(at)
        at = lower.find("\n\n", at + 1)
    return places


def _paragraph(breaks: list[int], size: int, at: int) -> tuple[int, int]:
    """Where the paragraph holding place ``at`` starts and ends: only an id's own paragraph
    is read, which keeps a long notice's reading short. ``breaks``: :func:`_breaks`, found
    once, so that a paragraph naming an id a thousand times is not looked for a thousand
    times."""
    index = bisect_right(breaks, at - 2)  # a break ending at ``at`` still comes before it
    first = breaks[index - 1] + 1 if index else 0
    last = breaks[index] if index < len(breaks) else size
    return first, last


def _named_at_issue(
    part: str, placed: list[tuple[int, str]], concepts: Mapping[str, list[str]]
) -> set[str]:
    """The ids ``part`` names once at least outside a clause that sets them aside; ``placed``:
    where in ``part`` each id it names stands (:func:`places`)."""
    words = tokens(part)
    negation, at_issue, apart = (tuple(concepts.get(name, [])) for name in _DENIAL_CONCEPTS)
    hits = _lexicon(negation, at_issue + tuple(concepts.get(UNNAMED, [])), apart).find(words)
    if not hits.get(APART) and not (hits.get(NEGATION) and hits.get(AT_ISSUE)):
        return {value for _, value in placed}
    denials = _denials(words, hits, asides(words, part.lower()))
    contrasts = {w.word for w in words} & set(concepts.get(CONTRAST, []))
    led = _lead_ins(part, words, denials)
    turns = [at for at, word in enumerate(words) if word.word in contrasts]
    at_word = {word.start: at for at, word in enumerate(words)}
    return {
        value
        for start, value in placed
        if (at := at_word.get(start)) is None
        or not (_set_aside(part, words, at, denials, contrasts) or _led_in(words, at, led, turns))
    }


def _lead_ins(text: str, words: list[Token], denials: list[int]) -> list[int]:
    """Where each clause that denies being at issue leads into what it speaks of with a colon
    in its sentence ("Your orders are not affected: order 5773..."): the index of the first
    word after the colon, in reading order. The colon is looked for a lead-in's length after
    the denial, and one closing its line ends the sentence (a block's lead-in is
    :func:`_led_in_aside`'s)."""
    starts = [word.start for word in words]
    led = []
    for denial in denials:
        colon = text.find(": ", words[denial].end, words[denial].end + _LEAD_IN_CHARACTERS)
        after = bisect_right(starts, colon)
        if colon >= 0 and after < len(words) and words[after].sentence == words[denial].sentence:
            led.append(after)
    return led


def _led_in(words: list[Token], at: int, led: list[int], turns: list[int]) -> bool:
    """Whether the id at word ``at`` follows a denial's colon in its sentence (:func:`_lead_ins`)
    with no contrast word between them ("...: order A, but order B was refunded")."""
    index = bisect_right(led, at) - 1
    if index < 0 or words[led[index]].sentence != words[at].sentence:
        return False
    turn = bisect_right(turns, at) - 1
    return turn < 0 or turns[turn] < led[index]


_DENIAL_CONCEPTS = (NEGATION, AT_ISSUE, APART)


def _line_above(text: str, at: int) -> str:
    """The last line with text before ``at``, up to :data:`_LEAD_IN_CHARACTERS` of its end (a
    longer line is cut, and read as no lead-in). Only the blank space before ``at`` and that
    line are looked at, never the text above: once per paragraph, the whole stays linear."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = text.rfind("\n", max(0, end - _LEAD_IN_CHARACTERS - 1), end) + 1
    if start == 0 and end > _LEAD_IN_CHARACTERS:
        start = end - _LEAD_IN_CHARACTERS - 1  # longer than a lead-in: one character too many
    return text[start:end]


def _led_in_aside(line: str, concepts: Mapping[str, list[str]]) -> bool:
    """Whether the paragraph under ``line`` is a block of rows (a table, a list) that its
    lead-in sets aside: the line just above it ends with a colon and says what follows is not
    at issue ("The listings below were not part of the complaint and stay active:")."""
    if not line.endswith(":") or len(line) > _LEAD_IN_CHARACTERS:
        return False
    clause = linear.split(r"[.!?;](?:\s|$)", line)[-1]
    words = tokens(clause)
    negation, at_issue, apart = (tuple(concepts.get(name, [])) for name in _DENIAL_CONCEPTS)
    hits = _lexicon(negation, at_issue + tuple(concepts.get(UNNAMED, [])), apart).find(words)
    return bool(_denials(words, hits, asides(words, clause.lower())))


_LEAD_IN_CHARACTERS = 300
"""The longest line read as the lead-in of the rows under it."""


@lru_cache(maxsize=4)
def _lexicon(
    negation: tuple[str, ...], at_issue: tuple[str, ...], apart: tuple[str, ...]
) -> Lexicon:
    """The denial concepts compiled once per library (a user's folder may add to them)."""
    return Lexicon({NEGATION: negation, AT_ISSUE: at_issue, APART: apart})


def _denials(words: list[Token], hits: dict[str, list[Hit]], aside: list[int]) -> list[int]:
    """Where each denial of being at issue starts (a word's index), in reading order; none in
    brackets or quotes: an aside says a thing of its own ("Order 5773... (USPS - no record)")."""

    def in_aside(at: int) -> bool:
        return aside[at] > (aside[at - 1] if at else 0)

    starts = [hit.first for hit in hits.get(APART, []) if not in_aside(hit.first)]
    issues = {hit.first for hit in hits.get(AT_ISSUE, [])}
    for negation in hits.get(NEGATION, []):
        at = negation.last + 1
        while at < len(words) and words[at].word in _LIGHT:
            at += 1
        if (
            at in issues
            and words[at].sentence == words[negation.first].sentence
            and not in_aside(negation.first)
        ):
            starts.append(negation.first)
    return sorted(starts)


_QUOTE_END = linear.compile(r"[.!?][\"'\x{201d}\x{bb}\x{300d})][ \t\n]")
"""A sentence that ends inside a quotation or brackets (... said "no refund." Your ...)."""


def _set_aside(
    text: str, words: list[Token], at: int, denials: list[int], contrasts: set[str]
) -> bool:
    """Whether a denial follows the id at word ``at`` in its clause."""
    sentence = words[at].sentence
    for denial in denials:
        if denial <= at:
            continue
        between = words[at + 1 : denial]
        return (
            words[denial].sentence == sentence
            and not any(w.word in contrasts for w in between)
            and _QUOTE_END.search(text[words[at].end : words[denial].start]) is None
        )
    return False


def places(text: str, found: list[str], fold: bool = True) -> Iterator[tuple[int, str]]:
    """Where each id of ``found`` stands in ``text``, with the id as ``found`` spells it: one
    pass over the text for every :data:`_AT_ONCE` ids, longest first where two overlap.
    ``fold``: ``text`` is in lower case, and the ids are looked for in lower case too."""
    spelled = {(value.lower() if fold else value): value for value in found}
    ordered = sorted(spelled, key=len, reverse=True)
    for first in range(0, len(ordered), _AT_ONCE):
        chunk = ordered[first : first + _AT_ONCE]
        pattern = linear.compile("|".join(_literal(value) for value in chunk))
        for match in pattern.finditer(text):
            yield match.start(), spelled[match.group(0)]


_AT_ONCE = 500
"""Ids looked for in one pass: a notice names a few; a pattern of hundreds stays small."""


def _literal(value: str) -> str:
    """``value`` as a pattern that matches it alone."""
    return "".join(c if c.isalnum() else f"\\x{{{ord(c):x}}}" for c in value)
