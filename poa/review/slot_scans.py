"""The scans of rule X3 over plain text: notes to the writer, blanks, orders in capitals, fields
in capitals, "N/A?", what a template says to its user (``residue``) and lorem ipsum.

Each scan applies the patterns of ``slot_patterns`` and decides which of their matches are no
slot: a line to sign on, a leader of dots before a value, a form's hint beside a filled field,
a pasted form's field answered in the seller's voice.
"""

from __future__ import annotations

from poa import linear
from poa.review.capital_fields import capital_fields
from poa.review.found_slots import Found
from poa.review.plan_lines import CLOSING
from poa.review.quoted_message import answers_a_message
from poa.review.residue import residue
from poa.review.slot_patterns import (
    ABOUT_THE_DOCUMENT,
    ANGLED_NOTE,
    BLANK,
    BLANK_HINT,
    DATE_FORMAT,
    DATE_MASK,
    LABEL_AT,
    LOREM,
    LOREM_WORD,
    NOTE_TO_SELF,
    PAREN_INSTRUCTION,
    PAREN_QUESTION,
    SENTENCE,
    SHOUTED_ORDER,
    STOCK_VALUE,
    TEMPLATE_NOTE,
    TEMPLATE_TITLE,
    TEMPLATE_VARIABLE,
    UNSURE_NOT_APPLICABLE,
    UNTICKED,
    VALUE_NOUN,
    WORD_SLOT,
    WORDS,
    YES_NO,
    ZERO_MASK,
    labelled_notes,
    may_match,
    own_line,
)
from poa.review.status_boxes import status_box
from poa.review.template_fields import gaps, template_fields
from poa.review.template_guidance import FIRST_PERSON


def _leader(text: str, match: linear.Match) -> bool:
    """A run of dots that leads the eye from a label to its value on the same line ("Defect
    rate ........ 2.6%", a table's row or a list of contents): the value is written, so the
    dots are no blank. The label is short and opens the line, a space before the dots. A
    blank's dots end their line, stand inside a sentence ("the lag time was cut from ......
    to 2 days"), or before another blank, a slot or a hint in brackets ("...... (e.g. 12
    May)")."""
    if match.group(0)[:1] not in ".…" or text[match.start() - 1 : match.start()] != " ":
        return False
    line_start, line_end = _line_around(text, match.start())
    label, value = text[line_start : match.start()], text[match.end() : line_end].strip()
    if not value:
        return _heading_leader(label, _line_below(text, line_end))
    return (
        any(c.isalpha() for c in label)
        and len(label.split()) <= _LEADER_LABEL_WORDS
        and _VALUE_START.match(value) is not None
        and not _SLOT_MARKS.search(value)
        and not BLANK.search(value)
    )


def _heading_leader(label: str, below: str) -> bool:
    """A heading in capitals run into dots to the line's end ("ROOT CAUSE ........"), a written
    paragraph or list below it: the dots are the heading's layout, not a blank. A field to fill
    has a colon ("Name: ......") or is followed by another field, a name or nothing."""
    words = label.split()
    return (
        any(c.isalpha() for c in label)
        and label.upper() == label
        and ":" not in label
        and len(words) <= _LEADER_LABEL_WORDS
        and len(below.split()) >= _WRITTEN_BELOW
        and any(c.islower() for c in below)
        and not _SLOT_MARKS.search(below)
        and not BLANK.search(below)
    )


_WRITTEN_BELOW = 5
"""Words of the line below a heading's leader that make it written text, not a name to sign."""

_LEADER_LABEL_WORDS = 8
"""Words of a label a leader follows, its bullet or number included; a sentence is longer."""
_VALUE_START = linear.compile(r"^[$£€]?[0-9A-Z]")
"""A value written after a leader opens with a digit, a currency's sign or a capital; a word
in lower case goes on with the sentence the blank stands in ("cut from ...... to 1 day")."""


