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
