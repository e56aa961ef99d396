"""The brackets of a document that are slots, judged by where they stand.

A bracket's place can settle it before its words are read: a checklist's box, a checklist's
legend, a comparison in a table of targets (``3.7% < 4%``), the key of a footnote, a pasted
form's field answered on the next line, or a list's numbered place for a document. What is
left is read for its words (``bracket_words``).
"""

from __future__ import annotations

from functools import lru_cache

from poa import linear
from poa.review.bracket_words import (
    ALTERNATIVES,
    HTML_TAG,
    IMPERATIVE,
    LABEL_WORDS,
    SENTENCE_LABEL,
    is_slot,
)
from poa.review.found_slots import Found
from poa.review.slot_masks import is_mask
from poa.review.slot_patterns import own_line
from poa.review.template_guidance import FIRST_PERSON

# A slot may wrap onto the next line (PDF text), never across a blank line.
_BRACKETED = linear.bounded(
    r"\[((?:[^\[\]\n]|\n(?![ \t]{0,40}\n)){1,400})\](?!\()"
    r"|<((?:[^<>\n]|\n(?![ \t]{0,40}\n)){1,400})>"
    r"|\{\{?((?:[^{}\n]|\n(?![ \t]{0,40}\n)){1,200})\}?\}"
    r"|«([^«»\n]{1,200})»|【([^【】\n]{0,400})】",
    reason="a slot ends at its bracket unless a link follows, and never runs across a blank "
    "line: both known only from the characters after, where another slot may start",
)
"""Square, angle and curly brackets, mail-merge guillemets (``«ASIN»``) and the lenticular
brackets of templates written for other languages (``【Shop ID】``)."""
_MERGE_FIELD = linear.compile(r"^\s*(?:[A-Z][A-Z0-9_ ]{0,40}|\w+_\w+)\s*$")
_FIELD_CODE = linear.compile(
    r"^\s*(?:IF|MERGEFIELD|FILLIN|ASK|REF|SET|NEXTIF|SKIPIF|INCLUDETEXT|MERGEREC)\s"
)
"""``{ IF «Uses_FBA» = "Yes" "…" "…" }``, ``{ MERGEFIELD Name }``: a word processor's field
code, shown as typed because the merge never ran (its keyword in capitals, then a space)."""
_ENGINE_TAG = linear.compile(r"^\s*(?:%[^%]{1,80}%|[#/^][A-Za-z][^{}]{0,80}|@[A-Za-z]\w{0,30})\s*$")
"""What a template engine runs or fills in, never prose: Jinja's ``{% … %}``, Handlebars'
``{{#if}}`` and its data variables (``{{@index}}``, ``{{@key}}``: the loop's own count)."""
_VARIABLE = linear.compile(r"^\s*[A-Za-z_][\w .]{0,60}\s*$")
_SNAKE_NAME = linear.compile(r"^[A-Za-z][A-Za-z0-9]{0,30}(?:_[A-Za-z0-9]{1,30}){1,8}$")
"""``store_name``, ``ORDER_ID_2``: a variable's name, its words joined by underscores."""


def scan_brackets(text: str, lower: str, found: Found) -> None:
    """[Your name], {{seller_id}}, «ASIN», 【…】."""
    match: linear.Match
    for match in _BRACKETED.finditer(text):
        if _bracket_is_slot(text, match):
            found.add(match.group(0), *match.span())
        if found.full:
            break


def _bracket_is_slot(text: str, match: linear.Match) -> bool:
    inner = next(g for g in match.groups() if g is not None)
    box = inner.strip().lower() in ("x", "") and match.group(1) is not None
    if box and _LEGEND_AFTER.match(text[match.end() : match.end() + 8]):
        return False  # "[x] = done   [ ] = booked": the key to a checklist's marks
    if box and _checkbox(text, match.start(), match.end()):
        # "- [x] done", "[ ] Review booked for 15 June": a point of a checklist, not a slot;
        # but in a checklist still being worked through, every box is the template's
        return _open_checklist(text)
    if match.group(5) is not None:
        return True  # 【…】 appear in an English plan only as a template's fields
    if match.group(4) is not None:  # «ASIN» is a mail-merge field, «bonjour» a quote
        return bool(_MERGE_FIELD.match(inner)) or is_slot(inner, angled=True)
    if match.group(3) is not None:
        if _ENGINE_TAG.match(inner):
            return True  # "{% if fba %}", "{{#each orders}}": a template engine's statement
        return bool(_VARIABLE.match(inner) or _FIELD_CODE.match(inner)) or is_slot(
            inner, angled=False
        )
    if match.group(1) is not None and _answered_field(text, match, inner):
        return False
    if match.group(1) is not None and _chat_source(text, match):
        return False  # "[Help Centre - chat with support]" over the chat's stamped lines
    if match.group(1) is not None and inner in _note_keys(text):
        return False  # "…shipped.[b]", then "[b]Marco: …" at the end: a note and its marker
    if match.group(2) is not None and _comparison(text, match):
        return False  # "3.7% < 4%" ... "95.8% > 95%": a table's targets, not a slot
    if (
        match.group(2) is not None
        and LABEL_WORDS.match(inner.strip())
        and not HTML_TAG.match(inner.strip())
    ):
        return True  # "<owner>", "<other tags>", "<where the wording came from>": a value's name
    if match.group(2) is not None and _SNAKE_NAME.match(inner):
        return True  # "<store_name>": a template engine's variable; "_" hides its words' ends
    if match.group(1) is not None and _unnamed_reference(text, match, inner):
        return True
    if SENTENCE_LABEL.match(inner.strip()) and not own_line(text, *match.span()):
        return True  # "[Person responsible] will review …": a value's name in a sentence
    return is_slot(inner, angled=match.group(2) is not None)


