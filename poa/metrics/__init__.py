"""Marketplace reports → account-health figures, with their targets and the orders behind them.

Each file's format is recognised by its content (a header row or a JSON shape). Where the
marketplace publishes its own figure and target (Amazon's Seller Performance report, eBay's
standards profile, Walmart's performance summary) they are quoted as they are; order files
(Amazon's All Orders report and Orders API, Walmart's Orders API, TikTok's export) give the
orders behind a figure, and a figure computed from them, marked as computed, judged against
the project's thresholds (question_banks/thresholds.yaml) when the file has no target.

>>> report = read_reports(["perf.json", "orders.txt"], window=30)      # doctest: +SKIP
>>> [(m.id, m.value, m.status) for m in report.metrics]                # doctest: +SKIP
[('late_shipment_rate', 3.2, 'at_risk'), ('pre_fulfillment_cancel_rate', 1.4, 'ok')]
>>> report.orders["pre_fulfillment_cancel_rate"][0].why                # doctest: +SKIP
'order-status Cancelled (purchased 2026-11-02); the report does not say who cancelled'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from poa.metrics.model import (
    STATUSES,
    CountedOrder,
    Gap,
    Metric,
    MetricsReport,
    SourceFile,
    Status,
)

if TYPE_CHECKING:
    from poa.workspace import Workspace

__all__ = [
    "STATUSES",
    "CountedOrder",
    "Gap",
    "Metric",
    "MetricsReport",
    "SourceFile",
    "Status",
    "read_reports",
]


def read_reports(
    paths: Iterable[str | Path],
    *,
    window: int | None = None,
    as_of: dt.date | None = None,
    workspace: Workspace | None = None,
) -> MetricsReport:
    """The figures of every report in ``paths``, in order.

    ``window`` (days) replaces each computed metric's own window; ``as_of`` is the last day of
    every computed window (default: the newest day in each order file). Published figures keep
    the windows the marketplace gave them. The thresholds come from the workspace's banks
    (without a workspace: the built-in ones and $POA_BANKS). Raises
    :class:`~poa.errors.ReportError` for a file it cannot read, recognise or use.
    """
    from poa.errors import UsageError
    from poa.metrics.recognise import read_file
    from poa.metrics.tally import Settings
    from poa.metrics.targets import Targets

    if window is not None and not 1 <= window <= 3660:
        raise UsageError(f"--window {window}: give a number of days from 1 to 3660.")
    if workspace is None:
        from poa.workspace import Workspace

        workspace = Workspace.load()
    settings = Settings(Targets(workspace.banks.thresholds), window, as_of)
    return MetricsReport.join([read_file(Path(p), settings) for p in paths], as_of)
