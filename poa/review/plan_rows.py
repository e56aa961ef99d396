"""A table of actions whose rows each say which part they are: a plan's checklist with a
column such as "Type" holding "Corrective" or "Preventive" in every row (# | Action | Type |
Owner | Due), under a heading that names no part ("Checklist", "Action tracker").

The reader takes parts from headings, so such a table is read as the parts its rows name: a
part's heading is put before the first row of each run of rows of that part (the table's
header row goes with the first run). A Markdown table's cells are split by "|"; a Word table's
rows come as list items with their cells joined by "; ", and a ";" inside a cell's text adds a
cell, so the part's column is counted from the row's end.

A checklist of owned tasks may instead say where each task stands, in a column such as "Status"
("Done 3 May", "Open", "Recurring"), under a heading that names no part ("Weekly checklist"):
its tasks are the plan's actions. A task done is a fix; one that recurs (its status says so, or
its words give a cadence: "every Monday", "a daily check") is a control; a task still open goes
with the part of the task before it.
"""

from __future__ import annotations

from poa import linear
from poa.review import headings as hd
from poa.review.headings import FIX, PARTS, PREVENT
from poa.review.line_units import HeadingLine, TextLine, Unit
from poa.review.plan_columns import PART_TITLES
from poa.review.plan_content import content_part

_MIN_CELLS = 4
"""A table of actions has at least a number or action, the part, an owner and a date."""
_MIN_TYPED = 2
"""Rows that name their part before a column is read as the rows' part."""
_STATUS = linear.compile(
    r"^(?:(done|completed?|closed|finished|resolved|fixed)"
    r"|(recurring|ongoing|repeating|continuous|weekly|daily|monthly)"
    r"|(open|pending|planned|scheduled|not started|to ?do|in progress|started|due))\b",
    linear.I,
)
"""A task's status cell: done (group 1), recurring (group 2), or still to do (group 3)."""
_STATUS_WORDS = 8
"""A status cell is short: "Done 29 Apr (41 still in transit)"."""


def typed_rows(units: list[Unit], lines: list[str]) -> list[Unit]:
    """The units with a part's heading before each run of a typed table's rows."""
    out: list[Unit] = []
    run: list[TextLine] = []
    under_part = False  # a checklist's statuses are read only under a heading naming no part
    for unit in units:
        row = _row(unit, lines)
        if row is not None:
            run.append(row)
            continue
        out += [*_headed(run, lines, statuses=not under_part), unit]
        run = []
        if isinstance(unit, HeadingLine):
            under_part = unit.meaning.kind in PARTS
    return out + _headed(run, lines, statuses=not under_part)


def _row(unit: Unit, lines: list[str]) -> TextLine | None:
    """The unit as a table's row: a point with at least ``_MIN_CELLS`` cells."""
    if isinstance(unit, TextLine) and unit.is_item and len(_cells(lines, unit)) >= _MIN_CELLS:
        return unit
    return None


def _cells(lines: list[str], unit: TextLine) -> list[str]:
    raw = lines[unit.line - 1] if 0 < unit.line <= len(lines) else ""
    separator = "|" if raw.count("|") >= _MIN_CELLS - 1 else ";"
    return [cell.strip() for cell in raw.strip().strip("|").split(separator)]


def _part_of(cell: str) -> str | None:
    """The part a cell names on its own ("Corrective", "Preventive", "Fix")."""
    if not cell or len(cell.split()) > 2:
        return None
    meaning = hd.meaning(cell.rstrip("."))
    return meaning.kind if meaning.kind in hd.PARTS and meaning.score >= 2.5 else None


def _headed(run: list[TextLine], lines: list[str], *, statuses: bool) -> list[Unit]:
    """The run of rows, with a part's heading before each change of the part its rows name
    or, with ``statuses``, the part their status and words tell."""
    if len(run) < _MIN_TYPED:
        return list(run)
    table = [_cells(lines, row) for row in run]
    column = _part_column(table)
    if column is not None:
        parts = [_part_of(cells[column]) for cells in table]
    elif statuses and (column := _status_column(table)) is not None:
        parts = [_status_part(cells, column) for cells in table]
    else:
        return list(run)
    out: list[Unit] = []
    current: str | None = None
    for at, (row, part) in enumerate(zip(run, parts, strict=True)):
        if at == 0 and part is None:  # the header row: with the rows of the first part
            part = next(p for p in parts if p is not None)
        if part is not None and part != current:
            meaning = hd.Meaning(part, 3, words=(part,))
            out.append(HeadingLine(row.line, PART_TITLES[part], "label", meaning))
            current = part
        out.append(row)
    return out


def _part_column(table: list[list[str]]) -> int | None:
    """The column, counted from the row's end, whose cells name a part in every row but the
    header. From the end: a ";" inside an action's text adds a cell before it."""
    rows = table[1:] if not any(_part_of(cell) for cell in table[0]) else table
    for column in range(-1, -min(len(cells) for cells in table) - 1, -1):
        named = [_part_of(cells[column]) for cells in rows]
        if sum(1 for part in named if part) >= _MIN_TYPED and all(named):
            return column
    return None


def _status(cell: str) -> int | None:
    """Which of ``_STATUS``'s groups a short cell opens with: 1 done, 2 recurring, 3 to do."""
    found = _STATUS.match(cell) if len(cell.split()) <= _STATUS_WORDS else None
    if found is None:
        return None
    return next(group for group in (1, 2, 3) if found.group(group) is not None)


def _status_column(table: list[list[str]]) -> int | None:
    """The column, counted from the row's end, that gives every task's status (the header
    row's may name the column), with at least ``_MIN_TYPED`` tasks done."""
    for column in range(-1, -min(len(cells) for cells in table) - 1, -1):
        rows = table[1:] if _status(table[0][column]) is None else table
        found = [_status(cells[column]) for cells in rows]
        if all(found) and found.count(1) >= _MIN_TYPED:
            return column
    return None


def _status_part(cells: list[str], column: int) -> str | None:
    """The part a task belongs to by where it stands: done, a fix; recurring, a control; still
    to do, a control when its words give a cadence, else the part of the task before it."""
    status = _status(cells[column])
    if status == 1:
        return FIX
    if status == 2 or (status == 3 and content_part("; ".join(cells[:column])) == PREVENT):
        return PREVENT
    return None
