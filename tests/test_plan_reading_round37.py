"""Classes first met in the thirty-seventh round of plans: each test is a small document
written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from poa.review.plan import parse_plan
from tests.plan_classes import ALL_PARTS, parts_found, slot_texts


def test_a_letter_whose_cause_tells_what_the_writer_could_not_do_has_its_parts() -> None:
    """An e-mail in paragraphs, no headings: the cause is told as what the seller could not
    do and had no way to know, with no word such as "because"; then what was done, then what
    happens from now on. The three paragraphs are the three parts."""
    text = (
        "Hello,\n\n"
        "My name is Priya and I sell candles from a small workshop in Leeds.\n\n"
        "In April our only packer was off sick for two weeks and we could not keep up with "
        "orders. We posted the backlog in plain envelopes, so when buyers asked we had no way "
        "to see where their parcels were.\n\n"
        "Here is what we have already done. We refunded all 14 buyers on 2 May and re-sent "
        "six orders by tracked post on 3 May.\n\n"
        "And here is what changes from now on. Every parcel now goes tracked, and our second "
        "packer covers any absence; I check open cases every Monday.\n\n"
        "Kind regards,\nPriya\n"
    )
    assert parts_found(text) == [ALL_PARTS]


def test_a_reports_numbered_part_heading_after_a_tables_last_cell_opens_the_part() -> None:
    """A PDF report's sub-sections ("3.2 Preventive measures") follow a table's last cell
    with no blank line and no full stop: the numbered line still names the part and opens it."""
    text = (
        "3. Issue Three - Damaged parcels\n\n"
        "3.1 Root cause\n"
        "Our glassware went out in single-wall boxes that crushed in transit.\n\n"
        "3.2 Corrective actions\n"
        "Refunded the 12 buyers and re-sent their orders on 4 April 2026. Finished\n"
        "3.3 Preventive measures\n"
        "Every glass item is packed in a double-wall box; Sam checks a sample each morning.\n"
    )
    plan = parse_plan(text)
    assert "Preventive measures" in plan.headings
    assert parts_found(text) == [ALL_PARTS]


def test_a_table_header_row_headed_by_a_number_sign_is_the_parts_first_line() -> None:
    """A PDF table of fixes whose first column is "#" loses its lines: its header row starts
    "# Task Due Owner" like a Markdown title. In a document with no other marked heading it is
    the first line of the part above it, and the rows under it are that part's points."""
    text = (
        "Issue 1 - Late shipments\n\n"
        "Root cause\n"
        "Our only courier missed collections on 9 days in March.\n\n"
        "Corrective actions\n"
        "# Task Due Owner Status\n"
        "1 Added a second courier with daily collection 2 April Lee\n"
        "2 Shipped the 40 waiting orders by express 3 April Lee\n\n"
        "Preventive measures\n"
        "Lee checks the collection log every afternoon and calls the backup courier at 15:00.\n"
    )
    assert parts_found(text) == [ALL_PARTS]


def test_a_label_inside_a_log_entry_with_a_hanging_indent_opens_nothing() -> None:
    """A dated log whose entries wrap onto lines indented past the date: a label inside an
    entry ("Cause found: …", "ROOT CAUSE: …") is the entry's own text, so the log opens no
    issue with only a cause, and the plan's parts are those of its summary."""
    text = (
        "Order defect rate - plan of action\n\n"
        "DIARY\n"
        "-----\n"
        "2026-04-02 - Notice received. Pulled the defect list: 31 orders.\n"
        "             Cause found: the new courier scanned parcels as delivered at the depot.\n"
        "             ROOT CAUSE: nobody compared courier scans with buyer reports.\n\n"
        "2026-04-03 - Second problem found: two SKUs had a 1-day handling time.\n"
        "             Moved all orders back to the old courier; refunded the 31 buyers.\n\n"
        "WRAP-UP\n"
        "-------\n"
        "Root cause: a new courier marked parcels delivered at its depot, unchecked.\n\n"
        "Corrective actions: courier changed and 31 buyers refunded on 3 April 2026.\n\n"
        "Preventive measures: Mo compares courier scans with buyer messages every Friday.\n"
    )
    plan = parse_plan(text)
    assert not {"Cause found", "ROOT CAUSE", "Second problem found"} & set(plan.headings)
    assert parts_found(text) == [ALL_PARTS]


def test_a_shared_part_whose_heading_counts_the_issues_covers_each_of_them() -> None:
    """Issues with their cause and fixes, then one prevention for all of them under a heading
    that counts them ("… for all four problems"): each issue has that prevention."""
    problems = ("Late dispatch", "Wrong items", "Damaged parcels", "Slow replies")
    text = "".join(
        f"Problem {n} - {title}\n\nRoot cause\n\nNobody checked it before {n} June.\n\n"
        f"Corrective actions\n\nWe fixed every open order on {n} June 2026.\n\n"
        for n, title in enumerate(problems, start=1)
    )
    text += (
        "Preventive measures for all four problems\n\n"
        "Kim checks dispatch, picks, damage and replies every morning.\n"
    )
    assert parts_found(text) == [ALL_PARTS] * 4


