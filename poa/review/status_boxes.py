"""Empty tick boxes that are a status, not a field: a table's column of boxes, some ticked.

A plan tracked week by week (a PIP's schedule) ticks the rows already done ("✔") and leaves
an empty box ("☐") on the weeks still to come: the box says "not yet", it asks nobody to write
anything. A template's box stands in a table that ticks none of its boxes. The tables are
found once per text, in one pass over its lines; each box then looks up its table.
"""

from __future__ import annotations

from bisect import bisect_right
from functools import lru_cache

_TICKS = frozenset("✔✓☑✅☒")
"""Marks of a box ticked."""
_CELL_EDGES = frozenset("|;")
"""What stands either side of a cell: a Markdown table's bars, the "; " of a Word table's
row as the reader writes it ("- W2; 16-22 Mar; Dana; ✔")."""


def status_box(text: str, start: int, end: int) -> bool:
    """Whether the empty box at text[start:end] is the whole of a table's cell, in a table
    that ticks a box in another row: the status of a row not yet done."""
    if not (_edge(text[max(0, start - 4) : start][::-1]) and _edge(text[end : end + 4])):
        return False
    starts, ends = _ticked_tables(text)
    at = bisect_right(starts, start) - 1
    return at >= 0 and start < ends[at]


def _edge(near: str) -> bool:
    """Whether the few characters beside the box, read away from it, reach a cell's edge, the
    line's end or the text's through spaces only."""
    for char in near:
        if char in _CELL_EDGES or char == "\n":
            return True
        if char not in " \t":
            return False
    return len(near) < 4


@lru_cache(maxsize=4)
def _ticked_tables(text: str) -> tuple[list[int], list[int]]:
    """Where each table that ticks a box starts and ends: runs of rows, each a line that
    opens with a bar or is a list's point of cells ("- a; b")."""
    starts: list[int] = []
    ends: list[int] = []
    run_start, ticked, at = -1, False, 0
    for line in text.split("\n"):
        body = line.lstrip()
        row = body.startswith("|") or (body.startswith("- ") and "; " in body)
        if row and run_start < 0:
            run_start, ticked = at, False
        if row:
            ticked = ticked or any(char in _TICKS for char in line)
        elif run_start >= 0:
            if ticked:
                starts.append(run_start)
                ends.append(at)
            run_start = -1
        at += len(line) + 1
    if run_start >= 0 and ticked:
        starts.append(run_start)
        ends.append(at)
    return starts, ends
