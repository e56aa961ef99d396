"""A template's fields written as variable names: words in capitals joined by underscores.

Some templates mark each value left to write with the name a mail-merge or a script would give
it, words in capitals joined by underscores, with a number when there are several
("Seller: SELLER_NAME", "On ACTION_DATE_1 we CORRECTIVE_ACTION_1."). A plan's own text holds
the same shape as a code: a SKU ("MUG_BLUE_12"), a report's name ("LSR_WEEKLY"), a column of
an export. One such token does not tell which it is; the document does. A template of variable
names names many kinds of value (NAME, DATE, ID, NUMBER, EMAIL …) on lines of their own, because
its whole frame is left to fill; a filled plan names its codes, not kinds of value, or names a
few columns in one sentence. So when names of kinds of value stand on enough different lines,
every variable name in the document is a field; otherwise none is.
"""

from __future__ import annotations

from collections.abc import Iterator

from poa import linear
from poa.review.capital_fields import VALUE_NAMES

Span = tuple[int, int]

_VARIABLE = linear.compile(r"\b[A-Z]{1,30}(?:_[A-Z0-9]{1,30}){1,8}\b")
"""Words in capitals joined by underscores; only the words after the first may be numbers."""
_KINDS = VALUE_NAMES | {"RATE", "COUNT", "PHONE", "ADDRESS", "NO", "AMOUNT", "TYPE"}
"""Words that say what kind of value a variable holds ("CONTACT_EMAIL", "ORDER_ID_2")."""
_TEMPLATE_LINES = 3
"""Lines with a name of a kind of value enough to make the document a template of variables."""


def variable_names(text: str) -> Iterator[Span]:
    """Spans of ``text`` that are fields written as variable names (see the module)."""
    if "_" not in text:
        return
    names = list(_VARIABLE.finditer(text))
    lines: set[int] = set()
    line, read = 0, 0
    for name in names:  # counted on from the name before: each newline once
        line, read = line + text.count("\n", read, name.start()), name.start()
        if _names_a_kind(name.group(0)):
            lines.add(line)
    if len(lines) >= _TEMPLATE_LINES:
        yield from (name.span() for name in names)


def _names_a_kind(name: str) -> bool:
    """Whether one of the words of ``name`` is a kind of value ("NOTICE_DATE", "ORDER_ID_1")."""
    return any(word in _KINDS for word in name.split("_"))
