"""Issue 16, the twenty-seventh set's classes: an appeal decided in parts cites only what it
refused; a section headed for information, a habit's consequence and a policy named for
completeness cite nothing; an order label that ends a wrapped line labels the ids on the
next; a time allowed from a dated record counts from that record's date."""

from __future__ import annotations

import datetime as dt

from poa.notice import read_notice
from poa.notice.ids import order_ids
from poa.notice.parts import accepted_parts
from tests.notice_eval import reasons

_IN_PARTS = (
    "Subject: Your appeal - decision\n\nHello,\n\nWe looked at both matters you appealed.\n\n"
    "On-time delivery - appeal approved.\nThe storm closures you showed explain the late "
    "deliveries, and your on-time delivery rate has been corrected.\n\n"
    "Valid tracking rate - appeal denied.\nYour valid tracking rate is 91%, below the 99% "
    "standard. Several orders were shipped without tracking numbers.\n\n"
    "Walmart Marketplace\n"
)


def test_an_appeal_decided_in_parts_cites_only_the_refused_part() -> None:
    assert reasons(_IN_PARTS, "walmart") == ["walmart.valid_tracking_rate"]


def test_a_part_accepted_counts_only_beside_a_part_refused() -> None:
    # the same decision with both matters accepted is no decision in parts: nothing is dropped
    accepted = _IN_PARTS.replace("appeal denied", "appeal approved")
    assert accepted_parts(accepted.lower()) == []
    first = _IN_PARTS.lower().index("on-time delivery - ")
    parts = accepted_parts(_IN_PARTS.lower())
    assert len(parts) == 1 and parts[0][0] == first


def test_a_sentence_that_removes_a_listing_is_no_part_heading() -> None:
    # "removed" starts a sentence here, with no matter before a dash or a colon
    text = (
        "Subject: Listing removed: claims not allowed\n\nWe removed the listing below because "
        "its title says the product cures colds.\n\nASIN: B0D2WK7PMS\n"
    )
    assert accepted_parts(text.lower()) == []


def test_a_section_headed_for_information_is_not_cited() -> None:
    text = (
        "Dear seller,\n\nItem 1 - Counterfeit products\nBuyer reports show that the watches "
        "you sold are counterfeit copies of a branded model.\n\n"
        "Item 2 - For information\nYour seller-fault cancellation rate warning from May has "
        "been closed because the rate went back under the standard.\n\nTikTok Shop\n"
    )
    assert reasons(text, "tiktok") == ["tiktok.counterfeit"]


def test_what_a_habit_often_leads_to_is_no_finding() -> None:
    text = (
        "Hi,\n\nAnswering buyers quickly is part of our customer service standards. In the "
        "last 3 months you answered only 58% of first messages from buyers within 24 hours."
        "\n\nUnanswered messages often lead to cases and low reviews.\n\nEtsy\n"
    )
    assert reasons(text, "etsy") == ["etsy.message_response"]


def test_a_policy_named_for_completeness_is_not_cited() -> None:
    text = (
        "Hello,\n\nWe removed two listings after a rights owner reported that they infringe "
        "its registered trademark. No complaint about the authenticity of the goods was made; "
        "our policy against counterfeit goods is named here for completeness only.\n\nAmazon.de\n"
    )
    assert reasons(text, "amazon") == ["amazon.ip_trademark"]


def test_a_german_policy_named_for_completeness_is_not_cited() -> None:
    text = (
        "Betreff: Entfernung von Angeboten\nMarktplatz: Amazon.de\n\nHallo,\n\nder Inhaber "
        "der Marke hat uns mitgeteilt, dass Ihre Angebote seine Markenrechte verletzen. Wir "
        "haben die Angebote deaktiviert.\n\nDie Richtlinie zu Produktfälschungen wird hier "
        "nur der Vollständigkeit halber genannt.\n\nVielen Dank\nAmazon.de\n"
    )
    facts = read_notice(text)
    assert facts.language == "de"
    assert facts.reasons == ["amazon.ip_trademark"]


def test_a_japanese_notice_that_says_it_is_not_about_a_recall_cites_none() -> None:
    text = (
        "差出人: Amazon.co.jp\n日付: 2026年10月5日\n件名: 製品安全に関する書類について\n\n"
        "出品者様\n\nご提出いただいた試験成績書では、商品が安全基準を満たしていることを確認"
        "できませんでした。\n\nASIN：B0DM4R7KZ2\n\n"
        "なお、本件はリコール対象商品に関する通知ではありません。\n\nAmazon.co.jp\n"
    )
    facts = read_notice(text)
    assert facts.language == "ja"
    assert "amazon.recalled_product" not in facts.reasons


def test_an_order_label_that_ends_a_wrapped_line_labels_the_ids_on_the_next() -> None:
    text = (
        "Buyers reported chairs and items that did not match the photos, for example on purchase "
        "orders\n1234567890123 and 1234567890124. Item 1234567890125 stays unpublished.\n"
    )
    assert order_ids(text, "walmart") == ["1234567890123", "1234567890124"]


def test_a_time_allowed_from_a_dated_record_counts_from_its_date() -> None:
    text = (
        "TikTok Shop Seller Center\nSnapshot: 2026-06-15\n\nViolation record - 2026-06-10\n\n"
        "Your late dispatch rate is 8%, above the 4% standard.\n\n"
        "You may appeal this violation within 5 days of the violation date.\n"
    )
    facts = read_notice(text)
    assert facts.deadline == dt.date(2026, 6, 15)  # 10 June and 5 days, not 15 June and 5


def test_a_time_allowed_from_the_message_still_counts_from_the_notice() -> None:
    text = (
        "TikTok Shop Seller Center\nSnapshot: 2026-06-15\n\nViolation record - 2026-06-10\n\n"
        "Your late dispatch rate is 8%, above the 4% standard.\n\n"
        "You may appeal within 5 days of the date of this message.\n"
    )
    assert read_notice(text).deadline == dt.date(2026, 6, 20)


def test_a_refused_parts_heading_names_the_matter_its_paragraph_explains() -> None:
    # "safety" stands only in the heading, the report only under it: one finding
    text = (
        "Amazon.com - Appeal decision\n\nHello,\n\nWe reviewed the two issues you appealed.\n\n"
        "Issue A - Listing policy (ASIN B0AAAAAAA1): ACCEPTED\nThe listing has been "
        "reinstated.\n\n"
        "Issue B - Product safety (ASIN B0AAAAAAA2, folding stroller):\nNOT ACCEPTED\n"
        "A customer report says the brake of the stroller gave way on a slope. The listing "
        "stays removed.\n\nSeller Performance\n"
    )
    assert reasons(text, "amazon") == ["amazon.product_safety"]
