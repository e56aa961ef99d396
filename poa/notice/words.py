"""The words of a notice, and the groups of synonyms (concepts) found among them.

A notice is read as lower-case words in sentences; ``%`` is the word "percent". A term of a
concept ("signs of wear") matches the same words in a row, each word of three letters or more
in any of its own inflections (sign, signs, signed, signing; ship, shipped; reply, replies),
never another word and never part of a word: "ldr" is not in "Goldrick", "use" is not "us".
UK and US spellings are read as one ("cancelled", "canceled").

>>> words = Lexicon({"sold_new": ["sold as new"], "used": ["signs of use"]})
>>> hits = words.find(tokens("Items sold as new showed signs of use."))
>>> sorted(hits)
['sold_new', 'used']
>>> list(stretches(hits, ["sold_new", "used"], 12))
[(1, 7)]
"""

from __future__ import annotations

import heapq
from collections import deque
from collections.abc import Iterable, Iterator, Mapping, Sequence
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from poa import linear

_SENTENCE_END = linear.compile(
    r"[.!?;](?:\s|$)|[\x{3002}\x{FF01}\x{FF1F}]|:[ \t]*\n|\n[ \t]*\n"
    r"|\n[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t]"
)
"""The end of a sentence: a full stop (a Japanese one too), a colon closing its line, a blank
line, or the start of a list item (a list item is read as a sentence of its own)."""
_APART = str.maketrans(
    {chr(c): " " for c in range(128) if not (chr(c).isalnum() or chr(c) in "'%")}
)
"""Every ASCII sign but a letter, a digit, an apostrophe and '%' parts words."""

_SPELLING = {
    "fulfilment": "fulfillment",
    "fulfil": "fulfill",
    "fulfils": "fulfills",
    "authorisation": "authorization",
    "authorised": "authorized",
    "unauthorised": "unauthorized",
    "authorise": "authorize",
    "recognise": "recognize",
    "recognised": "recognized",
    "organisation": "organization",
    "licence": "license",
    "licences": "licenses",
    "cancelled": "canceled",
    "cancelling": "canceling",
    "labelled": "labeled",
    "centre": "center",
    "centres": "centers",
    "colour": "color",
    "colours": "colors",
    "programme": "program",
    "catalogue": "catalog",
    "enrol": "enroll",
    "behaviour": "behavior",
    "favour": "favor",
    "neighbour": "neighbor",
}
"""UK spellings read as US ones, word by word."""

_CLOSED_WORDS = """the and for not but nor was are has had its our you your all any own who why how
can may per via one two ten as is us of to in on at by or an be do go no so up we he it me my"""
_CLOSED = frozenset(_CLOSED_WORDS.split())
"""Short words that are not inflected: "a" + s is "as", "us" is no form of "use"."""


_OWN_WORDS = frozenset({"rating", "listing", "meaning", "finding", "setting", "building"})
"""Forms in -ing that are nouns of their own: a rating is not a rate, a listing no list."""


class Token(NamedTuple):
    """One word of a notice: its spelling as read, where it stands, which sentence holds it."""

    word: str
    start: int
    end: int
    sentence: int


def spell(word: str) -> str:
    """A word as the matcher reads it: no apostrophe, US spelling."""
    if "'" in word:
        word = word.replace("'", "")
    return _SPELLING.get(word, word)


def tokens(text: str) -> list[Token]:
    """The words of ``text`` (any case) with their places and sentence numbers: letters and
    digits in a row ("didn't" one word, "%" the word "percent"), every other sign a space.

    Each word is found by ``str.find`` from the last one, so a long text is read at the speed
    of C, not one pattern match a word."""
    lower = text.lower().replace("’", "'")
    ends = sorted(
        {m.start() for m in _SENTENCE_END.finditer(lower) if not _leader(lower, m.start())}
        | set(_line_ends(text))
    )
    ends.append(len(lower) + 1)
    plain = _plain(lower)
    found: list[Token] = []
    sentence, cursor = 0, 0
    for chunk in plain.split():
        at = plain.find(chunk, cursor)
        cursor = at + len(chunk)
        while ends[sentence] < at:
            sentence += 1
        if "%" not in chunk and "'" not in chunk:
            found.append(Token(_SPELLING.get(chunk, chunk), at, cursor, sentence))
            continue
        found += (Token(word, at + start, at + end, sentence) for word, start, end in _split(chunk))
    return found


def _plain(lower: str) -> str:
    """A lower-case text with every sign but ' and % a space, and whatever is not ASCII '?'."""
    return lower.encode("ascii", "replace").decode("ascii").translate(_APART)


