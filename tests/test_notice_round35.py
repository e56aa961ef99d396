"""Issue 16, the thirty-fifth set's classes: the forms a notice is saved in (a team chat that
pastes it in parts between the team's talk, two current notices of one day in one file, a
raw e-mail whose metric is said to be over its threshold, policy text pasted under it)."""

from __future__ import annotations

import datetime as dt

from poa.notice import read_notice
from poa.notice.chat import pasted_notice

_SLACK = """#shop-ops  |  Thursday, 9 July 2026

Ana Ruiz  08:12 AM
morning. walmart wrote overnight, pasting it in two goes

Ana Ruiz  08:12 AM
> Hello Birchwood Goods,
>
> Several customers told us the lamps they ordered from your store never arrived, even
> though the orders were marked as delivered. We have looked at the carrier records and
> the orders below were never scanned at the delivery address:
>
>   PO# 4410298836512
>   PO# 4410298839977

Ben Cole  08:14 AM
wasn't the return rate the problem last month? and the late shipments?

Ana Ruiz  08:15 AM
no that's sorted, here's the rest
> Please send us an action plan within 10 days that explains how you will make sure
> orders reach customers. Walmart Marketplace Seller Performance

Ben Cole  08:16 AM
ok, on it
"""


def test_a_notice_pasted_into_a_chat_in_parts_is_read_without_the_talk() -> None:
    """The team's talk names a return rate and late shipments: the notice cites neither."""
    facts = read_notice(_SLACK)
    assert facts.reasons == ["walmart.item_not_received_rate"]
    assert facts.received == dt.date(2026, 7, 9)  # the chat's day: the paste gives none
    assert facts.deadline == dt.date(2026, 7, 19)


_TEAMS = """Chat - "amazon team"

Lena Vogt  02/03/2026 14:05
got this one from Amazon today, copying:

Lena Vogt  02/03/2026 14:05
"Hello, we removed your offer for ASIN B0C7TR5ZQW because customers reported the
sealed kettles they received had been opened and used before. Selling used items as new
is not allowed; the condition of an offer must match the item the customer receives."

Max Braun  02/03/2026 14:07
which ones? I think it's the one with the broken lid, customers said it doesn't match
the photos and it's not as described at all

Lena Vogt  02/03/2026 14:08
"Orders: 171-5520983-6631924. To reactivate the offer, send invoices that show new stock."
"""


def test_a_chat_that_pastes_in_quotation_marks_is_read_without_the_talk() -> None:
    lines = _TEAMS.splitlines()
    pasted = pasted_notice(lines)
    assert pasted is not None
    assert not any("broken lid" in line for line in pasted)
    assert pasted[-1].endswith("new stock.")  # the quotation marks are taken off
    assert read_notice(_TEAMS).reasons == ["amazon.used_sold_as_new"]


def test_a_support_thread_that_quotes_the_seller_is_no_chat() -> None:
    """The marketplace's own long reply stands unquoted: the quoted lines are the seller's."""
    reply = "We looked at your account again and the decision stands for now. " * 4
    thread = (
        f"Seller Support  10:02\n{reply}\n\nYou  09:40\n> my late shipment rate is fine?\n\n"
        f"Seller Support  09:41\n{reply}\n"
    )
    assert pasted_notice(thread.splitlines()) is None


_TWO_FORWARDS = """Both came in this morning, can you look?

-------- Forwarded message --------
From: eBay <seller-notices@ebay.com>
Date: Wed, 4 Nov 2026 at 06:10
Subject: Your transaction defect rate

Hello,

Over the last 3 months your transaction defect rate was 3.1%, above the 2% we allow. Too
many buyers opened requests that you did not resolve, and your account may become Below
Standard at the next evaluation. Please look at the requests in your Seller Hub.

-------- Forwarded message --------
From: eBay <seller-notices@ebay.com>
Date: Wed, 4 Nov 2026 at 09:45
Subject: A buyer is waiting for your answer

Hello,

A buyer asked you a question about order 12-34567-89012 and you have not answered. Please
answer them in Messages by 6 November 2026. Thank you for selling on eBay.
"""


def test_two_notices_forwarded_from_one_day_are_read_together() -> None:
    """The first forward is as current as the second: its reason stands."""
    facts = read_notice(_TWO_FORWARDS)
    assert "ebay.transaction_defect_rate" in facts.reasons
    assert facts.deadline == dt.date(2026, 11, 6)


def test_a_date_a_buyer_asks_about_is_no_deadline() -> None:
    notice = (
        "From: Etsy <no-reply@etsy.com>\nDate: 2 March 2026\n\n"
        "Your buyer Sam wrote about order #3312200456. He wants to know whether the parcel can"
        " still reach him before 20 March 2026. Please answer Sam in Messages by 5 March 2026."
        " If he hears nothing, he can ask Etsy to help and a case may be opened.\n"
    )
    assert read_notice(notice).deadline == dt.date(2026, 3, 5)


