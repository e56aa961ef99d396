"""Classes of plan from round 48, each with new examples of its own."""

from __future__ import annotations

from poa.review.plan import parse_plan
from tests.plan_classes import ALL_PARTS, parts_found

SLIDE_DECK = (
    "Slide 1 - Harbourside Kitchenware: appeal to Amazon\n"
    "Store: Harbourside Kitchenware (owner: Priya)\n"
    "Late shipment rate 7.1% over the last 30 days\n"
    "Slide 2 - Why orders shipped late\n"
    "Our only packer was off sick for nine days in March\n"
    "Nobody else knew how to print labels from the shipping tool\n"
    "Slide 3 - What we have done\n"
    "4 Apr: shipped all 63 waiting orders and messaged every buyer\n"
    "5 Apr: trained two more staff on the shipping tool\n"
    "Slide 4 - Keeping it from happening again\n"
    "Three people can now pack and print labels on any day\n"
    "Every Friday the manager checks the late shipment rate on the dashboard\n"
    "Slide 5 - Thank you\n"
    "We ask that our selling privileges be restored\n"
)
"""A deck exported to text: each slide a numbered title line over short unmarked bullets."""


def test_a_slides_title_is_a_heading_whatever_its_number() -> None:
    """ "Slide 3 - What we have done": the number is the deck's, the rest names the part."""
    assert parts_found(SLIDE_DECK) == [ALL_PARTS]
    plan = parse_plan(SLIDE_DECK)
    assert "Why orders shipped late" in plan.headings


def test_a_line_that_only_mentions_a_slide_is_no_title() -> None:
    """A sentence about a slide ("Slide 3 shows the new rota.") is text, not a heading."""
    plan = parse_plan(SLIDE_DECK.replace("Slide 5 - Thank you\n", "Slide 5 shows our rota.\n"))
    assert "shows our rota." not in " ".join(plan.headings)


DATED_STORY = (
    "To: Walmart Seller Performance\n"
    "Re: Cancellation rate above the limit\n\n"
    "What happened, day by day:\n\n"
    "2 March 2026 - A supplier delivery of 300 garden chairs arrived two weeks late.\n\n"
    "9 March 2026 - 41 orders for the chairs were cancelled because the stock count in "
    "Seller Center still showed units we did not have.\n\n"
    "12 March 2026 - The cause, as we now see it: our stock feed counted goods on order as "
    "goods on the shelf, and nobody compared it with the warehouse.\n\n"
    "13 March 2026 - Stock feed changed to count only goods received into the warehouse.\n\n"
    "14 March 2026 - Every buyer of a cancelled order contacted and offered a 10% voucher.\n\n"
    "18 March 2026 - Cancellation rate for the week: 0.6%.\n\n"
    "From now on: the warehouse lead compares the feed with the shelf count every Monday, and "
    "any item below five units is paused until the next delivery is booked in.\n"
)
"""A letter told as dated paragraphs, the deeds after the cause worded without a subject."""


def test_dated_paragraphs_after_the_cause_that_report_deeds_are_the_fixes() -> None:
    """Paragraphs that each open with a date are a log's entries: after the entry that tells
    the cause, those that report a thing done ("Stock feed changed …") are the fixes."""
    assert parts_found(DATED_STORY) == [ALL_PARTS]
    fixes = parse_plan(DATED_STORY).issues[0].sections["corrective"]
    assert [p.text[:13] for p in fixes] == ["13 March 2026", "14 March 2026"]


ONE_PARAGRAPH_LETTER = (
    "Dear Seller Performance team, we are writing about the notice of 4 May 2026 that our "
    "valid tracking rate fell to 93.5% against the 95.0% standard. The main reason for the "
    "drop was that our new label printer sent tracking numbers to the wrong order field for "
    "eleven days, so 58 orders showed no tracking although they shipped. We have corrected the "
    "field mapping and re-uploaded tracking for all 58 orders on 12 May. Going forward the "
    "shipping lead checks a sample of ten orders in Seller Center every morning, and we review "
    "the tracking rate each Monday. Thank you for considering our appeal.\n"
)
"""A whole plan in one paragraph: cause, fix and prevention, each opened by its sentence."""


