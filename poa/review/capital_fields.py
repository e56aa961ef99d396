"""A template's fields written as words in capitals inside its own sentences.

Some templates mark what is left to write by writing the field's name in capitals where the
value goes, in an otherwise ordinary sentence: "My name is YOUR NAME and I own the shop YOUR
STORE. On DATE HERE you told me …". Such a run of capitals names a kind of value. It says so
in one of four ways:

- it speaks to the writer: "YOUR STORE", "WHAT YOU CHANGED";
- it ends in a value's name or in "here": "LISTING TITLE", "PARTNER NAME", "DATE HERE";
- it asks a question for the writer to answer: "EXPLAIN WHAT HAPPENED", "WHY IT FAILED";
- it offers values to pick from, in words, not acronyms: "PHOTOS / SKETCHES / PROCESS PICTURES"
  ("APO/FPO/DPO" or "JPG/PNG/PDF" are lists of codes).

A field may also be one word, when that word is itself a kind of value or a person's role
("every WEEKDAY", "our ROLE"), and a run may name a collection of values by its head noun
("LIST OF ASINS", "NUMBER OF UNITS").

It stands inside the sentence, after some of its words: a run that opens its line is a heading
run into its text ("1. WHY THIS HAPPENED. The shop …"), as is one that speaks as the seller
("WHAT WE DID ON 2 MARCH"). Two other places hold a field without a sentence around it: the
value of a label ("Seller: SELLER LEGAL NAME"), which makes its line a form's line where every
field counts, and the lines under a closing ("Sincerely," then "CONTACT NAME" and "JOB TITLE,
SHOP NAME"), where the signer's name and role go.

A plan's own capitals are never like that: an acronym or an id stands alone or holds digits
("ASIN", "FBA", "B07…"), a brand is a name, emphasis is a word or two that name no value
("NOT", "DO NOT", "ALL ORDERS"), and a heading in capitals is a line of its own (no sentence
around it). A label before a colon ("ORDER NUMBER: 1142") names the value that follows.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator

from poa import linear
from poa.review.plan_lines import CLOSING
from poa.review.residue_words import IMPERATIVES

Span = tuple[int, int]

_RUN = linear.compile(
    r"\b[A-Z][A-Z'’]{1,30}(?:(?:[ \t]{1,2}|[ \t]?/[ \t]?)[A-Z][A-Z'’]{1,30}){1,12}\b"
)
"""Two or more words in capitals, joined by spaces or slashes: no digits, no word of one letter."""
_WORD_IN_CAPITALS = linear.compile(r"\b[A-Z]{4,30}\b")
_LOWER_WORD = linear.compile(r"\b[A-Z]?[a-z]{2,}\b")
"""A word of ordinary text, capitalised or not ("Photos of batch …")."""
_LABEL_BEFORE = linear.compile(r"[a-z)][*_]{0,2}:[*_]{0,2}[ \t]{1,3}$")
"""The end of a label written in ordinary text ("**Seller:** "), right before its value."""
_WRITER = frozenset({"YOUR", "YOU", "YOURS", "YOURSELF"})
VALUE_NAMES = frozenset(
    {
        "NAME",
        "DATE",
        "TITLE",
        "NUMBER",
        "ID",
        "EMAIL",
        "SIGNATURE",
        "HERE",
        "TOKEN",
        "LIST",
    }
)
"""Words a field's name ends in (or their plurals): what kind of value it is, or where it goes
("DATE HERE")."""
_ALONE = frozenset({"DATE", "NUMBER", "NAME", "ROLE", "WEEKDAY"})
"""Words that are a field on their own: a kind of value or a person's role ("on DATE", "our
ROLE", "every WEEKDAY"); emphasis ("NOT", "NEVER") and brands name no kind of value."""
_SIGNER_LINES = 3
_CLOSING_WORDS = 3
"""Lines under a closing that hold the signer's name, role and company."""
_SELLER = frozenset({"WE", "OUR", "US", "I", "MY", "ME"})
_WORD_LENGTH = 5
"""Letters enough for a word in capitals to be a word, not an acronym ("APO", "JPG", "SKU")."""
_QUESTION = frozenset({"WHAT", "WHY", "HOW", "WHEN", "WHICH", "WHO", "WHERE"})
_SENTENCE_WORDS = 3
"""Lower-case words a line needs beside the run to be a sentence, not a heading or a label."""


def capital_fields(text: str) -> Iterator[Span]:
    """Spans of ``text`` that are a field's name in capitals inside a sentence (see module)."""
    if not (_RUN.search(text) or _WORD_IN_CAPITALS.search(text)):
        return
    start, signer = 0, 0
    for line in text.split("\n"):
        if any(c.islower() for c in line):
            yield from _in_sentence(line, start)
        elif signer:
            yield from _signers(line, start)
        else:
            yield from _lone_order(line, start)
        signer = _SIGNER_LINES if _closing(line) else max(0, signer - 1)
        start += len(line) + 1


