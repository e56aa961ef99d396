"""What makes a sentence specific enough to clear a sentence rule.

A vague cause, a future tense or a promise is forgiven when the same sentence also names a
process with a figure, reports an action already done, or commits to a routine that runs. These
tests are shared by the rule tables and by the plan reader, which asks the same questions of
whole parts.
"""

from __future__ import annotations

from poa import linear
from poa.review.language import has_figure
from poa.review.measures import names_an_owner

_PROCESS = linear.compile(
    r"\b(process|procedure|step|check|checklist|job|sync|integration|setting|template|rota|"
    r"schedule|label|listing|supplier|invoice|inventory|stock|handling time|sku|asin|order|"
    r"upload|column|csv|file|feed|field|spreadsheet|update|import|export|script|"
    r"carrier|warehouse|packer|team|staff|software|token|rule|filter|report|review|sop|audit)s?\b",
    linear.I,
)
_MECHANISM = linear.compile(
    r"\b(daily|weekly|monthly|quarterly|every (day|week|month|morning|shift|monday|friday)|"
    r"automated|automatic(ally)?|checklist|sop|procedure|software|audit|report|alert|rule|"
    r"training|log|dashboard|sign-?off|approval|implemented|introduced|in place|since \d|"
    r"checks?|before (each|every|any|a|the)|each|every)\b",
    linear.I,
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?:\s?[–-]\s?\d{1,2}(?:st|nd|rd|th)?)?"
"""A day of the month, or a range of days ("5-6", with any dash)."""
_DONE = linear.compile(
    r"\b(have|has|had|'ve)\s+(\w+ly\s+)?(been\s+)?\w+(ed|en|ne|nt|lt|ld|de|ck|ght|pt|un|id|ut|ot)\b"
    r"|\b(we|i|they|the team|our [a-z ]{1,30}?)\s+(\w+ly\s+)?"
    r"(\w+ed|sent|made|took|built|set|put|wrote|began|ran|paid|gave|told|found|bought|sold|"
    r"held|did|got|kept|cut|split|shut|brought|met|spoke|left|chose|drew|rebuilt|withdrew|"
    r"sought)\b"
    r"|\b(was|were)\s+(\w+ly\s+)?\w+(ed|en|ne|nt|lt|ld|de|ck|ght|pt|un|id|ut|ot)\b"
    # a point that opens with its date or a done verb, after its number if it has one
    r"|^[\s*_•>-]{0,8}(?:\d{1,3}(?:\.\d{1,3}){0,2}[.)]?\s+)?[*_]{0,2}"
    r"(?:(on|by|between|from) \d|\w+ed\b"
    r"|\d{1,2}(st|nd|rd|th)?[ -](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*[ -]\d{2,4}"
    r"|\d{4}-\d{2}-\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2},? \d{4}"
    # "March 6: closed …", "5-6 Mar - identified …": its date with no year, then a done verb
    r"|(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? "
    + _DAY
    + r"|"
    + _DAY
    + r" (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?)"
    r"[*_]{0,2}\s{0,3}[:–—-]?[*_]{0,2}\s{1,3}\w+ed\b)",
    linear.I,
)


def specific_process(text: str) -> bool:
    """Whether ``text`` names a process with a figure, in a dozen words or more."""
    return has_figure(text) and bool(_PROCESS.search(text)) and len(text.split()) >= 12


_EFFORT = linear.compile(
    r"^ (possible |reasonable |conceivable |single )?(efforts?|attempts?|precautions?)\b", linear.I
)
"""'every effort', 'each and every precaution': a quantity of effort, not of occasions."""


def routine(pattern: linear.Pattern, text: str) -> bool:
    """Whether ``pattern`` finds a routine in ``text``, where "each" and "every" count only
    when they quantify occasions or things ("every order", "each Monday"), not effort ("make
    every effort", which promises and schedules nothing)."""
    for found in pattern.finditer(text):
        word = found.group(0).lower()
        if word in ("each", "every") and _EFFORT.match(text[found.end() : found.end() + 40]):
            continue
        return True
    return False


def _mechanism(text: str) -> bool:
    return routine(_MECHANISM, text)


HEDGED = r"\b(will|'ll|shall|going to|gonna)( also| then)? try (to|and)\b"
"""A measure promised as an attempt: "we will try to check the orders every day"."""
TENTATIVE = (
    r"^\W{0,4}(?:(?:we|i)(?: will| shall|'ll| are going to| plan to| may| might| could)? )?"
    r"(?:look into|consider|explore|think about)\b"
    r"|\b(?:make|making) (?:any )?(?:improvements?|changes?|adjustments?) "
    r"(?:where|as|if|when) (?:needed|necessary|required)\b"
)
"""A measure left to a later judgment: "Look into a stock app", "We will consider a second
courier", "make improvements where needed" name something to weigh up, not a control ("made
changes where needed" is a fix told, if vaguely)."""
_HEDGE = linear.compile(HEDGED + "|" + TENTATIVE, linear.I)


_DEGREE = linear.compile(
    r"\bmore (closely|carefully|strictly|thoroughly|attentively|rigorously|diligently|"
    r"seriously|often|frequently|regularly)\b|\bcloser (eye|look|watch)\b",
    linear.I,
)
"""More of the same watching, by a degree nobody can measure ("monitor our orders more
closely", "check stock more often")."""
_CONCRETE = linear.compile(
    r"\b(automated|automatic(ally)?|checklist|sop|procedure|software|audit|report|alert|rule|"
    r"training|log|dashboard|sign-?off|approval|implemented|introduced|in place|since \d|"
    r"view|queue|spreadsheet|sheet|tool|target|threshold|limit)s?\b"
    r"|\b\d{1,2}(:\d\d)? ?(am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b",
    linear.I,
)
"""What makes a schedule a control: a thing that runs or is looked at (a report, a queue, a
checklist), a set hour, a target, a start that has happened."""


def committed_mechanism(text: str) -> bool:
    """A routine that clears a promise, unless the sentence only promises to try it: "we will
    try to check the orders every day" names a cadence and commits to none. A promise of
    more of the same watching ("we will monitor our orders more closely every day") is not
    made a control by a frequency alone: it needs what runs or is looked at, an hour, a
    target or an owner ("the shipping lead checks the unshipped-orders view at 14:00")."""
    if _HEDGE.search(text) or not _mechanism(text):
        return False
    if _DEGREE.search(text):
        return bool(_CONCRETE.search(text)) or names_an_owner(text)
    return True


_NONE_WILL = linear.compile(
    r"^(none|nothing|neither|no (one|unit|item|order|listing|product|parcel)s?)\b[^.]{0,40}?"
    r"\b(will|shall)\b",
    linear.I,
)


def done(text: str) -> bool:
    # "None will be sold as new": a state the fix leaves, like "they will not be sold".
    return bool(_DONE.search(text) or _NONE_WILL.search(text))
