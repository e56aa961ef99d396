"""The parts of an appeal decision that decides each matter apart.

A decision on an appeal about several matters is often laid out as one paragraph per matter,
each headed by the matter and its outcome::

    Return Rate - appeal approved.
    We confirmed that the returns ... We have removed this issue from your account.

    Negative Feedback Rate - appeal denied.
    Your Negative Feedback Rate for the review period was 5.8% ...

The matter whose appeal was accepted is off the seller's record: the notice cites only the
matters whose appeal was refused. A paragraph counts as an accepted part only when another
paragraph of the same notice is headed by a refusal, so a notice that accepts a whole appeal
(and goes on to name the reason it was about) is not read as citing nothing. The heading of
a part refused names the matter its paragraph goes on to explain ("Product safety (ASIN ...):
NOT ACCEPTED" over "A customer report says the buckle failed"): the reader takes the two
as one sentence.
"""

from __future__ import annotations

from poa import linear

OUTCOME_WORDS = 6
"""The most words of a part's outcome, after its matter: more are a sentence, not an outcome."""
MAX_PARTS = 40
"""Paragraphs read for parts: a decision has a few; past this a text is not one."""

_ACCEPTED = (
    r"\b(?:accepted|approved|granted|successful|we agree|agreed|reversed|overturned|"
    r"removed|withdrawn|cleared)\b"
)
"""Outcome words of a part decided for the seller ("Appeal APPROVED", "Messages - we agree")."""
_REFUSED = (
    r"\b(?:not|no longer|never|cannot|can't|can\x{2019}t|unable to|won't)\b|"
    r"\b(?:rejected|denied|declined|refused|unsuccessful|upheld|maintained|remains?|stands)\b"
)
"""Words of a part decided against the seller ("Appeal REJECTED", "NOT ACCEPTED", "we can't
reverse this part"), or that negate an outcome word beside them."""
_SEPARATOR = r"[ \t][-\x{2013}\x{2014}|][ \t]|:"
"""What stands between a part's matter and its outcome: a dash, a bar or a colon."""
_PARAGRAPH_BREAK = r"\n[ \t]*\n"


def _heading(paragraph: str) -> str:
    """The heading of a paragraph: its first line, and the next one when the first ends in a
    colon or a dash ("Part 2 - Product safety (...):" over "NOT ACCEPTED")."""
    lines = paragraph.strip("\n").split("\n")
    head = lines[0]
    if len(lines) > 1 and head.rstrip().endswith((":", "-")):
        head = f"{head} {lines[1]}"
    return head


def accepted_parts(lower: str) -> list[tuple[int, int]]:
    """Where the paragraphs stand (first and past-last character of ``lower``, a notice in
    lower case) whose heading says their matter's appeal was accepted, when another paragraph
    is headed by a refusal; empty otherwise."""
    return decision_parts(lower)[0]


def decision_parts(lower: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The parts of a decision in parts (``lower``: a notice in lower case): where the
    paragraphs accepted stand (:func:`accepted_parts`), and where the headings of the parts
    refused stand (first and past-last character), whose matter the paragraph under each
    goes on to explain. Both empty when the notice is no decision in parts."""
    accepted: list[tuple[int, int]] = []
    refused: list[tuple[int, int]] = []
    if linear.search(_ACCEPTED, lower) is None:
        return accepted, refused  # nothing accepted anywhere: no part to drop
    start = 0
    breaks = [m.end() for m in linear.finditer(_PARAGRAPH_BREAK, lower)]
    for end in [*breaks, len(lower)][:MAX_PARTS]:
        heading = _heading(lower[start:end])
        pieces = linear.split(_SEPARATOR, heading)
        head = pieces[-1]  # the outcome, after the matter: "Return Rate - appeal approved"
        if len(pieces) > 1 and pieces[0].strip() and len(head.split()) <= OUTCOME_WORDS:
            said = linear.search(_ACCEPTED, head) is not None
            against = linear.search(_REFUSED, head) is not None
            if said and not against:
                accepted.append((start, end))
            elif against and _decided(head):
                at = start + len(lower[start:end]) - len(lower[start:end].lstrip("\n"))
                refused.append((at, at + len(heading)))
        start = end
    if not (accepted and refused):
        return [], []
    return accepted, refused


def _decided(head: str) -> bool:
    """Whether a heading gives an outcome at all: a refusal word on its own ("Appeal
    REJECTED"), or a negation with an outcome word or a verb of deciding ("NOT ACCEPTED",
    "we can't reverse this part")."""
    refusal = r"\b(?:rejected|denied|declined|refused|unsuccessful)\b"
    outcome = r"\b(?:accept|approv|grant|revers|overturn|remov|agree)\w*"
    return linear.search(f"{refusal}|{outcome}", head) is not None