def test_a_rate_said_to_be_still_over_the_threshold_is_cited() -> None:
    """The usual standard is looser than the notice's: its own verdict stands over it."""
    notice = (
        "From: eBay <sellerupdates@ebay.co.uk>\nDate: 4 May 2026\n\n"
        "Hello,\n\nYour late shipment rate over the last three months was 6.8%. If it is still"
        " above the threshold at your next evaluation, your account will be Below Standard."
        " Please dispatch on time and upload tracking promptly.\n\neBay\n"
    )
    assert read_notice(notice).reasons == ["ebay.late_shipment_rate"]


_POLICY_BELOW = """Subject: Listing removed
Date: 12 February 2026

Hello,

We removed your listing for ASIN B0D1QX7RTM (foam dart blaster) after a safety complaint: it
is a toy for young children whose small parts can be swallowed, and it does not meet the safety
requirements for toys. To relist it, send us a test report from an accredited laboratory by
26 February 2026.

Amazon.com Product Safety Team

-----------------------------------------------------------------------------
(policy page copied in below for the team - Jo)

Product safety and compliance

Sellers must make sure their products are safe. Recalled products may not be listed.
Counterfeit products are prohibited; we may ask you for invoices to prove they are genuine.
Restricted products such as pesticides need approval first. Sellers may be asked for a
plan of action, a letter of authorization from the brand or a certificate of compliance.
"""


def test_a_policy_page_pasted_under_a_notice_names_none_of_its_reasons() -> None:
    """Nor its requests: the notice asks for a test report alone."""
    facts = read_notice(_POLICY_BELOW)
    assert facts.reasons == ["amazon.product_safety"]
    assert facts.requests == ["test_reports"]


def test_a_notice_copied_under_a_note_is_the_notice() -> None:
    """Above the note stand pushes, not a notice the marketplace signed: nothing is cut."""
    from poa.notice.appended import without_appended

    lines = [
        "Amazon Seller  •  8:02 AM",
        "Your account needs attention. " * 10,
        "",
        "----- copied from Seller Central > Notifications -----",
        "Your late shipment rate is 6%.",
    ]
    assert without_appended(lines) == lines


def test_an_action_plan_asked_for_is_a_plan_of_action() -> None:
    notice = (
        "From: Walmart Marketplace\nDate: 3 June 2026\n\nYour cancellation rate is 4.1%. Please "
        "submit an action plan within 14 days that explains how you will keep stock accurate.\n"
    )
    assert read_notice(notice).requests == ["plan_of_action"]


def test_a_list_of_bills_in_one_german_compound_is_a_utility_bill() -> None:
    notice = (
        "Betreff: Überprüfung Ihres Verkäuferkontos\nDatum: 4. Mai 2026\n\nHallo,\n\nbitte "
        "reichen Sie eine Kopie Ihres Personalausweises und eine Gas-, Wasser- oder "
        "Telefonrechnung der letzten 90 Tage ein, damit wir Ihr Konto auf Amazon.de prüfen "
        "können. Vielen Dank für Ihre Mithilfe.\n"
    )
    assert "utility_bill" in read_notice(notice).requests


def test_the_footer_of_a_notice_in_html_source_is_not_read() -> None:
    """Its links name other policies; the notice names one."""
    from poa.notice.markup import strip_html

    page = (
        '<div class="notice"><p>We removed your listing: it is a <b>counterfeit</b> bag.</p>'
        '<div id="page-footer"><p>See also: <a href="/x">Product Safety</a></p>'
        "<p>Fair Pricing</p></div><p>Thank you.</p></div>"
    )
    words = strip_html(page)
    assert "counterfeit" in words and "Thank you" in words
    assert "Product Safety" not in words and "Fair Pricing" not in words
    assert "Safety" not in strip_html("<footer><p>Safety</p></footer>ok")


def test_a_product_in_a_restricted_category_in_spanish_is_a_restricted_product() -> None:
    notice = (
        "Asunto: Oferta eliminada\nFecha: 3 de marzo de 2026\n\nHola,\n\nHemos retirado su "
        "producto de Amazon.es porque los productos que se anuncian como repelentes de insectos "
        "pertenecen a una categoría restringida y no pueden venderse sin autorización. Envíe la "
        "ficha de datos de seguridad del producto para que revisemos su oferta.\n"
    )
    facts = read_notice(notice)
    assert facts.reasons == ["amazon.restricted_products"]
    assert facts.requests == ["compliance_documents"]
