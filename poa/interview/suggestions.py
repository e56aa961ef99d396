"""Which of a bank's suggested measures a seller's own measure is closest to.

The interview takes the closest suggestion's owner, cadence and check as the defaults of a
measure. Closeness is difflib's ratio, at least 0.6, the first of equals winning. Each bank's
measures are indexed once (difflib's index of the second text is the costly half to build)
and each text's match is kept: the plan is rebuilt after every answer, and a text already
matched is never matched again.
"""

from __future__ import annotations

import difflib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from poa.banks.schema import Bank, MeasureSuggestion

CLOSE_ENOUGH = 0.6


class MeasureIndex:
    """The closest suggested measure of a bank to a text, remembered per (bank, text)."""

    def __init__(self) -> None:
        self._banks: dict[str, tuple[Bank, list[difflib.SequenceMatcher[str]]]] = {}
        self._found: dict[tuple[str, str], MeasureSuggestion | None] = {}
        self.matched = 0
        """How many texts were matched against a bank's measures (the rest were known)."""

    def closest(self, text: str, bank: Bank) -> MeasureSuggestion | None:
        options = bank.suggestions.preventive_measures
        if not text or not options:
            return None
        matchers = self._matchers(bank)
        if not isinstance(text, str):  # a hand-edited case may hold anything: match, keep nothing
            return _best(text, options, matchers)
        key = (bank.id, text)
        if key not in self._found:
            self.matched += 1
            self._found[key] = _best(text, options, matchers)
        return self._found[key]

    def _matchers(self, bank: Bank) -> list[difflib.SequenceMatcher[str]]:
        known = self._banks.get(bank.id)
        if known is None or known[0] is not bank:  # another library's bank of the same id
            matchers = [
                difflib.SequenceMatcher(None, "", o.text)
                for o in bank.suggestions.preventive_measures
            ]
            known = self._banks[bank.id] = (bank, matchers)
            self._found = {k: v for k, v in self._found.items() if k[0] != bank.id}
        return known[1]


def _best(
    text: str, options: list[MeasureSuggestion], matchers: list[difflib.SequenceMatcher[str]]
) -> MeasureSuggestion | None:
    best, score = options[0], -1.0
    for option, matcher in zip(options, matchers, strict=True):
        matcher.set_seq1(text)  # the option's side stays indexed
        ratio = matcher.ratio()
        if ratio > score:  # strictly: the first of equal scores wins, as max() chose
            best, score = option, ratio
    return best if score >= CLOSE_ENOUGH else None
