"""Issue 16, the twenty-sixth set's classes: a policy or metric named beside the cited one is
not cited when the notice's structure says it is background (a metric said to be inside
whoever's standards, a policy named as a page to read while another matter is cited, a
page named "for background", a process said not to be needed, a matter a later sentence
closes), the notice's own verdict over a metric's usual standard, a time given to the seller
before a promise of the marketplace's, and the words a few languages were missing for a
figure said fine, a thing said unaffected, a policy said to apply regardless, and a
policy's name."""

from __future__ import annotations

import datetime as dt

from poa.notice import languages, read_notice
from tests.notice_eval import reasons


def glossed(text: str, language: str, marketplace: str) -> list[str]:
    return reasons(languages.gloss(text, language), marketplace)


# --- a metric said to be inside a bar, whoever's bar it is ----------------------------------


def test_a_metric_inside_the_marketplaces_own_standards_is_fine() -> None:
    text = (
        "Your late shipment rate is 9.4%, which is above the 7% threshold. "
        "Your cases closed without seller resolution (0%) are within eBay's standards."
    )
    assert reasons(text, "ebay") == ["ebay.late_shipment_rate"]


def test_a_metric_no_longer_within_its_standards_is_cited() -> None:
    text = (
        "Your late shipment rate is 9.4%, which is above the 7% threshold. "
        "Your cases closed without seller resolution are no longer within eBay's standards."
    )
    assert reasons(text, "ebay") == [
        "ebay.cases_closed_without_resolution",
        "ebay.late_shipment_rate",
    ]


def test_within_a_number_of_days_is_no_bar() -> None:
    text = "Your cases closed without seller resolution rose within 30 days of the review."
    assert reasons(text, "ebay") == ["ebay.cases_closed_without_resolution"]


# --- a policy named as reading, beside the matter the notice cites --------------------------


def test_a_policy_named_to_read_beside_the_cited_matter_is_not_cited() -> None:
    text = (
        "Your appeal for the violation Counterfeit products has been rejected: the documents "
        "could not verify the authenticity of the products. "
        "Please review the Prohibited Products Policy for more information."
    )
    assert reasons(text, "tiktok") == ["tiktok.counterfeit"]


def test_a_policy_named_to_read_alone_still_says_what_the_notice_is_about() -> None:
    text = "Please review the Prohibited Products Policy for more information."
    assert reasons(text, "tiktok") == ["tiktok.prohibited_products"]


def test_a_page_named_for_background_beside_another_is_not_cited() -> None:
    text = (
        "We've removed your listing for a counterfeit item. "
        "For background, please read our Counterfeit items policy and VeRO programme pages."
    )
    assert reasons(text, "ebay") == ["ebay.counterfeit"]


# --- words of other languages -------------------------------------------------------------


def test_an_italian_figure_that_meets_our_requirements_after_an_adverb_is_fine() -> None:
    text = (
        "Il tuo valid tracking rate è pari al 91,4 %, inferiore all'obiettivo del 95 %. "
        "Il tuo on-time delivery rate (97,0 %) rispetta invece i nostri requisiti."
    )
    assert glossed(text, "it", "amazon") == ["amazon.valid_tracking_rate"]


def test_an_italian_notice_that_does_not_affect_a_metric_does_not_cite_it() -> None:
    said = languages.gloss("Questo avviso non incide sul tuo tasso di difetti degli ordini.", "it")
    assert "does not affect" in said
    assert "does not affect" not in languages.gloss("Questo avviso incide sul tuo tasso.", "it")


def test_the_italian_policy_on_variations_is_the_variation_policy() -> None:
    text = "Alcune delle tue offerte violano la politica di Amazon sulle variazioni."
    assert glossed(text, "it", "amazon") == ["amazon.variation_policy"]


