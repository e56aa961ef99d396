"""Issue 16's held-out notices: a set written by people who never saw the reader, measured once
when it was finished and again after each round, never tuned on.

No one who changes the reader opens this file or the set's folder: its docstrings say what the
set holds and where the reader fails on it, which is what tuning must not see.
"""

from __future__ import annotations

from tests.notice_eval import UNSEEN_39, deadlines_exact, deadlines_right, evaluate


def test_the_held_out_set() -> None:
    """Issue 16's thirty-ninth set: 45 notices (30 English, six from each marketplace, about half
    pasted as sent and the rest forwarded by a colleague under "FYI - see below", copied from a
    phone's notification list with each line cut short before the full message, kept as a
    spreadsheet's rows with the seller's own notes column, followed by the seller's earlier
    appeal and the answer to it, inside a support chat's transcript, or with a policy's general
    text and a list of other policies; 15 from Amazon's de, fr, it, es and ja sites) by three
    writers who never saw the reader, written after 978d349 and measured once at it: reasons 52
    right, 7 extra, 4 missed (0.88 / 0.93: reasons a notice names beside the cited ones read as
    cited (a response rate, a case-closing rate, VeRO, not as described, a return rate, message
    response); restricted products beside product safety, counterfeit read as IP, German product
    safety and Japanese on-time delivery missed); ids 75 right, 6 false, 5 missed (0.93 / 0.94:
    a spreadsheet's purchase orders lost; orders in other notifications, in the seller's appeal,
    in a chat, a spare ASIN in the seller's notes); deadlines right 40 of 45. Unchanged after
    the thirty-eighth set's second pass (5a1cd87). The floors are those figures; they may only
    rise."""
    reasons, ids, _ = evaluate(UNSEEN_39)
    assert reasons.true_positive >= 52 and reasons.false_positive <= 7, reasons.errors
    assert reasons.false_negative <= 4, reasons.errors
    assert ids.true_positive >= 75 and ids.false_positive <= 6, ids.errors
    assert ids.false_negative <= 5, ids.errors
    right, total = deadlines_right(UNSEEN_39)
    assert total == 45 and right >= 40
    assert deadlines_exact(UNSEEN_39)[0] >= 40
