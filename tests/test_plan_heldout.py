"""Issue 12's held-out plans: a round written by people who never saw the reader, measured once
when it was finished and again after each round, never tuned on.

No one who changes the reader opens this file or the round's folder: its docstrings say what the
round holds and where the reader fails on it, which is what tuning must not see.
"""

from __future__ import annotations

from tests import plan_eval


def test_held_out_corpus() -> None:
    """The forty-sixth held-out set: 24 plans by three writers who never saw the code (each
    sentence of the notice quoted and answered, a PIP as a weekly checklist table, grey
    "(enter ASIN here)" prompts and empty cells, playful part titles, bold questions as parts,
    a weak plan blaming the carrier under proper headings, an agency's cover letter with the
    plan as an attachment, "Step 1 -" sections, a plan of two-level bullets, #FIELD# and
    *field* markers, coloured banners above parts, three metrics in a paragraph each, a text
    converted from a PDF with hard line breaks and hyphenated words, labels ending in a colon
    on the text's line, a second issue pointing back to the first, "e.g." lines to replace, a
    before/after metrics table, Word's automatic numbering), written after 2d8ac51 and
    measured once at that commit: structure 12/14 (a PIP whose fixes and prevention are a
    weekly checklist table; a letter with no headings), slots 66/75 (#FIELD# and *field*
    markers, "[Report #]"), 6 of 6 unfilled plans flagged and not ready, no false slot,
    Spearman 0.83, a strong plan (the checklist PIP, at 62) below a weak one. The floors are
    those figures; they may only rise."""
    graded = plan_eval.grade_all(plan_eval.HELD_OUT)
    fig = plan_eval.figures(graded)
    assert fig.plans >= 24
    assert fig.structure_ok >= 12, fig.structure_misses
    assert fig.placeholders_found >= 66, fig.placeholder_misses
    assert fig.unfilled_flagged == fig.unfilled_total >= 6 and not fig.ready_unfilled
    assert not fig.false_placeholders, fig.false_placeholders
    assert fig.spearman >= 0.8307  # 0.83077 at its first look (2d8ac51)
