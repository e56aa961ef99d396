"""Issue 16, the thirty-first set's classes: a figure said to be "inside" a bar or an
acceptable range; a heading of help links ("Related help topics") or one qualified in brackets
("Other policies (for information)"); a figure given "for information only" in the languages'
own words ("à titre indicatif", "a título informativo"); what a good practice brings ("reduces
the number of claims", in French, Italian, Spanish and German); and a marketplace's reply with
no "From:" above a quoted message whose attribution line names the seller ("... wrote:")."""

from __future__ import annotations

import pytest

from poa.notice import languages
from poa.notice.clean import own_words
from tests.notice_eval import reasons


def glossed(text: str, language: str, marketplace: str = "amazon") -> list[str]:
    return reasons(languages.gloss(text, language), marketplace)


# --- a figure inside a bar or a range --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "marketplace", "cited", "fine"),
    [
        (
            "Your late shipment rate has risen to 9%, above the 7% limit. Your transaction "
            "defect rate is 0.4%, which is inside the limit we set.",
            "ebay",
            "ebay.late_shipment_rate",
            "ebay.transaction_defect_rate",
        ),
        (
            "Buyers report that the lamps differ from your product page (not as described). "
            "Your seller-fault cancellation rate stays inside the normal range this month.",
            "tiktok",
            "tiktok.significantly_not_as_described",
            "tiktok.seller_fault_cancellation_rate",
        ),
    ],
)
def test_a_figure_inside_a_bar_or_range_is_fine(
    text: str, marketplace: str, cited: str, fine: str
) -> None:
    found = reasons(text, marketplace)
    assert cited in found and fine not in found


# --- headings of help links ------------------------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    ["Related help topics", "Useful help articles", "Other policies (for information):"],
)
def test_links_under_a_heading_of_help_pages_are_not_cited(heading: str) -> None:
    text = (
        "We removed three of your listings because they offered counterfeit watches that "
        "copy a well-known brand.\n\n"
        f"{heading}\n"
        " - Prohibited and restricted items overview\n"
        " - Buyer protection for sellers\n"
    )
    assert reasons(text, "ebay") == ["ebay.counterfeit"]


# --- "for information only" in the languages' own words --------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Votre taux de défauts de commande est de 2,1 %, au-dessus de l'objectif de 1 %. "
            "Votre taux de livraison à temps est de 95 % (à titre indicatif).",
            "fr",
        ),
        (
            "Su tasa de defectos en pedidos es del 2,1 %, por encima del objetivo del 1 %. "
            "Su tasa de entrega a tiempo es del 95 % (únicamente a título indicativo).",
            "es",
        ),
    ],
)
def test_a_metric_given_for_information_only_is_not_cited(text: str, language: str) -> None:
    assert glossed(text, language) == ["amazon.order_defect_rate"]


# --- what a good practice brings -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        (
            "Votre taux de suivi valide est de 80 %, en dessous de l'objectif de 95 %. Un "
            "numéro de suivi diminue le nombre de réclamations au titre de la Garantie A à Z.",
            "fr",
        ),
        (
            "Il tuo tasso di tracciamento valido è dell'80 %, sotto l'obiettivo del 95 %. Un "
            "numero di tracciamento riduce il numero dei reclami dalla Garanzia dalla A alla Z.",
            "it",
        ),
        (
            "Su tasa de seguimiento válido es del 80 %, por debajo del objetivo del 95 %. Un "
            "número de seguimiento reduce el número de reclamaciones de la Garantía de la A a "
            "la Z.",
            "es",
        ),
    ],
)
def test_what_a_good_practice_brings_is_not_cited(text: str, language: str) -> None:
    assert glossed(text, language) == ["amazon.valid_tracking_rate"]


# --- a reply above a quoted message with an attribution line ---------------------------------


def test_reply_signed_by_the_marketplace_above_a_quoted_message_is_the_notice() -> None:
    reply = (
        "Subject: RE: appeal\n\n"
        "Hello,\n\n"
        "We reviewed your appeal of 3 March but cannot reinstate your selling account. Several "
        "customers received packages showing another retailer as the sender, which breaks our "
        "drop shipping policy. Please send a revised plan of action and supplier invoices that "
        "name you as the buyer.\n\n"
        "Regards,\nSeller Performance\nAmazon.co.uk\n"
    )
    quoted = (
        "----- Original message -----\n"
        "On 3 March 2026, Brightside Homeware wrote:\n"
        "> Good morning. We changed our supplier and ask for the account to be reactivated.\n"
        "> From next month every parcel leaves our own warehouse in Leeds, with our own slips.\n"
        "> We have also stopped buying from the wholesaler who shipped for us, and our team\n"
        "> now checks each packing slip before a parcel goes out. Thank you for your help.\n"
    )
    own = own_words(reply + "\n" + quoted)
    assert own is not None and "drop shipping policy" in own and "Leeds" not in own


# --- a figure in prose belongs to its own sentence -------------------------------------------


def test_the_next_sentences_figure_does_not_judge_a_metric_said_before_its_value() -> None:
    text = (
        "Over the last three months 3.1% of your transactions had a defect, against a maximum "
        "of 2%. Separately, 0.2% of your orders arrived late."
    )
    assert "ebay.transaction_defect_rate" in reasons(text, "ebay")
