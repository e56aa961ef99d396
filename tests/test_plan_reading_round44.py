"""Classes of plan found in round 44, each with new examples of its own."""

from __future__ import annotations

from tests.plan_classes import slot_texts

VARIABLE_TEMPLATE = (
    "Appeal for STORE_NAME\n\n"
    "Account: MERCHANT_ID\n\n"
    "## What went wrong\n\n"
    "Between START_DATE and END_DATE our LATE_COUNT orders shipped late because CAUSE_1.\n\n"
    "## What we fixed\n\n"
    "We FIX_1 and moved the cut-off to CUTOFF_TIME.\n\n"
    "## Going forward\n\n"
    "OWNER_NAME checks the queue every morning.\n"
)


def test_variable_names_in_a_template_of_them_are_slots() -> None:
    """A template whose values are all variable names in capitals joined by underscores, many
    of them naming a kind of value (…_NAME, …_DATE, …_ID) on lines of their own: every one of
    its variable names is a slot, those that name an action too ("FIX_1")."""
    assert slot_texts(VARIABLE_TEMPLATE) == [
        "STORE_NAME",
        "MERCHANT_ID",
        "START_DATE",
        "END_DATE",
        "LATE_COUNT",
        "CAUSE_1",
        "FIX_1",
        "CUTOFF_TIME",
        "OWNER_NAME",
    ]


def test_codes_with_underscores_in_a_filled_plan_are_not_slots() -> None:
    """A filled plan's SKUs, report names and an export's columns have the same shape, but few
    of them name a kind of value, or those that do share one sentence: none is a slot."""
    text = (
        "## Root cause\n\n"
        "The lids of SKU JAR_AMBER_06 and JAR-CLEAR-12 cracked in transit; the TEAL_LID batch\n"
        "came from a new supplier.\n\n"
        "## Corrective actions\n\n"
        "On 3 May we pulled both SKUs and refunded 17 buyers. The DISPATCH_DAILY report now\n"
        "checks ORDER_ID, SHIP_DATE and CARRIER_NAME against the courier's scans.\n\n"
        "## Preventive measures\n\n"
        "Every inbound batch is drop-tested before it is listed.\n"
    )
    assert slot_texts(text) == []


def test_prompts_that_trail_off_in_a_template_of_them_are_slots() -> None:
    """A template whose prompts are parentheses ending in an ellipsis, the start of what to
    write ("(courier used…)"), on many lines: each is a slot. A writer's own aside that trails
    off once is not."""
    text = (
        "Shop: (your shop's name…)\n\n"
        "## Root cause\n\n"
        "Orders left late because (what slowed dispatch…).\n\n"
        "## Corrective actions\n\n"
        "- (first fix...)\n"
        "- (second fix…)\n"
    )
    assert slot_texts(text) == [
        "(your shop's name…)",
        "(what slowed dispatch…)",
        "(first fix...)",
        "(second fix…)",
    ]
    aside = "## Root cause\n\nThe courier lost 9 parcels (and then blamed the weather...).\n"
    assert slot_texts(aside) == []


def test_a_lone_ellipsis_or_a_rule_under_an_instruction_is_a_gap() -> None:
    """An ellipsis alone on its line (or as a list's only point) is the gap left to fill; so is
    a rule ("---") that stands for a section's text, between its instruction and the next
    heading. A rule between a plan's own sections is not, nor one between a note and the
    letter it comes before."""
    text = (
        "## Corrective actions\n\n"
        "- Refunded the 12 buyers on 4 March\n"
        "- …\n\n"
        "## Preventive measures\n\n"
        "(Describe what will stop this from happening again.)\n\n"
        "---\n\n"
        "***\n\n"
        "## Contact\n\n"
        "Jo Reyes\n"
    )
    assert slot_texts(text) == [
        "…",
        "(Describe what will stop this from happening again.)",
        "---",
        "***",
    ]
    filled = (
        "# Plan of Action\n\n---\n\n## Root cause\n\nOur courier missed two pickups.\n\n---\n\n"
        "## Corrective actions\n\nWe moved to a second courier on 2 May.\n"
    )
    assert slot_texts(filled) == []
    note = "(Replace the names below with your own.)\n\n---\n\nDear Seller Support,\n"
    assert slot_texts(note) == ["(Replace the names below with your own.)"]


def test_an_order_that_goes_on_a_wrapped_sentence_is_not_a_slot() -> None:
    """A PDF's or an e-mail's lines wrap where the page ends, so a line may start with a verb
    that reads as an order to the writer ("include …", "provide …") while it goes on with the
    sentence of the line above. The same order opening its own paragraph, or under a heading,
    is the template's."""
    wrapped = (
        "All 40 units were pulled on 2 June. From July our packers will also\n"
        "include a printed guide with your order number in every parcel.\n"
    )
    assert slot_texts(wrapped) == []
    order = "## Root cause\nInclude a printed guide with your order number here.\n"
    assert slot_texts(order) != []
