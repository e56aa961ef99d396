"""Issue 16's held-out notices: a set written by people who never saw the reader, measured once
when it was finished and again after each round, never tuned on.

No one who changes the reader opens this file or the set's folder: its docstrings say what the
set holds and where the reader fails on it, which is what tuning must not see.
"""

from __future__ import annotations

from tests.notice_eval import UNSEEN_42, deadlines_exact, deadlines_right, evaluate


def test_the_held_out_set() -> None:
    """Issue 16's forty-second set: 45 notices (30 English, six from each marketplace, about
    half pasted as sent and the rest inside a thread of case messages newest first, saved from a
    PDF with its lines broken and page numbers between pages, under the seller's note in a
    spreadsheet, with ids in a table of id, product, date and status, quoted in a consultant's
    intake form, or exported with a timestamp and the sender's name on every line; 15 from
    Amazon's de, fr, it, es and ja sites) by three writers who never saw the reader, written
    after 456d152 and measured once at it: reasons 52 right, 10 extra, 3 missed (0.84 / 0.95:
    reasons a notice names beside the cited one, such as product safety beside restricted
    products, counterfeit beside IP, a return rate beside not-as-described, copyright and patent
    beside a French trademark notice; a second reason in a chat export, German authenticity in a
    thread, Japanese drop shipping missed); ids 78 right, 5 false, none missed (0.94 / 1.00: an
    item id, a TikTok product id, an order named only in the seller's message, an ASIN listed as
    not affected, the seller's own ASIN); deadlines right 40 of 45 (a thread's later message, a
    deadline given where none is stated). The same after the fortieth set's tuning (4d0ffba);
    after the forty-first's (fb39a6e) 53 right, 10 extra, 2 missed (Japanese drop shipping
    found), and the same after its second pass (0d3df9f). The floors are those figures; they
    may only rise."""
    reasons, ids, _ = evaluate(UNSEEN_42)
    assert reasons.true_positive >= 53 and reasons.false_positive <= 10, reasons.errors
    assert reasons.false_negative <= 2, reasons.errors
    assert ids.true_positive >= 78 and ids.false_positive <= 5, ids.errors
    assert ids.false_negative == 0, ids.errors
    right, total = deadlines_right(UNSEEN_42)
    assert total == 45 and right >= 40
    assert deadlines_exact(UNSEEN_42)[0] >= 40
