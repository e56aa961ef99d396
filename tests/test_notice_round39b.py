"""Issue 16, second pass on the thirty-eighth set: a figure the notice says needs no action, in
the active voice of Italian ("non richiede alcun intervento", "requires no action"), is shown
beside the cited rate, not cited, as the passive ("non è richiesto alcun intervento") was; a
value on the wrapped line of its sentence is read, and a figure it is "compared with" is the
standard."""

from __future__ import annotations

import pytest

from poa.notice import read_notice
from poa.notice.languages import gloss
from poa.notice.metric_values import quoted_metrics

_LATE = """Da: Amazon.it <prestazioni-venditore@amazon.it>
Data: martedì 3 marzo 2026
Oggetto: Tasso di spedizioni in ritardo

Gentile venditore,
negli ultimi 30 giorni il tuo tasso di spedizioni in ritardo si è attestato al 7,8 %.
L'obiettivo è inferiore al 4 %.

{aside}

Inviaci un piano d'azione entro 17 giorni.
"""


@pytest.mark.parametrize(
    "aside",
    [
        "Il tuo tasso di consegna puntuale, pari al 91,5 %, non richiede alcun intervento.",
        "Il tasso di consegna puntuale (92 %) non richiede interventi da parte tua.",
        "Il tuo tasso di consegna puntuale del 90,8 % non necessita di alcuna azione.",
    ],
)
def test_a_figure_said_to_need_no_action_is_not_cited(aside: str) -> None:
    facts = read_notice(_LATE.format(aside=aside))
    assert facts.reasons == ["amazon.late_shipment_rate"]


def test_a_figure_said_to_need_action_is_not_glossed_as_fine() -> None:
    said = "Il tuo tasso di consegna puntuale, pari al 91,5 %, richiede un intervento."
    assert "no action" not in gloss(said, "it")
    assert "no action is required" in gloss(said.replace("richiede un", "non richiede"), "it")


@pytest.mark.parametrize(
    ("text", "value", "target"),
    [
        (
            "Your valid tracking rate for the past 30 days is\ntherefore 91.6% (target 95%).",
            91.6,
            95,
        ),
        ("Your late dispatch rate over the last 7 days came\nto 6.2%.", 6.2, None),
        (
            "only 88.4% were validated - your valid tracking rate - compared\nwith the 95% we ask.",
            88.4,
            None,
        ),
    ],
)
def test_a_value_on_the_wrapped_line_of_its_sentence_is_read(
    text: str, value: float, target: float | None
) -> None:
    known = {"valid_tracking_rate", "late_dispatch_rate"}
    found = quoted_metrics(text, known)
    assert found[0]["value"] == value
    assert found[0].get("target") == target


def test_a_line_that_starts_with_a_capital_is_not_the_sentence_going_on() -> None:
    text = "Valid tracking rate\nOrders shipped with Royal Mail: 97%"
    assert quoted_metrics(text, {"valid_tracking_rate"}) == []
