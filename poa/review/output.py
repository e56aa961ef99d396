"""A review as text for people and as JSON for tools (the JSON keys are a public interface)."""

from __future__ import annotations

import json
import textwrap
from dataclasses import dataclass

from poa.review.findings import SEVERITIES, Finding, Report

JSON_VERSION = 1


def as_json(report: Report) -> str:
    """``{"version", "source", "kind", "score", "ready", "areas", "counts", "findings",
    "unplaced"}`` and, for a written plan, ``"document"`` (plan, cover letter, evidence index);
    each finding has ``rule``, ``severity``, ``location``, ``message`` and ``fix``, and where
    known ``line``, ``area``, ``source``, ``example`` and ``excerpt``."""
    return json.dumps({"version": JSON_VERSION, **report.as_json()}, indent=2, ensure_ascii=False)


def finding_lines(finding: Finding, source: str, *, excerpt: bool = False) -> list[str]:
    """``FILE:LINE: severity RULE where: message``, the excerpt when asked, and the fix."""
    where = f"{source}:{finding.line}" if finding.line else source
    lines = [f"{where}: {finding.severity} {finding.rule} {finding.location}: {finding.message}"]
    if excerpt and finding.excerpt:
        lines.append("    > " + textwrap.shorten(finding.excerpt, 104))
    lines.append(
        textwrap.fill(finding.fix, 100, initial_indent="    fix: ", subsequent_indent="         ")
    )
    return lines


def as_text(report: Report) -> tuple[str, str]:
    """(stdout, stderr): the findings, then a one-line summary."""
    lines: list[str] = []
    model = [f for f in report.findings if f.rule == "model"]
    if model:  # the case does not load: list its problems as the model states them
        for finding in model:
            where = f"{report.source}:{finding.line}" if finding.line else report.source
            lines.append(f"{where}: {finding.location}: {finding.message}")
        count = len(model)
        return "\n".join(lines) + "\n", (
            f"{count} problem{'s' if count != 1 else ''} found in {report.source}."
        )
    for finding in report.findings:
        lines += finding_lines(finding, report.source, excerpt=True)
        if finding.example:
            lines.append(
                textwrap.fill(
                    finding.example, 100, initial_indent="    e.g. ", subsequent_indent="         "
                )
            )
    counts = ", ".join(
        f"{n} {s}{'s' if n != 1 and s != 'info' else ''}"
        for s in SEVERITIES
        if (n := sum(f.severity == s for f in report.findings))
    )
    verdict = "the case is complete and consistent" if report.kind == "case" else "ready to send"
    if report.document and report.document != "plan":
        article = "an" if report.document[:1] in "aeiou" else "a"
        verdict = f"read as {article} {report.document} (its plan is checked on its own)"
    if report.errors:
        verdict = "not ready: fix the errors before you send it"
    lines.append(
        f"{report.source}: {verdict}. Score {report.score}/100"
        + (f" ({counts})." if counts else ".")
    )
    return "\n".join(lines) + "\n", ""


@dataclass(frozen=True)
class ScreenNote:
    """A finding as the interview's review screen shows it: its rule, severity and location,
    and the lines ``poa check`` prints for it."""

    rule: str
    severity: str
    location: str
    lines: tuple[str, ...]


def screen_notes(report: Report) -> list[ScreenNote]:
    return [
        ScreenNote(f.rule, f.severity, f.location, tuple(finding_lines(f, report.source)))
        for f in report.findings
    ]
