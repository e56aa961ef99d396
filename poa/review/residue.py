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

Everything here is a scan with ``str`` methods over each line or span: linear in the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

from poa import linear
from poa.review import assistant

Span = tuple[int, int]


def _word_set(text: str) -> frozenset[str]:
    return frozenset(text.split())


_IMPERATIVES = _word_set(
    "add answer attach avoid change check choose complete confirm copy delete describe do "
    "don't double-check enter explain fill get give highlight include insert keep leave "
    "list make mention name note paste pick provide put remember remove replace rewrite say "
    "select send show specify state strip summarise summarize tell tick type update upload "
    "use write never always"
)
"""Verbs that open an instruction. "see" is not one: "(see Exhibit 2)" cites."""
_EXAMPLE_MARKS = ("ex.", "e.g.", "eg.", "eg:", "example:", "for example")
_ABBREVIATED_EXAMPLE = ("e.g.", "e.g ", "eg.", "eg:")
_EXAMPLE_LABEL = linear.compile(
    r"^(?:example|sample|model) (?:answer|text|wording|sentence|reply|response|statement|"
    r"paragraph|entry)s?:"
)
"""'Example answer: "…"', 'Sample wording: "…"': a model of text to copy, labelled as one (a
"Sample late orders:" label lists real ones)."""
_EXAMPLE_WORDS = frozenset({"ex", "e.g", "eg", "example", "for example"})
_ABOUT_THE_DOCUMENT = _word_set(
    "word words sentence sentences line lines paragraph paragraphs section sections point "
    "points bullet bullets field fields blank blanks bracket brackets placeholder "
    "placeholders template here below above page letter appeal reviewers reviewer honest "
    "specific short brief minimum maximum format tense language wording"
)
"""Words an instruction uses about the document being written."""
_SECOND_PERSON = frozenset({"you", "your", "you're", "yours", "yourself"})
_FIRST_PERSON = frozenset({"we", "our", "us", "we've", "we're", "ours", "i", "my", "me", "i've"})
_BANNER_WORDS = _word_set(
    "draft template status client version rev intake filled internal kit module worksheet "
    "skeleton copy"
)
_TEMPLATE_PARTS = _word_set(
    "field fields bracket brackets braces placeholder placeholders blank blanks note notes "
    "template kit marked highlighted"
)
"""What a template's legend speaks of: its own fields and the marks that show them."""
_PARTS_MARKED = _word_set(
    "field fields note notes line lines section sections text paragraph paragraphs part parts "
    "answer answers tip tips hint hints"
)
"""A template's parts, which its legend says how to tell apart."""
_HOW_TO = ("how to use", "how to fill", "how to complete")
_SOCIAL_VERBS = _word_set("comment follow subscribe dm tag drop save share")
"""What a post asks of its followers. Not "like" ("Like you asked, I attach …")."""
_PROMISING = frozenset({"i", "i'll", "i'd"})
_FIELD_NAMES = _word_set(
    "email e-mail phone telephone mobile date time name address number amount id asin sku "
    "website url link signature company store shop brand title role"
)
"""A value's name, which a template puts in parentheses where the value is to go."""
_BEFORE_A_VALUE = _word_set("at on to by from via dated is was are were of")
"""Words after which a value stands: "reached at (email)", "suspended on (date)"."""
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
        _banner(stripped)
        or _template_title(body)
        or _legend(body)
        or _comment_note(stripped)
        or _bracketed_note(stripped)
        or _credit(body)
        or _credit(stripped)  # the copyright sign is a mark the body drops
        or _review_comment(body)
        or _editor_comment(stripped)
        or _named_tip(body)
        or _marked_sample(body)
    ):
        yield whole
        return
    if (opens or marked) and (
        _to_the_writer(body) or _to_a_follower(body) or assistant.to_the_seller(body)
    ):
        yield whole
        return
    value = _field_value(stripped)
    if value is not None and _alternatives(value):
        offset = line.rfind(value)
        yield at + offset, at + offset + len(value)
    yield from _parentheses(line, at)


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


