"""Figures and ids still to write: a run of X, 0 or # standing for digits (``XX%``, ``$XX``,
``B0XXXXXXXX``, ``123-XXXXXXX-XXXXXXX``, ``## listings``).

It decides which tokens are masks (``is_mask``) and which words are real: ``XXL`` and ``Xbox``
are words, "Part XX" is twenty, and only lines with two X or six zeros are read at all.
"""

from __future__ import annotations

from collections.abc import Iterator

from poa import linear
from poa.review.found_slots import Found

_NUMBERED = linear.compile(
    r"\b(?:part|chapter|section|article|volume|book|act|appendix|annex|schedule|clause)\s{1,3}$",
    linear.I,
)
"""A word that a Roman numeral follows ("Part XX", "Chapter XX")."""
TOKEN = linear.compile(r"[0-9A-Za-z]+(?:[-/.][0-9A-Za-z]+)*")
_SEPARATORS = linear.compile(r"[-/.]")


def scan_masks(text: str, lower: str, found: Found) -> None:
    """XX%, $XX, XX orders, B0XXXXXXXX: figures and ids still to write."""
    _hash_figures(text, found)
    for first, last in _lines_with_masks(text):
        for match in TOKEN.finditer(text[first:last]):
            if found.full:
                return
            _token(text, match.group(0), first + match.start(), first + match.end(), found)


def _lines_with_masks(text: str) -> Iterator[tuple[int, int]]:
    """Where the lines that may hold a mask start and end: every mask has two x or six zeros,
    and most lines of a plan have neither (reading each of their words cost a long plan's
    review a tenth of its time)."""
    start = 0
    for line in text.split("\n"):
        if line.count("x") + line.count("X") >= 2 or "000000" in line:
            yield start, start + len(line)
        start += len(line) + 1


def _token(text: str, token: str, start: int, end: int, found: Found) -> None:
    after = text[end : end + 1]
    money = after == "%" or text[max(0, start - 1) : start] in ("$", "£", "€")
    if set(token.lower()) == {"x"} and len(token) >= 2 and money:
        # "XX%", "$XX": a figure still to write
        found.add(token + (after if after == "%" else ""), start, end)
    elif token == "XX":  # noqa: S105 - a mask
        # "XX orders", "for XX ASINs": a figure still to write; "Part XX" is twenty
        if not _NUMBERED.search(text[max(0, start - 12) : start]):
            found.add(token, start, end)
    elif token.lower().count("x") >= 2 and is_mask(token):
        found.add(token, start, end)
    elif len(token) >= 6 and set(token) == {"0"}:
        # "Case #0000000000": a sample id in zeros, as "B0XXXXXXXX" is one in X; a real
        # id, count or amount is never six zeros and nothing else
        found.add(token, start, end)


def _hash_figures(text: str, found: Found) -> None:
    """ "## listings", "$##", "##%": a run of "#" standing for the digits of a figure still to
    write, inside a sentence, as "XX" does ("XX orders"). At a line's start (after nothing but
    marks) the same run opens a Markdown heading ("## Root cause"); touching a word, it is a
    field's mark ("##ORDER IDS##") or a number sign ("PO#")."""
    start = text.find("##")
    while start >= 0:
        end = start
        while end < len(text) and text[end] == "#":
            end += 1
        before = text[max(0, start - 1) : start]
        line = text[text.rfind("\n", 0, start) + 1 : start]
        after = text[end : end + 2]
        figure = (
            (after[:1] == " " and after[1:2].islower())  # a counted noun follows
            or after[:1] == "%"
            or before in ("$", "£", "€")
        )
        if figure and not before.isalnum() and any(c.isalnum() for c in line):
            found.add(text[start:end], start, end)
        start = text.find("##", end)


def is_mask(token: str) -> bool:
    """``XXX``, ``B0XXXXXXXX``, ``123-XXXXXXX-XXXXXXX``, ``XX/XX/2026``: X standing for what
    is to be written; ``XXL`` or ``Xbox`` are words."""
    parts = _SEPARATORS.split(token)
    masks = [p for p in parts if p and set(p.lower()) == {"x"}]
    if len(masks) == len(parts) >= 2:
        return True  # "X.X", "XX/XX"
    masks = [m for m in masks if len(m) >= 2]
    if not masks:
        # "B0XXXXXXXX", "17XXXXXXXXXXXXXXXX": a short real prefix, then X to the end
        head = token.rstrip("Xx")
        tail = len(token) - len(head)
        if head.isdigit() and (tail >= 3 or (len(head) <= 3 and tail >= 2)):
            return True  # "20XX", "1XX", "10001XXXXX": digits still to write
        return len(token) - len(head) >= 4 and len(head) <= 4 and head.isalnum()
    others = [p for p in parts if p not in masks]
    if _id_prefix(parts, masks):
        return True  # "CHG-XXXX", "INV-2026-XXXX": an id's own prefix, the number still to write
    if any(
        not (p.isdigit() or (len(p) <= 4 and p.isalnum() and p.rstrip("Xx") != p)) for p in others
    ):
        return False
    return any(len(m) >= 3 for m in masks) or len(parts) >= 2


def _id_prefix(parts: list[str], masks: list[str]) -> bool:
    """An id whose prefix is kept and whose number is not: capitals (and digits) before, a run
    of at least three X after ("SKU-XXXX", "RMA-2026-XXX"). The prefix may have segments of
    its own, each a code in capitals ("WM-IP-XXXXXX", "AMZ-CASE-2026-XXXX"), and the number
    groups of its own ("VN-XXXX-XX", a lot number). A word in
    capitals joined to X's by a hyphen is rarer than an id, and a size ("XXL") is no run of X
    alone."""
    if len(parts) < 2 or parts[-1] not in masks or max(len(m) for m in masks) < 3:
        return False  # "VN-XXXX-XX": the run of three may stand before the last group
    return _code(parts[0]) and all(p.isdigit() or p in masks or _code(p) for p in parts[1:-1])


def _code(part: str) -> bool:
    """One segment of an id's prefix: "RMA", "WM", "IP", "PO2": capitals first, no X at its end
    (that would be part of the mask, or a size)."""
    return (
        2 <= len(part) <= 6
        and part.isalnum()
        and part.isupper()
        and part[0].isalpha()
        and part.rstrip("X") == part
    )
