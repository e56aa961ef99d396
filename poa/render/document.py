"""Case → the Markdown of each document: which documents fit a case, and what templates get."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from poa.errors import UsageError
from poa.model import Case, Letterhead, MetricSnapshot
from poa.render.catalog import DOCUMENT_KINDS, Library, Template
from poa.render.library import render_template
from poa.render.orders import OrderNotes
from poa.render.pip import metric_value, pip_metrics

if TYPE_CHECKING:
    from poa.banks import BankLibrary
    from poa.workspace import Workspace

DOCUMENTS: tuple[str, ...] = DOCUMENT_KINDS
"""The documents poa writes, in the order it writes them."""

DOCUMENT_TITLES: dict[str, str] = {
    "poa": "Plan of Action",
    "letter": "Appeal letter",
    "pip": "Performance Improvement Plan",
    "evidence": "Evidence index",
    "orders": "List of orders",
    "channel": "Text for the appeal form",
}


@dataclass
class Draft:
    """One case, ready to render: the template library and question banks it uses (both from
    the run's workspace) and what every template gets."""

    case: Case
    library: Library
    banks: BankLibrary
    base_dir: Path | None = None
    """The case file's folder (for the logo); None for a case that is not on disk."""
    chosen: Mapping[str, str] = field(default_factory=dict)
    """Document → template name, where the user picked one (``--template letter=NAME``)."""

    @classmethod
    def of(
        cls,
        case: Case,
        workspace: Workspace,
        base_dir: Path | None = None,
        chosen: Mapping[str, str] | None = None,
    ) -> Draft:
        """The draft of ``case`` with the workspace's templates and banks."""
        library = Library(workspace.template_folders, workspace.cache)
        return cls(case, library, workspace.banks, base_dir, dict(chosen or {}))

    def template(self, document: str) -> Template:
        kind = "layout" if document == "channel-sheet" else document
        if document == "channel-sheet":
            return self.library.get(self.chosen.get(document, "channel-sheet"))
        return self.library.choose(kind, self.case, self.chosen.get(document))

    def title(self, document: str) -> str:
        return self.template(document).meta.title or DOCUMENT_TITLES[document]

    def context(self) -> dict[str, Any]:
        if not hasattr(self, "_context"):
            self._context = template_context(self.case, self.library, self.banks, self.base_dir)
        return self._context


def parse_documents(
    value: str | Sequence[str] | None, case: Case, banks: BankLibrary
) -> tuple[str, ...]:
    """``"poa,letter"`` → ``("poa", "letter")``; None → the documents that fit ``case``."""
    if value is None:
        return default_documents(case, banks)
    names = value.split(",") if isinstance(value, str) else list(value)
    chosen = tuple(dict.fromkeys(n.strip().lower() for n in names if n.strip()))
    unknown = [n for n in chosen if n not in DOCUMENTS]
    if unknown or not chosen:
        raise UsageError(
            f"Unknown document {', '.join(unknown) or '(none)'}: choose from "
            f"{','.join(DOCUMENTS)}, e.g. --doc poa,letter"
        )
    return chosen


def default_documents(case: Case, banks: BankLibrary) -> tuple[str, ...]:
    """Plan, letter and form text always; the evidence index when there is evidence; the
    improvement plan when there are metrics (the case's, or answers ``banks`` tie to one); the
    order exhibit when an issue lists orders from the seller's reports."""
    documents = ["poa", "letter"]
    if case.metrics or pip_metrics(case, banks):
        documents.append("pip")
    if case.evidence:
        documents.append("evidence")
    if any(issue.report_orders for issue in case.issues):
        documents.append("orders")
    documents.append("channel")
    return tuple(documents)


def render_markdown(case: Case, document: str = "poa", draft: Draft | None = None) -> str:
    """The Markdown of one document of the case.

    ``draft`` carries the templates and banks to use; without one, those of a workspace
    built from the environment (a program calling poa's API is a boundary too).
    """
    if draft is None:
        from poa.workspace import Workspace

        draft = Draft.of(case, Workspace.load())
    if document not in DOCUMENTS:
        raise UsageError(f"Unknown document {document!r}; choose one of: {', '.join(DOCUMENTS)}.")
    context = draft.context()
    if document == "pip" and not context["pip"]:
        raise UsageError(
            "This case has no metrics for an improvement plan. Add them under 'metrics:' in "
            "the case file, or answer the metric questions in poa interview."
        )
    if document == "evidence" and not case.evidence:
        raise UsageError(
            "This case lists no evidence. Add documents under 'evidence:' in the case file."
        )
    if document == "orders" and not any(issue.report_orders for issue in case.issues):
        raise UsageError(
            "This case lists no orders from reports for an order exhibit. Read them in with: "
            "poa metrics REPORT... --into CASE"
        )
    if document == "channel":
        from poa.render.channel import channel_fields

        fields = channel_fields(draft.template("channel"), draft.library, context)
        context = {**context, "fields": fields, "form": draft.template("channel").meta}
        return _render(draft, draft.template("channel-sheet"), context)
    return _render(draft, draft.template(document), context)


def channel_text(case: Case, draft: Draft) -> tuple[str, list[Any]]:
    """The paste-ready text of every box of the form, and the boxes themselves."""
    from poa.render.channel import channel_fields

    fields = channel_fields(draft.template("channel"), draft.library, draft.context())
    parts = []
    for box in fields:
        limit = f" of {box.limit:,}" if box.limit else ""
        parts.append(f"=== {box.label} ({box.count:,}{limit} characters) ===\n\n{box.text}\n")
    return "\n".join(parts), fields


def _render(draft: Draft, template: Template, context: dict[str, Any]) -> str:
    folders = tuple(str(f) for f in draft.library.folders)
    return render_template(template.name, folders, template.syntax, **context)


def template_context(
    case: Case, library: Library, banks: BankLibrary, base_dir: Path | None
) -> dict[str, Any]:
    """Everything a template may use besides ``case`` itself."""
    exhibit = {item.id: f"E{number}" for number, item in enumerate(case.evidence, start=1)}

    def exhibits(ids: Sequence[str]) -> str:
        return ", ".join(exhibit.get(i, i) for i in ids)

    def evidence_note(ids: Sequence[str]) -> str:
        return f" (evidence: {exhibits(ids)})" if ids else ""

    marketplaces = banks.marketplaces
    names = {t.metric: t.name for t in getattr(banks.thresholds, case.marketplace) if t.default}
    orders = OrderNotes(case, exhibit, names)
    return {
        "case": case,
        "letterhead": letterhead(case, library),
        "letterhead_given": case.document.letterhead is not None
        or bool(library.user_files("letterhead.yaml")),
        "logo": _logo(case, base_dir, library),
        "marketplace_info": getattr(marketplaces, case.marketplace) if marketplaces else None,
        "banks": {issue.reason: banks.find(issue.reason) for issue in case.issues},
        "exhibit": exhibit,
        "exhibits": exhibits,
        "evidence_note": evidence_note,
        "cited_by": _cited_by(case),
        "pip": pip_metrics(case, banks),
        "metric_label": metric_label,
        "metric_value": metric_value,
        "metric_target": metric_target,
        "order_exhibit": orders.exhibit,
        "metric_name": orders.name,
        "orders_note": orders.note,
        "orders_behind": orders.behind,
        "order_reports": orders.reports,
    }


def letterhead(case: Case, library: Library) -> Letterhead:
    """The case's letterhead, else ``letterhead.yaml`` of the user's template folder, else one
    made of the seller's own details."""
    if case.document.letterhead is not None:
        return case.document.letterhead
    for path in library.user_files("letterhead.yaml"):
        from poa.errors import TemplateError
        from poa.yamldoc import load_model

        return load_model(path, Letterhead, TemplateError, "letterhead file")
    seller = case.seller
    return Letterhead(
        company=seller.legal_name,
        address=seller.address,
        phone=seller.phone,
        email=seller.contact_email,
    )


def _logo(case: Case, base_dir: Path | None, library: Library) -> Path | None:
    """The letterhead's logo: the case's, next to the case file; else that of the template
    folder's letterhead.yaml, next to that file (an agency's own letterhead)."""
    folder, head = base_dir, case.document.letterhead
    if head is None:
        files = library.user_files("letterhead.yaml")
        if not files:
            return None
        folder, head = files[0].parent, letterhead(case, library)
    if head.logo is None or folder is None:
        return None
    path = (folder / head.logo).resolve()
    # Anything there is handed on (not only a regular file): reading it through the file
    # gate says what is wrong with a folder or a device, instead of leaving the logo out.
    return path if path.exists() and path.is_relative_to(folder.resolve()) else None


def _cited_by(case: Case) -> dict[str, list[str]]:
    """Evidence id → the issues (``Issue 2``) whose causes, actions or measures cite it."""
    found: dict[str, list[str]] = {item.id: [] for item in case.evidence}
    for number, issue in enumerate(case.issues, start=1):
        for ref in issue.evidence_refs():
            found.setdefault(ref, []).append(f"Issue {number}")
    return found


def metric_label(metric_id: str) -> str:
    """``late_shipment_rate`` → ``Late shipment rate``."""
    return metric_id.replace("_", " ").capitalize()


def metric_target(metric: MetricSnapshot) -> str:
    if metric.target is None:
        return ""
    sign = {"at_most": "≤ ", "at_least": "≥ "}.get(metric.direction or "", "")
    return sign + metric_value(metric.target, metric.unit)
