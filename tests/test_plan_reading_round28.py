"""Classes of layout and text first met in the twenty-eighth round of plans: each test is a
small document written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from pathlib import Path

from poa.review.placeholders import slots
from poa.review.plan import parse_plan
from poa.review.plan_columns import column_plan
from poa.review.plan_text import read_plan

PARTS = ["root_cause", "corrective", "preventive"]

SHEET = """Dispatch tracker - saved from the shared sheet
Shop: Fernhill Tea | Updated: 2026-03-02

No | Problem | Why it happened | What we fixed | Fixed on | Stops it coming back | Who
1 | Late parcels | One packer on Mondays. | Second packer hired. | 20 Feb | Rota check. | Mira
2 | Wrong tins sent | Two tins share a label. | Relabelled the shelf. | 21 Feb | Shelf audit. | Tom
3 | Attachments | | Rota and shelf photos attached | | |
"""


def _file(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_a_sheet_whose_header_names_the_parts_is_read_one_row_an_issue(tmp_path: Path) -> None:
    """A spreadsheet saved as text: cells split by "|", a header row naming the parts, each
    later row one issue. Each row becomes an issue with its cells under the part its column
    names; "Fixed on" and "Who" name no part and stay with the part before them. A row whose
    only cell is the plan's own part ("Attachments") is no issue."""
    plan = parse_plan(read_plan(_file(tmp_path, "sheet.txt", SHEET)))
    assert [issue.title for issue in plan.issues] == [
        "Late parcels",
        "Wrong tins sent",
    ]
    for issue in plan.issues:
        assert list(issue.sections) == PARTS
    second = plan.issues[1].sections
    assert second["root_cause"][0].text == "Two tins share a label."
    fixed = [p.text for p in second["corrective"]]
    assert fixed[0] == "Relabelled the shelf." and fixed[-1].endswith("21 Feb")
    kept = [p.text for p in second["preventive"]]
    assert kept[0] == "Shelf audit." and kept[-1].endswith("Tom")


def test_a_header_needs_two_parts_named_clearly_and_a_column_for_the_issue() -> None:
    """A grid of controls ("Control | Metric | Owner") names one part at most; a table whose
    first column is already a part has no column naming the issue: neither is turned."""
    assert column_plan(["Issue", "Root cause", "Actions", "Prevention"]) == [
        None,
        "root_cause",
        "corrective",
        "preventive",
    ]
    assert column_plan(["Control", "Metric", "Owner", "Frequency"]) is None
    assert column_plan(["Root cause", "Corrective action", "Preventive measure"]) is None
    assert column_plan(["Issue", "Root cause"]) is None


SUMMARY = """Plan of Action

Issue 1: Late dispatch

Root cause
Only one packer worked on Mondays.

Corrective action
We hired a second packer.

Preventive measures
The rota is checked every Friday.

Summary
| Issue | Root cause | Fix | Prevention |
|---|---|---|---|
| Late dispatch | One packer | Second packer | Rota check |
"""


def test_a_summary_table_under_a_plan_with_every_part_is_no_new_issue(tmp_path: Path) -> None:
    """The same kind of table at the end of a plan whose sections already hold every part
    sums the plan up: it is not read again as another issue."""
    plan = parse_plan(read_plan(_file(tmp_path, "summary.md", SUMMARY)))
    assert len(plan.issues) == 1
    assert plan.issues[0].sections["preventive"][0].text == ("The rota is checked every Friday.")


def test_a_word_table_of_parts_as_columns_is_read_one_row_an_issue(tmp_path: Path) -> None:
    import docx

    document = docx.Document()
    document.add_paragraph("Plan of Action for Fernhill Tea")
    table = document.add_table(rows=3, cols=4)
    cells = [
        ["Issue", "Root cause", "Actions", "Prevention"],
        ["Late parcels", "One packer on Mondays.", "Hired a second packer.", "Friday rota check."],
        ["Wrong tins", "Shared shelf label.", "Relabelled the shelf.", "Weekly shelf audit."],
    ]
    for row, texts in zip(table.rows, cells, strict=True):
        for cell, text in zip(row.cells, texts, strict=True):
            cell.text = text
    path = tmp_path / "table.docx"
    document.save(str(path))
    plan = parse_plan(read_plan(path))
    assert [issue.title for issue in plan.issues] == [
        "Late parcels",
        "Wrong tins",
    ]
    assert all(list(issue.sections) == PARTS for issue in plan.issues)
    assert plan.issues[0].sections["corrective"][0].text == "Hired a second packer."


def test_a_header_line_of_filled_fields_is_no_template_banner() -> None:
    """A line of "name: value" fields split by "|" is a template's banner when what it says
    about the document is that it is a draft or half filled; a field's name ("Status at
    export") is no such word, its value ("all items done") tells."""
    filled = "Shop: Fernhill Tea  |  Owner: Mira Lund  |  Updated: 2026-03-02  |  Status: all done"
    assert [s.text for s in slots(filled)] == []
    draft = "Agency | intake draft | case 12 | status: partly filled"
    assert [s.text for s in slots(draft)] == [draft]


