"""The fixed values of a case: its format version, the cadences of a preventive measure and
the kinds of evidence, each with its label.

Plain data, no pydantic: the interview's first question and ``poa notice`` use them before
(or without) building a model (issue 18).
"""

from __future__ import annotations

from typing import Literal

SCHEMA_VERSION = 1

ORDER_EXHIBIT = "report-orders"
"""The evidence id of the order exhibit: the entry poa adds when it lists orders from reports
under an issue; its document is rendered from those orders (``poa render --doc orders``)."""

Cadence = Literal[
    "per_order",
    "per_shipment",
    "per_listing",
    "per_return",
    "daily",
    "weekly",
    "fortnightly",
    "monthly",
    "quarterly",
    "annually",
    "continuous",
]
CADENCE_LABELS: dict[str, str] = {
    "per_order": "on every order",
    "per_shipment": "on every inbound shipment",
    "per_listing": "on every new or edited listing",
    "per_return": "on every returned unit",
    "daily": "daily",
    "weekly": "weekly",
    "fortnightly": "every two weeks",
    "monthly": "monthly",
    "quarterly": "quarterly",
    "annually": "once a year",
    "continuous": "continuously (automated)",
}

EvidenceKind = Literal[
    "invoice",
    "letter_of_authorization",
    "retraction",
    "test_report",
    "certificate",
    "compliance_letter",
    "tracking_export",
    "carrier_record",
    "order_list",
    "photo",
    "screenshot",
    "sop",
    "training_record",
    "contract",
    "bank_statement",
    "utility_bill",
    "identity_document",
    "report",
    "correspondence",
    "other",
]
EVIDENCE_KIND_LABELS: dict[str, str] = {
    "invoice": "Supplier invoice",
    "letter_of_authorization": "Letter of authorization",
    "retraction": "Rights owner's retraction",
    "test_report": "Laboratory test report",
    "certificate": "Certificate",
    "compliance_letter": "Letter of compliance",
    "tracking_export": "Tracking export",
    "carrier_record": "Carrier record",
    "order_list": "List of affected orders",
    "photo": "Photographs",
    "screenshot": "Screenshot",
    "sop": "Standard operating procedure",
    "training_record": "Training record",
    "contract": "Contract or agreement",
    "bank_statement": "Bank statement",
    "utility_bill": "Utility bill",
    "identity_document": "Identity document",
    "report": "Report",
    "correspondence": "Correspondence",
    "other": "Document",
}