def _template_title(line: str) -> bool:
    """The template's own title: a short line, not a sentence, that calls itself one. A remark
    in parentheses after it ("(still works 2026)") is not part of the title's case. In a table
    row ("15 Apr; Reno shipping template live; D. Fenwick; Done") the title would be one cell:
    the other cells' names and dates say nothing of its case."""
    if "template" not in line.lower():
        return False  # most lines: no word of theirs can be "template"
    # A Word table's row is read as "a; b; c", Markdown's as "| a | b |".
    cells = [c for c in line.replace("|", "; ").split("; ") if "template" in _words(c)]
    line = cells[0].strip() if cells else line
    words = [w.strip(".:,;!?()[]*-–—'\"") for w in line.split()]
    words = [w for w in words if w[:1].isalpha()]
    if "template" not in {w.lower() for w in words} or len(words) > 12 or line.endswith("."):
        return False
    remark = line.find("(")
    title = line[:remark] if remark > 0 else line
    if "template" not in {w.lower() for w in _words(title)}:
        # "Attachments: (1) revised shipping template screenshot": the parenthesis opens a
        # list's first item, not a remark after a title; the title, if any, is the whole line
        title = line
    words = [w.strip(".:,;!?[]*-–—'\"") for w in title.split()]
    words = [w for w in words if w[:1].isalpha()]
    capitals = sum(w[:1].isupper() for w in words)
    return capitals >= 0.6 * len(words)  # a title's case, not "the shipping template we use"


def _words(text: str) -> list[str]:
    return [_word(w) for w in text.split()]


def _word(token: str) -> str:
    """``token`` lowered, without marks other than ' - and . (most words have none)."""
    if token.isalnum():
        return token.lower()
    return "".join(c for c in token if c.isalnum() or c in "'-.").lower()


def _unquoted(text: str) -> str:
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


def _to_the_writer(sentence: str) -> bool:
    """An instruction: it tells the writer what to do and is about the document or them."""
    own = _unquoted(sentence)
    lower = own.lower().lstrip()
    if lower.startswith(_ABBREVIATED_EXAMPLE):
        # "e.g. Our feed stopped syncing.": a sentence to copy, which may speak as the seller
        # (it is the seller's sentence as a model); a plan opens its own case with words
        # ("Example: item 2664… - we confirmed the fault"), not a line opened by "e.g."
        return len(sentence.split()) >= 5
    clauses = [c.strip() for c in own.replace("!", ".").replace("?", ".").split(". ")]
    example = lower.startswith(_EXAMPLE_MARKS) or _EXAMPLE_LABEL.match(lower)
    if not example and not any(_order(c) or _order(_without_adverb(c)) for c in clauses):
        return False  # neither an example nor an order: most lines of a plan end here
    words = [w.strip(".:,;!?'") for w in _words(own)]
    words = [w for w in words if w]
    if not words or _FIRST_PERSON & set(words):
        return False
    if own.rstrip().endswith("?") or _asked_with_orders(own):
        return False  # a question: a form's own heading, answered below it
    if example:  # "ex. 'We listed …'": a sentence to copy, not a value
        return len(sentence.split()) >= 5
    # "… Be honest. ex. 'We …'": an example follows; "… gives you a retraction. Attach it!"
    shown = any(c.lower().rstrip(".:") in _EXAMPLE_WORDS for c in clauses)
    addressed = bool(_SECOND_PERSON & set(words))
    # "Explain WHY it happened. Be specific ...": a note that opens with an order, then says
    # what the text should be like; one note to the writer in two sentences, as much as one
    # that says both at once. A line that opens by telling how things are ("The form asks
    # three questions. … Paste each part into its box.") is a guide's, not a template's.
    about = len(clauses) >= 2 and _order(clauses[0]) and _about(own)
    if about or _shouted_orders(own, clauses):
        return True
    return any(_order(c) and (shown or addressed or _about(c)) for c in clauses)


def _asked_with_orders(text: str) -> bool:
    """A form's question with a short order on how to answer it after the question mark
    ("What have you changed since? Give dates.", "Who checks it now? Name them."): the
    question is the heading, the order its own; both are the form's, answered below."""
    question, mark, after = text.rpartition("?")
    orders = [c.strip() for c in after.replace("!", ".").split(".") if c.strip()]
    return bool(mark and question.strip() and orders) and all(
        len(order.split()) <= 4 and _order(order) for order in orders
    )


