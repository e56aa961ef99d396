"""Whether a document's quoted lines ("> …") are a message it answers, point by point.

A seller answering a notice often quotes it a paragraph at a time and writes the answer under
each: "> Your account is at risk of deactivation." then "> Explain the actions you have taken
…". The requests in such a quote are the marketplace's voice, no order to the writer left from a
template. A template quotes its notes to the writer the same way ("> Describe what failed."),
but its quotes only ever instruct: they never tell the seller what happened to them. So the
quotes are a message when one of them is a statement made to or about the seller: a sentence
that speaks to "you" or as "we" and opens with no order and no label.
"""

from __future__ import annotations

from functools import lru_cache

from poa import linear
from poa.review.residue_words import FIRST_PERSON, IMPERATIVES, SECOND_PERSON

_QUOTED_LINE = linear.compile(r"(?m)^[ \t]{0,3}>[ \t]{1,3}([A-Z][^\n]{0,400})$")
"""A line of a Markdown quote, its text opening with a capital (a sentence's start)."""
_WORDS = linear.compile(r"[A-Za-z'’]+")
_LABEL_WORDS = 4
"""Words before a colon that make a quoted line a label's ("Agency note: …")."""
_SENTENCE_WORDS = 4
"""Fewer words than this make a heading or a fragment, not a statement."""


@lru_cache(maxsize=4)
def answers_a_message(text: str) -> bool:
    """Whether ``text`` quotes a message to the seller (see module): a quoted line that is a
    statement to or about them, not an order or a note."""
    return ">" in text and any(_statement(m.group(1)) for m in _QUOTED_LINE.finditer(text))


def _statement(line: str) -> bool:
    """ "Your account is at risk.", "We received complaints about …": a sentence to the seller
    in a person's voice that gives no order and carries no label."""
    words = [w.lower() for w in _WORDS.findall(line)]
    if len(words) < _SENTENCE_WORDS or words[0] in IMPERATIVES or words[0] == "please":
        return False
    if ":" in " ".join(line.split()[:_LABEL_WORDS]):
        return False
    return bool((SECOND_PERSON | FIRST_PERSON) & set(words)) and line.rstrip().endswith(".")
