"""Read a marketplace notice: the reason(s), ids, dates, metric values and what it asks for.

>>> facts = read_notice(Path("notice.txt").read_text())        # doctest: +SKIP
>>> facts.reasons, facts.deadline                                # doctest: +SKIP
(['amazon.late_shipment_rate'], datetime.date(2026, 11, 26))
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from poa.errors import CaseFileError
from poa.notice.clean import clean, own_words
from poa.notice.extract import extract
from poa.notice.facts import NoticeFacts

if TYPE_CHECKING:
    from poa.workspace import Workspace

__all__ = ["NoticeFacts", "case_skeleton", "read_notice", "read_notice_file"]

MAX_NOTICE_BYTES = 2 * 1024 * 1024


def read_notice(
    text: str, banks: Sequence[str | Path] = (), *, workspace: Workspace | None = None
) -> NoticeFacts:
    """The facts of a notice's text (plain, e-mail or HTML), read with the workspace's banks
    (without one: ``banks``, then $POA_BANKS, then the built-in ones)."""
    workspace = workspace or _workspace(banks)
    return extract(clean(text), workspace.banks, own_words(text))


def read_notice_file(
    path: str | Path, banks: Sequence[str | Path] = (), *, workspace: Workspace | None = None
) -> tuple[str, NoticeFacts]:
    """(the cleaned text, its facts) for a notice file; '-' reads standard input."""
    workspace = workspace or _workspace(banks)
    from poa.fsutil import read_limited, read_stdin_limited

    if str(path) == "-":
        data = read_stdin_limited(MAX_NOTICE_BYTES, CaseFileError, "notice")
    else:
        data = read_limited(
            Path(path),
            MAX_NOTICE_BYTES,
            CaseFileError,
            "notice",
            " Save the notice as a text file.",
        )
    raw = data.decode("utf-8", errors="replace")
    if "\x00" in raw:
        raise CaseFileError(f"{path}: a binary file, not a notice. Paste the notice as text.")
    text = clean(raw)
    return text, extract(text, workspace.banks, own_words(raw))


def _workspace(banks: Sequence[str | Path]) -> Workspace:
    """A caller of the API without a workspace: this call is the boundary that builds it."""
    from poa.workspace import Workspace

    return Workspace.load(banks=banks)


def case_skeleton(facts: NoticeFacts, text: str) -> dict[str, Any]:
    """The start of a case: what the notice already answers. The interview asks the rest."""
    notice: dict[str, Any] = {}
    if facts.received:
        notice["received_on"] = facts.received
    if facts.subject:
        notice["subject"] = facts.subject
    notice["text"] = text
    notice["language"] = facts.language
    if facts.deadline:
        notice["deadline"] = facts.deadline
        if facts.deadline_basis:
            notice["deadline_basis"] = facts.deadline_basis
    elif facts.usual_deadline:  # an estimate, said to be one: the timeline marks it with ~
        notice["deadline"] = facts.usual_deadline
        notice["deadline_basis"] = facts.usual_basis
    notice["attempt"] = facts.attempt
    for key, values in (
        ("asins", facts.asins),
        ("skus", facts.skus),
        ("order_ids", facts.order_ids),
        ("listing_ids", facts.listing_ids),
    ):
        if values:
            notice[key] = list(values)
    case: dict[str, Any] = {"schema_version": 1}
    if facts.marketplace:
        case["marketplace"] = facts.marketplace
    if facts.region:
        case["region"] = facts.region
    case["notice"] = notice
    if facts.reasons:
        case["issues"] = [{"reason": reason} for reason in facts.reasons]
    if facts.metrics and facts.received:
        case["metrics"] = [
            {**m, "as_of": facts.received, "source": "the notice"} for m in facts.metrics
        ]
    return case
