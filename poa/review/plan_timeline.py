"""Fixes told inside the cause, in an issue with no fixes of its own.

A timeline told as the cause: dated entries of what happened, with the seller's own fixes
among them ("April 19 - We brought in two temporary packers and cleared the backlog").
A plan that tells its story as a dated log, then says what it will do from now on, has its
fixes inside the log: the entries that report something the seller did. The entries that tell
what happened to the business (a sale, a backlog, a notice received) stay the cause.

A letter that tells what went wrong and then, in the same paragraph, what the writer did about
it ("… I removed the wrong wording and rewrote the descriptions. I also relisted them."): the
paragraph's last sentences that report things done are the fixes.
"""

from __future__ import annotations

from poa import linear
from poa.review import headings as hd
from poa.review.headings import FIX, PREVENT, ROOT
from poa.review.language import sentences
from poa.review.line_logs import STAMP
from poa.review.plan_content import content_part
from poa.review.plan_model import Assumption, Paragraph, Plan, PlanIssue

_EMPHASIS = linear.compile(r"^\s*(\*\*|__|\*|_)(.{1,60}?)(\*\*|__|\*|_)\s*[-–—:]?\s*")
"""A date in bold or italics that opens a log's entry ("**April 19, 2026** - ...")."""
_OWN_DEED = linear.compile(
    r"^(?:(?:we|i)\s+(?:\w+ly\s+)?)?"
    r"(\w+ed|sent|made|took|set|put|wrote|rewrote|ran|paid|gave|told|bought|held|cut|shut|"
    r"brought|met|spoke|chose|rebuilt|began|started)\b",
    linear.I,
)
"""An entry that opens with what the seller did: "Messaged the buyers ...", "We brought in
two packers ...", "Held a team meeting ..."."""
_PAST_VERB = linear.compile(
    r"\b(\w+ed|sent|made|took|set|put|wrote|rewrote|ran|paid|gave|told|bought|held|cut|shut|"
    r"brought|met|spoke|chose|rebuilt|began|started)\b",
    linear.I,
)
"""A verb of a thing done anywhere in an entry's first sentence: "Full refunds issued on all 19
cases", "Case handling moved to the new hire"."""
_HAPPENED_TO_US = frozenset(
    {"received", "noticed", "learned", "realised", "realized", "discovered", "saw", "got"}
)
"""Verbs of something arriving or being found out ("Received the restriction notice"): an
event of the story, not a fix."""
_MIN_ENTRIES = 3
_CAUSE_NAMED = 2.5
"""How clearly an entry's words must name the cause to be the one that tells it."""
_WRITER_FIRST = linear.compile(r"^(?:(?:then|also|so|and|next|finally),?\s+)?(?:i|we)\b", linear.I)
"""A sentence whose subject is the writer ("I removed …", "Then we rewrote …"): a thing done
about the problem. A deed in a clause of the story ("The system showed them late even though
I shipped them") is the cause's telling, not a fix."""
_MIN_DEEDS = 2
"""Sentences reporting things done that make a cause's last paragraph end in fixes: one may be
the cause's own story ("I removed the old listing and posted a new one")."""


def _after_date(text: str) -> str | None:
    """The entry's words after the date that opens it, or None when no date opens it."""
    emphasised = _EMPHASIS.match(text)
    if emphasised is not None:
        date, rest = emphasised.group(2), text[emphasised.end() :]
        stamp = STAMP.match(date)
        return rest.strip() if stamp is not None and stamp.end() >= len(date.strip()) else None
    stamp = STAMP.match(text)
    if stamp is None:
        return None
    rest = text[stamp.end() :].lstrip(" -–—:")
    return rest if len(rest.split()) >= 3 else None


def _own_deed(entry: str) -> bool:
    found = _OWN_DEED.match(entry)
    return found is not None and found.group(1).lower() not in _HAPPENED_TO_US


def _deed_told(entry: str) -> bool:
    """Whether the entry's first sentence reports a thing done, however it is worded: after the
    cause is told, the log goes on with what was done about it, often without saying who."""
    first = sentences(entry)[:1]
    verbs = _PAST_VERB.findall(first[0]) if first else []
    return any(verb.lower() not in _HAPPENED_TO_US for verb in verbs)


def _names_cause(entry: str) -> bool:
    """Whether the entry says what the cause was, in words that name it ("The cause, as we
    see it: …", "Root cause: …"), the turn of the log from what happened to what was done."""
    return hd.part_scores(entry)[0][ROOT] >= _CAUSE_NAMED


