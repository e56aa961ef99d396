"""Who runs a preventive measure: a role named as its owner, or a person by name doing the
check; not a headcount."""

from __future__ import annotations

from poa import linear

_OWNER = linear.compile(
    r"\b(manager|lead|leader|owner|officer|supervisor|coordinator|director|head of|team|staff|"
    r"clerk|specialist|assistant|founder|ceo|coo|responsible|accountable|administrator|"
    r"associate|agent|department|packers?|buyer|controller|analyst)\b",
    linear.I,
)
_HEADCOUNT = linear.compile(r"\b(enough|extra|more|additional|temporary|seasonal)\s+$", linear.I)
"""Words that count people ("enough staff", "extra packers"): how many work, not who owns."""

_PERSON = linear.compile(
    r"\b([A-Z][a-z]+)( [A-Z][a-z]+)?(?: \([^()\n]{1,30}\))? (now |also |personally )?"
    r"(checks|re-?checks|reviews|runs|answers|owns|covers|approves|confirms|signs|monitors|"
    r"audits|inspects|tests|counts|packs|prints|updates|handles|places|ticks|replies|pulls|"
    r"reads|logs|compares|verifies|manages|sorts|looks|goes through)\b"
)
"""A person by name as the one who does the check ("Kai checks the messages every weekday",
"Mr. Lu places the order", "Jo Bell (CS) owns the inbox"): the owner, named more exactly than
by a role. Case matters: a name is capitalised and its verb is not."""
_BY_PERSON = linear.compile(
    r"\b(?:checked|re-?checked|reviewed|run|owned|approved|signed off|audited|inspected|tested|"
    r"monitored|verified|counted|handled|answered)\b[^.;\n]{0,40}? by ([A-Z][a-z]+)\b"
)
"""The same check told in the passive, its person after "by" ("reviewed every Monday by Kai
Lee"); a day or a month after "by" is a deadline, not an owner."""
_DAYS_AND_MONTHS = (
    "monday tuesday wednesday thursday friday saturday sunday january february march april may "
    "june july august september october november december"
)
_CALENDAR = frozenset(_DAYS_AND_MONTHS.split())
_SELF = linear.compile(
    r"\bI (now |also |personally |myself )?(check|re-?check|review|run|answer|own|cover|approve|"
    r"confirm|sign|monitor|audit|inspect|test|count|pack|print|update|handle|place|tick|reply|"
    r"pull|read|log|compare|verify|manage|sort|look|go through)\b"
)
"""The writer as the one who does the check, in the present ("I review the sheet on the last
Sunday of each month"): in a shop one person runs, its owner, who signs the plan. A promise
("I will be more careful") is no check. Case matters: "I" is capitalised."""
_NOT_A_PERSON = frozenset(
    [
        "amazon",
        "walmart",
        "ebay",
        "etsy",
        "tiktok",
        "each",
        "every",
        "everyone",
        "nobody",
        "someone",
        "it",
        "this",
        "that",
        "who",
        "which",
        "software",
        "system",
        "the",
    ]
)
"""Capitalised words before such a verb that name no person: a marketplace, a pronoun, a
determiner opening a sentence ("Each checks ..."), the software that runs a rule."""


def names_an_owner(text: str) -> bool:
    """Whether the measures in ``text`` name who runs them: a role ("the shipping lead", "our
    returns team"), a person by name doing the check ("Kai checks the messages") or the writer
    doing it ("I review the sheet every month"). People
    counted as a resource ("make sure we have enough staff", "more packers at peak") are
    capacity, and own nothing a reviewer could hold to account; a name that only promises
    ("Ms. Hale promises to follow the rules") runs nothing.

    >>> names_an_owner("The warehouse lead checks the queue every day.")
    True
    >>> names_an_owner("Every weekday Kai checks the messages at 10:00.")
    True
    >>> names_an_owner("I review the whole sheet on the last Sunday of each month.")
    True
    >>> names_an_owner("I will be more careful with every listing.")
    False
    >>> names_an_owner("We will make sure we have enough staff for every campaign.")
    False
    >>> names_an_owner("Ms. Hale promises to follow every rule from now on.")
    False
    """
    if any(
        not _HEADCOUNT.search(text[max(0, found.start() - 30) : found.start()])
        for found in _OWNER.finditer(text)
    ):
        return True
    if _SELF.search(text):
        return True
    if any(found.group(1).lower() not in _NOT_A_PERSON for found in _PERSON.finditer(text)):
        return True
    return any(
        found.group(1).lower() not in _NOT_A_PERSON | _CALENDAR
        for found in _BY_PERSON.finditer(text)
    )
