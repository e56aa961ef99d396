"""Classes first met in the fifty-second round of plans: each test is a small document written
for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from poa.review.headings import FIX, PREVENT, meaning
from poa.review.plan_text import read_plan
from tests.plan_classes import ALL_PARTS, parts_found, slot_texts


@pytest.mark.parametrize("heading", ["Guards", "Guardrails", "Barriers", "Our defences"])
def test_what_stands_against_a_return_is_prevention(heading: str) -> None:
    """A guard, a barrier, a defence: what a seller keeps in place so the cause cannot come
    back is the prevention, as "safeguard" already was."""
    assert meaning(heading).kind == PREVENT


def test_guards_after_causes_and_fixes_hold_each_issues_prevention() -> None:
    plan = (
        "# Refund rate\n\n## Cause\n\nA courier lost 14 parcels in March.\n\n"
        "## Fix\n\nWe refunded the 14 buyers on 2 April.\n\n"
        "## Guards\n\nEvery parcel is scanned at the door; Ana checks the scans daily.\n\n"
        "# Slow replies\n\n## Cause\n\nMessages went to an inbox nobody read.\n\n"
        "## Fix\n\nWe answered all 22 open messages on 3 April.\n\n"
        "## Guards\n\nTwo people now share the inbox and answer within 12 hours.\n"
    )
    assert parts_found(plan) == [ALL_PARTS, ALL_PARTS]


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("How will we stop it?", PREVENT),
        ("How will I keep this from coming back?", PREVENT),
        ("What will we stop doing?", PREVENT),
        ("What will we fix first?", FIX),
    ],
)
def test_a_question_of_what_the_writer_will_do_asks_for_prevention(heading: str, kind: str) -> None:
    """Questions as headings ask, in turn, why it happened, what was fixed and what the writer
    will do: a question put in the future ("How will we ...?") leans to the prevention, and a
    word that names a fix still decides. Either reading is a sure one (a score of 2 or more)."""
    read = meaning(heading)
    assert (read.kind, read.score >= 2) == (kind, True)


def test_three_questions_as_headings_hold_the_three_parts() -> None:
    plan = (
        "Why did it happen?\n\nOur printer jammed for a week and labels were late.\n\n"
        "What have we fixed?\n\nWe bought a second printer on 4 May.\n\n"
        "How will we stop it?\n\nThe printers are serviced every month by Li.\n"
    )
    assert parts_found(plan) == [ALL_PARTS]


def test_a_finding_is_the_cause() -> None:
    """An audit's "finding" is what it found went wrong: the cause, as a label of its own."""
    read = meaning("Finding")
    assert (read.kind, read.score >= 2) == ("root_cause", True)


_FINDINGS = (
    "Subject: Return rate\n\n"
    "**Return rate (9%)**\n\n"
    "1. **Finding:** 40 of the 70 returns were sized wrong on our chart.\n"
    "   **Action:** We corrected the chart on 5 May.\n"
    "   **Guard:** Nia checks every new chart against a sample each month.\n\n"
    "2. **Finding:** 12 returns came from a torn seam in one batch.\n"
    "   **Action:** We pulled the batch on 6 May.\n"
    "   **Guard:** Each batch is now inspected before it is listed.\n"
)


def test_numbered_findings_with_their_action_and_guard_are_points_of_one_issue() -> None:
    """A numbered list under one issue's title, each item a finding with its action and its
    guard: every finding is a cause of that issue, and every action and guard its fix and
    prevention, not a new issue per item; the bold label's closing marks go with the label."""
    from poa.review.plan import parse_plan

    plan = parse_plan(_FINDINGS)
    assert [issue.title for issue in plan.issues] == ["Return rate (9%)"]
    sections = plan.issues[0].sections
    assert [len(sections[part]) for part in ("root_cause", "corrective", "preventive")] == [2, 2, 2]
    assert sections["root_cause"][0].text.startswith("40 of the 70")


_TITLED_TABLES = (
    (
        "Why it went wrong",
        [("Courier", "No Saturday pick-ups in May."), ("Stock", "Listed early.")],
    ),
    ("What we put right", [("3 June", "A daily courier."), ("4 June", "Both SKUs set to zero.")]),
    (
        "Keeping it right",
        [("Weekly", "Sam checks the scans."), ("Each delivery", "Counted first.")],
    ),
)


def test_a_tables_merged_title_row_is_a_heading_over_its_rows(tmp_path: Path) -> None:
    """Each part in a table of its own, whose first row is one cell merged across the columns
    (the part's name, often shaded): the title is a heading over the rows, and the rows, two
    cells each, are that part's points, not labels of parts of their own."""
    import docx

    document = docx.Document()
    document.add_paragraph("Late shipments in May: our plan, one table per part.")
    for title, rows in _TITLED_TABLES:
        table = document.add_table(rows=len(rows) + 1, cols=2)
        merged = table.cell(0, 0).merge(table.cell(0, 1))
        merged.text = title
        for row, texts in zip(table.rows[1:], rows, strict=True):
            for cell, text in zip(row.cells, texts, strict=True):
                cell.text = text
    path = tmp_path / "tables.docx"
    document.save(str(path))
    text = read_plan(path)
    assert "**Why it went wrong**" in text.splitlines()
    assert parts_found(text) == [ALL_PARTS]


_FORM = (
    "# Plan of Action for [STORE NAME]\n\n"
    "## Root cause\n\n[Describe the cause]\n\n"
    "## Measures\n\n- [Measure]\n\n"
    "*(which team member runs each check, how often it runs)*\n\n"
    "## Signed\n\n"
    "(Name and job title of whoever signs for the store.)\n\n"
    "(Your store's legal address)\n\n"
    "(Copies of the invoices are attached)\n\n"
    "(We kept every receipt)\n\n"
    "Date: [DATE]\n"
)


def test_a_bracketed_note_alone_on_its_line_that_describes_what_to_write_is_a_slot() -> None:
    """In a template, a note in brackets alone on its line, often in italics, says what to
    write there without giving an order: the questions its answer must settle, the value it
    asks for, named by a form's word, or words to the writer. A bracketed line that says
    something, or speaks as "we", is the seller's own."""
    found = slot_texts(_FORM)
    assert "*(which team member runs each check, how often it runs)*" in found
    assert "(Name and job title of whoever signs for the store.)" in found
    assert "(Your store's legal address)" in found
    assert not [slot for slot in found if "invoices" in slot or "receipt" in slot]


_SCHEDULE = (
    "| Week | Step | Owner | Done |\n|---|---|---|---|\n"
    "| 1 | Moved the cut-off to 14:00 | Ivo | ✔ |\n"
    "| 2 | Trained the weekend packer | Ivo | ✓ |\n"
    "| 3 | Audit a sample of 50 parcels | Mei | ☐ |\n"
    "| 4 | Review the rate with the carrier | Mei | ☐ |\n"
)


def test_empty_boxes_beside_ticked_ones_in_a_table_are_a_status() -> None:
    """A schedule that ticks the weeks done and leaves empty boxes on the weeks to come: each
    empty box says "not yet", in a Markdown table or a Word table's rows alike. A table that
    ticks none of its boxes is a form still to fill in, and its boxes stay slots."""
    assert slot_texts(_SCHEDULE) == []
    word_rows = "\n".join(
        "- " + "; ".join(cell.strip() for cell in line.strip("|").split("|"))
        for line in _SCHEDULE.splitlines()[2:]
    )
    assert slot_texts(word_rows) == []
    form = _SCHEDULE.replace("✔", "☐").replace("✓", "☐")
    assert slot_texts(form) == ["☐"] * 4
