"""Classes of plan from round 47, each with new examples of its own."""

from __future__ import annotations

from poa.review.plan import parse_plan
from tests.plan_classes import ALL_PARTS, parts_found, slot_texts

TOPIC_PROSE_PLAN = (
    "# Appeal for the shop Fernhill Ceramics\n\n"
    "## Mugs damaged in the post\n\n"
    "Over January 14 of our 220 mugs reached buyers in pieces. The mugs went out in thin "
    "bubble wrap inside soft mailers, and the courier we used in the winter sorted its "
    "parcels by conveyor, so a mug in a soft bag had nothing to take the knocks.\n\n"
    "On 3 February we refunded the 14 buyers and sent each a new mug in a double-walled box "
    "with corner blocks. The 60 soft mailers left in stock went back to the supplier.\n\n"
    "Each mug now goes in a fitted box with two inches of padding, and Nina drops one packed "
    "box from waist height every Monday to check the packing holds.\n\n"
    "## Glaze colour not as pictured\n\n"
    "Seven buyers said the blue glaze looked grey. Our listing photos were taken under a warm "
    "studio lamp that made the blue look brighter than it is in daylight.\n\n"
    "We retook the photos of all 31 glazed listings by a window on 6 February and added a "
    "line to each description about how the colour shifts with the light.\n\n"
    "Every new glaze is photographed in daylight before the listing goes live, and each "
    "month I compare the returns log with the photos to spot any colour that misleads.\n"
)
"""Two issues, each a heading that only names its topic over three unlabelled paragraphs."""


def test_paragraphs_under_a_topic_heading_are_read_as_that_issues_parts() -> None:
    """Under a heading that names what went wrong, with no part named anywhere, the first
    paragraph tells how it happened, one of deeds done once the fixes, one of standing
    controls the prevention: each heading is an issue with its own three parts."""
    assert parts_found(TOPIC_PROSE_PLAN) == [ALL_PARTS, ALL_PARTS]


def test_a_topic_whose_paragraphs_tell_no_fix_keeps_the_letter_as_it_was() -> None:
    """A topic read as no cause and fix gives no issues: the headings were no issues' titles."""
    musings = TOPIC_PROSE_PLAN.replace("On 3 February we refunded", "We thought about")
    musings = musings.replace("went back to the supplier", "are a worry")
    assert parts_found(musings) == []


NUMBERED_REPORT_WITH_CONTENTS = (
    "Improvement Plan - Oakridge Garden Tools\n\n"
    "Contents\n"
    "1.0 Root Cause Analysis\n"
    "   1.1 Late Dispatch Rate\n"
    "   1.2 Valid Tracking Rate\n"
    "2.0 Corrective Actions Completed\n"
    "3.0 Preventive Measures\n\n"
    "1.0 Root Cause Analysis\n"
    "1.1 Late Dispatch Rate (6.2%)\n\n"
    "Our warehouse closed for a stock count on 2 and 3 May and 44 orders waited two days for "
    "a picker because nobody moved the dispatch cut-off for those days.\n\n"
    "1.2 Valid Tracking Rate (91%)\n\n"
    "The courier's label printer failed on 9 May and 30 parcels left with hand-written labels "
    "that carried no tracking number.\n\n"
    "2.0 Corrective Actions Completed\n\n"
    "On 12 May we shipped the last delayed orders and uploaded tracking for all 30 parcels.\n\n"
    "3.0 Preventive Measures\n\n"
    "Every stock count is now booked on a weekend, and each morning the shift lead checks "
    "that every label printed overnight carries a tracking number.\n"
)
"""Decimal sections under a contents list whose sub-entries come again with a figure after."""


def test_a_contents_list_whose_entries_return_with_more_words_is_no_part() -> None:
    """The contents name each section once before the text; a section's heading that gives
    the entry's words and more ("1.1 Late Dispatch Rate (6.2%)") is still that entry, so the
    list is the document's apparatus, not an issue with empty parts above the real one."""
    assert parts_found(NUMBERED_REPORT_WITH_CONTENTS) == [ALL_PARTS]


