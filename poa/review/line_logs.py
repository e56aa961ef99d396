"""Dated logs and diaries: lines that open with a date are entries, not headings.

A row of a log ("2026-05-06  DONE  Reno template rebuilt"), an entry wrapped under a hanging
indent, and a diary's date stamps alone on their lines ("Tuesday, March 3 - evening") each
open one point of the log, whatever a label inside them says.
"""

from __future__ import annotations

from poa import linear

_DATED = linear.compile(
    r"^\s*(?:[12][0-9]{3}-[01]?[0-9]-[0-3]?[0-9]|[0-3]?[0-9][/.][01]?[0-9][/.](?:[12][0-9])?[0-9]{2})"
    r"\s+\S"
)
"""A line that opens with a date, then text: "2026-05-06  DONE  Reno template rebuilt"."""


_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?"
_DAY = r"[0-3]?[0-9](?:st|nd|rd|th)?"
STAMP = linear.compile(
    r"^\s*(?:(?:mon|tues|tue|wednes|wed|thurs|thu|fri|satur|sat|sun)(?:day)?\.?,?\s+)?"
    rf"(?:{_MONTH}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MONTH}"
    r"|[12][0-9]{3}-[01]?[0-9]-[0-3]?[0-9]|[0-3]?[0-9][/.][01]?[0-9](?:[/.](?:[12][0-9])?[0-9]{2})?)"
    r"(?:,?\s+[12][0-9]{3})?"
    r"(?:\s*(?:[-–—,@]|at)?\s*(?:[0-2]?[0-9](?:[:.][0-5][0-9])?\s*(?:am|pm|h)?"
    r"|(?:early |late |in the )?(?:morning|afternoon|evening|night|noon|midday|lunchtime)))?"
    r"\s*[:.]?",
    linear.I,
)
"""A date stamp: "Monday, March 2, 2026 - 8:40am", "3 March, evening", "2026-03-05"."""


def stamp_only(line: str) -> bool:
    """Whether a line is a date stamp and nothing else: the opening of a diary's entry."""
    found = STAMP.match(line)
    return found is not None and not line[found.end() :].strip()


def logged(lines: list[str], index: int) -> bool:
    """A row of a dated log: each line opens with its own date, and so does the line before or
    after it. Each row is one entry (a point), not a heading nor a wrapped paragraph."""
    if not _DATED.match(lines[index]):
        return False
    return any(
        0 <= near < len(lines) and _DATED.match(lines[near]) for near in (index - 1, index + 1)
    )


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def entry_opens(lines: list[str], index: int) -> bool:
    """A log's entry with a hanging indent: a line that opens with a date, its text wrapped
    onto lines indented past the date ("2026-03-11 - Walked the floor …" / "      and found
    …"). The entry is one point, whatever its wrapped lines say."""
    line = lines[index]
    if not _DATED.match(line) or index + 1 >= len(lines):
        return False
    following = lines[index + 1]
    return bool(following.strip()) and _indent(following) > _indent(line) + 3


def entry_continues(lines: list[str], index: int) -> bool:
    """A wrapped line of a log's entry with a hanging indent: a label in it ("CAUSE: …",
    "Second problem found: …") is the entry's text, not a heading of the plan."""
    depth = _indent(lines[index])
    for above in range(index - 1, max(-1, index - 30), -1):
        line = lines[above]
        if not line.strip():
            return False
        if _indent(line) < depth:  # the line the wrapped text hangs from
            return entry_opens(lines, above)
    return False
