"""Issue 16's held-out notices: a set written by people who never saw the reader, measured once
when it was finished and again after each round, never tuned on.

No one who changes the reader opens this file or the set's folder: its docstrings say what the
set holds and where the reader fails on it, which is what tuning must not see.
"""

from __future__ import annotations

from tests.notice_eval import UNSEEN_40, deadlines_exact, deadlines_right, evaluate


def test_the_held_out_set() -> None:
    """Issue 16's fortieth set: 45 notices (30 English, six from each marketplace, about half
    pasted as sent and the rest as text recognised from a screenshot of the seller app with a
    few misread letters, pasted into a ticket with the seller's numbered questions between its
    paragraphs, an e-mail client's printout with its header block and a "Printed by" footer, an
    assistant's bullet-point summary before the full text, a reminder quoting the first notice,
    or a table of affected listings beside a table of items not affected; 15 from Amazon's de,
    fr, it, es and ja sites) by three writers who never saw the reader, written after 5a1cd87
    and measured once at 00ba933 (the same reader): reasons 50 right, 6 extra, 5 missed (0.89 /
    0.91: metrics a notice shows beside the cited ones, restricted products beside product
    safety, related accounts beside identity verification; a second metric in an assistant's
    summary, on-time shipping beside reviews, Spanish related accounts, Japanese on-time
    delivery and drop shipping missed); ids 76 right, 5 false, none missed (0.94 / 1.00: ids in
    a table of items not affected, an item number and an order in a printout); deadlines right
    43 of 45 (a reminder's own date, a ticket's). Unchanged after the thirty-ninth set's tuning.
    The floors are those figures; they may only rise."""
    reasons, ids, _ = evaluate(UNSEEN_40)
    assert reasons.true_positive >= 50 and reasons.false_positive <= 6, reasons.errors
    assert reasons.false_negative <= 5, reasons.errors
    assert ids.true_positive >= 76 and ids.false_positive <= 5, ids.errors
    assert ids.false_negative == 0, ids.errors
    right, total = deadlines_right(UNSEEN_40)
    assert total == 45 and right >= 43
    assert deadlines_exact(UNSEEN_40)[0] >= 43
