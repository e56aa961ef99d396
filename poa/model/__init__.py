"""The Case model: the one definition of what a case is."""

from poa.model.case import SCHEMA_VERSION, Case
from poa.model.history import OUTCOME_LABELS, SECTION_LABELS, Attempt, ToDo
from poa.model.ids import (
    MARKETPLACE_LABELS,
    MARKETPLACES,
    Marketplace,
    asin_problem,
    order_id_problem,
)
from poa.model.parts import (
    CADENCE_LABELS,
    EVIDENCE_KIND_LABELS,
    ORDER_EXHIBIT,
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
