"""Whether the words inside a bracket ask for a value: an instruction, a question, a value's name
or a note to whoever fills the template in ("[Your name]", "<insert date>", "[RM: numbers
only]"); or whether they point at something real ("[Exhibit A]", "[B07XK3M9QF]").

Only the bracket's own words are read here; where the bracket stands is ``bracket_slots``'.
"""

from __future__ import annotations

from poa import linear
from poa.review.slot_masks import TOKEN, is_mask
from poa.review.slot_patterns import LABELLED_NOTE, VALUE_NOUN, WORD_SLOT
from poa.review.template_guidance import FIRST_PERSON

IMPERATIVE = linear.compile(
    r"^\s*(?:e\.g\.|eg\b|example|insert|add|enter|type|describe|explain|list|fill|write|"
    r"state|include|attach|provide|specify|give|summari[sz]e|replace|paste|choose|select|copy|"
    r"optional|if applicable|delete|remove|mention|say|tell|show|use|put|your|the seller|"
    r"do not|don't|be specific|be precise|keep it)\b",
    linear.I,
)
HTML_TAG = linear.compile(
    r"^/?(?:a|b|i|u|s|p|br|hr|em|strong|div|span|img|script|style|table|tr|td|th|ul|ol|li|"
    r"h[1-6]|html|body|head|iframe|sub|sup|font|link|meta|code|pre|blockquote)\b[^<>]*$",
    linear.I,
)
_REAL_ID = linear.compile(r"\bB0[0-9A-Z]{8}\b|\b\d{3}-\d{7}-\d{7}\b|\d{4,}")
_NOT_SLOTS = frozenset({
    "exhibit", "attachment", "annex", "appendix", "see", "note", "sic", "translated",
    "translation", "redacted", "confidential", "emphasis", "sic.", "photo", "image",
})  # fmt: skip
_CLAUSE = linear.compile(r"[.!?:;,](\s+)")
"""Where a note inside a bracket starts a new instruction ("AM: explain why …", "Checklist,
attach as E3")."""
_CHECKING = linear.compile(
    r"^\s*(?:confirm|check|verify|ask|find out|double-check|attach)\b(?: (?:if|whether|with|that|"
    r"as|the|them|it|this)\b)",
    linear.I,
)
"""A clause that leaves a fact to be checked or a file to be attached: an order, like the
imperatives above, but one that opens a question ("confirm whether", "check if")."""
_FORM_OF_TEXT = linear.compile(
    r"\b(?:same|similar) (?:format|layout|structure|wording) as\b", linear.I
)
"""A bracket that says how the text is to be laid out ("[Same format as 3.3]") stands where
the text should be."""
_LEFT_TO_WRITER = linear.compile(
    r",\s*(?:write|fill in|insert|enter|add|describe|explain|list) (?:it |them )?here\b"
    r"|(?:,|\s[-–—])\s*(?:if applicable|if any|if available|where applicable|as applicable)"
    r"\s*$",
    linear.I,
)
"""A bracket that ends by leaving it to the writer, after a comma or a dash: ", write here",
", if applicable", " – if any"."""
_GENERIC_VALUE = linear.compile(
    r"^(?:[0-9A-Za-z]{1,3}[.:]?\s+)?(?:file ?)?(?:name|title|date|description|details|"
    r"number|no\.|here|to come)$",
    linear.I,
)
"""What follows a reference's own word when the bracket asks for a value: "1 name", "A title"."""
LABEL_WORDS = linear.compile(r"^[a-z]+(?: [a-z]+){0,2}$")
"""``[year]``, ``[other]``, ``[shop name]``: a value's name in lower case."""
SENTENCE_LABEL = linear.compile(r"^[A-Z][a-z]+(?: [a-z]+){1,3}$")
"""``[Person responsible]``, ``[Date of notice]``: a value's name, its first word capital (in a
sentence; alone on its line, over an answer, it is a pasted form's field)."""
ALTERNATIVES = linear.compile(
    r"^(?:alt(?:ernative)?|option|variant)\s*[0-9a-z]{0,2}\s*[-–—:]|\w / \w", linear.I
)


