"""What every output format says about the document: title, author, header, paper size."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from poa.common import long_date
from poa.model import MARKETPLACE_LABELS, Case
from poa.render.escape import visible

# The longest document property Word (and python-docx) accept.
PROPERTY_LIMIT = 255


@dataclass(frozen=True)
class DocumentMeta:
    """Properties (PDF metadata, DOCX core properties) and page furniture of one document."""

    title: str
    author: str
    subject: str
    keywords: str
    header: str
    paper: str
    date: dt.date
    language: str = "en"


def document_meta(case: Case, title: str, paper: str) -> DocumentMeta:
    """The metadata of the document called ``title`` (e.g. "Plan of Action") for ``case``."""
    seller = case.seller
    header = seller.legal_name + (f" · Seller ID {seller.seller_id}" if seller.seller_id else "")
    return DocumentMeta(
        title=_property(f"{title} — {seller.store_name or seller.legal_name}"),
        author=_property(seller.legal_name),
        subject=(
            f"Response to the {MARKETPLACE_LABELS[case.marketplace]} notice of "
            f"{long_date(case.notice.received_on)}"
        ),
        keywords=_property(", ".join(dict.fromkeys(issue.reason for issue in case.issues))),
        header=_one_line(header),
        paper=paper,
        # A date from the case, never "now": the same case renders to the same bytes.
        date=case.document.date or case.notice.received_on,
    )


def _one_line(text: str) -> str:
    return " ".join(visible(text).split())


def _property(text: str) -> str:
    """``text`` as a document property: one line, at most :data:`PROPERTY_LIMIT` characters."""
    line = _one_line(text)
    if len(line) <= PROPERTY_LIMIT:
        return line
    return line[: PROPERTY_LIMIT - 1].rstrip() + "…"
