"""Reviewing a written plan: structure from its headings and lists, then every sentence."""

from __future__ import annotations

import re
from collections.abc import Iterator

from poa.banks.library import BankLibrary
from poa.model import MARKETPLACES
from poa.review.findings import Finding
from poa.review.language import has_specifics
from poa.review.placeholders import slots
from poa.review.plan import SECTION_KINDS, Paragraph, Plan
from poa.review.rules import ANY, apologies, owns_the_problem, sentence_hits
from poa.review.text_rules import channel_limit, finding_for, limit_findings, plain_text

_NAMES = {
    "amazon": r"amazon",
    "walmart": r"walmart",
    "ebay": r"ebay",
    "tiktok": r"tik ?tok",
    "etsy": r"etsy",
}
_LABEL = {
    "root_cause": "root cause",
    "corrective": "corrective actions",
    "preventive": "preventive measures",
}


def guess_marketplace(text: str) -> str:
    """The marketplace a plan talks about most (Amazon when none is named)."""
    counts = {m: len(re.findall(p, text, re.IGNORECASE)) for m, p in _NAMES.items()}
    best = max(counts, key=lambda m: counts[m])
    return best if counts[best] else "amazon"


def review_plan(plan: Plan, library: BankLibrary, marketplace: str | None = None) -> list[Finding]:
    market = marketplace if marketplace in MARKETPLACES else guess_marketplace(plan.text)
    found = [*_structure(plan), *_placeholders(plan)]
    for paragraph, kind in _paragraphs(plan):
        for rule, sentence, trigger in sentence_hits(paragraph.text, kind):
            found.append(finding_for(rule, _where(paragraph), sentence, trigger, paragraph.line))
    for number, issue in enumerate(plan.issues, start=1):
        causes = issue.sections.get("root_cause", [])
        if causes and not any(has_specifics(p.text) for p in causes):
            found.append(Finding("R3", "warning", "root_cause", f"issue {number}",
                                 "The root cause has no numbers: no dates, counts or ids.",
                                 "Add how many orders, since when, which SKUs or settings.",
                                 "T9, T24, G3", line=causes[0].line))  # fmt: skip
    if not owns_the_problem(plan.text):
        found.append(
            Finding(
                "T6",
                "warning",
                "tone",
                "the whole plan",
                "Nowhere does the plan say the failure was yours.",
                "Add one plain sentence of ownership near the start.",
                "T2, T4, G3",
            )
        )
    if apologies(plan.text) > 3:
        found.append(
            Finding(
                "T7",
                "info",
                "tone",
                "the whole plan",
                "More than three apologies.",
                "One short apology is enough.",
                "G3, T22",
            )
        )
    limit = channel_limit(library, [], market)
    found += list(limit_findings(plain_text(plan.text), market, limit, "the whole plan"))
    for paragraph in plan.unplaced:
        found.append(
            Finding(
                "U1",
                "info",
                "structure",
                _where(paragraph),
                "This paragraph is under no root cause, corrective or preventive "
                "heading, so it was read as general text.",
                "Move it under the section it belongs to, or delete it.",
                "A1",
                line=paragraph.line,
                excerpt=paragraph.text[:120],
            )
        )
    return found