def test_a_german_policy_that_applies_regardless_is_not_cited() -> None:
    text = (
        "Wir haben die Angebote entfernt, da uns keine ausreichenden Nachweise zur "
        "Produktsicherheit vorliegen. Die Richtlinien zu eingeschränkten Produkten gelten "
        "unabhängig davon weiterhin für alle Ihre Angebote."
    )
    said = languages.gloss(text, "de")
    assert "independent of this" in said


def test_a_french_check_of_a_business_information_is_business_verification() -> None:
    text = "Objet : Vérification des informations de votre entreprise"
    assert glossed(text, "fr", "amazon") == ["amazon.identity_verification"]


# --- a process said not to be needed again -------------------------------------------------


def test_a_process_that_does_not_need_repeating_is_not_cited() -> None:
    text = (
        "You are required under the INFORM Consumers Act to certify your bank account and "
        "contact information. Your identity verification (done in January) does not need "
        "to be repeated."
    )
    assert reasons(text, "amazon") == ["amazon.inform_act"]


def test_a_process_that_is_needed_is_cited() -> None:
    text = "We need to verify your identity before you can sell again."
    assert reasons(text, "amazon") == ["amazon.identity_verification"]


# --- the notice's own verdict over a metric's usual standard -------------------------------


def test_a_notice_that_says_a_standard_is_not_met_keeps_its_metric() -> None:
    # 84% would meet Etsy's usual bar for this figure; the notice sets its own, and says so
    text = (
        "From: Etsy <support@etsy.com>\n\nYour shop isn't currently meeting Etsy's customer "
        "service standards. Shops need to ship at least 95% of orders on time with "
        "tracking.\n\nYour stats:\n- On-time shipping with tracking: 84%\n"
    )
    assert read_notice(text).reasons == ["etsy.on_time_shipping"]


def test_a_metric_that_meets_its_usual_standard_with_no_verdict_is_not_cited() -> None:
    text = (
        "From: Etsy <support@etsy.com>\n\nHere are your shop's stats for the past 3 "
        "months.\n\nYour stats:\n- On-time shipping with tracking: 84%\n"
    )
    assert read_notice(text).reasons == []


# --- a time allowed to the seller, then what the marketplace does after it -----------------


def test_a_reply_within_days_then_a_promise_is_the_sellers_deadline() -> None:
    text = (
        "Subject: Re: Appeal of shop suspension\nDate: November 23, 2026\n\n"
        "We are unable to reinstate your shop. If you can provide valid tracking for the "
        "orders above, you may reply to this email within 14 days and we'll take another "
        "look.\n\nEtsy Trust & Safety\n"
    )
    facts = read_notice(text)
    assert facts.deadline == dt.date(2026, 12, 7)  # 23 November and 14 days
    assert facts.deadline_basis is not None and "usual" not in facts.deadline_basis


def test_a_promise_made_within_days_is_no_deadline_of_the_sellers() -> None:
    text = (
        "Subject: Your appeal\nDate: November 23, 2026\n\nThanks for your appeal. "
        "Within 2 business days our team will respond with a decision.\n\nEtsy Support\n"
    )
    facts = read_notice(text)
    assert facts.deadline is None or "usual" in (facts.deadline_basis or "")


# --- a matter closed by a later sentence that points back to it ----------------------------


def test_a_matter_a_later_sentence_calls_closed_is_history() -> None:
    text = (
        "Thanks for the changes you made after our message in June about message responses. "
        "Buyers now hear back within a day, and we consider that matter closed. "
        "Over the last 90 days your shop received 14 reviews of 1 or 2 stars, well above "
        "what we expect under our review rating standard."
    )
    assert "etsy.message_response" not in reasons(text, "etsy")


def test_a_matter_a_later_sentence_says_is_not_resolved_is_cited() -> None:
    said = (
        "In June your shop was not meeting our message response standard: you answered 61% "
        "of first messages within 24 hours. That issue {} resolved."
    )
    assert reasons(said.format("is not"), "etsy") == ["etsy.message_response"]
    assert reasons(said.format("has since been"), "etsy") == []
