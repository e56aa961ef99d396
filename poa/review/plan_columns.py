"""A table whose columns are the parts of a plan: a header row names the parts ("Issue | Root
cause | Actions taken | Prevention"), and each later row is one issue with its answer to each
part in that part's column. Spreadsheets saved as text and Word tables are laid out this way.

The reader understands a plan as headings and text, so such a table is turned round: each row
becomes an issue heading, then one section per part column holding that row's cell. Columns
before the first part column name the issue; a column after a part column that names no part of
its own ("Owner", "Done on", "Check freq") belongs to the part before it, as "Owner: ..." text.
"""

from __future__ import annotations

from poa.review import headings as hd

PART_TITLES = {
    hd.ROOT: "Root cause",
    hd.FIX: "Corrective actions",
    hd.PREVENT: "Preventive measures",
}
"""The heading each part column becomes: the header names the part, so the reader is told it
plainly ("Actions" alone is a weak word for a heading, but in a table beside "Root cause" and
"Prevention" it is the corrective column)."""

_MIN_COLUMNS = 3


def column_plan(header: list[str]) -> list[str | None] | None:
    """The part each column opens (or None for a column that does not open one), when the header
    names at least two different parts clearly and at least one column before them names the
    issue; otherwise None (a grid of controls, a label | text table)."""
    if len(header) < _MIN_COLUMNS:
        return None
    parts: list[str | None] = []
    opened: set[str] = set()
    for cell in header:
        titled = cell.strip() and not _a_field(cell)
        meaning = hd.meaning(hd.unnumbered(cell).rstrip(":").strip()) if titled else None
        clear = meaning is not None and meaning.kind in hd.PARTS and meaning.score >= 2
        weak = meaning is not None and meaning.kind in hd.PARTS and meaning.score >= 1
        kind = meaning.kind if meaning is not None else None
        if kind is not None and kind not in opened and (clear or (weak and opened)):
            opened.add(kind)
            parts.append(kind)
        else:
            parts.append(None)
    strong = sum(
        1 for cell, part in zip(header, parts, strict=True) if part and hd.meaning(cell).score >= 2
    )
    first = next((i for i, part in enumerate(parts) if part), 0)
    if len(opened) < 2 or strong < 2 or first == 0:
        return None
    return parts


def _a_field(cell: str) -> bool:
    """Whether a cell is only a name in brackets ("[Corrective action]", "<Root cause>"): a
    template's field to fill in, a row of a blank sheet, never a column's title."""
    stripped = cell.strip()
    return len(stripped) > 2 and stripped[0] + stripped[-1] in ("[]", "<>")


_ORDER = (hd.ROOT, hd.FIX, hd.PREVENT)
"""The order every plan gives its parts in: what went wrong, what was done, what stops it."""
_SHORT_LABEL = 3


def parts_in_order(labels: list[str]) -> bool:
    """Whether three short labels stand for the three parts in their order ("Cause | Done |
    Next", "Why | Fixed | From now on"): an issue's table of its parts, its labels too short to
    name each part alone. The table says it: three columns (or rows) under an issue, no label
    naming another part than its place's, at least two naming their own."""
    if len(labels) != len(_ORDER) or any(
        not label.strip() or len(label.split()) > _SHORT_LABEL for label in labels
    ):
        return False
    kinds = [hd.meaning(hd.unnumbered(label).rstrip(":").strip()).kind for label in labels]
    if any(kind is not None and kind != part for kind, part in zip(kinds, _ORDER, strict=True)):
        return False
    return sum(1 for kind in kinds if kind is not None) >= 2


def turned_parts(columns: list[list[str]]) -> list[str]:
    """An issue's table of its parts in order, one column (or row) a part, as one section per
    part: each cell a point of it."""
    lines: list[str] = []
    for part, cells in zip(_ORDER, columns, strict=True):
        lines += ["", f"### {PART_TITLES[part]}", ""]
        lines += [f"- {cell}" if len(cells) > 1 else cell for cell in cells if cell.strip()]
    return [*lines, ""]


def turned_rows(header: list[str], parts: list[str | None], rows: list[list[str]]) -> list[str]:
    """The table's rows as an issue heading and one section per part each."""
    first = next(i for i, part in enumerate(parts) if part)
    lines: list[str] = []
    number = 0
    for row in rows:
        cells = [cell.strip() for cell in row] + [""] * (len(header) - len(row))
        names = [i for i, c in enumerate(cells[:first]) if c and not c.rstrip(".").isdigit()]
        if not any(cells[first:]):
            if any(cells):
                lines += [" ".join(c for c in cells if c), ""]
            continue
        name = cells[names[0]] if names else ""
        meaning = hd.meaning(name) if name else None
        single = sum(1 for c in cells[first:] if c) == 1
        if single and meaning and meaning.kind in (hd.CONTEXT, hd.ASIDE) and meaning.score >= 2:
            # "4 | Evidence | | Attached: …": a part of the plan of its own, not an issue
            lines += ["", f"## {name}", ""]
            lines += [f"{c}" for c in cells[first:] if c] + [""]
            continue
        number += 1
        lines += ["", f"## Issue {number}: {name}" if name else f"## Issue {number}", ""]
        for index, (title, cell) in enumerate(zip(header[:first], cells[:first], strict=True)):
            numeral = cell.rstrip(".").isdigit()
            if cell and not numeral and title.strip() and index != (names[0] if names else -1):
                lines += [f"{title.strip()}: {cell}", ""]
        for title, part, cell in zip(header[first:], parts[first:], cells[first:], strict=True):
            if part:
                lines += ["", f"### {PART_TITLES[part]}", ""]
                if cell:
                    lines += [cell, ""]
            elif cell:
                lines += [f"{title.strip()}: {cell}" if title.strip() else cell, ""]
    return lines


def _cells(line: str) -> list[str] | None:
    stripped = line.strip()
    if stripped.count("|") < _MIN_COLUMNS - 1:
        return None
    if stripped.startswith("|"):
        stripped = stripped[1:]
    if stripped.endswith("|"):
        stripped = stripped[:-1]
    return [cell.strip() for cell in stripped.split("|")]


def _a_rule(cells: list[str]) -> bool:
    return all(not cell or set(cell) <= set("-: ") for cell in cells)


def turned_text(text: str) -> str:
    """Plain text with each table of parts as columns (cells split by "|") turned round, and
    each issue's table of its three parts in order read as its parts; other text as it was."""
    if text.count("|") < 2 * (_MIN_COLUMNS - 1):
        return text
    lines = text.split("\n")
    out: list[str] = []
    i = 0
    while i < len(lines):
        header = _cells(lines[i])
        parts = column_plan(header) if header else None
        in_order = header is not None and parts is None and parts_in_order(header)
        if header is None or (parts is None and not in_order):
            out.append(lines[i])
            i += 1
            continue
        rows: list[list[str]] = []
        j = i + 1
        while j < len(lines) and (cells := _cells(lines[j])) is not None:
            if len(cells) > len(header) + 1:
                break
            if not _a_rule(cells):
                rows.append(cells[: len(header)])
            j += 1
        if not rows:
            out.append(lines[i])
            i += 1
            continue
        if parts is None:
            rows = [row + [""] * (len(header) - len(row)) for row in rows]
            out += turned_parts([list(column) for column in zip(*rows, strict=True)])
        else:
            out += turned_rows(header, parts, rows)
        i = j
    return "\n".join(out)
