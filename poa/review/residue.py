"""What a template leaves behind besides its brackets: text written to the person filling it.

A plan speaks to the marketplace, in the seller's voice ("we", "our"). A template also speaks
to whoever fills it in, and what it says to them has a shape of its own, whatever its words:

- **a line or a parenthesis addressed to the writer**: it tells them what to do (it starts
  with a verb in the imperative, or gives an example to copy) *and* talks about the document
  (words, fields, sections, here, below), or says "you" — and it never says "we";
- **text the template marks as its sample**: a line opening with "e.g." (even one in the
  seller's voice: it is the seller's sentence as a model), or marked "(sample)" at its start
  or end;
- **a choice nobody made**: a field whose whole value is alternatives ("Yes / No",
  "Trademark / Copyright / Patent");
- **a note to a named person**: brackets of any kind opening with a role in capitals
  ("«CLIENT: …»", "[RM: …]", "<<KIT: …>>");
- **marks around a field's name** that no prose uses: ``%%N%%``, ``##ORDER IDS##``,
  ``<<Receipt #>>``, ``((OPTIONAL))``, ``[[…]]``;
- **a value that is not there**: a spreadsheet's ``#N/A``, a lone ``??``;
- **comments** that a Markdown page hides (``<!-- … -->``);
- **a banner about the document**: a header line of fields separated by ``|`` that speaks of
  drafts, status, clients or versions;
- **a legend of the template's own marks**: "How to use: …" followed by what its fields and
  notes look like, or a line that lists two of them ("fields in curly brackets, notes marked
  KIT");
- **a call to a follower**, left from the post or video the template was copied from: a line
  that opens with "comment", "follow", "subscribe" … and asks for more ("follow for more
  tips") or promises something in return ("… and I'll send you …");
- **a field's name in parentheses where its value should be**: "reached at (phone)",
  "Date: (date)";
- **a choice left with its instruction**: options run together with slashes and, right after
  them, the order to pick ("UPS / FedEx / DHL (pick one)");
- **a note in comment marks**, the way code hides a line from its reader: ``//`` or ``/*`` at
  the start of a line, then a name and a separator ("// Sam - waiting for the refund count"),
  which is how one colleague addresses another;
- **a chatbot talking to the seller it wrote for**: the plan handed over, an offer to write
  more, the text left to be edited (``assistant``).

This module reads the text line by line and decides which of these a line is; the marks,
comments and values not there it finds over the whole text. What a line addressed to the
writer looks like is ``residue_orders``'; what a template marks as its own, ``residue_marks``'.
Everything here is a scan with ``str`` methods over each line or span: linear in the text.
"""

from __future__ import annotations

from collections.abc import Iterator

from poa.review import assistant
from poa.review.residue_marks import (
    alternatives,
    banner,
    bracketed_note,
    comment_note,
    credit,
    editor_comment,
    field_value,
    marked_sample,
    named_tip,
    review_comment,
    template_title,
)
from poa.review.residue_orders import (
    marks_legend,
    parentheses,
    replaces_itself,
    to_a_follower,
    to_the_writer,
)
from poa.review.residue_words import BEFORE_A_VALUE, FIRST_PERSON, Span

_PAIRS = {"%%": "%%", "##": "##", "<<": ">>", "((": "))", "[[": "]]"}
_UNKNOWN = ("#N/A", "#REF!", "#VALUE!", "#NAME?", "#DIV/0!")
"""A spreadsheet's cell errors: a value copied from a sheet that had none."""


def residue(text: str) -> Iterator[Span]:
    """Spans of ``text`` that are a template talking to its user (see the module)."""
    yield from _comments(text)
    yield from _marked_fields(text)
    yield from _unknown_values(text)
    start, opens = 0, True
    for line in text.split("\n"):
        yield from _in_line(line, start, opens)
        start += len(line) + 1
        end = line.rstrip()
        # a rule of marks ("-----") ends what came before it, as a blank line does
        ruled = not any(c.isalnum() for c in end)
        opens = ruled or end.endswith((".", "!", "?", ":", ")", "]", "*")) or end.isupper()


def _in_line(line: str, at: int, opens: bool) -> Iterator[Span]:
    """``opens``: the line starts a sentence (the one before ended one, or was blank) — a
    line wrapped from a PDF's paragraph does not, whatever its first word."""
    stripped = line.strip()
    if not stripped:
        return
    lead = len(line) - len(line.lstrip())
    whole = (at + lead, at + lead + len(stripped))
    # Whatever marks the line (">>", "*", a bullet, "👇👇", a list's "3." or "b)") is not
    # part of what it says.
    number = _numbering(stripped)
    head = next(
        (i for i, c in enumerate(stripped) if i >= number and (c.isalnum() or c in _OPENING)), 0
    )
    tail = len(stripped)
    while tail > head and not (stripped[tail - 1].isalnum() or stripped[tail - 1] in _CLOSING):
        tail -= 1
    body, marked = stripped[head:tail], head > 0
    if (
        banner(stripped)
        or template_title(body)
        or marks_legend(body)
        or comment_note(stripped)
        or bracketed_note(stripped)
        or credit(body)
        or credit(stripped)  # the copyright sign is a mark the body drops
        or review_comment(body)
        or editor_comment(stripped)
        or named_tip(body)
        or marked_sample(body)
    ):
        yield whole
        return
    if (opens or marked) and (
        to_the_writer(body) or to_a_follower(body) or assistant.to_the_seller(body)
    ):
        yield whole
        return
    value = field_value(stripped)
    if value is not None and (alternatives(value) or replaces_itself(value)):
        offset = line.rfind(value)  # a choice nobody made, or the field's own note
        yield at + offset, at + offset + len(value)
    yield from parentheses(line, at)


