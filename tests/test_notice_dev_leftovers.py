"""Issue 16, the development sets' leftovers as classes: reasons named in passing, not cited.

A denial reaches the examples it names ("not based on your metrics, such as your order defect
rate") and the item "nor" joins to it; a label run into its paragraph ("Suggestions: ...",
"Related: ...") heads tips and links as a heading on its own line does; a legal footer (the
paragraph with "All rights reserved" or "(c) 2026") names policies and programs whatever the
message is about; a metric said to be recalculated or watched is bookkeeping to come."""

from __future__ import annotations

import pytest

from poa.notice import languages
from tests.notice_eval import reasons

LINKED = (
    "Your account has been deactivated because it is related to another selling account "
    "that was suspended for policy violations. "
)


# --- a denial reaches its examples and what "nor" joins to it ---------------------------------


@pytest.mark.parametrize(
    "denial",
    [
        "This action is not based on the order defect rate of your account.",
        "This action is not related to your performance figures, such as the order defect rate.",
        "This action is not related to your figures, for example your order defect rate.",
        "This action is not related to your shipping performance figures over the last "
        "quarter nor to the order defect rate.",
    ],
)
def test_metric_named_as_an_example_of_what_is_denied_is_not_cited(denial: str) -> None:
    assert reasons(LINKED + denial, "amazon") == ["amazon.related_accounts"]


def test_french_examples_of_what_is_denied_are_not_cited() -> None:
    text = (
        LINKED + "Cette mesure ne repose pas sur les indicateurs de votre compte, tels que le "
        "taux de défauts de commande."
    )
    assert reasons(languages.gloss(text, "fr"), "amazon") == ["amazon.related_accounts"]


def test_examples_of_what_went_wrong_are_still_cited() -> None:
    text = (
        "Your late shipment rate is 7%, above the 4% target: orders were not shipped on time, "
        "such as those placed on weekends."
    )
    assert reasons(text, "amazon") == ["amazon.late_shipment_rate"]


# --- a label of tips or links run into its paragraph ---------------------------------------


@pytest.mark.parametrize(
    "closing",
    [
        "Suggestions: review the reasons buyers give for returns, and see the\n"
        "Prohibited Products Policy for general listing guidance.",
        "Related: Return policy \u00b7 Prohibited products policy",
    ],
)
def test_policy_under_a_label_of_tips_or_links_on_its_line_is_not_cited(closing: str) -> None:
    text = f"Your return rate is 12%, above the 6% standard for your category.\n\n{closing}\n"
    assert reasons(text, "walmart") == ["walmart.return_rate"]


def test_a_label_of_tips_heads_only_its_own_paragraph() -> None:
    text = (
        "Suggestions: reply to buyers within a day.\n\n"
        "We removed 3 items because they are prohibited products under the Prohibited "
        "Products Policy.\n"
    )
    assert reasons(text, "walmart") == ["walmart.prohibited_products"]


# --- a legal footer -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "footer",
    [
        "Example Marketplace Inc. All rights reserved. Nothing in this email waives our\n"
        "rights under the Prohibited Items Policy or any other policy.",
        "Questions about the VeRO program or about items that may be prohibited? See the\n"
        "Help pages. Copyright (c) 1999-2026 Example Inc.",
    ],
)
def test_policies_in_a_legal_footer_are_not_cited(footer: str) -> None:
    text = (
        "Your late shipment rate is 6.1%, above the 5% maximum for your seller level.\n\n"
        f"Thanks,\neBay\n\n{footer}\n"
    )
    assert reasons(text, "ebay") == ["ebay.late_shipment_rate"]


def test_a_message_with_no_paragraphs_has_no_footer() -> None:
    text = (
        "We removed your listing because it is a prohibited item under the Prohibited Items "
        "Policy. (c) 2026 eBay Inc.\n"
    )
    assert reasons(text, "ebay") == ["ebay.prohibited_items"]


# --- a metric to be counted again or watched ----------------------------------------------

DEACTIVATED = (
    "We deactivated the product because buyers reported it was significantly not as described. "
)


@pytest.mark.parametrize(
    "bookkeeping",
    [
        "Your seller-fault return rate will be recalculated within 48 hours.",
        "These reports also raised your seller-fault return rate, which we will continue to "
        "monitor.",
    ],
)
def test_metric_to_be_recalculated_or_watched_is_not_cited(bookkeeping: str) -> None:
    assert reasons(DEACTIVATED + bookkeeping, "tiktok") == ["tiktok.significantly_not_as_described"]


def test_metric_given_with_its_rate_and_recalculated_is_cited() -> None:
    text = "Your seller-fault return rate is 9%, above the 5% standard, and will be recalculated."
    assert reasons(text, "tiktok") == ["tiktok.seller_fault_return_rate"]
