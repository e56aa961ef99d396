"""Issue 16, second pass on the thirty-eighth set: a figure the notice says needs no action, in
the active voice of Italian ("non richiede alcun intervento", "requires no action"), is shown
beside the cited rate, not cited, as the passive ("non è richiesto alcun intervento") was."""

from __future__ import annotations

import pytest

from poa.notice import read_notice
from poa.notice.languages import gloss

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
