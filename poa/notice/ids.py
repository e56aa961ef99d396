"""Ids in a notice, wherever they stand: after one label as a list ("Purchase orders:
1234567890123, 1234567890124"; "#1, #2 and #3"; "a/b/c"), one per line under a line that names
them, or in a table's column (pipes or tabs, an HTML table's cells arrive as tabs; or a
spreadsheet's export pasted under the notice, commas between cells under a header row).

Amazon's and eBay's order ids (and ASINs) have shapes nothing else has and are taken anywhere.
Walmart's purchase orders (13 or 15 digits), TikTok's orders (18) and Etsy's receipts (9 to 12)
look like other numbers, so each is judged by the label it stands under: an order's label takes
it, a case's, a tracking number's, an item's, a listing's, a product's, a SKU's or a phone's
refuses it. With no label at all, Walmart's and Etsy's are taken alone on a line only, TikTok's
anywhere (its other 18-digit numbers come labelled).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable

from poa import linear
from poa.notice.sheet import cell_starts, header_row, row_width

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
_GLUE = frozenset(
    [
        "and",
        "or",
        "no",
        "nos",
        "number",
        "numbers",
        "num",
        "nr",
        "n",
        "such",
        "as",
        "like",
        "including",
        "namely",
        "e",
        "g",
        "eg",
    ]
)
"""Words inside a list or a label that neither name nor end it ("order numbers 1, 2 and 3"),
or that bring in examples of what the label names ("orders such as #1", "orders, e.g. 1")."""
_AFTER_HEAD = frozenset(
    {"without", "with", "missing", "lacking", "whose", "that", "which", "where", "for", "from",
     "on", "of", "in", "under", "by", "at"}
)  # fmt: skip
"""Words after which a label's words only describe the thing it names: "Purchase orders
without valid tracking:" lists orders."""

_SHAPES = {
    "walmart": r"\d{15}|\d{13}",
    "tiktok": r"\d{18}",
    "etsy": r"\d{9,12}",
}
_ALONE = {"walmart": r"\d{15}|\d{13}", "etsy": r"\d{10}"}
"""Unlabelled, an id is taken only alone on its line (a bullet or '#' before it allowed)."""
_PIECE = linear.compile(
    r"(?P<num>\d+)|(?P<word>[A-Za-z]+)|(?P<cell>[\t|])|(?P<other>[^\sA-Za-z\d])"
)
_LIST_GLUE = "#:,;/&.-–—()"
"""Signs inside a list of ids or between a label and its ids."""
_HEAD = 300
"""Characters of a heading or header row read for its label (a header is short)."""


def order_ids(text: str, marketplace: str | None) -> list[str]:
    """The order ids of ``text`` for ``marketplace``, in reading order, each once.

    >>> order_ids("Purchase orders: 1234567890123, 1234567890124; case 1234567890125", "walmart")
    ['1234567890123', '1234567890124']
    """
    if marketplace in (None, "amazon"):
        return _unique(linear.findall(r"\b(\d{3}-\d{7}-\d{7})\b", text))
    if marketplace == "ebay":
        return _unique(linear.findall(r"\b(\d{2}-\d{5}-\d{5})\b", text))
    shape = _SHAPES.get(marketplace)
    if shape is None:
        return []
    page = _Page(text.splitlines())
    found = []
    carry: str | None = None  # a label ending the line before, its list running on
    for number, line in enumerate(page.lines):
        last: tuple[int, str | None] | None = None  # where the line's last id ended, its kind
        line_ids = _in_line(line, linear.compile(shape), carry)
        for at, value, label in line_ids:
            if label is None:
                label = page.column_kind(number, at)
            if label is None and _starts(line, at):
                label = page.heading_kind(number)
            if label is None and last is not None and _joined(line[last[0] : at]):
                label = last[1]  # "#3524410982, #3524476130": the list's first id's kind
            if label == "order" or (
                label is None and (_alone(line, marketplace) or _marked(line, at, marketplace))
            ):
                found.append(value)
            last = (at + len(value), label)
        words = linear.findall(r"[A-Za-z]+|\d+|[^\sA-Za-z\d]", line[-_HEAD:])
        running = not linear.search(r"[\t|]| {2,}\S", line.strip())  # no table's row
        # a row of a list that starts with its id ("5772... - damaged item") describes that
        # id: its last word labels nothing on the next line
        row = bool(line_ids) and _starts(line, line_ids[0][0])
        carry = None
        if running and not row and words and words[-1].isalpha() and _kind([words[-1].lower()]):
            # what the line's phrase names: "Orders with invalid tracking" names orders
            phrase = linear.split(r"[.!?;:][ \t]", line[-_HEAD:])[-1]
            carry = _head_kind(_words(phrase))
            if _kind([words[-1].lower()]) == "order":
                # a label that ends a running sentence labels the ids the sentence runs on
                # with, as it would on one line: "..., for example on purchase orders" over
                # "4721098836514 and 4721098840217."
                carry = "order"
    return _unique(found)


def asins(text: str) -> list[str]:
    return _unique(linear.findall(r"\b(B0[A-Z0-9]{8})\b", text))


