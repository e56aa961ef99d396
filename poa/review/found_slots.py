"""The slots found so far in one document, shared by every scan of rule X3.

A stretch of text counts once, for the first scan that claims it, so the scans' order decides
what a slot reads as; no more than ``MAX_SLOTS`` are kept, since more would only repeat.
"""

from __future__ import annotations

from dataclasses import dataclass

MAX_SLOTS = 200
"""Enough to show that a plan is a template; more would only repeat."""


@dataclass(frozen=True)
class Slot:
    """One unfilled slot: its text and where it starts."""

    text: str
    start: int


class Found:
    """The slots found so far, by every scan: a stretch of text counts once, for the first
    scan that claims it; no more than MAX_SLOTS."""

    def __init__(self) -> None:
        self.slots: list[Slot] = []
        self.taken: list[tuple[int, int]] = []

    @property
    def full(self) -> bool:
        return len(self.slots) >= MAX_SLOTS

    def fresh(self, start: int, end: int) -> bool:
        """Whether text[start:end] is claimed by no earlier slot (it is claimed now if so)."""
        if any(a < end and start < b for a, b in self.taken):
            return False
        self.taken.append((start, end))
        return True

    def add(self, text: str, start: int, end: int) -> None:
        """A slot reading ``text`` over text[start:end], unless that stretch is taken."""
        if self.fresh(start, end):
            self.slots.append(Slot(text, start))
