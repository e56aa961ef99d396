"""Issue 16, the thirtieth set's classes, in the languages' own grammar: Japanese "does not
comply with a rule" (a verb of conformity, negated, after its rule: に沿っていない) and its
adjective of promotion (販促的な表現); Italian goods said, with a copula, not to be authentic or
original ("non erano originali"), a metric named by what it counts without "tasso di"
("spedizioni in ritardo") and a cancellation given its agent ("annullati da te"); German
goods offered in a condition named as a state ("im Zustand Neu")."""

from __future__ import annotations

import pytest

from poa.notice import languages
from tests.notice_eval import reasons


def glossed(text: str, language: str, marketplace: str = "amazon") -> list[str]:
    return reasons(languages.gloss(text, language), marketplace)


# --- Japanese: a rule not complied with; promotional wording ------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "ご出品の商品ページの一部が、商品詳細ページのルールに従っていないことを確認しました。",
        "該当するページの記載は商品詳細ページのルールに準拠しておらず、修正が必要です。",
    ],
)
def test_japanese_rule_not_complied_with_cites_it(text: str) -> None:
    assert glossed(text, "ja") == ["amazon.listing_policy"]


def test_japanese_promotional_adjective_in_titles_is_listing_policy() -> None:
    text = "商品名には、割引やポイント還元などの宣伝的な文言を記載しないでください。"
    assert glossed(text, "ja") == ["amazon.listing_policy"]


# --- Italian: not authentic with a copula; a metric by what it counts ------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Diversi acquirenti segnalano che gli orologi ricevuti non sono autentici e chiedono il "
        "rimborso; abbiamo rimosso le offerte.",
        "Secondo la segnalazione del produttore, i caricabatterie venduti non erano originali.",
    ],
)
def test_italian_goods_said_not_to_be_authentic_are_inauthentic(text: str) -> None:
    assert glossed(text, "it") == ["amazon.inauthentic"]


def test_italian_parts_not_original_are_not_inauthentic() -> None:
    text = "Il cliente ha ricevuto un frullatore con il cavo e le fruste non originali."
    assert "amazon.inauthentic" not in glossed(text, "it")


def test_italian_metrics_named_by_what_they_count() -> None:
    text = (
        "Due valori del tuo account superano i limiti.\n\n"
        "- Spedizioni in ritardo negli ultimi 30 giorni: 5,8 % (limite 4 %)\n"
        "- Ordini annullati da te prima dell'invio: 3,4 % (limite 2,5 %)\n"
    )
    expected = ["amazon.late_shipment_rate", "amazon.pre_fulfillment_cancel_rate"]
    assert glossed(text, "it") == expected


# --- German: the condition named as a state ---------------------------------------------------


def test_german_condition_as_a_state_with_signs_of_use() -> None:
    text = (
        "Käufer haben Kopfhörer, die Sie im Zustand Neu eingestellt hatten, mit deutlichen "
        "Gebrauchsspuren erhalten."
    )
    assert glossed(text, "de") == ["amazon.used_sold_as_new"]


# --- English: the buyer's message said as a verb aimed at the seller -------------------------


@pytest.mark.parametrize(
    ("text", "marketplace", "reason"),
    [
        (
            "Only 79% of shoppers who wrote to you got a reply within 48 hours; the standard "
            "is 95%.",
            "walmart",
            "walmart.seller_response_rate",
        ),
        (
            "Buyers who reached out to you over the last 30 days waited too long for an answer.",
            "etsy",
            "etsy.message_response",
        ),
    ],
)
def test_a_buyers_message_said_as_a_verb_counts_as_a_message(
    text: str, marketplace: str, reason: str
) -> None:
    assert reasons(text, marketplace) == [reason]


# --- a denial reaches every item of a list ------------------------------------------------------


def test_a_denial_reaches_every_item_of_a_list() -> None:
    text = (
        "Your valid tracking rate is 91%, below the 95% target: add tracking to every order. "
        "There are no reports of patents, safety complaints or product authenticity."
    )
    assert reasons(text, "amazon") == ["amazon.valid_tracking_rate"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Ihre Quote gültiger Sendungsverfolgung liegt bei 90 %. Keine offenen Beschwerden zu "
            "Patenten, Produktsicherheit oder Produktauthentizität.",
            "de",
        ),
        (
            "Votre taux de suivi valide est de 90 %. Nous n'avons constaté aucune plainte "
            "concernant des brevets, la sécurité des produits ou l'authenticité.",
            "fr",
        ),
    ],
)
def test_a_denial_reaches_every_item_of_a_list_in_other_languages(text: str, language: str) -> None:
    assert glossed(text, language) == ["amazon.valid_tracking_rate"]


# --- German: the kinds of rights listed by their plain nouns ----------------------------------


def test_german_rights_listed_by_their_nouns_are_intellectual_property_in_general() -> None:
    text = (
        "Wir haben Ihre Angebote wegen einer Markenrechtsverletzung deaktiviert. "
        "Grundsätzliches zu Patenten, Urheberrecht oder Marken erklärt die Hilfe."
    )
    assert glossed(text, "de") == ["amazon.ip_trademark"]


# --- Spanish "ni" negating a second verb; French figures "conformes à nos exigences" ----------


def test_spanish_ni_negates_the_second_verb() -> None:
    text = (
        "Hemos retirado sus ofertas de insecticidas porque son productos restringidos. Este "
        "mensaje no trata de su cuenta ni afecta a su tasa de defectos en pedidos."
    )
    assert glossed(text, "es") == ["amazon.restricted_products"]


def test_french_figures_said_to_conform_to_requirements_are_fine() -> None:
    text = (
        "Votre taux d'annulation avant expédition est de 3,9 %, au-dessus de l'objectif de "
        "2,5 %. Votre taux de suivi valide (96,1 %) est conforme à nos exigences."
    )
    assert glossed(text, "fr") == ["amazon.pre_fulfillment_cancel_rate"]


# --- "no X has been reported": a claim never made ----------------------------------------------


def test_nothing_of_a_kind_reported_is_not_cited() -> None:
    text = (
        "A rights owner reports that your listing images copy their copyrighted photographs. "
        "To be clear, no suspected counterfeit has been reported for these items."
    )
    assert reasons(text, "amazon") == ["amazon.ip_copyright"]


def test_french_nothing_of_a_kind_reported_is_not_cited() -> None:
    text = (
        "Le titulaire des droits signale une violation du droit d'auteur sur vos photos. "
        "Précisons qu'aucune contrefaçon n'a été signalée pour ces articles."
    )
    assert glossed(text, "fr") == ["amazon.ip_copyright"]


# --- a trademark named by its registered kind -------------------------------------------------


@pytest.mark.parametrize("kind", ["word mark", "figurative mark"])
def test_a_trademark_named_by_its_kind(kind: str) -> None:
    text = f"The brand owner told us that your listings infringe its registered {kind} VELARO."
    assert reasons(text, "amazon") == ["amazon.ip_trademark"]


# --- quoted examples do not part the words around them ----------------------------------------


def test_quoted_examples_do_not_part_a_cue() -> None:
    text = (
        'The title of ASIN B0AAAAAAA1 uses words such as "SALE", "Top Choice", "Lowest '
        'Price Ever" and "Ships Today", which are promotional.'
    )
    assert reasons(text, "amazon") == ["amazon.listing_policy"]
