"""Ids in a notice, wherever they stand: after one label as a list ("Purchase orders:
1234567890123, 1234567890124"; "#1, #2 and #3"; "a/b/c"), one per line under a line that names
them, or in a table's column (pipes or tabs; an HTML table's cells arrive as tabs).

Amazon's and eBay's order ids (and ASINs) have shapes nothing else has and are taken anywhere.
Walmart's purchase orders (13 or 15 digits), TikTok's orders (18) and Etsy's receipts (9 to 12)
look like other numbers, so each is judged by the label it stands under: an order's label takes
it, a case's, a tracking number's, an item's, a listing's, a product's, a SKU's or a phone's
refuses it. With no label at all, Walmart's and Etsy's are taken alone on a line only, TikTok's
anywhere (its other 18-digit numbers come labelled).
"""

from __future__ import annotations

from collections.abc import Iterable

from poa import linear

ORDER_WORDS = frozenset({"order", "orders", "po", "pos", "receipt", "receipts", "transaction",
                         "transactions", "purchase"})  # fmt: skip
"""Labels of an order id ("order", "purchase order", "PO", "receipt number")."""
OTHER_WORDS = frozenset(
    {"case", "cases", "tracking", "item", "items", "listing", "listings", "product", "products",
     "sku", "skus", "gtin", "upc", "ean", "partner", "phone", "tel", "telephone", "call", "fax",
     "reference", "ref", "complaint", "complaints", "conversation", "violation", "shipment",
     "report", "ticket", "invoice", "zip", "store", "merchant", "registration", "request",
     "requests", "claim", "dispute", "return", "video", "live", "contact", "id"}
)  # fmt: skip
"""Labels of other numbers. "id" alone ("Partner ID", "Item ID") counts only where no order's
label stands closer."""
_GLUE = frozenset({"and", "or", "no", "nos", "number", "numbers", "num", "nr", "n"})
"""Words inside a list or a label that neither name nor end it ("order numbers 1, 2 and 3")."""

_SHAPES = {
    "walmart": r"\d{15}|\d{13}",
    "tiktok": r"\d{18}",
    "etsy": r"\d{9,12}",
}
_ALONE = {"walmart": r"\d{15}|\d{13}", "etsy": r"\d{10}"}
"""Unlabelled, an id is taken only alone on its line (a bullet or '#' before it allowed)."""
_PIECE = linear.compile(r"(?P<num>\d+)|(?P<word>[A-Za-z]+)|(?P<other>[^\sA-Za-z\d])")


def order_ids(text: str, marketplace: str | None) -> list[str]:
    """The order ids of ``text`` for ``marketplace``, in reading order, each once."""
    if marketplace in (None, "amazon"):
        return _unique(linear.findall(r"\b(\d{3}-\d{7}-\d{7})\b", text))
    if marketplace == "ebay":
        return _unique(linear.findall(r"\b(\d{2}-\d{5}-\d{5})\b", text))
    shape = _SHAPES.get(marketplace)
    if shape is None:
        return []
    lines = text.splitlines()
    found = []
    for number, line in enumerate(lines):
        for match in linear.finditer(rf"(?:^|[^\w-])#?({shape})\b", line):
            label = _label_in_line(line, match.start(1), shape)
            if label is None:
                label = _label_in_table(lines, number, match.start(1))
            if label is None and _starts(line, match.start(1)):
                label = _label_above(lines, number)
            if label == "order" or (label is None and _alone(line, marketplace)):
                found.append(match.group(1))
    return _unique(found)


def asins(text: str) -> list[str]:
    return _unique(linear.findall(r"\b(B0[A-Z0-9]{8})\b", text))


def skus(text: str) -> list[str]:
    """SKUs after a "SKU" label, one or a list of them, and in a table's SKU column."""
    sku = r"[A-Z0-9][A-Z0-9._-]{2,39}"
    found = []
    for listed in linear.finditer(
        rf"\bSKUs?:?[ \t]*((?:{sku}(?:,? (?:and )?|/|; ?))*{sku})\b", text
    ):
        found += linear.findall(rf"({sku})", listed.group(1))
    lines = text.splitlines()
    for number, line in enumerate(lines):
        for column, cell in enumerate(_cells(line) or []):
            if linear.fullmatch(sku, cell.strip()) and _header_kind(lines, number, column) == "sku":
                found.append(cell.strip())
    return _unique(f for f in found if linear.search(r"\d", f))


