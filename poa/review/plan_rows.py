"""A table of actions whose rows each say which part they are: a plan's checklist with a
column such as "Type" holding "Corrective" or "Preventive" in every row (# | Action | Type |
Owner | Due), under a heading that names no part ("Checklist", "Action tracker").

The reader takes parts from headings, so such a table is read as the parts its rows name: a
part's heading is put before the first row of each run of rows of that part (the table's
header row goes with the first run). A Markdown table's cells are split by "|"; a Word table's
rows come as list items with their cells joined by "; ", and a ";" inside a cell's text adds a
cell, so the part's column is counted from the row's end.
"""

from __future__ import annotations

from poa.review import headings as hd
from poa.review.line_units import HeadingLine, TextLine, Unit
from poa.review.plan_columns import PART_TITLES

_MIN_CELLS = 4
"""A table of actions has at least a number or action, the part, an owner and a date."""
_MIN_TYPED = 2
"""Rows that name their part before a column is read as the rows' part."""


def typed_rows(units: list[Unit], lines: list[str]) -> list[Unit]:
    """The units with a part's heading before each run of a typed table's rows."""
    out: list[Unit] = []
    run: list[TextLine] = []
    for unit in units:
        row = _row(unit, lines)
        if row is not None:
            run.append(row)
            continue
        out += [*_headed(run, lines), unit]
        run = []
    return out + _headed(run, lines)


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


def _headed(run: list[TextLine], lines: list[str]) -> list[Unit]:
    """The run of rows, with a part's heading before each change of the part its rows name."""
    if len(run) < _MIN_TYPED:
        return list(run)
    table = [_cells(lines, row) for row in run]
    column = _part_column(table)
    if column is None:
        return list(run)
    out: list[Unit] = []
    current: str | None = None
    for at, (row, cells) in enumerate(zip(run, table, strict=True)):
        part = _part_of(cells[column])
        if at == 0 and part is None:  # the header row: with the rows of the first part
            part = next(p for c in table if (p := _part_of(c[column])) is not None)
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
