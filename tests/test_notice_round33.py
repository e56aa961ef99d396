"""Issue 16, the thirty-third set's classes: a page that holds several messages cites only the
ids of the notice's own (a notifications page with one new message, a reply over the seller's
quoted message, an inbox's list of subjects, an agency's notes in brackets), and ids a notice
sets aside in French, Spanish and Japanese."""

from __future__ import annotations

from poa.notice import read_notice

_BODY = (
    "We removed your listing because it breaks our Restricted Products Policy. To have it\n"
    "reinstated, send us invoices from your supplier for the units you sold in the last year.\n"
)


def test_a_notifications_page_cites_the_new_message_alone() -> None:
    page = (
        "Notifications    Showing 1-3 of 3\n\n"
        "--------------------------------------------------\n"
        "[NEW]   Policy Compliance        3 June 2026\n"
        f"Dear Seller,\n\nASIN: B0NEWMSG01\n\n{_BODY}\n"
        "--------------------------------------------------\n"
        "[READ]  Inventory                28 May 2026\n"
        "Your listing for ASIN B0OLDMSG02 is active again. No action is needed.\n\n"
        "--------------------------------------------------\n"
        "[READ]  Payments                 20 May 2026\n"
        "Your payout for order 113-4455667-1234567 was sent.\n"
    )
    facts = read_notice(page)
    assert facts.asins == ["B0NEWMSG01"]
    assert facts.order_ids == []


def test_a_page_with_no_message_marked_new_keeps_every_id() -> None:
    """Which message the seller meant is not sure: nothing is set apart."""
    page = (
        "--------------------------------------------------\n"
        "Policy Compliance        3 June 2026\n"
        f"Dear Seller,\n\nASIN: B0NEWMSG01\n\n{_BODY}\n"
        "--------------------------------------------------\n"
        "Inventory                28 May 2026\n"
        "Your listing for ASIN B0OLDMSG02 is active again. No action is needed.\n"
    )
    assert read_notice(page).asins == ["B0NEWMSG01", "B0OLDMSG02"]


def test_dotted_notifications_cite_the_unread_one() -> None:
    page = (
        "TikTok Shop Seller Center\nNotification Center\n\n"
        "● Account Health | Listing removed                 2026-03-09 10:15\n"
        f"  Dear Seller,\n  Affected orders: 576111222333444555\n  {_BODY}\n"
        "○ Orders | Return request received                 2026-03-02 16:40\n"
        "  The buyer of order 576999888777666555 asked for a return.\n"
    )
    assert read_notice(page).order_ids == ["576111222333444555"]


def test_the_sellers_message_quoted_under_a_reply_is_not_cited() -> None:
    thread = (
        "Subject: RE: Listing removed\n\n"
        "From: Walmart Seller Support <support@walmart.com>\n"
        "Sent: May 12, 2026\n\n"
        f"Hello,\n\nThank you for your reply. {_BODY}\nRegards,\nWalmart Marketplace\n\n"
        "From: Hilltop Goods <owner@hilltop.example>\n"
        "Sent: May 9, 2026\n\n"
        "Hi, our customer on order 5823311902457 was happy with the item. Please restore it.\n\n"
        "From: Walmart Seller Support <support@walmart.com>\n"
        "Sent: May 2, 2026\n\n"
        "Your listing was removed. Please reply within 10 days.\n"
    )
    assert read_notice(thread).order_ids == []


def test_the_sellers_message_a_reply_answers_stays() -> None:
    """In a case log read oldest first, the marketplace's reply answers the message above it:
    the ids the seller named there are the case's."""
    thread = (
        "From: You   May 9, 2026 4:02 PM\n"
        "Our appeal: order 702-1234567-7654321 was one corporate order of ASIN B0CASELOG1.\n\n"
        "From: Amazon.ca Seller Performance   May 12, 2026 9:47 AM\n"
        f"Hello,\n\nWe reviewed your explanation above. {_BODY}\n"
    )
    assert read_notice(thread).order_ids == ["702-1234567-7654321"]


def test_an_inbox_list_of_subjects_is_not_the_opened_message() -> None:
    page = (
        "Performance Notifications                         Unread: 1\n"
        "----------------------------------------------------------------\n"
        "  Subject                                             Date\n"
        "----------------------------------------------------------------\n"
        "  Your listing was removed for a policy reason        2 June 2026\n"
        "  Listing reinstated: ASIN B0LISTED02                 27 May 2026\n"
        "  Refund processed for order 114-2223334-4445556      20 May 2026\n"
        "----------------------------------------------------------------\n\n"
        "Your listing was removed for a policy reason\n2 June 2026\n\n"
        f"Dear Seller,\n\nASIN: B0OPENED01\n\n{_BODY}"
    )
    facts = read_notice(page)
    assert facts.asins == ["B0OPENED01"]
    assert facts.order_ids == []


def test_an_agencys_notes_between_the_paragraphs_are_not_the_notice() -> None:
    notice = (
        "Dear Seller,\n\nWe removed one of your products after a buyer complained about order\n"
        "578000111222333444.\n\n"
        "[SAM: The other order you asked about, 578999888777666555, is a separate matter.]\n\n"
        f"{_BODY}\nTikTok Shop\n"
    )
    assert read_notice(notice).order_ids == ["578000111222333444"]


def test_ids_set_aside_in_japanese_french_and_spanish_are_not_cited() -> None:
    japanese = (
        "Amazon.co.jp セラーセントラル\n\n出品者様\n\n安全上の理由により、下記の商品の出品を停止"
        "いたしました。\n\n  ASIN:B0STOPPED1\n\nなお、同じシリーズの ASIN B0KEPTOK01 は今回の"
        "措置の対象外です。\n\n2026年5月20日までに、請求書をご提出ください。\n"
    )
    french = (
        "Bonjour,\n\nNous avons retiré votre offre pour l'ASIN B0STOPPED1 (Amazon.fr), car elle "
        "enfreint notre politique relative aux produits soumis à restrictions.\n\nL'ASIN "
        "B0KEPTOK01 n'est pas affecté par cette mesure.\n\nMerci de nous envoyer vos factures.\n"
    )
    spanish = (
        "Hola:\n\nHemos retirado tu anuncio del ASIN B0STOPPED1 en Amazon.es porque infringe "
        "nuestra política de productos restringidos.\n\nEl ASIN B0KEPTOK01 queda excluido de "
        "esta medida.\n\nEnvíanos tus facturas en un plazo de 7 días.\n"
    )
    for notice in (japanese, french, spanish):
        assert read_notice(notice).asins == ["B0STOPPED1"], notice


def test_another_rows_subject_names_no_reason_of_the_notice() -> None:
    """An inbox row over the opened message is another message: its matter is not cited."""
    page = (
        "Amazon.com Seller Central\n"
        "----------------------------------------------------------------\n"
        "  Subject                                             Date\n"
        "----------------------------------------------------------------\n"
        "  Your late shipment rate is above our target         9 June 2026\n"
        "  A-to-z Guarantee claim: decision in your favour    1 June 2026\n"
        "----------------------------------------------------------------\n\n"
        "Your late shipment rate is above our target\n9 June 2026\n\n"
        "Hello,\n\nYour late shipment rate is 6.2%, above our target of 4%. Please send us a\n"
        "plan of action within 17 days that explains why orders shipped late.\n"
    )
    assert read_notice(page).reasons == ["amazon.late_shipment_rate"]
