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


_ANSWERED = {
    "en": "Amazon.com\nBuyer messages answered within 24 hours: 71% (target: 90% or more).",
    "de": "Amazon.de\nSie haben in den letzten 30 Tagen nur 71 % der Käufernachrichten innerhalb "
    "von 24 Stunden beantwortet.",
    "fr": "Amazon.fr\nMessages clients traités en moins de 24 heures : 71 % (objectif : plus "
    "de 90 %).",
    "it": "Amazon.it\nNegli ultimi 30 giorni solo il 71 % dei messaggi ha ricevuto risposta entro "
    "24 ore.",
    "es": "Amazon.es\nMensajes de compradores respondidos\n  en menos de 24 horas ....... 71 %",
    "ja": "Amazon.co.jp\n過去30日間の購入者からのメッセージへの24時間以内の返信率は71%でした。",
}


@pytest.mark.parametrize("code", sorted(_ANSWERED))
def test_the_share_of_messages_answered_within_a_day_is_the_response_rate(code: str) -> None:
    """Amazon names its response metric by what it counts: the buyers' messages answered
    within 24 hours, as a share; each language says so in its own words."""
    values = {m["metric"]: m["value"] for m in read_notice(_ANSWERED[code]).metrics}
    assert values.get("buyer_message_response_rate") == 71, code


def test_a_markdown_table_names_its_rows_in_the_cell_after_the_opening_pipe() -> None:
    """'| Standard | Your shop | …': the first cell names the rows (each row is one of the
    shop's standards), so the seller's figure is the row's first, not its standard."""
    facts = read_notice(
        "Etsy\nHow your shop did over the last 3 months:\n\n"
        "| Standard            | Your shop | What we expect |\n"
        "|---------------------|-----------|----------------|\n"
        "| On-time shipping    | 81%       | 95% or more    |\n"
    )
    rates = {m["metric"]: (m["value"], m.get("target")) for m in facts.metrics}
    assert rates == {"on_time_shipping_rate": (81, 95)}


@pytest.mark.parametrize(
    "notice",
    [
        "Amazon.de\nKonto-Zustandsbewertung: 187 – Gefährdet. Bitte prüfen Sie Ihr Konto.",
        "Amazon.fr\nLa note de santé de votre compte est passée à 187. Merci de vérifier.",
        "Amazon.it\nLa valutazione dello stato del tuo account è ora pari a 187. Ti chiediamo "
        "di verificare.",
        "Amazon.es\nÍndice de salud de la cuenta ........ 187   En riesgo. Le rogamos que lo "
        "revise.",
    ],
)
def test_the_rating_in_the_other_ways_each_language_names_it(notice: str) -> None:
    values = {m["metric"]: m["value"] for m in read_notice(notice).metrics}
    assert values.get("account_health_rating") == 187, notice