def test_a_bracketed_field_name_with_its_example_value_is_a_slot() -> None:
    """A template that shows each field's name in capitals with an example ("[REFUND_TOTAL =
    45.00]", "[BATCH NO = 7]") leaves both to be replaced by the seller's own value."""
    line = "We refunded [REFUND_TOTAL = 45.00] to [BUYERS = 6] buyers from [BATCH NO = 7]."
    assert slot_texts(line) == ["[REFUND_TOTAL = 45.00]", "[BUYERS = 6]", "[BATCH NO = 7]"]
    assert slot_texts("The late rate fell to 1.2% (LDR = 1.2%) by [see the chart].") == []


def test_stock_filler_as_a_whole_value_is_a_slot() -> None:
    """'Text here' standing alone, or as all a field holds, is the template's filler; the same
    words inside a seller's sentence are not."""
    form = "Brand owner: Text here\n\nWhat we changed\n\nYour text here.\n"
    assert slot_texts(form) == ["Text here", "Your text here"]
    assert slot_texts("We put the tracking details here, in the table below.\n") == []


LABELLED_LETTER = (
    "Dear Amazon team,\n\n"
    "Why this went wrong: our new packer used the old label stock, so 22 parcels had no "
    "barcode and the courier sent them back.\n\n"
    "What we put right: we reprinted and shipped all 22 parcels on 4 June and threw out "
    "the old label stock.\n\n"
    "From now on the packer scans every label before the parcel is sealed, and I check "
    "the returns report each Friday.\n"
)
"""Labels of four words, each naming the part that comes next in order."""


def test_a_longer_label_naming_the_next_part_after_a_labelled_cause_opens_it() -> None:
    """ "What we put right:" is four words, as long as a sentence's clause, but right after the
    cause's label it is the plan going on in order: the fixes' label."""
    assert parts_found(LABELLED_LETTER) == [ALL_PARTS]
    clause = LABELLED_LETTER.replace("Why this went wrong: our", "Our")
    assert parts_found(clause) != [ALL_PARTS]


DASHED_SERIES = (
    "Hello eBay,\n\n"
    "**Late parcels in May**\n\n"
    "Reason -\n"
    "Our only courier stopped Saturday pick-ups and nobody told the packing team.\n\n"
    "Done -\n"
    "On 6 June we added a second courier and shipped the 18 waiting orders.\n\n"
    "Later -\n"
    "I'll ask both couriers about their pick-up days first.\n"
)
"""A series of one-word labels closed by the same dash, the third naming no part itself."""


def test_the_third_label_of_a_series_alike_in_form_is_the_prevention() -> None:
    """ "Reason -", "Done -", then "Later -": after the cause's and the fixes' labels, a line
    of the same form is the series' last term, the prevention, whatever its word."""
    assert parts_found(DASHED_SERIES) == [ALL_PARTS]
    unlike = DASHED_SERIES.replace("Later -\n", "Later on, over the summer:\n")
    assert parts_found(unlike) != [ALL_PARTS]


NOTICE_ABOVE_LETTER = (
    "Here is the email I was sent:\n\n"
    "Hi,\n"
    "Your store has been suspended because your late shipment rate reached 9%, above the 4% "
    "limit. This happened because many orders were not shipped within the handling time.\n"
    "Regards,\n"
    "Account Health Team\n\n"
    "My reply:\n\n"
    "I make leather belts to order. Orders ran late because in March I took on a wholesale "
    "order and did not raise my handling time, so 26 web orders waited.\n\n"
    "On 2 April I shipped all 26 orders with tracking and raised the handling time to five "
    "days on every belt.\n\n"
    "From now on I pause new listings whenever the workshop has more than 20 belts "
    "waiting, and I check the late rate every Monday.\n"
)
"""A marketplace's notice pasted above a letter with no headings."""


def test_a_notice_pasted_above_the_letter_gives_none_of_its_parts() -> None:
    """The marketplace telling the seller what it did to their store ("Your store has been
    suspended because …") is the notice's account; the writer's own cause comes after it."""
    issue = parse_plan(NOTICE_ABOVE_LETTER).issues[0]
    assert issue.sections["root_cause"][0].text.startswith("I make leather belts")
