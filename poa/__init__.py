"""poa: draft, check and render marketplace Plans of Action.

Every command of the ``poa`` CLI is a function here; the CLI only parses its options and
prints. The names load on first use, so that ``poa --help`` stays fast::

    import poa
    work = poa.Workspace.load(banks=["my_banks"])       # the banks, templates and date to use
    case = poa.load_case("samples/amazon-late-shipment.yaml")
    report = poa.review_file("samples/amazon-late-shipment.yaml")   # what `poa check` gives
    files = poa.render_case("samples/amazon-late-shipment.yaml", "out", formats=["md", "pdf"])
    facts = poa.read_notice("Your Late Shipment Rate is 6.2% ...")   # `poa notice`
    poa.merge_notice("case.yaml", "notice.txt")          # `poa interview CASE --notice FILE`
    poa.run_interview("case.yaml", answers="answers.yaml")   # `poa interview --answers`
    metrics = poa.read_reports(["report.json"])          # `poa metrics`

Banks (``poa banks``): :func:`load_library`, :func:`validate_folder`, :func:`format_bank`,
:func:`example_case`. Templates (``poa templates``): :class:`TemplateLibrary`,
:func:`copy_template`, :func:`check_templates`. Rules (``poa rules``): :data:`RULES`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from poa.lazy import exports

__version__ = "0.1.0"

_EXPORTS = {
    # the case file
    "Case": "poa.model",
    "Issue": "poa.model",
    "RootCause": "poa.model",
    "CorrectiveAction": "poa.model",
    "PreventiveMeasure": "poa.model",
    "Evidence": "poa.model",
    "SCHEMA_VERSION": "poa.model",
    "CaseFile": "poa.casefile",
    "load_case": "poa.casefile",
    "open_case": "poa.casefile",
    "case_schema": "poa.model.case",
    # what one run works with: banks, templates, today
    "Workspace": "poa.workspace",
    # poa check
    "check": "poa.review",
    "review_file": "poa.review",
    "Report": "poa.review",
    "RULES": "poa.review.catalog",
    # poa render
    "render_case": "poa.render",
    "render_reviewed": "poa.gate",
    "render_markdown": "poa.render",
    # poa notice, poa interview
    "read_notice": "poa.notice",
    "read_notice_file": "poa.notice",
    "NoticeFacts": "poa.notice",
    "case_skeleton": "poa.notice",
    "merge_notice": "poa.interview.replay",
    "run_interview": "poa.interview",
    # poa metrics
    "read_reports": "poa.metrics",
    "MetricsReport": "poa.metrics",
    # poa banks
    "load_library": "poa.banks",
    "BankLibrary": "poa.banks",
    "validate_folder": "poa.banks",
    "format_bank": "poa.banks",
    "example_case": "poa.banks",
    # poa templates
    "TemplateLibrary": "poa.render.catalog",
    "copy_template": "poa.render.manage",
    "check_templates": "poa.render.manage",
    # errors
    "record_submission": "poa.appeals",
    "record_outcome": "poa.appeals",
    "revise": "poa.appeals",
    "case_timeline": "poa.timeline",
    "case_statuses": "poa.status",
    "attempts_report": "poa.history",
    "calendar_bytes": "poa.ics",
    "PoaError": "poa.errors",
    "Problem": "poa.errors",
}
_RENAMED = {
    "TemplateLibrary": "Library",
    "review_file": "review",
    "render_case": "render",
    "case_timeline": "timeline",
}
"""Names exported under another name than their module's. ``poa.review`` and ``poa.render``
are the packages (importing one sets that name on ``poa``), so their main functions are
``review_file`` and ``render_case`` here (and ``poa.timeline``'s is ``case_timeline``)."""

__all__ = [  # noqa: RUF022 - grouped as in _EXPORTS; tests/test_api.py keeps the two alike
    "__version__",
    "Case",
    "Issue",
    "RootCause",
    "CorrectiveAction",
    "PreventiveMeasure",
    "Evidence",
    "SCHEMA_VERSION",
    "CaseFile",
    "load_case",
    "open_case",
    "case_schema",
    "Workspace",
    "check",
    "review_file",
    "Report",
    "RULES",
    "render_case",
    "render_reviewed",
    "render_markdown",
    "read_notice",
    "read_notice_file",
    "NoticeFacts",
    "case_skeleton",
    "merge_notice",
    "run_interview",
    "read_reports",
    "MetricsReport",
    "load_library",
    "BankLibrary",
    "validate_folder",
    "format_bank",
    "example_case",
    "TemplateLibrary",
    "copy_template",
    "check_templates",
    "record_submission",
    "record_outcome",
    "revise",
    "case_timeline",
    "case_statuses",
    "attempts_report",
    "calendar_bytes",
    "PoaError",
    "Problem",
]

if TYPE_CHECKING:
    from poa.appeals import record_outcome, record_submission, revise
    from poa.banks import BankLibrary, example_case, format_bank, load_library, validate_folder
    from poa.casefile import CaseFile, load_case, open_case
    from poa.errors import PoaError, Problem
    from poa.gate import render_reviewed
    from poa.history import attempts_report
    from poa.ics import calendar_bytes
    from poa.interview import run_interview
    from poa.interview.replay import merge_notice
    from poa.metrics import MetricsReport, read_reports
    from poa.model import (
        SCHEMA_VERSION,
        Case,
        CorrectiveAction,
        Evidence,
        Issue,
        PreventiveMeasure,
        RootCause,
    )
    from poa.model.case import case_schema
    from poa.notice import NoticeFacts, case_skeleton, read_notice, read_notice_file
    from poa.render import render as render_case
    from poa.render import render_markdown
    from poa.render.catalog import Library as TemplateLibrary
    from poa.render.manage import check_templates, copy_template
    from poa.review import Report, check
    from poa.review import review as review_file
    from poa.review.catalog import RULES
    from poa.status import case_statuses
    from poa.timeline import timeline as case_timeline
    from poa.workspace import Workspace


__getattr__ = exports(__name__, _EXPORTS, _RENAMED)


def __dir__() -> list[str]:
    """The API as well as what is loaded: ``help(poa)`` and completion see every name."""
    return sorted({*globals(), *__all__})
