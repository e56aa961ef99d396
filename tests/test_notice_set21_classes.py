"""Issue 16, the twenty-first set's classes: how a notice is built decides what its words say
(a section of questions and answers after the citation, a scorecard that flags one row, praise
and limits kept, a denied breach, examples quoted from a listing or a buyer, forwards quoted
one level deeper, a seller's notes of a notice read aloud)."""

from __future__ import annotations

import datetime as dt

from poa.notice import languages, read_notice
from poa.notice.clean import own_words
from poa.notice.ids import order_ids
from tests.notice_eval import reasons

_CITED = (
    "We removed your listing for a folding stun baton because it breaks our weapons policy. "
    "Stun devices are prohibited items on eBay.\n\n"
)


def test_policies_a_questions_section_names_are_not_cited() -> None:
    notice = _CITED + (
        "Frequently asked questions\n\n"
        "Is this a counterfeit issue?\n"
        "No. Listings removed under the counterfeit items policy get a separate message.\n\n"
        "Does this change my seller level?\n"
        "No. Your level rests on transaction defects and late shipments.\n\n"
        "Thanks,\neBay\n"
    )
    assert reasons(notice, "ebay") == ["ebay.prohibited_items"]


def test_questions_opened_with_q_need_no_heading() -> None:
    notice = _CITED + (
        "Q: Is this about counterfeit goods?\n"
        "A: No. Counterfeit goods are handled under another policy.\n"
    )
    assert reasons(notice, "ebay") == ["ebay.prohibited_items"]


def test_an_answer_that_says_the_seller_broke_a_policy_cites_it() -> None:
    notice = (
        "Frequently asked questions\n\n"
        "Why was my listing removed?\n"
        "Your listing violates our counterfeit items policy.\n"
    )
    assert reasons(notice, "ebay") == ["ebay.counterfeit"]


def test_a_questions_heading_in_another_language_reads_as_one() -> None:
    gloss = languages.gloss("Questions fréquentes\n\nEst-ce grave ?\nNon.\n", "fr")
    assert "frequently asked questions" in gloss.lower()


def test_a_scorecard_cites_the_row_it_flags_only() -> None:
    notice = (
        "Here is your monthly check-in.\n\n"
        "- Replies to first messages within 24 hours: 81%  - below standard (95%)\n"
        "- Orders shipped on time with tracking: 97%  (up 1 point)\n"
        "- Average review rating: 4.8 stars  (no change)\n"
    )
    assert reasons(notice, "etsy") == ["etsy.message_response"]


def test_praise_and_a_limit_kept_cite_nothing() -> None:
    notice = (
        "Your on-time shipping rate of 81% misses our standard of 95%.\n\n"
        "Things that are going well\n"
        "Your review rating meets our standards.\n"
        "Your case rate is also within the limit.\n"
    )
    assert reasons(notice, "etsy") == ["etsy.on_time_shipping"]


def test_a_breach_the_notes_deny_is_none() -> None:
    notes = (
        "- they say our insert card asked buyers for 5-star reviews in exchange for a refund\n"
        "- the footer links to the Seller Code of Conduct, nothing says we broke it\n"
    )
    assert "amazon.code_of_conduct" not in reasons(notes, "amazon")


def test_a_policy_named_with_a_slash_is_one_name() -> None:
    notes = (
        "Items unpublished due to an intellectual property claim from the brand owner.\n"
        'The message also links the "counterfeit / inauthentic items policy" at the bottom.\n'
    )
    assert reasons(notes, "walmart") == ["walmart.ip_infringement"]


def test_a_rule_for_open_orders_is_no_cancellation_problem() -> None:
    notice = (
        "We unpublished your item because it breaks our Prohibited Products Policy.\n\n"
        'Open orders must still be fulfilled or cancelled with reason "item not available".\n'
    )
    assert reasons(notice, "walmart") == ["walmart.prohibited_products"]


def test_claims_quoted_from_the_listing_are_not_a_reason_of_their_own() -> None:
    notice = (
        "The detail page breached our product detail page rules because its title carried "
        'claims not supported by the product ("herbal cure for hair loss").\n'
    )
    assert reasons(notice, "amazon") == ["amazon.listing_policy"]


def test_a_buyers_feedback_quoted_on_an_order_is_the_buyers() -> None:
    notice = (
        "Your order defect rate is 1.6%, above our target of less than 1%.\n"
        'Orders: 249-3381754-0627319 (negative feedback: "not as described, arrived late")\n'
    )
    assert reasons(notice, "amazon") == ["amazon.order_defect_rate"]


def test_a_forward_two_levels_deep_keeps_the_marketplaces_message() -> None:
    thread = (
        "Von: Buchhaltung <b@firma.example>\nBetreff: WG: WG: Konto deaktiviert\n\n"
        "Anbei die Nachricht. Die Auszahlung kommt wohl nicht, sagt die Bank heute am Telefon, "
        "und wir sollten das bald mit der Kanzlei besprechen, bevor der Monat zu Ende geht.\n\n"
        "> Von: Chef <c@firma.example>\n> Bitte weiterleiten.\n>\n"
        ">> Von: Amazon.de <seller-performance@amazon.de>\n"
        ">> Ihr Konto steht in Verbindung mit einem anderen Konto, dem der Verkauf nicht mehr "
        "gestattet ist.\n"
    )
    own = own_words(thread)
    assert own is not None and "Verbindung mit einem anderen Konto" in own
    assert "Bitte weiterleiten" not in own


def test_german_words_of_a_related_account() -> None:
    gloss = languages.gloss("Ihr Konto steht in Verbindung mit einem gesperrten Konto.", "de")
    assert reasons(gloss, "amazon") == ["amazon.related_accounts"]


def test_a_callback_number_is_no_recall() -> None:
    gloss = languages.gloss("Erreichbar unter 030 5557 2219 (Rückrufnummer).", "de")
    assert "recall" not in gloss.lower()


def test_orders_such_as_one_are_orders() -> None:
    text = "The reserve applies to all orders, including custom orders\nsuch as #3290021184.\n"
    assert order_ids(text, "etsy") == ["3290021184"]


def test_etsys_hash_receipt_is_an_order_unlabelled() -> None:
    notes = "- the one that shipped last week #3359921146 - nothing needed\n"
    assert order_ids(notes, "etsy") == ["3359921146"]
    assert order_ids("- listing #3359921146 was removed\n", "etsy") == []


def test_notes_of_a_notice_date_it_by_the_message_not_the_notes() -> None:
    notes = (
        "Walmart - my notes from the call, 26 Jan 2026\n\n"
        "msg posted: Jan 23 2026\n"
        "- items unpublished due to an intellectual property claim\n"
        '- "Respond within 5 business days"\n'
    )
    facts = read_notice(notes)
    assert facts.received == dt.date(2026, 1, 23)
    assert facts.deadline == dt.date(2026, 1, 30)  # Friday 23rd + five working days


def test_a_list_item_of_notes_is_read_on_its_own() -> None:
    notes = (
        "Amazon notes\n\nmsg date on it: 13 April 2026\n"
        "- want a plan of action: what we did and how we stop it\n"
        '- "You have 14 days from the date of this message"\n'
    )
    assert read_notice(notes).deadline == dt.date(2026, 4, 27)
