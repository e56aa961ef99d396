"""Amazon's other flat files (formats.md §A4 to §A8): unshipped orders, FBA shipments, feedback
and returns. None of them carries a full rate (each lacks the order count it would be
divided by), so they give the orders behind a figure and a count, with no rate of their own.
"""

from __future__ import annotations

import datetime as dt
import itertools
from collections import Counter

from poa.metrics.dates import guess_day_first, short_date, utc_day
from poa.metrics.model import CountedOrder, FileResult, Gap, Metric, SourceFile
from poa.metrics.tables import Rows, cell
from poa.metrics.tally import Settings

SHIPMENTS_FORMAT = "amazon.fba_shipments"
UNSHIPPED_FORMAT = "amazon.unshipped_orders"
FEEDBACK_FORMAT = "amazon.feedback"
RETURNS_FORMAT = "amazon.returns"
FBA_RETURNS_FORMAT = "amazon.fba_returns"
_GUESS_ROWS = 2000
"""Rows looked at to tell day-first dates from month-first ones."""


def table_file(
    rows: Rows,
    source: str,
    fmt: str,
    report: str,
    count: int,
    skipped: int,
    as_of: dt.date | None,
    notes: tuple[str, ...] = (),
) -> SourceFile:
    return SourceFile(
        source,
        fmt,
        report,
        "amazon",
        rows.encoding,
        rows.header.delimiter,
        count,
        skipped,
        as_of,
        notes,
    )


def count_metric(
    metric: str,
    name: str,
    found: list[CountedOrder],
    source: str,
    fmt: str,
    as_of: dt.date | None,
    window: int | None,
    why: str,
) -> Metric:
    start = as_of - dt.timedelta(days=window - 1) if as_of and window else None
    return Metric(
        id=metric,
        name=name,
        value=None,
        unit="percent",
        target=None,
        comparison=None,
        target_source=None,
        status="no_data",
        window_days=window,
        window_from=start,
        window_to=as_of,
        numerator=len(found),
        denominator=None,
        source=source,
        format=fmt,
        marketplace="amazon",
        computed=True,
        notes=(why,),
    )


def dated_rows(rows: Rows, column: int | None) -> tuple[list[list[str]], bool]:
    """Every row, and whether the file's short dates put the day first (US files: month)."""
    kept = list(itertools.islice(rows, 1_000_000))
    guess = guess_day_first(cell(row, column) for row in kept[:_GUESS_ROWS])
    return kept, bool(guess)


def read_shipments(rows: Rows, source: str, settings: object) -> FileResult:
    header = rows.header
    i_id = header.index("amazon order id")
    orders: set[str] = set()
    count = 0
    for row in rows:
        count += 1
        if len(orders) < 5_000_000:
            orders.add(cell(row, i_id))
    file = table_file(
        rows,
        source,
        SHIPMENTS_FORMAT,
        "GET_AMAZON_FULFILLED_SHIPMENTS_DATA_GENERAL",
        count,
        0,
        None,
        (f"{len(orders)} orders shipped by Amazon (FBA)",),
    )
    gap = Gap(
        "late_shipment_rate",
        source,
        "Amazon ships these orders: no seller-fulfilment "
        "metric counts them (an order defect on one of them is Amazon's to answer)",
    )
    return FileResult(file, gaps=[gap])


def read_unshipped(rows: Rows, source: str, settings: object) -> FileResult:
    header = rows.header
    i_id, i_promise = header.index("order id"), header.index("promise date")
    i_past = header.index("days past promise")
    i_bought = header.index("purchase date")
    found: list[CountedOrder] = []
    seen: set[str] = set()
    count = skipped = 0
    newest: dt.date | None = None
    for row in rows:
        count += 1
        order, promise = cell(row, i_id), short_date(cell(row, i_promise), False)
        if not order or promise is None:
            skipped += 1
            continue
        newest = max(newest or promise.date(), promise.date())
        past = cell(row, i_past)
        if order in seen or not past.lstrip("-").isdigit() or int(past) <= 0:
            continue
        seen.add(order)
        found.append(
            CountedOrder(
                order,
                f"not shipped, {past} days past the promise date {promise:%Y-%m-%d}",
                promise.date(),
                source,
                ordered=utc_day(cell(row, i_bought)),
                due=promise.date(),
            )
        )
    file = table_file(
        rows,
        source,
        UNSHIPPED_FORMAT,
        "GET_FLAT_FILE_ACTIONABLE_ORDER_DATA_SHIPPING",
        count,
        skipped,
        newest,
    )
    metric = count_metric(
        "late_shipment_rate",
        "Late Shipment Rate",
        found,
        source,
        UNSHIPPED_FORMAT,
        None,
        None,
        "a count, not a rate: the report "
        "lists unshipped orders only; these will be late shipments once "
        "shipped",
    )
    return FileResult(file, [metric], {"late_shipment_rate": found})


