"""Rule X3, in a template: the guidance it gives whoever fills it in, left in the text.

Once a document shows itself a template (slots already found by ``placeholders.slots``), its
lines of orders to the writer ("Explain why it happened. Do not blame the buyer."), the
choices nobody made ("refunded / replaced"), framed notices, bracketed list items and sample
answers in brackets are its leftovers too. Moved out of ``placeholders`` unchanged.
"""

from __future__ import annotations

from poa import linear
from poa.review.found_slots import Found

_GUIDING = frozenset(
    {
        "explain",
        "describe",
        "list",
        "state",
        "include",
        "mention",
        "give",
        "provide",
        "add",
        "attach",
        "summarise",
        "summarize",
        "keep",
        "be",
        "avoid",
        "never",
        "use",
        "write",
        "show",
        "make",
        "note",
        "don't",
        "do",
        "remember",
        "focus",
        "replace",
        "copy",
        "say",
        "fill",
    }
)
"""The first words of the guidance a template gives whoever fills it in."""
FIRST_PERSON = frozenset({"we", "our", "us", "i", "my", "me", "we've", "we're", "i've"})


def guidance(text: str, found: Found) -> None:
    """In a template (a document with slots already found), a line of nothing but orders to
    the writer ("Explain clearly why the violation happened. Do not blame the customer or the
    platform.") is guidance left in: every sentence opens with such an order, and none speaks
    for the seller. A plan's own lines say "we"; in a filled plan this scan does not run."""
    start = 0
    for line in text.split("\n"):
        body = line.strip(" \t-*•>")
        # a sample answer after the order, in brackets or after a comma ("Explain why. (e.g.
        # "Labels failed.")", "Copy the wording, e.g. …") is the template's example of what to
        # write, not a sentence of the line's own; a role a note is addressed to ("Editor:
        # check …") is not one either
        plain = _INLINE_SAMPLE.sub("", _SAMPLE_ASIDE.sub(" ", body)).strip()
        plain = _QUOTED.sub('""', _ADDRESSED_TO.sub("", plain, count=1))
        sentences = [x for x in linear.split(r"[.!?]\s+", plain) if x.strip()] if plain else []
        empty = _EMPTY_VALUE.match(body.replace("**", ""))
        if 0 < len(body) <= 300 and (empty or _guidance_line(sentences) or _kinds_listed(body)):
            at = start + line.index(body)
            found.add(body, at, at + len(body))
        start += len(line) + 1
        if found.full:
            break
    for choice in _CHOICE.finditer(text):  # "We refunded / replaced the orders": in a
        found.add(choice.group(0), *choice.span())  # template, a choice nobody made
        if found.full:
            return
    for choice in _JOINED_CHOICE.finditer(text):  # "On (DATE) we removed/edited the listing"
        words, at = choice.group(1), choice.start(1)
        line_start = text.rfind("\n", 0, at) + 1
        line_end = text.find("\n", at)
        line_end = len(text) if line_end < 0 else line_end
        # On a line that still holds a slot, nobody filled the line in: its options are the
        # template's. On a line written in full ("our kitchen/garage setup") they are the
        # writer's own words.
        if not _PAIRED_WORDS & set(words.split("/")) and _taken(found, line_start, line_end):
            found.add(words, at, at + len(words))
        if found.full:
            return
    _framed_notes(text, found)
    _described_points(text, found)
    for item in _BRACKETED_ITEM.finditer(text):  # "3. [Photos of the packing area]": in a
        inner = item.group(1)[1:-1]  # template, a listed document still to produce
        if len(inner.split()) >= 2 and any(c.isalpha() for c in inner):
            found.add(item.group(1), *item.span(1))
        if found.full:
            return
    for aside in _ASIDE.finditer(text):  # "... to resolve it. *(If you got a retraction,
        inner = aside.group(1)  # attach it.)*": an order in brackets after a line's own words
        sentences = [x for x in linear.split(r"[.!?]\s+", inner) if x.strip()]
        ordered = bool(sentences) and all(_guides(x) for x in sentences)
        if ordered or _sample_left_in(text, aside, found):
            found.add(aside.group(0), *aside.span())
        if found.full:
            break
    _values_left(text, found)


def _values_left(text: str, found: Found) -> None:
    """Where a value goes, what the template put in its place: the options of a question
    ("Were the items genuine?  YES / NO"), or a sample ("Date of submission: e.g. 12 March")."""
    for pattern in (_OPTIONS_LEFT, _SAMPLE_VALUE):
        for value in pattern.finditer(text):
            said = value.group(1).rstrip(" \t.")
            found.add(said, value.start(1), value.start(1) + len(said))
            if found.full:
                return


