"""Case → Markdown: the variables every template gets, and the document names."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from poa.errors import UsageError
from poa.model import Case, MetricSnapshot
from poa.render.library import render_template

DOCUMENTS: dict[str, str] = {"poa": "poa.md.j2"}
"""Document name → template. More documents (letter, PIP, evidence index) join here."""

DOCUMENT_TITLES: dict[str, str] = {"poa": "Plan of Action"}


def template_context(case: Case) -> dict[str, Any]:
    """Everything a template may use besides ``case`` itself."""
    exhibit = {item.id: f"E{number}" for number, item in enumerate(case.evidence, start=1)}

    def exhibits(ids: Sequence[str]) -> str:
        return ", ".join(exhibit.get(i, i) for i in ids)

    def evidence_note(ids: Sequence[str]) -> str:
        return f" (evidence: {exhibits(ids)})" if ids else ""

    return {
        "case": case,
        "exhibit": exhibit,
        "exhibits": exhibits,
        "evidence_note": evidence_note,
        "metric_label": metric_label,
        "metric_value": metric_value,
        "metric_target": metric_target,
    }


def metric_label(metric_id: str) -> str:
    """``late_shipment_rate`` → ``Late shipment rate``."""
    return metric_id.replace("_", " ").capitalize()


def metric_value(value: float, unit: str) -> str:
    number = f"{value:g}"
    return {"percent": f"{number} %", "hours": f"{number} h"}.get(unit, number)


def metric_target(metric: MetricSnapshot) -> str:
    if metric.target is None:
        return ""
    sign = {"at_most": "≤ ", "at_least": "≥ "}.get(metric.direction or "", "")
    return sign + metric_value(metric.target, metric.unit)


def render_markdown(case: Case, document: str = "poa") -> str:
    """The Markdown of one document of the case (today: ``poa``, the Plan of Action)."""
    if document not in DOCUMENTS:
        raise UsageError(f"Unknown document {document!r}; choose one of: {', '.join(DOCUMENTS)}.")
    return render_template(DOCUMENTS[document], **template_context(case))
