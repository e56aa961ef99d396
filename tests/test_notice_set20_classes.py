"""Issue 16, the twentieth set's classes: a notice pasted into a seller's own question, a rule
quoted as the frame before what a notice cites, a rights owner who reports fakes, the seller's
own messages in a ticket, an optional badge's progress, heat a buyer felt, a metric said to be
fine that sets no usual deadline, and in the other languages: a term whose longer word comes
second, a line broken inside a term, sales that grew, five-star reviews, described signs of
use and figures said to be satisfactory."""

from __future__ import annotations

import datetime as dt

from poa.notice import languages, read_notice
from poa.notice.clean import own_words
from tests.notice_eval import reasons

_WALMART_NOTICE = (
    ">> Walmart Marketplace | April 22, 2026\n"
    ">> Your cancellation rate needs attention\n"
    ">>\n"
    ">> A recent review found that your seller-caused cancellation rate for the past 90\n"
    ">> days is 3.4%. The standard is 2% or less. Please submit an action plan within\n"
    ">> 14 days of this message that explains why the orders were cancelled.\n"
)


def test_a_notice_pasted_into_a_sellers_question_is_read_alone() -> None:
    question = (
        "Has anyone had this? Our stock sync broke last week. This is what came in:\n\n"
        + _WALMART_NOTICE
        + "\nAlso, our return rate has been higher than usual, should I mention it too?\n"
    )
    facts = read_notice(question)
    assert facts.reasons == ["walmart.cancellation_rate"]
    assert facts.deadline == dt.date(2026, 5, 6)  # 14 days from the notice's own date
    # the notice alone is all one voice, and kept whole
    assert own_words(_WALMART_NOTICE) is None


def test_a_notice_set_between_rules_after_the_sellers_colon() -> None:
    notice = (
        "  Etsy · March 30, 2026\n\n"
        "  During a review of your shop, we found listings that do not appear to meet our\n"
        "  Creativity Standards: these listings appear to show items produced by someone\n"
        "  else and resold. Please send photos of your process within 14 days.\n"
    )
    post = (
        "Need advice please, Etsy deactivated some listings. Here is the message:\n"
        "~~~\n" + notice + "~~~\n"
        "My shop has no IP complaints from a brand owner, it's just this.\n"
    )
    assert read_notice(post).reasons == ["etsy.creativity_standards"]
    # rules that set apart no marketplace's message (a table of the notice's own) cut nothing
    table = (
        "Your listings were removed. The listings:\n-----\n"
        + "Listing 1587730291 and listing 1587730436 were reported by a brand owner. " * 4
        + "\n-----\nPlease reply."
    )
    assert own_words(table) is None


_EBAY_QUOTE = (
    '"Every month, eBay evaluates sellers against our seller performance standards. Your\n'
    "transaction defect rate reflects the percentage of your transactions that had one or\n"
    'more defects, such as a return request or a transaction you cancelled."\n\n'
)
_EBAY_CITATION = (
    "Why we're writing\nYour rate of cases closed without seller resolution is now 0.9%, "
    "above the standard."
)


def test_a_rule_quoted_as_the_frame_is_not_what_a_notice_cites() -> None:
    framed = "From the eBay Seller performance policy:\n" + _EBAY_QUOTE + _EBAY_CITATION
    assert reasons(framed, "ebay") == ["ebay.cases_closed_without_resolution"]
    # the same words quoted with no policy framing them are read
    plain = "A buyer forwarded this to us:\n" + _EBAY_QUOTE + _EBAY_CITATION
    assert "ebay.transaction_defect_rate" in reasons(plain, "ebay")
    # a policy named after the quotation frames it too, unless that sentence says it was broken
    after = _EBAY_QUOTE + "This is part of our seller performance policy. " + _EBAY_CITATION
    assert "ebay.transaction_defect_rate" not in reasons(after, "ebay")
    broken = _EBAY_QUOTE + "You violated this policy. " + _EBAY_CITATION
    assert "ebay.transaction_defect_rate" in reasons(broken, "ebay")


def test_a_rights_owner_who_reports_fakes_cites_counterfeits() -> None:
    row = "Suspected counterfeit: the brand owner reports the item is a fake."
    for market in ("walmart", "tiktok", "etsy"):
        assert f"{market}.ip_infringement" not in reasons(row, market)
    assert "walmart.ip_infringement" in reasons(
        "The brand owner reports that the item uses its logo without permission.", "walmart"
    )