_OPTIONS_LEFT = linear.compile(
    r"\?[ \t]{1,8}([A-Za-z]{1,12}(?:[ \t]{0,3}/[ \t]{0,3}[A-Za-z]{1,12}){1,3})[ \t]*$", linear.M
)
"""A question whose answer is still its options, to the line's end ("Refund issued?  Yes / No",
"Was it tested? PASS / FAIL"): in a template, the choice nobody made."""
_SAMPLE_VALUE = linear.compile(
    r"(?::|\b(?:on|by|at|from|until|before|since))[ \t]{1,3}((?:e\.g\.|eg\b)[ \t]*[^\n]{1,200})",
    linear.I,
)
"""A template's sample value where the value goes, after a field's colon or the preposition
that asks for it ("resolved on e.g. 12 March 2026"): to its line's end. A plan's own "e.g."
follows a comma or a noun ("carriers, e.g. UPS"); in a filled plan this scan does not run."""


def _sample_left_in(text: str, aside: linear.Match, found: Found) -> bool:
    """A template's sample answer in brackets ("(e.g. 4/25/2026)", "- (e.g. We now use only
    ...)"), left where the writer's own answer goes: alone on its line, or on a line that still
    holds a slot. On a line the writer filled in ("... generic wording (e.g. "fits most
    phones"), never in the title") the example is the writer's own."""
    if not _shows_an_example(aside.group(1)):
        return False
    line_start = text.rfind("\n", 0, aside.start()) + 1
    line_end = text.find("\n", aside.end())
    line_end = len(text) if line_end < 0 else line_end
    rest = text[line_start : aside.start()] + text[aside.end() : line_end]
    return not rest.strip(" \t-*•.") or _taken(found, line_start, line_end)


_CHOICE = linear.compile(r"\b[a-z]+(?:\((?:s|es)\))? / [a-z]+\b")
"""Two words in lower case with a spaced slash between, where one is to be chosen (the first
may leave its plural open: "listing(s) / lift")."""
_JOINED_CHOICE = linear.compile(
    r"(?:^|[\s(\"“])([a-z]{3,20}(?:/[a-z]{3,20}){1,3})(?:[\s),;:!?\"”]|\.(?:\s|$)|$)"
)
"""Words in lower case joined by slashes with no space ("removed/edited"), standing as a word of
the sentence: not a link's or a path's segments (those touch a dot, a colon or a slash), nor
a date or a code in capitals ("12/03", "FBA/FBM"); "and/or" has a word of two letters. A
choice only on a line the template left unfilled (see ``_guidance``)."""
_PAIRED_WORDS = frozenset({"his", "her", "him", "hers", "she", "they", "them", "their"})
"""Words paired for a reader of either kind ("his/her"): the writer's own text, not a choice."""
_FRAMED = linear.compile(r"^\s*([*=~#]{3,})\s*(\S.{0,300}?)\s*([*=~#]{3,})\s*$")
"""A line framed by runs of one mark: "*** copy into the appeal box ***"."""


def _framed_notes(text: str, found: Found) -> None:
    """A template's header notice framed by marks over several lines ("*** PLAN OF ACTION
    TEMPLATE - replace everything in brackets ***" / "*** shared in the seller group, keep it
    short ***") is one notice: once a slot was found on one of its lines, each other line of
    the run is the notice too. A framed line of a few words is a title ("*** ROOT CAUSE ***")
    and is left alone."""
    lines: list[tuple[int, int, linear.Match | None]] = []
    start = 0
    for line in text.split("\n"):
        lines.append((start, start + len(line), _FRAMED.match(line)))
        start += len(line) + 1
    for index, (begin, end, framed) in enumerate(lines):
        if framed is None or not _taken(found, begin, end):
            continue
        for step in (-1, 1):
            near = index + step
            while 0 <= near < len(lines):
                other_begin, other_end, other = lines[near]
                if other is None or other.group(1)[:1] != framed.group(1)[:1]:
                    break
                if len(other.group(2).split()) >= 6 and not _taken(found, other_begin, other_end):
                    found.add(other.group(0).strip(), other_begin, other_end)
                near += step


def _taken(found: Found, start: int, end: int) -> bool:
    return any(a < end and start < b for a, b in found.taken)


