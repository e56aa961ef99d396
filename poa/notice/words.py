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
>>> stretches(hits, ["sold_new", "used"], 12)
[(1, 7)]
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from poa import linear

_TOKEN = linear.compile(
    r"[a-z0-9]+(?:['’][a-z]+)*|%"  # a word (its apostrophe kept: "didn't", "brand's")
    r"|(?P<end>[.!?;](?:\s|$)|:[ \t]*\n|\n[ \t]*\n|\n[ \t]*(?:[-*•]|\d{1,2}[.)])[ \t])"
)
"""A word, or the end of a sentence: a full stop, a colon closing its line, a blank line, or
the start of a list item (a list item is read as a sentence of its own)."""

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

_CLOSED_WORDS = """the and for not but nor was are has had its our you your all any own off out who
why how can may per via one two ten"""
_CLOSED = frozenset(_CLOSED_WORDS.split())
"""Short words that are not inflected: "a" + s is "as", "us" is no form of "use"."""


@dataclass(frozen=True)
class Token:
    """One word of a notice: its spelling as read, where it stands, which sentence holds it."""

    word: str
    start: int
    end: int
    sentence: int


def spell(word: str) -> str:
    """A word as the matcher reads it: no apostrophe, US spelling."""
    word = word.replace("'", "").replace("’", "")
    return _SPELLING.get(word, word)


def tokens(text: str) -> list[Token]:
    """The words of ``text`` (any case) with their places and sentence numbers, in one pass."""
    found: list[Token] = []
    sentence = 0
    for match in _TOKEN.finditer(text.lower()):
        if match.group("end") is not None:
            sentence += 1
            continue
        word = match.group(0)
        found.append(Token("percent" if word == "%" else spell(word), *match.span(), sentence))
    return found


def forms(word: str) -> frozenset[str]:
    """``word`` and its inflections: plural or third person, past, -ing (with the final e
    dropped or the last consonant doubled where English does), -ies/-ied for a final y."""
    if len(word) < 3 or word in _CLOSED or not word.isalpha():
        return frozenset({word})
    out = {word, word + "s", word + "es", word + "ed", word + "ing"}
    if word.endswith("e"):
        out |= {word + "d", word[:-1] + "ing"}
    if word.endswith("y") and word[-2] not in "aeiou":
        out |= {word[:-1] + "ies", word[:-1] + "ied"}
    last, before, third = word[-1], word[-2], word[-3]
    if last not in "aeiouwxy" and before in "aeiou" and third not in "aeiou":
        out |= {word + last + "ed", word + last + "ing"}
    return frozenset(spell(w) for w in out)


def term_words(term: str) -> list[str]:
    """A term's words as :func:`tokens` reads them ("on-time" is "on", "time")."""
    return [t.word for t in tokens(term)]


@dataclass(frozen=True)
class Hit:
    """A concept found: its first and last word (indexes into the notice's tokens)."""

    first: int
    last: int
    sentence: int


class Lexicon:
    """Concepts (name → terms) compiled for matching: the words a term may start with
    point to the rest of the term, so a notice is read once whatever the number of terms."""

    def __init__(self, concepts: Mapping[str, Iterable[str]]) -> None:
        self.starts: dict[str, list[tuple[str, tuple[frozenset[str], ...]]]] = {}
        for name, terms in concepts.items():
            for term in terms:
                words = term_words(term)
                if not words:
                    continue
                rest = tuple(forms(w) for w in words[1:])
                for first in forms(words[0]):
                    self.starts.setdefault(first, []).append((name, rest))

    def find(self, words: list[Token]) -> dict[str, list[Hit]]:
        """Every concept in ``words``, each with where it stands, in reading order."""
        hits: dict[str, list[Hit]] = {}
        for at, token in enumerate(words):
            for name, rest in self.starts.get(token.word, ()):
                end = at + len(rest)
                if end < len(words) and all(
                    words[at + 1 + i].word in allowed for i, allowed in enumerate(rest)
                ):
                    hits.setdefault(name, []).append(Hit(at, end, token.sentence))
        return hits


def stretches(
    hits: Mapping[str, list[Hit]], names: list[str], within: int
) -> list[tuple[int, int]]:
    """Each shortest stretch (first word, last word) of one sentence that holds every concept of
    ``names`` and spans at most ``within`` words, in reading order."""
    if any(name not in hits for name in names):
        return []
    events = sorted((h.first, h.last, h.sentence, i) for i, n in enumerate(names) for h in hits[n])
    found: list[tuple[int, int]] = []
    for at, (first, _, sentence, _) in enumerate(events):
        seen: dict[int, int] = {}  # concept → the last word of its earliest hit from here
        for other_first, other_last, other_sentence, which in events[at:]:
            if other_sentence != sentence or other_first - first > within:
                break
            seen.setdefault(which, other_last)
            if len(seen) == len(names):
                last = max(seen.values())
                if last - first <= within and (not found or found[-1][1] != last):
                    found.append((first, last))
                break
    return found
