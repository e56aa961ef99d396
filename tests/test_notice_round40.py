"""Issue 16, the thirty-ninth set: a notice kept as a spreadsheet export (a header row naming the
columns over one row per cited item, comma-separated) is read column by column: an order
column's cells are the ids, a "respond by" column is the deadline, and the seller's own notes
column is not the marketplace's words. A table of different things (a scorecard) stays a
table. Italian names a deadline "Scadenza risposta" and shortens its rate's name in a header."""

from __future__ import annotations

import datetime as dt

import pytest

from poa.notice import read_notice
from poa.notice.sheet import as_records

_WALMART = (
    "date_received,channel,subject_line,po_number,reason_code,rate_pct,reply_by,my_notes\n"
    "2026-10-02,Walmart Marketplace,Late shipment rate above standard,6183025517742,"
    'Shipped late,7.1,2026-10-16,"warehouse move, 9 Oct"\n'
    "2026-10-02,Walmart Marketplace,Late shipment rate above standard,6183025519208,"
    'Shipped late,7.1,2026-10-16,"check case 6183025519991 with support"\n'
)


def test_an_exports_order_column_holds_the_ids_and_its_notes_are_not_cited() -> None:
    facts = read_notice(_WALMART)
    assert facts.order_ids == ["6183025517742", "6183025519208"]
    assert facts.deadline == dt.date(2026, 10, 16)
    assert facts.received == dt.date(2026, 10, 2)


def test_an_asin_only_in_the_sellers_notes_is_not_cited() -> None:
    text = (
        "Notice date,Site,Order ID,ASIN,Reason,Respond by,Our notes\n"
        "2026-04-01,amazon.com,113-4417720-9930125,B0EXAMPL01,Order Defect Rate,2026-04-18,"
        '"swap to B0EXAMPL02 next month"\n'
        "2026-04-01,amazon.com,113-8801234-5562017,B0EXAMPL01,Order Defect Rate,2026-04-18,ok\n"
    )
    facts = read_notice(text)
    assert facts.asins == ["B0EXAMPL01"]
    assert facts.deadline == dt.date(2026, 4, 18)


def test_a_table_of_different_things_stays_a_table() -> None:
    table = "metric,your_rate,standard,status\nLate,5%,<4%,NOT MET\nCancel,1%,<2%,MET\n"
    assert as_records(table) == table


def test_prose_with_commas_is_no_export() -> None:
    prose = (
        "We reviewed your orders, listings, returns, and reviews, and we found problems.\n"
        "Please reply, with invoices, photos, test reports, and your plan, within 7 days.\n"
    )
    assert as_records(prose) == prose


def test_an_italian_export_names_its_deadline_and_rate_by_the_headers_words() -> None:
    text = (
        "Data avviso,Sito,Numero ordine,Tasso difetti ordini,Scadenza risposta,Note nostre\n"
        '"2 aprile 2026",amazon.it,402-1187734-5520918,"2,1%","20 aprile 2026","chiamare"\n'
        '"2 aprile 2026",amazon.it,402-6650213-0071842,"2,1%","20 aprile 2026",""\n'
    )
    facts = read_notice(text)
    assert facts.deadline == dt.date(2026, 4, 20)
    assert facts.metrics == [{"metric": "order_defect_rate", "value": 2.1}]


def test_a_german_notice_that_products_may_not_meet_safety_requirements_is_product_safety() -> None:
    text = (
        "Von: Amazon Seller Central <seller-notification@amazon.de>\n"
        "Betreff: Angebot entfernt\n\n"
        "Hallo,\nwir haben Hinweise erhalten, dass Ihr Heizlüfter (ASIN B0EXHEAT01) die "
        "geltenden Sicherheitsvorschriften eventuell nicht einhält. Wir haben das Angebot "
        "entfernt. Bitte senden Sie uns innerhalb von 7 Tagen einen Prüfbericht.\n"
    )
    assert read_notice(text).reasons == ["amazon.product_safety"]


def test_a_japanese_share_delivered_by_the_promised_day_is_on_time_delivery() -> None:
    text = (
        "件名: 配送パフォーマンスについて\n\n出品者様\n\n"
        "過去30日間にお届け予定日までにお届けした注文の割合は91.2%でした。"
        "目標は97%以上です。改善計画書をご提出ください。\n"
    )
    facts = read_notice(text)
    assert facts.reasons == ["amazon.on_time_delivery_rate"]
    assert facts.metrics == [{"metric": "on_time_delivery_rate", "value": 91.2, "target": 97.0}]


def test_items_that_appear_not_to_be_genuine_are_counterfeit() -> None:
    text = (
        "From: Walmart Marketplace <trustandsafety@walmart.com>\n"
        "Subject: Items unpublished\n\n"
        "Hello,\nBuyers of your travel blender (Item ID 5521093377) say the units seem not to "
        "be genuine: the logo is misprinted and the warranty card is missing. Please send "
        "supplier invoices by May 4, 2026.\n"
    )
    assert read_notice(text).reasons == ["walmart.counterfeit"]


def test_a_copy_of_the_brands_product_is_counterfeit() -> None:
    text = (
        "From: Walmart Marketplace <trustandsafety@walmart.com>\n"
        "Subject: Items unpublished\n\n"
        "Hello,\nA customer told us the desk lamp they received (Item ID 5521093378) is a copy "
        "of the brand's lamp with a different plug. Please send supplier invoices.\n"
    )
    assert read_notice(text).reasons == ["walmart.counterfeit"]


def test_a_page_of_comma_lines_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Lines that each look like a header row, with rows under it that are no notice kept as a
    sheet: every line is split into cells a bounded number of times, so the reading grows with
    the page, not with its square (a header tried on every line, each reading all the rows
    below it, took half a minute on 4,000 such lines)."""
    import itertools
    import string

    from poa.notice import sheet

    calls = 0
    cells = sheet._cells

    def counted(line: str) -> list[str]:
        nonlocal calls
        calls += 1
        return cells(line)

    monkeypatch.setattr(sheet, "_cells", counted)
    names = ["".join(p) for p in itertools.product(string.ascii_lowercase, repeat=3)]
    lines = [",".join(names[(i * 5 + k) % len(names)] for k in range(5)) for i in range(2000)]
    assert sheet.as_records("\n".join(lines)) == "\n".join(lines)
    assert calls <= 3 * len(lines)