def test_a_checklist_whose_column_names_each_rows_part_gives_those_parts() -> None:
    """Under a cause, a checklist table that names no part in its heading, whose "Kind"
    column says for each row whether it is a fix or a prevention: the rows are those parts."""
    text = (
        "## Damaged deliveries\n\n### Why it happened\n\nWe packed mugs in paper only.\n\n"
        "### Action list\n\n"
        "| No | Step | Kind | Who | When |\n"
        "|----|------|------|-----|------|\n"
        "| 1 | Refunded the 18 buyers | Corrective | Ola | 3 May 2026 |\n"
        "| 2 | Re-sent 6 orders in bubble wrap | Corrective | Ola | 4 May 2026 |\n"
        "| 3 | Drop test of one packed mug a week | Preventive | Ben | Every Friday |\n"
        "| 4 | Added a packing photo to the SOP | Preventive | Ben | 6 May 2026 |\n"
    )
    assert parts_found(text) == [ALL_PARTS]
    issue = parse_plan(text).issues[0]
    assert [p.text.count("Preventive") for p in issue.sections["preventive"]] == [1, 1]
    assert sum("Corrective" in p.text for p in issue.sections["corrective"]) == 2


def test_a_word_checklist_with_semicolons_inside_its_cells_gives_those_parts() -> None:
    """A Word table's rows come as points with cells joined by "; "; an action's own ";" adds
    a cell, so the part's column is found from the row's end."""
    text = (
        "## Late dispatch\n\n### Root cause\n\nOur only packer was away for a week.\n\n"
        "### Tracker\n\n"
        "- #; Action; Type; Owner; Due\n"
        "- 1; Shipped the 40 waiting orders; paid for express; Corrective; Dan; 2 June 2026\n"
        "- 2; Hired a second packer; Corrective; Dan; 5 June 2026\n"
        "- 3; Cover rota checked every Monday; Preventive; Ria; Weekly\n"
    )
    assert parts_found(text) == [ALL_PARTS]


_TEMPLATE_HEAD = (
    "Plan of Action for [Shop name], seller ID [Seller ID]\n\nDate: [DD/MM/YYYY]\n\nRoot cause\n\n"
)
"""A document with three slots already: a template, where its guidance is read."""


def test_orders_to_replace_copy_say_or_fill_in_are_a_templates_guidance() -> None:
    """Guidance that tells the writer to replace the text, copy a wording, say something or
    fill a section in is left-in guidance like "Describe …" or "Explain …"."""
    lines = [
        "Replace this paragraph with what went wrong (staff, stock, tools). Name a date.",
        "Say which listings were removed and why they broke the rule.",
        "Fill in the table below from your order report.",
    ]
    found = slot_texts(_TEMPLATE_HEAD + "\n\n".join(lines) + "\n")
    for line in lines:
        assert line in found


def test_an_order_with_an_inline_example_after_a_comma_is_guidance() -> None:
    """An order followed by an example with no brackets ("…, e.g. "late shipment" or …"): the
    example is the template's sample, the line still guidance."""
    line = 'Give the metric as Walmart names it, e.g. "On-time delivery" or "Cancellations".'
    assert line in slot_texts(_TEMPLATE_HEAD + line + "\n")


def test_a_requirement_on_each_item_after_an_order_is_guidance() -> None:
    """After an order, a sentence that says what each item must carry ("Each one should
    name …") is more of the template's guidance, not the seller's words."""
    line = "List four controls. Each one should name a person and a weekly check."
    assert line in slot_texts(_TEMPLATE_HEAD + line + "\n")


def test_a_note_to_a_role_with_an_order_is_guidance() -> None:
    """A note addressed to a role in the agency ("Case handler: attach …") that gives it an
    order is a note about the draft, not the plan's text."""
    line = "Case handler: attach the supplier letters before the client signs."
    assert line in slot_texts(_TEMPLATE_HEAD + line + "\n")


def test_a_list_of_kinds_ending_in_etc_is_a_templates_guidance() -> None:
    """A grey line listing the kinds of evidence to give ("Receipts from your …, …, etc."),
    with no verb and nobody speaking: what to put there, left in."""
    line = "Receipts from your courier, packing photos, staff rota, etc."
    assert line in slot_texts(_TEMPLATE_HEAD + line + "\n")


def test_a_bracketed_choice_wrapped_onto_two_lines_is_a_slot() -> None:
    """A bracketed choice of words a PDF wrapped across a line break ("[removed or\\nhidden]")
    is a slot, as it is on one line."""
    text = "We are writing about the [removed or\nhidden] listing of [Shop name].\n"
    assert any(slot.startswith("[removed or") for slot in slot_texts(text))


def test_a_filled_plans_own_lines_like_these_are_not_slots() -> None:
    """In a filled plan (no slot at all) none of these scans run: the seller's own lines with
    a colon, an "e.g." or an "etc." stay text."""
    text = (
        "Root cause\n\nOur packer: we had one, and she was away for a week.\n\n"
        "Corrective actions\n\nWe replaced the labels, boxes, tape, etc. on 3 May 2026.\n\n"
        "Preventive measures\n\nEach order is checked by Ana, e.g. weight and label, daily.\n"
    )
    assert slot_texts(text) == []