def _line_to_sign(text: str, match: linear.Match) -> bool:
    """A line of underscores alone under a closing ("Signed,", "Sincerely,") with the
    signer's name written below it: a line to sign on by hand, not a slot. With a slot below
    it ("[Your Name]") the letter is unsigned, and the slot below is what it lacks."""
    start, end = match.span()
    if not own_line(text, start, end) or not match.group(0).startswith("___"):
        return False
    above, below = _line_above(text, start), _line_below(text, end)
    if not (CLOSING.match(above.strip(" \t*_")) and len(above.split()) <= _CLOSING_WORDS):
        return False
    return bool(below) and not _SLOT_MARKS.search(below)


def _a_rule(text: str, match: linear.Match) -> bool:
    """A line of underscores alone under a header's last fields, their values written ("Date: 4
    May", "RE: Late shipments"): a rule that parts a memo's header from its text. Under a label
    without its value ("**Case number**"), a heading or a question, the line is the answer's."""
    start, end = match.span()
    if not own_line(text, start, end) or not match.group(0).startswith("___"):
        return False
    for _ in range(_HEADER_FIELDS):  # the header's last fields, each with its value
        above = _line_above(text, start)
        field = _HEADER_FIELD.match(above.strip(" \t*"))
        if field is None or not any(c.isalnum() for c in field.group(1)):
            return False
        start = text.rfind(above, 0, start)
    return True


def _under_the_signature(text: str, match: linear.Match) -> bool:
    """A line of underscores alone under a letter already signed: a closing ("Thank you for
    ...", "Regards,"), the writer's name below it, then the line: a rule that parts the letter
    from its notes, not a line to sign on. A line over a field's label ("Signature", "Date")
    or under a name still in brackets is the signature's, and waits for it."""
    start, end = match.span()
    if not own_line(text, start, end) or not match.group(0).startswith("___"):
        return False
    above = _line_above(text, start)
    name = above.strip(" \t-–—*_")
    closing = _line_above(text, max(0, text.rfind(above, 0, start))) if above else ""
    signed = 0 < len(name.split()) <= _NAME_WORDS and name[:1].isupper() and name.isprintable()
    return (
        signed
        and CLOSING.match(name) is None
        and not name.endswith((",", ":"))
        and not _SLOT_MARKS.search(name)
        and CLOSING.match(closing.strip(" \t*_")) is not None
        and _SIGNATURE_FIELD.match(_line_below(text, end)) is None
    )


_NAME_WORDS = 4
"""Words of a signed name under a closing ("— Hannah", "Priya Nair, Owner")."""
_SIGNATURE_FIELD = linear.compile(
    r"^[*_ ]{0,3}(?:signature|signed|sign here|date|name)\b", linear.I
)
"""The label under a line to sign on, which makes the line the signature's."""


_HEADER_FIELDS = 2
"""Fields with their values over a rule that make a header: one is a note ("Tip: photos")."""


_HEADER_FIELD = linear.compile(r"^[A-Za-z][A-Za-z .]{0,24}:[ \t]+([^_]{1,200})$")
"""A header's field and its value on one line ("TO: Walmart Seller Performance"), no blank."""


def _line_above(text: str, at: int) -> str:
    """The last line with words above the line holding text[at], without its trailing spaces.
    Read line by line back over blank ones only: a page of thousands of signature lines reads
    each line's neighbour, not the whole page above it."""
    end = text.rfind("\n", 0, at) + 1
    while end > 0:
        start = text.rfind("\n", 0, end - 1) + 1
        if line := text[start : end - 1].rstrip():
            return line
        end = start
    return ""


def _line_below(text: str, at: int) -> str:
    """The first line with words from text[at] on (the rest of text[at]'s line first), stripped.
    Read line by line over blank ones, as :func:`_line_above`."""
    start = at
    while start < len(text):
        stop = text.find("\n", start)
        line = text[start : len(text) if stop < 0 else stop].strip()
        if line or stop < 0:
            return line
        start = stop + 1
    return ""


