"""Issue 16, the twenty-second set's classes: how a notice is built decides what its words
say. A record said to be absent or a step not repeated is denied; a matter "looked into and
dismissed", a row whose appeal was approved, a cancellation the buyer made are history or not
the seller's; a figure that names the target is the standard; a common cause and a list of
suggestions are advice; the end of a restriction is no deadline; and the same in German,
Spanish, Italian and Japanese wording."""

from __future__ import annotations

import datetime as dt

from poa.notice import languages
from tests.notice_eval import reasons


def test_a_violation_said_not_to_be_recorded_is_not_cited() -> None:
    text = (
        "A rights owner has reported that your listing uses their registered trademark in its "
        "title without permission. Please send a letter of authorization within 5 days.\n\n"
        "So far no counterfeit violation has been recorded against your shop; this request "
        "is about the trademark report alone.\n"
    )
    found = reasons(text, "tiktok")
    assert "tiktok.counterfeit" not in found
    assert "tiktok.ip_infringement" in found


def test_a_report_looked_into_and_dismissed_is_history() -> None:
    text = (
        "Your cases closed without seller resolution have gone above the limit, so your "
        "selling limits were lowered. Respond to every return request within 3 business days.\n"
        "An earlier counterfeit report on one of your listings was investigated and dismissed.\n"
    )
    found = reasons(text, "ebay")
    assert "ebay.counterfeit" not in found
    assert "ebay.cases_closed_without_resolution" in found


def test_a_report_still_open_after_review_is_cited() -> None:
    """The step over "reviewed and" does not hide a clause that says it stays open."""
    text = (
        "A counterfeit report on your listing was reviewed and upheld: the item is a fake copy "
        "of a branded product, and the listing has been removed.\n"
    )
    assert "ebay.counterfeit" in reasons(text, "ebay")


def test_a_figure_that_names_the_target_is_the_standard() -> None:
    """ "0.41%, comfortably inside the 1% target": the second figure is the target, so the
    metric is shown as fine, not cited."""
    text = (
        "We cancelled your listings because your pre-fulfillment cancel rate of 4.2% is above "
        "our 2.5% target.\n\nYour other measures are doing fine; for example, your order defect "
        "rate for the same period is 0.41%, comfortably inside the 1% target.\n"
    )
    found = reasons(text, "amazon")
    assert found == ["amazon.pre_fulfillment_cancel_rate"]


def test_a_step_said_not_to_be_repeated_is_not_asked_for() -> None:
    text = (
        "Under the INFORM Consumers Act we must confirm your bank account and tax details "
        "once a year. Please upload the documents within 10 days.\n"
        "Your identity verification from last year is still valid and is not being repeated.\n"
    )
    found = reasons(text, "amazon")
    assert "amazon.identity_verification" not in found
    assert "amazon.inform_act" in found


def test_a_common_cause_named_in_passing_is_advice() -> None:
    text = (
        "Your seller response rate is below our standard: you answered fewer customer messages "
        "within 48 hours than required. Late replies are one of the most common reasons "
        "customers leave negative feedback.\n"
    )
    found = reasons(text, "walmart")
    assert "walmart.negative_feedback_rate" not in found
    assert "walmart.seller_response_rate" in found


def test_spanish_tampoco_denies_like_no() -> None:
    glossed = languages.gloss("Esta decisión tampoco guarda relación con tu tasa.", "es")
    assert "is not related to" in glossed


def test_japanese_no_problem_seen_is_fine() -> None:
    glossed = languages.gloss("注文不良率については、現在のところ問題は見られません。", "ja")
    assert "are fine" in glossed


def test_german_verb_in_two_parts_around_the_denied_thing() -> None:
    """ "liegt uns zu diesen Angeboten nicht vor": the words between stay, the denial follows
    them as in English ("... is not part of this notice")."""
    glossed = languages.gloss(
        "Eine Beschwerde wegen Urheberrecht liegt uns zu diesen Angeboten nicht vor.", "de"
    )
    assert "uns zu diesen Angeboten is not part of this notice" in glossed
    kept = languages.gloss("Die Unterlagen liegen in der Anlage vor.", "de")
    assert "not part" not in kept  # no denial, no gloss


def test_an_order_the_buyer_cancelled_is_not_a_seller_fault_cancellation() -> None:
    text = (
        "Late dispatch: 3 orders were shipped after the deadline this week, and your late "
        "dispatch rate is now 6%.\n"
        "Order 576839210688412377 was cancelled by the buyer before shipment. No action needed.\n"
    )
    assert reasons(text, "tiktok") == ["tiktok.late_dispatch_rate"]
    seller = "Order 576839210688412377 was cancelled by you before shipment because of no stock."
    assert "tiktok.seller_fault_cancellation_rate" in reasons(seller, "tiktok")


def test_a_row_whose_appeal_was_approved_is_history() -> None:
    page = (
        "Violation record\n"
        "  Jul 28, 2026  Prohibited product listed     4       Effective\n"
        "  May 02, 2026  Intellectual property         0       Appeal approved - points removed\n"
    )
    found = reasons(page, "tiktok")
    assert "tiktok.ip_infringement" not in found
    assert "tiktok.prohibited_products" in found


def test_italian_utilizzato_and_a_detail_page_not_matched() -> None:
    glossed = languages.gloss(
        "Alcuni clienti hanno ricevuto articoli già utilizzati; altri dicono che il prodotto non "
        "corrispondeva a quanto indicato nella pagina di dettaglio.",
        "it",
    )
    assert "used" in glossed
    assert "did not match" in glossed and "detail page" in glossed


def test_a_list_of_suggestions_after_a_sentence_on_the_same_line_is_tips() -> None:
    text = (
        "Buyers received items sold as new that showed signs of use, so your account is at "
        "risk.\n\nNo reply is needed now. We suggest:\n"
        "- check the units in stock;\n"
        "- answer the buyers, also through the A-to-z Guarantee claims process if needed.\n"
    )
    found = reasons(text, "amazon")
    assert "amazon.order_defect_rate" not in found
    assert "amazon.used_sold_as_new" in found


def test_the_day_a_restriction_ends_is_not_a_deadline() -> None:
    from poa.notice import read_notice

    ends = (
        "Date: July 7, 2026\n\nYour appeal was not accepted. The restriction will stay in place "
        "until July 29, 2026.\n"
    )
    assert read_notice(ends).deadline != dt.date(2026, 7, 29)
    reply = "Date: July 7, 2026\n\nYou have until July 29, 2026 to send us your invoices.\n"
    assert read_notice(reply).deadline == dt.date(2026, 7, 29)


def test_a_push_sent_a_minute_after_the_first_is_part_of_it() -> None:
    from poa.notice import read_notice

    stack = (
        "Mar 2, 2026 09:14  [Violation]\nLate dispatch: your late dispatch rate is 7.8%.\n\n"
        "Mar 2, 2026 09:15  [Violation details]\nYou can appeal by Mar 9, 2026.\n\n"
        "Mar 2, 2026 19:30  [Promotions]\nRegister before Mar 6, 2026.\n"
    )
    assert read_notice(stack).deadline == dt.date(2026, 3, 9)
    later = stack.replace("09:15  [Violation details]", "13:15  [Messages]")
    assert read_notice(later).deadline != dt.date(2026, 3, 9)  # another thing's date


def test_french_date_limite_d_envoi_is_a_deadline() -> None:
    glossed = languages.gloss("Date limite d'envoi : 15 mai 2026.", "fr")
    assert "by 2026-05-15" in glossed.lower()
