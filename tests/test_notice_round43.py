"""Issue 16, the forty-second set: a reason the notice names beside the one it cites.

A French notice denies neighbouring rights one by one ("ne vise ni le droit d'auteur ni un
brevet"): each "ni" denies a thing, as "neither ... nor" does. A question asked yes or no
("Have you received other notices (metrics, counterfeit, prohibited items)?") names kinds of
matters to ask about them, not to cite them. In a support chat's transcript the seller's turns
are their own words, not the marketplace's. A document asked for after what the request is
for ("To get the listing back, send us ...") is asked for, not cited."""

from __future__ import annotations

from poa.notice import read_notice


def test_rights_a_french_notice_denies_with_ni_are_not_cited() -> None:
    text = (
        "Amazon.fr Seller Central\nDate : 4 mai 2026\n\nBonjour,\n\n"
        "Un titulaire de droits nous a signalé que vos offres utilisent sa marque déposée "
        "sans son accord. Nous avons retiré l'offre suivante :\n\nASIN : B0AAAA1111\n\n"
        "Cette décision ne vise ni le droit d'auteur ni un brevet : seule la marque est en "
        "cause.\n\nCordialement,\nAmazon.fr\n"
    )
    assert read_notice(text).reasons == ["amazon.ip_trademark"]


def test_a_matter_a_yes_or_no_question_names_is_not_cited() -> None:
    text = (
        "Amazon.com Seller Central\nMay 4, 2026\n\nHello,\n\nWe removed your listing after a "
        "rights owner reported that it uses their trademark without permission.\n\n"
        "ASIN: B0AAAA1111\n\nAre you selling counterfeit goods? If you are unsure, read our "
        "policy.\n"
    )
    assert read_notice(text).reasons == ["amazon.ip_trademark"]


def test_a_question_that_opens_with_why_still_cites() -> None:
    text = (
        "Amazon.com Seller Central\nMay 4, 2026\n\nHello,\n\n"
        "Why did we remove your listing? We found that your product is counterfeit: "
        "it is not the brand it claims to be.\n\nASIN: B0AAAA1111\n"
    )
    assert read_notice(text).reasons == ["amazon.inauthentic"]


_CHAT = (
    "[2026-06-02 14:01:10] Etsy Support: Hi, this is Sam from Etsy Support.\n"
    "[2026-06-02 14:01:40] Etsy Support: We removed two of your listings because a rights "
    "owner reported that they use their trademark without permission.\n"
    "[2026-06-02 14:02:15] Etsy Support: Affected listing: 1234567890.\n"
    "[2026-06-02 14:03:02] {seller}: Our mugs are handmade, genuine, not counterfeit. "
    "We did ship a few orders late last month, if that matters.\n"
    "[2026-06-02 14:03:40] Etsy Support: The listings stay inactive until the rights owner "
    "withdraws the report or you show that you may use the mark.\n"
)


def test_the_sellers_turns_in_a_support_chat_are_not_the_notice() -> None:
    text = _CHAT.format(seller="Robin (Clay Harbor)")
    assert read_notice(text).reasons == ["etsy.ip_infringement"]


def test_a_document_asked_for_after_what_the_request_is_for_is_not_cited() -> None:
    text = (
        "Amazon.com Seller Central\nMay 4, 2026\n\nHello,\n\n"
        "We removed your listing for a garden weed killer: under our Restricted Products "
        "policy, pesticides may be sold only once we have confirmed they are registered.\n\n"
        "ASIN: B0AAAA1111\n\n"
        "To get the listing back, send us compliance documents by May 18, 2026.\n"
    )
    assert read_notice(text).reasons == ["amazon.restricted_products"]