_CLOSING_WORDS = 3
"""Words of a letter's closing line alone ("Kind regards,")."""


def scan_notes(text: str, lower: str, found: Found) -> None:
    """Notes to whoever fills the template in ('Tip: …'), and a template's own title."""
    for pattern in (LABEL_AT, ABOUT_THE_DOCUMENT, TEMPLATE_TITLE):
        if not may_match(pattern, lower):
            continue
        matches = labelled_notes(text) if pattern is LABEL_AT else pattern.finditer(text)
        for match in matches:
            if found.full:
                break
            start, end = _cell_around(text, match.start(), match.end())
            if pattern is LABEL_AT:  # a note with its own label: to the next slot at most
                start = match.start() + _list_mark(match.group(0))
                end = min([end, *(a for a, _ in found.taken if a > start)])
                if text[start - 1 : start] == "(" and ")" in text[start:end]:
                    start, end = start - 1, text.index(")", start, end) + 1  # "(Tip: …)"
                if _sign_off(text[start:end]):
                    continue  # "Internal note: ready to send. — J.": a colleague's, signed
            elif pattern is TEMPLATE_TITLE:
                title = text[start:end].strip()
                if title.endswith(".") or len(title.split()) > 25:
                    continue  # a sentence that mentions a template, not a template's title
            found.add(text[start:end].strip(), start, end)


_SIGNED = linear.compile(r"[ \t][-–—~/][ \t]{0,3}(?:[A-Za-z]\.?){1,3}[ \t]*$")
_CLEARED = linear.compile(
    r"\b(?:ok|okay|ready|approved|good to go|cleared|signed off|lgtm)\b", linear.I
)


def _sign_off(note: str) -> bool:
    """Whether a note is a colleague's sign-off on the finished plan: signed with initials at
    its end ("— M.", "- JK") and clearing the plan to go ("OK to paste", "ready to send"). A
    signed note that still asks for work ("ask the client whether …") is the draft's leftover."""
    return bool(_SIGNED.search(note[-12:]) and _CLEARED.search(note))


def _list_mark(lead: str) -> int:
    """How much of a labelled note's match is the mark before its label: the line's indent and
    a list's bullet or number ("- Example: …", "2. Tip: …"). Like emphasis, a list's mark is
    not a word of the note; a label in capitals ("VA: …") or a word ("Tip:") is."""
    indent = len(lead) - len(lead.lstrip())
    first, _, rest = lead.lstrip().partition(" ")
    if not rest.strip() or not _NOTE_MARK.match(first):
        return indent
    return len(lead) - len(rest.lstrip())


_NOTE_MARK = linear.compile(r"^(?:[^\w\s]{1,3}|\d{1,3}[.)]|[a-zA-Z][.)])$")
"""A bullet ("-", "•", "**") or a list's number ("3.", "b)") standing alone before a note."""


