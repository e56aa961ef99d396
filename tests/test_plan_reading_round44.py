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
