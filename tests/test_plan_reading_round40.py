"""Classes of plan found in round 40, each with new examples of its own."""

from __future__ import annotations

from tests.plan_classes import slot_texts


def test_a_field_named_in_capitals_inside_a_sentence_is_a_slot() -> None:
    """A template that writes each field's name in capitals where its value goes leaves a
    slot per name: one that speaks to the writer, ends in a value's name, asks a question, or
    offers values in words to pick from."""
    text = (
        "Dear Walmart Seller Support,\n\n"
        "I run the store called YOUR BUSINESS and my partner id is SELLER ID NUMBER. The late "
        "orders came from DESCRIBE WHY IT HAPPENED, which we noticed on REPORT DATE.\n"
        "We now send RECEIPTS / TRACKING EXPORTS / CARRIER LETTERS with every reply.\n"
    )
    found = slot_texts(text)
    for field in ("YOUR BUSINESS", "SELLER ID NUMBER", "WHY IT HAPPENED", "REPORT DATE"):
        assert any(field in slot for slot in found), (field, found)
    assert any("RECEIPTS / TRACKING EXPORTS" in slot for slot in found), found


def test_a_plans_own_capitals_are_no_field() -> None:
    """Acronyms, codes, emphasis, a heading in capitals and one run into its text are not
    fields: none names a value inside the writer's sentence."""
    text = (
        "ROOT CAUSE\n"
        "1. WHAT WENT WRONG. Our FBA shipments to the USPS hub were NOT checked for the ASIN "
        "labels, and ALL ORDERS in March shipped late.\n"
        "We accept JPG/PNG/PDF files and excluded APO/FPO/DPO addresses on 4 March.\n"
        "ORDER NUMBER: 112-4456781-2234561 was refunded on the same day.\n"
    )
    assert slot_texts(text) == []


def test_a_line_marked_as_the_templates_sample_is_a_slot() -> None:
    """A line opened by "e.g." is a model sentence, even in the seller's voice; a line marked
    "(sample)" at its start or end is the template's sample value."""
    text = (
        "Root cause\n\n"
        "e.g. Our label printer dropped every second order after the driver update.\n"
        "Corrective actions\n"
        "(sample) Replaced the printer driver and reprinted the missing labels.\n"
        "Late dispatch rate 6.1% (sample)\n"
    )
    found = slot_texts(text)
    assert any(slot.startswith("e.g. Our label printer") for slot in found), found
    assert any("(sample) Replaced" in slot for slot in found), found
    assert any("6.1% (sample)" in slot for slot in found), found


def test_a_plans_own_example_is_no_sample() -> None:
    """A plan that cites its own case after "e.g." inside a sentence, or speaks of a sample
    it sent, keeps its words."""
    text = (
        "Root cause\n"
        "Some orders left late, e.g. order 114-2234567-7654321, which sat two days on the "
        "shelf.\n"
        "We sent a sample of 20 units to the lab on 3 May.\n"
    )
    assert slot_texts(text) == []