def fixes_from_timeline(plan: Plan, issue: PlanIssue) -> None:
    """In an issue with a cause and no fixes, a cause told as a dated log of at least three
    entries (the log's entries read as background around it included; an entry is a point or a
    paragraph that opens with its date): the entries that report what the seller did are its
    fixes, and so are those after the entry that names the cause that report a thing done,
    whoever did it ("Full refunds issued"); the rest of the log is the cause."""
    if FIX in issue.sections or ROOT not in issue.sections:
        return
    dated = {id(p) for p in issue.sections[ROOT] if _after_date(p.text)}
    if not dated:
        return
    later = [p.line for kind, ps in issue.sections.items() if kind != ROOT for p in ps]
    end = min(later, default=10**9)
    first = min(p.line for p in issue.sections[ROOT] if id(p) in dated)
    pools = [plan.context, issue.intro, plan.intro]
    around = [
        p
        for pool in pools
        for p in pool
        if first < p.line < end and _after_date(p.text) is not None
    ]
    entries = sorted(
        [p for p in issue.sections[ROOT] if id(p) in dated] + around, key=lambda p: p.line
    )
    if len(entries) < _MIN_ENTRIES:
        return
    told = max((p.line for p in entries if _names_cause(p.text)), default=10**9)
    fixes = [
        p
        for p in entries
        if _own_deed(_after_date(p.text) or "")
        or (p.line > told and _deed_told(_after_date(p.text) or ""))
    ]
    story = [p for p in issue.sections[ROOT] if p not in fixes]
    story += [p for p in around if p not in fixes]
    if not fixes or not story:
        return
    for pool in pools:
        pool[:] = [p for p in pool if p not in around]
    issue.sections[ROOT] = sorted(story, key=lambda p: p.line)
    issue.sections[FIX] = fixes
    issue.order.insert(issue.order.index(ROOT) + 1, FIX)
    plan.assumptions.append(
        Assumption(
            fixes[0].line,
            issue.title,
            FIX,
            "the cause is told as a dated log, and these entries report what you did",
        )
    )


def fixes_told_in_cause(plan: Plan, issue: PlanIssue) -> None:
    """In an issue with a cause and no fixes, a cause whose last paragraph, after sentences
    that tell the cause, goes on from its first sentence in which the writer reports a one-off
    thing done (``_WRITER_FIRST``) with more such sentences (at least ``_MIN_DEEDS``, and more
    than those that read as a routine; others may read as neither, "One of them accepted."):
    those sentences are the fixes, said as an assumption."""
    if FIX in issue.sections or not issue.sections.get(ROOT):
        return
    last = issue.sections[ROOT][-1]
    told = sentences(last.text)
    kinds = [content_part(sentence) for sentence in told]
    deeds = [
        kind == FIX and _WRITER_FIRST.match(s) is not None
        for kind, s in zip(kinds, told, strict=True)
    ]
    cut = deeds.index(True) if True in deeds else 0
    done = deeds[cut:].count(True)
    if cut == 0 or done < _MIN_DEEDS or done <= kinds[cut:].count(PREVENT):
        return
    cause = Paragraph(last.number, last.line, " ".join(told[:cut]), last.is_item)
    fixes = Paragraph(last.number, last.line, " ".join(told[cut:]), last.is_item)
    issue.sections[ROOT][-1] = cause
    issue.sections[FIX] = [fixes]
    issue.order.insert(issue.order.index(ROOT) + 1, FIX)
    plan.assumptions.append(
        Assumption(
            last.line,
            issue.title,
            FIX,
            "the cause's paragraph goes on to say what you did about it, one-off fixes in the "
            "past tense",
        )
    )


def fixes_listed_after_cause(plan: Plan, issue: PlanIssue) -> None:
    """In an issue with a cause and a prevention but no fixes, a plan of points: the cause's
    last points, each a one-off thing done ("We refunded all the cancelled orders"), are the
    fixes, listed where they come between the cause and the prevention. The cause keeps its
    first point at least."""
    points = issue.sections.get(ROOT) or []
    if FIX in issue.sections or PREVENT not in issue.sections or not points:
        return
    cut = len(points)
    while cut > 1 and points[cut - 1].is_item and content_part(points[cut - 1].text) == FIX:
        cut -= 1
    if cut == len(points):
        return
    issue.sections[ROOT], issue.sections[FIX] = points[:cut], points[cut:]
    issue.order.insert(issue.order.index(ROOT) + 1, FIX)
    plan.assumptions.append(
        Assumption(
            points[cut].line,
            issue.title,
            FIX,
            "the cause's last points say what you did about it, one-off fixes in the past tense",
        )
    )
