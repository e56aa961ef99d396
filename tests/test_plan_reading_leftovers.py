"""Classes left over from the development rounds (issue 12): each test is a small document
written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

import pytest

from poa.review.language import has_figure, has_specifics
from poa.review.specifics import specific_process


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
