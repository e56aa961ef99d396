"""A summary of the plan before its body: the issues named once with a line per part (a table
of "Issue | Root cause | Corrective action | Preventive measure", or short headed paragraphs),
then each issue again in full under headings of its own.

Read as it comes, the summary is the plan's parts, and the body after it, whose headings are
plainer than the summary's, is read as text under issues with no parts at all. The summary is
an overview, not the parts: when the issues after it have nothing in their parts and the plan
read without the summary gives every issue parts of its own, the body's sections are the parts
and the summary is background, said as an assumption.
"""

from __future__ import annotations

from collections.abc import Callable

from poa.review import headings as hd
from poa.review.plan_model import Assumption, Plan


def body_after_overview(plan: Plan, read: Callable[[str], Plan]) -> Plan | None:
    """The plan read from its body, with the summary before it as background, or None when
    the plan has no summary before a body (``read`` reads a text as a plan)."""
    issues = plan.issues
    first_empty = next((n for n, issue in enumerate(issues) if not issue.sections), len(issues))
    summary, body = issues[:first_empty], issues[first_empty:]
    if not summary or not body or any(issue.sections for issue in body):
        return None
    start, end = summary[0].line, body[0].line
    if not 0 < start < end:
        return None
    lines = plan.text.splitlines()
    blanked = [*lines[: start - 1], *[""] * (end - start), *lines[end - 1 :]]
    read_body = read("\n".join(blanked))
    if len(read_body.issues) < len(body) or not all(i.sections for i in read_body.issues):
        return None
    if sum(map(len, (i.sections for i in read_body.issues))) < sum(
        map(len, (i.sections for i in summary))
    ):
        return None
    read_body.text = plan.text
    overview = [p for p in plan.paragraphs if start <= p.line < end]
    read_body.context = sorted([*read_body.context, *overview], key=lambda p: p.line)
    why = (
        "it sums the issues up before the body, whose own sections then give each issue's "
        "parts in full"
    )
    read_body.assumptions.append(Assumption(start, summary[0].title, hd.CONTEXT, why))
    return read_body
