"""Template residue addressed to the writer: a line or a parenthesis that tells them what to do.

It decides whether a line is an order about the document ("Explain in two sentences …"), a
sample to copy ("e.g. …"), a legend of the template's marks, a call to a follower left from a
post, or a parenthesis where a value, a length or a choice is asked for ("(phone)", "(pick
one)"). A plan's own sentences speak as "we" and never about the document, so they pass.
"""

from __future__ import annotations

from collections.abc import Iterator

from poa import linear
from poa.review.residue_marks import alternatives
from poa.review.residue_words import (
    BEFORE_A_VALUE,
    FIRST_PERSON,
    SECOND_PERSON,
    Span,
    in_capitals,
    opens_with_order,
    unquoted,
    without_adverb,
    word_set,
    words_of,
)

_EXAMPLE_MARKS = ("ex.", "e.g.", "eg.", "eg:", "example:", "for example")
_ABBREVIATED_EXAMPLE = ("e.g.", "e.g ", "eg.", "eg:")
_EXAMPLE_LABEL = linear.compile(
    r"^(?:example|sample|model) (?:answer|text|wording|sentence|reply|response|statement|"
    r"paragraph|entry)s?:"
)
"""'Example answer: "…"', 'Sample wording: "…"': a model of text to copy, labelled as one (a
"Sample late orders:" label lists real ones)."""
_EXAMPLE_WORDS = frozenset({"ex", "e.g", "eg", "example", "for example"})
_ABOUT_THE_DOCUMENT = word_set(
    "word words sentence sentences line lines paragraph paragraphs section sections point "
    "points bullet bullets field fields blank blanks bracket brackets placeholder "
    "placeholders template here below above page letter appeal reviewers reviewer honest "
    "specific short brief minimum maximum format tense language wording"
)
"""Words an instruction uses about the document being written."""
_TEMPLATE_PARTS = word_set(
    "field fields bracket brackets braces placeholder placeholders blank blanks note notes "
    "template kit marked highlighted"
)
"""What a template's legend speaks of: its own fields and the marks that show them."""
_PARTS_MARKED = word_set(
    "field fields note notes line lines section sections text paragraph paragraphs part parts "
    "answer answers tip tips hint hints"
)
"""A template's parts, which its legend says how to tell apart."""
_HOW_TO = ("how to use", "how to fill", "how to complete")
_SOCIAL_VERBS = word_set("comment follow subscribe dm tag drop save share")
"""What a post asks of its followers. Not "like" ("Like you asked, I attach …")."""
_PROMISING = frozenset({"i", "i'll", "i'd"})
_FIELD_NAMES = word_set(
    "email e-mail phone telephone mobile date time name address number amount id asin sku "
    "website url link signature company store shop brand title role"
)
"""A value's name, which a template puts in parentheses where the value is to go."""


def to_the_writer(sentence: str) -> bool:
    """An instruction: it tells the writer what to do and is about the document or them."""
    own = unquoted(sentence)
    lower = own.lower().lstrip()
    if lower.startswith(_ABBREVIATED_EXAMPLE):
        # "e.g. Our feed stopped syncing.": a sentence to copy, which may speak as the seller
        # (it is the seller's sentence as a model); a plan opens its own case with words
        # ("Example: item 2664… - we confirmed the fault"), not a line opened by "e.g."
        return len(sentence.split()) >= 5
    clauses = [c.strip() for c in own.replace("!", ".").replace("?", ".").split(". ")]
    example = lower.startswith(_EXAMPLE_MARKS) or _EXAMPLE_LABEL.match(lower)
    if not example and not any(
        opens_with_order(c) or opens_with_order(without_adverb(c)) for c in clauses
    ):
        return False  # neither an example nor an order: most lines of a plan end here
    words = [w.strip(".:,;!?'") for w in words_of(own)]
    words = [w for w in words if w]
    if not words or FIRST_PERSON & set(words):
        return False
    if own.rstrip().endswith("?") or _asked_with_orders(own):
        return False  # a question: a form's own heading, answered below it
    if example:  # "ex. 'We listed …'": a sentence to copy, not a value
        return len(sentence.split()) >= 5
    # "… Be honest. ex. 'We …'": an example follows; "… gives you a retraction. Attach it!"
    shown = any(c.lower().rstrip(".:") in _EXAMPLE_WORDS for c in clauses)
    addressed = bool(SECOND_PERSON & set(words))
    # "Explain WHY it happened. Be specific ...": a note that opens with an order, then says
    # what the text should be like; one note to the writer in two sentences, as much as one
    # that says both at once. A line that opens by telling how things are ("The form asks
    # three questions. … Paste each part into its box.") is a guide's, not a template's.
    about = len(clauses) >= 2 and opens_with_order(clauses[0]) and _about(own)
    if about or _shouted_orders(own, clauses):
        return True
    return any(
        opens_with_order(c) and (shown or addressed or _about(c) or _on_itself(c)) for c in clauses
    )