def _shouted_orders(text: str, clauses: list[str]) -> bool:
    """A line in capitals of two orders or more and nothing else ("ONLY NAME WHAT IS DONE.
    GIVE EACH A DATE."): a template shouting at its filler. An order may open with an
    adverb ("ONLY", "BRIEFLY"); a plan writes its procedures in its own case."""
    said = [clause for clause in clauses if clause.strip(" .")]
    return (
        len(said) >= 2
        and all(_order(_without_adverb(clause)) for clause in said)
        and _in_capitals(text)
    )


_ADVERBS = frozenset({"just", "also", "then", "now"})


def _without_adverb(clause: str) -> str:
    """The clause without an adverb that opens it ("ONLY LIST …" → "LIST …")."""
    first, _, rest = clause.partition(" ")
    word = first.lower()
    return rest if rest and (word.endswith("ly") or word in _ADVERBS) else clause


def _about(clause: str) -> bool:
    words = [w.strip(".:,;!?'") for w in _words(clause)]
    kept = [
        word
        for index, word in enumerate(words)
        if not (word == "template" and index > 0 and words[index - 1] not in _DETERMINERS)
    ]
    return bool((_ABOUT_THE_DOCUMENT | _SECOND_PERSON) & set(kept))


_DETERMINERS = _word_set("the this that a an our your my its their each every any")
"""Before "template", the document itself ("fill in this template"); a word of its own before
it names a thing the business uses ("the Reno template", "the shipping template")."""


def _order(clause: str) -> bool:
    """Whether ``clause`` opens with a verb in the imperative: a capital, a verb, and not a
    noun's use of it ("List of the 62 orders", "Change control: …", "Check-in")."""
    words = clause.split()
    if not words or not words[0][:1].isupper():
        return False
    verb = words[0].lower().strip(".,;!")
    if verb not in _IMPERATIVES or any(w.endswith(":") for w in words[:8]):
        return False  # "Change control for feeds: …": a label
    following = words[1].lower() if len(words) > 1 else ""
    return following not in {"of", "and", "&"} and not following.endswith(":")


def _legend(line: str) -> bool:
    """What the template's marks mean: "How to use: fields in double curly brackets, …", or a
    line listing two marked parts ("notes marked TIP, optional lines marked OPTIONAL")."""
    label, colon, rest = line.partition(":")
    if colon and label.lower().startswith(_HOW_TO) and len(label.split()) <= 6:
        legend = bool(_TEMPLATE_PARTS & {w.strip(".:,;!?'") for w in _words(rest)})
    else:
        legend = sum(_marked_part(item) for item in line.replace(";", ",").split(",")) >= 2
    # the seller's voice, read last: most lines are no legend by their shape alone
    return legend and not _FIRST_PERSON & {w.strip(".:,;!?'") for w in _words(line)}


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


def _to_a_follower(line: str) -> bool:
    """A social post's call to its followers: it opens with what they should do ("comment",
    "follow", "subscribe") and asks for more of the channel or promises something back."""
    first = line.split(maxsplit=1)[:1]
    if not first or first[0].lower() not in _SOCIAL_VERBS:
        return False  # also "Comment:", a label
    words = [w.strip(".:,;!?'\"") for w in _words(_unquoted(line))]
    if words[1:2] in (["up"], ["-up"], ["on"], ["of"]):
        return False  # "Follow up with …", "Comment on each case": an order inside a plan
    if "for more" in " ".join(words):
        return True  # "follow for more tips": more of the channel
    # "comment X and I'll send you …": one person's promise in return
    back = words[words.index("and") + 1 :] if "and" in words else []
    return bool(_PROMISING & set(back) and _SECOND_PERSON & set(back))


_CONNECTIVE = linear.compile(r"\s*/\s*|\s+(?:or|instead of|rather than|not)\s+")
"""What joins the names of the values a template offers to choose from: "(phone / email)",
"(carrier name instead of carrier name)"."""


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
        or (previous.split() or [""])[-1].lower() in _BEFORE_A_VALUE
        or bool(named & recent)
    )


