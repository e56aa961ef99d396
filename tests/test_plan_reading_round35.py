"""Classes first met in the thirty-fifth round of plans: each test is a small document
written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from poa.review.placeholders import slots


def _slots(text: str) -> list[str]:
    return [slot.text for slot in slots(text)]


def test_a_done_list_with_a_few_boxes_booked_ahead_has_no_slots() -> None:
    """A plan written as its own checklist ticks what was done and leaves a box or two open
    for what is booked but not yet due; its key ("[x] = done") explains the marks. None of
    those boxes is a slot."""
    text = (
        "Key: [x] = done   [ ] = booked, date given\n\n"
        "[x] Moved the packing bench next to the label printer on 2 May.\n"
        "[x] Refunded the 14 buyers whose parcels arrived late.\n"
        "[x] Added a second carrier collection on Saturdays.\n"
        "[x] Trained both packers on the scan-out step; sheet signed.\n"
        "[ ] Carrier review with the account manager, booked for 9 September.\n"
    )
    assert _slots(text) == []


def test_a_checklist_of_mostly_empty_boxes_is_still_the_templates() -> None:
    """A form's list of boxes, mostly empty, is left for whoever fills it in: its empty
    boxes, and any it ticks, are the template's own lines."""
    text = (
        "[ ] Invoices attached\n[x] Photos of packaging\n[ ] Tracking export\n"
        "[ ] Signed supplier letter\n"
    )
    assert len(_slots(text)) == 4


def test_internal_naming_a_document_is_no_note() -> None:
    """ "(internal form QA-2)" names the seller's own form; "(internal: check dates)" or
    "(internal, do not send)" labels a note left for the team."""
    text = (
        "Packing audit (internal form QA-2, rev. 1)\n"
        "We refunded the buyers (internal: check the dates with Sam) on 3 May.\n"
    )
    found = _slots(text)
    assert "(internal: check the dates with Sam)" in found
    assert not any("QA-2" in slot for slot in found)
