"""Issue 16, classes left when the thirty-sixth set was tuned on: an alert list whose open
alerts are the notice and whose resolved ones are history, a page that names no marketplace
but carries its order ids, the day a page was copied, a notice forwarded on and on, the time
allowed in an earlier message quoted under a reply, a list of what to send that a reply asks
for, a doubt that the goods are genuine left standing, a notice saved as Markdown, a page that
writes its dates day first, an agency's notes in brackets, a rate "only" so high, a variation
of things that are not one product."""

from __future__ import annotations

import datetime as dt

from poa.notice import read_notice

_ALERTS = """Seller Center > Alerts (exported 22 Sep 2026 by desk@harbourlane.example)

[NEW]  18 Sep 2026 07:10  Fulfilment - Late dispatch
       In the last 30 days 7.4% of your orders reached the carrier after the dispatch deadline
       (the limit is 4%), for example order 579900112233445566. Send us an improvement plan by
       2 Oct 2026 that explains why parcels left late and what you are changing.

[NEW]  18 Sep 2026 07:10  Fulfilment - Cancellations you caused
       Your seller-fault cancellation rate reached 3.1%, above the 2.5% limit, most of them for
       items out of stock such as order 579900118877665544. Cover this in the same plan too.

[RESOLVED 02 Aug 2026]  15 Jul 2026 12:00  Valid tracking rate
       Valid tracking rate 91.0% was below the 95% requirement. Your rate has recovered and
       this alert is closed.
"""


def test_an_alert_lists_open_alerts_are_the_notice_and_its_resolved_ones_history() -> None:
    """Each alert of a copied list opens with its status: the new (or open, active) ones are
    what the page was opened for, however many; a resolved one is a record of the past. A
    heading that says "you" names the alert's subject, not the seller as its writer."""
    facts = read_notice(_ALERTS)
    assert facts.marketplace == "tiktok"
    assert facts.reasons == ["tiktok.late_dispatch_rate", "tiktok.seller_fault_cancellation_rate"]
    assert facts.order_ids == ["579900112233445566", "579900118877665544"]
    assert facts.received == dt.date(2026, 9, 18)
    assert facts.deadline == dt.date(2026, 10, 2)


def test_an_open_alert_over_a_closed_one_is_read_alone() -> None:
    page = (
        "Seller Center > Notifications (copied 20 May 2026)\n\n"
        "[OPEN]  May 14, 2026  |  Performance  |  Refund rate too high\n"
        "    Over the last 90 days you refunded 8.8% of your orders, more than the 6% we expect.\n"
        "    Look at why buyers ask for refunds. Within 7 days, send us a short plan with\n"
        "    photos of how you now pack each item.\n\n"
        "[CLOSED Apr 30, 2026]  Apr 02, 2026  |  Trust & Safety  |  Prohibited item removed\n"
        "    Item ID 7712003345 (a lighter refill) is a prohibited product and was unpublished.\n"
        "    -> Closed: item retired.\n"
    )
    facts = read_notice(page)
    assert facts.marketplace == "walmart"
    assert facts.reasons == ["walmart.refund_rate"]
    assert facts.received == dt.date(2026, 5, 14)  # the alert's day, not the day of the copy
    assert facts.deadline == dt.date(2026, 5, 21)


def test_an_alert_list_in_italian_reads_its_active_alert_alone() -> None:
    page = (
        "Seller Central (amazon.it) – Notifiche\n"
        "Esportato il 12 aprile 2026\n\n"
        "==========================================\n"
        "[ATTIVA]  8 aprile 2026\n"
        "Tasso di spedizioni in ritardo superiore all'obiettivo\n\n"
        "Negli ultimi 30 giorni il tasso di spedizioni in ritardo è stato del 6,2 %; il nostro\n"
        "obiettivo è inferiore al 4 %. Inviaci entro il 22 aprile 2026 un piano d'azione che\n"
        "spieghi la causa del problema e le misure adottate.\n\n"
        "==========================================\n"
        "[RISOLTA]  3 febbraio 2026\n"
        "Offerta rimossa: immagine principale non conforme. ASIN B0TESTAA11.\n"
        "Riattivata il 5 febbraio 2026.\n"
    )
    facts = read_notice(page)
    assert facts.reasons == ["amazon.late_shipment_rate"]
    assert facts.asins == []
    assert facts.received == dt.date(2026, 4, 8)
    assert facts.deadline == dt.date(2026, 4, 22)


