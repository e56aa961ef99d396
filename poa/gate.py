"""The review before documents leave: a case the review finds errors in is not rendered as a
final plan.

``render_reviewed`` reviews the case first. With an error it writes nothing and raises
:class:`~poa.errors.NotReadyError` (exit 1) naming every error and its fix; with
``draft=True`` it renders anyway, every document marked "Draft — not ready to send" so that
nobody sends one by mistake. Warnings never block; they come back with the files.

>>> from poa.gate import render_reviewed
>>> files, report = render_reviewed("samples/amazon-late-shipment.yaml", "out")  # doctest: +SKIP
>>> report.ready                                                                 # doctest: +SKIP
True
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from poa.errors import NotReadyError

if TYPE_CHECKING:
    from poa.render import RenderOptions
    from poa.review.findings import Finding, Report
    from poa.workspace import Workspace

__all__ = ["draft_mark", "findings_text", "render_reviewed"]


def draft_mark(report: Report) -> str:
    """'Draft — not ready to send (2 open findings)': errors and warnings still open."""
    count = sum(f.severity != "info" for f in report.findings)
    noun = "finding" if count == 1 else "findings"
    return f"Draft — not ready to send ({count} open {noun})"


def findings_text(findings: Sequence[Finding], source: str) -> str:
    """Each finding as 'rule, where: message' and its fix, the way ``poa check`` says it."""
    from poa.review.output import finding_lines

    return "\n".join(line for finding in findings for line in finding_lines(finding, source))


def render_reviewed(
    case_path: str | Path,
    out_dir: str | Path = "out",
    formats: Sequence[str] = ("md", "docx", "pdf"),
    paper: str | None = None,
    documents: Sequence[str] | None = None,
    *,
    options: RenderOptions | None = None,
    draft: bool = False,
    banks: Sequence[str | Path] = (),
    workspace: Workspace | None = None,
) -> tuple[list[Path], Report]:
    """Review the case, then render it: the files written and the review.

    Raises NotReadyError, writing nothing, when the review finds an error and ``draft`` is
    false. With ``draft`` every document carries the draft mark. Both steps use
    ``workspace`` (banks, templates, date); without one, a workspace is built from ``banks``,
    ``options.templates`` and the environment.
    """
    from poa.render import RenderOptions, render
    from poa.review import review

    if workspace is None:
        from poa.workspace import Workspace

        templates = options.templates if options else ()
        workspace = Workspace.load(banks=banks, templates=templates)
    report = review(case_path, workspace=workspace)
    if any(f.rule == "model" for f in report.findings):
        from poa.casefile import load_case

        load_case(case_path)  # the case breaks its model: that error, with every problem (exit 2)
    if report.errors and not draft:
        count = len(report.errors)
        raise NotReadyError(
            f"{case_path}: not rendered — the review found {count} "
            f"error{'s' if count != 1 else ''}:\n"
            + findings_text(report.errors, str(case_path))
            + f"\nFix {'them' if count != 1 else 'it'} in the case (poa check {case_path} shows "
            "every finding), or render a draft to look at with --draft: each document is then "
            "marked 'Draft — not ready to send'."
        )
    options = options or RenderOptions()
    if draft:
        options = replace(options, draft_mark=draft_mark(report))
    files = render(
        case_path, out_dir, formats, paper, documents, options=options, workspace=workspace
    )
    return files, report
