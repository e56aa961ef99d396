"""The layout of a table of figures in a notice: which column holds the standard.

A dashboard pasted from a marketplace's performance page is a table whose header row names
its columns. Where the standard's column comes before the seller's ("Target   Seller" over
"Late Shipment Rate   < 4 %   2.1 %"), a row's first figure is the standard, whatever marks
it; everywhere else the seller's value comes first.

>>> page = "Shipping\\n  Target   Your rate\\nLate Shipment Rate  4 %  6.1 %\\n  10 days\\n"
>>> standard_first(page.lower(), page.index("Late"))
True
>>> page = "Standard   Your shop   Etsy's standard\\nLate Shipment Rate  6.1 %  4 %\\n"
>>> standard_first(page.lower(), page.index("Late"))
False
>>> page = "| Standard | Your shop | Etsy's standard |\\n| Late Shipment Rate | 6.1 % | 4 % |\\n"
>>> standard_first(page.lower(), page.index("Late"))
False
"""

from __future__ import annotations

from poa import linear

_STANDARD = frozenset({"target", "targets", "goal", "goals", "standard", "threshold", "limit"})
"""A header cell's word for the standard's column."""

_VALUE = frozenset({"seller", "your", "yours", "you", "value", "current", "actual", "result"})
"""A header cell's word for the seller's own figure."""

_LOOK_UP = 8
"""How many lines above a row its header may stand (rows, and their detail lines, between)."""


def standard_first(lower: str, at: int) -> bool:
    """Whether the row holding position ``at`` of ``lower`` (a notice in lower case) sits
    under a header row that names the standard's column before the seller's: past the cell
    that names the rows (none when the header is indented), its first word of a standard
    comes before any word of the seller's figure, or opens the cells."""
    end = lower.rfind("\n", 0, at)
    for _ in range(_LOOK_UP):
        if end <= 0:
            return False
        start = lower.rfind("\n", 0, end) + 1
        line, end = lower[start:end], start - 1
        if not line.strip():
            return False  # the table starts below a blank line
        if any(ch.isdigit() for ch in line):
            continue  # another row, or a row's detail ("10 days")
        if not line[:1].isspace():  # its first cell names the rows ("Metric", "Standard")
            # a Markdown row opens with a pipe: its first cell is the one after it
            cells = linear.compile(r"\t|\||[ \u00a0]{2,}").split(line.strip().lstrip("|"), 1)
            line = cells[1] if len(cells) > 1 else line.strip().partition(" ")[2]
        words = [w for w in linear.findall(r"\w+", line) if w.isalpha()]
        if len(words) > 6:
            return False  # a sentence, not a header
        marks = [i for i, w in enumerate(words) if w in _STANDARD]
        if not marks:
            continue  # a section's heading over the header
        values = [i for i, w in enumerate(words) if w in _VALUE]
        return marks[0] == 0 or (bool(values) and marks[0] < values[0])
    return False


__all__ = ["standard_first"]
