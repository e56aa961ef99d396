"""A table of parts in a PDF, read back from where its words stand on the page.

A PDF keeps no table, only pieces of text at places. Read line by line, a table whose columns
are the parts ("Issue | Root cause | What we did | Prevention") comes out as its header's words
run together and each cell's lines one after another, so nothing names a part. The pieces'
places give the table back:

- its **header** is a line of three or more pieces with a gutter between them that name the
  parts as a table's header does (``plan_columns.column_plan``); a header cell that wraps goes
  on in the lines under it, which hold nothing in the first column;
- its **columns** start at the header pieces' left edges: a piece belongs to a column when it
  starts at or after the column's edge and ends before the next column's;
- its **rows** are bands of lines: a gap between one text and the next below it wider than
  a cell's leading starts a row;
- it **ends** at the first piece that fits no column (a paragraph across the page).

The rows are then turned round as any table of parts is (``plan_columns.turned_rows``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from itertools import pairwise
from math import inf
from statistics import median
from typing import Any

from poa.review.plan_columns import column_plan, turned_rows


class Piece:
    """A run of text on one line of a PDF page, with its box in points (y grows upwards). Its
    text is read when first asked for: reading every piece's text costs twice the whole page's,
    and only a page with a table of parts needs more than the pieces' places."""

    __slots__ = ("_read", "_text", "bottom", "left", "right", "top")

    def __init__(self, box: tuple[float, float, float, float], read: Callable[[], str]) -> None:
        self.left, self.bottom, self.right, self.top = box
        self._read = read
        self._text: str | None = None

    @property
    def text(self) -> str:
        if self._text is None:
            self._text = self._read()
        return self._text


@dataclass(frozen=True)
class PartsTable:
    """Where a table of parts stands among a page's pieces, and its rows turned round."""

    start: int
    end: int
    lines: list[str]


_EDGE = 6.0
"""How far (points) a cell's line may start before its column's edge: the header's text and
the cells' text are seldom set at exactly the same place."""
_GUTTER = 12.0
"""The least space (points) between a header's cells: a line's runs of bold or plain text, a
bullet and its text, sit closer."""
_MIN_COLUMNS = 3
_HEADER_WRAP = 2
"""Lines a header cell may wrap onto."""
_LOOK_BACK = 3
_ROW_GAP = 0.6


def page_pieces(textpage: Any) -> list[Piece]:
    """The pieces of a pypdfium2 text page, in the text layer's order."""
    boxes = (textpage.get_rect(index) for index in range(textpage.count_rects()))
    return [Piece(box, partial(textpage.get_text_bounded, *box)) for box in boxes]


def page_lines(pieces: list[Piece]) -> list[str]:
    """The page's text, a line for each of its lines, with any table of parts turned round."""
    table = parts_table(pieces)
    if table is None:
        return []
    before, after = pieces[: table.start], pieces[table.end :]
    return [*_texts(before), "", *table.lines, "", *_texts(after)]


def _texts(pieces: list[Piece]) -> list[str]:
    return [" ".join(" ".join(p.text.split()) for p in line) for line in visual_lines(pieces)]


def visual_lines(pieces: list[Piece]) -> list[list[Piece]]:
    """The pieces grouped into the page's lines, in order: a piece whose middle lies within
    the height of one of the last few lines joins it (a table's text layer may give a wrapped
    header cell's second line before the next cell of the first)."""
    lines: list[list[Piece]] = []
    for piece in pieces:
        middle = (piece.top + piece.bottom) / 2
        near = (line for line in reversed(lines[-_LOOK_BACK:]) if _holds(line[0], middle))
        if (line := next(near, None)) is not None:
            line.append(piece)
        else:
            lines.append([piece])
    return lines


def _holds(piece: Piece, height: float) -> bool:
    return piece.bottom <= height <= piece.top


def parts_table(pieces: list[Piece]) -> PartsTable | None:
    """The first table of parts among a page's pieces, or None when the page has none."""
    lines = visual_lines(pieces)
    at = 0
    for number, line in enumerate(lines):
        if len(line) >= _MIN_COLUMNS and (table := _table_at(lines, number, at)) is not None:
            return table
        at += len(line)
    return None


def _table_at(lines: list[list[Piece]], number: int, at: int) -> PartsTable | None:
    header = sorted(lines[number], key=lambda piece: piece.left)
    edges = [piece.left for piece in header]
    if any(b.left - a.right < _GUTTER for a, b in pairwise(header)):
        return None  # pieces close together: runs of one line's text, not cells
    titles = [piece.text.strip() for piece in header]
    body = number + 1
    while body < len(lines) and body - number <= _HEADER_WRAP:
        columns = [_column(piece, edges) for piece in lines[body]]
        if None in columns or 0 in columns:
            break  # the first column holds the row's name: the table's first row
        for piece, column in zip(lines[body], columns, strict=True):
            assert column is not None
            titles[column] = f"{titles[column]} {piece.text.strip()}"
        body += 1
    parts = column_plan(titles)
    if parts is None:
        return None
    start = at + sum(len(line) for line in lines[number:body])
    cells: list[tuple[int, Piece]] = []
    for line in lines[body:]:
        columns = [_column(piece, edges) for piece in line]
        if None in columns:
            break
        cells += [(c, piece) for c, piece in zip(columns, line, strict=True) if c is not None]
    rows = _rows(cells, len(edges))
    if not rows:
        return None
    return PartsTable(at, start + len(cells), turned_rows(titles, parts, rows))


def _column(piece: Piece, edges: list[float]) -> int | None:
    """The column a piece stands in, or None when it crosses a column's edge or starts
    before the first."""
    for column, edge in enumerate(edges):
        after = edges[column + 1] if column + 1 < len(edges) else inf
        if edge - _EDGE <= piece.left and piece.right <= after:
            return column
    return None


def _rows(cells: list[tuple[int, Piece]], width: int) -> list[list[str]]:
    """The table's rows, top to bottom, as the text of each column: a gap between the foot of
    the text above and the next text's top wider than ``_ROW_GAP`` of a line's height starts a
    row (between a cell's lines the gap is the leading, under half a line)."""
    if not cells:
        return []
    gap = _ROW_GAP * median(piece.top - piece.bottom for _, piece in cells)
    ordered = sorted(cells, key=lambda cell: (-cell[1].top, cell[1].left))
    bands: list[list[tuple[int, Piece]]] = []
    foot = 0.0
    for column, piece in ordered:
        if not bands or piece.top < foot - gap:
            bands.append([])
            foot = piece.bottom
        bands[-1].append((column, piece))
        foot = min(foot, piece.bottom)
    return [
        [
            " ".join(p.text.strip() for c, p in band if c == column).strip()
            for column in range(width)
        ]
        for band in bands
    ]
