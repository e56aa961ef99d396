"""Classes of plan left over from round 44, each with new examples of its own."""

from __future__ import annotations

from poa.review.headings import FIX
from poa.review.rules import sentence_hits
from tests.plan_classes import ALL_PARTS, parts_found

RUN_IN_PLAN = (
    "Appeal: cancellation rate, Fernhill Candles\n\n"
    "Issue 1 - Stock sold twice\n"
    "Root cause\n"
    "Our Etsy and market-stall stock lived in two spreadsheets, so 23 candles sold online\n"
    "had already gone at a fair.\n"
    "Corrective actions (completed).\n"
    "On 2 October we merged both lists into one inventory app and cancelled nothing since.\n"
    "Preventive measures. Before every fair, Mo counts the stall boxes against the app, and\n"
    "the app pauses a listing when its count reaches one.\n\n"
    "Issue 2 - Late dispatch\n"
    "Root cause. We packed orders only on Fridays, after the fair season began.\n"
    "Corrective actions. From 3 October we pack every weekday by 15:00.\n"
    "Preventive measures. Each Monday Jo checks the dispatch report for orders over two days.\n"
)


def test_a_part_named_and_closed_by_a_full_stop_opens_that_part() -> None:
    """A printed plan's bold run-in heading, its bold lost in the PDF's text: a part's name of
    a few words closed by a full stop, then the paragraph on the same line, or alone on its
    line ("Corrective actions (completed)."), among parts with headings of their own. Each
    opens its part."""
    assert parts_found(RUN_IN_PLAN) == [ALL_PARTS, ALL_PARTS]


def test_a_sentence_closed_by_a_full_stop_opens_nothing() -> None:
    """A short clause whose part word comes last ("We checked why.", "Found out why.") or
    that ends a sentence wrapped from the line above ("... our seller performance" /
    "Standards going forward.") is text, whatever part its words hint at."""
    text = (
        "## Root cause\n\n"
        "The buyer said the jar was not genuine.\n"
        "We checked why. Our invoices came from the bookkeeping tool, not the maker.\n"
        "Found out why. They did not match the brand's own.\n\n"
        "## Corrective actions\n\n"
        "On 9 May we asked the maker for its own invoices; they came on 12 May. We have written\n"
        "a checklist so every invoice we send meets the marketplace's seller performance\n"
        "Standards going forward.\n\n"
        "## Preventive measures\n\n"
        "Every new supplier's invoice is checked against the brand's list before we list.\n"
    )
    plan_parts = parts_found(text)
    assert plan_parts == [ALL_PARTS]


SHARED_CAUSE_PLAN = (
    "Plan of Action - Valid tracking and on-time delivery\n\n"
    "Root cause (common to both)\n"
    "In April our courier changed its label software, and our shop kept printing labels with\n"
    "the old service code, so parcels went by the slow service with numbers nobody uploaded.\n\n"
    "Issue 1 - On-time delivery\n"
    "Corrective actions: on 2 May we reprinted 40 labels and moved open orders to express.\n"
    "Preventive measures: each morning Sam checks that yesterday's parcels left on express.\n\n"
    "Issue 2 - Valid tracking\n"
    "Corrective actions: on 3 May we uploaded the 18 missing numbers by hand.\n"
    "Preventive measures: the label tool now uploads every number, and Sam checks the log daily.\n"
)


def test_a_part_before_the_issues_they_all_lack_is_shared_by_them() -> None:
    """One part written once before the issues' titles, under no title of its own ("Root cause
    (common to both)"), when every titled issue after it has the other parts but not that one:
    the issues share it, and no issue misses it."""
    assert parts_found(SHARED_CAUSE_PLAN) == [ALL_PARTS, ALL_PARTS]


def test_a_part_before_issues_that_have_it_stays_apart() -> None:
    """When the titled issues have that part of their own, the part before them is not shared:
    each issue keeps its own."""
    text = SHARED_CAUSE_PLAN.replace(
        "Corrective actions: on 3 May",
        "Root cause: the upload job stopped on 28 April.\nCorrective actions: on 3 May",
    )
    assert parts_found(text)[-1] == ALL_PARTS
    assert parts_found(text)[-2] == ["corrective", "preventive"]


