"""Issue 16, the twenty-third set's classes: what a notice is about, told from what it only
mentions. A restriction of the seller's privileges is a sanction, not a restricted item; a
rule the notice recalls ("listings must also meet ...") is background; and in German,
Italian and Japanese: a second policy said not to be the subject, a telephone call back
that is no product recall, a figure needing no action, a figure said to be good."""

from __future__ import annotations

from poa.banks import load_library
from poa.notice import languages
from poa.notice.reasons import read_reasons

LIBRARY = load_library()


def reasons(text: str, marketplace: str) -> list[str]:
    return read_reasons(text, marketplace, LIBRARY).reasons


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
