"""The ranking of written plans (issue 12): what a reviewer marks a middling or weak plan down
for, point by point and sentence by sentence, that a strong plan does not do.

Every example here is written for the test, none is taken from the graded corpus.
"""

from __future__ import annotations

import pytest

from poa.banks import load_library
from poa.review.findings import Finding
from poa.review.plan import parse_plan
from poa.review.plan_review import review_plan
from poa.review.score import score

CAUSE = (
    "From 2 to 20 September 2026 our packing bench had one packer for 1.6 times the usual "
    "orders, and the handling time stayed at 1 day: 57 of 812 orders shipped late. The "
    "failure was ours."
)
DATED_FIXES = [
    "On 22 September 2026 we shipped the 14 orders still open.",
    "On 23 September we raised the handling time to 2 days on all 240 SKUs.",
    "On 24 September we messaged the 57 buyers whose orders were late.",
]
UNVERIFIABLE_FIXES = [
    "On 22 September 2026 we shipped the 14 orders still open.",
    "We raised the handling time on the slow items.",
    "We messaged the buyers whose orders were late.",
    "We talked with the packing team about speed.",
]
RUNNING_MEASURES = [
    "Since 25 September the dispatch lead checks the unshipped-orders view at 13:00 every day.",
    "Since 1 October a second packer works every Monday and Friday; the dispatch lead reviews "
    "the late-shipment report each week against a 2 % target.",
]
INTENDED_MEASURES = [
    "We will check the unshipped-orders view every day.",
    "The dispatch lead will review the late-shipment report each week against a 2 % target.",
    "We are planning to hire a second packer for the busy months.",
]


def _plan(fixes: list[str], measures: list[str], closing: str = "") -> str:
    return "\n\n".join(
        [
            "Plan of Action",
            "Root cause",
            CAUSE,
            "Corrective actions",
            "\n".join(f"- {fix}" for fix in fixes),
            "Preventive measures",
            "\n".join(f"- {measure}" for measure in measures),
            *([closing] if closing else []),
        ]
    )


def _review(text: str) -> list[Finding]:
    return list(review_plan(parse_plan(text), load_library(()), "amazon"))


def _rules(text: str) -> list[str]:
    return [f.rule for f in _review(text)]


def test_corrective_actions_most_of_which_give_no_date_count_or_id() -> None:
    """One dated action does not make the other three checkable: each is read on its own."""
    found = [f for f in _review(_plan(UNVERIFIABLE_FIXES, RUNNING_MEASURES)) if f.rule == "C2"]
    assert [f.message for f in found] == [
        "3 of the 4 corrective actions give no date, count or id: nothing in them a reviewer "
        "could check."
    ]
    assert "C2" not in _rules(_plan(DATED_FIXES, RUNNING_MEASURES))


def test_an_action_told_with_its_count_or_on_the_same_day_is_checkable() -> None:
    fixes = [
        "On 22 September 2026 we shipped the 14 orders still open.",
        "The same day we raised the handling time on the slow items.",
        "We messaged all 57 buyers whose orders were late.",
    ]
    assert "C2" not in _rules(_plan(fixes, RUNNING_MEASURES))


def test_preventive_measures_most_of_which_are_only_intended() -> None:
    """A measure in the future tense with no date it starts has not started; an owner and a
    cadence do not change that."""
    found = [f for f in _review(_plan(DATED_FIXES, INTENDED_MEASURES)) if f.rule == "P6"]
    assert [f.message for f in found] == [
        "3 of the 3 preventive measures are only intended: in the future tense, with no date "
        "they start."
    ]
    assert "P6" not in _rules(_plan(DATED_FIXES, RUNNING_MEASURES))


def test_a_measure_in_the_future_tense_with_the_day_it_starts_is_not_only_intended() -> None:
    measures = [
        "From 1 October the dispatch lead will check the unshipped-orders view every day.",
        "Starting 6 October 2026 a second packer will work every Monday and Friday.",
        "We will review the late-shipment report each week.",
    ]
    assert "P6" not in _rules(_plan(DATED_FIXES, measures))


def test_a_weekday_or_the_same_day_in_a_measure_is_its_cadence_not_its_start() -> None:
    measures = [
        "We will check the unshipped-orders view every Monday.",
        "Damaged units will be written off the same day they are found.",
    ]
    assert "P6" in _rules(_plan(DATED_FIXES, measures))


def test_measures_told_in_prose_are_read_one_a_sentence() -> None:
    """One promise among running controls in a paragraph does not make them all promises."""
    prose = (
        "Every order now ships tracked, and the dispatch lead checks the unshipped-orders view "
        "at 13:00 each day. Our handling time is now 2 days on all SKUs. We will also add a "
        "second courier."
    )
    text = _plan(DATED_FIXES, []).replace(
        "Preventive measures\n\n", "Preventive measures\n\n" + prose
    )
    assert "P6" not in _rules(text)


@pytest.mark.parametrize(
    "plea",
    [
        "We are losing sales every day the listings are down.",
        "Our income has gone down a lot since the suspension.",
        "With the shop closed we cannot pay our wages next month.",
        "We really need the sales before the winter season.",
        "This is very hard for us, please trust us.",
        "We hope you can understand and give us chance to continue.",
    ],
)
def test_what_the_decision_costs_the_seller_is_a_plea(plea: str) -> None:
    assert "T1" in _rules(_plan(DATED_FIXES, RUNNING_MEASURES, plea))


@pytest.mark.parametrize(
    "excuse",
    [
        "Many other shops are selling the same hooks with the same wording and are still live.",
        "Lots of other sellers in this category list their boards like this too.",
        "The delay was not really our fault.",
    ],
)
def test_others_doing_the_same_is_no_reason_it_was_allowed(excuse: str) -> None:
    assert "T2" in _rules(_plan(DATED_FIXES, RUNNING_MEASURES, excuse))


def test_stock_from_other_sellers_is_a_fact_of_the_cause_not_an_excuse() -> None:
    told = "Our units were mixed with units from other sellers of the same item at the warehouse."
    assert "T2" not in _rules(_plan(DATED_FIXES, RUNNING_MEASURES, told))


def test_a_plan_with_undated_fixes_and_intended_measures_ranks_below_a_strong_one() -> None:
    strong = score(_review(_plan(DATED_FIXES, RUNNING_MEASURES)))[0]
    middling = score(_review(_plan(UNVERIFIABLE_FIXES, INTENDED_MEASURES)))[0]
    assert strong - middling >= 6
