"""The part of a plan written before its issues' titles, with no title of its own: a summary
or a header's fields read as a part (background), or one part written once for every issue.
"""

from __future__ import annotations

from poa.review import headings as hd
from poa.review.headings import PARTS
from poa.review.plan_model import Assumption, Plan, PlanIssue


def read_preamble(plan: Plan) -> None:
    """What the part before the issues is: shared by them (see ``share_preamble``) or the
    plan's background (see ``fold_preamble``)."""
    share_preamble(plan)
    fold_preamble(plan)


def share_preamble(plan: Plan) -> None:
    """A first "issue" that no title opened and that has one part only, before titled issues
    that each have every other part but lack that one ("Root cause (shared)", then "Issue 1"
    and "Issue 2" with their fixes and prevention), is one part written once for all of them:
    the issues share one cause. Each issue gets that part, and the untitled issue goes."""
    if len(plan.issues) < 2:
        return
    first, rest = plan.issues[0], plan.issues[1:]
    if first.named or len(first.sections) != 1:
        return
    kind, paragraphs = next(iter(first.sections.items()))
    others = set(PARTS) - {kind}
    if not paragraphs or not all(
        issue.named and kind not in issue.sections and others <= set(issue.sections)
        for issue in rest
    ):
        return
    for issue in rest:
        issue.sections[kind] = list(paragraphs)
        issue.order.insert(0, kind)
    plan.intro += first.intro
    plan.issues.pop(0)


def fold_preamble(plan: Plan) -> None:
    """A first "issue" that no title opened and whose headings opened one part only (any other
    part it has split out of that one by what its points say), before issues that each have
    all three parts under titles of their own, is the plan's preamble: a summary table's column
    ("Root cause (one line)"), a header's field ("Reason given: …") or a summary box ("Controls
    now running - summary", then the letter's dated opening) read as a part's heading. Its text
    is background, said as an assumption, not an issue missing parts. A header's field with its
    value ("**Type:** Proactive plan") over a section that only seems to name a cause ("Why we
    are writing this") titles no issue either. The issues after it need no title of their own:
    in a plan of one issue, the part it repeats ("Reason for suspension: …" in the header, then
    the plan's "Root cause" heading) opened the issue, untitled, that holds all three."""
    if len(plan.issues) < 2:
        return
    first, rest = plan.issues[0], plan.issues[1:]
    if first.named or not (len(first.sections) == 1 or len(_headed_parts(plan, first)) == 1):
        return
    if not all(set(PARTS) <= set(issue.sections) for issue in rest):
        return
    paragraphs = [*first.intro, *(p for ps in first.sections.values() for p in ps)]
    plan.context += paragraphs
    line = paragraphs[0].line if paragraphs else 0
    opening = " ".join(paragraphs[0].text.split()[:8]) + "…" if paragraphs else first.title
    why = (
        "it comes before the issues, its headings open one part only, it has no title, and every "
        "issue after it has all three parts: a summary or the notice's fields, read as background"
    )
    plan.assumptions.append(Assumption(line, opening, hd.CONTEXT, why))
    plan.issues.pop(0)


def _headed_parts(plan: Plan, issue: PlanIssue) -> set[str]:
    """The parts of ``issue`` its headings opened: not those the reader split out of another by
    what their points say (each split is said as an assumption on its first point)."""
    split = {
        a.part
        for a in plan.assumptions
        if any(p.line == a.line for p in issue.sections.get(a.part, []))
    }
    return set(issue.sections) - split
