"""What the class tests of each plan round ask of a small document: its slots and its parts."""

from __future__ import annotations

from poa.review.placeholders import slots
from poa.review.plan import parse_plan

ALL_PARTS = ["corrective", "preventive", "root_cause"]
"""The parts of an issue that has all three, as :func:`parts_found` lists them."""


def slot_texts(text: str) -> list[str]:
    """The text of each slot the review finds in ``text``."""
    return [slot.text for slot in slots(text)]


def parts_found(text: str) -> list[list[str]]:
    """For each issue the reader finds in ``text``, the parts that hold something, sorted."""
    return [sorted(k for k, v in issue.sections.items() if v) for issue in parse_plan(text).issues]
