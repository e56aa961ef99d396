"""Slots the fifty-fourth round's templates left and the reader missed, by class: each test is
a small document written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from pathlib import Path

from poa.review.plan_text import read_plan
from tests.plan_classes import slot_texts


def test_a_parenthesis_leaving_its_text_to_be_written_is_a_slot() -> None:
    """A template's note in brackets that says its text is still to be written, alone or with
    what to write after a dash or a colon, stands where the writer's words belong."""
    draft = (
        "Root cause\n\n"
        "We looked at the late parcels and found that (still to write).\n\n"
        "Actions\n\n"
        "- We changed the courier (to be filled in: the date and the new courier's name)\n"
        "- (To add - the training given to the packing team)\n"
    )
    assert slot_texts(draft) == [
        "(still to write)",
        "(to be filled in: the date and the new courier's name)",
        "(To add - the training given to the packing team)",
    ]


def test_a_parenthesis_saying_what_an_action_was_for_is_the_writers_own() -> None:
    """'(to complete the refund)' says why a step was taken: the writer's own words."""
    plan = (
        "We called each of the 12 buyers (to complete the refund) on 3 May and sent a label "
        "(to add a tracked return) the same day.\n"
    )
    assert slot_texts(plan) == []


def _shaded_form(path: Path, lines: list[list[tuple[str, bool]]]) -> Path:
    """A Word file of one paragraph per line, each run ``(text, whether it is shaded grey)``."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    for runs in lines:
        paragraph = document.add_paragraph()
        for text, shaded in runs:
            run = paragraph.add_run(text)
            if shaded:
                shade = OxmlElement("w:shd")
                shade.set(qn("w:val"), "clear")
                shade.set(qn("w:fill"), "D0CECE")
                run._r.get_or_add_rPr().append(shade)
    document.save(str(path))
    return path


ORDERS = [
    [("The late rate was ", False), ("Type %", False), (" in April.", False)],
    [("It happened because ", False), ("Explain what failed - e.g. a courier strike", True)],
    [("Refunds: ", False), ("Amount £", True)],
    [("Files sent: ", False), ("Name each file (labels, logs, the carrier's email)", True)],
]


def test_a_shaded_order_in_a_form_that_shades_its_fields_is_a_slot(tmp_path: Path) -> None:
    """A form that shades its fields' names shades its orders to the writer the same way, and
    a name with its value's sign ("Amount £"): each is a field still to fill."""
    form = [[("Shop name: ", False), ("Shop name", True)], *ORDERS]
    assert slot_texts(read_plan(_shaded_form(tmp_path / "form.docx", form))) == [
        "[Shop name]",
        "[Explain what failed - e.g. a courier strike]",
        "[Amount £]",
        "[Name each file (labels, logs, the carrier's email)]",
    ]


def test_a_shaded_order_alone_is_the_writers_stress(tmp_path: Path) -> None:
    """With no shaded field's name in the document, shading an order is the writer's stress
    ("Name the packer on every parcel's slip, from 1 May"), not a form's field."""
    plan = [
        [("We shipped 40 orders late in April because our printer failed.", False)],
        [("Our new rule: ", False), ("Name the packer on every parcel's slip, from 1 May", True)],
        [("Refunds: ", False), ("Amount £", True)],
    ]
    assert slot_texts(read_plan(_shaded_form(tmp_path / "plan.docx", plan))) == []