def _parentheses(line: str, at: int) -> Iterator[Span]:
    start = line.find("(")
    while start >= 0:
        end = line.find(")", start)
        if end < 0:
            return
        inner = line[start + 1 : end].strip()
        label, colon, rest = inner.partition(":")
        choice = colon and len(label.split()) <= 3 and _alternatives(rest)
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


_LENGTH = _word_set("sentence sentences word words paragraph paragraphs bullet bullets")
"""Units of text to write. Not "lines": a shop's product lines are counted too."""
_LENGTH_LEAD = _word_set("max max. maximum min min. minimum about approx. around under")


def _length_asked(inner: str) -> bool:
    """'(2-3 sentences, own words)', '(max 80 words)': how much the filler is to write, a
    count (or a range) of sentences, words or paragraphs opening the bracket. A plan counts
    things it did, never the length of its own text."""
    words = _words(inner.replace("–", "-"))
    if words and words[0] in _LENGTH_LEAD:
        words = words[1:]
    if len(words) < 2 or words[1].strip(",.;:") not in _LENGTH:
        return False
    return all(part.isdigit() for part in words[0].split("-") if part) and words[0] != "-"


_PICKING = _word_set("choose pick select circle tick keep delete strike underline")
"""Verbs that tell the writer to make a choice among options set out just before."""
_ONE_OF = _word_set("one appropriate applicable applies apply whichever which either other others")
"""What such an order picks: one of them, whichever applies ("keep both figures" picks none)."""


def _pick_order(inner: str) -> bool:
    """'(choose one)', '(pick the one that applies)', '(delete as appropriate)': an order to
    choose, in any case (after a run of options, a lower-case verb is no less an order)."""
    words = [w.strip(".:,;!?") for w in _words(inner)]
    if not words or words[0] not in _PICKING or _FIRST_PERSON & set(words):
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


_MADE = _word_set("template templates worksheet kit form file document")
"""What a credit line says was made: the template, never the plan written from it."""
_CREDITED = ("by", "from", "courtesy", "licensed", "licenced", "provided", "made", "created")
_ADVERT_VERBS = _word_set("get download grab find")
_CREDIT_MARKS = ".:,;!?'\"()"


def _credit(line: str) -> bool:
    """A line that credits or licenses the template, or advertises where it came from: it
    opens with a copyright sign and a year ("© 2026 A Coach. Licensed to …"), or with the
    template and who made it ("Template by …"), or sends the reader for more of them ("… get
    more free templates at example.com"). A plan does not credit itself."""
    raw = line.split()
    lead = [_word(w).strip(_CREDIT_MARKS) for w in raw[:4]]
    copyrighted = bool(raw) and (raw[0] in ("©", "(c)", "(C)") or lead[0] == "copyright")
    # "Template by …", "Letter kit by …": the made thing among the first words, then its maker
    made = [n for n, (w, nxt) in enumerate(pairwise(lead)) if w in _MADE and nxt in _CREDITED]
    if not (copyrighted or made or "templates" in line.lower()):
        return False  # no credit's opening, no advert's "templates": most lines end here
    words = [w.strip(_CREDIT_MARKS) for w in _words(line)]
    if _FIRST_PERSON & set(words):
        return False
    if copyrighted:
        return len(raw) > 1 and raw[1].strip(",.")[:4].isdigit()
    if made:
        # its maker is a name ("Template by Hartwell Appeals"), not a thing ("listing
        # template by stock source")
        maker = raw[made[0] + 2] if made[0] + 2 < len(raw) else ""
        return maker[:1].isupper() or maker[:1].isdigit() or "." in maker
    for index, word in enumerate(words[:-2]):
        if word in _ADVERT_VERBS and "templates" in words[index + 1 : index + 4]:
            return any("." in w and not w.endswith(".") for w in words[index + 2 :])
    return False
    first = line.split(maxsplit=2)
    if first[0] in ("©", "(c)", "(C)") or words[0] == "copyright":
        return len(first) > 1 and first[1].strip(",.")[:4].isdigit()
    # "Template by …", "Letter kit by …": the made thing among the first words, then its maker
    raw = line.split()
    for n, (w, nxt) in enumerate(pairwise(words[:4])):
        if w in _MADE and nxt in _CREDITED:
            # its maker is a name ("Template by Hartwell Appeals"), not a thing ("listing
            # template by stock source")
            maker = raw[n + 2] if n + 2 < len(raw) else ""
            return maker[:1].isupper() or maker[:1].isdigit() or "." in maker
    for index, word in enumerate(words[:-2]):
        if word in _ADVERT_VERBS and "templates" in words[index + 1 : index + 4]:
            return any("." in w and not w.endswith(".") for w in words[index + 2 :])
    return False