def scan_patterns(text: str, lower: str, found: Found) -> None:
    patterns = (
        TEMPLATE_NOTE, PAREN_INSTRUCTION, PAREN_QUESTION, TEMPLATE_VARIABLE, NOTE_TO_SELF,
        ZERO_MASK, BLANK_HINT, BLANK, DATE_MASK, DATE_FORMAT, WORD_SLOT, UNTICKED,
        YES_NO, ANGLED_NOTE, STOCK_VALUE,
    )  # fmt: skip
    for pattern in patterns:
        if not may_match(pattern, lower):
            continue
        for match in pattern.finditer(text):
            if found.full:
                break
            if pattern is TEMPLATE_NOTE and (
                _form_field(text, match.start(), match.end()) or _not_the_template(text, match)
            ):
                continue
            if pattern is PAREN_INSTRUCTION and (
                _UPKEEP.match(match.group(0)) or _field_hint(text, match)
            ):
                continue
            if pattern in (YES_NO, ANGLED_NOTE, STOCK_VALUE):  # not the colon or space around
                found.add(match.group(1), *match.span(1))
                continue
            if pattern is BLANK and (
                _line_to_sign(text, match)
                or _leader(text, match)
                or _a_rule(text, match)
                or _under_the_signature(text, match)
            ):
                continue
            if pattern is UNTICKED and status_box(text, *match.span()):
                continue
            if pattern is BLANK_HINT:  # the hint only: the blank is a slot of its own
                found.add(match.group(1), *match.span(1))
                continue
            if pattern is TEMPLATE_NOTE and match.group("label") is not None:
                start, end = _whole_note(text, match.start(), match.end(), found)
                found.add(text[start:end], start, end)
                continue
            said = match.group(0)  # a point's bullet is its list's, not the note's
            lead = len(said) - len(said.lstrip("-*•> \t"))
            found.add(said[lead:], match.start() + lead, match.end())


def scan_shouted(text: str, lower: str, found: Found) -> None:
    """Orders in capitals inside a line of ordinary text ("done INSERT DATE HERE."). A line all
    in capitals may be a heading ("ADD-ON SALES"); the residue's scan reads those whole."""
    for match in SHOUTED_ORDER.finditer(text):
        if found.full:
            break
        start, end = _line_around(text, match.start())
        put = match.group(1).split()
        named = len(put) > 1 or VALUE_NOUN.fullmatch(put[0]) is not None
        if named and any(c.islower() for c in text[start:end]):
            found.add(match.group(0), *match.span())


def scan_capitalised(text: str, lower: str, found: Found) -> None:
    """Fields named in capitals inside the template's sentences ("I own the shop YOUR STORE")."""
    for start, end in capital_fields(text):
        if found.full:
            break
        found.add(text[start:end], start, end)


def scan_conventions(text: str, lower: str, found: Found) -> None:
    """Fields marked by the template's own convention ("SELLER_NAME", "(name of supplier…)")."""
    for start, end in template_fields(text):
        if found.full:
            break
        found.add(text[start:end], start, end)


def scan_gaps(text: str, lower: str, found: Found) -> None:
    """A lone "…", or a rule right under a slot: the gap left where a part's text goes."""
    for start, end in list(gaps(text, found.taken)):
        if found.full:
            break
        found.add(text[start:end], start, end)


def scan_unsure(text: str, lower: str, found: Found) -> None:
    """ "N/A?" and the note that goes with it: the parenthesis that holds it ("(refund? N/A? -
    ask Sam)"), else the rest of its line ("N/A? ask Sam if the tool can do this")."""
    for match in UNSURE_NOT_APPLICABLE.finditer(text):
        if found.full:
            break
        line_start, line_end = _line_around(text, match.start())
        opened = text.rfind("(", line_start, match.start())
        closed = text.find(")", match.end(), line_end)
        if opened >= 0 and ")" not in text[opened : match.start()] and closed >= 0:
            start, end = opened, closed + 1
        else:
            start, end = match.start(), len(text[:line_end].rstrip(" \t*_.;,"))
        found.add(text[start:end], start, end)


def _line_around(text: str, at: int) -> tuple[int, int]:
    """Where the line holding text[at] starts and ends."""
    end = text.find("\n", at)
    return text.rfind("\n", 0, at) + 1, len(text) if end < 0 else end


def _whole_note(text: str, start: int, end: int, found: Found) -> tuple[int, int]:
    """A note that names itself at its line's start ("Template - fill in …", "(Instructions:
    …)") is all that the label introduces: to its closing parenthesis when it opened with one,
    else to its line's end, and never over a slot already found inside it. Its marks
    (emphasis, a bullet) are not the note."""
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    lead = text[start:end]
    opened = lead.find("(")
    first = next((i for i, c in enumerate(lead) if c.isalnum()), 0)
    start += opened if 0 <= opened < first else first
    close = text.find(")", end, line_end) if 0 <= opened < first else -1
    stop = close + 1 if close >= 0 else len(text[:line_end].rstrip(" \t*_"))
    stop = min([stop, *(a for a, _ in found.taken if start < a < stop)])
    return start, len(text[:stop].rstrip())


