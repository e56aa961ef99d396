"""Rule X3: text left over from a template — a slot nobody filled in.

A slot has a shape and a purpose. The shapes: text in brackets, angle brackets or braces
(``[Seller Name]``, ``<insert date>``, ``{order_id}``), a run of X or 0 standing for digits or
letters (``XXX``, ``B0XXXXXXXX``, ``123-XXXXXXX-XXXXXXX``, ``XX/XX/2026``), a blank line to
write on (``________``), a date mask (``DD/MM/YYYY``), ``TBD`` and ``lorem ipsum``. The
purpose: what is inside a bracket must read as an instruction or the name of a value
(your…, insert, describe, name, date, number…); ``[Exhibit A]``, ``[1]`` or a Markdown link
are not slots. Every pattern is a bounded scan with no nested repetition: linear in the text.

This module decides the order of the scans and when a document has shown itself a template;
each scan lives in its own module (``bracket_slots``, ``slot_masks``, ``slot_scans``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator

from poa.review.bracket_slots import scan_brackets
from poa.review.found_slots import Found, Slot
from poa.review.marked_fields import scan_marked
from poa.review.slot_masks import scan_masks
from poa.review.slot_scans import (
    scan_capitalised,
    scan_conventions,
    scan_filler,
    scan_gaps,
    scan_notes,
    scan_patterns,
    scan_residue,
    scan_shouted,
    scan_unsure,
)
from poa.review.template_guidance import guidance
from poa.review.template_marks import pointing_orders
from poa.review.template_notes import lone_notes
from poa.review.template_orders import orders_body


def slots(text: str) -> Iterator[Slot]:
    """Every left-over template slot in ``text``, in order."""
    found = Found()
    lower = text.lower()
    for scan in _SCANS:
        if found.full:
            break
        scan(text, lower, found)
    if len(found.slots) >= _A_TEMPLATE and not found.full:
        guidance(text, found)
        pointing_orders(text, found)
        orders_body(text, found)
        lone_notes(text, found)
    yield from sorted(found.slots, key=lambda slot: slot.start)


def marked_slot(text: str) -> bool:
    """Whether ``text`` holds a slot marked as one: a bracket asking for a value ("[SHOP
    NAME]") or a mask ("B0XXXXXXXX"), never a note whose words alone make it template text."""
    found = Found()
    for scan in (scan_brackets, scan_masks):
        scan(text, text.lower(), found)
    return bool(found.slots)


_A_TEMPLATE = 3
"""Slots enough to show that a document is a template still being filled in."""


_SCANS: tuple[Callable[[str, str, Found], None], ...] = (
    scan_brackets,
    scan_marked,
    scan_masks,
    scan_notes,
    scan_patterns,
    scan_residue,
    scan_shouted,
    scan_capitalised,
    scan_conventions,
    scan_unsure,
    scan_filler,
    scan_gaps,
)
"""Every scan, in the order that claims a stretch of text first."""
