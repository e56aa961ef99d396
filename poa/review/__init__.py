"""Review a plan before it is sent, the way a marketplace reviewer reads it.

>>> from poa.review import review
>>> report = review("samples/amazon-late-shipment.yaml")      # doctest: +SKIP
>>> report.score, report.ready, [f.rule for f in report.findings]   # doctest: +SKIP
(99, True, ['E5'])

A case file (.yaml) is checked against the Case model and the question banks, then every
text field goes through the rules; a written plan (.md, .txt, .docx) is split into issues and
sections first (.pdf and standard input too). Rules, severities and the score are
documented in ``rules``, ``score`` and the
README.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from poa.errors import Problem

if TYPE_CHECKING:
    from collections.abc import Callable

    from poa.model import Case
    from poa.model.introspect import Loc
    from poa.workspace import Workspace
from poa.review.findings import SEVERITIES, Finding, Report

PLAN_SUFFIXES = frozenset({".md", ".markdown", ".txt", ".text", ".docx", ".pdf"})
"""A written plan's file types; any other path is read as a case file."""
STDIN = "-"
"""The path that means a plan on standard input."""

__all__ = ["PLAN_SUFFIXES", "STDIN", "Finding", "Report", "check", "review", "review_loaded"]


def review(
    path: str | Path,
    banks: Sequence[str | Path] = (),
    marketplace: str | None = None,
    *,
    workspace: Workspace | None = None,
) -> Report:
    """Every finding about the plan or case at ``path``, most serious first, and its score.

    ``workspace`` gives the banks, templates and date to judge by; without one, a workspace
    is built from ``banks`` and the environment (this call is then the boundary).
    """
    workspace = workspace or _workspace(banks)
    library = workspace.banks
    if str(path) == STDIN or Path(path).suffix.lower() in PLAN_SUFFIXES:
        from poa.review.plan import parse_plan
        from poa.review.plan_review import review_plan
        from poa.review.plan_text import read_plan

        plan = parse_plan(read_plan(path))
        source = "<stdin>" if str(path) == STDIN else str(path)
        report = Report(source, "plan", review_plan(plan, library, marketplace))
        report.unplaced = [p.text[:120] for p in plan.unplaced]
        report.document = plan.kind
    else:
        report = Report(str(path), "case", _case_findings(Path(path), workspace))
    return _scored(report)


def review_loaded(
    case: Case,
    source: str,
    *,
    workspace: Workspace,
    line_of: Callable[[Loc], int | None] | None = None,
) -> Report:
    """:func:`review` of a valid case already read (``source`` names it), without reading
    its file again; ``line_of`` gives the findings their lines (none without it)."""
    findings = _loaded_findings(case, line_of or (lambda loc: None), workspace)
    return _scored(Report(source, "case", findings))


def _scored(report: Report) -> Report:
    from poa.review.score import score

    report.findings = [_in_words(f) for f in report.findings]
    order = {severity: n for n, severity in enumerate(SEVERITIES)}
    report.findings.sort(key=lambda f: (order[f.severity], f.line or 0, f.rule))
    report.score, report.areas = score(report.findings)
    return report


def check(
    case_path: str | Path,
    banks: Sequence[str | Path] = (),
    *,
    workspace: Workspace | None = None,
) -> list[Problem]:
    """The model, cross-field and bank problems of a case file (no wording rules)."""
    from poa.casefile import open_case
    from poa.errors import CaseValidationError
    from poa.review.against_banks import bank_problems

    workspace = workspace or _workspace(banks)
    case_file = open_case(case_path)
    try:
        case = case_file.validate(workspace.today)
    except CaseValidationError as err:
        return err.problems
    return [
        Problem(p.loc, p.message, case_file.line_of(p.loc))
        for p in bank_problems(case, workspace.banks, workspace.today)
    ]


def _workspace(banks: Sequence[str | Path]) -> Workspace:
    """A caller of the API without a workspace: this call is the boundary that builds it."""
    from poa.workspace import Workspace

    return Workspace.load(banks=banks)


def _case_findings(path: Path, workspace: Workspace) -> list[Finding]:
    from poa.casefile import read_case
    from poa.errors import CaseValidationError

    try:
        case, line_of = read_case(path, workspace.today)
    except CaseValidationError as err:
        return [_problem_finding("model", p) for p in err.problems]
    return _loaded_findings(case, line_of, workspace)


def _loaded_findings(
    case: Case, line_of: Callable[[Loc], int | None], workspace: Workspace
) -> list[Finding]:
    from dataclasses import replace

    from poa import yamldoc
    from poa.review.against_banks import bank_problems
    from poa.review.case_review import review_case

    found = [
        _problem_finding("bank", replace(p, line=line_of(p.loc)))
        for p in bank_problems(case, workspace.banks, workspace.today)
    ]
    for finding in review_case(case, workspace):
        # A location such as "(the rendered plan)" has no line; a field path has one.
        line = line_of(yamldoc.parse_loc(finding.location.split(" ")[0]))
        found.append(replace(finding, line=line))
    return found


def _in_words(finding: Finding) -> Finding:
    """The finding with its source said in words (``poa rules ID`` tells more)."""
    from dataclasses import replace

    from poa.review.catalog import rule

    entry = rule(finding.rule)
    return replace(finding, source=entry.source) if entry is not None and entry.source else finding


def _problem_finding(rule: str, problem: Problem) -> Finding:
    return Finding(
        rule=rule,
        severity="error",
        area="structure",
        location=problem.path,
        message=problem.message,
        fix="Correct the value in the case file; 'poa schema' describes every field.",
        source="case model" if rule == "model" else "question banks",
        line=problem.line,
    )