_INDEFINITE = frozenset({"a", "an", "any", "another", "each", "every", "one"})
_QUOTE_MARKS = frozenset('"“”„«')


def _not_the_template(text: str, match: linear.Match) -> bool:
    """Words that only look like a template's note: "changes a template or adds a service,
    they have to fill in a checklist" speaks of some template in the seller's world (a
    shipping template), not of this document; an order in quotation marks ('> "Describe the
    actions you have taken …"'), or in a quote of a message answered point by point (see
    ``quoted_message``), is someone else's words quoted back, a rejection answered; an
    order at a line's start that goes on a sentence wrapped from the line above ("We will
    gladly / provide …") is the plan's own sentence (see :func:`_wrapped_on`)."""
    found = match.group(0)
    if _wrapped_on(text, match.start()):
        return True
    lead = found[: next((i for i, c in enumerate(found) if c.isalnum()), len(found))]
    if _QUOTE_MARKS & set(lead):
        return True
    if ">" in lead and answers_a_message(text):
        return True  # "> Explain the actions you have taken": the notice quoted, then answered
    if found.lower().startswith("template"):
        before = text[max(0, match.start() - 12) : match.start()].split()
        return bool(before) and before[-1].lower() in _INDEFINITE
    return False


def _wrapped_on(text: str, at: int) -> bool:
    """Whether text[at] opens a line (after marks only) that goes on with a sentence of the line
    right above: that line is prose (a sentence ends inside it) and stops mid-sentence, in a
    word or a comma, as a PDF's or an e-mail's lines wrap. A heading above ends no sentence."""
    while at < len(text) and text[at].isspace():
        at += 1
    start = text.rfind("\n", 0, at) + 1
    if start == 0 or any(c.isalnum() for c in text[start:at]):
        return False
    above = text[text.rfind("\n", 0, start - 1) + 1 : start - 1].rstrip()
    wrapped = bool(above) and (above[-1].islower() or above[-1] == ",")
    return wrapped and _PROSE.search(above) is not None


_PROSE = linear.compile(r"[a-z)][.!?][\"”’)]?[ \t]+[A-Z]")
"""A sentence's end and the next one's start, inside a line: the line is a paragraph's (a
number's point, "3. Preventive", opens a heading)."""


_FIELD_LABEL = linear.compile(r"^[ \t]*(?:[-*•][ \t]*)?[A-Z][A-Za-z/&' -]{0,60}$")


def _field_hint(text: str, match: linear.Match) -> bool:
    """A form's own hint beside a field's label, the field filled in after the colon
    ("Supporting documents (optional, max 5 files): invoice.pdf, orders.xlsx"): the form's
    words, copied out with the seller's answer, not a template's order left in. A field whose
    value is still a slot, or empty, is the template's."""
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line_end = len(text) if line_end < 0 else line_end
    label, after = text[line_start : match.start()], text[match.end() : line_end]
    if not _FIELD_LABEL.match(label) or not label.strip() or not after.startswith(":"):
        return False
    value = after[1:].strip()
    return bool(value) and not _SLOT_MARKS.search(value) and not PAREN_INSTRUCTION.search(value)


_UPKEEP = linear.compile(
    r"^\(keep (?:this|it) (?:current|up to date|up-to-date|updated|accurate)\b", linear.I
)
"""'(keep this current - …)': the owners' note on the upkeep of a record in use. A template
says how to fill it in, once; only a document already kept asks to be kept current."""
_EMPHASISED_LINE = linear.compile(
    r"^\s*(?:\*\*[^*\n]{1,80}\*\*|__[^_\n]{1,80}__|#{1,6} [^\n]{1,80})\s*$"
)
_SLOT_MARKS = linear.compile(r"[\[\]<>{}]|__|\bXX|\bTBD\b", linear.I)


