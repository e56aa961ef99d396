"""The parts of a case: who the seller is, what the notice said, and what was done about it."""

import datetime as dt
from typing import Annotated, Literal

from pydantic import Field, StringConstraints
from typing_extensions import TypeAliasType

from poa.model.base import Part, Text
from poa.model.values import Cadence, EvidenceKind

FactValue = TypeAliasType(
    "FactValue",
    "str | bool | int | float | dt.date | list[FactValue] | dict[str, FactValue] | None",
)
"""An answer to a bank question: a value, a list, the entries of a repeat group, or None for
an optional question the seller skipped."""
EvidenceRef = Annotated[str, StringConstraints(pattern=r"^[A-Za-z0-9][A-Za-z0-9_.-]*$")]


class Signatory(Part):
    """Who signs the plan and the letter."""

    name: Text = Field(description="Who signs the plan, e.g. the owner or a director.")
    title: Text | None = Field(
        None, description="Their role, e.g. 'Owner' or 'Operations Director'."
    )


class Seller(Part):
    """The account the notice is about: the business, its ids and how to reach it."""

    legal_name: Text = Field(description="The registered business name, as on the seller account.")
    store_name: Text | None = Field(None, description="The storefront name buyers see.")
    seller_id: Text | None = Field(
        None, description="The marketplace's id for the account (Merchant Token, Partner ID, ...)."
    )
    contact_email: (
        Annotated[str, StringConstraints(pattern=r"^[^@\s]+@[^@\s]+\.[^@\s]+$")] | None
    ) = Field(None, description="The e-mail address registered on the account.")
    phone: Text | None = None
    address: Text | None = Field(None, description="Business address, one line.")
    history: Text | None = Field(
        None,
        description="How long and how the business has sold on this marketplace; Etsy asks "
        "for it, Amazon does not want it.",
    )
    signatory: Signatory | None = None


class Notice(Part):
    """The marketplace's notice: when it came, what it cites, and by when to answer."""

    received_on: dt.date = Field(description="The day the marketplace's notice arrived.")
    reference: Text | None = Field(None, description="The notice or case reference, if it has one.")
    subject: Text | None = Field(None, description="The notice's subject line.")
    text: Text | None = Field(None, description="The notice, pasted in full.")
    language: Annotated[str, StringConstraints(pattern=r"^[a-z]{2}$")] | None = Field(
        None,
        description="The language the notice is written in, as its two-letter code (de, fr, "
        "it, es, ja); poa's documents are written in English whatever it is.",
    )
    deadline: dt.date | None = Field(
        None, description="The last day to respond, if the notice gives one."
    )
    deadline_basis: Text | None = Field(
        None,
        description="Where the deadline comes from: the notice's own words, or the reason's "
        "usual rule (then said so).",
    )
    attempt: int = Field(1, ge=1, description="1 for the first appeal, 2 for the second, ...")
    asins: list[str] = Field(default=[], description="ASINs the notice cites (Amazon).")
    skus: list[Text] = Field(default=[], description="Seller SKUs the notice cites.")
    listing_ids: list[Text] = Field(
        default=[],
        description="Item, listing or product ids the notice cites (non-Amazon).",
    )
    order_ids: list[str] = Field(default=[], description="Order ids the notice cites.")


class RootCause(Part):
    """One thing in the seller's own process that let the issue happen."""

    description: Text = Field(
        description="What failed in your process, specifically: who, what, when, how many."
    )
    evidence: list[EvidenceRef] = Field(default=[], description="Ids of supporting evidence.")


class CorrectiveAction(Part):
    """One thing already done to fix the issue, with the day it was done."""

    action: Text = Field(description="What was done to fix the problem, in the past tense.")
    completed_on: dt.date = Field(description="When it was completed (not a future date).")
    owner: Text | None = Field(None, description="Who did it: a role, e.g. 'Warehouse manager'.")
    evidence: list[EvidenceRef] = Field(default=[], description="Ids of supporting evidence.")


class PreventiveMeasure(Part):
    """A control now running that keeps the issue from coming back: who runs it, how
    often, since when and how it is checked."""

    measure: Text = Field(description="The control now in place that stops this happening again.")
    owner: Text = Field(description="Who runs it: a role, e.g. 'Shipping lead'.")
    cadence: Cadence = Field(description="How often it runs, e.g. daily or per_shipment.")
    started_on: dt.date = Field(description="The day the measure started running.")
    verification: Text | None = Field(
        None, description="How you check it works: the report, audit or KPI and its target."
    )
    evidence: list[EvidenceRef] = Field(default=[], description="Ids of supporting evidence.")


class Issue(Part):
    """One issue the notice cites, answered with its root causes, the corrective actions
    completed and the preventive measures in place."""

    reason: Annotated[str, StringConstraints(pattern=r"^[a-z]+\.[a-z0-9_]+$")] = Field(
        description="The reason id, e.g. amazon.late_shipment_rate (see the question banks)."
    )
    title: Text = Field(
        description="A short name for the issue, e.g. 'Late Shipment Rate above 4%'."
    )
    summary: Text | None = Field(None, description="What happened, in two or three sentences.")
    asins: list[str] = Field(default=[], description="ASINs this issue concerns.")
    listing_ids: list[Text] = Field(default=[], description="Listing ids this issue concerns.")
    order_ids: list[str] = Field(default=[], description="Orders this issue concerns.")
    facts: dict[Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")], FactValue] = Field(
        default={},
        description="Answers to the questions of this reason's bank, by question id.",
    )
    root_causes: list[RootCause] = Field(min_length=1)
    corrective_actions: list[CorrectiveAction] = Field(min_length=1)
    preventive_measures: list[PreventiveMeasure] = Field(min_length=1)
    # Read from the seller's own reports (issue 19; see ReportOrder below).
    report_orders: list["ReportOrder"] = Field(
        default=[],
        description="The orders behind this issue's figure, as the marketplace's own reports "
        "list them (written by 'poa metrics --into'); the order exhibit is made from them.",
    )

    def evidence_refs(self) -> list[str]:
        """The evidence ids its causes, actions and measures cite, in order, each once."""
        refs = [
            *(ref for cause in self.root_causes for ref in cause.evidence),
            *(ref for action in self.corrective_actions for ref in action.evidence),
            *(ref for measure in self.preventive_measures for ref in measure.evidence),
        ]
        return list(dict.fromkeys(refs))


