"""Issue 16, the twenty-ninth set's classes: a time allowed given as a period ("you have a
period of 10 days": "un délai de", "un plazo de", "un termine di", "eine Frist von"); a Spanish
date whose month follows the day without "de" ("jue, 9 abr 2026", as mail programs write it);
and a list of pages to read under a "more information" heading, whatever mark its items bear
(a middle dot too), names policies for reading, not as the one broken."""

from __future__ import annotations

import datetime as dt

import pytest

from poa.notice import languages, read_notice
from tests.notice_eval import reasons


def glossed(text: str, language: str, marketplace: str) -> list[str]:
    return reasons(languages.gloss(text, language), marketplace)


# --- a time allowed given as a period -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "deadline"),
    [
        (
            "Date : 02/05/2026\nNous avons désactivé votre offre pour l'ASIN B0AAAAAAA1 (état). "
            "Vous avez un délai de 14 jours pour nous envoyer vos factures.",
            dt.date(2026, 5, 16),
        ),
        (
            "Fecha: 02/05/2026\nHemos desactivado tu oferta del ASIN B0AAAAAAA1. "
            "Dispones de un plazo de 5 días para enviarnos las facturas.",
            dt.date(2026, 5, 7),
        ),
        (
            "Data: 02/05/2026\nAbbiamo disattivato la tua offerta per l'ASIN B0AAAAAAA1. "
            "Hai a disposizione un termine di 10 giorni per inviarci le fatture.",
            dt.date(2026, 5, 12),
        ),
        (
            "Datum: 02.05.2026\nWir haben Ihr Angebot für ASIN B0AAAAAAA1 deaktiviert. "
            "Sie haben eine Frist von 3 Tagen, um uns Rechnungen zu senden.",
            dt.date(2026, 5, 5),
        ),
    ],
)
def test_a_time_allowed_given_as_a_period_sets_the_deadline(text: str, deadline: dt.date) -> None:
    assert read_notice(text).deadline == deadline


# --- a Spanish date without "de" ------------------------------------------------------------------


def test_a_spanish_mail_date_without_de_is_read() -> None:
    text = (
        "De: Amazon.es <avisos@amazon.es>\n"
        "Fecha: mié, 8 abr 2026 a las 9:40\n"
        "Asunto: Hemos desactivado tu oferta\n\n"
        "Hola:\nHemos desactivado tu oferta para el ASIN B0AAAAAAA1 por quejas de "
        "productos usados vendidos como nuevos. Responde en un plazo de 10 días.\n"
    )
    facts = read_notice(text)
    assert (facts.received, facts.deadline) == (dt.date(2026, 4, 8), dt.date(2026, 4, 18))


# --- a list of pages to read -------------------------------------------------------------------


def test_an_italian_further_reading_heading_names_policies_for_reading() -> None:
    text = (
        "Abbiamo rimosso la tua offerta perché vendevi articoli contraffatti.\n\n"
        "Maggiori informazioni:\n"
        "  \u00b7 Politica sui prezzi equi\n"
        "  \u00b7 Prodotti con restrizioni\n"
    )
    assert glossed(text, "it", "amazon") == ["amazon.inauthentic"]
