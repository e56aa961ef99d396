"""Issue 16, the forty-first set: what a policy is about, in the words of the languages.
Italian says a product must keep to the safety requirements of its kind ("rispettare i
requisiti di sicurezza") and names the condition an item was sold in as a state ("in
condizione Nuovo"); Japanese says the goods were bought from another shop and shipped by it
("他の小売業者", "他社の納品書"): drop shipping, whatever the word for it."""

from __future__ import annotations

from poa.notice import read_notice


def test_italian_products_that_may_not_keep_to_safety_requirements_are_product_safety() -> None:
    text = (
        "Da: Amazon.it\nInviato: 9 marzo 2026\nOggetto: Offerte sospese\n\n"
        "Gentile venditore,\n\nabbiamo sospeso le sue offerte perché non ci ha dimostrato che "
        "questi articoli per la prima infanzia rispettano le norme di sicurezza applicabili.\n\n"
        "B0TESTIT01 – Seggiolone pieghevole\n\nCi invii i documenti entro il 23 marzo 2026.\n"
    )
    assert read_notice(text).reasons == ["amazon.product_safety"]


def test_italian_items_received_in_new_condition_with_signs_of_use_are_used_sold_as_new() -> None:
    text = (
        "Da: Amazon.it\nData: 4 giugno 2026\nOggetto: Il suo account\n\n"
        "Alcuni acquirenti ci hanno scritto che i prodotti ricevuti nella condizione «Nuovo» "
        "avevano graffi e segni di utilizzo.\n\nOrdine: 403-1111111-2222222\n\n"
        "Ci invii un piano d'azione entro 17 giorni.\n"
    )
    assert read_notice(text).reasons == ["amazon.used_sold_as_new"]


def test_japanese_goods_shipped_by_another_retailer_are_drop_shipping() -> None:
    text = (
        "差出人：Amazon.co.jp\n送信日：2026年7月1日\n件名：アカウントについて\n\n"
        "出品者様\n\nお客様の荷物に他社の納品書が入っていたことを確認しました。"
        "出品者様は他の通販サイトで購入した商品をお客様へ直接届けさせていました。\n\n"
        "注文番号：503-1234567-7654321\n\n改善計画をご提出ください。\n"
    )
    assert read_notice(text).reasons == ["amazon.drop_shipping"]
