"""Issue 16, classes left after the thirty-fifth set was tuned on: the Account Health Rating
named in the notice's own language (a score, not a percentage, read beside the rates)."""

from __future__ import annotations

import pytest

from poa.notice import read_notice

_RATED = {
    "de": "Amazon.de\nIhre Bewertung des Kontozustands liegt derzeit bei 187. Die "
    "Verspätungsquote beträgt 5,4 %. Bitte senden Sie uns Ihren Maßnahmenplan.",
    "fr": "Amazon.fr\nVotre évaluation de la santé du compte est de 187 et votre taux "
    "d'expédition en retard est de 5,4 %. Merci de nous envoyer un plan d'action.",
    "it": "Amazon.it\nLa valutazione dello stato dell’account è scesa a 187; il tasso di "
    "spedizioni in ritardo è del 5,4 %. Ti chiediamo un piano d'azione.",
    "es": "Amazon.es\nSu calificación del estado de la cuenta es ahora de 187 y su tasa de "
    "envíos con retraso es del 5,4 %. Le rogamos que nos envíe un plan de acción.",
    "ja": "Amazon.co.jp\nお客様のアカウント健全性評価は187です。出荷遅延率は5.4%です。"
    "改善計画書をご提出ください。",
}


@pytest.mark.parametrize("code", sorted(_RATED))
def test_the_account_health_rating_is_read_in_the_notices_language(code: str) -> None:
    facts = read_notice(_RATED[code])
    assert facts.language == code
    values = {m["metric"]: m["value"] for m in facts.metrics}
    assert values.get("account_health_rating") == 187
    assert values.get("late_shipment_rate") == 5.4


def test_a_number_after_the_sentence_that_names_the_rating_is_not_the_rating() -> None:
    for notice in (
        "Amazon.com\nThe claim was withdrawn and no longer counts against your Account Health "
        "Rating.\n3 listings stay inactive until you send us the documents below.",
        "Amazon.fr\nCette violation ne compte plus dans votre évaluation de la santé du compte. "
        "Les 3 offres restent inactives jusqu'à réception des documents ci-dessous.",
    ):
        metrics = read_notice(notice).metrics
        assert all(m["metric"] != "account_health_rating" for m in metrics), notice
