"""A plan written anywhere, read as a document: its issues and, per issue, the three parts.

People lay plans out in every way: Markdown headings, underlined or bold lines, bare lines in
capitals, "1. ROOT CAUSE ANALYSIS", "Part III:", the appeal form's own questions, inline labels
("Root cause: …"), a letter whose parts are numbered paragraphs, Word headings, bold
paragraphs or a table of parts. The reader works in three steps:

1. **Form.** Each line is a heading by its form — Markdown marks, underline, emphasis,
   capitals, a closing colon or question mark, a short line standing on its own — or text.
2. **Meaning.** A heading's words say what it introduces (``headings.meaning``): a part, an
   issue, context a reviewer expects (summary, evidence, closing) or background. A line that
   only looks like a heading by standing alone must also say so clearly; a marked heading
   with a faint meaning is taken when it fits the order root cause → fix → prevention, and
   the reader records that it assumed so.
3. **Content.** A section named for two parts (Etsy's "plan to remediate", TikTok's
   "improvements") is split by what its points say — a one-off fix done on a date, or a
   control that runs on a cadence. A plan with no headings at all is read paragraph by
   paragraph from their openings.

What the reader assumed is kept (``Plan.assumptions``) so the review can say so; what fits no
part is reported, not guessed.
"""

from __future__ import annotations

from poa.review.headings import ROOT
from poa.review.plan_assembly import assembled
from poa.review.plan_content import (
    document_kind,
    from_paragraph_openings,
    merge_empty_issues,
    root_from_intro,
    split_mixed,
)
from poa.review.plan_model import (
    COVER_LETTER,
    EVIDENCE_INDEX,
    PLAN,
    SECTION_KINDS,
    Assumption,
    Paragraph,
    Plan,
    PlanIssue,
)
from poa.review.plan_overview import body_after_overview
from poa.review.plan_preamble import read_preamble
from poa.review.plan_timeline import (
    fixes_from_timeline,
    fixes_listed_after_cause,
    fixes_told_in_cause,
)
from poa.review.plan_topics import from_topic_headings
from poa.review.titled_issues import parts_under_titles

__all__ = [
    "COVER_LETTER",
    "EVIDENCE_INDEX",
    "PLAN",
    "SECTION_KINDS",
    "Assumption",
    "Paragraph",
    "Plan",
    "PlanIssue",
    "parse_plan",
]


def parse_plan(text: str) -> Plan:
    """The plan's issues and parts, from any of the layouts people use."""
    plan, units = assembled(text)
    plan = body_after_overview(plan, lambda body: assembled(body)[0]) or plan
    plan.kind = document_kind(plan, units)
    if plan.kind != PLAN:
        return plan
    merge_empty_issues(plan)
    for issue in plan.issues:
        split_mixed(plan, issue)
    if not any(issue.sections for issue in plan.issues) and not from_topic_headings(plan, units):
        from_paragraph_openings(plan)
    parts_under_titles(plan)
    for issue in plan.issues:
        if ROOT not in issue.sections and issue.sections:
            root_from_intro(plan, issue)
        fixes_from_timeline(plan, issue)
        fixes_told_in_cause(plan, issue)
        fixes_listed_after_cause(plan, issue)
    read_preamble(plan)
    return plan