class Evidence(Part):
    """A document enclosed with the plan, which causes, actions and measures cite by id."""

    id: EvidenceRef = Field(
        description="A short id that actions and measures refer to, e.g. inv-2026-03."
    )
    kind: EvidenceKind
    title: Text = Field(description="What the document is, as it will be listed in the plan.")
    description: Text | None = None
    file: Text | None = Field(None, description="The file, relative to the case file's folder.")
    issued_on: dt.date | None = Field(None, description="The document's own date.")
    issuer: Text | None = Field(
        None, description="Who issued it: supplier, laboratory, carrier, ..."
    )
    asins: list[str] = Field(default=[], description="ASINs the document covers.")
    order_ids: list[str] = Field(
        default=[], description="Orders the document covers, e.g. for carrier scans."
    )


class MetricSnapshot(Part):
    """One reading of an account-health metric: its value, target, window and date."""

    metric: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$")] = Field(
        description="The metric id, e.g. late_shipment_rate."
    )
    value: float = Field(description="The value the marketplace reported, in the metric's unit.")
    unit: Literal["percent", "count", "points", "hours"] = "percent"
    target: float | None = Field(None, description="The marketplace's target for this metric.")
    direction: Literal["at_most", "at_least"] | None = Field(
        None, description="at_most: the value must stay at or below the target; at_least: above."
    )
    window_days: int | None = Field(
        None, ge=1, description="The window the value is measured over."
    )
    as_of: dt.date = Field(description="The date of the reading.")
    source: Text | None = Field(
        None, description="Where the number comes from (report, screenshot)."
    )
    # Read from the seller's own reports (issue 19): set by 'poa metrics --into'.
    report: Text | None = Field(
        None,
        description="The report file the reading was read from, relative to the case file's "
        "folder. Set by poa when it imports a report; a reading without it was typed in.",
    )
    numerator: int | None = Field(
        None, ge=0, description="Orders (or other units) counted against the metric."
    )
    denominator: int | None = Field(None, ge=0, description="Orders (or units) measured.")
    scope: Text | None = Field(
        None,
        description="What the figure covers when the report gives several: mfn "
        "(seller-fulfilled), afn (fulfilled by Amazon), units, an eBay program and cycle "
        "(PROGRAM_US CURRENT), a shipping region.",
    )


class InterviewProgress(Part):
    """Where ``poa interview`` stands; everything else it knows is read from the case itself."""

    closed: list[str] = Field(
        default=[],
        description="Lists the seller finished adding to, e.g. issues[0].corrective_actions.",
    )
    finished: bool = Field(False, description="True once every question has been answered.")


class Letterhead(Part):
    """The heading of every document: whose paper it is written on."""

    company: Text = Field(description="The name at the top, e.g. the seller's company.")
    address: Text | None = Field(None, description="Postal address; line breaks are kept.")
    phone: Text | None = None
    email: Text | None = None
    website: Text | None = None
    logo: Text | None = Field(
        None, description="A PNG or JPEG logo, relative to the case file's folder."
    )


class DocumentSettings(Part):
    """How the documents are laid out: letterhead, paper size and date."""

    letterhead: Letterhead | None = Field(
        None,
        description="Letterhead for every document; without it, poa uses the letterhead.yaml "
        "of your template folder, or else the seller's name and contact details.",
    )
    paper: Literal["a4", "letter"] | None = Field(
        None,
        description="Page size of the PDF and DOCX. When not given it follows the marketplace "
        "site: Letter for the United States and Canada, A4 elsewhere.",
    )
    date: dt.date | None = Field(
        None, description="The date printed on the documents; left out when not given."
    )


# Read from the seller's own reports (issue 19) ------------------------------------------------
# Written by 'poa metrics --into' and 'poa interview --report'; nothing here is asked for in
# the interview, and a case without reports never has it.


class ReportOrder(Part):
    """One order behind a metric's figure, as a marketplace report lists it."""

    order_id: Text = Field(description="The marketplace's order id.")
    metric: Annotated[str, StringConstraints(pattern=r"^[a-z0-9_]+$")] = Field(
        description="The metric it counts against, e.g. late_shipment_rate."
    )
    why: Text = Field(description="Why it counts, in the report's own facts.")
    ordered_on: dt.date | None = Field(None, description="The day the order was placed.")
    due_on: dt.date | None = Field(
        None, description="The day it was due to ship (or to arrive, for delivery metrics)."
    )
    shipped_on: dt.date | None = Field(None, description="The day it shipped, if it did.")
    delivered_on: dt.date | None = Field(None, description="The day it arrived, if known.")
    report: Text | None = Field(
        None, description="The report file it was read from, relative to the case file's folder."
    )
