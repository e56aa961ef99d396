"""Issue 16, classes left when the thirty-eighth set was tuned on: an id the notice says it does
not name ("was not mentioned in the report"), which is not cited; the seller's reply to the
marketplace, drafted or sent on top of its message, whose ids are not the notice's; a message
page's stamp, month first with a two-digit year and its time ("Apr-02-26 10:15:00 PST")."""

from __future__ import annotations

import pytest

from poa.notice import read_notice
from poa.notice.dates import date_in

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


_MARKETPLACES_MESSAGE = """From: Walmart Marketplace <sellerperformance@walmart.com>
Date: 12 May 2026
Subject: Your action plan was not accepted

Hello Partner,

We reviewed the action plan you sent on 5 May 2026 about your on-time delivery rate, which is
81.2% against our standard of 90%. It does not explain why these orders arrived late:

PO 1084001122334
PO 1084001122395

Please send a revised action plan within 10 days of this message.

Walmart Seller Performance
"""


@pytest.mark.parametrize(
    ("heading", "greeting", "rule"),
    [
        ("REPLY DRAFT - check before sending", "Hi Walmart team,", "=== their message ==="),
        ("", "Dear Walmart Seller Performance,", "-" * 30),
    ],
)
def test_ids_only_the_sellers_reply_on_top_names_are_not_the_notices(
    heading: str, greeting: str, rule: str
) -> None:
    """A reply to the marketplace written above its message is the seller's, written after
    it: an order of the seller's own that it names is not cited."""
    reply = (
        f"{heading}\n\n{greeting}\n\nThank you for the review. We moved to a new carrier on"
        " 1 May. PO 1084009988776 went out with it too, though you did not ask about it.\n\n"
        f"Best wishes,\nRiverbend Home\n\n{rule}\n"
    )
    facts = read_notice(reply + _MARKETPLACES_MESSAGE)
    assert facts.order_ids == ["1084001122334", "1084001122395"]


def test_the_marketplaces_reply_on_top_of_its_older_message_keeps_its_ids() -> None:
    """A reply that signs off as the marketplace is its own, over its older message: the ids
    it names are the notice's."""
    reply = (
        "Hello Partner,\n\nWe looked again, and PO 1084009988776 was late as well.\n\n"
        "Regards,\nWalmart Seller Performance\n\n--- Original message ---\n"
    )
    facts = read_notice(reply + _MARKETPLACES_MESSAGE)
    assert "1084009988776" in facts.order_ids


def test_a_message_pages_stamp_is_the_day_the_notice_came() -> None:
    """A marketplace's message page stamps a message month first, with a two-digit year and
    the time: that day is the one a time allowed counts from."""
    notice = (
        "From: eBay          Date: Apr-02-26 10:15:00 PST\n"
        "Subject: We removed one of your listings\n\nHi seller,\n\n"
        "We removed your listing 335900011122 because it breaks our counterfeit item policy.\n"
        "If you believe it is genuine, reply within 10 days with invoices from your supplier.\n"
    )
    facts = read_notice(notice)
    assert facts.received is not None and facts.received.isoformat() == "2026-04-02"
    assert facts.deadline is not None and facts.deadline.isoformat() == "2026-04-12"


@pytest.mark.parametrize("code", ["SKU JUN-12-24", "lot MAR-03-26B", "Nov-31-26 09:00"])
def test_a_code_shaped_like_a_stamp_without_its_time_is_no_date(code: str) -> None:
    """Without the time after it (or with no real day), a code of a month and two numbers is
    no date."""
    assert date_in(code, day_first=False) is None