def skus(text: str) -> list[str]:
    """SKUs after a "SKU" label, one or a list of them, and in a table's SKU column."""
    sku = r"[A-Z0-9][A-Z0-9._-]{2,39}"
    found = []
    listed = rf"\bSKUs?:?[ \t]*((?:{sku}(?:,? (?:and )?|/|; ?))*{sku})\b"
    for match in linear.finditer(listed, text):
        found += linear.findall(rf"({sku})", match.group(1))
    page = _Page(text.splitlines())
    for number, line in enumerate(page.lines):
        for column, cell in enumerate(_cells(line) or []):
            if linear.fullmatch(sku, cell.strip()) and page.kind_of(number, column) == "sku":
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


def _words(text: str) -> list[str]:
    return [w.lower() for w in linear.findall(r"[A-Za-z]+", text[:_HEAD])]


_LINKS = frozenset({"is", "are", "was", "were", "be", "include", "includes", "included"})
"""Verbs that link a phrase to what it lists: "The cases that count are linked to these
orders:" lists what follows the verb."""


_POINTERS = frozenset({"following", "these", "those", "below"})
"""Words that point to the list that follows: the label right after one names it, whatever
else the phrase says ("Buyers on the following orders reported receiving fake items:")."""


def _head_kind(words: list[str]) -> str | None:
    """What a phrase naming a list names: after a linking verb, what the verb links to ("...
    are linked to these orders"); else its head, the first thing it names before a word that
    starts describing it ("Purchase orders without valid tracking" names orders), where a
    label after a pointer ("The following orders have tracking that ...") wins; a head that
    names nothing leaves it to a pointer further on ("Buyers on the following orders ...")."""
    links = [at for at, word in enumerate(words) if word in _LINKS]
    if links and (linked := _head_kind(words[links[-1] + 1 :])) is not None:
        return linked
    if links:
        words = words[: links[-1]]
    cut = next((at for at, word in enumerate(words) if word in _AFTER_HEAD), len(words))
    head = words[:cut]
    return _pointed(head) or _kind(head) or _pointed(words) or _kind(words)


def _pointed(words: list[str]) -> str | None:
    """The kind of the label right after a pointer among ``words``, if one stands there."""
    for at, word in enumerate(words):
        if word in _POINTERS and (named := _kind(words[at + 1 : at + 3])) is not None:
            return named
    return None


def _in_line(
    line: str, shape: linear.Pattern, carry: str | None = None
) -> list[tuple[int, str, str | None]]:
    """Each id of ``shape`` in ``line`` (where, what) with the label it stands under there, in
    one pass: the nearest word before it, read back over other ids, '#', ':', commas, slashes,
    'and' ("POs 1/2/3", "Orders: #1, #2 and #3"); failing that, the label before the colon
    of its cell ("Orders with low ratings: 1, 2"). A tab or a pipe starts a new cell."""
    found: list[tuple[int, str, str | None]] = []
    label: str | None = carry  # what the list running here is of
    before_colon: str | None = None
    words: list[str] = []  # of this cell, up to its colon
    previous = ""
    listed: str | None = None  # the kind of the sentence's ids so far, while all are one kind
    seen = False  # whether the sentence has had an id
    for piece in _PIECE.finditer(line):
        if piece.group("cell") is not None:
            label, before_colon, words, previous, listed, seen = None, None, [], "", None, False
        elif piece.group("num") is not None:
            start = piece.start()
            glued = start > 0 and (line[start - 1].isalnum() or line[start - 1] in "-_")
            if not glued and shape.fullmatch(piece.group("num")):
                named = label or before_colon or (_head_kind(words) if words else None)
                # unlabelled, an id of the same shape in a sentence that listed orders is one
                # more of them ("orders include 1 and 2; a refund was issued on 3")
                named = named or listed
                found.append((start, piece.group("num"), named))
                listed, seen = named if not seen or listed == named else None, True
            else:
                label = None  # a number of another kind: what labels it is not a label here
        elif piece.group("other") is not None:
            sign = piece.group("other")
            if sign == ":":
                before_colon = _head_kind(words)
                label = before_colon or label
                words = []
            elif sign in ",(" and previous and line[: piece.start()].rstrip()[-1:].isalpha():
                # set off by a comma or a bracket, an id names the whole phrase before it:
                # "the tracking number on the first of these orders, 7946..." is a tracking
                # number, "orders for these products (5769...)" are orders
                label = _head_kind(words) or label
            elif sign in ".!?;" and line[piece.end() : piece.end() + 1] in (" ", "\t", ""):
                words, previous = [], ""  # a new sentence: a new phrase
                if sign != ";":  # a semicolon goes on with the sentence's list
                    listed, seen = None, False
            if sign not in _LIST_GLUE:
                label = None
        else:
            word = piece.group("word").lower()
            if word in _GLUE:
                continue
            kind = _kind([previous, word]) if word == "id" else _kind([word])
            label = kind
            words.append(word)
            previous = word
    return found


def _cells(line: str) -> list[str] | None:
    """A table row's cells, split at tabs or pipes; None for a line that is no row."""
    if "\t" in line:
        return line.split("\t")
    if "|" in line:
        return line.strip().strip("|").split("|")
    return None


