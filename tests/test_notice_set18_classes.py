"""Issue 16, the eighteenth set's classes: words a notice says of something other than what it
cites (why a problem matters, how the seller copied the page, a record revoked or
recertified, a code, the family name of several rights), a list row that describes its own
id, a share measured within a time, and denials in Amazon's other languages."""

from __future__ import annotations

import datetime as dt

from poa.notice import languages, read_notice
from poa.notice.ids import order_ids
from tests.notice_eval import reasons


def test_why_a_problem_matters_names_consequences_not_reasons() -> None:
    text = (
        "Your Valid Tracking Rate is 88%, below our target of 95%.\n\n"
        "Why this matters\n"
        "Parcels without tracking lead buyers to leave negative feedback and file "
        "A-to-z Guarantee claims.\n"
    )
    assert reasons(text, "amazon") == ["amazon.valid_tracking_rate"]


def test_a_note_that_the_page_was_copied_is_no_copied_work() -> None:
    page = (
        "Shop health (copied text)\n\n"
        "Your valid tracking rate is 90.2%, below the standard of 95%.\n"
    )
    assert reasons(page, "tiktok") == ["tiktok.valid_tracking_rate"]


def test_a_row_whose_status_revokes_it_is_history() -> None:
    page = (
        "Violation records\n"
        "Date       | Violation                  | Points | Status\n"
        "2026-05-02 | Late dispatch rate above standard | 4 | Effective\n"
        "2026-03-11 | Prohibited product listed  | 0      | Revoked (appeal approved)\n"
    )
    assert reasons(page, "tiktok") == ["tiktok.late_dispatch_rate"]


def test_a_matter_recertified_is_settled() -> None:
    text = (
        "We need to verify your identity: upload a government-issued ID within 10 days.\n"
        "Your INFORM Consumers Act information was recertified last month.\n"
    )
    assert reasons(text, "amazon") == ["amazon.identity_verification"]


def test_a_cue_inside_a_code_is_no_word() -> None:
    text = (
        "Your variation family breaks our variation policy. We split these child ASINs:\n"
        "  B0CT8S7DM4   SKU VTR-GL15-2PK   Glass screen guard\n"
    )
    assert reasons(text, "amazon") == ["amazon.variation_policy"]


def test_intellectual_property_complaints_name_no_one_kind_of_right() -> None:
    text = (
        "We removed your listing after a copyright complaint: the rights owner says the "
        "product images were copied from their website. Accounts that receive repeated "
        "intellectual property complaints may be deactivated.\n"
    )
    assert reasons(text, "amazon") == ["amazon.ip_copyright"]


def test_a_list_row_that_describes_its_id_labels_nothing_below() -> None:
    text = (
        "Examples:\n"
        "577231904412830561 - damaged item\n"
        "577232770180443928 - damaged item\n"
        "577233015569102214 - missing parts\n"
    )
    assert order_ids(text, "tiktok") == [
        "577231904412830561",
        "577232770180443928",
        "577233015569102214",
    ]


def test_a_heading_names_its_list_by_its_head() -> None:
    text = "Orders with invalid tracking\n577098113742205319 - not recognised by the carrier\n"
    assert order_ids(text, "tiktok") == ["577098113742205319"]


def test_a_share_measured_within_a_time_is_no_deadline() -> None:
    text = (
        "Messages from Etsy\nJul 28, 2026\n\n"
        "Over the last 90 days you answered only 61% of new conversations within 24 hours. "
        "Please improve your response times within 30 days of this message.\n"
    )
    facts = read_notice(text)
    assert facts.deadline == dt.date(2026, 8, 27)


def test_german_fine_and_unrelated_metrics_are_not_cited() -> None:
    fine = languages.gloss(
        "Ihre Versandverspätungsrate liegt dagegen weiterhin im Zielbereich.", "de"
    )
    assert "are within our targets" in fine
    unrelated = languages.gloss(
        "Diese Maßnahme hat, anders als Sie vermuten, nichts mit Ihrer Auftragsmängelquote zu tun.",
        "de",
    )
    assert "is not related to" in unrelated


def test_spanish_condition_new_and_condition_complaints() -> None:
    text = languages.gloss(
        "Hemos recibido reclamaciones sobre el estado del producto: artículos vendidos con la "
        "condición «Nuevo» mostraban señales de uso.",
        "es",
    )
    assert "condition complaints" in text and "new condition" in text
    assert reasons(text, "amazon") == ["amazon.used_sold_as_new"]


def test_italian_we_did_not_find_without_an_article() -> None:
    text = languages.gloss(
        "Non abbiamo rilevato violazioni della politica sulle recensioni dei clienti.", "it"
    )
    assert "we did not find any" in text.lower()


def test_japanese_not_based_on_and_not_handled_as() -> None:
    based = languages.gloss(
        "今回の措置はリコール対象商品であることを理由とするものでもありません。", "ja"
    )
    assert "is not caused by" in based
    handled = languages.gloss("本件は商標権侵害として処理されたものではございません。", "ja")
    assert "is not considered" in handled
