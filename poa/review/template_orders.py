"""Rule X3, in a template whose whole body is orders to the writer.

Some templates hold nothing under their headings but orders ("Give the store's name as it is
registered.", "Count the late parcels by carrier.", "Close with your name and the date."). The
orders that open with the commonest verbs of writing are found line by line
(``template_guidance``); the others open with any verb at all, and a verb alone tells nothing:
a plan's own list of checks opens with verbs too ("Check stock daily."). What tells them apart
is the document: where every line of its body reads as an order, a third already found,
none speaks for the seller ("we", "our") and some speak to the writer ("you", "your"), the
rest are orders as well.
"""

from __future__ import annotations

from poa import linear
from poa.review.found_slots import Found
from poa.review.template_guidance import FIRST_PERSON

_MIN_BODY = 4
"""Lines of body enough to judge a document by; fewer prove nothing."""
_SHARE_FOUND = 3
"""One body line in three at least already found as an order: the document shows itself."""
_BODY_WORDS = 4
"""Words of a body line at least: a heading or a label is shorter, and ends with no stop."""
_WORD = linear.compile(r"[A-Za-z][A-Za-z'-]*")
_TOKEN = linear.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")
_SUBJECT_WORDS = (
    "the a an this that these those each every all any some it its they their he she his her "
    "there here you your if when once as after before since because no not none one both many "
    "most such"
)
_SUBJECTS = frozenset(_SUBJECT_WORDS.split())
"""Words that open a sentence with its subject or a clause: no order opens with one."""
_OBJECT_WORDS = (
    "the a an each every all any your that whether with who what when where which why how one "
    "two three four five six seven eight nine ten"
)
_OBJECTS = frozenset(_OBJECT_WORDS.split())
"""Words that follow a verb in the imperative, as its object or its manner ("Quote three
…", "Confirm that …", "Sign with …"); after a noun that opens a sentence a verb comes."""


def orders_body(text: str, found: Found) -> None:
    """In a template whose body is all orders to the writer, the orders not yet found."""
    body = list(_body_lines(text))
    if len(body) < _MIN_BODY:
        return
    said = [{w.lower() for w in _WORD.findall(line)} for _, _, line in body]
    if any(FIRST_PERSON & words for words in said) or not any(
        {"you", "your"} & words for words in said
    ):
        return
    open_lines = [(a, b, line) for a, b, line in body if not _taken(found, a, b)]
    if _SHARE_FOUND * (len(body) - len(open_lines)) < len(body) or not all(
        _opens_order(x) for _, _, x in open_lines
    ):
        return
    for start, end, line in open_lines:
        found.add(line, start, end)


def _body_lines(text: str) -> list[tuple[int, int, str]]:
    """The lines of a document's body: sentences, ended by a stop, of a few words or more;
    headings, fields ("Date: 4 May") and blank lines are not body."""
    lines = []
    start = 0
    for line in text.split("\n"):
        body = line.strip(" \t-*•>")
        if body.endswith((".", "!", "?")) and len(body.split()) >= _BODY_WORDS:
            at = start + line.index(body)
            lines.append((at, at + len(body), body))
        start += len(line) + 1
    return lines


def _opens_order(line: str) -> bool:
    """A line that opens with a verb in the imperative: a capitalised word that no subject
    or clause opens with and that is no past or present participle, then its object ("Quote
    three order numbers.", "Thank the team in one sentence.")."""
    words = _TOKEN.findall(line[:60])
    if len(words) < 2 or not line[:1].isupper():
        return False
    verb, after = words[0].lower(), words[1].lower()
    return (
        verb not in _SUBJECTS
        and not verb.endswith(("ed", "ing"))
        and (after in _OBJECTS or after.isdigit())
    )


def _taken(found: Found, start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in found.taken)
