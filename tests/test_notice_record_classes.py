"""Issue 16, the seventeenth set's classes: words that name a reason without citing it (a
matter said to be closed, a section of settled records, a sanction on the account, a
condition, evidence the notice will not take, a rights owner who confirms a finding, returns
that belong to another reason), and where a deadline is not (a stack of app notifications,
a time the marketplace's staff will take)."""

from __future__ import annotations

import datetime as dt

from poa.notice import languages, read_notice
from tests.notice_eval import reasons


def test_a_matter_said_to_be_closed_is_history() -> None:
    text = (
        "In the last 90 days 3.4% of your orders were reported as never delivered, above our "
        "1% standard for the item not received rate. The negative feedback issue we raised "
        "with you in February has since been resolved."
    )
    assert reasons(text, "walmart") == ["walmart.item_not_received_rate"]


def test_a_closed_matter_after_a_colon_is_history_too() -> None:
    text = (
        "Your account stays suspended for selling counterfeit goods. Other matters are "
        "unaffected: the older valid tracking rate warning from May was closed."
    )
    assert reasons(text, "walmart") == ["walmart.counterfeit"]


def test_a_thing_that_was_closed_for_a_breach_is_still_cited() -> None:
    # a clause about the account the seller's is tied to, or the closure's reason: a sanction
    assert reasons(
        "We deactivated your account because a related account was closed.", "amazon"
    ) == ["amazon.related_accounts"]
    assert reasons("Your account is tied to another seller account that was closed.", "amazon") == [
        "amazon.related_accounts"
    ]
    assert "amazon.related_accounts" not in reasons(
        "Our earlier request about a related account was closed last year.", "amazon"
    )


def test_a_section_of_resolved_records_is_history() -> None:
    page = (
        "Account Health\n\nNeeds improvement\n\nValid tracking rate\n"
        "Tracking numbers on 9 orders could not be validated by the carrier.\n\n"
        "Resolved records\n"
        "- 2026-03-02 Significantly not as described - appeal approved, no points\n"
        "- 2026-02-11 Late dispatch rate - points expired\n"
    )
    assert reasons(page, "tiktok") == ["tiktok.valid_tracking_rate"]


def test_an_account_that_remains_restricted_is_a_sanction_not_an_item() -> None:
    text = (
        "Buyers reported that the watches you sold were counterfeit. Your account will remain "
        "restricted, and you won't be able to create new listings."
    )
    assert reasons(text, "ebay") == ["ebay.counterfeit"]


def test_a_rights_owner_who_confirms_fakes_bears_out_a_counterfeit_finding() -> None:
    text = (
        "Several buyers reported receiving counterfeit handbags from you, and the rights owner "
        "confirmed the items were not genuine."
    )
    assert reasons(text, "ebay") == ["ebay.counterfeit"]


def test_returns_of_items_unlike_their_listing_are_not_the_return_rate() -> None:
    text = (
        "Buyers returned items from your shop because what they received did not match the "
        "listing: the listing said wool, the scarves were acrylic."
    )
    assert reasons(text, "tiktok") == ["tiktok.significantly_not_as_described"]
    # said as a rate, the return rate is still read
    assert "tiktok.seller_fault_return_rate" in reasons(
        "Returns caused by your shop reached 2.4% of orders this month.", "tiktok"
    )


def test_a_condition_is_not_what_happened() -> None:
    text = (
        "Your on-time shipping with tracking is 79%, below our standard of 95%. If an order "
        "will be late, message the buyer before the ship-by date."
    )
    assert reasons(text, "etsy") == ["etsy.on_time_shipping"]


def test_evidence_the_notice_will_not_take_is_no_breach() -> None:
    asked = (
        "Buyers reported that the items they received were counterfeit. We do not accept "
        "screenshots, forged or altered documents or order confirmations as evidence."
    )
    assert reasons(asked, "amazon") == ["amazon.inauthentic"]
    sent = "The invoices you sent were forged or altered documents."
    assert reasons(sent, "amazon") == ["amazon.code_of_conduct"]


def test_german_french_and_italian_words_that_deny_or_set_a_condition() -> None:
    assert "is not a recall" in languages.gloss("Dieses Schreiben ist keine Rückrufaktion.", "de")
    condition = languages.gloss("Sollten Sie selbst einen Rückruf starten", "de")
    assert condition.lower().startswith("should you")
    assert "we do not accept" in languages.gloss("Nous n'acceptons pas les captures.", "fr").lower()
    assert "we do not accept" in languages.gloss("Non accettiamo screenshot.", "it").lower()
    assert "we do not accept" in languages.gloss("No aceptamos capturas.", "es").lower()
    german = (
        "Kunden melden, dass sich die Akkus beim Laden stark erhitzen (Produktsicherheit). "
        "Dieses Schreiben ist keine Rückrufmitteilung. Sollten Sie selbst einen Rückruf "
        "einleiten, informieren Sie uns."
    )
    assert "amazon.recalled_product" not in reasons(languages.gloss(german, "de"), "amazon")


def test_italian_promotional_titles_and_japanese_sales_growth() -> None:
    italian = (
        "I titoli contengono indicazioni promozionali che non sono consentite dalle norme "
        "sulle pagine dettaglio prodotto."
    )
    assert reasons(languages.gloss(italian, "it"), "amazon") == ["amazon.listing_policy"]
    japanese = "直近30日間の売上が、これまでの販売実績と比較して大幅に増加しています。"
    assert reasons(languages.gloss(japanese, "ja"), "amazon") == ["amazon.sales_velocity"]
    damaged = "商品が破損していて説明と異なっていたという苦情が寄せられました。"
    assert "not as described" in languages.gloss(damaged, "ja")


def test_only_the_first_of_a_stack_of_notifications_sets_the_deadline() -> None:
    stack = (
        "eBay app - Notifications\n\n"
        "[Today 09:10]  Listing removed\n"
        "We removed your listing because it contains ivory, which is not allowed on eBay.\n\n"
        "[Yesterday 18:02]  You have a new offer\n"
        "A buyer offered 40.00 for your lamp. Respond within 48 hours.\n\n"
        "[3 Jun 2026 11:30]  Your payout is on its way\n"
    )
    facts = read_notice("Date: 4 Jun 2026\n\n" + stack)
    assert facts.deadline is None or "usual" in (facts.deadline_basis or "")
    # a chat's lines carry a time without a day: not a stack
    chat = (
        "Date: 30 Jul 2026\n\n[10:14] You: Why was my shop warned?\n"
        "[10:20] Agent: Your late dispatch rate is 6%. Please submit a plan within 7 days.\n"
    )
    assert read_notice(chat).deadline == dt.date(2026, 8, 6)


def test_a_time_the_marketplaces_staff_will_take_is_no_deadline() -> None:
    text = (
        "Date: 25 Jul 2026\n\nWe removed your variation family because it broke our "
        "variation policy.\n\nWe've received your message. A Seller Support associate will "
        "respond within 24 hours."
    )
    facts = read_notice(text)
    assert facts.deadline is None or "usual" in (facts.deadline_basis or "")


def test_a_last_day_said_as_what_comes_after_it() -> None:
    text = (
        "Last updated: Jun 15, 2026\n\nYour cancellation rate is 3.1%, above the 2% standard. "
        "Submit an action plan. Plans submitted after Jun 29, 2026 may not be considered."
    )
    assert read_notice(text).deadline == dt.date(2026, 6, 29)