def _split(chunk: str) -> Iterator[tuple[str, int, int]]:
    """The words of a chunk of :func:`_plain` text that holds a '%' or an apostrophe, each
    with where it starts and ends in the chunk."""
    if "'" not in chunk:  # "4%": a number, then the word "percent"
        start = 0
        for part in chunk.split("%"):
            if part:
                yield _SPELLING.get(part, part), start, start + len(part)
            start += len(part) + 1
            if start <= len(chunk):
                yield "percent", start - 1, start
        return
    for piece in linear.finditer(r"[a-z0-9?]+(?:'[a-z0-9?]+)*|%", chunk):
        word = piece.group(0)
        yield "percent" if word == "%" else spell(word), piece.start(), piece.end()


def _leader(text: str, at: int) -> bool:
    """A dot of a row of dots ("Messages answered ..... 100%") or of an ellipsis: no end."""
    return text[at] == "." and at > 0 and text[at - 1] == "."


_LEADING_WORDS = """a an the of from to for with by in on at as into than and or nor but that which
your our their its this these those"""
_LEADING = frozenset(_LEADING_WORDS.split())
"""Words that lead into what follows them (articles, prepositions, conjunctions): no heading
or sentence ends on one."""
_RULES = frozenset("|│┃║┆┊├┤┼└┘┌┐─━═+")
"""Signs that draw a table's cells and rules: a line that holds them is a row."""


def _line_ends(text: str) -> Iterator[int]:
    """Line breaks that end a sentence without a full stop: after a heading ("Why your appeal
    was not approved") or a row of a table or a dashboard ("Late shipment rate   6.3%   3%"),
    before a line that starts anew (a capital or a digit). A line of running text broken to
    fit a width is long and has no gaps; its break is not an end, and nor is the break of a
    line that ends on a word that leads into more ("separate from the" / "Prohibited Products
    review"), however narrow the width it was wrapped to."""
    at = 0
    lines = text.split("\n")
    for line, following in pairwise(lines):
        at += len(line) + 1
        body, start = line.strip(), following.lstrip()[:1]
        if not body or not start or body[-1] in ".!?;:,":
            continue
        if body[body.rfind(" ") + 1 :].lower() in _LEADING:
            continue
        tabular = "\t" in body or "  " in body or ".." in body or any(c in body for c in _RULES)
        row = start in _RULES  # the next row of a drawn table ("│ Valid tracking rate │ …")
        if (start.isupper() or start.isdigit() or row) and (len(body) < 60 or tabular):
            yield at - 1


@cache  # the concepts share their words: each is inflected once per process
def forms(word: str) -> frozenset[str]:
    """``word`` and its inflections: plural or third person, past, -ing (with the final e
    dropped or the last consonant doubled where English does), -ies/-ied for a final y. An
    -ing noun of its own (:data:`_OWN_WORDS`) is not a form of its verb."""
    if word in _CLOSED or not word.isalpha() or len(word) < 2:
        return frozenset({word})
    if len(word) == 2:  # "id", "po", "ip": a plural only
        return frozenset({word, word + "s"})
    out = {word, word + "s", word + "es", word + "ed", word + "ing"}
    if word.endswith("e"):
        out |= {word + "d", word[:-1] + "ing"}
    if word.endswith("y") and word[-2] not in "aeiou":
        out |= {word[:-1] + "ies", word[:-1] + "ied"}
    last, before, third = word[-1], word[-2], word[-3]
    if last not in "aeiouwxy" and before in "aeiou" and third not in "aeiou":
        out |= {word + last + "ed", word + last + "ing"}
    return frozenset(spell(w) for w in out - (_OWN_WORDS - {word}))


def _head_forms(word: str, term: str) -> frozenset[str]:
    """The forms of ``term``'s last word, its head; a head given in the plural also in the
    singular ("product detail page rules" is also "the product detail page rule"), but not a
    possessive ("another seller's")."""
    plural = word.endswith("s") and not word.endswith(("ss", "us", "is"))
    if len(word) > 3 and plural and not term.endswith(("'s", "\u2019s")):
        return forms(word) | {word[:-1]}
    return forms(word)


def term_words(term: str) -> list[str]:
    """A term's words as :func:`tokens` reads them ("on-time" is "on", "time")."""
    return list(_term_words(term))


@cache
def _term_words(term: str) -> tuple[str, ...]:
    # The words of tokens(term), without the sentences a term has no use for (a thousand
    # terms are read on every `poa notice`).
    words: list[str] = []
    for chunk in _plain(term.lower().replace("’", "'")).split():
        if "%" not in chunk and "'" not in chunk:
            words.append(_SPELLING.get(chunk, chunk))
        else:
            words += (word for word, _, _ in _split(chunk))
    return tuple(words)


class Hit(NamedTuple):
    """A concept found: its first and last word (indexes into the notice's tokens). A tuple:
    a long notice has hundreds of thousands, which the garbage collector then need not scan."""

    first: int
    last: int
    sentence: int


_Start = tuple[frozenset[str], str, tuple[frozenset[str], ...]]
"""A term of two words or more, by its first: its second's forms, its concept, the forms of
each later word."""
_NO_START: tuple[set[str], list[_Start]] = (set(), [])


