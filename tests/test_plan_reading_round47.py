"""Classes of plan from round 47, each with new examples of its own."""

from __future__ import annotations

from tests.plan_classes import ALL_PARTS, parts_found

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