_CONDITION = linear.compile(
    r"^([^,]{1,60}),\s*(?:if|where|when|unless|once|in case)\b[^,;:]{0,100}$", linear.I
)
"""A thing named, then a condition after a comma: the value of the thing, left to whoever
fills the template in to write or to leave out."""


def _conditioned_value(inner: str) -> bool:
    """``[Lab test report, if any claim is kept]``: a value's name (in lower case after its
    first word, or in title case) with the condition under which to put it in."""
    found = _CONDITION.match(inner)
    if found is None:
        return False
    head = found.group(1).strip()
    words = head.split()
    return bool(
        SENTENCE_LABEL.match(head)
        or LABEL_WORDS.match(head)
        or (
            1 <= len(words) <= 6
            and all(w[:1].isupper() for w in words)
            and not any(c.isdigit() for c in head)
        )
    )


def orders_the_writer(inner: str) -> bool:
    """ "Describe …", "AM: explain why … Do NOT blame …", "[Affiliate content: confirm whether
    …]", "<Checklist, attach as E3>", "[Same format as 3.3]": an order, in any of its clauses,
    or a word on how to lay the part out, in place of the part."""
    clauses = linear.split_at(_CLAUSE, inner)
    if any(IMPERATIVE.search(clause) or _CHECKING.search(clause) for clause in clauses):
        return True
    return bool(_FORM_OF_TEXT.search(inner)) and len(inner.split()) <= 12


_NAMED_EXAMPLE = linear.compile(r"^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*(?: [A-Z][A-Z0-9]*){0,2} ?= ?\S")
"""A field's name in capitals and the example it holds ("[UNITS = 120]", "[SUPPLIER_NAME =
Acme Ltd]"): the template shows what goes there, and the writer has yet to put their own."""
_ASSIGNED = linear.compile(
    r"^(?:[A-Za-z]{2,12}[ \t]){1,2}to (?:complete|fill|finali[sz]e|confirm|check|add|write|"
    r"insert|supply|provide|decide|tailor|choose|pick)\b",
    linear.I,
)
"""A bracket that hands the text to someone by their role ("[Client to complete …]")."""


def _addressed(inner: str) -> bool:
    """Whether a bracket opens with a role in capitals and a colon ("[RM: numbers only]",
    "[AGENCY NOTE: keep it short]"): a note to whoever fills the template in."""
    head, colon, _ = inner.partition(":")
    words = head.split()
    return (
        bool(colon)
        and 1 <= len(words) <= 2
        and all(w.isalpha() and w.isupper() and 2 <= len(w) <= 12 for w in words)
    )


_WH = frozenset({"what", "where", "when", "who", "which", "why", "how"})


def _names_a_piece_of_text(inner: str) -> bool:
    """A bracket whose head, before any dash, names a piece of the text still to be written
    ("Closing sentence", "Second paragraph"), whatever note follows it: a plan's brackets hold
    its own values and asides, never the name of one of its sentences."""
    head = inner
    for dash in (" - ", " – ", " — "):
        head = head.split(dash)[0]
    words = head.lower().split()
    return 1 <= len(words) <= _PIECE_WORDS and words[-1] in _TEXT_PIECES


_TEXT_PIECES = frozenset({"sentence", "sentences", "paragraph", "paragraphs", "wording"})
_PIECE_WORDS = 4
"""Words of a piece's name ("Closing sentence", "One more paragraph")."""


def _described_value(words: list[str]) -> bool:
    """ "<where the wording came from>", "[when it was fixed]": a bracket holding a question
    word and the clause it opens, in lower case, describes the value that goes there (the
    bracket's own question, with no mark). A plan's own aside in brackets speaks as "we"."""
    lower = [w.lower().strip(".,;:!?") for w in words]
    return (
        2 <= len(words) <= 12
        and words[0] in _WH  # lower case: "[Why Etsy?]" as a title is a heading's words
        and not FIRST_PERSON & set(lower)
    )


_WAITING = frozenset({"pending", "awaiting", "outstanding", "unapproved"})
_APPROVING = frozenset(
    {"approval", "approve", "approved", "sign-off", "signoff", "review", "check", "client"}
)