def _chat_source(text: str, match: linear.Match) -> bool:
    """A line in brackets alone over a pasted chat whose messages open on a time in brackets
    ("[4/5/2026 09:12] Support: ..."): the line names where the chat came from, the export's
    own title, not a slot. Only the next line with words is read, at most 200 characters."""
    start, end = match.span()
    if not own_line(text, start, end):
        return False
    following = text[end : end + _CHAT_LOOK].lstrip(" \t\r\n")
    return _STAMPED_MESSAGE.match(following) is not None


_CHAT_LOOK = 200
"""Characters read after a bracketed line for the chat's first stamped message."""
_STAMPED_MESSAGE = linear.compile(r"^\[[0-9][0-9/.:, -]{4,24}(?:[ap]\.?m\.?)?\][ \t]*[^\s\]]")
"""A chat's message: its date and time in brackets, then the sender ("[12/05 21:14] Ana: ")."""


_FIGURE_AFTER = linear.compile(r"^[ \t]*=?[ \t]*[-+$£€]?[0-9]")
_FIGURE_BEFORE = linear.compile(r"[0-9%][ \t]*$")


def _comparison(text: str, match: linear.Match) -> bool:
    """ "< 4%", "> 95%": a sign that compares a figure, as a metrics table's targets read,
    never a slot's bracket. A slot's "<" opens a name or an order to the writer ("<insert
    date>"); a comparison's stands between figures, a space away from the figure it compares
    ("3.7% < 4%", "<= 2%"). Either sign read so makes the pair no slot; a mask inside
    ("<123-XXXXXXX-XXXXXXX>") is a slot whatever stands around it."""
    inner = match.group(2)
    first = inner.split()[0] if inner.split() else ""
    if is_mask(first.strip("%,.;")):
        return False
    opening = inner[:1] in (" ", "\t", "=") and _FIGURE_AFTER.match(inner)
    closing = inner[-1:] in (" ", "\t") and _FIGURE_AFTER.match(
        text[match.end() : match.end() + 20]
    )
    before = _FIGURE_BEFORE.search(text[max(0, match.start() - 20) : match.start()])
    return bool((opening and before) or closing)


_EMPTY_BOX = linear.compile(r"(?m)^[ \t]*(?:[-*•][ \t]*)?\[ \]")
_TICKED_BOX = linear.compile(r"(?m)^[ \t]*(?:[-*•][ \t]*)?\[[xX]\]")
_LEGEND_AFTER = linear.compile(r"[ \t]*=")


@lru_cache(maxsize=4)
def _open_checklist(text: str) -> bool:
    """Whether ``text`` holds a checklist still being worked through: at least a quarter of
    the boxes that open its lines are empty ("[ ] Training log"). A plan's own record of what
    was done ticks its boxes and leaves a few open for what is booked but not yet due; the
    boxes of a template's list, ticked or not, are mostly empty, for whoever fills it in."""
    empty = len(_EMPTY_BOX.findall(text))
    done = [_rest_of_line(text, m.end()) for m in _TICKED_BOX.finditer(text)]
    return empty > 0 and 4 * empty >= empty + len(done) and not _own_record(done)