class _Page:
    """A notice's lines, with the header row above each table row and the line heading each
    list, found in one pass from the top; what a header or heading names is read once."""

    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.header_of: list[int | None] = []  # a row's header row
        self.heading_of: list[int | None] = []  # the line above a run of numbered lines
        self._exports: dict[int, list[str]] = {}  # an export's header row: its column names
        header: int | None = None
        heading: int | None = None
        for number, line in enumerate(lines):
            row = _cells(line) is not None
            blank = not line.strip()
            if not row and (names := header_row(line) if "," in line else []):
                header, row = number, True  # an export's header row: its rows follow
                self._exports[number] = names
            elif header in self._exports and not blank:
                row = row_width(line[: _HEAD * 4]) == len(self._exports[header])
            if row and not linear.search(r"\d", line[:_HEAD]):
                if set(line.strip()) - set("|-: \t"):
                    header = number  # words only: a header row (ids have digits)
            elif not row and not blank:
                header = None  # the table ended
            self.header_of.append(header if row and header != number else None)
            self.heading_of.append(heading)
            if not blank and not linear.match(r"[ \t]*(?:[-*•][ \t]*)?#?\d", line[:_HEAD]):
                heading = number
        self._kinds: dict[int, list[str | None]] = {}
        self._starts: dict[int, list[int]] = {}  # an export row's cell starts, found once

    def column_kind(self, number: int, at: int) -> str | None:
        """The kind of the table column that holds position ``at`` of row ``number``."""
        line = self.lines[number]
        if self.header_of[number] in self._exports:
            if number not in self._starts:  # once per row, however many ids it holds
                self._starts[number] = cell_starts(line)
            return self.kind_of(number, bisect_right(self._starts[number], at) - 1)
        separator = "\t" if "\t" in line else "|" if "|" in line else None
        if separator is None:
            return None
        offset = 1 if separator == "|" and line.lstrip().startswith("|") else 0
        return self.kind_of(number, line.count(separator, 0, at) - offset)

    def kind_of(self, number: int, column: int) -> str | None:
        """What the header of row ``number``'s column names."""
        header = self.header_of[number]
        if header is None:
            return None
        if header not in self._kinds:
            cells = self._exports.get(header) or _cells(self.lines[header][:_HEAD]) or []
            self._kinds[header] = [_kind(_words(c)) for c in cells]
        kinds = self._kinds[header]
        return kinds[column] if 0 <= column < len(kinds) else None

    def heading_kind(self, number: int) -> str | None:
        """For an id that starts its line: the kind named first by the line heading its list
        (the lines above it that are blank or start with a number are the list)."""
        heading = self.heading_of[number]
        if heading is None:
            return None
        line = self.lines[heading].rstrip()
        if line.endswith(":"):  # the label the line ends on: "... The affected orders include:"
            last = _words(linear.split(r"[.!?;][ \t]", line[-_HEAD:])[-1])
            # a pointer and a label just before the colon name the list, whatever the head:
            # "The complaints that led to this review relate to the following orders:"
            return _pointed(last[-3:]) or _head_kind(last)
        parts = linear.split(r"\s[—–-]\s", line[:_HEAD])
        if len(parts) > 1:  # "Valid tracking rate — orders with invalid tracking (sample)"
            return _head_kind(_words(parts[-1])) or _head_kind(_words(parts[0]))
        for word in _words(line):
            if word in ORDER_WORDS:
                return "order"
            if word in OTHER_WORDS and word != "id":
                return "other"
        return None


def _joined(between: str) -> bool:
    """Whether two ids are items of one list: only list signs and "and" / "or" between them."""
    return linear.fullmatch(r"[ \t#,;/&]*(?:(?:and|or)[ \t#]*)?", between) is not None


def _starts(line: str, at: int) -> bool:
    """Whether an id is the first thing on its line (after a bullet, a number or '#')."""
    return (
        at <= 12
        and linear.fullmatch(r"[ \t]*(?:[-*•]|\d{1,2}[.)])?[ \t]*#?", line[:at]) is not None
    )


def _alone(line: str, marketplace: str) -> bool:
    """Whether a line holds one unlabelled id and nothing else (TikTok's need not)."""
    shape = _ALONE.get(marketplace)
    if shape is None:
        return marketplace == "tiktok"
    alone = rf"[ \t]*(?:[-*•][ \t]*)?#?(?:{shape})[ \t]*"
    return len(line) <= 40 and linear.fullmatch(alone, line) is not None


_MARKED = {"etsy": r"\d{10}"}
"""Ids a marketplace itself writes after '#' when it means an order: Etsy shows its receipts
as "#3362018475" (its listings and cases come labelled)."""


def _marked(line: str, at: int, marketplace: str) -> bool:
    """Whether an unlabelled id is written the way its marketplace writes an order number."""
    shape = _MARKED.get(marketplace)
    return (
        shape is not None
        and at > 0
        and line[at - 1] == "#"
        and linear.match(rf"(?:{shape})\b", line[at:]) is not None
    )