def _review_comment(line: str) -> bool:
    """'[QUERY - Finance, TK] Check the refund total.': a reviewer's comment left in the
    draft, a bracket at the line's start with a label in capitals and the reviewer's initials
    last ("SP", "MvdB"), then what they ask."""
    if not line.startswith("["):
        return False
    end = line.find("]")
    if end < 0 or not line[end + 1 :].strip():
        return False
    inner = line[1:end].replace(",", " ").replace("–", " ").replace("-", " ").split()
    if not 2 <= len(inner) <= 8:
        return False
    label, initials = inner[0].rstrip(":"), inner[-1].strip(".:")
    return (
        label.isalpha()
        and label.isupper()
        and len(label) >= 3
        and 2 <= len(initials) <= 5
        and initials.isalpha()
        and initials[0].isupper()
        and sum(c.isupper() for c in initials) >= 2
    )


def _editor_comment(line: str) -> bool:
    """'[b]Rhea Patel: Need the real supplier name.': a comment a document editor exports at
    the document's end, keyed to its anchor in the text by a letter in brackets, then who wrote
    it (a name of one to three capitalised words) and a colon. A plan's own brackets hold a
    word or a figure, never a letter with a name run on after it."""
    end = line.find("]", 1, 4)
    if not line.startswith("[") or end < 2:
        return False
    anchor = line[1:end]
    if not (anchor.isalpha() and anchor.islower()):
        return False
    name, colon, said = line[end + 1 :].partition(":")
    words = name.split()
    return (
        bool(colon and said.strip())
        and 1 <= len(words) <= 3
        and not line[end + 1 : end + 2].isspace()
        and all(w[:1].isupper() and w.replace("-", "").replace("'", "").isalpha() for w in words)
    )


_SAMPLE_MARKS = ("(sample)", "(example)", "(sample text)", "(example text)")


def _marked_sample(line: str) -> bool:
    """ "(sample) Daily stock check at 8 am.", "Current rate 4.8% (sample)": a line the
    template marks as its sample, at the line's start or end, to be replaced by the seller's
    own. A plan's own samples are things ("a sample of 20 units"), never a mark on a line."""
    lower = line.lower()
    return lower.startswith(_SAMPLE_MARKS) or lower.endswith(_SAMPLE_MARKS)


def _named_tip(line: str) -> bool:
    """ "Sam's tip: give dates." — a tip from the template's author, named, to the person
    filling it in; it never speaks as the seller ("we", "our")."""
    label, colon, rest = line.partition(":")
    words = label.split()
    if not colon or len(words) != 2 or not rest.strip():
        return False
    owner, kind = words[0], words[1].lower()
    possessive = owner.endswith(("'s", "’s")) and owner[:1].isupper()
    if not possessive or kind not in {"tip", "tips", "hint", "hints", "advice"}:
        return False
    return not _FIRST_PERSON & {w.strip(".:,;!?'") for w in _words(rest)}


def _comment_note(line: str) -> bool:
    """'// Sam - waiting on the refund count', '/* KIM: check the dates */': a line opened by
    a comment mark, then whom it is for (a name or a role, a separator) and a note. A plan
    never writes to its reader like that; a divider ("// end //") names nobody."""
    if not line.startswith(("//", "/*")):
        return False
    rest = line.lstrip("/*").strip()
    words = rest.split()
    for count in (1, 2):  # "Helena -", "Helena Marsh:", "@sam", "AM:"
        if len(words) < count + 2:
            break
        names, after = words[:count], words[count]
        last = names[-1]
        marks = last.endswith((":", ",")) or after in {"-", "–", "—"}
        named = all(w.lstrip("@")[:1].isupper() and w.strip("@:,").isalpha() for w in names)
        if named and marks:
            return True
    return bool(words) and words[0].startswith("@") and len(words) >= 3


