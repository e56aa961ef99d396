"""Issue 16, the forty-second set's leftovers as classes.

An id a notice lists only to say it is not at issue is not cited: a table row whose status
cell says the item was looked at and is not affected ("nicht betroffen", "non concerné",
"non coinvolto", "no afectado": a negated participle with no verb of its own)."""

from __future__ import annotations

import pytest

from poa.notice import read_notice

_TABLE = {
    "de": (
        "Amazon.de – Benachrichtigung\n\nHallo,\n\nwir haben Ihre Lampen geprüft und die "
        "betroffenen Angebote deaktiviert. Alle geprüften Artikel:\n\n"
        "| ASIN | Artikel | Status |\n|---|---|---|\n"
        "| B0TEST0001 | Tischlampe | deaktiviert |\n"
        "| B0TEST0002 | Stehlampe | deaktiviert |\n"
        "| B0TEST0003 | Leselampe | {cell} |\n\n"
        "Bitte senden Sie uns Prüfberichte für die deaktivierten Angebote.\n",
        ["nicht betroffen", "geprüft, nicht betroffen"],
        "deaktiviert",
    ),
    "fr": (
        "Amazon.fr – Notification\n\nBonjour,\n\nnous avons examiné vos lampes et désactivé "
        "les offres concernées. Tous les articles examinés :\n\n"
        "| ASIN | Article | Statut |\n|---|---|---|\n"
        "| B0TEST0001 | Lampe de bureau | désactivé |\n"
        "| B0TEST0002 | Lampadaire | désactivé |\n"
        "| B0TEST0003 | Liseuse | {cell} |\n\n"
        "Veuillez nous envoyer des rapports d'essai pour les offres désactivées.\n",
        ["non concerné", "examiné – non visé"],
        "désactivé",
    ),
    "it": (
        "Amazon.it – Notifica\n\nSalve,\n\nabbiamo esaminato le tue lampade e disattivato "
        "le offerte interessate. Tutti gli articoli esaminati:\n\n"
        "| ASIN | Articolo | Stato |\n|---|---|---|\n"
        "| B0TEST0001 | Lampada da tavolo | disattivato |\n"
        "| B0TEST0002 | Piantana | disattivato |\n"
        "| B0TEST0003 | Lampada da lettura | {cell} |\n\n"
        "Ti preghiamo di inviarci i rapporti di prova per le offerte disattivate.\n",
        ["non coinvolto", "esaminato, non interessato"],
        "disattivato",
    ),
    "es": (
        "Amazon.es – Notificación\n\nHola,\n\nhemos revisado tus lámparas y desactivado "
        "las ofertas afectadas. Todos los artículos revisados:\n\n"
        "| ASIN | Artículo | Estado |\n|---|---|---|\n"
        "| B0TEST0001 | Lámpara de mesa | desactivado |\n"
        "| B0TEST0002 | Lámpara de pie | desactivado |\n"
        "| B0TEST0003 | Lámpara de lectura | {cell} |\n\n"
        "Envíanos los informes de pruebas de las ofertas desactivadas.\n",
        ["no afectado", "revisado – no incluido"],
        "desactivado",
    ),
}


@pytest.mark.parametrize(
    ("language", "cell"), [(code, cell) for code, (_, cells, _) in _TABLE.items() for cell in cells]
)
def test_a_row_whose_status_cell_says_not_affected_is_not_cited(language: str, cell: str) -> None:
    text = _TABLE[language][0].format(cell=cell)  # the others' cells name the action
    assert read_notice(text).asins == ["B0TEST0001", "B0TEST0002"]


@pytest.mark.parametrize("language", list(_TABLE))
def test_a_row_whose_status_cell_names_the_action_is_cited(language: str) -> None:
    template, _, action = _TABLE[language]
    text = template.format(cell=action)
    assert read_notice(text).asins == ["B0TEST0001", "B0TEST0002", "B0TEST0003"]


_LEAD_IN = (
    "TikTok Shop Seller Center\\n\\nHi Brightside Home,\\n\\n"
    "We removed product 1731122334455667788 for intellectual property infringement. "
    "{sentence}\\n\\nYou can appeal within 14 days.\\n"
)


def test_an_order_after_a_colon_that_says_it_is_not_affected_is_not_cited() -> None:
    sentence = "Pending orders are not affected by the removal: 576112233445566778 ships as usual."
    assert read_notice(_LEAD_IN.format(sentence=sentence)).order_ids == []


def test_an_order_after_a_colon_past_a_contrast_word_is_cited() -> None:
    sentence = (
        "Pending orders are not affected by the removal: 576112233445566778 ships as usual, "
        "but 576112233445566799 was cancelled by you."
    )
    assert read_notice(_LEAD_IN.format(sentence=sentence)).order_ids == ["576112233445566799"]


def test_an_order_after_a_colon_with_no_denial_before_it_is_cited() -> None:
    sentence = "One order is affected by the removal: 576112233445566778 was cancelled."
    assert read_notice(_LEAD_IN.format(sentence=sentence)).order_ids == ["576112233445566778"]
