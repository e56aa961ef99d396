"""A Word form's shaded fields: where a template highlights or shades the text the writer is to
replace, that text is the form's field, and the plan reader reads it in brackets as any other.

A field's name alone ("Company name") is one in any document; a shaded order to the writer
("Describe the cause - e.g. …") or a name with its value's sign ("Rate %") is one in a form
that shades fields' names elsewhere, where shading is how it marks what is left to fill.
"""

from __future__ import annotations

from typing import Any

from poa.review.residue_words import word_set


def highlighted(node: Any) -> bool:
    """Whether a run is highlighted or shaded, as a form's field is (a paragraph never is: it
    ends the runs before it). A run's shading with a fill of its own ("D9D9D9") marks a field
    as a highlight does; a fill of white, "auto" or none is no mark."""
    from docx.oxml.ns import qn

    mark = node.find(f"{qn('w:rPr')}/{qn('w:highlight')}")
    if mark is not None and mark.get(qn("w:val")) != "none":
        return True
    shade = node.find(f"{qn('w:rPr')}/{qn('w:shd')}")
    return shade is not None and (shade.get(qn("w:fill")) or "auto").upper() not in _NO_FILL


_NO_FILL = frozenset({"AUTO", "FFFFFF", "NONE", ""})
"""A run's shading fills that show nothing on the page."""


_FIELD_WORDS = 5
"""Words of a highlighted field's name ("Date of change", "Staff member responsible")."""
_ORDER_WORDS = 30
"""Words of a highlighted order to the writer, what to write after its verb included."""
_ORDERS = word_set(
    "add attach choose describe enter explain fill give insert list mention name paste pick "
    "provide select specify state summarise summarize type write"
)
"""Verbs that open a form's order to the writer: "Enter %", "Describe the root cause"."""
_SIGNS = frozenset("%#£$€")
"""Signs that stand with a field's name for the value's kind: "Rate %", "Order #"."""


def bracket_field(pieces: list[str], start: int, *, orders: bool) -> None:
    """Put in brackets the highlighted text from ``pieces[start]`` when it is a field's name.

    A template marks a field it leaves to the writer by highlighting its name ("Company
    name", "Date of change"), as others put it in brackets: in brackets, the plan reader
    judges it as any bracketed field. Only a short name of words counts, a few words of
    letters alone; a highlighted sentence, a date or a figure is the writer's own stress.
    With ``orders`` (the document shades fields' names elsewhere), a shaded order to the writer
    ("Describe the cause - e.g. …") or a name with its value's sign ("Rate %") is one too."""
    marked = "".join(pieces[start:])
    name = marked.strip()
    if not _field_name(name) and not (orders and _field_order(name)):
        return
    lead = marked[: len(marked) - len(marked.lstrip())]
    trail = marked[len(marked.rstrip()) :]
    pieces[start:] = [f"{lead}[{name}]{trail}"]


def _field_name(text: str) -> bool:
    """Whether ``text`` is a short name of words of letters alone ("Date of change")."""
    words = text.split()
    return 0 < len(words) <= _FIELD_WORDS and all(_lettered(word) for word in words)


def _lettered(word: str) -> bool:
    return word.replace("-", "").replace("'", "").replace("/", "").isalpha()


def _field_order(text: str) -> bool:
    """Whether ``text``, on one line, orders the writer to put a value in ("List the files
    attached") or names a value with its sign ("Refund %")."""
    words = text.split()
    if not 0 < len(words) <= _ORDER_WORDS or "\n" in text or "[" in text:
        return False
    if words[0].lower() in _ORDERS and len(words) > 1:
        return True
    return (
        len(words) <= _FIELD_WORDS
        and all(_lettered(w) or w in _SIGNS for w in words)
        and any(w in _SIGNS for w in words)
    )


def shades_field_names(body: Any) -> bool:
    """Whether a run of the document is highlighted or shaded and holds a field's name alone:
    a form that marks its fields so, whose other shaded orders are its fields too."""
    from docx.oxml.ns import qn

    text = qn("w:t")
    for run in body.iter(qn("w:r")):
        if highlighted(run) and _field_name("".join(t.text or "" for t in run.iter(text))):
            return True
    return False
