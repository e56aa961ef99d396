"""Small helpers every room shares: where poa's own data lives, and dates in words.

This is a bottom module: it imports nothing of poa's, so any room may use it without an
arrow pointing up (``banks`` once had to reach into ``render`` for the data folder).
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

__all__ = ["data_dir", "long_date"]

_PACKAGE = Path(__file__).resolve().parent


def data_dir(name: str) -> Path:
    """A folder shipped with poa (``templates``, ``question_banks`` or ``samples``).

    In an installed wheel it sits inside the package (``poa/_data/``); in a source checkout
    it is the folder at the top of the repository.
    """
    installed = _PACKAGE / "_data" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)


def long_date(value: dt.date | None) -> str:
    """``2026-11-03`` → ``3 November 2026`` (the same in every locale, so output is stable).

    >>> long_date(dt.date(2026, 11, 3))
    '3 November 2026'
    """
    if value is None:
        return ""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def short_date(value: dt.date | None) -> str:
    """``2026-11-03`` → ``3 Nov 2026``: for table columns (the same in every locale).

    >>> short_date(dt.date(2026, 9, 3))
    '3 Sep 2026'
    """
    if value is None:
        return ""
    return f"{value.day} {_MONTHS[value.month - 1][:3]} {value.year}"