_BRACKETS = {"(": ")", "[": "]"}
_ASKING = _IMPERATIVES | {"please", "don't", "dont", "pls"}


def _bracketed_note(line: str) -> bool:
    """'(Jo - please check the dates before this goes out.)': a note between colleagues, a
    line that is one bracket opened by whom it is for (a name, then a dash or a comma) and
    what is asked of them. A plan's own brackets are asides to the marketplace: "(Note: …)"
    has a colon, "(FedEx - 3 parcels)" asks nothing."""
    close = _BRACKETS.get(line[:1])
    if close is None or not line.endswith(close) or close in line[1:-1]:
        return False
    words = line[1:-1].split()
    for count in (1, 2):  # "Mara -", "Mara Lind,"
        if len(words) < count + 2:
            break
        names, after = words[:count], words[count]
        dashed = after in {"-", "–", "—"}
        nxt = words[count + 1] if dashed else after
        if not (dashed or names[-1].endswith(",")):
            continue
        named = all(w[:1].isupper() and w.rstrip(",").isalpha() for w in names)
        if named and nxt.lower().strip(",.:") in _ASKING:
            return True
    return False


def _instruction(inner: str) -> bool:
    """A parenthesis that gives an order: "(Copy from the Account Health page)"."""
    if _FIRST_PERSON & set(_words(_unquoted(inner))):
        return False
    clauses = [c.strip() for c in inner.replace("!", ".").split(". ")]
    if _in_capitals(inner):
        # A template shouts its orders, and runs them on with dashes and slashes after the
        # thing asked for: "(SCREENSHOTS / INVOICES - ATTACH AT LEAST 2)".
        for mark in (" - ", " – ", " — ", " / ", ", "):
            clauses = [piece.strip() for c in clauses for piece in c.split(mark)]
    return any(_order(c) for c in clauses)


def _in_capitals(text: str) -> bool:
    """Words in capitals, two or more (an acronym alone, "(FBA)", is not shouting)."""
    letters = [c for c in text if c.isalpha()]
    words = [w for w in text.split() if any(c.isalpha() for c in w)]
    return len(words) >= 2 and len(letters) >= 6 and all(c.isupper() for c in letters)


def _field_value(line: str) -> str | None:
    """The value of a "Label: value" line (the last label when a table row holds several)."""
    label_end = line.rfind(": ")
    if label_end < 0:
        return None
    return line[label_end + 2 :].strip() or None


def _alternatives(value: str) -> bool:
    """'Yes / No', 'Trademark / Copyright / Patent': two to six short options, nothing else."""
    options = [o.strip() for o in value.strip().split(" / ")]
    if not 2 <= len(options) <= 6:
        return False
    return all(o and len(o.split()) <= 2 and not any(c.isdigit() for c in o) for o in options)


def _banner(line: str) -> bool:
    """'Agency | intake draft | case 12 | status: partly filled': fields about the document."""
    if line.count(" | ") < 2 or line.startswith("|"):
        return False  # a Markdown table's row starts with its bar
    words = {w.strip(".:,;()") for w in _words(line)}
    # A field's name says what the field is ("Status at export: all items done"); its value,
    # or a cell with no name, says what the document is ("status: partly filled", "draft").
    said = {w.strip(".:,;()") for cell in line.split(" | ") for w in _words(_field_said(cell))}
    return bool(said & _BANNER_WORDS) and not words & _FIRST_PERSON


def _field_said(cell: str) -> str:
    label, colon, value = cell.partition(":")
    return value if colon and len(label.split()) <= 4 else cell


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
            and not _FIRST_PERSON & words
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
            if touching and 0 < len(inner) <= 80 and "\n" not in inner and opening not in inner:
                yield start, end + len(closing)
                start = text.find(opening, end + len(closing))
            else:
                start = text.find(opening, inner_start)


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
    if words[-1].lower() in _BEFORE_A_VALUE:
        return False
    following = text[end : end + 40].split()
    return bool(following) and following[0][:1].isupper()
