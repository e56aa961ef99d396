"""Issue 16, the thirty-fourth set's classes: a reason named only to be set aside is not cited (a
policy "not involved", a review "separate from" another in a narrow hard-wrapped e-mail, the
pictures the seller sent with an appeal, the documents a list asks for, a word another reason's
cue holds)."""

from __future__ import annotations

from poa.banks import load_library
from poa.notice import read_notice
from poa.notice.reasons import read_reasons
from poa.notice.words import tokens


def _reasons(text: str, marketplace: str) -> list[str]:
    return read_reasons(text, marketplace, load_library()).reasons


def test_a_policy_said_not_involved_is_not_cited() -> None:
    notice = (
        "We have closed your shop because the watches you listed were fakes of a known maker.\n"
        "Selling counterfeit goods breaks our rules. The Prohibited Products Policy was not\n"
        "involved in this decision, and neither was our review of your listings' photos.\n"
    )
    assert _reasons(notice, "tiktok") == ["tiktok.counterfeit"]


def test_a_line_ending_on_an_article_runs_on_into_the_next() -> None:
    """Wrapped to 50 characters, a line that ends on "the" is no heading, however short."""
    text = "This check is apart from the\nMonthly Figures you saw last week."
    assert {token.sentence for token in tokens(text)} == {0}
    heading = "Why your shop was closed\nSelling fakes breaks our rules."
    assert {token.sentence for token in tokens(heading)} == {0, 1}


def test_a_review_set_apart_in_a_narrow_wrap_is_not_cited() -> None:
    notice = (
        "Hello,\n\nA buyer says the speaker in order\n"
        "4711002233445 was a counterfeit copy\nof the maker's model. We have\n"
        "unpublished the item while we look\ninto it.\n\n"
        "This review is separate from the\nProhibited Products review of your\n"
        "account last year.\n"
    )
    assert _reasons(notice, "walmart") == ["walmart.counterfeit"]


def test_the_pictures_sent_with_an_appeal_are_no_copyright_matter() -> None:
    notice = (
        "Your appeal of the suspension for counterfeit sunglasses was not approved. The\n"
        "pictures you submitted are images copied from a website, not photos of your stock.\n"
    )
    assert _reasons(notice, "tiktok") == ["tiktok.counterfeit"]


def test_a_list_of_documents_asked_for_names_no_reason() -> None:
    notice = (
        "Your account was deactivated because you listed airsoft guns, which our Restricted\n"
        "Products policy does not allow on this store.\n\n"
        "To appeal, please provide:\n"
        "  1. A plan of action for the restricted items.\n"
        "  2. For the toys still in your catalogue, compliance documents from a lab.\n"
    )
    assert _reasons(notice, "amazon") == ["amazon.restricted_products"]


def test_a_list_the_notice_found_still_names_its_reasons() -> None:
    """A list led by what was found, not by a request, is the notice's own finding."""
    notice = (
        "We found these problems with your listings:\n"
        "  - compliance documents for the toys were missing\n"
        "  - airsoft guns are restricted products on this store\n"
    )
    assert "amazon.product_safety" in _reasons(notice, "amazon")


def test_a_word_held_by_a_tight_cue_is_not_read_again_by_a_loose_one() -> None:
    notice = (
        "Your late dispatch rate stands at 7%, while our policy asks you to keep it under 4%.\n\n"
        "A high late dispatch count tells us that shoppers are waiting past the delivery date\n"
        "promised to them, and it can lead to deactivation.\n"
    )
    assert _reasons(notice, "amazon") == ["amazon.late_shipment_rate"]


def test_a_mark_named_by_the_word_for_brand_is_a_trademark() -> None:
    """French, Spanish and German say "brand" for a registered mark someone holds rights in."""
    french = (
        "Bonjour,\n\nLe propriétaire d'une marque nous a informés que votre offre pour l'ASIN "
        "B0FRMARK01 portait atteinte à ses droits sur cette marque. Nous avons retiré l'offre "
        "et vous remercions de votre compréhension.\n\nCordialement,\nAmazon.fr\n"
    )
    spanish = (
        "Hola:\n\nEl titular de una marca nos ha comunicado que su oferta del ASIN B0ESMARK01 "
        "vulnera sus derechos sobre esta marca. Hemos retirado la oferta y le agradecemos su "
        "comprensión.\n\nAtentamente,\nAmazon.es\n"
    )
    assert read_notice(french).reasons == ["amazon.ip_trademark"]
    assert read_notice(spanish).reasons == ["amazon.ip_trademark"]


def test_a_tracking_number_called_valid_after_it_is_valid_tracking() -> None:
    italian = (
        "Gentile venditore,\n\nnelle ultime quattro settimane solo l'88 % dei tuoi pacchi "
        "aveva un codice di tracciamento valido, mentre l'obiettivo è almeno il 95 %. Ti "
        "chiediamo di aggiornare gli ordini.\n\nCordiali saluti,\nAmazon.it\n"
    )
    spanish = (
        "Hola:\n\nen las últimas cuatro semanas solo el 88 % de sus paquetes tenía un número "
        "de seguimiento válido, y el objetivo es al menos el 95 %. Le pedimos que actualice "
        "los pedidos.\n\nAtentamente,\nAmazon.es\n"
    )
    assert read_notice(italian).reasons == ["amazon.valid_tracking_rate"]
    assert read_notice(spanish).reasons == ["amazon.valid_tracking_rate"]


def test_doubts_about_authenticity_are_an_authenticity_finding() -> None:
    french = (
        "Bonjour,\n\nLes documents reçus ne lèvent pas nos soupçons sur l'authenticité des "
        "montres vendues sous l'ASIN B0FRDOUT01. Votre appel est refusé.\n\n"
        "Cordialement,\nAmazon.fr\n"
    )
    italian = (
        "Gentile venditore,\n\ni documenti inviati non chiariscono i nostri dubbi "
        "sull'autenticità degli orologi venduti con l'ASIN B0ITDOUT01. Il ricorso è "
        "respinto.\n\nCordiali saluti,\nAmazon.it\n"
    )
    assert read_notice(french).reasons == ["amazon.inauthentic"]
    assert read_notice(italian).reasons == ["amazon.inauthentic"]


def test_a_thread_s_newest_reply_sets_the_day_and_the_time_allowed() -> None:
    """A time allowed in an older message below the marketplace's newest reply has passed."""
    thread = (
        "From: Amazon Seller Performance <seller-performance@amazon.co.uk>\n"
        "Date: 20 March 2026\nSubject: RE: Your selling account\n\n"
        "Hello,\n\nThank you for the documents you sent again. We could not verify them, so "
        "your appeal has not been accepted and your account stays deactivated. Upload a "
        "passport and a recent bank statement when you have them.\n\n"
        "-----Original Message-----\n"
        "From: Amazon Seller Performance <seller-performance@amazon.co.uk>\n"
        "Date: 2 March 2026\nSubject: Your selling account\n\n"
        "We could not verify your identity. Please reply within 10 days with a passport.\n"
    )
    facts = read_notice(thread)
    assert facts.received is not None and facts.received.isoformat() == "2026-03-20"
    assert facts.deadline is None
