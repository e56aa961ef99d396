"""Classes first met in the thirty-eighth round of plans: each test is a small document
written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from poa.review.plan import parse_plan
from poa.review.plan_text import read_plan
from tests.plan_classes import ALL_PARTS, parts_found, slot_texts


def test_a_point_that_only_defers_is_a_slot() -> None:
    """A half-filled plan keeps the writer's notes to self where content belongs: a point that
    only points elsewhere ("see notes") or leaves the decision for later ("to be agreed with
    the warehouse") as a label's whole value or a whole point. A sentence that goes on is
    the plan's own."""
    text = (
        "## Preventive measures\n\n"
        "- Backup packer rota: see my notes\n"
        "- Courier collection time – to be decided with the depot\n"
        "- Owner of the weekly check: to be confirmed by Dana\n"
        "- see notes\n"
        "- We agreed with the depot to collect at 4 pm, to be reviewed in June by Dana.\n"
    )
    found = " | ".join(slot_texts(text))
    assert "see my notes" in found
    assert "to be decided with the depot" in found
    assert "to be confirmed by Dana" in found
    assert len(slot_texts(text)) == 4


def test_a_word_processors_control_prompt_is_a_slot() -> None:
    """A Word form's content controls show a prompt until someone fills them: "Click or tap to
    enter a date.", "Click here to choose …", a drop-down's "Choose an item." Each one left is
    a field nobody filled in."""
    text = (
        "Date of the notice\n\nClick or tap to enter a date.\n\n"
        "Marketplace\n\nChoose an item.\n\n"
        "Store name\n\nClick here to enter text.\n"
    )
    found = slot_texts(text)
    assert len(found) == 3
    assert not slot_texts("Buyers choose an item from the list and click to add it to cart.\n")


def test_guidance_on_what_an_attachment_must_show_is_a_slot() -> None:
    """A template's grey guidance tells the writer what to attach and then what it must
    show, naming the thing again ("Attach photos … Photos should show …") or with a pronoun:
    both sentences are the template's, so in a template the whole line is guidance left in."""
    text = (
        "Seller: [name]\n\nStore: [store]\n\nDate: [date]\n\n"
        "Evidence\n\n"
        "Attach photos of the packed parcel from two sides. Photos should show the label and "
        "the seal.\n\n"
        "Include the courier's letter. It must carry the depot's stamp and date.\n\n"
        "We attached the courier's letter. It must be read with the invoice.\n"
    )
    found = " | ".join(slot_texts(text))
    assert "Photos should show the label" in found
    assert "It must carry the depot's stamp" in found
    assert "We attached" not in found


def test_an_order_in_capitals_naming_one_value_is_a_slot() -> None:
    """A template's order in capitals may name its value in one word ("ENTER NAME", "ADD
    SKU"): inside a line of ordinary text it is where the value belongs. One word that names
    no value after such a verb ("STATE LAW") is no order."""
    text = "Submitted on ENTER DATE by ADD NAME.\n\nOur listings follow every STATE LAW.\n"
    assert slot_texts(text) == ["ENTER DATE", "ADD NAME"]


def test_a_bracketed_note_to_a_colleague_is_a_slot() -> None:
    """A note in brackets named for whoever wrote it ("(Editor note: …)", "(Team notes - …)")
    that gives an order is for a colleague, to act on before the plan is sent. A note that
    names a document ("(Delivery note: signed on 3 May)") is the plan's own evidence."""
    text = (
        "We refunded every buyer. (Editor note: add the refund report as Annex 2)\n\n"
        "Tracking now uploads each hour (Team notes - check the feed log first).\n\n"
        "The pallet arrived intact (Delivery note: signed on 3 May).\n"
    )
    found = " | ".join(slot_texts(text))
    assert "(Editor note: add the refund report as Annex 2)" in found
    assert "(Team notes - check the feed log first)" in found
    assert "Delivery note" not in found


@pytest.mark.slow
def test_a_pdf_table_whose_columns_are_the_parts_is_read_row_by_row(tmp_path: Path) -> None:
    """A PDF keeps no table: its text comes as the header's words run together and each cell's
    lines one after another. Where the words stand gives the table back: a header whose cells
    name the parts (one wrapping onto a second line), a row per issue, and the paragraph under
    the table is no cell of it."""
    from weasyprint import HTML

    cell = "style='width:25%;vertical-align:top;padding:4px'"
    rows = (
        (
            "Late dispatch 6.1%",
            "Our only packer was off for two weeks and nobody covered.",
            "Shipped the 52 waiting orders by express on 3 May and refunded postage.",
            "A second packer is trained; Ana checks the dispatch queue at 2 pm daily.",
        ),
        (
            "Cancellations 3.4%",
            "The stock sheet was updated by hand once a week.",
            "Linked the shop to the warehouse feed on 5 May.",
            "The feed runs every 15 minutes and Ana reviews any mismatch each Monday.",
        ),
    )
    body = "".join("<tr>" + "".join(f"<td {cell}>{c}</td>" for c in row) + "</tr>" for row in rows)
    header = "".join(
        f"<th {cell}>{title}</th>"
        for title in ("Metric", "Cause", "Actions we have already completed", "Prevention")
    )
    pdf = tmp_path / "table.pdf"
    HTML(
        string="<p>Dear Seller Performance, below is our plan for the two metrics.</p>"
        f"<table style='width:14cm'><tr>{header}</tr>{body}</table>"
        "<p>We will send the next month's figures when they are out. Kind regards, Tom</p>"
    ).write_pdf(pdf)
    text = read_plan(pdf)
    assert parts_found(text) == [ALL_PARTS, ALL_PARTS]
    plan = parse_plan(text)
    assert [issue.title for issue in plan.issues][1].startswith("Cancellations")
    assert "next month's figures" not in " ".join(
        p.text for p in plan.issues[1].sections["root_cause"]
    )
