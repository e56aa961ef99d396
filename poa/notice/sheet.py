"""A notice kept as a spreadsheet export, read as the labelled lines the rest of the reader knows.

A seller who tracks a notice in a spreadsheet pastes its export: a header row naming the
columns ("notice_date,marketplace,order_no,respond_by,our_notes") over one row per cited
item, comma-separated, cells with commas quoted. Each column is read by its header: it becomes
one line, the header then the column's values, each once ("order no: 1, 2, 3"; "respond by:
2026-09-14"), so an order column's cells are ids under an order's label and a "respond by"
column is the deadline. A column of the seller's own notes is not the marketplace's words and
is left out: what only it names (a spare ASIN, a case, a tracking number) is not cited.

>>> print(as_records('date,order_no,respond_by,our_notes\\n'
...                  '2026-09-04,123,2026-09-14,"call Jo, B0AAAAAAAA"\\n'
...                  '2026-09-04,124,2026-09-14,same'))
date: 2026-09-04
order no: 123, 124
respond by: 2026-09-14
"""

from __future__ import annotations

import csv

from poa import linear

_NOTES = frozenset({"notes", "note", "notizen", "anmerkungen", "notas", "remarques", "memo",
                    "comments", "commenti", "kommentare", "comentarios", "commentaires", "メモ",
                    "備考"})  # fmt: skip
"""A header's word for a column the seller keeps for themselves ("our_notes", "Note nostre")."""
_COLUMNS = 4
"""The fewest columns of an export (a sentence with two commas is no header row)."""
_HEADER_CELL = linear.compile(r"[^\d.!?;:\"]{1,60}")
"""A header cell: a short name, no figure, no sentence's end."""


def as_records(text: str) -> str:
    """``text`` with each spreadsheet export in it (a header row over rows of as many
    comma-separated cells) rewritten one line per column; any other text unchanged."""
    if text.count(",") < 2 * _COLUMNS:  # the hot path: no export without commas
        return text
    lines = text.splitlines()
    out: list[str] = []
    at, read = 0, False
    while at < len(lines):
        header = header_row(lines[at])
        rows = _rows(lines, at + 1, len(header)) if header else []
        end = at + 1 + len(rows)  # past the rows read: each line is read as a row once
        if not _kept_notice(rows):
            out.extend(lines[at:end])  # a table of other things, kept as it is
        else:
            out.extend(_columns(header, rows))
            read = True
        at = end
    return "\n".join(out) if read else text


def _cells(line: str) -> list[str]:
    """A line's comma-separated cells, quotes honoured."""
    return [cell.strip() for cell in next(csv.reader([line]), [])]


def header_row(line: str) -> list[str]:
    """The column names of an export's header row; none for a line that is not one."""
    if line.count(",") < _COLUMNS - 1:
        return []
    cells = _cells(line)
    if len(cells) < _COLUMNS or not all(_HEADER_CELL.fullmatch(cell) for cell in cells):
        return []
    return cells


def row_width(line: str) -> int:
    """How many comma-separated cells a line holds, quotes honoured."""
    return len(_cells(line)) if "," in line else 0


def cell_starts(line: str) -> list[int]:
    """Where each comma-separated cell of a row starts, quotes honoured, in one pass."""
    starts, quoted = [0], False
    for at, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == "," and not quoted:
            starts.append(at + 1)
    return starts


def _rows(lines: list[str], start: int, width: int) -> list[list[str]]:
    """The rows under a header from line ``start``: each line of ``width`` cells, up to the
    first that is not."""
    rows = []
    for line in lines[start:]:
        if line.count(",") < width - 1:
            break
        cells = _cells(line)
        if len(cells) != width:
            break
        rows.append(cells)
    return rows


def _kept_notice(rows: list[list[str]]) -> bool:
    """Whether rows are a notice kept one row per cited item: the notice's own fields (its
    date, its deadline) repeat on every row. A table of different things (a scorecard's
    metrics, a list of orders with their own dates) has no such column and stays a table."""
    return bool(rows) and any(len({row[c] for row in rows}) == 1 for c in range(len(rows[0])))


def _columns(header: list[str], rows: list[list[str]]) -> list[str]:
    """One line per column but the seller's notes: its name, then its values, each once."""
    lines = []
    for column, name in enumerate(header):
        words = set(linear.findall(r"\w+", name.lower().replace("_", " ")))
        if words & _NOTES:
            continue
        values = [row[column] for row in rows if row[column]]
        lines.append(f"{name.replace('_', ' ')}: {', '.join(dict.fromkeys(values))}")
    return lines
