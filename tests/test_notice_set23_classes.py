"""Issue 16, the twenty-third set's classes: what a notice is about, told from what it only
mentions. A restriction of the seller's privileges is a sanction, not a restricted item; a
rule the notice recalls ("listings must also meet ...") is background; an item's title on a
removal row that names its policy in brackets is the seller's words; a row of stars that
meets the standard beside it is shown for information; an unlabelled id that goes on a
sentence's list of orders after a semicolon is one more order; in German, French,
Italian and Japanese: a second policy said not to be the subject, a telephone call back that
is no product recall, a figure needing no action or said to be good, the languages' words
for "validate" an identity and "sold as new"; and the end of a period measured is not the
day a scorecard was sent."""

from __future__ import annotations

import datetime as dt

from poa.notice import languages, read_notice
from poa.notice.ids import order_ids
from tests.notice_eval import reasons


def test_listing_privileges_restricted_is_a_sanction_not_a_restricted_item() -> None:
    text = (
        "Your seller-fault cancellation rate is 4.1%, above the standard of 2.5%. Please send "
        "an improvement plan. If it does not improve, your shop may have its listing "
        "privileges restricted.\n"
    )
    found = reasons(text, "tiktok")
    assert "tiktok.prohibited_products" not in found
    assert "tiktok.seller_fault_cancellation_rate" in found


def test_a_rule_the_listings_must_also_meet_is_background() -> None:
    text = (
        "We removed two of your listings after a rights owner reported that they infringe "
        "their trademark. Listings must also meet our Creativity Standards, but this notice "
        "is about the trademark report.\n"
    )
    found = reasons(text, "etsy")
    assert "etsy.creativity_standards" not in found
    assert "etsy.ip_infringement" in found


def test_german_a_second_policy_that_is_not_the_subject_of_the_complaint() -> None:
    glossed = languages.gloss(
        "Unsere Richtlinien zum Urheberrecht gelten ebenso, sind hier aber nicht Gegenstand "
        "der Beschwerde.",
        "de",
    )
    assert "is not part of this notice" in glossed
    assert "aber" not in glossed  # the contrast stays inside the denial it belongs to


def test_german_a_telephone_call_back_is_no_recall() -> None:
    glossed = languages.gloss("Telefonische Rückrufe können Sie jederzeit anfordern.", "de")
    assert "recall" not in glossed
    assert "call back" in glossed.lower()
    assert "recall" in languages.gloss("Der Rückruf dieses Produkts wurde angeordnet.", "de")


def test_italian_a_figure_that_needs_no_action_is_fine() -> None:
    glossed = languages.gloss(
        "Il tuo tasso di difettosità degli ordini resta sotto l'1 %, quindi non è richiesto "
        "alcun intervento.",
        "it",
    )
    assert "no action is required" in glossed
    assert "amazon.order_defect_rate" not in reasons(glossed, "amazon")


def test_japanese_a_figure_said_to_be_good_is_fine() -> None:
    glossed = languages.gloss("その他の指標(出荷遅延率など)は良好です。", "ja")
    assert "in good standing" in glossed
    assert "amazon.late_shipment_rate" not in reasons(glossed, "amazon")


def test_french_valider_is_the_word_for_verifying_an_identity() -> None:
    glossed = languages.gloss(
        "Nous ne sommes pas en mesure de valider votre identité. Merci de télécharger une "
        "pièce d'identité en cours de validité.",
        "fr",
    )
    assert "amazon.identity_verification" in reasons(glossed, "amazon")


def test_italian_sold_as_new_in_quotes_beside_signs_of_use() -> None:
    glossed = languages.gloss(
        'Alcuni clienti segnalano che gli articoli venduti come "Nuovo" presentavano segni di '
        "usura e confezioni aperte.",
        "it",
    )
    assert "sold as new" in glossed
    assert "amazon.used_sold_as_new" in reasons(glossed, "amazon")


def test_the_end_of_a_scorecards_period_is_not_the_day_it_was_sent() -> None:
    page = (
        "Walmart Marketplace | Seller Performance Scorecard\n"
        "Period: last 90 days, ending 05/31/2026\nIssued: 06/02/2026\n\n"
        "Your On-Time Delivery Rate is 86.2%, below the standard of 90%. Submit an action "
        "plan in Seller Center within 14 days.\n"
    )
    facts = read_notice(page)
    assert facts.received == dt.date(2026, 6, 2)
    assert facts.deadline == dt.date(2026, 6, 16)  # 2 June and 14 days


def test_a_title_on_a_removal_row_is_not_the_reason_its_policy_in_brackets_is() -> None:
    text = (
        "We removed some of your listings because they include items that aren't allowed on "
        "eBay.\n\nListings removed:\n"
        "* 187730221108 - Prescription eye drops (Drugs and drug paraphernalia policy)\n"
        "* 187730225370 - Replica police badge (Police-related items policy)\n"
    )
    found = reasons(text, "ebay")
    assert "ebay.counterfeit" not in found  # "replica" is in the item's title
    assert "ebay.prohibited_items" in found
    said = text + "Some of the items were replicas of a branded badge.\n"
    assert "ebay.counterfeit" in reasons(said, "ebay")  # said in a sentence, it is read


def test_a_star_rating_row_that_meets_its_stated_standard_is_shown_for_information() -> None:
    table = (
        "Customer service standards (last 3 months)\n\n"
        "Standard                        Your shop   Required\n"
        "Shipped on time with tracking   88%         95%\n"
        "Review rating                   {value} stars   4.0 or above\n\n"
        "Your shop is not meeting our standard for on-time shipping with tracking.\n"
    )
    assert "etsy.review_rating" not in reasons(table.format(value="4.8"), "etsy")
    assert "etsy.review_rating" in reasons(table.format(value="3.6"), "etsy")  # 3.6 < 4.0


def test_an_id_that_goes_on_a_sentences_list_of_orders_is_an_order() -> None:
    text = (
        "Cancelled orders include 4577291036152 and 4577291036169; a refund was issued on "
        "4577291042288.\nSee also 4577291099999 in our records.\n"
    )
    # the id after the full stop starts a new sentence, with nothing that names it
    assert order_ids(text, "walmart") == ["4577291036152", "4577291036169", "4577291042288"]
    case = "Cancelled orders include 4577291036152; your case number is 4577291042288.\n"
    assert order_ids(case, "walmart") == ["4577291036152"]  # labelled as something else
