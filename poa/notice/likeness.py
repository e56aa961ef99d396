"""How much a notice reads like each bank: TF-IDF over the bank's own words (title, meaning,
notice phrases, questions and their help), compared by cosine. It ranks the closest reasons
when no reason is found; it finds none by itself (on the development notices its best match
was right 99 times in 100, but its scores cannot tell a notice citing a reason from one that
cites none, nor find a second reason).
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable

from poa.banks.library import BankLibrary
from poa.notice.words import Token, tokens

_COMMON_WORDS = """the a an and or of to in on for your you we our us is are was were be been this
that with by from it as at not have has can may will if any these those their they them its all one
do does did what which who how when there here than then so such more most other into out about
please seller sellers account order orders example"""
_COMMON = frozenset(_COMMON_WORDS.split())
"""Words every bank uses: they tell no reason from another."""


def _stem(word: str) -> str:
    for ending in ("ing", "ed", "es", "s"):
        if word.endswith(ending) and len(word) - len(ending) >= 3:
            return word[: -len(ending)]
    return word


def _bag(words: list[Token], spelled: dict[str, str] | None = None) -> Counter[str]:
    """The words by stem; ``spelled`` gets each stem's first spelling there."""
    bag: Counter[str] = Counter()
    for token in words:
        if token.word in _COMMON or not token.word.isalpha():
            continue
        stem = _stem(token.word)
        bag[stem] += 1
        if spelled is not None:
            spelled.setdefault(stem, token.word)
    return bag


class _Model:
    def __init__(self, library: BankLibrary, ids: list[str]) -> None:
        bags: dict[str, Counter[str]] = {}
        for reason in ids:
            bank = library.get(reason)
            parts = [bank.title, bank.title, bank.meaning, *bank.notice_phrases,
                     *bank.notice_phrases]  # fmt: skip
            parts += [f"{q.prompt} {q.help}" for q in bank.all_questions()]
            bags[reason] = _bag(tokens(" ".join(parts)))
        counts = Counter(word for bag in bags.values() for word in bag)
        self.idf = {word: 1 + math.log(len(bags) / n) for word, n in counts.items()}
        self.vectors = {reason: self._vector(bag) for reason, bag in bags.items()}

    def _vector(self, bag: Counter[str]) -> dict[str, float]:
        weights = {w: (1 + math.log(n)) * self.idf[w] for w, n in bag.items() if w in self.idf}
        norm = math.sqrt(sum(v * v for v in weights.values())) or 1.0
        return {w: v / norm for w, v in weights.items()}


_MODELS: dict[tuple[int, tuple[str, ...]], tuple[BankLibrary, _Model]] = {}


def closest(
    words: list[Token], library: BankLibrary, ids: list[str], prefer: Iterable[str] = ()
) -> list[tuple[str, list[str]]]:
    """The three banks among ``ids`` that a notice (its ``words``) reads most like, each with
    the words they share that weigh most; banks in ``prefer`` (some words of theirs are
    there) come first."""
    key = (id(library), tuple(ids))
    if key not in _MODELS or _MODELS[key][0] is not library:
        _MODELS[key] = (library, _Model(library, ids))
    model = _MODELS[key][1]
    spelled: dict[str, str] = {}
    notice = model._vector(_bag(words, spelled))
    scored = []
    for reason, vector in model.vectors.items():
        # in the words' order, not a set's: ties and the sum's rounding alike in every run
        shared = {w: notice[w] * vector[w] for w in sorted(notice.keys() & vector.keys())}
        top = [spelled[w] for w in sorted(shared, key=lambda w: -shared[w])[:3]]
        scored.append((sum(shared.values()), reason, top))
    first = set(prefer)
    scored.sort(key=lambda s: (s[1] not in first, -s[0]))
    return [(reason, top) for score, reason, top in scored[:3] if score > 0 or reason in first]
