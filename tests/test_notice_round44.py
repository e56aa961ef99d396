"""Issue 16, the forty-third set: ids, deadlines and reasons in layouts the reader had not met.

An order export pasted under the notice is a table whose header row names its columns, commas
between its cells: the cells of its order column are order ids, those of its tracking or
listing columns are not."""

from __future__ import annotations

import pytest

from poa.notice import read_notice


def test_an_order_export_pasted_under_an_etsy_notice_gives_its_order_column() -> None:
    text = (
        "From: Etsy <no-reply@mail.etsy.com>\nDate: March 2, 2026\n\n"
        "Hi Sam,\n\nSome recent buyers waited well past the estimated delivery date.\n\n"
        "Here are the orders (copied from the shop's orders page):\n\n"
        "Placed,Receipt Number,Customer,Listing Number,Tracking Code,Stars\n"
        '02/01/2026,4100223344,"Lee, A.",1455667788,9400111899561234567890,1\n'
        "02/03/2026,4100556677,Kim B.,1455667789,,2\n"
    )
    assert read_notice(text).order_ids == ["4100223344", "4100556677"]


def test_a_comma_separated_list_of_orders_in_a_sentence_is_no_export() -> None:
    text = (
        "From: Etsy\nDate: March 2, 2026\n\nThe orders 4100223344, 4100556677 and "
        "4100556678 shipped late, and listing 1455667788 shows a wrong dispatch time.\n"
    )
    assert read_notice(text).order_ids == ["4100223344", "4100556677", "4100556678"]


def test_a_time_allowed_from_this_decision_counts_from_the_decisions_own_date() -> None:
    """A decision quoted in a seller's post is dated on its own line; the post came later."""
    text = (
        "Seller forum - Appeals\n\nAppeal turned down, any ideas?\nposted by shopkeeper_jo · "
        "12 Sep 2026\n\nHere is what they sent:\n\n"
        "Appeal outcome: Declined\nDecision date: 10 September 2026\n\n"
        "Hello,\n\nWe reviewed your appeal about the removal of your listing under our "
        "Counterfeit Goods Policy. The documents did not show the items are authentic.\n\n"
        "You may submit a new appeal within 14 days of this decision.\n\nTikTok Shop\n"
    )
    facts = read_notice(text)
    assert str(facts.deadline) == "2026-09-24", facts.deadline_basis


def test_a_stamp_east_of_greenwich_reads_its_numeric_dates_day_first() -> None:
    text = (
        "TikTok Shop Seller Center\nSent: 04/09/2026 09:30 (GMT+2)\n\n"
        "Dear Seller,\n\nYour Late Dispatch Rate is 7.5%, above the 4% standard. Please submit "
        "an improvement plan within 3 days of this message.\n"
    )
    facts = read_notice(text)
    assert str(facts.received) == "2026-09-04"
    assert str(facts.deadline) == "2026-09-07"


def test_a_stamp_west_of_greenwich_keeps_month_first() -> None:
    text = (
        "TikTok Shop Seller Center\nSent: 04/09/2026 09:30 (UTC-5)\n\n"
        "Dear Seller,\n\nYour Late Dispatch Rate is 7.5%, above the 4% standard. Please submit "
        "an improvement plan within 3 days of this message.\n"
    )
    assert str(read_notice(text).received) == "2026-04-09"


def test_an_export_row_is_split_into_cells_once_however_many_ids_it_holds(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Each id of a row asks which column it stands in; the row's cells are found once, not
    once per id (a long row of many ids would take a pass over the row for each)."""
    from poa.notice import ids, sheet

    calls: list[str] = []

    def counted(line: str) -> list[int]:
        calls.append(line)
        return sheet.cell_starts(line)

    monkeypatch.setattr(ids, "cell_starts", counted)
    orders = [str(4100223300 + k) for k in range(30)]
    text = (
        "From: Etsy\nDate: March 2, 2026\n\nThese orders shipped late:\n\n"
        + ",".join(["Receipt"] * 30 + ["Stars"])
        + "\n"
        + ",".join([*orders, "5"])
        + "\n"
    )
    assert ids.order_ids(text, "etsy") == orders
    assert len(calls) == 1
