"""What each bank says a notice uses for its reason: its notice phrases, its cues (concepts
that together say it) and the metrics it is about, without its questions.

The notice reader and the review of a case need these for every bank of a marketplace, and
little else: they are kept in the banks' cache as plain data, named by the text of every bank
file they come from (never stale), and read from one entry instead of building thirty bank
models (issue 18). A bank's model is built when something else of it is needed: its title,
for the reasons a notice cites.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:
    from poa.banks.library import BankLibrary
    from poa.banks.schema import Bank

Concept = str | tuple[str, ...]
"""A name in concepts.yaml, or the words themselves (a list of synonyms)."""

KIND = "notice words"
"""The name of a marketplace's notice words in the cache."""


class NoticeWords(NamedTuple):
    """One bank's words for notices."""

    phrases: tuple[str, ...]
    cues: tuple[tuple[tuple[Concept, ...], tuple[Concept, ...]], ...]
    """Each cue: the concepts that must stand together, and those that cancel it."""
    metrics: tuple[str, ...]


def notice_words(library: BankLibrary, marketplace: str | None) -> dict[str, NoticeWords]:
    """The notice words of ``marketplace``'s banks (every bank when None), by reason id in
    the library's order."""
    ids = [i for i in library.ids if marketplace is None or i.startswith(marketplace + ".")]
    if library.cache is None:
        return {reason: of(library.get(reason)) for reason in ids}
    source = json.dumps([[reason, library.text(reason)] for reason in ids])
    kept = library.cache.recall(KIND, source)
    if isinstance(kept, dict) and list(kept) == ids and all(map(_sound, kept.values())):
        return {reason: NoticeWords(*value) for reason, value in kept.items()}
    found = {reason: of(library.get(reason)) for reason in ids}
    library.cache.keep(KIND, source, {reason: tuple(words) for reason, words in found.items()})
    return found


def of(bank: Bank) -> NoticeWords:
    """``bank``'s notice words."""
    cues = []
    for cue in bank.notice_concepts:
        items, unless = (cue, []) if isinstance(cue, list) else (cue.all, cue.unless)
        cues.append((tuple(map(_concept, items)), tuple(map(_concept, unless))))
    return NoticeWords(tuple(bank.notice_phrases), tuple(cues), tuple(bank.metrics))


def _concept(item: str | list[str]) -> Concept:
    return item if isinstance(item, str) else tuple(item)


def _sound(value: object) -> bool:
    """Whether a kept value has the shape of NoticeWords (an entry is the user's file)."""
    if not (isinstance(value, tuple) and len(value) == 3):
        return False
    phrases, cues, metrics = value
    return (
        _strings(phrases)
        and _strings(metrics)
        and isinstance(cues, tuple)
        and all(
            isinstance(cue, tuple)
            and len(cue) == 2
            and all(isinstance(part, tuple) for part in cue)
            and all(isinstance(c, str) or _strings(c) for part in cue for c in part)
            for cue in cues
        )
    )


def _strings(value: object) -> bool:
    return isinstance(value, tuple) and all(isinstance(item, str) for item in value)