def _unique(found: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(found))


def _kind(words: list[str]) -> str | None:
    """What the last label among ``words`` (lower case, in reading order) names; "id" names
    something else only where no other label does ("Order ID" is an order's)."""
    for word in reversed(words):
        if word in ORDER_WORDS:
            return "order"
        if word in OTHER_WORDS and word != "id":
            return "sku" if word in ("sku", "skus") else "other"
    return "other" if "id" in words else None


def _label_in_line(line: str, at: int, shape: str) -> str | None:
    """The label an id stands under on its own line: the nearest word before it, reading back
    over other ids, '#', ':', commas, slashes, 'and' ("POs 1/2/3", "Orders: #1, #2 and #3"),
    or, when the line holds a label before a colon ("Orders with low ratings: 1, 2"), that."""
    before = line[:at]
    cell = max(before.rfind("\t"), before.rfind("|"))
    for piece in reversed(list(_PIECE.finditer(before[cell + 1 :]))):
        if piece.group("num") is not None:
            if not linear.fullmatch(shape, piece.group("num")):
                break  # a number of another kind: what labels it is not this id's label
            continue
        if piece.group("other") is not None:
            if piece.group("other") in "#:,;/&.-–—()":
                continue
            break
        word = piece.group("word").lower()
        if word in _GLUE:
            continue
        kind = _kind([word])
        if word == "id":  # "Order ID" is an order's label, "Item ID" is not
            kind = _kind([*_words(before[: cell + 1 + piece.start()])[-1:], "id"])
        if kind is not None:
            return kind
        break
    if ":" in before[cell + 1 :]:
        return _kind(_words(before[cell + 1 : before.rindex(":")]))
    return None


def _words(text: str) -> list[str]:
    return [w.lower() for w in linear.findall(r"[A-Za-z]+", text)]


def _cells(line: str) -> list[str] | None:
    """A table row's cells, split at tabs or pipes; None for a line that is no row."""
    if "\t" in line:
        return line.split("\t")
    if "|" in line:
        return line.strip().strip("|").split("|")
    return None


def _label_in_table(lines: list[str], number: int, at: int) -> str | None:
    """The kind of the table column that holds position ``at`` of row ``number``."""
    line = lines[number]
    if _cells(line) is None:
        return None
    separator = "\t" if "\t" in line else "|"
    offset = 1 if separator == "|" and line.lstrip().startswith("|") else 0
    return _header_kind(lines, number, line[:at].count(separator) - offset)


def _header_kind(lines: list[str], number: int, column: int) -> str | None:
    """What a column's header names: the header is the nearest row above with no digit."""
    for above in range(number - 1, max(-1, number - 40), -1):
        header = _cells(lines[above])
        if header is None:
            if lines[above].strip():
                return None
            continue  # the rows of an HTML table come apart by blank lines
        if linear.search(r"\d", lines[above]) or set(lines[above].strip()) <= set("|-: \t"):
            continue
        return _kind(_words(header[column])) if 0 <= column < len(header) else None
    return None


def _starts(line: str, at: int) -> bool:
    """Whether an id is the first thing on its line (after a bullet, a number or '#')."""
    return linear.fullmatch(r"[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*#?", line[:at]) is not None


def _label_above(lines: list[str], number: int) -> str | None:
    """For an id that starts its line: the kind named first by the line heading its list (the
    lines above it that are blank or start with a number are the list)."""
    for above in range(number - 1, max(-1, number - 40), -1):
        line = lines[above]
        if not line.strip() or linear.match(r"[ \t]*(?:[-*•][ \t]*)?#?\d", line):
            continue
        for word in _words(line):
            if word in ORDER_WORDS:
                return "order"
            if word in OTHER_WORDS and word != "id":
                return "other"
        return None
    return None


def _alone(line: str, marketplace: str) -> bool:
    shape = _ALONE.get(marketplace)
    if shape is None:
        return marketplace == "tiktok"
    return linear.fullmatch(rf"[ \t]*(?:[-*•][ \t]*)?#?(?:{shape})[ \t]*", line) is not None
