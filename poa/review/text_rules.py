"""Findings shared by case files and written plans: sentence hits and length per channel."""

from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING

from poa.banks.library import BankLibrary
from poa.model import Case
from poa.review.checks import L1
from poa.review.findings import Finding
from poa.review.language import unescape_markdown
from poa.review.sentence_rule import ROOT, SentenceRule

if TYPE_CHECKING:
    from poa.workspace import Workspace

AMAZON_WORDS = (250, 900)
"""A readable Amazon plan: practitioners advise 250-700 and 400-800 words (G3, T15)."""


BLAME = "T2"
"""Blame of another party. In the root cause it is also a cause the seller does not own, so it
costs the root cause's points, not only the tone's: the rubric's root cause is one that is
"specific, owned, not vague, not a denial" (see ``score``)."""


def finding_for(
    rule: SentenceRule,
    location: str,
    sentence: str,
    trigger: str,
    line: int | None = None,
    kind: str | None = None,
) -> Finding:
    """The finding for one sentence that breaks ``rule``, found in a part of ``kind``."""
    excerpt = sentence if len(sentence) <= 160 else sentence[:157] + "…"
    return Finding(
        rule=rule.id,
        severity=rule.severity,
        area=ROOT if rule.id == BLAME and kind == ROOT else rule.area,
        location=location,
        message=f"{rule.message} ('{trigger}')",
        fix=rule.fix,
        source=rule.source,
        line=line,
        example=rule.example,
        excerpt=excerpt,
    )


def plain_text(markdown: str) -> str:
    """What a web form receives when the plan is pasted: no Markdown marks, no table rules."""
    lines = []
    for line in markdown.split("\n"):
        if line.strip() and not line.strip(" -|:"):
            continue  # a table's rule line
        line = line.lstrip("#") if line[:1] == "#" else line
        line = " ".join(part.strip(" \t") for part in line.split("|"))
        lines.append(line)
    return unescape_markdown("\n".join(lines)).strip()


def limit_findings(
    text: str,
    marketplace: str,
    max_chars: int | None,
    location: str,
    *,
    pasted: bool = True,
    attached: bool = False,
    words: int | None = None,
) -> Iterator[Finding]:
    """L1: over the channel's hard limit, or outside a readable length.

    Over the limit is an error for text that is pasted into the form (``pasted``), a warning
    for text that may be pasted or attached, and a note for a document laid out to be
    attached (``attached``: headings, sections), which no form box holds. ``words`` is the
    count of words a reviewer reads (without the list of exhibits), when known.
    """
    characters, count = len(text), len(text.split())
    read = words if words is not None else count  # long: what is read; short: everything
    if max_chars and characters > max_chars:
        yield L1.finding(
            location=location,
            message=f"{characters:,} characters: the appeal form takes {max_chars:,}.",
            fix=(
                f"Cut to {max_chars:,} characters: keep one line per root cause, action "
                "and measure, and send the details as attached documents."
            ),
            severity="error" if pasted else ("info" if attached else "warning"),
        )
    elif marketplace == "amazon" and read > AMAZON_WORDS[1]:
        yield L1.finding(
            location=location,
            message=f"{read:,} words: long plans get skimmed.",
            fix="Aim for 400-800 words; move detail into the evidence documents.",
        )
    elif marketplace == "amazon" and count < AMAZON_WORDS[0]:
        yield L1.finding(
            location=location,
            message=f"{count:,} words: probably too short to answer each question in full.",
            fix=(
                "Check that each issue has a specific root cause, dated actions and owned measures."
            ),
            severity="info",
        )


def channel_limit(library: BankLibrary, reasons: list[str], marketplace: str) -> int | None:
    """The smallest character limit of the channels these reasons are sent through."""
    limits = [
        bank.channel.max_chars
        for r in reasons
        if (bank := library.find(r)) is not None and bank.channel.max_chars
    ]
    if not limits and library.marketplaces is not None:
        info = getattr(library.marketplaces, marketplace)
        limits = [limit.characters for limit in info.length_limits][:1]
    return min(limits) if limits else None


def length_findings(case: Case, workspace: Workspace) -> Iterator[Finding]:
    """L1 for a case, judged on what poa writes from it (with the workspace's templates and
    banks): the plan document is attached, so only its readable length counts; the form's
    limit applies to the boxes of the paste text, which poa fits with shorter versions and
    cuts only when none fits."""
    from poa.render.document import Draft, channel_text, render_markdown

    # The words a reviewer reads: the plan without its list of exhibits, which is consulted
    # document by document rather than read.
    plan = Draft.of(case.model_copy(update={"evidence": []}), workspace)
    text = plain_text(render_markdown(plan.case, "poa", plan))
    yield from limit_findings(text, case.marketplace, None, "(the rendered plan)", pasted=False)
    _, boxes = channel_text(case, Draft.of(case, workspace))
    for box in boxes:
        if box.truncated:
            yield L1.finding(
                location=f"(the paste text: {box.label})",
                message=(
                    f"Even its shortest version is over the form's {box.limit:,} characters: it "
                    f"was cut to {box.count:,}, and the rest is only in the attached plan."
                ),
                fix=(
                    "Shorten the answers this box is made of (one line per cause, action and "
                    "measure); the details belong in the attached plan and evidence."
                ),
            )
