"""Classes of template text first met in the thirtieth round of plans: each test is a small
document written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from poa.review.placeholders import slots


def _slots(text: str) -> list[str]:
    return [slot.text for slot in slots(text)]


def test_a_labelled_example_in_a_list_is_the_note_without_its_bullet() -> None:
    """ "- Example: A weekly audit is run by …": a template's example answer, labelled as one,
    on a point of a list. The bullet or the number is the list's mark, not a word of the note
    (as a note's emphasis is not), so the slot reads from its label on."""
    text = (
        "Preventive measures\n"
        "- Example: A weekly audit of twenty parcels is run by the packing lead every Friday.\n"
        "2. Tip: give each measure an owner and a day of the week.\n"
        "- Owner: [name]\n"
    )
    assert _slots(text) == [
        "Example: A weekly audit of twenty parcels is run by the packing lead every Friday.",
        "Tip: give each measure an owner and a day of the week.",
        "[name]",
    ]


def test_an_order_to_the_writer_with_an_example_after_it_is_one_slot_in_a_template() -> None:
    """In a template (slots already found), "Explain what went wrong. e.g. "Our packer …"" is
    an order followed by an example of what to write: the example speaks as the seller it is
    written for, and is part of the guidance, even where the line before (a heading with no
    stop) does not end a sentence. A plan's own sentence with "e.g." in it speaks as "we"."""
    line = 'Explain what went wrong. e.g. "Our packer used the old label roll."'
    template = f"Store: [store name]\nCase: [case number]\nDate: [date]\n\n1. Root Cause\n{line}\n"
    assert line in _slots(template)
    own = (
        "Store: [store name]\nCase: [case number]\nDate: [date]\n\n1. Root Cause\n"
        "We used the old label roll. e.g. the one from March.\n"
    )
    assert _slots(own) == ["[store name]", "[case number]", "[date]"]
    # without slots elsewhere the document is not shown to be a template: this scan is not run
    filled = f"1. Root Cause\n{line}\nOur packer used the old label roll on 3 May.\n"
    assert line not in _slots(filled)