def test_the_sellers_messages_in_a_ticket_are_not_the_notice() -> None:
    ticket = (
        "Etsy Help - Support request #7041183952\n\n"
        "— Feb 23, 2026, 4:16 PM · You wrote —\n"
        "My shop was suspended. All my orders shipped on time with tracking.\n\n"
        "— Feb 25, 2026, 2:38 PM · Etsy Marketplace Integrity —\n"
        "Your shop was suspended because 2.3% of your orders resulted in a case opened by "
        "the buyer, which is higher than we allow. Please reply with a short plan.\n"
    )
    assert read_notice(ticket).reasons == ["etsy.case_rate"]
    kept = own_words(ticket) or ""
    assert "You wrote" not in kept and "Marketplace Integrity" in kept


def test_an_optional_badges_progress_is_information() -> None:
    digest = (
        "1. A listing was removed\n"
        "We removed your listing because it goes against our policy on weapons, which does "
        "not allow switchblades to be listed on Etsy.\n\n"
        "3. Your Star Seller progress\n"
        "This month you responded to 94% of first messages within 24 hours, and 100% of "
        "your orders shipped on time with tracking.\n"
    )
    assert reasons(digest, "etsy") == ["etsy.prohibited_items"]
    # the same figures under a heading of their own are read
    plain = digest.replace("3. Your Star Seller progress", "3. Your shop")
    assert "etsy.on_time_shipping" in reasons(plain, "etsy")


def test_heat_a_buyer_felt_is_a_safety_risk() -> None:
    text = "Customers reported that the battery compartment became hot during normal use."
    assert reasons(text, "amazon") == ["amazon.product_safety"]
    # "hot" alone is weather, not a risk
    assert "amazon.product_safety" not in reasons(
        "Customers reported slow delivery during hot weather.", "amazon"
    )


def test_a_metric_the_notice_quotes_as_fine_sets_no_usual_deadline() -> None:
    text = (
        "From: Amazon <seller-performance@amazon.com>\nDate: January 21, 2026\n"
        "Subject: Your pre-fulfillment cancel rate\n\n"
        "Your pre-fulfillment cancel rate over the last 7 days is 3.7%, above our 2.5% target.\n"
        "Your order defect rate (0.3%) is also shown on your Account Health page.\n"
    )
    facts = read_notice(text)
    assert facts.reasons == ["amazon.pre_fulfillment_cancel_rate"]
    assert facts.deadline is None  # this reason has no usual time, and the ODR is fine


def test_a_term_whose_longer_word_comes_second_is_read_whole() -> None:
    # "(?:client|clients)": RE2 stops at the first alternative, inside "clients"
    said = languages.gloss("notre politique relative aux commentaires clients.", "fr")
    assert said == "notre Customer Product Reviews policy."


def test_a_line_break_inside_a_term() -> None:
    text = (
        "Objet : Réponse à votre demande\nDate : 8 avril 2026\n\nBonjour,\n\n"
        "Votre compte a été désactivé. Veuillez nous adresser avant\n"
        "le 22 avril 2026 un nouveau plan d'action accompagné de factures.\n"
    )
    assert read_notice(text).deadline == dt.date(2026, 4, 22)


def test_sales_that_grew_in_each_language() -> None:
    said = {
        "it": "Le vendite del tuo account su amazon.it sono aumentate in modo molto rapido.",
        "fr": "Les ventes de votre compte ont fortement augmenté ces dernières semaines.",
        "de": "Die Verkäufe Ihres Kontos sind stark gestiegen.",
        "es": "Las ventas de tu cuenta han aumentado muy rápidamente.",
    }
    for code, text in said.items():
        assert reasons(languages.gloss(text, code), "amazon") == ["amazon.sales_velocity"], code
    # invoices that cover the sales name no growth
    covered = "Les factures doivent couvrir le volume des ventes de ces ASIN."
    assert reasons(languages.gloss(covered, "fr"), "amazon") == []


def test_five_star_reviews_and_signs_of_use_described() -> None:
    card = "Une carte proposait un bon de 10 € en échange d'un avis cinq étoiles."
    assert reasons(languages.gloss(card, "fr"), "amazon") == ["amazon.review_manipulation"]
    used = "Los clientes recibieron como nuevos artículos que mostraban señales claras de uso."
    assert reasons(languages.gloss(used, "es"), "amazon") == ["amazon.used_sold_as_new"]


def test_a_figure_said_to_be_satisfactory_is_fine() -> None:
    text = (
        "Votre taux d'annulation avant expédition est de 3,7 %. À noter : votre taux de "
        "suivi valide (98,2 %) et votre taux de défauts de commande (0,3 %) sont satisfaisants."
    )
    found = reasons(languages.gloss(text, "fr"), "amazon")
    assert "amazon.order_defect_rate" not in found
    assert "amazon.pre_fulfillment_cancel_rate" in found
    assert reasons("Your order defect rate is satisfactory.", "amazon") == []
