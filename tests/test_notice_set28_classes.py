"""Issue 16, the twenty-eighth set's classes: a metric row whose value says there is no data is
not cited; an order about what not to send is a warning, not a citation; a removal said not to
come from a complaint does not cite the complaint's matter; things denied one by one make no cue
together; a metric whose next sentence points back to it and calls it fine is not cited; a word
a printed page broke at a line's end with a hyphen is read whole; a matter said not to be what an
action resulted from, and the sentence that goes on to explain it, cite nothing; and the words
French and Japanese were missing for the variation policy, an item "new" in quotes or already
used, and a target achieved; "articles", the items of a machine-translated notice; a bank's
phrase given in the plural, said in the singular; a time allowed counted from a day the notice
dated before it ("of that date", "from the date your shop was placed under review"); a notice
under an "original message" line framed by any rule; the time a review takes and the window
of a count are no deadline."""

from __future__ import annotations

import datetime as dt

from poa.notice import languages, read_notice
from poa.notice.clean import clean
from tests.notice_eval import reasons


def glossed(text: str, language: str, marketplace: str) -> list[str]:
    return reasons(languages.gloss(text, language), marketplace)


# --- a metric row with no data ----------------------------------------------------------------


def test_an_italian_metric_row_with_no_data_is_not_cited() -> None:
    text = (
        "Il tuo tasso di cancellazione prima dell'evasione è pari al 3,1 %.\n\n"
        "Altri indicatori:\n"
        "Tasso di spedizioni in ritardo: nessun dato per il periodo\n"
    )
    assert glossed(text, "it", "amazon") == ["amazon.pre_fulfillment_cancel_rate"]


# --- an order about what not to send -----------------------------------------------------------


def test_an_order_not_to_send_forged_papers_is_a_warning() -> None:
    text = (
        "Buyers reported that the shoes you sold are not genuine (inauthentic items). "
        "Do not submit edited invoices: forged or altered documents will cost you your account."
    )
    assert reasons(text, "amazon") == ["amazon.inauthentic"]


def test_forged_documents_sent_are_still_cited() -> None:
    text = "Your account was deactivated because you submitted forged or altered documents."
    assert reasons(text, "amazon") == ["amazon.code_of_conduct"]


def test_an_italian_order_not_to_send_forged_papers_is_a_warning() -> None:
    text = (
        "Abbiamo ricevuto reclami per articoli non autentici. "
        "Non caricare fatture modificate: documenti falsificati comportano la disattivazione."
    )
    assert glossed(text, "it", "amazon") == ["amazon.inauthentic"]


# --- a removal said not to come from a complaint ----------------------------------------------


def test_an_italian_removal_not_from_a_safety_complaint_does_not_cite_it() -> None:
    text = (
        "Abbiamo rimosso le tue offerte perché riguardano prodotti soggetti a restrizioni. "
        "La rimozione non deriva da un reclamo sulla sicurezza del prodotto."
    )
    assert glossed(text, "it", "amazon") == ["amazon.restricted_products"]


# --- things denied one by one --------------------------------------------------------------


def test_things_denied_one_by_one_make_no_cue_together() -> None:
    text = (
        "Customers reported that the blenders they received were counterfeit (inauthentic). "
        "This is not a claim of infringement brought by a rights owner, and no trademark "
        "complaint was filed against this ASIN."
    )
    assert reasons(text, "amazon") == ["amazon.inauthentic"]


def test_a_claim_by_a_rights_owner_after_a_denial_of_something_else_is_cited() -> None:
    text = (
        "This is not a review of your account health. A rights owner has filed a trademark "
        "infringement complaint against your listing."
    )
    assert reasons(text, "amazon") == ["amazon.ip_trademark"]


# --- a verdict in the next sentence, pointing back --------------------------------------------


