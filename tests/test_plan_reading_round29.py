"""Classes of template text first met in the twenty-ninth round of plans: each test is a small
document written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from poa.review.placeholders import slots
from poa.review.rules import SENTENCE_RULES


def _slots(text: str) -> list[str]:
    return [slot.text for slot in slots(text)]


def test_a_note_that_names_itself_runs_to_its_parenthesis_or_its_lines_end() -> None:
    """ "(Template note - complete every shaded box first)": the label opens the note, and the
    note is everything it introduces, in its parenthesis, without the emphasis around it; a
    bare label line runs to its end, and stops where a slot found inside it starts."""
    note = "(Template note \u2013 complete every shaded box first)"
    text = f"RETURN FORM\n*{note}*\n\nWe shipped the parcel.\n"
    assert _slots(text) == [note]
    text = "\nInstructions: swap each [field] for its value.\n\nWe refunded both buyers.\n"
    assert _slots(text) == ["Instructions: swap each", "[field]"]
    # the slot's line is the note's own line, not the blank line before it
    found = next(iter(slots(text)))
    assert text[found.start :].startswith("Instructions:")


def test_a_numbered_point_that_orders_the_writer_is_a_slot_like_a_bulleted_one() -> None:
    """A list's number, like its bullet, is a mark and not a word of the point: "2. Add any
    other checks here" is an order to whoever fills the template in. A numbered point of the
    seller's own plan, in their voice or about their process, is not."""
    template = "Preventive measures\n1. We weigh every parcel.\n2. _Add any other checks here_\n"
    assert [s for s in _slots(template) if "Add" in s] == ["2. _Add any other checks here_"]
    own = (
        "Preventive measures\n1. We weigh every parcel.\n"
        "2. Check the scale every Monday; the packer signs the log.\n"
        "3. We will insert a QR code on each box below the label.\n"
    )
    assert _slots(own) == []


def test_a_run_of_hashes_before_a_counted_noun_is_a_figure_to_write() -> None:
    """ "### parcels", "$##", "##%" stand for digits still to write, as "XX orders" does; a
    Markdown heading's "## Root cause" at its line's start, a field's "##SKU##" marks and a
    number sign touching a word ("PO##") are not figures."""
    text = "We re-checked **### parcels** and refunded $## (about ##% of sales).\n"
    assert _slots(text) == ["###", "##", "##"]
    assert _slots("## Root cause\n\nThe label printer jammed on 3 May.\n") == []
    assert _slots("> ## Preventive measures\n\nWe weigh every parcel.\n") == []
    assert _slots("Order PO## was the last one shipped late.\n") == []


def _promise(sentence: str) -> str | None:
    rule = next(r for r in SENTENCE_RULES if r.id == "P1")
    return rule.match(sentence)


def test_a_measure_promised_as_an_attempt_or_as_watching_is_a_promise() -> None:
    """ "We will try to ..." commits to nothing, whatever cadence it names, and "keep an eye on"
    says nothing about what is checked or when: both promise instead of a mechanism (P1). The
    same measure stated as a routine that runs, or a look with its cadence, is a mechanism."""
    assert _promise("We will try to weigh the parcels every day.")
    assert _promise("Going forward I'll also try and answer messages sooner.")
    assert _promise("We will keep an eye on the returns.")
    assert _promise("The packer weighs the parcels every day.") is None
    assert _promise("I open the returns report every Monday to keep an eye on it.") is None
    assert _promise("We tried to call the carrier twice on 3 May.") is None


def test_in_a_template_a_list_point_that_is_only_a_bracket_is_a_slot() -> None:
    """A template's list of enclosures keeps a bracketed place for each document still to make
    ("2. [Photos of the packing bench]"); in a document with other slots, such a point is one
    too. In a filled plan the same bracket names a real enclosure and is left alone, and a
    ticked box ("- [x] done") is no slot in either."""
    template = (
        "Dear team, [Your Name] writes about order [Order ID] of [date].\n\nEnclosures:\n"
        "1. Packing_SOP.pdf\n2. [Photos of the packing bench]\n- [x] refunds sent\n"
    )
    assert "[Photos of the packing bench]" in _slots(template)
    assert "[x]" not in _slots(template)
    filled = "We refunded 14 buyers on 3 May.\n\nEnclosures:\n1. [Photos of the packing bench]\n"
    assert _slots(filled) == []
