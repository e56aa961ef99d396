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


def test_a_note_behind_a_comment_mark_is_a_slot() -> None:
    """Code's comment marks hide a line from the reader: what follows them is for the writer."""
    template = (
        "## Corrective actions\n\n"
        "// only actions already finished, and the day each was finished\n"
        "- Refunded all buyers on 3 June.\n\n"
        "// end of part 2 //\n"
    )
    assert slot_texts(template) == [
        "// only actions already finished, and the day each was finished"
    ]


def test_a_templates_version_note_is_a_slot_and_a_plans_template_is_not() -> None:
    """'Template v2.1 (agency copy) - keep the original': the copy's label, not the plan's."""
    assert slot_texts("Template v2.1 (agency copy) - keep the original unchanged.\n") != []
    assert slot_texts("TEMPLATE REV 4 | for staff only\n") != []
    plan = "Template v2 now sets the handling time to one day for every listing.\n"
    assert slot_texts(plan) == []


def test_an_order_to_replace_the_text_itself_is_a_slot() -> None:
    """'Replace with …', 'Delete if …': the order's object is left out, as it is the text."""
    template = (
        "STORE ID: Replace with the store's number from the settings page\n\n"
        "## Root cause\n\n"
        "Delete if no refund was made. Otherwise give the refunded total.\n"
    )
    assert slot_texts(template) == [
        "Replace with the store's number from the settings page",
        "Delete if no refund was made. Otherwise give the refunded total.",
    ]
    plan = (
        "We replaced the label printer with a new one on 4 May and removed the old queue.\n\n"
        "- How it is checked: Check the dispatch page each day; the lead signs the log.\n"
    )
    assert slot_texts(plan) == []


def test_an_order_in_capitals_alone_in_a_forms_cell_is_a_slot(tmp_path: Path) -> None:
    """A table's cell holding only "ENTER STORE NAME" under its label is a field to fill."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=2)
    for row, (label, value) in zip(
        table.rows, [("Store", "ENTER STORE NAME"), ("Case opened", "1 May 2026")], strict=True
    ):
        row.cells[0].text, row.cells[1].text = label, value
    document.add_paragraph("Our late shipments came from one courier missing its pickups.")
    document.save(str(tmp_path / "form.docx"))
    assert slot_texts(read_plan(tmp_path / "form.docx")) == ["ENTER STORE NAME"]


def test_a_heading_in_capitals_that_orders_no_value_is_no_slot() -> None:
    """'CHECK EVERY ORDER' heads a part; it asks for no value to be written in its place."""
    plan = "## CHECK EVERY ORDER\n\nEach morning Ana checks the queue.\n\nREVIEW THE PROCESS\n"
    assert slot_texts(plan) == []


def test_a_note_whose_order_after_a_dash_says_where_to_answer_is_a_slot() -> None:
    """'(Dana may have the receipts - note them here)': the order after the dash asks here."""
    template = (
        "- A second person counts each parcel.\n- (Dana may have the receipts - note them here)\n"
    )
    plan = "- Parcels go by courier (FedEx - tracked) and are counted twice.\n"
    assert slot_texts(template) == ["(Dana may have the receipts - note them here)"]
    assert slot_texts(plan) == []


def test_a_signers_values_asked_for_together_are_a_slot() -> None:
    """'(Your name and role)' under the closing: two values' names joined by "and"."""
    assert slot_texts("Kind regards,\n\n(Your name and role)\n") == ["(Your name and role)"]
    assert slot_texts("Kind regards,\n\nMaya Ortiz (owner and buyer)\n") == []


def test_a_bracket_naming_a_piece_of_the_letter_is_a_slot() -> None:
    """'[Opening paragraph - match the client's tone]': a piece of the text still to write."""
    template = "Dear team,\n\n[Opening paragraph - match the client's tone]\n\nThe late orders …\n"
    assert slot_texts(template) == ["[Opening paragraph - match the client's tone]"]
    assert slot_texts("We attach the invoice [Exhibit 2 - supplier letter].\n") == []


def _rules(tmp_path: Path, cause: str) -> set[str]:
    from poa.review import review

    path = tmp_path / "plan.md"
    path.write_text(
        "# Plan of Action\n\n## Root cause\n\n" + cause + " Our packers worked in the order "
        "orders arrived, not by their dispatch deadline.\n\n## Corrective actions\n\n"
        "1. On 3 March we sorted the queue by deadline.\n\n## Preventive measures\n\n"
        "1. Every morning the shift lead checks the queue for orders due that day.\n",
        encoding="utf-8",
    )
    return {finding.rule for finding in review(path).findings}


def test_a_plan_written_before_any_notice_is_no_denial(tmp_path: Path) -> None:
    """'No violation has been issued yet': a plan written ahead; 'there was no violation'
    denies one."""
    assert "R5" not in _rules(tmp_path, "No violation has yet been issued to our store.")
    assert "R5" in _rules(tmp_path, "There was no violation on our part.")
