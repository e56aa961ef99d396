"""Classes of plan from round 45, each with new examples of its own."""

from __future__ import annotations

from pathlib import Path

from poa.review.plan_columns import parts_in_order, turned_text
from poa.review.plan_text import read_plan
from tests.plan_classes import ALL_PARTS, parts_found, slot_texts

SHORT_LABELS_PLAN = (
    "# Plan of Action - Brightwell Garden Tools\n\n"
    "## Issue 1 - Late dispatch\n\n"
    "| Why | Fixed | From now on |\n"
    "|---|---|---|\n"
    "| Our only packer was off for a week and nobody covered the bench. "
    "| On 3 May we hired a second packer. "
    "| Each Friday Lee checks that next week's rota covers every weekday. |\n\n"
    "## Issue 2 - Cancellations\n\n"
    "| Why | Fixed | From now on |\n"
    "|---|---|---|\n"
    "| The shop app's stock counts lagged the warehouse by a day. "
    "| From 5 May counts sync every hour. "
    "| The app pauses a listing when two units are left. |\n"
)


def test_an_issues_table_of_short_labels_in_order_holds_its_parts() -> None:
    """Under each issue's title, a table whose three columns are the parts in their order under
    labels too short to name each part alone ("Why | Fixed | From now on"): each column is
    that part, each cell a point of it."""
    assert parts_found(SHORT_LABELS_PLAN) != [ALL_PARTS, ALL_PARTS]
    assert parts_found(turned_text(SHORT_LABELS_PLAN)) == [ALL_PARTS, ALL_PARTS]


def test_labels_out_of_order_or_of_a_grid_are_no_parts() -> None:
    """Three labels are the parts only in the parts' order, with no label naming another part
    than its place's and at least two naming their own; a grid of controls is no such table."""
    assert parts_in_order(["Cause", "Done", "Next"])
    assert not parts_in_order(["Prevention", "Cause", "Fix"])
    assert not parts_in_order(["Measure", "Owner", "When"])
    assert not parts_in_order(["Cause", "Count", "Share"])
    assert not parts_in_order(["Cause", "Done"])


def _word_plan(path: Path, *, by_rows: bool) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Improvement plan - Alder Lane Home", style="Title")
    issues = (
        (
            "Issue 1 - Valid tracking",
            "Numbers were typed by hand; 30 had typos.",
            "On 2 June we fixed all 30 and now import numbers from the carrier.",
            "Each morning Ana checks yesterday's orders for a carrier scan.",
        ),
        (
            "Issue 2 - Late replies",
            "Nobody read messages at weekends.",
            "From 1 June a weekend agent answers within 12 hours.",
            "Response times are reviewed every Monday by the owner.",
        ),
    )
    for title, *parts in issues:
        document.add_paragraph().add_run(title).bold = True
        labels = ("Reason", "Done", "Next")
        if by_rows:
            table = document.add_table(rows=3, cols=2)
            for row, label, text in zip(table.rows, labels, parts, strict=True):
                row.cells[0].text, row.cells[1].text = label, text
        else:
            table = document.add_table(rows=2, cols=3)
            for cell, label, text in zip(table.columns, labels, parts, strict=True):
                cell.cells[0].text, cell.cells[1].text = label, text
    document.save(str(path))
    return path


def test_a_word_issues_table_of_its_parts_by_column_or_by_row(tmp_path: Path) -> None:
    """The same table in Word, the parts as its columns or as its rows: read as the parts."""
    for by_rows in (False, True):
        path = _word_plan(tmp_path / f"rows-{by_rows}.docx", by_rows=by_rows)
        assert parts_found(read_plan(path)) == [ALL_PARTS, ALL_PARTS]


SUMMARY_BOX_PLAN = (
    "# Plan of Action - Marlow Kitchenware\n\n"
    "- CONTROLS NOW RUNNING – SUMMARY Every return is graded by two people before restock, "
    "and the restock shelf is counted against the returns log each Friday.\n\n"
    "Dear Seller Performance team,\n\n"
    "On 2 March 2026 our account was deactivated after 12 complaints that pans were used. We "
    "have traced both problems to how we handled returns; the details follow the box above.\n\n"
    "## Issue 1: Used items sold as new\n\n"
    "### Root cause\n\nReturned pans went back on the new shelf after one quick look.\n\n"
    "### Corrective actions\n\nOn 4 March we pulled all 31 returned pans from new stock.\n\n"
    "### Preventive measures\n\nA second person signs off every return before restock.\n\n"
    "## Issue 2: Order defect rate\n\n"
    "### Root cause\n\nAn untracked postage option lost 8 parcels.\n\n"
    "### Corrective actions\n\nOn 5 March we deleted the untracked option.\n\n"
    "### Preventive measures\n\nEvery Monday Jo checks that no order shipped untracked.\n"
)


