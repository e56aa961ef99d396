"""Issue 16: a notice cites the ids its action, finding or request concerns. An id it names
only to set aside ("... is not affected", "is not part of this review") is not cited."""

from __future__ import annotations

import pytest

from poa.notice import read_notice

_SIBLING = """From: Amazon.com Seller Performance
Subject: Listing deactivated - pesticide claims

Hello,

We deactivated the listing below because its description claims that the product kills
insects without an EPA registration number:

ASIN: B0TESTAA11

The matching refill pack, ASIN B0TESTAA22, was checked too and is not affected by this
decision. Edit the description and send us the registration within 7 days.

Amazon.com Seller Performance
"""

_OPEN_ORDERS = """From: Etsy <support@etsy.com>
Subject: Your listing was removed

Hi Maple Loft,

We removed your listing "Ivory Carved Pendant" (listing 1700000001) under our Prohibited
Items Policy. Orders that buyers placed before the removal (for example order #3700000002)
are not included in this action, so please ship them as usual.

Etsy Marketplace Integrity
"""

_CONTRAST = """From: Amazon.co.uk Seller Performance
Subject: Your listing has been removed

Hello,

We removed ASIN B0TESTBB11 after a safety complaint, but ASIN B0TESTBB22 is not affected.
Send a test report within 10 days.

Amazon.co.uk
"""

_ASIDE = """TikTok Shop - Invalid tracking numbers

The orders below were shipped with tracking numbers the carrier could not confirm:

  Order 577300000000000001   entered: 9400111899220000000001   (USPS - no record)
  Order 577300000000000002   entered: 9400111899220000000002   (format not valid)

Upload valid tracking numbers within 3 days.
"""


def test_an_id_said_not_to_be_affected_is_not_cited() -> None:
    assert read_notice(_SIBLING).asins == ["B0TESTAA11"]


def test_orders_said_to_be_outside_the_action_are_not_cited() -> None:
    assert read_notice(_OPEN_ORDERS).order_ids == []


@pytest.mark.parametrize(
    ("notice", "kept"),
    [
        (_CONTRAST, ["B0TESTBB11"]),  # "but" starts another clause: B0TESTBB11 stays cited
        (_ASIDE, ["577300000000000001", "577300000000000002"]),  # "(no record)": an aside
    ],
)
def test_a_denial_reaches_only_its_own_clause(notice: str, kept: list[str]) -> None:
    facts = read_notice(notice)
    assert (facts.asins or facts.order_ids) == kept
