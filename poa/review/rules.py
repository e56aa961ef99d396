"""The sentence rules: what a marketplace reviewer rejects in the wording of a plan.

Each rule is a set of patterns over one sentence (``sentence_rule``); the tone rules are read in
every part, the part rules in their own. This module runs them all over a text, reading a point
whole so that what happens next to the things a done action acted on is not taken for a new
plan. Sources are keys of the project's domain research (§2.2).
"""

from __future__ import annotations

from collections.abc import Iterable

from poa import linear
from poa.review.language import sentences, unquoted
from poa.review.part_rules import PART_RULES
from poa.review.sentence_rule import ANY, FIX, UNSORTED, SentenceRule
from poa.review.specifics import done
from poa.review.tone_rules import TONE_RULES

SENTENCE_RULES: tuple[SentenceRule, ...] = TONE_RULES + PART_RULES

_FOLLOW_THROUGH = linear.compile(r"^([^.;]{0,200}?)\b(?:will|shall) (?:then )?be\b", linear.I)
_OUR_OWN = linear.compile(r"^(?:we|i|our|my|the team)\b", linear.I)
_WE = frozenset({"we", "i", "us", "me"})


def _follow_through(sentence: str) -> bool:
    """'The units will be destroyed once received', '38 units at the warehouse (removal RM-4)
    are held and will be returned': what happens next to what a done action acted on, not a
    new plan. The things are the subject, however long their name; "we" before the "will"
    makes it our own plan ("the refund we owe will be paid")."""
    found = _FOLLOW_THROUGH.search(sentence)
    if found is None or _OUR_OWN.match(sentence):
        return False
    words = {w.strip("(),:'\"").lower() for w in found.group(1).split()}
    return not words & _WE


_NAMED_WILL = linear.compile(r"\bWill( [A-Z](?:[a-z]|\.))")
"""'(IT - Will Brennan)': "Will" in capitals before a capitalised word is a person's first
name (before a surname or an initial), not the future tense; it is read as a name."""


_READER_WILL = linear.compile(r"\byou(?: will|'ll)( (?:find|see|note|notice)\b)", linear.I)
"""'You will find attached the invoices', 'you'll see in the log': the reader pointed to the
evidence, not an action still to be done; it is read as "you can"."""


def sentence_hits(text: str, kind: str) -> Iterable[tuple[SentenceRule, str, str]]:
    """(rule, sentence, trigger) for every sentence of ``text`` that breaks a rule.

    A point is read whole: after a sentence that reports a done action, a sentence on what
    will then happen to the things it acted on is that action's follow-through (C1 is not
    about it)."""
    done_before = False
    for sentence in sentences(text):
        plain = _NAMED_WILL.sub(lambda m: "Person" + m.group(1), unquoted(sentence))
        plain = _READER_WILL.sub(lambda m: "you can" + m.group(1), plain)
        follow_through = done_before and _follow_through(plain)
        for rule in SENTENCE_RULES:
            if rule.id == "C1" and follow_through:
                continue
            if ANY in rule.kinds or kind in rule.kinds or kind == UNSORTED:
                trigger = rule.match(plain, quoted_removed=True)
                if trigger is not None:
                    yield rule, sentence, trigger
        if not done_before and kind in (FIX, UNSORTED):  # only C1 asks, only among fixes
            done_before = done(plain)


RULES_BY_ID = {rule.id: rule for rule in SENTENCE_RULES}


def objections(text: str, kind: str) -> list[str]:
    """What a reviewer would object to in one answer: '<rule>: <message> <fix>' per problem."""
    seen: set[str] = set()
    found: list[str] = []
    for rule, _sentence, trigger in sentence_hits(text, kind):
        if rule.id not in seen:
            seen.add(rule.id)
            found.append(f"{rule.id} ('{trigger}'): {rule.message} {rule.fix}")
    return found
