"""The Case model: the one definition of what a case is.

Its names are loaded on first use: a marketplace's label or the schema version does not build
the pydantic models (``poa notice`` and the interview's first question need none of them).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from poa.lazy import exports

_EXPORTS = {
    "SCHEMA_VERSION": "poa.model.values",
    "CADENCE_LABELS": "poa.model.values",
    "EVIDENCE_KIND_LABELS": "poa.model.values",
    "MARKETPLACE_LABELS": "poa.model.ids",
    "MARKETPLACES": "poa.model.ids",
    "Marketplace": "poa.model.ids",
    "asin_problem": "poa.model.ids",
    "order_id_problem": "poa.model.ids",
    "Case": "poa.model.case",
    "ORDER_EXHIBIT": "poa.model.values",
    "Attempt": "poa.model.history",
    "ToDo": "poa.model.history",
    "OUTCOME_LABELS": "poa.model.history",
    "SECTION_LABELS": "poa.model.history",
    "ReportOrder": "poa.model.parts",
    "CorrectiveAction": "poa.model.parts",
    "DocumentSettings": "poa.model.parts",
    "Evidence": "poa.model.parts",
    "InterviewProgress": "poa.model.parts",
    "Issue": "poa.model.parts",
    "Letterhead": "poa.model.parts",
    "MetricSnapshot": "poa.model.parts",
    "Notice": "poa.model.parts",
    "PreventiveMeasure": "poa.model.parts",
    "RootCause": "poa.model.parts",
    "Seller": "poa.model.parts",
    "Signatory": "poa.model.parts",
}

__all__ = [
    "CADENCE_LABELS",
    "EVIDENCE_KIND_LABELS",
    "MARKETPLACES",
    "MARKETPLACE_LABELS",
    "ORDER_EXHIBIT",
    "OUTCOME_LABELS",
    "SCHEMA_VERSION",
    "SECTION_LABELS",
    "Attempt",
    "Case",
    "CorrectiveAction",
    "DocumentSettings",
    "Evidence",
    "InterviewProgress",
    "Issue",
    "Letterhead",
    "Marketplace",
    "MetricSnapshot",
    "Notice",
    "PreventiveMeasure",
    "ReportOrder",
    "RootCause",
    "Seller",
    "Signatory",
    "ToDo",
    "asin_problem",
    "order_id_problem",
]

if TYPE_CHECKING:
    from poa.model.case import Case
    from poa.model.history import OUTCOME_LABELS, SECTION_LABELS, Attempt, ToDo
    from poa.model.ids import (
        MARKETPLACE_LABELS,
        MARKETPLACES,
        Marketplace,
        asin_problem,
        order_id_problem,
    )
    from poa.model.parts import (
        CorrectiveAction,
        DocumentSettings,
        Evidence,
        InterviewProgress,
        Issue,
        Letterhead,
        MetricSnapshot,
        Notice,
        PreventiveMeasure,
        ReportOrder,
        RootCause,
        Seller,
        Signatory,
    )
    from poa.model.values import (
        CADENCE_LABELS,
        EVIDENCE_KIND_LABELS,
        ORDER_EXHIBIT,
        SCHEMA_VERSION,
    )


__getattr__ = exports(__name__, _EXPORTS)