def read_feedback(rows: Rows, source: str, settings: Settings) -> FileResult:
    header = rows.header
    i_date, i_rating, i_id = header.index("date"), header.index("rating"), header.index("order id")
    kept, day_first = dated_rows(rows, i_date)
    found: list[CountedOrder] = []
    stars: Counter[int] = Counter()
    skipped = 0
    newest: dt.date | None = None
    entries: list[tuple[dt.date, int, str]] = []
    for row in kept:
        when = short_date(cell(row, i_date), day_first)
        rating = cell(row, i_rating)
        if when is None or not rating.isdigit():
            skipped += 1
            continue
        entries.append((when.date(), int(rating), cell(row, i_id)))
        newest = max(newest or when.date(), when.date())
    window = settings.window or settings.targets.window("amazon", "order_defect_rate", 60)
    end = settings.as_of or newest
    start = end - dt.timedelta(days=window - 1) if end else None
    for day, stars_given, order in sorted(entries):
        if start and end and start <= day <= end:
            stars[stars_given] += 1
            if stars_given <= 2:
                found.append(
                    CountedOrder(
                        order,
                        f"negative feedback, {stars_given} of 5 stars, left {day}",
                        day,
                        source,
                    )
                )
    order_note = "dates read day first (dd/mm/yy)" if day_first else "dates read month first "
    order_note += "" if day_first else "(mm/dd/yy, US); a European file with only ambiguous dates "
    order_note += "" if day_first else "would read wrongly"
    file = table_file(
        rows,
        source,
        FEEDBACK_FORMAT,
        "GET_SELLER_FEEDBACK_DATA",
        len(kept),
        skipped,
        end,
        (order_note, f"ratings in the window: {dict(sorted(stars.items()))}"),
    )
    metric = count_metric(
        "negative_feedback_rate",
        "Negative feedback (part of the Order Defect Rate)",
        found,
        source,
        FEEDBACK_FORMAT,
        end,
        window,
        "a count, not a rate: the feedback report holds no order count; 1 "
        "and 2 stars are defects, 3 is neutral. Amazon counts them by the "
        "order's date, this by the feedback's",
    )
    return FileResult(file, [metric], {"negative_feedback_rate": found})


def _returns(
    rows: Rows,
    source: str,
    fmt: str,
    report: str,
    date_col: str,
    reason_col: str,
    extra: str | None,
) -> FileResult:
    header = rows.header
    i_date, i_id = header.index(date_col), header.index("order id")
    i_reason, i_extra = header.index(reason_col), header.index(extra) if extra else None
    kept, day_first = dated_rows(rows, i_date)
    found: list[CountedOrder] = []
    reasons: Counter[str] = Counter()
    skipped = 0
    newest: dt.date | None = None
    for row in kept:
        when = short_date(cell(row, i_date), day_first)
        if when is None:
            skipped += 1
            continue
        reason = cell(row, i_reason) or "no reason given"
        reasons[reason] += 1
        value = cell(row, i_extra) if i_extra is not None else ""
        detail = f"; {extra}: {value}" if value.lower() not in ("", "n", "no", "false") else ""
        found.append(
            CountedOrder(
                cell(row, i_id),
                f"returned: {reason}{detail} ({when:%Y-%m-%d})",
                when.date(),
                source,
            )
        )
        newest = max(newest or when.date(), when.date())
    top = ", ".join(f"{r} ({n})" for r, n in reasons.most_common(5))
    file = table_file(
        rows,
        source,
        fmt,
        report,
        len(kept),
        skipped,
        newest,
        (f"most common reasons: {top}",) if top else (),
    )
    metric = count_metric(
        "return_rate",
        "Returns",
        found,
        source,
        fmt,
        newest,
        None,
        "a count, not a rate: the returns report holds no order count",
    )
    return FileResult(file, [metric], {"return_rate": found})


def read_returns(rows: Rows, source: str, settings: object) -> FileResult:
    return _returns(
        rows,
        source,
        RETURNS_FORMAT,
        "GET_FLAT_FILE_RETURNS_DATA_BY_RETURN_DATE",
        "return request date",
        "return reason",
        "a to z claim",
    )


def read_fba_returns(rows: Rows, source: str, settings: object) -> FileResult:
    return _returns(
        rows,
        source,
        FBA_RETURNS_FORMAT,
        "GET_FBA_FULFILLMENT_CUSTOMER_RETURNS_DATA",
        "return date",
        "reason",
        "detailed disposition",
    )
