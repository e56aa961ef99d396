"""Reading sentences the way the rules need them: split, quotes set aside, negation noticed."""

from __future__ import annotations

import re

_SENTENCE_END = re.compile(r"(?<=[.!?])[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])")
_QUOTED = re.compile(r"\"[^\"]*\"|“[^”]*”|‘[^’]*’|(?<![A-Za-z])'[^']{3,}'(?![A-Za-z])")
_NEGATION = re.compile(
    r"\b(not|no|never|nor|without|neither|cannot|instead of|rather than)\b|n't\b",
    re.IGNORECASE,
)
_ABBREVIATIONS = re.compile(
    r"\b(e\.g|i\.e|etc|vs|no|nos|approx|inc|ltd|co|st|dr|mr|mrs|ms)\.$", re.I
)


_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|=])")


def unescape_markdown(text: str) -> str:
    """``1\\. Root cause`` → ``1. Root cause``: Markdown's backslash escapes removed."""
    return _MD_ESCAPE.sub(r"\1", text)


def sentences(text: str) -> list[str]:
    """The sentences of a text; list items and lines without a full stop count as sentences."""
    found: list[str] = []
    for line in re.split(r"\n\s*\n|\n(?=\s*(?:[-*•]|\d+[.)])\s)", text):
        flat = " ".join(line.split())
        if not flat:
            continue
        parts = _SENTENCE_END.split(flat)
        merged: list[str] = []
        for part in parts:
            # Only the end of the sentence so far can be an abbreviation: looking at the whole
            # of it each time made "E.g. E.g. E.g. …" quadratic.
            if merged and _ABBREVIATIONS.search(merged[-1][-12:]):
                merged[-1] += " " + part
            else:
                merged.append(part)
        found += [p.strip() for p in merged if p.strip()]
    return found


def unquoted(sentence: str) -> str:
    """The sentence with quoted words (a buyer's message, a form's question) blanked out."""
    return _QUOTED.sub(" … ", sentence)


def negated_before(sentence: str, start: int, window: int = 5) -> bool:
    """Whether a word of negation stands in the ``window`` words before ``start``, in the same
    clause (a comma, semicolon or colon ends the reach of 'not')."""
    clause = re.split(r"[,;:.!?]", sentence[:start])[-1]
    before = re.findall(r"[\w']+", clause)[-window:]
    negations = [i for i, word in enumerate(before) if _NEGATION.search(word)]
    if not negations:
        return bool(_NEGATION.search(" ".join(before)))  # "instead of", "rather than"
    # "The orders without tracking were our failure": a verb after the negation means it
    # sat inside the subject, and the clause itself is not negated.
    return not any(word.lower() in _FINITE for word in before[negations[-1] + 1 :])


_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "became", "remains"})


def words(text: str) -> list[str]:
    return re.findall(r"[a-z0-9%]+(?:'[a-z]+)?", text.lower())


_NUMBER_WORDS = re.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|dozen|half)\b",
    re.IGNORECASE,
)


def has_specifics(text: str) -> bool:
    """Numbers (in digits or words), dates, ids: what makes a statement checkable."""
    return bool(re.search(r"\d", text) or _NUMBER_WORDS.search(text))