def test_the_day_a_page_was_copied_is_its_day_when_it_names_no_other() -> None:
    page = (
        "Shop Manager > Messages (copied 3 Jun 2026)\n\n"
        "Your shop's case rate is 3.4% over the last 3 months, more than twice what we usually\n"
        "see from shops your size. Please reply within 5 days with what you are changing so\n"
        "that buyers no longer need to open a case with Etsy about their orders.\n"
    )
    facts = read_notice(page)
    assert facts.received == dt.date(2026, 6, 3)
    assert facts.deadline == dt.date(2026, 6, 8)


_FORWARDED_TWICE = """---------- Forwarded message ---------
From: Dana Ortiz <dana@brightdesk.example>
Date: Thu, 11 Jun 2026 at 09:12
Subject: Fwd: FW: Your Amazon.com.au selling account
To: Lee Park <lee@brightdesk.example>

Lee, please pick this up. Client says the docs will be with us by Monday.

---------- Forwarded message ---------
From: Sam Reid <sam@reidhome.example>
Date: Wed, 10 Jun 2026 at 20:03
Subject: FW: Your Amazon.com.au selling account
To: Dana Ortiz <dana@brightdesk.example>

Dana, this came in yesterday. What do we do?

From: Amazon.com.au <seller-performance@amazon.com.au>
Sent: Tuesday, 9 June 2026 08:40
To: sam@reidhome.example
Subject: Your Amazon.com.au selling account

Hello,

We found that your account is related to another selling account that may not sell on
Amazon, and your selling privileges have been removed. Within 7 days, send us an explanation
of the relationship between the accounts and a utility bill in the business's name so that
we can look at your account again.

Amazon.com.au Seller Performance
"""


def test_a_notice_forwarded_on_and_on_counts_its_time_from_the_marketplaces_message() -> None:
    """Each forward carries its own note and date; the notice is the message whose header
    names the marketplace as sender, even without a marker line above it."""
    facts = read_notice(_FORWARDED_TWICE)
    assert facts.received == dt.date(2026, 6, 9)
    assert facts.deadline == dt.date(2026, 6, 16)


_REPLY = """From: Etsy Legal <legal@etsy.com>
Date: May 20, 2026
Subject: Re: your listing was removed

Hello,

Thank you for your message. We have reviewed it, but the listing stays removed and we are
not able to restore it. The rights owner's report remains valid under our policy, and we
will not act further on this matter.

Etsy Legal

On {day}, Etsy Legal <legal@etsy.com> wrote:
> Hello,
>
> We removed one of your listings after a report of intellectual property infringement
> from a rights owner. If you believe this is a mistake, file a counter notice within 14
> days of this email.
"""


def test_the_time_an_earlier_message_allowed_runs_from_the_day_it_was_sent() -> None:
    """A time allowed in the marketplace's earlier message, quoted under its reply, counts
    from that message's day: gone before the reply came, it sets no deadline."""
    gone = read_notice(_REPLY.format(day="May 2, 2026"))
    assert gone.received == dt.date(2026, 5, 20)
    assert gone.deadline is None
    running = read_notice(_REPLY.format(day="May 12, 2026"))
    assert running.deadline == dt.date(2026, 5, 26)


