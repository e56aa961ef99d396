"""Parts that serve more than one issue: a part the plan shares out to the issues it covers.

Plans often give one section to several issues: a prevention section after the last issue,
a part under a heading at the issues' own level, "Corrective actions - Issues 2 and 3". The
assembler notes such parts as it reads; once the whole plan is placed, these passes give each
issue the parts it lacks, and turn issues merely listed before a parts-first layout into
background.
"""

from __future__ import annotations

from poa import linear
from poa.review import headings as hd
from poa.review.plan_model import Assumption, Plan, PlanIssue

SharedPart = tuple[PlanIssue, str, frozenset[int] | None]
"""A part that covers other issues too: its owner, its kind, and the numbers of the issues it
covers (None: every issue without that part of its own)."""


_ISSUES_LISTED = linear.compile(
    r"\b(?:issues|problems|violations|metrics)\s+#?([0-9]{1,2}(?:\s*(?:,|and|&|\+)\s*#?[0-9]{1,2})+)",
    linear.I,
)
_EVERY_ISSUE = linear.compile(
    r"\b(?:both|all|every|each)\s+(?:of\s+the\s+)?(?:(?:two|three|four|five|six|[2-9])\s+)?"
    r"(?:issues?|problems?|violations?|metrics?)\b",
    linear.I,
)
_NUMBER = linear.compile(r"[0-9]{1,2}")


def covered_issues(heading: str) -> frozenset[int] | None:
    """The issues a part's heading says it covers: their numbers ("Corrective actions - Issues
    2 and 3"), an empty set for every issue ("Preventive measures for both issues", "… for all
    three metrics"), or None when the heading names no issues (the part belongs to the issue
    it stands under)."""
    if (listed := _ISSUES_LISTED.search(heading)) is not None:
        return frozenset(int(n) for n in _NUMBER.findall(listed.group(1)))
    return frozenset() if _EVERY_ISSUE.search(heading) else None


_WHY = linear.compile(
    r"^\W{0,3}why\s{1,3}(?:(?:did|do|does|were|was|are|is|have|has|had)\s{1,3})?"
    r"(?:(?:the|our|so many|so few)\s{1,3})?(?P<subject>[a-z][a-z-]{1,30})\b",
    linear.I,
)
_BACK = frozenset({"it", "this", "that", "these", "those", "they", "we", "i", "there", "nobody"})
"""Words that point back to a subject already named, not a new one."""


def why_subject(heading: str) -> str | None:
    """The thing a "Why ..." cause heading explains ("Why cancellations happened" ->
    "cancellations"), or None when it names none of its own ("Why it happened", "Why we missed
    it", "Why the problem was not caught")."""
    found = _WHY.match(heading)
    if found is None:
        return None
    subject = found.group("subject").lower()
    return None if subject in _BACK or subject in hd.ISSUE_WORDS else subject


def share_parts(plan: Plan, shared: list[SharedPart]) -> None:
    """A part under a heading at the level of the issues' own titles, after them ("## 2.
    Issue A", "### Root cause", ..., "## 3. Issue B", ..., "## 4. Preventive controls")
    is a section of the plan beside the issues, not inside the last one: it covers every
    issue that has no such part of its own. A part whose heading names the issues it covers
    ("Corrective actions - Issues 2 and 3") covers those."""
    for owner, kind, covered in shared:
        for number, issue in enumerate(plan.issues, start=1):
            if covered is not None and number not in covered:
                continue
            if issue is not owner and kind not in issue.sections:
                issue.sections[kind] = list(owner.sections[kind])
                issue.order.append(kind)


def closing_part(
    plan: Plan, issue_level: int | None, last_part_level: int | None
) -> SharedPart | None:
    """A part that closes the last issue, of a kind no other issue has, after the same
    parts in each issue ("Problem A": cause, fixes; "Problem B": cause, fixes; then one
    prevention section) is the plan's part for every issue: no issue claims it, so it
    serves all those before it. An issue with parts of its own that others lack is not
    written to the same pattern, and keeps the part it closes with; so does one whose
    closing part's heading stands deeper than the issues' titles ("### Prevention" under
    "## 2. …"): the layout puts it inside that issue."""
    issues = plan.issues
    if len(issues) < 2 or not issues[-1].order:
        return None
    titles, closing = issue_level, last_part_level
    if titles is not None and closing is not None and closing > titles:
        return None
    last = issues[-1]
    kind = last.order[-1]
    before = set(last.order[:-1])
    if any(kind in issue.sections for issue in issues[:-1]):
        return None
    if before and all(set(issue.order) == before for issue in issues[:-1]):
        return (last, kind, None)
    return None


def background_issues(plan: Plan) -> None:
    """In a plan laid out parts first, issues named before the parts ("The notice raised
    two issues: Issue 1 - ..., Issue 2 - ...") and given no part of their own are the
    background's list of what the parts then cover, issue by issue, not issues missing
    every part."""
    for issue in [i for i in plan.issues if not i.sections]:
        if issue is plan.issues[-1] or not any(i.sections for i in plan.issues):
            continue
        plan.context += issue.intro
        line = issue.intro[0].line if issue.intro else 0
        why = "it is named before the parts of a plan whose parts each cover every issue"
        plan.assumptions.append(Assumption(line, issue.title, hd.CONTEXT, why))
        plan.issues.remove(issue)
