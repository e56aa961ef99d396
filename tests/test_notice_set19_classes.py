"""Issue 16, the nineteenth set's classes: a claim the notice says nobody made, a row of a
health page at zero with a dash beside it, the terms of a reinstatement, an item's name on a
list of items, an accessory made a child of a variation family, a time in which something will
happen, and the words of the other languages for "is not affected", "is not the reason" and
the sales rank."""

from __future__ import annotations

import datetime as dt

from poa.notice import read_notice
from tests.notice_eval import reasons


def test_a_violation_row_at_zero_with_a_dash_is_not_cited() -> None:
    page = (
        "VIOLATIONS\nType                          Points   Date\n"
        "Late dispatch                 2        03 Jun 2026\n"
        "Counterfeit products          0        -\n"
        "Intellectual property         0        —\n"
    )
    assert reasons(page, "tiktok") == ["tiktok.late_dispatch_rate"]
    # a count that is not zero is a record, dash or not
    one = page.replace("products          0", "products          1")
    assert "tiktok.counterfeit" in reasons(one, "tiktok")


def test_a_complaint_the_notice_did_not_receive_is_denied() -> None:
    text = (
        "We unpublished your items because they break our Prohibited Products Policy. "
        "We did not receive a complaint from a rights owner about these items."
    )
    assert reasons(text, "walmart") == ["walmart.prohibited_products"]
    # receiving with no article after it names a claim: it denies nothing
    claims = "Subject: Item Not Received claims\nCustomers say packages never arrived."
    assert reasons(claims, "walmart") == ["walmart.item_not_received_rate"]


def test_there_are_no_reports_denies_a_report() -> None:
    text = (
        "Your listings must meet our Creativity Standards: the items must be made or designed "
        "by you. Several listings do not name a production partner. There are no reports "
        "against your shop from rights owners."
    )
    assert "etsy.ip_infringement" not in reasons(text, "etsy")
    assert "etsy.ip_infringement" in reasons(
        "There are reports against your shop from rights owners.", "etsy"
    )


def test_the_terms_of_a_reinstatement_are_not_a_reason() -> None:
    text = (
        "We've reinstated your account. It was suspended because your refund rate was 11.4% "
        "(standard: 6% or lower).\n\nReinstatement conditions\n"
        "- You may list no more than 500 active items.\n"
        "- You must respond to customer messages within 48 hours.\n"
    )
    assert reasons(text, "walmart") == ["walmart.refund_rate"]
    cited = text.replace("Reinstatement conditions", "What we found")
    assert "walmart.seller_response_rate" in reasons(cited, "walmart")


def test_an_items_name_on_a_list_of_items_is_not_what_the_notice_says() -> None:
    text = (
        "A rights owner reported these listings through our VeRO Programme:\n\n"
        "  395812746031  Trail running shoes, size 6-11\n"
        "  395812746118  Brand replica logo insoles (pair)\n"
    )
    assert reasons(text, "ebay") == ["ebay.vero_ip_infringement"]
    # a row with a cell for the issue says what was wrong with the item
    issues = (
        "We removed these listings:\n\n"
        "  395812746031  Running shoes    Replica of a branded item\n"
        "  395812746118  Logo insoles     Replica of a branded item\n"
    )
    assert "ebay.counterfeit" in reasons(issues, "ebay")


def test_an_accessory_made_a_child_breaks_the_variation_rules() -> None:
    text = (
        "B0F2HK2V0W: a spare filter cannot be a child of the purifier it fits. Please take it "
        "out of the family and list it on its own."
    )
    assert reasons(text, "amazon") == ["amazon.variation_policy"]
    alone = "A spare filter for the purifier is sold in the same family of brands."
    assert "amazon.variation_policy" not in reasons(alone, "amazon")


def test_a_time_in_which_something_will_happen_is_no_deadline() -> None:
    text = (
        "Date: 15 Jul 2026\n\nWe reinstated four of your listings. They should be visible "
        "within 24 hours. Your listing quality metrics will update within 48 hours.\n"
    )
    assert read_notice(text).deadline is None
    asked = text + "Please reply to this case within 48 hours with the corrected titles.\n"
    assert read_notice(asked).deadline == dt.date(2026, 7, 17)


def test_spanish_metrics_not_affected_by_a_review_are_not_cited() -> None:
    text = (
        "Hola:\n\nNo hemos podido verificar tu identidad: el nombre de tu documento no "
        "coincide con el de tu cuenta bancaria. Ten en cuenta que tus métricas, como la tasa "
        "de envíos con retraso, no se ven afectadas por esta revisión.\n\nAmazon.es\n"
    )
    facts = read_notice(text)
    assert facts.language == "es"
    assert facts.reasons == ["amazon.identity_verification"]


def test_spanish_items_that_did_not_match_their_description() -> None:
    text = (
        "Hola:\n\nVarios compradores nos han informado de que los productos recibidos no se "
        "correspondían con la descripción de la página del producto.\n\nAmazon.es\n"
    )
    facts = read_notice(text)
    assert facts.language == "es"
    assert facts.reasons == ["amazon.not_as_described"]


def test_japanese_metrics_that_are_not_the_reason_are_not_cited() -> None:
    text = (
        "出品者様\n\n当社の調査により、お客様のアカウントは、出品権限が停止されている別のアカウントと"
        "関連していることが確認されております。\n\nなお、注文不良率などのパフォーマンス指標は、"
        "今回の判断の理由ではありません。\n\nAmazon.co.jp\n"
    )
    facts = read_notice(text)
    assert facts.language == "ja"
    assert "amazon.order_defect_rate" not in facts.reasons


def test_italian_orders_placed_to_raise_the_sales_rank() -> None:
    text = (
        "Salve,\n\nabbiamo rilevato ordini effettuati con codici promozionali al 100% da account "
        "riconducibili alla tua attività, con l'unico scopo di migliorare la posizione dei tuoi "
        "prodotti nella classifica delle vendite.\n\nAmazon.it\n"
    )
    facts = read_notice(text)
    assert facts.language == "it"
    assert facts.reasons == ["amazon.sales_rank_manipulation"]
    # a rule the code of conduct sets ("vieta di", forbids) is not a citation
    rule = (
        "Salve,\n\nil tuo account è stato disattivato per la manipolazione delle recensioni dei "
        "clienti. Il Codice di condotta vieta anche di manipolare il posizionamento nelle "
        "classifiche di vendita.\n\nAmazon.it\n"
    )
    assert read_notice(rule).reasons == ["amazon.review_manipulation"]