_BRACKETED_ITEM = linear.compile(
    r"^[ \t]{0,8}(?:[-*•]|\d{1,3}[.)])[ \t]{1,8}(\[[^\[\]\n]{3,200}\])[ \t]*$", linear.M
)
"""A point of a list that is nothing but a bracket: in a template (the only place this is
read), the template's place for an item, an enclosure or a measure still to write."""
_ASIDE = linear.compile(r"[*_]{0,2}\(([^()\n]{3,300})\)[*_]{0,2}")
"""Words in round brackets, in italics or not."""
_SAMPLE_ASIDE = linear.compile(
    r"\((?:e\.g\.|eg\b|for example\b|example\b|sample\b)[^()\n]{1,200}\)", linear.I
)
"""A sample answer in round brackets: "(e.g. "USPS tracking not uploaded.")"."""
_INLINE_SAMPLE = linear.compile(r",[ \t]*(?:e\.g\.|for example)[^\n]*$", linear.I)
"""A sample after a comma, to the line's end: "Copy the reason as written, e.g. "…"."."""
_ADDRESSED_TO = linear.compile(
    r"^(?:[A-Za-z]{1,20} ){0,2}(?:manager|lead|editor|writer|handler|agent|assistant|team|"
    r"client|reviewer|consultant|va|am|qa)[ \t]{0,2}:[ \t]+",
    linear.I,
)
"""A note's addressee, a role in the team that writes the plan, before its order ("Account
lead: fill in …", "Editor: check …"); a field's name ("Safety buffer: show stock …") is none."""
_EMPTY_VALUE = linear.compile(
    r"^(?:[^:\n]{1,60}:\s*|\d{1,2}[.)]\s*)(?:N/?A|TBC|n/a|[Pp]ending)\s*$"
)
"""A field or a numbered point whose whole value is "N/A", "TBC" or "pending": a word of the
value's status standing where the value goes; in a template, not yet written."""
_QUOTED = linear.compile(r"\"[^\"\n]{1,120}\"|“[^“”\n]{1,120}”")
"""Words in quotes inside an order: what the writer is told to say or not to say ("Be exact:
reviewers reject "we are sorry""), not the seller speaking."""


def _guidance_line(sentences: list[str]) -> bool:
    """Orders to the writer, and the questions they are to answer with them ("List what you
    have put in place. Who is responsible, how often is it checked?"): a question alone is a
    form's heading, answered under it, so one order at least."""
    example = next((i for i, x in enumerate(sentences) if _shows_an_example(x)), None)
    if example is not None and example > 0:
        # "Describe why it happened. e.g. "Our title used …"": orders, then an example of what
        # to write in their place, which may speak as the seller it is written for
        sentences = sentences[:example]
    guides = [_guides(x) for x in sentences]
    ordered = {w for x, g in zip(sentences, guides, strict=True) if g for w in _words(x)}
    return any(guides) and all(
        g or _asks(x) or _expects(x) or _required_of(x, ordered)
        for g, x in zip(guides, sentences, strict=True)
    )


def _words(sentence: str) -> list[str]:
    return [w.lower() for w in linear.findall(r"[A-Za-z']+", sentence)]


def _required_of(sentence: str, ordered: set[str]) -> bool:
    """What the thing the writer is told to give must show ("Attach your invoices. Invoices
    must show the supplier's address."): after the order, a sentence whose subject, in its
    first two words, is a word of the order or a pronoun for it, with "must", "should" or
    "needs" straight after. Nobody says "we"."""
    words = _words(sentence)
    if not words or FIRST_PERSON & set(words):
        return False
    return any(
        (words[i] in ordered or words[i] in _PRONOUNS) and words[i + 1] in _REQUIRING
        for i in range(min(2, len(words) - 1))
    )


_PRONOUNS = frozenset({"it", "they", "these", "this", "each"})


_EXAMPLE_OPENERS = ("e.g", "eg", "ex", "example", "for example", "sample")


_POINT = linear.compile(r"^[ \t]{0,8}(?:[-*•]|\d{1,3}[.)])[ \t]{1,8}([^\n]{3,200})$", linear.M)
"""A point of a list, after its bullet or number."""
_SAYING = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "can", "must"})
"""Verbs that make a point a sentence of its own ("Training is weekly")."""


def _described_points(text: str, found: Found) -> None:
    """A list's points that say what to write ("2. How you will monitor the metric")."""
    for point in _POINT.finditer(text):
        if found.full:
            return
        said = point.group(1).rstrip()
        if describes(said):
            found.add(said, point.start(1), point.start(1) + len(said))


