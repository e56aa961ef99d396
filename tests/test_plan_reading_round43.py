"""Classes of plan found in round 43, each with new examples of its own."""

from __future__ import annotations

from tests.plan_classes import ALL_PARTS, parts_found, slot_texts


def test_an_italic_note_to_the_writer_is_a_slot() -> None:
    """A note to whoever fills the template in, set in italics with underscores ("_Note for
    the VA: …_"), is the template's as much as one without them: the underscore is a mark
    before the label, as a bullet or a bracket is."""
    text = (
        "## Root cause\n\n"
        "Our pick rate fell because <describe what changed in the warehouse>.\n\n"
        "_Note for the VA: list both causes with figures. Check the pick log first._\n\n"
        "## Corrective actions\n\n"
        "We refunded all 31 buyers on 9 May.\n"
    )
    found = slot_texts(text)
    assert any("Note for the VA" in slot for slot in found), found
    # a plan's own italic aside, addressed to no one, is not a note to the writer
    plain = "## Root cause\n\n_Our courier missed two pickups in the week of 4 May._\n"
    assert slot_texts(plain) == []


SELLERS_CHECKLIST = (
    "Walmart appeal - notes to self\n\n"
    "## Why it happened\n"
    "- [x] my supplier swapped the charger model in March and I never re-checked the listing\n"
    "- [x] 23 listings still showed the old 65 W wattage\n\n"
    "## Done so far\n"
    "- [x] fixed the wattage on all 23 listings (12 Apr)\n"
    "- [x] emailed the 6 buyers who returned a charger\n"
    "- [ ] send the supplier's new spec sheet with the appeal\n\n"
    "## From now on\n"
    "- [ ] compare each delivery against the spec sheet before it goes on sale\n"
)


def test_a_sellers_own_checklist_of_ticked_points_has_no_slots() -> None:
    """A checklist the seller keeps for themselves: its ticked points record what they did,
    with figures and dates of their case or in their own voice ("I", "my"), and its few open
    boxes are their own to-dos. None of its boxes is a blank; a template's checklist, with
    generic ticked points and mostly empty boxes, still has every box as a slot."""
    assert slot_texts(SELLERS_CHECKLIST) == []
    template = "Actions\n- [x] Refunded affected buyers (XX orders)\n- [ ] Photos of the labels\n"
    assert slot_texts(template) == ["[x]", "XX", "[ ]"]


INTAKE_FORM = (
    "Account Health Review - Response Form\n"
    "Store: Pinecrest Home   Case: 7719-22\n"
    "1. Which metric does this response cover?\n\n"
    "Pre-fulfilment cancellation rate, 3.9% for the 30 days to 2 June.\n\n"
    "2. Describe what caused it. Include figures.\n\n"
    "Our inventory feed ran once a day, so 58 of 71 cancelled orders were for items that had\n"
    "sold out in the store the same morning.\n"
    "3. What have you already fixed? Give dates.\n\n"
    "4 June - the feed now runs every 15 minutes.\n\n"
    "5 June - store stock is held back 2 units before it is offered online.\n\n"
    "4. What stops it happening again?\n\n"
    "Our operations lead checks the feed log each morning and pauses a listing at one unit.\n\n"
    "5. Who is the contact?\n\n"
    "Dana Ruiz, operations lead\n"
)


def test_a_forms_numbered_questions_are_its_part_headings() -> None:
    """A response form's numbered questions head the answers below them, the plan's parts,
    even where a PDF lost the blank line above one (the answer before it ends its sentence)
    and where the question carries a short order on how to answer ("Give dates."). A question
    taken as a heading anchors the next one, so a run of them is read from either end."""
    assert parts_found(INTAKE_FORM) == [ALL_PARTS]


def test_a_forms_question_with_an_order_after_it_is_no_slot() -> None:
    """ "What have you already fixed? Give dates.": the question is a heading, its order how
    to answer it; an answered form leaves no slot there. An order alone to the writer about
    the document is still one."""
    assert slot_texts(INTAKE_FORM) == []
    assert slot_texts("Root cause\nExplain the cause here in two sentences.\n") != []


LETTERED_PIP = (
    "# Improvement plan - valid tracking rate\n\n"
    "## 1. Where we stand\n\n"
    "Valid tracking fell to 93.4% over 30 days on 610 orders.\n\n"
    "## 2. Root cause\n\n"
    "### (a) Handling of regional carrier labels\n\n"
    "Our regional carrier's numbers were typed by hand and 22 had a digit missing.\n\n"
    "### (b) Uploads happen once a night\n\n"
    "Tracking for orders shipped after 5 pm reached the marketplace a day late.\n\n"
    "## 3. Corrective actions\n\n"
    "### (a) Labels\n\n"
    "On 3 March we corrected all 22 numbers and switched the carrier to scanned labels.\n\n"
    "## 4. Preventive measures\n\n"
    "### (a) Daily check\n\n"
    "Priya compares the carrier manifest with uploaded tracking every morning at 9.\n"
)


def test_a_sub_heading_one_level_below_a_part_stays_inside_it() -> None:
    """A numbered section that names a part, with lettered sub-headings a level below it
    ("(a) Handling of regional carrier labels", "(b) Uploads happen once a night"): each
    sub-heading is a point of that part, even when its words hint at another part."""
    assert parts_found(LETTERED_PIP) == [ALL_PARTS]


ANSWER_CELLS = (
    "Issue | What we say\n"
    "Order defect rate 1.4%\n"
    "Cause: a new packer sealed 30 boxes without the insert card, so buyers got no manual.\n"
    "Done: on 2 May we sent every one of the 30 buyers the manual by email.\n"
    "Going forward: the packing screen shows a photo of the insert; Lee checks 5 boxes a day.\n\n"
    "Negative feedback on sizing\n"
    "Cause: our size chart listed chest width, not circumference, for 11 shirts.\n"
    "Done: the chart was corrected on 4 May for all 11 listings.\n"
    "Going forward: Ama checks each new chart against a measured sample before it goes live.\n"
)


def test_a_faint_label_between_two_part_labels_is_the_part_between_them() -> None:
    """An answer cell that holds "Cause: …", "Done: …", "Going forward: …": "Done" only hints
    at the fixes, but standing between the cause's label and the prevention's it labels the
    part between them."""
    assert parts_found(ANSWER_CELLS) == [ALL_PARTS, ALL_PARTS]


BULLETS_ONLY = (
    "- eBay seller account: harborlane_goods\n"
    "- Why it happened: our only packer was off sick for a week in February\n"
    "- The courier also missed two collections, so 18 orders went out late\n"
    "- We refunded the postage on all 18 late orders on 3 March\n"
    "- We emailed each of those buyers an apology on 4 March\n"
    "- Going forward we will train a second person to pack\n"
    "- We will book courier collections a day ahead\n"
)


def test_a_plan_of_bullets_only_has_its_fixes_between_cause_and_prevention() -> None:
    """A plan written as one list of bullets, its parts opened by lead words ("Why it
    happened: …", "Going forward …"), the fixes between them with none of their own: the
    cause's last points, one-off things done ("We refunded the postage …"), are the fixes."""
    assert parts_found(BULLETS_ONLY) == [ALL_PARTS]