def test_metrics_the_next_sentence_calls_fine_are_not_cited() -> None:
    text = (
        "Your late shipment rate over the last 3 months is 8.4%, above the 7% limit. "
        "Your transaction defect rate is 0.5% and your cases closed without seller resolution "
        "rate is 0.1%. Both are within our standards."
    )
    assert reasons(text, "ebay") == ["ebay.late_shipment_rate"]


def test_metrics_the_next_sentence_calls_too_high_are_cited() -> None:
    text = (
        "Your transaction defect rate is 2.5% and your cases closed without seller resolution "
        "rate is 1.1%. Both are above the standard and not within our standards."
    )
    assert reasons(text, "ebay") == [
        "ebay.cases_closed_without_resolution",
        "ebay.transaction_defect_rate",
    ]


def test_a_verdict_on_something_else_says_nothing_of_the_metric() -> None:
    text = (
        "Your cases closed without seller resolution rate is 1.1%. Your feedback score is "
        "within our standards."
    )
    assert reasons(text, "ebay") == ["ebay.cases_closed_without_resolution"]


# --- words a printed page broke at a line's end ---------------------------------------------


def test_a_word_broken_at_a_lines_end_is_whole_again() -> None:
    text = "the items were counter-\n   feit replicas, sent after the test pur-\nchase:\n"
    assert clean(text) == "the items were counterfeit\n  replicas, sent after the test purchase:"


def test_a_hyphen_before_a_capital_or_a_gap_stays() -> None:
    text = "see the EU-\nDeclaration of Conformity -\nnow, and the A-\n\nfile"
    assert clean(text) == text


def test_an_order_id_after_a_broken_label_is_read() -> None:
    text = (
        "Walmart Seller Center\n\nWe unpublished your item after a trademark claim. The brand "
        "owner bought one unit in a test pur-\nchase: 108812345678901.\n"
    )
    assert read_notice(text).order_ids == ["108812345678901"]


# --- a denial and the sentence that explains it -----------------------------------------------


def test_a_restriction_not_the_result_of_a_complaint_does_not_cite_it() -> None:
    text = (
        "We limited your account because buyers reported that items you sold were fake. "
        "This limit was not the result of a VeRO report."
    )
    assert reasons(text, "ebay") == ["ebay.counterfeit"]


def test_the_sentence_explaining_a_denied_matter_does_not_cite_it() -> None:
    text = (
        "We limited your account because buyers reported that items you sold were fake. "
        "Please note that this is not a VeRO takedown. Through the Verified Rights Owner "
        "Program brands may report listings, yet this limit follows buyer reports only."
    )
    assert reasons(text, "ebay") == ["ebay.counterfeit"]


def test_a_denied_matter_the_next_sentence_gives_as_the_sellers_is_cited() -> None:
    text = (
        "This message is not a routine safety reminder. Your space heater listing was "
        "removed because the product was recalled by its manufacturer."
    )
    assert reasons(text, "amazon") == ["amazon.recalled_product"]


# --- words a few languages were missing -------------------------------------------------------


def test_the_french_policy_relating_to_variations_is_the_variation_policy() -> None:
    text = "Ces offres ne respectent pas notre politique relative aux variations."
    assert glossed(text, "fr", "amazon") == ["amazon.variation_policy"]


def test_a_french_parent_child_relationship_is_a_variation_relationship() -> None:
    text = "Nous avons supprimé la relation parent-enfant de ces produits, qui sont différents."
    assert glossed(text, "fr", "amazon") == ["amazon.variation_policy"]


def test_japanese_new_in_quotes_and_already_used_say_used_sold_as_new() -> None:
    text = "「新品」として販売された商品が使用済みの状態で届いたとの報告がありました。"
    assert glossed(text, "ja", "amazon") == ["amazon.used_sold_as_new"]


def test_a_japanese_metric_that_achieves_its_target_is_fine() -> None:
    text = "キャンセル率が目標値を超えています。なお、出荷遅延率(1.0%)は目標を達成しています。"
    assert glossed(text, "ja", "amazon") == ["amazon.pre_fulfillment_cancel_rate"]