def describes(point: str) -> bool:
    """A template's point that says what to write in its place, not what happened: a clause
    about the writer asked without a question mark ("What you did for the buyers", "How you
    will check it"), a thing with the questions its answer must settle ("New check, who owns
    it and how often it runs"), or a short choice of kinds ("Training, software or supplier
    change"). None says "we"; in a filled plan this scan does not run."""
    words = [w.lower() for w in linear.findall(r"[A-Za-z']+", point)]
    if not words or FIRST_PERSON & set(words) or "?" in point or point.endswith((".", ":")):
        return False
    if words[0] in _ASKING and {"you", "your"} & set(words[1:3]):
        return True
    clauses = [c.split() for c in linear.split(r",|\band\b", point.lower())]
    asked = [c for c in clauses[1:] if c and c[0].strip("'") in _ASKING and "it" in c[1:4]]
    if asked and len(asked) == len([c for c in clauses[1:] if c]):
        return True
    return (
        len(words) <= 6
        and "," in point
        and " or " in point
        and not _SAYING & set(words)
        and not any(c.isdigit() for c in point)
    )


def _shows_an_example(sentence: str) -> bool:
    """A sentence opened by an example's mark ("e.g.", "Example:", "For example,"): what
    follows shows the writer what to put, it is not an order of its own."""
    lower = sentence.lower().strip()
    return any(
        lower == mark or lower.startswith((mark + " ", mark + ":", mark + ",", mark + "."))
        for mark in _EXAMPLE_OPENERS
    )


_ASKING = frozenset({"who", "what", "when", "where", "which", "why", "how"})
_READERS = frozenset(
    {"amazon", "walmart", "ebay", "etsy", "tiktok", "shopify", "reviewer", "reviewers", "they"}
)
_EXPECTING = frozenset(
    {"wants", "want", "expects", "expect", "requires", "require", "needs", "need", "prefers"}
)


def _expects(sentence: str) -> bool:
    """A note to the writer of what the plan's reader wants ("Walmart wants processes, owners
    and timelines."), or of what each thing written must carry ("Each should have an owner
    and a date."): after an order, it is more of the template's guidance. The marketplace or
    its reviewer, or each of the things to write, is the subject within its first three
    words, and nobody says "we"."""
    words = [w.lower() for w in linear.findall(r"[A-Za-z']+", sentence)]
    if not words or FIRST_PERSON & set(words):
        return False
    if words[0] in _EACH:
        return bool(_REQUIRING & set(words[1:3]))
    return bool(_READERS & set(words[:3])) and bool(_EXPECTING & set(words[1:4]))


_EACH = frozenset({"each", "every"})
_REQUIRING = frozenset({"should", "must", "needs"})


def _kinds_listed(line: str) -> bool:
    """A line that lists the kinds of thing to give and trails off with "etc." ("Invoices
    from your supplier, photos of your stock, etc."): the template's hint of what goes there.
    No verb says anything in it, nobody says "we", and it speaks to the writer ("your")."""
    words = [w.lower() for w in linear.findall(r"[A-Za-z']+", line)]
    return (
        line.rstrip(" .").lower().endswith("etc")
        and line.count(",") >= 2
        and {"your", "you"} & set(words) != set()
        and not (FIRST_PERSON | _SAYING) & set(words)
    )


def _asks(sentence: str) -> bool:
    """A question put to the writer: it opens with a question word and never says "we"."""
    words = [w.lower() for w in linear.findall(r"[A-Za-z']+", sentence)]
    return bool(words) and words[0] in _ASKING and not FIRST_PERSON & set(words)


def _guides(sentence: str) -> bool:
    """A sentence that gives the writer an order: it opens with one ("Attach the invoice"),
    or with a condition on the writer whose clause then does ("If you got a retraction,
    attach it")."""
    words = [w.lower() for w in linear.findall(r"[A-Za-z']+", sentence)]
    if not words or FIRST_PERSON & set(words):
        return False
    if words[0] in _CONDITIONS and "you" in words[1:3] and "," in sentence:
        return _guides(sentence.split(",", 1)[1])
    if words[0] in _NOUN_OR_VERB:
        # "Name who is responsible", "Name the owner": a verb, its object after it; "Name of
        # the person", "Name" on its own: a form's label
        return len(words) > 1 and (words[1] in _ASKING or words[1] in _OBJECT_OPENERS)
    if words[0] not in _GUIDING:
        return False
    return words[0] != "do" or words[1:2] == ["not"]


_NOUN_OR_VERB = frozenset({"name", "date", "sign"})
"""Words that open an order ("Name who is responsible", "Date each action") as often as they
name a form's field ("Name:", "Date of the fix")."""
_OBJECT_OPENERS = frozenset({"the", "each", "every", "all", "any", "a", "an", "your", "one"})


_CONDITIONS = frozenset({"if", "when", "where", "once", "unless"})
"""Words that open a condition, as "if" in "If you sell on two sites, list both"."""