def replaces_itself(value: str) -> bool:
    """A field's whole value that orders its own replacement ("STORE ID: Replace with the
    store's number"): the field still holds the template's note (see ``_on_itself``)."""
    return _on_itself(value) and not FIRST_PERSON & set(words_of(unquoted(value)))


def _on_itself(clause: str) -> bool:
    """An order to put something in the text's own place with its object left out ("Replace
    with the date of the notice", "Delete if no refund was made"): what is to be replaced is
    the text that says so, which only a template's note can say of itself."""
    words = clause.lower().split()
    return len(words) >= 2 and words[0] in _TEXT_VERBS and words[1] in _OBJECT_LEFT_OUT


_TEXT_VERBS = word_set("replace overwrite delete remove")
"""Orders that act on the text itself."""
_OBJECT_LEFT_OUT = word_set("with by if unless once when before")
"""Words that follow an order's verb at once when its object is left out."""


def _asked_with_orders(text: str) -> bool:
    """A form's question with a short order on how to answer it after the question mark
    ("What have you changed since? Give dates.", "Who checks it now? Name them."): the
    question is the heading, the order its own; both are the form's, answered below."""
    question, mark, after = text.rpartition("?")
    orders = [c.strip() for c in after.replace("!", ".").split(".") if c.strip()]
    return bool(mark and question.strip() and orders) and all(
        len(order.split()) <= 4 and opens_with_order(order) for order in orders
    )


def _shouted_orders(text: str, clauses: list[str]) -> bool:
    """A line in capitals of two orders or more and nothing else ("ONLY NAME WHAT IS DONE.
    GIVE EACH A DATE."): a template shouting at its filler. An order may open with an
    adverb ("ONLY", "BRIEFLY"); a plan writes its procedures in its own case."""
    said = [clause for clause in clauses if clause.strip(" .")]
    return (
        len(said) >= 2
        and all(opens_with_order(without_adverb(clause)) for clause in said)
        and in_capitals(text)
    )


def _about(clause: str) -> bool:
    words = [w.strip(".:,;!?'") for w in words_of(clause)]
    kept = [
        word
        for index, word in enumerate(words)
        if not (word == "template" and index > 0 and words[index - 1] not in _DETERMINERS)
    ]
    return bool((_ABOUT_THE_DOCUMENT | SECOND_PERSON) & set(kept))


_DETERMINERS = word_set("the this that a an our your my its their each every any")
"""Before "template", the document itself ("fill in this template"); a word of its own before
it names a thing the business uses ("the Reno template", "the shipping template")."""


def marks_legend(line: str) -> bool:
    """What the template's marks mean: "How to use: fields in double curly brackets, …", or a
    line listing two marked parts ("notes marked TIP, optional lines marked OPTIONAL")."""
    label, colon, rest = line.partition(":")
    if colon and label.lower().startswith(_HOW_TO) and len(label.split()) <= 6:
        legend = bool(_TEMPLATE_PARTS & {w.strip(".:,;!?'") for w in words_of(rest)})
    else:
        legend = sum(_marked_part(item) for item in line.replace(";", ",").split(",")) >= 2
    # the seller's voice, read last: most lines are no legend by their shape alone
    return legend and not FIRST_PERSON & {w.strip(".:,;!?'") for w in words_of(line)}