CONTENTS_PLAN = (
    "Plan of Action - Lune & Loom (Etsy)\n"
    "Prepared by: Ada, shop owner\n"
    "Contents\n"
    "Overview\n"
    "Issue 1 - Items not as described\n"
    "Issue 2 - Late dispatch\n"
    "How we will check\n\n"
    "1. Overview\n"
    "Etsy paused our shop on 2 September because buyers said our scarves were not as shown\n"
    "and because orders left late. We have read every case and every review of the last 90\n"
    "days. Both problems were ours, and both are fixed; this plan sets out how.\n\n"
    "2. Issue 1 - Items not as described\n"
    "Root cause\n"
    "Our photos showed the scarves under warm studio light, so their colours looked richer.\n"
    "Corrective actions\n"
    "On 4 September we reshot all 38 listings in daylight and refunded the 6 buyers.\n"
    "Preventive measures\n"
    "Every new listing is photographed by a window and checked against the scarf by Ada.\n\n"
    "3. Issue 2 - Late dispatch\n"
    "Root cause\n"
    "We dyed to order but promised dispatch in one day.\n"
    "Corrective actions\n"
    "On 5 September we set dispatch to five days on every dyed-to-order scarf.\n"
    "Preventive measures\n"
    "Each Friday Ada compares the dye queue with the dispatch dates promised.\n\n"
    "4. How we will check\n"
    "We read the shop's dispatch and review figures every Monday.\n"
)


def test_a_contents_list_without_page_numbers_is_not_the_plans_issues() -> None:
    """A cover page's contents list, its page numbers left out or lost from the text: three or
    more titles under "Contents", each given again later as the document's own line (numbered
    there or not). The list names the issues; it is not an issue of its own."""
    assert parts_found(CONTENTS_PLAN) == [ALL_PARTS, ALL_PARTS]


def test_lines_under_contents_that_come_only_once_are_the_plans_own() -> None:
    """Under a line that only reads "Contents", lines the document never gives again are not a
    contents list: a plan about a parcel's contents keeps its headings."""
    text = (
        "Issue 1 - Wrong contents\n"
        "Contents\n"
        "Root cause\n"
        "Our packer read the pick list of the order above, so 12 parcels held another order.\n"
        "Corrective actions\n"
        "On 6 May we sent the right items to the 12 buyers.\n"
        "Preventive measures\n"
        "Each parcel's items are now scanned against its own order before it is sealed.\n"
    )
    assert parts_found(text) == [ALL_PARTS]


def test_a_question_put_to_the_seller_opens_the_part_it_asks_for() -> None:
    """An interview's questions to the seller, the answers being the plan ("Q: What have you
    done since the suspension?"): a question put as "have you done", "did you fix" asks for
    what the statement "we have done" names, the fixes, whatever else it mentions."""
    text = (
        "Call notes for the Walmart appeal, Tidewater Goods\n\n"
        "Q: What went wrong with the late orders?\n\n"
        "A: Our 3PL stopped Saturday pickups in March and we kept promising weekend dispatch.\n\n"
        "Q: What have you done since the suspension notice?\n\n"
        "A: On 4 April we removed weekend dispatch from all 210 listings and shipped the 33\n"
        "open orders by express at our cost.\n\n"
        "Q: How will you stop it happening again?\n\n"
        "A: Each Monday Rosa compares the 3PL's pickup calendar with our dispatch settings.\n"
    )
    assert parts_found(text) == [ALL_PARTS]


def test_the_reader_pointed_to_evidence_is_no_fix_in_the_future() -> None:
    """Among the fixes, "You will find attached the courier's letter" points the reviewer to
    the evidence: the reader is the one who "will", and nothing is left to do. The seller's
    own "will" in the fixes is still a plan."""
    assert fix_rules("On 2 June we refunded all 19 buyers. You will find the log attached.") == []
    assert fix_rules("You'll see the courier's letter in annex B.") == []
    assert fix_rules("We will refund the 19 buyers next week.") == ["C1"]


def fix_rules(text: str) -> list[str]:
    return [rule.id for rule, _sentence, _trigger in sentence_hits(text, FIX)]