def _rest_of_line(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[at : end if end >= 0 else len(text)]


def _own_record(done: list[str]) -> bool:
    """Whether the ticked points of a checklist are the seller's own record of what they did
    ("[x] took down all 14 listings (Mar 4)", "[x] I added the maker's name"): most of them,
    two at least, give a figure of the case or speak as the writer. Its open boxes are then
    the seller's own to-dos; a template's ticked points are generic ("[x] Refunded buyers"),
    their figures still masks ("XX orders")."""
    own = [point for point in done if _first_person(point) or _figure(point)]
    return len(own) >= 2 and 2 * len(own) > len(done)


def _first_person(point: str) -> bool:
    return bool(FIRST_PERSON & {w.strip(".,;:!?()\"'").lower() for w in point.split()})


def _figure(point: str) -> bool:
    """A number of the case in ``point``, not a mask with a digit in it ("0.XX%")."""
    tokens = (w.strip(".,;:!?()\"'%$£€") for w in point.split())
    return any(any(c.isdigit() for c in t) and not is_mask(t) for t in tokens)


_NOTE_KEY = linear.compile(r"(?m)^[ \t]*\[([a-z]{1,2}|[0-9]{1,3})\][ \t]*\S")


@lru_cache(maxsize=4)
def _note_keys(text: str) -> frozenset[str]:
    """The keys of the notes a document lists, each opening its own line ("[a]Jen: …",
    "[2] Invoice of 4 May"): a shared document's comments or a writer's footnotes, exported
    with the text. The same key in brackets elsewhere is the mark of where the note belongs,
    not a field left to fill; a template's blank is never listed again with a text of its
    own."""
    return frozenset(match.group(1) for match in _NOTE_KEY.finditer(text))


_REFERENCE_WORDS = frozenset({"exhibit", "attachment", "annex", "appendix", "enclosure"})
_LIST_MARK = linear.compile(r"^\s*(?:[-*•◦▪–]|[0-9]{1,3}[.)])?\s*$")


def _unnamed_reference(text: str, match: linear.Match, inner: str) -> bool:
    """ "- [Attachment 2]" alone as an item of a list of documents: the list names each
    document, and this item is only the template's numbered place for one. The same reference
    inside a sentence ("see [Attachment 2]") or before the document's name ("[Exhibit A]
    Supplier invoice") points at something real."""
    words = inner.split()
    if not 1 < len(words) <= 2 or words[0].lower() not in _REFERENCE_WORDS:
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    after = text[match.end() : line_end if line_end >= 0 else len(text)]
    return bool(_LIST_MARK.match(text[line_start : match.start()])) and not after.strip()


_SIGNED = frozenset(
    {"signature", "name", "date", "address", "phone", "email", "title", "signatory", "signer"}
)
"""Fields whose value is the writer's own details, or who signs: bracketed, they are slots
wherever they stand, even over a line the writer filled ("[Company signatory]" over the
shop's name)."""


def _answered_field(text: str, match: linear.Match, inner: str) -> bool:
    """A form's field name in brackets on its own line, answered on the next: "[Reason for
    violation]" over the seller's paragraph is the heading of a pasted form, not a slot. The
    name must read as a part of a plan or a field a notice names (headings' meaning), and the
    answer must be the writer's words, with no bracket or blank of its own."""
    from poa.review.headings import meaning

    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:line_end].strip() != match.group(0):
        return False
    if IMPERATIVE.search(inner) or linear.search(
        r"\b(?:you|your|here|as needed)\b", inner, linear.I
    ):
        return False  # "[Explain any other contributing factors]": an order to the writer
    words = inner.lower().split()
    if ":" in inner or len(words) > 6 or _SIGNED & set(words):
        return False  # "[DN: …]" is a note; "[Signature block]" a value to write
    if ALTERNATIVES.search(inner):
        return False  # "[Case / claim number]": a form's field names one thing, not a choice
    read = meaning(inner.strip())
    if read.kind is None or read.score < 2:
        return False
    after = text[line_end : line_end + 600].lstrip("\n \t").split("\n", 1)[0]
    if _another_part_heading(after, read.kind):
        return False  # "[Root cause 2 - if applicable]" straight over "2. Corrective actions"
    return len(after.split()) >= 3 and not linear.search(r"[\[\]<>{}]|__|\bXX|\bTBD\b", after)


def _another_part_heading(line: str, kind: str) -> bool:
    """Whether ``line`` is the heading of a part other than ``kind``: a short line, no
    sentence, that names a part. A field followed by the next part's heading has no answer."""
    from poa.review.headings import meaning

    stripped = line.strip().rstrip(":*_ ")
    if not stripped or len(stripped.split()) > 6 or stripped.endswith((".", "!", "?")):
        return False
    read = meaning(stripped)
    return read.kind is not None and read.kind != kind and read.score >= 2


def _checkbox(text: str, start: int, end: int) -> bool:
    """Whether the box at text[start:end] opens a point ("- [x] Refunded the buyers"): it
    starts its line, and that line does not carry on a sentence wrapped from the line before
    ("… actual stock minus" / "[X] units for the top 20 SKUs", a PDF's line break), which
    ends in a word or a comma and goes on in lower case after the box."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" -*•\t"):
        return False
    if text[line_start:start].strip():
        return True  # a bullet before the box: a point of a list
    before = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
    before = before.strip()
    after = text[end : end + 3].lstrip(" \t")
    wrapped = bool(before) and (before[-1].isalnum() or before[-1] == ",")
    # a box over another box ("[x] refunded" / "[x] updated") is a list of ticked points
    return not (wrapped and after[:1].islower() and not before.lstrip(" -*•").startswith("["))