def test_a_reply_that_quotes_the_sellers_message_keeps_its_own_time() -> None:
    notice = (
        "Subject: Your plan was not accepted\nDate: June 3, 2026\n\n"
        "We reviewed the plan you sent for your refund rate. In your message of May 28, 2026,\n"
        "you wrote:\n\n"
        '  > "Refunds went up because the courier lost parcels. We changed courier."\n\n'
        "This does not explain why buyers asked for refunds on items that did arrive. Please\n"
        "send a revised plan within 10 days of this message.\n\nWalmart Seller Performance\n"
    )
    assert read_notice(notice).deadline == dt.date(2026, 6, 13)


def test_a_list_a_reply_asks_for_names_no_reason() -> None:
    notice = (
        "Amazon.com\n\nYour appeal is denied: the invoice you sent did not establish that the\n"
        "units you sold are genuine.\n\n"
        "If you would like us to review this again, reply to this case with:\n"
        "- supplier invoices covering 365 days, with quantities that match your sales volume;\n"
        "- a letter of authorization from the brand owner.\n"
    )
    assert read_notice(notice).reasons == ["amazon.inauthentic"]


def test_a_notice_saved_as_markdown_is_read_as_its_words() -> None:
    """Bold marks and links of a notice turned into Markdown: "**7 days**" is "7 days", and a
    link is its text (its address names a help page)."""
    notice = (
        "**From:** Amazon.co.uk Seller Performance\n**Sent:** 4 March 2026 10:12\n\n"
        "We removed your listing **B0TESTBB22** after a rights owner reported that it uses their\n"
        "registered trademark without permission. Within **7 days** of this message, send us a\n"
        "letter of authorization. See our [Intellectual Property Policy]"
        "(https://sellercentral.amazon.co.uk/help/G201361070).\n"
    )
    facts = read_notice(notice)
    assert facts.deadline == dt.date(2026, 3, 11)
    assert facts.asins == ["B0TESTBB22"]


def test_a_page_that_writes_one_date_day_first_writes_them_all_so() -> None:
    page = (
        "Account Health   Data updated: 04/05/2026\n\n"
        "ACTION REQUIRED: a rights owner reported your product for trademark use. Upload an\n"
        "authorization letter from the brand owner before 15 May 2026.\n\n"
        "Violation record\n Active  | 02/05/2026 | Intellectual property - trademark\n"
        " Expired | 19/01/2026 | Late dispatch warning\n"
        "TikTok Shop\n"
    )
    facts = read_notice(page)
    assert facts.received == dt.date(2026, 5, 4)
    assert facts.deadline == dt.date(2026, 5, 15)


def test_an_agencys_bracketed_note_sets_no_deadline() -> None:
    notice = (
        "TikTok Shop Seller Center message - 3 Sep 2026\n\n"
        "Buyers returned several items saying they were significantly not as described. Within\n"
        "5 days of this message, please upload photos of the products you now ship.\n"
        "[DESK internal target: photos to us by 2026-09-05 so we can check them]\n\n"
        "TikTok Shop Seller Support\n"
    )
    assert read_notice(notice).deadline == dt.date(2026, 9, 8)


def test_only_so_much_of_a_rate_that_should_be_high_falls_short() -> None:
    """A value said to be "only" so much, where more is better, misses its standard in the
    notice's own words, whatever the metric's usual standard."""
    notice = (
        "Etsy\n\nTwo things have slipped in your shop lately.\n\n"
        "Shipping on time. Only 82% of your orders in the last three months were shipped by the\n"
        "date you promised, with tracking.\n"
    )
    assert "etsy.on_time_shipping" in read_notice(notice).reasons


def test_a_variation_of_things_that_are_not_the_same_product_breaks_the_variation_rules() -> None:
    notice = (
        "Amazon.co.uk\n\nThe parent listing B0TESTCC33 groups items that are not the same product\n"
        "in another size or colour, so we have suppressed the parent until it is fixed.\n"
    )
    assert read_notice(notice).reasons == ["amazon.variation_policy"]
