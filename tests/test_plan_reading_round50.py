"""Classes of plan from round 50, each with new examples of its own."""

from __future__ import annotations

from pathlib import Path

from poa.review.plan_text import read_plan
from tests.plan_classes import slot_texts


def _wrap_in_control(element: object) -> None:
    """Put ``element`` (a row or a cell) inside a content control, as Word does."""
    from docx.oxml import OxmlElement

    control, content = OxmlElement("w:sdt"), OxmlElement("w:sdtContent")
    control.append(content)
    element.addprevious(control)  # type: ignore[attr-defined]
    content.append(element)


def test_rows_and_cells_inside_content_controls_are_read(tmp_path: Path) -> None:
    """A repeating section's row and a drop-down's cell sit in content controls; their text,
    Word's prompt included, is read like any other row's."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for row, texts in zip(
        table.rows,
        [
            ("Step", "Owner", "Done"),
            ("Relabel the bins", "Dana", "Choose an item."),
            ("Audit the returns shelf", "Lee", "Yes"),
        ],
        strict=True,
    ):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    _wrap_in_control(table.rows[2]._tr)
    _wrap_in_control(table.rows[1]._tr.tc_lst[2])
    path = tmp_path / "controls.docx"
    document.save(str(path))
    text = read_plan(path)
    assert "Audit the returns shelf" in text
    assert "Relabel the bins; Dana; Choose an item." in text
    assert any("Choose an item." in slot for slot in slot_texts(text))


def test_controls_nested_in_controls_come_out_in_one_pass(tmp_path: Path) -> None:
    """A repeating section inside another (Word nests them for a list of lists): the row inside
    both is read, and one pass over the document takes it out of both."""
    import docx

    document = docx.Document()
    table = document.add_table(rows=2, cols=3)
    for row, texts in zip(
        table.rows, [("Step", "Owner", "By"), ("Weigh every parcel", "Ines", "May")], strict=True
    ):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    row = table.rows[1]._tr
    for _ in range(3):
        _wrap_in_control(row)
        row = row.getparent().getparent()  # the control just made, wrapped again next
    path = tmp_path / "nested.docx"
    document.save(str(path))
    assert "Weigh every parcel; Ines; May" in read_plan(path)


def test_a_drop_downs_prompt_is_a_slot_wherever_it_stands() -> None:
    """Word's "Choose an item." as a label's value or inside a sentence; a plan's own words
    about choosing an item are no prompt."""
    text = (
        "Category of the notice: Choose an item.\n\n"
        "Our listings were removed for Choose an item. on 4 May.\n\n"
        "Buyers choose an item from the size chart before checkout.\n"
    )
    found = slot_texts(text)
    assert len(found) == 2
    assert all("Choose an item." in slot for slot in found)


def test_shell_and_format_variables_are_slots() -> None:
    """ "$WAREHOUSE", "${carrier}": a script's variable where the value goes; money is a
    figure after "$", and a currency's code is followed by one."""
    text = (
        "We refunded $45.10 to each buyer, $CAD 12 in Canada.\n\n"
        "Our $WAREHOUSE team now checks every parcel before ${carrier} collects it.\n"
    )
    assert slot_texts(text) == ["$WAREHOUSE", "{carrier}"]


def test_an_angled_snake_case_name_is_a_slot() -> None:
    """ "<ship_by_date>": the underscores join a variable's words, so none of them is read as
    a word of its own; still a field's name."""
    text = "Seller: <legal_entity>\n\nEvery order now leaves before <ship_by_date> each day.\n"
    assert slot_texts(text) == ["<legal_entity>", "<ship_by_date>"]


def test_a_notice_quoted_and_answered_is_no_order_to_the_writer() -> None:
    """The seller quotes the notice a paragraph at a time and answers each: its requests are
    the marketplace's voice. A template's quoted notes only instruct, and stay slots."""
    answered = (
        "> Your listings have been removed for safety complaints.\n\n"
        "We stopped selling the heater the same day.\n\n"
        "> Describe the steps you have taken to make sure this does not happen again.\n\n"
        "We now test every batch with an accredited lab before it is listed.\n"
    )
    assert slot_texts(answered) == []
    template = (
        "> Describe the steps you have taken to make sure this does not happen again.\n\n"
        "> Note: keep it to three bullets.\n"
    )
    assert slot_texts(template) != []
