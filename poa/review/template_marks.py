"""Rule X3, in a template: an order in capitals that points at its own place.

Templates mark the text still to replace by opening it with an order in capitals to the
writer that points at the text it stands in: "REPLACE ME - say what went wrong", "INSERT
ANOTHER CONTROL HERE (a tool, a check)", "TYPE HERE". The words "me" and "here" are the
template's text speaking of itself, not the seller, so the line, order and advice, is a slot.

A plan's own capitals never end that way: a heading in capitals names a part ("WHAT WE
CHANGED"), emphasis stands inside a sentence, and a plea ("PLEASE HELP US") opens no order
about the text. Only in a document already shown to be a template.
"""

from __future__ import annotations

from poa import linear
from poa.review.found_slots import Found

_POINTING_ORDER = linear.compile(
    r"^[ \t]{0,8}(?:[-*•][ \t]{1,4}|\d{1,3}[.)][ \t]{1,4})?"
    r"([A-Z]{2,20}(?:[ \t]{1,2}[A-Z]{2,20}){0,5}[ \t]{1,2}(?:ME|HERE)\b[^\n]{0,300})$",
    linear.M,
)
"""A line (or a point of a list) that opens with two to seven words in capitals, the last
"ME" or "HERE", and the rest of the line after them."""
_SELLER = frozenset({"WE", "OUR", "US", "I", "MY", "PLEASE"})
"""Words of a seller's own capitals ("PLEASE CALL ME", "WE ARE HERE"): no order to a writer."""


def pointing_orders(text: str, found: Found) -> None:
    """Each line that opens with an order in capitals pointing at its own place (see module)."""
    for line in _POINTING_ORDER.finditer(text):
        words = set(line.group(1).split(maxsplit=7)[:7])
        if _SELLER & words:
            continue
        said = line.group(1).rstrip()
        found.add(said, line.start(1), line.start(1) + len(said))
        if found.full:
            return