def _in_sentence(line: str, at: int) -> Iterator[Span]:
    runs = list(_RUN.finditer(line))
    runs += _lone_fields(line, runs)
    if not runs:
        return
    texts = list(dict.fromkeys(run.group(0) for run in runs))  # runs first, then lone fields
    runs.sort(key=lambda run: run.start())
    if len(texts) <= _FEW_RUNS:
        outside = line
        for field in texts:
            outside = outside.replace(field, " ")
    else:  # a line of many fields (or a page on one line): the words between them, once
        ends = [0, *(run.end() for run in runs)]
        outside = " ".join(line[end : run.start()] for end, run in zip(ends, runs, strict=False))
        outside += " " + line[runs[-1].end() :]
    labelled = any(_labelled(line, run.start()) for run in runs)
    if len(_LOWER_WORD.findall(outside)) < _SENTENCE_WORDS and not labelled:
        return
    first_lower = next((i for i, c in enumerate(line) if c.islower()), len(line))
    for run in runs:
        begun = first_lower < run.start()
        if begun and line[run.end() : run.end() + 1] != ":" and names_a_value(run.group(0)):
            yield at + run.start(), at + run.end()


def _lone_order(line: str, at: int) -> Iterator[Span]:
    """A line that is one order in capitals to put a value in ("INSERT DATE", "ENTER YOUR
    STORE NAME"), alone where the value goes, as in a form's cell under its label: a heading
    in capitals names what its part tells ("ROOT CAUSE"), never orders a value written."""
    field = line.strip(" \t*_-•")
    words = field.split()
    if (
        len(words) >= 2
        and words[0].lower() in IMPERATIVES
        and _RUN.fullmatch(field)
        and names_a_value(field)
    ):
        first = at + line.index(field)
        yield first, first + len(field)


def _labelled(line: str, at: int) -> bool:
    """Whether a label's end ("Seller: ") stands right before ``line[at]``."""
    return _LABEL_BEFORE.search(line[max(0, at - _LABEL_REACH) : at]) is not None


_FEW_RUNS = 8
"""Fields on a line that each are taken out wherever they stand in it; past this many, only
the words between them are kept (each taken out from the whole line would read the line once
per field)."""
_LABEL_REACH = 12
"""Characters before a field that a label's end stands in ("**Seller:** ")."""


def _closing(line: str) -> bool:
    """Whether ``line`` is a letter's closing alone ("Sincerely,", "Kind regards")."""
    words = line.strip(" \t*_").split()
    return len(words) <= _CLOSING_WORDS and CLOSING.match(" ".join(words)) is not None


def _lone_fields(line: str, runs: list[linear.Match]) -> list[linear.Match]:
    """Single words in capitals that are a field by themselves (see ``_ALONE``), outside the
    runs: "CHECK THE PART NUMBER" is one run, read whole."""
    starts = [run.start() for run in runs]  # in order, apart: finditer's
    ends = [run.end() for run in runs]

    def in_run(at: int) -> bool:
        index = bisect_right(starts, at) - 1
        return index >= 0 and at < ends[index]

    return [
        word
        for word in _WORD_IN_CAPITALS.finditer(line)
        if word.group(0) in _ALONE and not in_run(word.start())
    ]


def _signers(line: str, at: int) -> Iterator[Span]:
    """The parts of a line under a closing, split at its commas, that end in a value's name
    ("JOB TITLE"): a heading in capitals there ("WHAT HAPPENED") is the letter going on."""
    start = at
    for part in line.split(","):
        field = part.strip(" \t*_")
        if field and _RUN.fullmatch(field) and field.split()[-1] in VALUE_NAMES:
            first = start + part.index(field)
            yield first, first + len(field)
        start += len(part) + 1


def names_a_value(run: str) -> bool:
    """Whether a run of words in capitals names a kind of value (see the module)."""
    options = [option.split() for option in run.split("/")]
    words = [word.strip("'’") for option in options for word in option]
    if _SELLER & set(words):
        return False  # "WHAT WE DID": the seller's own words, a heading run into its text
    if len(words) == 1:
        return words[0] in _ALONE
    if _WRITER & set(words) or words[-1].removesuffix("S") in VALUE_NAMES:
        return True
    if len(words) >= 3 and words[0] in VALUE_NAMES and words[1] == "OF":
        return True  # "LIST OF ASINS": the head noun names the value
    if _QUESTION & set(words[:2]) and len(words) >= 2:
        return True
    worded = sum(any(len(word) >= _WORD_LENGTH for word in option) for option in options)
    choice = len(options) >= 3 or (len(options) == 2 and len(words) >= 3)
    return choice and 2 * worded >= len(options)
