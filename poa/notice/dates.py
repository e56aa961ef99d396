"""The dates a notice writes, in every way it writes them, read as days.

"12 Feb 2026", "Feb 12, 2026", "2026-02-12", "12-Feb-2026", "Feb-12-26 09:15" (a message page's
stamp) and "02/12/2026": the last is ambiguous, and is read day first where the page says so (an
Amazon site that writes day first, a date whose first number no month has, dots), else month
first. Every other part of the reader that meets a date reads it here.
"""

from __future__ import annotations

import datetime as dt
from itertools import islice

from poa import linear

DAY_FIRST_SITES = ("co.uk", ".de", ".in", ".fr", ".it", ".es", ".com.au", ".ae")
_MONTHS = {
    m: n
    for n, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        start=1,
    )
}
MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_MONTH_ABBREVIATION = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
DATE = linear.compile(
    rf"\b(?P<d1>\d{{1,2}})(st|nd|rd|th)? {MONTH},? (?P<y1>\d{{4}})\b"
    rf"|\b{MONTH} (?P<d2>\d{{1,2}})(st|nd|rd|th)?,? (?P<y2>\d{{4}})\b"
    r"|\b(?P<iso>\d{4}-\d{2}-\d{2})\b"
    r"|\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y3>\d{4})\b"
    rf"|\b(?P<d4>\d{{1,2}})-{MONTH}-(?P<y4>\d{{4}})\b"
    rf"|\b{_MONTH_ABBREVIATION}-(?P<d5>\d{{1,2}})-(?P<y5>\d{{2}})[ \t]+\d{{1,2}}:\d{{2}}\b",
    linear.I,
)
"""A date in any of the ways above, or as a marketplace's message page stamps it, month first
with the year in two digits and the time after it ("Mar-09-26 08:31:16 PST"): the time tells
the stamp from a code ("JUN-12-24" on a label)."""


_EAST_OF_UTC = linear.compile(r"\b(?:UTC|GMT)[ \t]?\+[ \t]?\d")
"""A time stamp's offset east of Greenwich ("Sent: 02/06/2026 14:05 (UTC+1)"): the page comes
from where dates are written day first (Europe, Africa, Asia and Australia; the places that
write month first, the United States and Canada, are west of it)."""


def writes_day_first(text: str) -> bool:
    """Whether a page writes its dates day first: one of them ("21/01/2026") has a first
    number no month has, and so "08/06/2026" on the same page is 8 June; or its time stamps
    are east of Greenwich."""
    return _EAST_OF_UTC.search(text) is not None or any(
        int(m["a"]) > _MONTHS_IN_YEAR
        for m in islice(DATE.finditer(text), DATES_READ)
        if m["a"] and int(m["b"]) <= _MONTHS_IN_YEAR
    )


_MONTHS_IN_YEAR = 12


def date_in(line: str, day_first: bool) -> dt.date | None:
    """The first date ``line`` names, if any."""
    match = DATE.search(line)
    return parse_date(match, day_first) if match else None


def parse_date(match: linear.Match, day_first: bool) -> dt.date | None:
    """The day a :data:`DATE` match names; None for no real day ("31 Feb 2026")."""
    try:
        if match.group("iso"):
            return dt.date.fromisoformat(match.group("iso"))
        if match.group("y3"):
            a, b = int(match.group("a")), int(match.group("b"))
            dotted = "." in match.group(0)  # 10.11.2026 is day first everywhere
            day, month = (a, b) if day_first or dotted or a > 12 else (b, a)
            return dt.date(int(match.group("y3")), month, day)
        month_word = linear.search(MONTH, match.group(0), linear.I)
        month = _MONTHS[month_word.group(1).lower()[:3]] if month_word else 0
        day = int(match.group("d1") or match.group("d2") or match.group("d4") or match.group("d5"))
        if match.group("y5"):  # a stamp's two-digit year: this century's
            return dt.date(2000 + int(match.group("y5")), month, day)
        year = match.group("y1") or match.group("y2") or match.group("y4")
        return dt.date(int(year), month, day)
    except (ValueError, KeyError):
        return None


DATES_READ = 50
"""Dates of a page read when one of them is looked for (one written day first, the one its
notes label as the day it was sent)."""


DAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\W*)?"
"""A weekday that may stand before a date ("by Friday, June 5, 2026")."""
