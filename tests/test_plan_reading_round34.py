"""Classes first met in the thirty-fourth round of plans: each test is a small document
written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from poa.review.headings import FIX, ROOT
from poa.review.placeholders import slots
from poa.review.rules import sentence_hits


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


def _rules(text: str, kind: str) -> set[str]:
    return {rule.id for rule, _sentence, _trigger in sentence_hits(text, kind)}


def test_what_then_happens_to_the_things_a_done_fix_acted_on_is_no_future_fix() -> None:
    """After a done fix, a sentence whose subject is the things it acted on says what will
    then happen to them, however long their name (a place, an id in brackets); "we" before
    the "will" makes it the seller's own plan again, a fix not yet done."""
    done = "3 March 2026 - Pulled every unit of the faulty charger from sale. "
    things = (
        "The 64 chargers in our Leeds store and the 40 at the fulfilment centre (removal "
        "RX-20511) are boxed and will be sent back to the maker for recycling."
    )
    assert "C1" not in _rules(done + things, FIX)
    ours = "Then the 40 chargers that we still hold at the fulfilment centre will be sent back."
    assert "C1" in _rules(done + ours, FIX)


def test_a_mistake_pointed_back_at_is_the_failure_told_before_it() -> None:
    """ "This pricing mistake was made by us in March" points at the failure the sentences
    before it told (the step, the count): it owns it, it is not vague. "Mistakes were made"
    with nothing to point at is, and so is anything else vague beside the pointer."""
    told = (
        "The sale price for 12 lamps was typed without its decimal point. "
        "This pricing mistake was made by us when we loaded the spring sale."
    )
    assert "R1" not in _rules(told, ROOT)
    assert "R1" in _rules("Some mistakes were made when we loaded the spring sale.", ROOT)
    vague = "This mistake was made by us because of a system glitch."
    assert "R1" in _rules(vague, ROOT)