def _structure(plan: Plan) -> Iterator[Finding]:
    found = ", ".join(f"'{h}'" for h in plan.headings[:6]) + ("…" if len(plan.headings) > 6 else "")
    seen = f" The headings found are {found}; none names that part." if found else (
        " The plan has no headings, and no paragraph opens as a root cause, a fix or a "
        "prevention.")  # fmt: skip
    if not plan.issues:
        yield Finding(
            "S1",
            "error",
            "structure",
            "the whole plan",
            "No root cause, corrective action or preventive measure section found." + seen,
            "Give each issue three parts, each under a heading of its own line that says what "
            "it is, e.g. 'Root cause', 'Corrective actions taken', 'Preventive measures'.",
            "A1, A35, T7",
        )
    for number, issue in enumerate(plan.issues, start=1):
        for kind in SECTION_KINDS:
            if not issue.sections.get(kind):
                where = f" under {issue.title}" if len(plan.issues) > 1 else ""
                yield Finding(
                    "S1",
                    "error",
                    "structure",
                    f"issue {number}",
                    f"No {_LABEL[kind]} section{where}." + (seen if not issue.sections else ""),
                    f"Add the {_LABEL[kind]} under a heading of its own, e.g. "
                    f"'{_LABEL[kind].capitalize()}', with its points.",
                    "A1, A35",
                )
        expected = [k for k in SECTION_KINDS if k in issue.order]
        if issue.order != expected:
            yield Finding(
                "S3",
                "warning",
                "structure",
                f"issue {number}",
                "The sections are out of order.",
                "Use the order reviewers read: root cause, corrective actions, "
                "preventive measures.",
                "G3, T25",
            )
    for assumption in plan.assumptions:
        yield Finding(
            "U2",
            "info",
            "structure",
            f"line {assumption.line}",
            f"Read as the {_LABEL[assumption.part]}: {assumption.why}.",
            f"If that is right, nothing to do; a heading such as "
            f"'{_LABEL[assumption.part].capitalize()}' makes it certain.",
            "A1",
            line=assumption.line,
            excerpt=assumption.heading,
        )
    if plan.paragraphs and not any(p.is_item for p in plan.paragraphs):
        yield Finding(
            "S4",
            "warning",
            "structure",
            "the whole plan",
            "No bullet or numbered lists: a wall of text.",
            "Put each cause, action and measure on its own numbered line.",
            "T4, T5, T11, G3",
        )
    for paragraph in plan.paragraphs:
        if len(paragraph.text.split()) > 150:
            yield Finding(
                "S4",
                "warning",
                "structure",
                _where(paragraph),
                f"A paragraph of {len(paragraph.text.split())} words.",
                "Split it into short points of one fact each.",
                "T4, G3",
                line=paragraph.line,
            )


def _placeholders(plan: Plan) -> Iterator[Finding]:
    for number, line in enumerate(plan.text.splitlines(), start=1):
        found = [slot.text for slot in slots(line)]
        if found:
            shown = ", ".join(f"'{text}'" for text in found[:5]) + ("…" if len(found) > 5 else "")
            yield Finding(
                "X3",
                "error",
                _area_of_line(plan, number),
                f"line {number}",
                f"Text left from a template: {shown}.",
                "Replace each with the real fact (name, date, id, number) or delete it; a "
                "reviewer who sees a template's slot stops reading.",
                "T9, T19",
                line=number,
                excerpt=" ".join(line.split())[:160],
            )


def _area_of_line(plan: Plan, line: int) -> str:
    """The part a line belongs to: a slot in the root cause means the root cause is missing."""
    kinds = {id(p): kind for issue in plan.issues for kind, ps in issue.sections.items() for p in ps}
    area = "structure"
    for paragraph in plan.paragraphs:  # in document order
        if paragraph.line > line:
            break
        area = kinds.get(id(paragraph), "structure")
    return area


def _paragraphs(plan: Plan) -> Iterator[tuple[Paragraph, str]]:
    # Without any section, each sentence may be a cause, an action or a measure: read it as all.
    intro_kind = ANY if plan.issues else "unsorted"
    for paragraph in plan.intro:
        yield paragraph, intro_kind
    for issue in plan.issues:
        for paragraph in issue.intro:
            yield paragraph, ANY
        for kind, paragraphs in issue.sections.items():
            for paragraph in paragraphs:
                yield paragraph, kind
    for paragraph in [*plan.unplaced, *plan.context, *plan.closing]:
        yield paragraph, ANY


def _where(paragraph: Paragraph) -> str:
    return f"paragraph {paragraph.number}"
