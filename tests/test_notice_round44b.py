"""Issue 16, set 43's leftovers: a notice pasted into a team's chat in parts, and accounts
linked or identities to confirm said in plain words.

A chat's page that pastes a notice in parts is read whole: every part is the marketplace's,
not only the first one the seller headed with its name, and a chat's export may close each
byline with a colon after a stamp in brackets ("[14.04.2026 09:12] Lea Braun:")."""

from __future__ import annotations

from poa.notice import read_notice


def test_every_part_of_a_notice_pasted_into_a_chat_is_read() -> None:
    """The first part follows the poster's "part 1:" and carries the header; the reason and
    the deadline come in later parts, with the team's talk between."""
    text = (
        "#shop-ops  -  exported 2026-05-06 09:00\n\n"
        "[2026-05-05 14:02] Ana Ruiz\n"
        "  passing on the message from Seller Central, part 1:\n\n"
        "  > Subject: Your Amazon.com listing for a baby monitor was removed\n"
        "  > Date: May 5, 2026\n"
        "  >\n"
        "  > Hello,\n"
        "  > We are writing about a product you offer in our store. To keep our customers safe\n"
        "  > we have removed it from sale on Amazon.com while we look into the matter that we\n"
        "  > describe in the next part of this message, with what we need from you.\n\n"
        "[2026-05-05 14:04] Tom Berg\n"
        "  which one? the monitor with the blue base?\n\n"
        "[2026-05-05 14:05] Ana Ruiz\n"
        "  yes. part 2:\n\n"
        "  > ASIN B0AAAB1234 - Video Baby Monitor, 5 inch\n"
        "  > This item matches a product its maker has recalled because the battery can swell.\n"
        "  > Products under a recall may not be offered for sale.\n"
        "  > Send us proof that the remaining units were destroyed by June 2, 2026.\n"
        "  > Regards, Amazon.com\n\n"
        "[2026-05-05 14:07] Tom Berg\n"
        "  ok, I will ask the warehouse.\n"
    )
    facts = read_notice(text)
    assert "amazon.recalled_product" in facts.reasons
    assert str(facts.deadline) == "2026-06-02"


def test_a_chat_export_whose_bylines_end_with_a_colon_is_read_as_a_chat() -> None:
    """Quoted parts under "[stamp] Name (Role):" bylines are the notice, not someone else's
    message quoted; the team's guess at another problem is not the notice."""
    text = (
        "Chat exported - channel #marketplace (Teams)\n\n"
        "[03.05.2026 10:14] Nora Lind (Support):\n"
        "The answer from Amazon on our appeal is here, I paste it in pieces:\n\n"
        "[03.05.2026 10:15] Nora Lind (Support):\n"
        "> Date: 3 May 2026\n"
        "> Subject: Your appeal about your Amazon.co.uk selling account\n"
        ">\n"
        "> Thank you for the information. We have reviewed your appeal and cannot reinstate\n"
        "> your selling account.\n\n"
        "[03.05.2026 10:16] Piet Ahl (Sales):\n"
        "Maybe it is the late shipments from March again?\n\n"
        "[03.05.2026 10:17] Nora Lind (Support):\n"
        "> Our review found that your account is still linked to another selling account\n"
        "> that may not sell on Amazon. Your explanation was not supported by documents.\n"
        ">\n"
        "> Amazon.co.uk Seller Performance\n\n"
        "[03.05.2026 10:20] Piet Ahl (Sales):\n"
        "Ok, I collect the contracts.\n"
    )
    facts = read_notice(text)
    assert facts.reasons == ["amazon.related_accounts"]


def test_accounts_linked_to_other_selling_accounts_and_a_person_to_confirm() -> None:
    """Plain words: "connected to other seller accounts" is a related account, and "confirm
    who owns your business" asks to verify an identity."""
    text = (
        "From: Amazon Seller Performance <seller-performance@amazon.co.uk>\n"
        "Subject: Your selling account is deactivated\n\n"
        "Dear Seller,\n\nWe have deactivated your selling account. Our checks show that it "
        "appears to be connected to two other seller accounts that may not sell on Amazon. "
        "We also need to confirm who owns your business before we look at it again.\n\n"
        "Please send a copy of a passport of the account holder within 10 days.\n"
    )
    facts = read_notice(text)
    assert facts.reasons == ["amazon.identity_verification", "amazon.related_accounts"]


def test_a_german_rate_of_valid_shipment_numbers_is_the_valid_tracking_rate() -> None:
    """ "Sendungsnummer" is German for a tracking number, as "Sendungsverfolgungsnummer" is."""
    text = (
        "Von: Amazon.de Verkäuferleistung\nDatum: 2. März 2026\n\n"
        "Guten Tag,\n\nIhre Rate gültiger Sendungsnummern liegt in den letzten 30 Tagen bei "
        "91,5 % und damit unter dem Ziel von 95 %. Bitte senden Sie uns einen Aktionsplan.\n"
    )
    metrics = {m["metric"]: m["value"] for m in read_notice(text).metrics}
    assert metrics.get("valid_tracking_rate") == 91.5


def test_an_italian_plan_without_the_information_needed_is_a_rejection() -> None:
    """A plan that "does not contain the information needed" was not accepted: the Italian
    says it as "non contiene le informazioni necessarie", not only "sufficienti"."""
    text = (
        "Data: 5 aprile 2026\n\nGentile venditore,\n\ngrazie per il tuo piano d'azione. Dopo "
        "averlo letto, il piano non contiene ancora le informazioni necessarie per riattivare "
        "il tuo account su Amazon.it, che rimane disattivato.\n\nTeam Prestazioni venditore\n"
    )
    assert read_notice(text).is_rejection