def test_articles_in_a_machine_translated_notice_are_items() -> None:
    text = (
        "(translated automatically from German)\n"
        "We ended your offer. Knives with a locking blade are articles that are forbidden on "
        "eBay."
    )
    assert reasons(text, "ebay") == ["ebay.prohibited_items"]


# --- a bank's plural phrase said in the singular -------------------------------------------------


def test_a_phrase_given_in_the_plural_is_read_in_the_singular() -> None:
    text = "The title of ASIN B0A1B2C3D4 breaks the product detail page rule on brand names."
    assert reasons(text, "amazon") == ["amazon.listing_policy"]


def test_a_possessive_is_no_plural() -> None:
    text = "Your account is linked to another seller account that was deactivated for fraud."
    assert "amazon.drop_shipping" not in reasons(text, "amazon")


# --- the day a time allowed is counted from -------------------------------------------------


def test_a_time_allowed_from_that_date_counts_from_the_date_before_it() -> None:
    text = (
        "From: Amazon\nDate: 3 May 2026\n\nYour listing was removed after a trademark complaint. "
        "Your account was put on hold on 28 April 2026. Send a plan within 10 days of that date."
    )
    assert read_notice(text).deadline == dt.date(2026, 5, 8)


def test_a_time_allowed_from_a_dated_event_counts_from_its_date() -> None:
    text = (
        "From: Etsy\nDate: June 20, 2026\n\nOn June 12, 2026 your shop was limited because "
        "orders shipped late. You have 21 days from the date your shop was limited to improve."
    )
    assert read_notice(text).deadline == dt.date(2026, 7, 3)


def test_a_time_allowed_from_the_day_this_email_came_counts_from_the_notice() -> None:
    text = (
        "From: Etsy\nDate: June 20, 2026\n\nOn June 12, 2026 your shop was limited because "
        "orders shipped late. You have 21 days from the date you received this email to reply."
    )
    assert read_notice(text).deadline == dt.date(2026, 7, 11)


def test_a_notice_under_an_original_message_line_framed_by_equals_signs_is_the_notice() -> None:
    text = (
        "Ticket opened 2026-03-09 by the shop owner\n\n"
        "They sent this last week, what do I do? I think the carrier was the problem and I "
        "switched it already, so please tell me if I still have to answer this at all.\n\n"
        "==== Original Message ====\n\n"
        "Walmart Marketplace\nMarch 2, 2026\n\n"
        "Your on-time delivery rate is 81%, below the 90% standard. Late deliveries lead to "
        "cancelled orders and unhappy customers. Please submit an action plan within 10 days "
        "of this notice through Seller Center, or your account may be suspended.\n"
    )
    facts = read_notice(text)
    assert (facts.received, facts.deadline) == (dt.date(2026, 3, 2), dt.date(2026, 3, 12))


# --- a time that is no deadline of the seller's -----------------------------------------------


def test_the_time_a_review_takes_is_no_deadline() -> None:
    text = (
        "From: Amazon\nDate: 4 May 2026\n\nYour account was deactivated for a high order "
        "defect rate. How long does it take? Appeals are usually processed within 72 hours."
    )
    assert read_notice(text).deadline_basis != "72 hours from the notice"


def test_the_window_of_a_count_is_no_deadline() -> None:
    text = (
        "From: TikTok Shop\nDate: 2026-05-04\n\nWe removed a prohibited product from your shop. "
        "If your shop collects 24 or more violation points within 180 days, it may be closed."
    )
    assert read_notice(text).deadline_basis != "180 days from the notice"


def test_a_time_to_act_after_a_count_is_still_a_deadline() -> None:
    text = (
        "From: TikTok Shop\nDate: 2026-05-04\n\nWe removed a prohibited product from your shop. "
        "If your shop has 3 or more open violations, submit an appeal within 7 days."
    )
    assert read_notice(text).deadline == dt.date(2026, 5, 11)
