"""Issue 16's held-out notices: a set written by people who never saw the reader, measured once
when it was finished and again after each round, never tuned on.

No one who changes the reader opens this file or the set's folder: its docstrings say what the
set holds and where the reader fails on it, which is what tuning must not see.
"""

from __future__ import annotations

from tests.notice_eval import UNSEEN_37, deadlines_exact, deadlines_right, evaluate


def test_the_held_out_set() -> None:
    """Issue 16's thirty-seventh set: 45 notices (30 English, six from each marketplace, about
    half pasted as sent and the rest as a support ticket exported with its fields, an HTML
    e-mail whose layout tables became tabs and pipes, a seller's to-do list typed above the
    notice, a PDF turned to text with its headers and footers, the marketplace's phone app
    with its button labels, a short app notification before the full message; 15 from
    Amazon's de, fr, it, es and ja sites) by three writers who never saw the reader, written
    after 2d8ac51 and measured once at that commit: reasons 52 right, 4 extra, 3 missed (0.93
    / 0.95: a metric said to be fine read as cited on an Account Health page, a tracking rate
    beside a list of orders, VeRO read into a counterfeit removal, a TikTok late dispatch read
    as Etsy's, two Japanese notices with no reason found); ids 70 right, 3 false, 2 missed
    (0.96 / 0.97: ASINs the notice sets aside, a TikTok page's orders); deadlines right 45 of
    45. The floors are those figures; they may only rise."""
    reasons, ids, _ = evaluate(UNSEEN_37)
    assert reasons.true_positive >= 52 and reasons.false_positive <= 4, reasons.errors
    assert reasons.false_negative <= 3, reasons.errors
    assert ids.true_positive >= 70 and ids.false_positive <= 3, ids.errors
    assert ids.false_negative <= 2, ids.errors
    right, total = deadlines_right(UNSEEN_37)
    assert total == 45 and right >= 45
    assert deadlines_exact(UNSEEN_37)[0] >= 45