def _form_field(text: str, start: int, end: int) -> bool:
    """ "**Describe your issue**" over the seller's own paragraph: a pasted case form's field,
    shown as a heading (bold or marked, the whole line), and answered under it in the seller's
    voice, in whole sentences. A template's order to the writer is left with no answer, or a
    slot for one."""
    start += len(text[start:end]) - len(text[start:end].lstrip())
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if not _EMPHASISED_LINE.match(text[line_start:line_end]):
        return False
    answer = text[line_end : line_end + 600].lstrip("\n \t").split("\n", 1)[0]
    words = {w.lower() for w in WORDS.findall(answer)}
    return (
        len(answer.split()) >= 3
        and answer.rstrip().endswith((".", "!"))  # sentences, not a legend's label
        and bool(words & FIRST_PERSON)
        and not _SLOT_MARKS.search(answer)
    )


def scan_residue(text: str, lower: str, found: Found) -> None:
    """What the template says to whoever fills it in."""
    for start, end in residue(text):
        if found.full:
            break
        if _form_field(text, start, end):
            continue  # "**Describe your issue**" over the seller's answer
        if text[start:end].lstrip().startswith(">") and answers_a_message(text):
            continue  # "> Explain the actions you have taken …": the notice, quoted back
        found.add(text[start:end].strip(), start, end)


def scan_filler(text: str, lower: str, found: Found) -> None:
    """Lorem ipsum: only where three of its words appear at all does any sentence need a look."""
    if len(set(LOREM_WORD.findall(lower))) < 3:
        return
    for match in SENTENCE.finditer(text):
        if found.full:
            break
        said = [w.lower() for w in WORDS.findall(match.group(0))]
        if len(set(said) & LOREM) >= 3 or _latin(said):
            found.add(match.group(0).strip(), *match.span())


_COMMON_ENGLISH = (
    "the and of to for with by on was were be has have it its this that we our i you they "
    "he she not from or"
)
_ENGLISH = frozenset(_COMMON_ENGLISH.split())
"""Words nearly every English sentence of some length holds (none of them a Latin word)."""
_VOWELS = "aeiouy"


def _latin(words: list[str]) -> bool:
    """The filler's other sentences ("Nemo enim ipsam voluptatem quia voluptas sit …"), from
    beyond its first paragraph: in a document that holds lorem ipsum, a sentence of eight words
    or more with none of English's commonest words, three in four of them ending as Latin's
    cases and persons do (a vowel, or a vowel then s, m or t: "-us", "-um", "-it")."""
    if len(words) < 8 or _ENGLISH & set(words):
        return False
    return sum(_latin_ending(w) for w in words) * 4 >= len(words) * 3


def _latin_ending(word: str) -> bool:
    return word[-1] in _VOWELS or (word[-1] in "smt" and word[-2:-1] in tuple(_VOWELS))


def _cell_around(text: str, start: int, end: int) -> tuple[int, int]:
    """The line, or the table cell ("a; b; c"), that holds text[start:end], at most 300
    characters: what a reader sees as the note."""
    line_start = text.rfind("\n", max(0, start - 300), start) + 1 or max(0, start - 300)
    line_end = text.find("\n", end, end + 300)
    line_end = line_end if line_end >= 0 else min(len(text), end + 300)
    if not text.startswith("- ", line_start):  # a table row reads "- cell; cell; cell"
        return line_start, line_end
    cell_start = text.rfind("; ", line_start, start)
    cell_end = text.find("; ", end, line_end)
    return (
        cell_start + 2 if cell_start >= 0 else line_start,
        cell_end if cell_end >= 0 else line_end,
    )
