"""Classes first met in the thirty-fourth round of plans: each test is a small document
written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from poa.review.placeholders import slots


def _slots(text: str) -> list[str]:
    return [slot.text for slot in slots(text)]


def test_an_order_in_capitals_inside_a_sentence_is_a_slot() -> None:
    """A template that shouts its orders where the values go: "we restock every PUT NUMBER OF
    DAYS days" is a verb in capitals and the value's name, inside the writer's own sentence.
    A line all in capitals is a heading or a banner, and an acronym alone is no order."""
    text = (
        "Our courier collects at ENTER CUT-OFF TIME each weekday.\n"
        "We refunded TYPE ORDER COUNT orders on 3 June and added a second packer.\n"
        "ADD-ON SALES\n\nWe ADD FBA stock weekly.\n"
    )
    found = _slots(text)
    assert "ENTER CUT-OFF TIME" in found
    assert "TYPE ORDER COUNT" in found
    assert not any("SALES" in slot or "FBA" in slot for slot in found)


def test_a_questioned_not_applicable_is_a_note_to_self() -> None:
    """ "N/A?" is the writer unsure whether a point applies: with the note after it, to its
    line's end, or the parenthesis that holds it. "N/A" alone answers the question."""
    text = (
        "- Refund affected buyers – n/a? the store already refunded them\n"
        "- Packaging change (bubble wrap for glass? N/A? – ask the packer)\n"
        "- Carrier change: N/A\n"
    )
    found = _slots(text)
    assert "n/a? the store already refunded them" in found
    assert "(bubble wrap for glass? N/A? – ask the packer)" in found
    assert not any(slot.startswith("N/A") and "?" not in slot for slot in found)


def test_a_bracket_left_to_the_writer_after_a_dash_is_a_slot() -> None:
    """ "[Photos of the new box - if available]" leaves the writing to whoever fills the
    template in, as "[Photos of the new box, if available]" does."""
    text = "We attach [Photos of the new box – if available] and the invoice.\n"
    assert "[Photos of the new box – if available]" in _slots(text)


def test_a_field_straight_over_the_next_parts_heading_is_not_answered() -> None:
    """A bracket on its own line is a pasted form's field when the writer's answer follows it;
    straight over the next part's heading ("3. Preventive measures in place") it has no
    answer, and is the template's own line left in."""
    text = (
        "1. Root cause\n\nThe label printer jammed on weekends.\n[Root cause 2]\n"
        "2. Corrective actions taken\n\nWe replaced the printer on 4 May.\n"
    )
    assert "[Root cause 2]" in _slots(text)
    answered = "[Root cause]\nThe label printer jammed on weekends and nobody checked the queue.\n"
    assert "[Root cause]" not in _slots(answered)