def _marked_part(item: str) -> bool:
    """'guidance notes marked KIT', 'fields in double curly brackets': a part and its mark."""
    words = item.split()
    lower = [w.lower().strip(".:!?'\"[](){}") for w in words]
    if not _PARTS_MARKED & set(lower):
        return False
    if "marked" in lower[:-1]:
        mark = words[lower.index("marked") + 1].strip(".:!?")
        return mark.isupper() or mark[:1] in "\"“'‘[({<"  # a mark, not "marked in red"
    return "in" in lower and lower[-1] in {"brackets", "braces", "capitals", "caps"}


def to_a_follower(line: str) -> bool:
    """A social post's call to its followers: it opens with what they should do ("comment",
    "follow", "subscribe") and asks for more of the channel or promises something back."""
    first = line.split(maxsplit=1)[:1]
    if not first or first[0].lower() not in _SOCIAL_VERBS:
        return False  # also "Comment:", a label
    words = [w.strip(".:,;!?'\"") for w in words_of(unquoted(line))]
    if words[1:2] in (["up"], ["-up"], ["on"], ["of"]):
        return False  # "Follow up with …", "Comment on each case": an order inside a plan
    if "for more" in " ".join(words):
        return True  # "follow for more tips": more of the channel
    # "comment X and I'll send you …": one person's promise in return
    back = words[words.index("and") + 1 :] if "and" in words else []
    return bool(_PROMISING & set(back) and SECOND_PERSON & set(back))


_CONNECTIVE = linear.compile(r"\s*/\s*|\s+(?:or|and|&|instead of|rather than|not)\s+")
"""What joins the names of the values a template offers to choose from or asks for together:
"(phone / email)", "(carrier name instead of carrier name)", "(your name and role)"."""


def _field_name(inner: str, before: str, after: str) -> bool:
    """'(email)' where the e-mail address should be: a value's name alone in parentheses,
    after a word that a value follows ("at", "on", "by") or a field's colon, or alone on its
    line, as a signature's line under the name ("(PHONE / EMAIL)"). Names run together with
    slashes are a choice of which value to give, each a value's name."""
    options = [o.split() for o in _CONNECTIVE.split(inner)]
    if not 1 <= len(options) <= 4:
        return False
    for words in options:
        if not 1 <= len(words) <= 3 or not all(w.replace("-", "").isalpha() for w in words):
            return False
        if words[-1].lower() not in _FIELD_NAMES:
            return False
    previous = before.rstrip()
    alone = not previous.strip(" \t-*•") and not after.strip()
    # "our ERP (ERP name)", "the wrong carrier selected (carrier name instead of carrier
    # name)": the parenthesis asks which one the thing just named is, in that thing's words
    named = {w.lower() for words in options for w in words[:-1]}
    recent = {w.strip(".,;:'\"").lower() for w in previous.split()[-4:]}
    return (
        alone
        or previous.endswith(":")
        or (previous.split() or [""])[-1].lower() in BEFORE_A_VALUE
        or bool(named & recent)
    )


def parentheses(line: str, at: int) -> Iterator[Span]:
    start = line.find("(")
    while start >= 0:
        end = line.find(")", start)
        if end < 0:
            return
        inner = line[start + 1 : end].strip()
        label, colon, rest = inner.partition(":")
        choice = colon and len(label.split()) <= 3 and alternatives(rest)
        # a word and a colon, or nothing else on the line
        named = _field_name(inner, line[max(0, start - 40) : start], line[end + 1 :])
        picking = _pick_order(inner)
        options = _options_before(line, start) if picking else None
        # "Carrier (pick one):" ending its line: the order alone, its options on the lines below
        above = picking and line[end + 1 :].strip() == ":"
        if options is not None:
            yield at + options, at + end + 1  # "UPS / FedEx (choose one)": the choice and its order
        elif inner and (above or choice or named or _length_asked(inner) or _instruction(inner)):
            yield at + start, at + end + 1
        start = line.find("(", end)