def _draft_status(words: list[str]) -> bool:
    """A bracket that says where the draft stands in its approval ("[Manager review -
    outstanding]", "[Awaiting client approval]"): a note on making the document, never a
    sentence of the plan. It names both the wait and whose approval; "[refund pending]" is
    the state of something in the seller's world, not of the draft."""
    said = {w.lower().strip(".,;:!?()–—-") for w in words}
    return bool(said & _WAITING) and bool(said & _APPROVING) and len(words) <= 8


def is_slot(inner: str, *, angled: bool) -> bool:
    if inner == " " and not angled:
        return True  # "[ ]": a box nobody ticked
    inner = " ".join(inner.split())  # a slot a PDF wrapped onto the next line reads as one
    if not inner or inner.lower() in {"✓", "✔", "✗", "✘"}:
        return False  # a ticked box
    if not any(c.isalnum() for c in inner) and not angled:
        return True  # "[●]", "[…]", "[--]": a blank to fill
    if (ALTERNATIVES.search(inner) and not angled) or _names_a_piece_of_text(inner):
        # "[ALT 1 — …]", "[were removed / was restricted]": a choice to make; "[Opening
        # paragraph - keep it short]": a piece of the letter to write
        return True
    if angled and ("@" in inner or "://" in inner or HTML_TAG.match(inner)):
        return False  # an e-mail address, a link or an HTML tag
    words = inner.split()
    named_example = not angled and _NAMED_EXAMPLE.match(inner) is not None  # "[UNITS = 120]"
    if _addressed(inner) or _ASSIGNED.match(inner) or _draft_status(words) or named_example:
        # "«CLIENT: responsible person»", "[RM: numbers only here]": a note to one who fills
        # the template in; "[Client to complete - …]", "[OPS TEAM TO FILL IN]": a job left to
        # one; "[Legal sign-off - awaiting]": where the draft stands, not the plan's text; a
        # field's name with the template's example of its value
        return True
    if LABELLED_NOTE.match(inner):
        return True  # "[Note to AM: keep the numbers]", "[TIP: …]"
    if words[0].lower().strip(".:") in _NOT_SLOTS:
        # "[Exhibit A]", "[see page 2]" point at something; "[Attachment 1 name]" asks for
        # the name of what it points at
        return _GENERIC_VALUE.match(" ".join(words[1:])) is not None
    if _REAL_ID.search(inner) and len(words) <= 2:
        return False  # "[B07XK3M9QF]", "[Order 112-…]": a real value in brackets
    if orders_the_writer(inner):
        return True
    left = _LEFT_TO_WRITER.search(inner) or _conditioned_value(inner)
    if "e.g." in inner.lower() or "..." in inner or "…" in inner or left:
        # an example, or "<If there is a refund, write here>", "[LOA, if any]", "[Lab test
        # report, if any claim is kept]": what to write, or whether to write it at all
        return True
    if not angled and LABEL_WORDS.match(inner):
        return True  # "[year]", "[shop name]": a value's name
    if linear.search(r"\byou(r)?\b", inner, linear.I) or _described_value(words):
        # "<How you will check it is working>": addressed to the writer; "<where the wording
        # came from>": what goes there, asked about
        return True
    if inner.rstrip().endswith("?") or "? " in inner:
        return True  # "[How long have you sold on Etsy? What do you sell?]": a question to answer
    if "/" in inner and (len(words) <= 16 or VALUE_NOUN.search(inner)):
        return True  # "[copyright / trademark - choose one]", "[yes/no]"
    if VALUE_NOUN.search(inner) and len(words) <= 16:
        return True
    if any(is_mask(t.group(0)) for t in TOKEN.finditer(inner)) or WORD_SLOT.search(inner):
        return True
    return _title_label(inner, words)


def _title_label(inner: str, words: list[str]) -> bool:
    """ "[SELLER NAME]", "[Role]": a title-case label of a value, no digits in it; "[Report #]",
    "[Case#]": the name of a number, its "#" said as "number"."""
    if inner.endswith("#") and len(words) <= 4 and inner[:-1].replace(" ", "").isalpha():
        return True
    return (
        len(words) <= 6
        and all(w[:1].isupper() for w in words)
        and not any(c.isdigit() for c in inner)
    )