_OPENING = '"“([«<{'


def _numbering(line: str) -> int:
    """The length of a numbered list's mark opening ``line`` ("3. ", "12) ", "b) "), or 0: a
    point's number, like its bullet, is not a word of the point."""
    mark = line.split(maxsplit=1)[0] if line.split() else ""
    number = mark[:-1]
    if len(mark) == len(line) or mark[-1:] not in ".)" or not number:
        return 0
    if not (number.isdigit() and len(number) <= 3) and not (len(number) == 1 and number.isalpha()):
        return 0
    return len(mark)


_CLOSING = '.!?"”)]»>}'


def _field_errors(text: str) -> Iterator[Span]:
    """A word processor's field that failed, printed in place of its value: "Error!
    MergeField was not found in header record of data source.", "Error! Reference source not
    found." — the text from "Error!" to the end of its sentence."""
    start = text.find("Error! ")
    while start >= 0:
        after = start + len("Error! ")
        stop = text.find(".", after, after + 120)
        said = text[after:stop].lower()
        words = set(said.split())
        field = "field" in said or "not" in words  # "… was not found", "… not defined"
        if (
            text[after : after + 1].isupper()
            and stop > 0
            and "\n" not in said
            and field
            and not FIRST_PERSON & words
        ):
            yield start, stop + 1
            start = text.find("Error! ", stop)
        else:
            start = text.find("Error! ", after)


def _comments(text: str) -> Iterator[Span]:
    start = text.find("<!--")
    while start >= 0:
        end = text.find("-->", start + 4)
        if end < 0:
            return
        yield start, end + 3
        start = text.find("<!--", end + 3)


def _marked_fields(text: str) -> Iterator[Span]:
    """``%%N%%``, ``##ORDER IDS##``, ``<<Receipt #>>``: a name between marks on one line, the
    opening mark touching it (so a Markdown heading's ``## Root cause`` is not one)."""
    for opening, closing in _PAIRS.items():
        start = text.find(opening)
        while start >= 0:
            inner_start = start + len(opening)
            end = text.find(closing, inner_start)
            if end < 0:
                break
            inner = text[inner_start:end]
            touching = inner[:1].strip() and inner[-1:].strip()
            named = touching and 0 < len(inner) <= 80 and "\n" not in inner and opening not in inner
            if named or _blank_between(opening, closing, inner):
                yield start, end + len(closing)
                start = text.find(opening, end + len(closing))
            else:
                start = text.find(opening, inner_start)


def _blank_between(opening: str, closing: str, inner: str) -> bool:
    """``<< >>``, ``[[]]``: a pair of brackets with nothing but spaces between, a field of a
    form left for the value to be typed in. Marks that open and close alike (``%% %%``) could
    as well be two rules of a line, so only a pair that faces itself counts."""
    return opening != closing and len(inner) <= 12 and not inner.strip(" \t")


def _unknown_values(text: str) -> Iterator[Span]:
    yield from _field_errors(text)
    for mark in _UNKNOWN:
        start = text.find(mark)
        while start >= 0:
            yield start, start + len(mark)
            start = text.find(mark, start + len(mark))
    start = text.find("??")
    while start >= 0:
        end = start
        while end < len(text) and text[end] == "?":
            end += 1
        before = text[start - 1 : start]
        after = text[end : end + 1]
        alone = (not before or not before.isalnum()) and (not after or not after.isalnum())
        if alone and not _puzzled(text, start, end):
            yield start, end
        start = text.find("??", end)


def _puzzled(text: str, start: int, end: int) -> bool:
    """ "… are not original ?? I am not …": marks of a writer's disbelief that close a
    sentence, after a word a value never follows, with a new sentence (a capital) after them.
    A value not there stands after a label or a word that leads to it ("Refund date: ??",
    "shipped on ??") or runs on in the sentence ("?? buyers")."""
    words = text[max(0, start - 40) : start].split()
    if not words or not words[-1][-1:].isalpha():
        return False
    if words[-1].lower() in BEFORE_A_VALUE:
        return False
    following = text[end : end + 40].split()
    return bool(following) and following[0][:1].isupper()
