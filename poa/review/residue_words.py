"""The words a template uses to talk to whoever fills it in, and how a clause is read for them.

Shared by the readers of template residue: which verbs open an order, which pronouns speak for
the seller ("we") or to the writer ("you"), a word without its marks, a text without what it
quotes (an example in quotes speaks as the seller), and whether a clause opens with an order.
"""

from __future__ import annotations

Span = tuple[int, int]
"""Where a piece of residue stands in the text: its start and end."""


def word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


IMPERATIVES = word_set(
    "add answer attach avoid change check choose complete confirm copy delete describe do "
    "don't double-check enter explain fill get give highlight include insert keep leave "
    "list make mention name note paste pick provide put remember remove replace rewrite say "
    "select send show specify state strip summarise summarize tell tick type update upload "
    "use write never always"
)
"""Verbs that open an instruction. "see" is not one: "(see Exhibit 2)" cites."""
SECOND_PERSON = frozenset({"you", "your", "you're", "yours", "yourself"})
FIRST_PERSON = frozenset({"we", "our", "us", "we've", "we're", "ours", "i", "my", "me", "i've"})
BEFORE_A_VALUE = word_set("at on to by from via dated is was are were of")
"""Words after which a value stands: "reached at (email)", "suspended on (date)"."""


def words_of(text: str) -> list[str]:
    return [bare_word(w) for w in text.split()]


def bare_word(token: str) -> str:
    """``token`` lowered, without marks other than ' - and . (most words have none)."""
    if token.isalnum():
        return token.lower()
    return "".join(c for c in token if c.isalnum() or c in "'-.").lower()


def unquoted(text: str) -> str:
    """``text`` without what it quotes: an example sentence in quotes speaks as the seller."""
    out, quoting = [], False
    if not any(mark in text for mark in '"“”'):
        return _single_unquoted(text)
    for char in text:
        if char in '"“”':
            quoting = not quoting if char == '"' else char == "“"
            continue
        if not quoting:
            out.append(char)
    return _single_unquoted("".join(out))


def _single_unquoted(text: str) -> str:
    """``text`` without what it quotes in single marks ("Avoid 'we will try' language"): a
    mark after a space (or at the start) opens a quotation, one before a space or a stop
    closes it; an apostrophe inside a word ("don't", "client's") does neither."""
    if "'" not in text and "‘" not in text:
        return text
    out, at = [], 0
    while True:
        start = next(
            (
                i
                for i in range(at, len(text))
                if text[i] in "'‘" and (i == 0 or text[i - 1].isspace())
            ),
            -1,
        )
        if start < 0:
            break
        end = next(
            (
                j
                for j in range(start + 2, min(len(text), start + 120))
                if text[j] in "'’" and (j + 1 == len(text) or not text[j + 1].isalnum())
            ),
            -1,
        )
        if end < 0:
            break
        out.append(text[at:start])
        at = end + 1
    out.append(text[at:])
    return "".join(out)


_ADVERBS = frozenset({"just", "also", "then", "now"})


def without_adverb(clause: str) -> str:
    """The clause without an adverb that opens it ("ONLY LIST …" → "LIST …")."""
    first, _, rest = clause.partition(" ")
    word = first.lower()
    return rest if rest and (word.endswith("ly") or word in _ADVERBS) else clause


def opens_with_order(clause: str) -> bool:
    """Whether ``clause`` opens with a verb in the imperative: a capital, a verb, and not a
    noun's use of it ("List of the 62 orders", "Change control: …", "Check-in")."""
    words = clause.split()
    if not words or not words[0][:1].isupper():
        return False
    verb = words[0].lower().strip(".,;!")
    if verb not in IMPERATIVES or any(w.endswith(":") for w in words[:8]):
        return False  # "Change control for feeds: …": a label
    following = words[1].lower() if len(words) > 1 else ""
    return following not in {"of", "and", "&"} and not following.endswith(":")


def in_capitals(text: str) -> bool:
    """Words in capitals, two or more (an acronym alone, "(FBA)", is not shouting)."""
    letters = [c for c in text if c.isalpha()]
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and len(letters) >= 6 and all(c.isupper() for c in letters)
