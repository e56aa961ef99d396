"""poa: draft, check and render marketplace Plans of Action.

The public API, loaded on first use so that ``poa --help`` stays fast::

    import poa
    case = poa.load_case("samples/amazon-late-shipment.yaml")
    problems = poa.check("samples/amazon-late-shipment.yaml")
    files = poa.render("samples/amazon-late-shipment.yaml", "out", formats=["md", "pdf"])
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
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
    "check": "poa.review",
    "review": "poa.review",
    "render": "poa.render",
    "render_reviewed": "poa.gate",
    "render_markdown": "poa.render",
    "read_reports": "poa.metrics",
    "MetricsReport": "poa.metrics",
    "record_submission": "poa.appeals",
    "record_outcome": "poa.appeals",
    "revise": "poa.appeals",
    "timeline": "poa.timeline",
    "case_statuses": "poa.status",
    "PoaError": "poa.errors",
    "Problem": "poa.errors",
}

__all__ = [  # noqa: RUF022 - grouped as in _EXPORTS
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
    "check",
    "review",
    "render",
    "render_reviewed",
    "render_markdown",
    "read_reports",
    "MetricsReport",
    "record_submission",
    "record_outcome",
    "revise",
    "timeline",
    "case_statuses",
    "PoaError",
    "Problem",
]

if TYPE_CHECKING:
    from poa.appeals import record_outcome, record_submission, revise
    from poa.casefile import CaseFile, load_case, open_case
    from poa.errors import PoaError, Problem
    from poa.gate import render_reviewed
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
    from poa.render import render, render_markdown
    from poa.review import check, review
    from poa.status import case_statuses
    from poa.timeline import timeline


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'poa' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
