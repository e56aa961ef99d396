"""Classes left over from the development rounds (issue 12): each test is a small document
written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

import pytest

from poa.review.headings import CONTEXT, FIX, meaning
from poa.review.language import has_figure, has_specifics
from poa.review.plan import parse_plan
from poa.review.specifics import specific_process
from tests.plan_classes import ALL_PARTS, parts_found


@pytest.mark.parametrize(
    "text",
    [
        "Our 3PL lost the parcels",
        "We moved to a B2B courier",
        "Staff now sign in with 2FA",
        "The 4PX and 3PL accounts were merged",
    ],
)
def test_a_digit_inside_a_short_name_counts_nothing(text: str) -> None:
    """A digit joined to capitals after it is part of a name (a third-party warehouse, a
    courier, a login method): a statement that holds only such a name is not checkable."""
    assert not has_figure(text)
    assert not has_specifics(text)


@pytest.mark.parametrize(
    "text",
    [
        "We shipped 40 orders",
        "Boxes over 10kg go by freight",
        "Orders placed by 5PM ship the same day",
        "Stock for SKU TR-BL-2PK was recounted",
        "Sales peak in Q4",
        "ASIN B0C4XK7Q2M was relisted",
    ],
)
def test_a_count_an_hour_or_an_id_stays_a_figure(text: str) -> None:
    """A count keeps its unit, an hour its AM or PM, and an id (hyphenated or long) its
    digits: each is still something a reviewer could check."""
    assert has_figure(text)


def test_a_cause_that_names_only_a_3pl_is_not_specific() -> None:
    """The vague-cause rule is forgiven by a process named with a figure: the digit of a
    warehouse's name is no figure."""
    vague = "The stock feed from our 3PL was not updating correctly so items looked in stock"
    assert not specific_process(vague)
    assert specific_process(vague.replace("our 3PL", "our 3PL for 12 days"))


@pytest.mark.parametrize(
    "heading",
    [
        "Corrective Action Plan – listing removals",
        "Corrective Action Plan - refunds and replacements owed",
        "Corrective Action Plan — cancelled orders in May",
    ],
)
def test_a_documents_name_before_a_dash_is_its_title(heading: str) -> None:
    """A document's name, a dash, then what it is about ("Corrective Action Plan - <subject>").
    Read alone the name is the document's title, and a subject that names no part does not
    turn it into a corrective heading."""
    assert meaning(heading).kind == CONTEXT


@pytest.mark.parametrize(
    "heading", ["Corrective action plan - what we fixed", "Corrective actions - removals"]
)
def test_a_part_named_on_either_side_of_the_dash_stays_the_part(heading: str) -> None:
    assert meaning(heading).kind == FIX


def test_the_text_under_a_titled_document_name_is_no_corrective_action() -> None:
    plan = (
        "# Corrective Action Plan – eBay listing removals\n\n"
        "Seller: oakparts | Prepared by: Jo | Date: 3 May 2026\n\n"
        "## Root cause\n\nOur template called copies genuine parts on 31 listings.\n\n"
        "## Corrective actions\n\nWe ended all 31 listings on 4 May 2026.\n\n"
        "## Preventive measures\n\nA second person checks every new listing before it goes live.\n"
    )
    assert parts_found(plan) == [ALL_PARTS]
    fixes = parse_plan(plan).issues[0].sections["corrective"]
    assert [paragraph.text for paragraph in fixes] == ["We ended all 31 listings on 4 May 2026."]


_WHY_DECK = (
    "# Seller performance plan\n\n"
    "## Why {first}\n\nOur stock feed stopped for 6 days, so 40 sold-out orders came in.\n\n"
    "## Why {second}\n\nStaff typed tracking numbers before the carrier scanned the parcels.\n\n"
    "## What we have done\n\nWe fixed the feed on 3 May and re-sent tracking for 22 orders.\n\n"
    "## Going forward\n\nEvery morning Ana checks the feed log and the tracking report.\n"
)


def test_why_headings_that_each_explain_their_own_thing_are_two_issues_causes() -> None:
    """ "Why <one thing>", then "Why <another>": the cause of each of two issues, whose actions
    and prevention, told once after them, serve both."""
    plan = _WHY_DECK.format(first="refunds rose", second="the scans were missing")
    assert parts_found(plan) == [ALL_PARTS, ALL_PARTS]


@pytest.mark.parametrize(
    ("first", "second"),
    [("it happened", "we missed it"), ("refunds rose", "the problem was not caught")],
)
def test_why_headings_that_point_back_explain_one_issue(first: str, second: str) -> None:
    """A second "Why ..." that names nothing of its own (it, we, the problem) explains the
    same issue further: one issue, one cause."""
    assert parts_found(_WHY_DECK.format(first=first, second=second)) == [ALL_PARTS]
