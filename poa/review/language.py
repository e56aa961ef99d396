"""Reading sentences the way the rules need them: split, quotes set aside, negation noticed."""

from __future__ import annotations

from collections.abc import Iterator

from poa import linear

# A sentence ends at . ! or ? before the capital or digit that starts the next; what is cut
# out between them is group 1 (closing quotes and brackets, then the spaces).
_SENTENCE_END = linear.compile(r"[.!?]([\"')\]]*\s+)[\"'(\[]?[A-Z0-9]")
_ITEM_START = linear.compile(r"^\s*(?:[-*•]|\d+[.)])(?:\s|$)")
_QUOTE_OPENS = linear.compile("[\"“‘']")
_QUOTE_CLOSES = {'"': '"', "“": "”", "‘": "’", "'": "'"}
_NEGATION = linear.compile(
    r"\b(not|no|never|nor|without|neither|cannot|instead of|rather than|none|nothing|nobody)\b"
    r"|n't\b",
    linear.I,
)
_ABBREVIATIONS = linear.compile(
    r"\b(e\.g|i\.e|etc|vs|no|nos|approx|inc|ltd|co|st|dr|mr|mrs|ms)\.$", linear.I
)


_MD_ESCAPE = linear.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|=])")


def unescape_markdown(text: str) -> str:
    """``1\\. Root cause`` → ``1. Root cause``: Markdown's backslash escapes removed."""
    return _MD_ESCAPE.sub(r"\1", text)


def sentences(text: str) -> list[str]:
    """The sentences of a text; list items and lines without a full stop count as sentences."""
    found: list[str] = []
    for block in _blocks(text):
        flat = " ".join(block.split())
        if not flat:
            continue
        merged: list[list[str]] = []
        tail = ""  # the last characters of the sentence so far
        for part in linear.split_at(_SENTENCE_END, flat):
            # Only the end of the sentence so far can be an abbreviation: looking at the whole
            # of it each time made "E.g. E.g. E.g. …" quadratic.
            if merged and _ABBREVIATIONS.search(tail):
                merged[-1].append(part)
                tail = (tail + " " + part)[-12:]
            else:
                merged.append([part])
                tail = part[-12:]
        found += [s for p in merged if (s := " ".join(p).strip())]
    return found


def _blocks(text: str) -> Iterator[str]:
    """Paragraphs (blank lines between) and the list items that open on a line of their own."""
    block: list[str] = []
    for line in text.split("\n"):
        blank = not line.strip()
        if blank or _ITEM_START.match(line):
            if block:
                yield "\n".join(block)
            block = [] if blank else [line]
        else:
            block.append(line)
    if block:
        yield "\n".join(block)


def unquoted(sentence: str) -> str:
    """The sentence with quoted words (a buyer's message, a form's question) blanked out.

    A quote runs from its opening mark to the next closing one; a pair of apostrophes counts
    as quotes only around three characters or more, with no letter just outside either.
    """
    out: list[str] = []
    last = 0
    closes: dict[str, int] = {}  # each closing mark: where it next stands (-1: nowhere)
    for opening in _QUOTE_OPENS.finditer(sentence):
        at = opening.start()
        if at < last:
            continue
        mark = _QUOTE_CLOSES[sentence[at]]
        close = closes.get(mark, at)
        if 0 <= close <= at:
            close = closes[mark] = sentence.find(mark, at + 1)
        if close < 0:
            continue
        if mark == "'" and (
            close - at <= 3
            or _ascii_letter(sentence[at - 1 : at])
            or _ascii_letter(sentence[close + 1 : close + 2])
        ):
            continue
        out += [sentence[last:at], " … "]
        last = close + 1
    out.append(sentence[last:])
    return "".join(out)


def _ascii_letter(char: str) -> bool:
    return char.isascii() and char.isalpha()


def negated_before(sentence: str, start: int, window: int = 5) -> bool:
    """Whether a word of negation stands in the ``window`` words before ``start``, in the same
    clause (a comma, semicolon or colon ends the reach of 'not')."""
    # Five words lie well inside 200 characters; a bounded look back keeps a sentence with
    # many matches linear.
    clause = linear.split(r"[,;:.!?]", sentence[max(0, start - 200) : start])[-1]
    before = linear.findall(r"[\w']+", clause)[-window:]
    negations = [i for i, word in enumerate(before) if _NEGATION.search(word)]
    if not negations:
        return bool(_NEGATION.search(" ".join(before)))  # "instead of", "rather than"
    # "The orders without tracking were our failure": a verb after the negation means it
    # sat inside the subject, and the clause itself is not negated; unless the negation is
    # the subject itself ("None of this was caused by the carrier").
    last = before[negations[-1]].lower()
    if last in _NEGATIVE_SUBJECTS:
        return True
    return not any(word.lower() in _FINITE for word in before[negations[-1] + 1 :])


_NEGATIVE_SUBJECTS = frozenset({"none", "nothing", "nobody", "neither"})


_FINITE = frozenset({"is", "are", "was", "were", "has", "have", "had", "became", "remains"})


def words(text: str) -> list[str]:
    return linear.findall(r"[a-z0-9%]+(?:'[a-z]+)?", text.lower())


_NUMBER_WORDS = linear.compile(
    r"\b(one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|hundred|thousand|dozen|half)\b",
    linear.I,
)


_DIGIT_WORD = linear.compile(r"[A-Za-z\d-]*\d[A-Za-z\d-]*")
_NAME = linear.compile(r"^[A-Z]{0,2}\d{1,2}[A-Z]{1,3}$")
_HOUR = linear.compile(r"^\d{1,2}(?:AM|PM)$")


def _names(word: str) -> bool:
    """Whether a word is a short name with a digit inside it ("3PL", "B2B", "4PX", "2FA"):
    digits joined to capitals after them. A count keeps its unit ("10kg", "24h", "5PM"), an id
    is longer or hyphenated ("NG-LO-3PK", an ASIN), and a word that ends in its digits counts
    or orders something ("Q4", "v2")."""
    return bool(_NAME.match(word)) and not _HOUR.match(word)


def has_figure(text: str) -> bool:
    """Whether ``text`` holds a number in digits that counts or identifies something: a digit
    inside a short capitalised name is part of the name, not a count."""
    return any(not _names(found.group(0)) for found in _DIGIT_WORD.finditer(text))


def has_specifics(text: str) -> bool:
    """Numbers (in digits or words), dates, ids: what makes a statement checkable."""
    return has_figure(text) or bool(_NUMBER_WORDS.search(text))