_LENGTH = word_set("sentence sentences word words paragraph paragraphs bullet bullets")
"""Units of text to write. Not "lines": a shop's product lines are counted too."""
_LENGTH_LEAD = word_set("max max. maximum min min. minimum about approx. around under")


def _length_asked(inner: str) -> bool:
    """'(2-3 sentences, own words)', '(max 80 words)': how much the filler is to write, a
    count (or a range) of sentences, words or paragraphs opening the bracket. A plan counts
    things it did, never the length of its own text."""
    words = words_of(inner.replace("–", "-"))
    if words and words[0] in _LENGTH_LEAD:
        words = words[1:]
    if len(words) < 2 or words[1].strip(",.;:") not in _LENGTH:
        return False
    return all(part.isdigit() for part in words[0].split("-") if part) and words[0] != "-"


_PICKING = word_set("choose pick select circle tick keep delete strike underline")
"""Verbs that tell the writer to make a choice among options set out just before."""
_ONE_OF = word_set("one appropriate applicable applies apply whichever which either other others")
"""What such an order picks: one of them, whichever applies ("keep both figures" picks none)."""


def _pick_order(inner: str) -> bool:
    """'(choose one)', '(pick the one that applies)', '(delete as appropriate)': an order to
    choose, in any case (after a run of options, a lower-case verb is no less an order)."""
    words = [w.strip(".:,;!?") for w in words_of(inner)]
    if not words or words[0] not in _PICKING or FIRST_PERSON & set(words):
        return False
    return len(words) == 1 or bool(_ONE_OF & set(words[1:]))


def _options_before(line: str, paren: int) -> int | None:
    """Where a run of slash-separated options ends just before ``paren`` ("Carrier: UPS /
    FedEx / USPS (choose one)"), or None. The first option is the last word before the first
    slash (or what follows a label's colon), the others one or two words each, no digits."""
    before = line[:paren].rstrip()
    segments = before.split("/")
    if len(segments) < 2 or not 2 <= len(segments) <= 6:
        return None
    later = [s.strip() for s in segments[1:]]
    if not all(s and len(s.split()) <= 2 and not any(c.isdigit() for c in s) for s in later):
        return None
    first = segments[0].rstrip()
    label_end = first.rfind(": ")
    if label_end >= 0 and len(first[label_end + 2 :].split()) <= 2:
        option = first[label_end + 2 :].strip()
    else:
        option = (first.split() or [""])[-1]
    if not option or any(c.isdigit() for c in option):
        return None
    return len(first) - len(option)


def _instruction(inner: str) -> bool:
    """A parenthesis that gives an order: "(Copy from the Account Health page)"."""
    if FIRST_PERSON & set(words_of(unquoted(inner))):
        return False
    clauses = [c.strip() for c in inner.replace("!", ".").split(". ")]
    if in_capitals(inner):
        # A template shouts its orders, and runs them on with dashes and slashes after the
        # thing asked for: "(SCREENSHOTS / INVOICES - ATTACH AT LEAST 2)".
        for mark in (" - ", " – ", " — ", " / ", ", "):
            clauses = [piece.strip() for c in clauses for piece in c.split(mark)]
    if any(opens_with_order(c) for c in clauses):
        return True
    # "(Check with Dana which courier it was - note it here)": the order after a dash, in
    # lower case, that says where it wants its answer
    later = [piece.strip() for c in clauses for piece in _DASH.split(c)[1:]]
    return any(opens_with_order(p[:1].upper() + p[1:]) and _about(p) for p in later)


_DASH = linear.compile(r" [-–—] ")
