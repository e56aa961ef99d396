"""Issue 16, classes left when the thirty-eighth set was tuned on: an id the notice says it does
not name ("was not mentioned in the report"), which is not cited."""

from __future__ import annotations

import pytest

from poa.notice import read_notice

_REMOVED = """Subject: Listings removed: trademark complaint
From: Amazon Seller Performance <seller-performance@amazon.co.uk>
Date: 3 March 2026

Hello,

A brand owner reported that two of your listings on Amazon.co.uk use its registered
trademark without permission. We have removed these listings:

ASIN: B0TESTAA11
ASIN: B0TESTAA22

{aside}

Please send us a plan of action by 17 March 2026.

Seller Performance
"""


@pytest.mark.parametrize(
    "aside",
    [
        "Your listing B0TESTAA33 was not named in the report and remains active.",
        "The larger size, B0TESTAA33, is not mentioned in the complaint.",
        "The bundle B0TESTAA33 was not cited by the rights owner.",
    ],
)
def test_an_id_the_notice_says_it_does_not_name_is_not_cited(aside: str) -> None:
    """A notice that says an id is not named, mentioned or cited in its complaint sets it
    aside, as one that says the id is not affected does."""
    facts = read_notice(_REMOVED.format(aside=aside))
    assert facts.asins == ["B0TESTAA11", "B0TESTAA22"]


def test_a_reasons_words_beside_no_mention_of_a_thing_still_cite_it() -> None:
    """Of a reason, "no mention of" says what went wrong (a parcel that does not name the
    seller), not that the reason is set aside: only ids are read so."""
    notice = _REMOVED.format(aside="").replace(
        "A brand owner reported that two of your listings on Amazon.co.uk use its registered\n"
        "trademark without permission. We have removed these listings:",
        "Buyers received orders in packages from another retailer, with that retailer's\n"
        "packing slip and no mention of your business. We have removed these listings:",
    )
    assert "amazon.drop_shipping" in read_notice(notice).reasons