SHARED = """# Plan of Action

## 1. Issue A - Late dispatch

### Root cause
Only one packer worked on Mondays.

### Corrective actions
We hired a second packer on 20 February.

## 2. Issue B - Wrong items

### Root cause
Two tins shared one shelf label.

### Corrective actions
We relabelled the shelf on 21 February.

## 3. Preventive controls
The rota is checked every Friday and the shelves are audited every week.
"""


def test_a_part_at_the_level_of_the_issues_after_them_covers_every_issue() -> None:
    """A part whose heading stands at the level of the issues' own titles, after the last of
    them, is a section of the plan beside the issues: each issue without that part of its own
    has it, not only the last one."""
    plan = parse_plan(SHARED)
    assert len(plan.issues) == 2
    for issue in plan.issues:
        assert list(issue.sections) == PARTS
        assert issue.sections["preventive"][0].text.startswith("The rota is checked")


def test_a_part_at_the_level_of_its_issue_is_that_issues_own() -> None:
    """Parts whose headings have the same level as the issue titles ("## Issue 2", "##
    Prevention") belong to the issue above them: nothing is shared."""
    flat = (
        "## Issue 1 - Late dispatch\n\n## Root cause\nOne packer.\n\n"
        "## Issue 2 - Wrong items\n\n## Root cause\nShared label.\n\n## Corrective actions\n"
        "Relabelled the shelf.\n\n## Preventive measures\nA weekly shelf audit.\n"
    )
    plan = parse_plan(flat)
    assert [list(issue.sections) for issue in plan.issues] == [["root_cause"], PARTS]


REPLY = """Hello,

Thank you. I answer each of your points under it.

> We reviewed your plan and cannot reinstate the account.
>
> Your plan did not explain the root cause of the late shipments.

ANSWER: Our only courier collected twice a week, so parcels waited up to four days.

> Your plan did not describe the actions you have taken.

ANSWER: Here is what we did:
- 3 May: moved to a courier that collects every weekday.
- 4 May: shipped the 40 waiting orders.

> Your plan did not describe the steps you will take to prevent this in future.

ANSWER: Each Monday I compare the collection log with the orders of the week before.

> Please also send the courier's contract.

ANSWER: The contract is attached.
"""


def test_a_reply_answering_each_quoted_point_reads_the_points_as_its_questions() -> None:
    """A reply that quotes the rejection line by line and answers under each quoted point:
    the quoted point is the question its answer replies to, so the answer under "did not
    describe the actions you have taken" is the fix. A quoted point that asks for no part
    (the contract) holds no part."""
    plan = parse_plan(REPLY)
    assert len(plan.issues) == 1
    sections = plan.issues[0].sections
    assert list(sections) == PARTS
    assert [p.text for p in sections["corrective"]][1:] == [
        "3 May: moved to a courier that collects every weekday.",
        "4 May: shipped the 40 waiting orders.",
    ]
    assert "contract" not in " ".join(p.text for p in sections["preventive"])


def test_quoted_tips_under_the_plans_own_headings_stay_notes() -> None:
    """Quoted lines between the writer's own part headings (a template's tips) are no
    questions: the headings hold the parts."""
    text = (
        "## Root cause\n\n> Tip: say what went wrong.\n\nOur courier came twice a week.\n\n"
        "## Corrective actions\n\n> Tip: use dates.\n\nWe changed courier on 3 May.\n\n"
        "## Preventive measures\n\nA weekly check of the collection log.\n"
    )
    plan = parse_plan(text)
    sections = plan.issues[0].sections
    assert list(sections) == PARTS
    assert sections["corrective"][-1].text == "We changed courier on 3 May."


def test_a_question_and_an_order_opened_by_name_are_a_templates_guidance() -> None:
    """In a template, a line of a question to the writer and an order is guidance left in.
    "Name" and "Date" open an order when their object follows ("Name who is responsible",
    "Date each action"); followed by "of" or nothing they label a field, the writer's own."""
    template = (
        "Preventive measures\n"
        "How will you stop this happening again? Name who is responsible.\n"
        "Corrective actions\n"
        "What did you fix? Date each action.\n"
        "- [Step 1]\n- [Step 2]\n- Owner: ________\n"
        "Name of the person responsible: Mia Lund\n"
    )
    found = _slot_texts(template)
    assert "How will you stop this happening again? Name who is responsible." in found
    assert "What did you fix? Date each action." in found
    assert not [text for text in found if "Mia Lund" in text]


def _slot_texts(text: str) -> list[str]:
    return [slot.text for slot in slots(text)]