class Lexicon:
    """Concepts (name → terms) compiled for matching: the words a term may start with
    point to the rest of the term, so a notice is read once whatever the number of terms."""

    def __init__(self, concepts: Mapping[str, Iterable[str]]) -> None:
        self.single: dict[str, list[str]] = {}  # a word → the concepts it is a term of
        # a first word of a longer term → every second word it is followed by, and for each
        # term (the forms of its second word, the concept, the forms of each later word), in
        # the order the terms are given. Built in a few ms: an index of every pair of forms
        # took 40 ms of every `poa notice` (issue 18).
        self.starts: dict[str, tuple[set[str], list[_Start]]] = {}
        single, starts = self.single, self.starts
        for name, terms in concepts.items():
            for term in terms:
                words = _term_words(term)
                if len(words) == 1:
                    for first in forms(words[0]):
                        if (names := single.get(first)) is None:
                            single[first] = [name]
                        else:
                            names.append(name)
                elif words:
                    later = [forms(w) for w in words[1:]]
                    later[-1] = _head_forms(words[-1], term)
                    entry = (later[0], name, tuple(later[1:]))
                    for first in forms(words[0]):
                        if (found := starts.get(first)) is None:
                            starts[first] = (set(entry[0]), [entry])
                        else:
                            found[0].update(entry[0])
                            found[1].append(entry)

    def find(self, words: list[Token]) -> dict[str, list[Hit]]:
        """Every concept in ``words``, each with where it stands, in reading order."""
        hits: dict[str, list[Hit]] = {}
        spelled = [t.word for t in words]
        for at, word in enumerate(spelled):
            for name in self.single.get(word, ()):
                hits.setdefault(name, []).append(Hit(at, at, words[at].sentence))
            if at + 1 == len(spelled):
                break
            following = spelled[at + 1]
            seconds_of_any, entries = self.starts.get(word, _NO_START)
            if following not in seconds_of_any:
                continue
            for seconds, name, rest in entries:
                end = at + 1 + len(rest)
                if (
                    following in seconds
                    and end < len(spelled)
                    and words[end].sentence == words[at].sentence  # a term is in one sentence
                    and all(spelled[at + 2 + i] in allowed for i, allowed in enumerate(rest))
                ):
                    hits.setdefault(name, []).append(Hit(at, end, words[at].sentence))
        return hits


def _events(found: list[Hit], concept: int) -> Iterator[tuple[int, int, int, int]]:
    for hit in found:
        yield hit.first, hit.last, hit.sentence, concept


def asides(words: list[Token], lower: str) -> list[int]:
    """For each word, how many words up to it (itself included) stand in brackets or in
    quotation marks within their sentence: an aside ("one of these products (a night light
    powered by a button battery) may be unsafe") or quoted examples ("claims such as "BEST"
    and "FREE DELIVERY" are not permitted in a title") do not part the words around them."""
    counted, depth, quoted, inside = [], 0, False, 0
    for at, token in enumerate(words):
        if at and token.sentence != words[at - 1].sentence:
            depth, quoted = 0, False
        gap = lower[words[at - 1].end if at else 0 : token.start]
        depth = max(0, depth + gap.count("(") - gap.count(")"))
        if gap.count('"') % 2:
            quoted = not quoted
        inside += depth > 0 or quoted
        counted.append(inside)
    return counted


def stretches(
    hits: Mapping[str, list[Hit]],
    names: list[str],
    within: int,
    aside: Sequence[int] | None = None,
) -> Iterator[tuple[int, int]]:
    """Each shortest stretch (first word, last word) of one sentence that holds every concept of
    ``names`` and spans at most ``within`` words, in reading order; with ``aside``
    (:func:`asides`), words in brackets are not counted. Lazy: reading the first few costs
    only the hits up to them."""
    if any(name not in hits for name in names):
        return

    def span(first: int, last: int) -> int:
        return last - first - (aside[last] - aside[first] if aside else 0)

    merged = heapq.merge(*(_events(hits[name], i) for i, name in enumerate(names)))
    ahead: deque[tuple[int, int, int, int]] = deque()
    exhausted, previous = False, -1
    while True:
        if not ahead:
            event = next(merged, None)
            if event is None:
                return
            ahead.append(event)
        first, _, sentence, _ = ahead[0]
        while not exhausted and span(first, ahead[-1][0]) <= within:
            event = next(merged, None)
            if event is None:
                exhausted = True
            else:
                ahead.append(event)
        seen: dict[int, int] = {}  # concept → the last word of its earliest hit from here
        for other_first, other_last, other_sentence, which in ahead:
            if other_sentence != sentence or span(first, other_first) > within:
                break
            seen.setdefault(which, other_last)
            if len(seen) == len(names):
                last = max(seen.values())
                if span(first, last) <= within and last != previous:
                    yield first, last
                    previous = last
                break
        ahead.popleft()
