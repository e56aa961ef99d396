"""Dates and times as marketplace files write them.

ISO 8601 with or without seconds and offset (Amazon, the Orders APIs), epoch seconds or
milliseconds (TikTok's and Walmart's APIs), and short numeric dates whose order depends on
the site (``10/20/23`` in the US, ``20.10.23`` in Germany, ``20/10/2023 14:03:11`` in a TikTok
export). Metric windows are counted in UTC days, as Amazon's are.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable

from poa import linear

_NUMERIC = linear.compile(
    r"^\s*(\d{1,4})([/.\-])(\d{1,2})[/.\-](\d{1,4})"
    r"(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(?:(AM|PM)\s*)?(?:UTC|GMT|Z)?\s*$",
    linear.I,
)
_EPOCH_MS = 10**11
"""Epoch numbers above this are milliseconds (10**11 seconds is the year 5138)."""


def instant(text: object) -> dt.datetime | None:
    """An aware UTC datetime from ISO 8601 text or an epoch number, else None.

    >>> instant("2020-11-18T23:59Z")
    datetime.datetime(2020, 11, 18, 23, 59, tzinfo=datetime.timezone.utc)
    >>> instant(1700000000000).isoformat()
    '2023-11-14T22:13:20+00:00'
    """
    if isinstance(text, bool):
        return None
    if isinstance(text, int | float):
        return _epoch(float(text))
    if not isinstance(text, str):
        return None
    value = text.strip()
    if value.isdigit() and len(value) >= 9:
        return _epoch(float(value))
    if value.endswith(" UTC"):
        value = value[:-4]
    try:
        parsed = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    if parsed.tzinfo is None:
        return parsed.replace(tzinfo=dt.UTC)
    return parsed.astimezone(dt.UTC)


def _epoch(number: float) -> dt.datetime | None:
    seconds = number / 1000 if number >= _EPOCH_MS else number
    try:
        return dt.datetime.fromtimestamp(seconds, dt.UTC)
    except (OverflowError, OSError, ValueError):
        return None


def utc_day(text: object) -> dt.date | None:
    """The UTC day of an ISO 8601 timestamp (an All Orders ``purchase-date``) or an epoch
    number, else None."""
    found = instant(text)
    return found.date() if found is not None else None


def guess_day_first(samples: Iterable[str]) -> bool | None:
    """Whether short numeric dates put the day first: True when one has a first part over 12
    (``20/10/23``) or is written with dots (German), False when one has a middle part over 12
    (``10/20/23``), None when every one is ambiguous."""
    for sample in samples:
        match = _NUMERIC.match(sample)
        if match is None or len(match.group(1)) == 4:
            continue
        if match.group(2) == "." or int(match.group(1)) > 12:
            return True
        if int(match.group(3)) > 12:
            return False
    return None


def short_date(text: str, day_first: bool) -> dt.datetime | None:
    """A short numeric date (and time), read day-first or month-first; a four-digit first
    part is read as year-month-day whatever ``day_first`` says. ISO text works too."""
    match = _NUMERIC.match(text)
    if match is None:
        return instant(text)
    first, _, middle, last, hour, minute, second, half = match.groups()
    if len(first) == 4:
        year, month, day = int(first), int(middle), int(last)
    else:
        year = int(last) + (2000 if len(last) <= 2 else 0)
        day, month = (int(first), int(middle)) if day_first else (int(middle), int(first))
    hours = int(hour or 0)
    if half and half.upper() == "PM" and hours < 12:
        hours += 12
    elif half and half.upper() == "AM" and hours == 12:
        hours = 0
    try:
        return dt.datetime(
            year, month, day, hours, int(minute or 0), int(second or 0), tzinfo=dt.UTC
        )
    except ValueError:
        return None
