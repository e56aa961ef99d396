"""TikTok Shop's Seller Center "All orders" export (CSV; formats.md §T1), partly: the
seller-fault cancellation rate and valid tracking, by order.

The export has one row per SKU (an order is counted once), a second row of column
descriptions (skipped: its date does not read), dates as ``DD/MM/YYYY HH:MM:SS`` in the shop's
time zone (day or month first is told from the dates themselves), and orders fulfilled by
TikTok (FBT), which are exempt. It has no dispatch deadline, so the late dispatch rate is
not computable from it.
"""

from __future__ import annotations

import itertools

from poa.metrics.dates import guess_day_first, short_date
from poa.metrics.model import CountedOrder, FileResult, Gap, SourceFile
from poa.metrics.tables import Rows, cell
from poa.metrics.tally import Settings, Tally

FORMAT = "tiktok.all_orders"


def read(rows: Rows, source: str, settings: Settings) -> FileResult:
    header = rows.header
    i_id, i_created = header.index("order id"), header.index("created time")
    i_type = header.index("cancelation/return type", "cancellation/return type")
    i_by, i_reason = header.index("cancel by"), header.index("cancel reason")
    i_shipped = header.index("shipped time")
    i_tracking, i_carrier = header.index("tracking id"), header.index("shipping provider name")
    i_fulfil = header.index("fulfillment type")
    head = list(itertools.islice(rows, 2000))
    day_first = guess_day_first(cell(r, i_created) for r in head)
    day_first = True if day_first is None else day_first  # the exports seen are day first
    cancels, tracked = (
        Tally("seller_fault_cancellation_rate"),
        Tally("valid_tracking_rate", share_good=True),
    )
    seen: set[str] = set()
    count = skipped = fbt = 0
    for row in itertools.chain(head, rows):
        count += 1
        order = cell(row, i_id)
        if order in seen:
            continue
        created = short_date(cell(row, i_created), day_first)
        if not order or created is None:
            skipped += 1
            continue
        seen.add(order)
        if "tiktok" in cell(row, i_fulfil).lower():
            fbt += 1
            continue
        day = created.date()
        by = cell(row, i_by).lower()
        seller = cell(row, i_type).lower().startswith("cancel") and by.startswith("seller")
        why = f"cancelled by the seller: {cell(row, i_reason) or 'no reason given'}"
        cancels.add(day, CountedOrder(order, why, day, source, day) if seller else None)
        if cell(row, i_shipped):
            sent = short_date(cell(row, i_shipped), day_first)
            ok = cell(row, i_tracking) and cell(row, i_carrier)
            tracked.add(
                day,
                None
                if ok
                else CountedOrder(
                    order,
                    "shipped without a tracking id or shipping provider",
                    day,
                    source,
                    day,
                    shipped=sent.date() if sent else None,
                ),
            )
    newest = cancels.last_day()
    notes = [
        f"dates read {'day' if day_first else 'month'} first",
        f"{fbt} orders fulfilled by TikTok left out",
    ]
    file = SourceFile(
        source,
        FORMAT,
        "All orders export",
        "tiktok",
        rows.encoding,
        header.delimiter,
        count,
        skipped,
        settings.as_of or newest,
        tuple(notes),
    )
    result = FileResult(file)
    for tally in (cancels, tracked):
        metric, found = tally.metric(
            settings,
            marketplace="tiktok",
            source=source,
            format=FORMAT,
            default_window=7,
            last_day=newest,
        )
        result.metrics.append(metric)
        result.orders[metric.id] = found
    result.gaps.append(
        Gap(
            "late_dispatch_rate",
            source,
            "the export has no dispatch deadline: "
            "the Order API's rts_sla_time / shipping_due_time has it",
        )
    )
    return result