def test_a_summary_box_before_the_issues_is_a_preamble() -> None:
    """A summary box before the first issue's title (a Word box comes as one point), its
    capitals read as a part's heading, with the letter's dated opening after it read as a fix:
    when every titled issue after it has all three parts, it is the plan's preamble, not an
    untitled issue missing parts."""
    assert parts_found(SUMMARY_BOX_PLAN) == [ALL_PARTS, ALL_PARTS]


ORDERS_TEMPLATE = (
    "# Plan of Action - [SHOP NAME]\n\n"
    "Date: [DATE]\n\n"
    "## Root cause\n\n"
    "TYPE HERE - what failed in your own process, with the number of orders affected.\n\n"
    "## Corrective actions\n\n"
    "- DELETE ME and list each fix with its date.\n"
    "- ADD ANOTHER FIX HERE (a refund, a listing taken down, etc.)\n\n"
    "## Preventive measures\n\n"
    "- [Control, owner, how often]\n\n"
    "Sincerely,\n[Your Name]\n"
)


def test_an_order_in_capitals_pointing_at_its_place_is_a_slot() -> None:
    """In a template, a line that opens with an order in capitals to the writer ending in "ME"
    or "HERE" ("DELETE ME …", "ADD ANOTHER FIX HERE (…)") is the template's text speaking of
    itself: the line is a slot, whatever advice follows the order."""
    found = slot_texts(ORDERS_TEMPLATE)
    for line in ("TYPE HERE - what failed", "DELETE ME and list", "ADD ANOTHER FIX HERE (a"):
        assert any(line in slot for slot in found), (line, found)


def test_a_sellers_own_capitals_are_no_order() -> None:
    """A plan's heading in capitals or a plea ("PLEASE CALL ME") is not the template's
    order to its writer."""
    text = ORDERS_TEMPLATE + "\nWE ARE HERE to help every buyer.\nPLEASE CALL ME on 0161 555 01.\n"
    found = slot_texts(text)
    assert not any(slot.startswith(("WE ARE HERE", "PLEASE CALL ME")) for slot in found)


STATUS_TEMPLATE = (
    "# Plan of Action - Inauthentic complaints\n\n"
    "Seller name: [Seller name]\n\n"
    "Merchant token: [token]\n\n"
    "Case number: pending\n\n"
    "## Root cause\n\n"
    "[What went wrong]\n\n"
    "## Corrective actions\n\n"
    "- Refund to each buyer: Pending\n"
    "- Supplier invoices obtained: [date]\n"
)


def test_a_status_word_as_a_fields_whole_value_is_a_slot() -> None:
    """In a template, a field whose whole value is a word of its status ("pending") stands
    where the value goes: a slot, like "N/A" or "TBC"."""
    found = slot_texts(STATUS_TEMPLATE)
    assert "Case number: pending" in found
    assert "Refund to each buyer: Pending" in found


def test_advice_quoting_what_not_to_write_is_guidance() -> None:
    """Advice to the writer that quotes the words it warns against ("Be precise - buyers'
    complaints are not answered by "we are sorry". Name the exact step that failed.") is an
    order, not the seller speaking: the quote's "we" is the example's."""
    text = STATUS_TEMPLATE.replace(
        "[What went wrong]\n",
        '[What went wrong]\n\nBe precise - Amazon does not accept "we are sorry". Name the '
        "exact step that failed.\n",
    )
    found = slot_texts(text)
    assert any(slot.startswith("Be precise - Amazon") for slot in found), found


def test_a_notes_slot_leaves_out_its_points_bullet() -> None:
    """A writing order found as a point of a list ("- Insert each control here …") is the
    order's text, without the list's bullet, so it reads as the template wrote it."""
    text = STATUS_TEMPLATE + "- Insert each control here with its owner\n"
    assert "Insert each control here with its owner" in slot_texts(text)


SERIES_PLAN = (
    "Hello Etsy team,\n\n"
    "What went wrong: the buyers were often not home and the courier was slow, so it was not "
    "really our fault, and we have sold here for years without any problem.\n\n"
    "What we did: we talked to our packers and told them to be quicker in the future, and we said "
    "sorry to some of the buyers who wrote to us.\n\n"
    "What we do now: we promise to do better and we will watch the numbers and follow every "
    "rule because this shop is all we have.\n\n"
    "Thank you for reading\nRuth, Fernhill Candles\n"
)


def test_labels_in_a_series_read_the_third_as_the_last_part() -> None:
    """Run-in labels that open alike ("What went wrong: …", "What we did: …", "What we
    do now: …"): once the first two name the cause and the fix, the third, naming no part
    itself, is the prevention."""
    assert parts_found(SERIES_PLAN) == [ALL_PARTS]


def test_a_label_that_breaks_the_series_opens_nothing() -> None:
    """A later label that opens with another word ("Stock note: …") is no term of the
    series."""
    text = SERIES_PLAN.replace("What we do now:", "Stock note:")
    assert parts_found(text) == [["corrective", "root_cause"]]
