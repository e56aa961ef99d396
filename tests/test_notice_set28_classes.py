"""Issue 16, the twenty-eighth set's classes: a metric row whose value says there is no data is
not cited; an order about what not to send is a warning, not a citation; a removal said not to
come from a complaint does not cite the complaint's matter."""

from __future__ import annotations

from poa.notice import languages
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
