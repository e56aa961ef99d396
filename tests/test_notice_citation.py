"""Issue 16, the role of each sentence: a reason said where the notice finds or decides about
the seller's own matter is cited, even once and late; one said only where the notice explains
or comments is a passing mention (poa/notice/citation.py). And the shipped weights are what
scripts/fit_citation.py fits."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from poa.errors import PoaError
from poa.fsutil import read_text
from poa.notice import citation, read_notice
from poa.notice.citation import roles
from poa.notice.words import Hit, tokens

SECOND_FINDING = """Subject: Your account is at risk of deactivation

Hello,

Your Late Shipment Rate is 7.9%, above our 4% target, for orders shipped in the last 30 days.
Late shipments leave buyers waiting and we take them seriously.

Orders shipped late include 113-4417720-8810231 and 113-9902214-5561873.

Please send us a plan that explains what caused the late shipments and how you will ship on
time.

We also found that your Valid Tracking Rate has dropped to 91%, below the 95% target.

Regards,
Amazon Seller Performance
sellercentral.amazon.com"""
"""A second metric said once, late, but as a finding about the seller's own rate."""

NEIGHBOUR_EXPLAINED = """Subject: Your listing has been removed

Hello,

We removed your listing for ASIN B0KQ7TT2ZX because it infringes the trademark of a rights
owner. The rights owner told us that your listing uses their registered brand name without
permission.

To reinstate the listing, send us a letter of authorization from the rights owner or an
invoice that shows you bought the goods from them.

Counterfeit goods harm buyers and rights owners alike, and reports of counterfeits are
reviewed by our teams around the clock.

Regards,
Amazon Seller Performance"""
"""A neighbouring policy said in a sentence that explains, about no one's listing."""


def test_a_second_reason_said_once_as_a_finding_is_kept() -> None:
    facts = read_notice(SECOND_FINDING)
    assert facts.reasons == ["amazon.late_shipment_rate", "amazon.valid_tracking_rate"]


def test_a_neighbouring_policy_in_an_explanation_is_dropped() -> None:
    facts = read_notice(NEIGHBOUR_EXPLAINED)
    assert facts.reasons == ["amazon.ip_trademark"]
    assert "amazon.inauthentic" in facts.closest  # kept as a closest reason, with its words


@pytest.mark.parametrize(
    ("sentence", "finding"),
    [
        ("We have deactivated your account.", True),
        ("Your return rate exceeds the target.", True),
        ("We found that the order 113-4417720-8810231 shipped late.", True),
        ("Late shipments are against our policy.", False),
        ("Sellers who miss the target may lose their selling privileges.", False),
    ],
)
def test_a_finding_speaks_of_the_sellers_matter_with_a_verb_of_action(
    sentence: str, finding: bool
) -> None:
    words = tokens(sentence)
    hits = read_hits(sentence)
    assert bool(roles(words, hits, sentence.lower()).finding) is finding


DASHBOARD_ROWS = """Performance overview - copied from Seller Central

Shipping
  On-Time Delivery Rate ........ 98%    target over 90%

Compliance
  Pricing Policy Violations ............. 0
  Restricted Products Policy Violations . 0
  Product Safety Complaints ............. 0
  Prohibited Seller Activity ............ 0
  Listing Policy Violations ............. 3

Intellectual property complaint | ASIN B0HX4R7QLM | Status: Listing removed
  The brand owner says the listing uses its registered trademark without permission.

Variation policy | parent ASIN B0HX4R9ZTN | Action required
  The 10-litre and the 30-litre stockpot are not one item: change the variation relationship.
"""
"""Account-health rows: a complaint row, and a policy named on a listing row with a status."""


def test_a_policy_named_on_the_sellers_own_dashboard_row_is_kept() -> None:
    facts = read_notice(DASHBOARD_ROWS)
    assert facts.reasons == ["amazon.ip_trademark", "amazon.variation_policy"], facts.closest


@pytest.mark.parametrize(
    ("row", "finding"),
    [
        ("Listing Policy Violations ............. 3", True),
        ("Listing Policy Violations ............. 0", False),
        ("Account Health Rating    171    At risk", True),
        ("Variation policy | ASIN B0HX4R9ZTN | parent B0HX4R0001", True),
        ("Customer complaints:  2", True),
        ("Return rate    12.5%    target under 10%", True),
        ("Return rate    8,5 %    target under 10 %", False),
        ("Tracking rate    91%    target above 95%", True),
        ("Policy: we remove listings that break the rules of the store.", False),
    ],
)
def test_a_dashboard_row_with_the_sellers_own_count_or_status_is_a_finding(
    row: str, finding: bool
) -> None:
    text = f"Account Health\n\n{row}\n"
    assert bool(roles(tokens(text), read_hits(text), text.lower()).finding) is finding


def read_hits(text: str) -> dict[str, list[Hit]]:
    """The concepts a notice's reader finds in ``text``."""
    from poa.banks import load_library
    from poa.notice.reasons import _reader

    return _reader(load_library(), "amazon").lexicon.find(tokens(text))


def test_the_shipped_weights_are_what_the_fit_script_fits() -> None:
    script = Path(__file__).resolve().parents[1] / "scripts" / "fit_citation.py"
    spec = importlib.util.spec_from_file_location("fit_citation", script)
    assert spec is not None and spec.loader is not None
    fit_citation = importlib.util.module_from_spec(spec)
    sys.modules["fit_citation"] = fit_citation
    spec.loader.exec_module(fit_citation)
    fitted = fit_citation.weights_file(fit_citation.fit(fit_citation.examples()))
    shipped = read_text(citation.WEIGHTS, 4096, PoaError, "citation weights")
    assert json.loads(fitted) == json.loads(shipped)