def test_one_paragraph_is_read_by_its_sentences() -> None:
    """A sentence that opens on the reason ("The main reason for the drop was …") starts the
    cause; a decimal point ("93.5%") ends no sentence."""
    assert parts_found(ONE_PARAGRAPH_LETTER) == [ALL_PARTS]
    cause = parse_plan(ONE_PARAGRAPH_LETTER).issues[0].sections["root_cause"]
    assert cause[0].text.startswith("The main reason for the drop")


PAIRED_POINTS = (
    "# Plan of Action - Pinecrest Pet Supplies\n\n"
    "Our late dispatch rate reached 8% in April.\n\n"
    "## What went wrong and how we fixed it\n\n"
    "- Problem: The courier skipped our collection on three Fridays. | Solution: We booked a "
    "second courier for Friday collections on 2 May.\n"
    "- Problem: Orders placed after 3pm waited a day to be picked. >> Solution: The picking "
    "cut-off moved to 5pm on 3 May.\n\n"
    "## Going forward\n\n"
    "Each week the dispatch lead checks the late dispatch rate and calls the courier about any "
    "missed collection.\n"
)
"""Points under a heading named for two parts, each pairing a cause with its fix by labels."""


def test_a_point_pairing_a_cause_with_its_fix_is_split_at_the_fixs_label() -> None:
    """ "Problem: … | Solution: …" under a cause-and-fix heading: the labelled half is a fix."""
    assert parts_found(PAIRED_POINTS) == [ALL_PARTS]
    issue = parse_plan(PAIRED_POINTS).issues[0]
    assert [p.text[:9] for p in issue.sections["corrective"]] == ["Solution:", "Solution:"]
    assert all("Solution" not in p.text for p in issue.sections["root_cause"])


QUESTIONS_AND_ANSWERS = (
    "# Reply to the marketplace's review of our shop\n\n"
    "Hello, two problems were raised; each is answered below.\n\n"
    "---\n\n"
    "## 1. Late parcels to Scotland\n\n"
    "**Q: What went wrong?**\n\n"
    "A: Our courier account still had the old postcode table, so 41 parcels went by the slow "
    "service in January.\n\n"
    "**Q: What have you put right?**\n\n"
    "A:\n"
    "- 3 Feb: loaded the new postcode table and rebooked the open parcels.\n"
    "- 4 Feb: refunded postage on the 41 late orders.\n\n"
    "**Q: What keeps it from coming back?**\n\n"
    "A:\n"
    "- Each month Dana compares the courier's table with the postal service's list.\n"
    "- A parcel booked on the slow service to a fast zone now stops at the packing bench.\n\n"
    "---\n\n"
    "## 2. Return labels without tracking\n\n"
    "**Q: What went wrong?**\n\n"
    "A: Return labels were made by hand and the tracking number was never saved.\n\n"
    "**Q: What have you put right?**\n\n"
    "A: On 5 Feb we switched to prepaid return labels from the courier's portal.\n\n"
    "**Q: What keeps it from coming back?**\n\n"
    "A: The portal now saves every return's tracking number to the order on its own.\n"
)
"""Two issues, each answered question by question; some answers are a list under "A:" alone."""


def test_an_answer_mark_alone_under_its_question_is_no_heading() -> None:
    """ "A:" alone on its line, over a list, belongs to the question above it: each issue keeps
    its three parts, and no issue is titled "A"."""
    plan = parse_plan(QUESTIONS_AND_ANSWERS)
    assert "A" not in [issue.title for issue in plan.issues]
    assert parts_found(QUESTIONS_AND_ANSWERS) == [ALL_PARTS, ALL_PARTS]
