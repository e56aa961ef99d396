"""What a sentence rule is, and how one is matched against a sentence.

A rule is a set of patterns over one sentence, with quoted words set aside and a negation just
before a match taken into account, and (for some rules) a condition that clears a sentence that
is specific enough. The rules themselves are in ``tone_rules`` and ``part_rules``; this module
holds only their shape, so that both tables and the readers that run them share one matcher.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from poa import linear
from poa.review.findings import Severity
from poa.review.language import negated_before, unquoted

ANY, ROOT, FIX, PREVENT = "any", "root_cause", "corrective", "preventive"
UNSORTED = "unsorted"
"""Text of a plan with no sections: every rule applies."""


@dataclass(frozen=True)
class SentenceRule:
    id: str
    area: str
    severity: Severity
    kinds: frozenset[str]
    source: str
    message: str
    fix: str
    patterns: tuple[str, ...]
    """Each may end in ``(?!…)``: the words that must not follow a match (read in at most
    200 characters after it). One that ends in an empty ``(?!)`` is a shield: words that
    look like a trigger and are not one, read first so that no other pattern takes them."""
    example: str | None = None
    negatable: bool = True
    negation_reach: int = 5
    """How many words before a match a negation may stand ("not a misunderstanding": one)."""
    cleared_by: Callable[[str], bool] | None = None

    def __post_init__(self) -> None:
        # One scan per sentence: the rule's patterns joined into a single alternation, each
        # in a named group so that a match knows the words that must not follow it.
        joined, vetoes = [], {}
        for n, source in enumerate(self.patterns):
            pattern, veto = _split_veto(source)
            joined.append(f"(?P<p{n}>{pattern})")
            if veto is not None:
                vetoes[f"p{n}"] = linear.compile(veto, linear.I)
        object.__setattr__(self, "_combined", linear.compile("|".join(joined), linear.I))
        object.__setattr__(self, "_vetoes", vetoes)

    def match(self, sentence: str, *, quoted_removed: bool = False) -> str | None:
        """The words that trigger the rule in ``sentence``, or None."""
        text = sentence if quoted_removed else unquoted(sentence)
        combined: linear.Pattern = getattr(self, "_combined")  # noqa: B009 - set in __post_init__
        vetoes: dict[str, linear.Pattern] = getattr(self, "_vetoes")  # noqa: B009 - as above
        for found in combined.finditer(text):
            if any(
                found.group(group) is not None and veto.match(text[found.end() : found.end() + 200])
                for group, veto in vetoes.items()
            ):
                continue
            if self.negatable and negated_before(text, found.start(), self.negation_reach):
                continue
            if self.cleared_by and self.cleared_by(text):
                return None
            return found.group(0)
        return None


def _split_veto(pattern: str) -> tuple[str, str | None]:
    """``r"\\bwill\\b(?! not\\b)"`` → (``r"\\bwill\\b"``, ``r" not\\b"``): RE2 has no
    look-ahead, so a final ``(?!…)`` is checked after the match instead."""
    if not pattern.endswith(")"):
        return pattern, None
    depth, opened = 0, -1
    for at in range(len(pattern) - 1, -1, -1):
        escaped = at > 0 and pattern[at - 1] == "\\"
        if pattern[at] == ")" and not escaped:
            depth += 1
        elif pattern[at] == "(" and not escaped:
            depth -= 1
            if depth == 0:
                opened = at
                break
    if opened < 0 or not pattern.startswith("(?!", opened):
        return pattern, None
    return pattern[:opened], pattern[opened + 3 : -1]


def patterns(*each: str) -> tuple[str, ...]:
    """A rule's patterns, written one a line in the tables."""
    return each
