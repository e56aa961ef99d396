"""Classes of plan from round 49, each with new examples of its own."""

from __future__ import annotations

from pathlib import Path

from poa.review.plan_text import read_plan
from tests.plan_classes import slot_texts


def _highlighted_plan(path: Path, lines: list[list[tuple[str, bool]]]) -> Path:
    """A Word file of one paragraph per line, each run ``(text, highlighted)``."""
    import docx
    from docx.enum.text import WD_COLOR_INDEX

    document = docx.Document()
    for runs in lines:
        paragraph = document.add_paragraph()
        for text, highlighted in runs:
            run = paragraph.add_run(text)
            if highlighted:
                run.font.highlight_color = WD_COLOR_INDEX.BRIGHT_GREEN
    document.save(str(path))
    return path


def test_a_highlighted_fields_name_in_a_word_template_is_a_slot(tmp_path: Path) -> None:
    """A template highlights a value's name where the writer fills it in, with no brackets."""
    path = _highlighted_plan(
        tmp_path / "template.docx",
        [
            [("Seller ID: ", False), ("Account number", True)],
            [("On ", False), ("Day of", True), (" the return", True), (" we shipped.", False)],
            [("The parcels were packed by ", False), ("Warehouse lead", True), (".", False)],
        ],
    )
    found = slot_texts(read_plan(path))
    assert found == ["[Account number]", "[Day of the return]", "[Warehouse lead]"]


def test_a_filled_plans_highlighted_stress_is_no_slot(tmp_path: Path) -> None:
    """A writer's highlight on a sentence, a date or a figure stresses it: no field."""
    path = _highlighted_plan(
        tmp_path / "plan.docx",
        [
            [("Since ", False), ("14 May 2026", True), (" every order ships within a day.", False)],
            [("We refunded ", False), ("all 42 buyers", True), (" the same week.", False)],
            [("Every parcel is now weighed and checked by a second person.", True)],
        ],
    )
    assert slot_texts(read_plan(path)) == []


def test_a_rule_under_a_memos_header_is_no_slot() -> None:
    """Underscores alone under the header's filled fields part the header from the memo."""
    memo = (
        "TO: eBay Seller Standards\nFROM: Tomasz Nowak, Owner, Birchwood Tools\n"
        "SUBJECT: Plan for the late shipment rate\n\n" + "_" * 48 + "\n\n"
        "Our late shipment rate reached 6% in April because one courier missed its pickups.\n"
    )
    assert slot_texts(memo) == []


def test_a_line_asked_for_by_a_label_or_a_note_stays_a_slot() -> None:
    """Under a label with no value, a question or a lone note, the line is the answer's."""
    form = (
        "Seller ID: BW-2231\n**Case number**\n\n________\n\n"
        "What caused the problem?\n\n" + "_" * 30 + "\n\n"
        "Hint: name the person and the date.\n\n" + "_" * 30 + "\n"
    )
    lines = [slot for slot in slot_texts(form) if slot.startswith("_")]
    assert lines == ["________", "_" * 30, "_" * 30]
