"""Rule X3: text left over from a template — a slot nobody filled in.

A slot has a shape and a purpose. The shapes: text in brackets, angle brackets or braces
(``[Seller Name]``, ``<insert date>``, ``{order_id}``), a run of X or 0 standing for digits or
letters (``XXX``, ``B0XXXXXXXX``, ``123-XXXXXXX-XXXXXXX``, ``XX/XX/2026``), a blank line to
write on (``________``), a date mask (``DD/MM/YYYY``), ``TBD`` and ``lorem ipsum``. The
purpose: what is inside a bracket must read as an instruction or the name of a value
(your…, insert, describe, name, date, number…); ``[Exhibit A]``, ``[1]`` or a Markdown link
are not slots. Every pattern is a bounded scan with no nested repetition: linear in the text.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from poa import linear
from poa.review.capital_fields import capital_fields
from poa.review.plan_lines import CLOSING
from poa.review.residue import residue
from poa.review.template_fields import gaps, template_fields
from poa.review.template_guidance import FIRST_PERSON, guidance
from poa.review.template_orders import orders_body

# A slot may wrap onto the next line (PDF text), never across a blank line.
_BRACKETED = linear.bounded(
    r"\[((?:[^\[\]\n]|\n(?![ \t]{0,40}\n)){1,400})\](?!\()"
    r"|<((?:[^<>\n]|\n(?![ \t]{0,40}\n)){1,400})>"
    r"|\{\{?((?:[^{}\n]|\n(?![ \t]{0,40}\n)){1,200})\}?\}"
    r"|«([^«»\n]{1,200})»|【([^【】\n]{0,400})】",
    reason="a slot ends at its bracket unless a link follows, and never runs across a blank "
    "line: both known only from the characters after, where another slot may start",
)
"""Square, angle and curly brackets, mail-merge guillemets (``«ASIN»``) and the lenticular
brackets of templates written for other languages (``【Shop ID】``)."""
_BLANK = linear.bounded(
    r"_{3,200}|(?<!_)_{1,4}(?:[/.-](?:_{1,4}|\d{2,4})){1,2}|(?<![A-Za-z0-9_])__(?![A-Za-z0-9_])"
    r"|…{2,200}|\.{4,200}",
    reason="'__' is a blank only with no letter on either side, which may end another blank",
)
"""A line to write on (``____``, ``__%``, dots ``……``), or a date with blanks (``__/__/2026``);
never Markdown's ``__bold__``, whose underscores touch a word."""
_TEMPLATE_VARIABLE = linear.compile(r"%[A-Za-z_][A-Za-z0-9_]{1,30}%")
"""``%DATE%``: a mail-merge field."""
_NOTE_TO_SELF = linear.bounded(
    r"(?:^|(?<=\s))\?\?\s{0,3}[a-z][^\n]{0,120}|\b(?:TODO|FIXME)\b[^\n]{0,120}"
    # a deferral left where the content belongs, as a label's whole value or a whole point:
    # "N/A - to confirm", "Owner: to be agreed with the warehouse", "- see notes"
    r"|[-–—:*•]\s{0,3}(?:to (?:be )?(?:confirm|complete|check|add|decide|agree|discuss|arrange|"
    r"finali[sz]e|sort)(?:ed|d)?(?:[ \t]{1,3}(?:with|by)(?:[ \t]{1,3}[\w-]{1,30}){1,2})?"
    r"|see (?:my |the |our )?notes)[ \t]{0,3}\.?[ \t]{0,3}$",
    linear.M,
    reason="'??' counts after a space that may end the note before it",
)
"""A writer's note to themselves: "?? ask the warehouse", "TODO", or a point that only defers
("to be agreed with ops", "see notes"): what is to be written is somewhere else, or undecided."""
_SHOUTED_ORDER = linear.compile(
    r"\b(?:INSERT|ENTER|ADD|TYPE|FILL IN|PUT|WRITE|PASTE|ATTACH|DESCRIBE|STATE|SPECIFY|"
    r"PROVIDE|INCLUDE)((?:[ \t]{1,3}[A-Z0-9][A-Z0-9/&'-]{0,30}){1,12})\b"
)
"""'runs every INSERT FEED FREQUENCY HERE minutes': an order to the writer in capitals, a verb
then what to put, standing inside a sentence where the value belongs. A verb with one word
after it is an order only when that word names a value ("Date: INSERT DATE", "ENTER NAME")."""
_ANGLED_NOTE = linear.compile(
    r"(?:^|[ \t(])(>>[ \t]{0,3}[^<>\n]{3,300}?[ \t]{0,3}<<)(?:[ \t.,;)]|$)", linear.M
)
""">> still need the other two steps, ask Jo <<": a note between opposing angle marks, left for
a colleague in the text it is about. Mail-merge fields turn them the other way and touch their
names ("<<DATE>> we did <<ACTION>>"): the words between two fields are no note."""
_UNSURE_NOT_APPLICABLE = linear.compile(r"\bN/A\?", linear.I)
"""'N/A?': the writer not sure whether a point applies, a question left for later."""
_DATE_MASK = linear.compile(
    r"\b(?:DD|MM)[/.-](?:MM|DD)[/.-](?:YYYY|YY|\d{2,4})\b|\bYYYY-MM-DD\b", linear.I
)
_NUMBERED = linear.compile(
    r"\b(?:part|chapter|section|article|volume|book|act|appendix|annex|schedule|clause)\s{1,3}$",
    linear.I,
)
"""A word that a Roman numeral follows ("Part XX", "Chapter XX")."""
_DATE_PART = r"(?:DD|MM|MMM|YYYY|Month|[12][0-9]{3})"
_DATE_FORMAT = linear.compile(
    rf"\b(?:(?:DD|MMM|YYYY)(?:(?:,? |[./-]){_DATE_PART}){{1,2}}"
    rf"|{_DATE_PART}(?:,? |[./-])(?:DD|MMM|YYYY)(?:(?:,? |[./-]){_DATE_PART})?)\b"
)
"""A date written as its format: "DD Month 2026", "Month DD, YYYY", "DD MMM YYYY". The
format's letters in capitals (two alone, "MM", may be someone's initials)."""
_BLANK_HINT = linear.compile(
    r"(?:_{3,200}|…{2,200}|\.{4,200})[ \t]{0,40}"
    r"(\((?:(?:example|for example|eg|sample|such as)\b|e\.g\.|i\.e\.)[^()\n]{1,200}\))",
    linear.I,
)
"""'__________ (example: May 20, 2026)': the hint that shows what goes in the blank before it,
however short; the same words are not a hint after a value the writer gave."""
_WORD_SLOT = linear.compile(r"\bTB[DCA]\b|\blorem ipsum\b|\bipsum dolor\b", linear.I)
_UNTICKED = linear.compile("☐")
_YES_NO = linear.compile(r"(\((?:y|yes) ?/ ?(?:n|no)\))[ \t]*:?[ \t]*$", linear.I | linear.M)
"""'confirm with QA (Y/N)' at a line's end: a yes or no still to give. Answered, the line goes
on ("Refunded (Y/N): Y")."""
_PAREN_QUESTION = linear.compile(
    r"\((?:why|what|how|who|when|which|where|did|do|does|is|are|was|were|have|has)\b"
    r"[^()\n]{0,160}\?[^()\n]{0,80}\)",
    linear.I,
)
"""'(Why did it happen? Be specific.)': a question put to the writer."""
# a mark before the label, an italic's underscore among them ("_Note to writer: …_")
_LEAD = r"(?:(?:[^\w\n]|_){0,3}|[^\s]{1,3}[.)]?\s{1,40})"
_LABEL_AT = linear.bounded(
    # a note that names itself: "VA NOTE:", "PRO TIP:", "OP tips:", "INTERNAL -", "Comment:"
    _LEAD + r"(?:(?:(?:[A-Za-z]{2,4}\s{1,40})(?:notes?|tips?)|(?:pro |quick )?tips?|hint|reminder|"
    r"comment|note (?:to|for) \w{1,40}|drafting note|guidance)\b[^:\n]{0,30}?"
    # a label's colon or dash ("INTERNAL - …"; not "cut-off 1:30"), on the label's own line:
    # a dash at the start of the next line is that line's bullet
    r"(?::(?!\S)|[ \t][-–—][ \t])"
    # "Internal:", "INTERNAL NOTES -": the word names the note ("Internal alert at 2%:" is a
    # control with a name of its own)
    r"|internal(?:\s{1,3}(?:notes?|comments?|only|use(?: only)?))?\s{0,3}(?::(?!\S)|[-–—][ \t])"
    # "Internal use. The account manager fills in part A": the label closed by a full stop
    r"|internal\s{1,3}use(?:\s{1,3}only)?\.(?!\S)"
    # "TO BE FILLED BY CLIENT:", "VA: copy the exact text", "Example: because of …"
    r"|to be (?:filled|completed|confirmed|added|checked)(?: in)? by\b"
    # "Optional: attach the invoice": a step the template leaves to the writer's choice
    r"|optional\s{0,3}[:\-–—]\s{0,40}(?:attach|add|include|insert|upload|provide|describe|"
    r"list|mention|explain|write|paste|enclose)\b"
    r"|(?-i:[A-Z]{2,4})\s{0,40}:\s{0,40}(?:copy|check|add|insert|fill|write|keep|delete|"
    r"remove|explain|describe|list|attach|ask|confirm|use|send|replace|change|update)\b"
    r"|(?:example|sample(?: text)?)\s{0,40}[:\-–—][ \t]{0,40}(?:$|(?:\S{1,60}[ \t]{1,40}){4}\S))",
    linear.I | linear.M,
    reason="tried at each place a line or cell starts (Python's match takes a start; RE2's "
    "binding would read the whole text again each time); a label's colon counts only before "
    "a space",
)
"""Tried only where a line or a table cell starts (``_CELL_START``): one match per place."""
_CELL_START = linear.compile(r"\n|; |\(")
_LABEL_CAPS = linear.compile(
    # "VA NOTE:", "WRITER NOTE:": a note to someone who fills the template in, by their role
    r"\b(?:(?:[A-Z]{2,4}|WRITER|EDITOR|CLIENT|AGENT|AUTHOR|DRAFTER|REVIEWER|MANAGER|COACH|"
    r"CONSULTANT|ASSISTANT|ANALYST|STUDENT|TEACHER|MENTOR) NOTES?"
    r"|(?:PRO )?TIPS?|TO BE FILLED(?: IN)? BY [A-Z]+|NOTE (?:TO|FOR) [A-Z]{2,20}"
    r"|HOW TO (?:USE|FILL IN|FILL|COMPLETE)(?: THIS)?(?: TEMPLATE| FORM| DOCUMENT)?"
    # "CLIENT - PLEASE CONFIRM:" (any dash), "AM - TO CHECK:": a request in capitals to someone
    r"|(?:[A-Z]{2,12}[ \t]?[-–—][ \t]?)?(?:PLEASE |TO )?(?:CONFIRM|CHECK|VERIFY|FILL IN|COMPLETE))"
    r"[ \t]*:"
)
"""The same labels in capitals anywhere: a cell of a table holds several paragraphs."""


def _labelled_notes(text: str) -> list[linear.Match]:
    starts = [0, *(m.end() for m in _CELL_START.finditer(text))]
    found: list[linear.Match] = [m for at in starts if (m := _LABEL_AT.match(text, at))]
    found += _LABEL_CAPS.finditer(text)
    return sorted(found, key=lambda m: m.start())


_ABOUT_THE_DOCUMENT = linear.compile(
    r"\b(?:delete|remove)\b[^\n]{0,80}\bbefore (?:sending|submitting|submission|you send)\b"
    r"|\b(?:must|to) (?:check|fill|complete|confirm|review)\b[^\n]{0,40}\bbefore sending\b"
    # "Senior review required before submit.": a step in making the document, at its line's end
    # (a line of its own, no verb of its own: a note, not a plan's sentence about a check)
    r"|(?m:^)[^\w\n]{0,3}(?:[\w-]+ ){0,2}(?:review|approval|sign-?off|check) (?:required|needed) "
    r"before (?:submit|submitting|submission|sending|export|exporting)[ \t]*[.!]?[ \t]*(?m:$)"
    r"|\b(?:delete|remove|strike) (?:this|these|the|what)\b[^\n]{0,20}\b(?:row|line|box|"
    r"paragraph|section|notes?|table|header|legend|block|(?:is )?not applicable|does not apply)\b"
    r"|\bdelete as (?:appropriate|applicable)\b|\bwhichever\b[^\n]{0,40}\b(?:does not|doesn't) "
    r"apply\b|\bcolou?r (?:legend|code)\b|\bfor (?:enrolled )?students only\b"
    r"|\bfor internal use only\b|\bnot for (?:submission|sending|filing)\b"
    # "... - do not submit until confirmed": the document held back, its object left unsaid
    r"|\b(?:do not|don't) (?:submit|send)(?: it| this)? (?:until|before|unless) (?:it is |it's )?"
    r"(?:confirmed|checked|approved|signed off|reviewed|verified)\b"
    # "DRAFT v2 - do not send yet", "Don't send without it", "before this goes out": the
    # document held back until it is finished; a plan never speaks of its own sending ("it"
    # is the stock: "checked before it is sent to FBA")
    r"|\b(?:do not|don't|not to) (?:submit|send)(?: it| this)?(?: yet\b| without\b)"
    r"|\bbefore this (?:goes out|is sent|gets sent|is submitted)\b"
    # a word processor's content control still showing its prompt: "Click or tap here to
    # enter text.", "Click or tap to enter a date.", a drop-down's "Choose an item."
    r"|\b(?:(?:click|tap) or (?:click|tap)(?: here)?|click here|tap here) to "
    r"(?:enter|add|type|insert|choose)\b"
    r"|(?m:^)[^\w\n]{0,3}choose an item\.?[ \t]*(?m:$)"
    r"|\b(?-i:[A-Z]{2,3}) to (?:settle|complete|check|confirm|review|"
    r"approve|attach|fill|add|finali[sz]e)\b",
    linear.I,
)
"""An instruction about producing the document: the slot is its line (or table cell)."""
_TEMPLATE_TITLE = linear.compile(
    r"\b(?:template|worksheet|precedent)\b[^\n]{0,120}(?:\bv(?:er(?:sion)?)?\.? ?\d|\bedition\b|"
    r"\bmodule \d|™)|(?:\bv\d+(?:\.\d+)?\b|™|\bmodule \d)[^\n]{0,120}\b(?:template|worksheet|"
    r"precedent)\b",
    linear.I,
)
"""The template's own title line: "Appeal Letter Template — Edition V3.2"."""
_IMPERATIVE = linear.compile(
    r"^\s*(?:e\.g\.|eg\b|example|insert|add|enter|type|describe|explain|list|fill|write|"
    r"state|include|attach|provide|specify|give|summari[sz]e|replace|paste|choose|select|copy|"
    r"optional|if applicable|delete|remove|mention|say|tell|show|use|put|your|the seller|"
    r"do not|don't|be specific|be precise|keep it)\b",
    linear.I,
)
_VALUE_NOUN = linear.compile(
    r"\b(?:name|date|number|no\.|id|ids|role|position|title|signature|email|e-mail|address|"
    r"phone|amount|quantity|qty|percentage|value|token|measure|action|step|reason|cause|"
    r"details?|description|result|metric|sku|asin|order|invoice|tracking|supplier|carrier|"
    r"shopname|store|company|seller|brand|contact|who|how often|type|item|product|listing|"
    r"case|process|control|check|year|month|day|week|time|hours?|period|quarter|city|"
    r"country|location|link|url|folder|x+|"
    # the person who signs, named by that part: "[Client signatory]"
    r"signatory|signatorie|signer)s?\b",
    linear.I,
)
_TEMPLATE_NOTE = linear.compile(
    r"^(?P<label>\W{0,3}(?:tip|template( note)?|instructions?|note to (self|seller)|guidance)"
    r"\s*[:\-–—])"
    r"|\btemplate\b[^\n]{0,80}\b(replace|delete|remove|fill)\b"
    r"|\b(replace|delete|remove|fill in)\b[^\n]{0,60}\b(brackets|placeholders?|this note|"
    r"these notes|template)\b"
    # a writing instruction addressed to the seller: "Explain which step of your process
    # failed", "List the actions you have ALREADY completed, with dates."
    r"|^\W{0,3}(explain|describe|list|insert|enter|state|mention|summari[sz]e|give|provide|"
    r"include)\b[^.\n]{0,120}\b(your?|here|below|with dates|who is responsible|"
    r"how often)\b[^.\n]{0,120}",
    linear.I | linear.M,
)
_HTML_TAG = linear.compile(
    r"^/?(?:a|b|i|u|s|p|br|hr|em|strong|div|span|img|script|style|table|tr|td|th|ul|ol|li|"
    r"h[1-6]|html|body|head|iframe|sub|sup|font|link|meta|code|pre|blockquote)\b[^<>]*$",
    linear.I,
)
_REAL_ID = linear.compile(r"\bB0[0-9A-Z]{8}\b|\b\d{3}-\d{7}-\d{7}\b|\d{4,}")
_NOT_SLOTS = frozenset({
    "exhibit", "attachment", "annex", "appendix", "see", "note", "sic", "translated",
    "translation", "redacted", "confidential", "emphasis", "sic.", "photo", "image",
})  # fmt: skip
_NOTE_LABEL = (
    r"(?:pro |quick |template )?tips?\b[^():\[\]\n]{0,30}:|hint\b|reminder\b|drafting note\b|"
    r"note (?:to|for)\b|internal\b"
)
"""A note that says what it is: "Pro tip from the blog: …", "Note to AM: …"."""
_PAREN_INSTRUCTION = linear.compile(
    r"\((?:(?:add|insert|enter|describe|fill in|type|explain|specify|write|summari[sz]e|attach|"
    r"include|paste|upload|provide|mention|"
    r"keep (?:this|it)|delete|remove|replace|strike|list (?:all|each|every|the|your))\b|"
    r"please\b[^()\n]{0,40}\b(?:fill|write|describe|replace|add|insert|enter|explain|list|"
    r"supplement)\b|"
    + _NOTE_LABEL
    + r"|(?-i:[A-Z]{2,4})\s+to\s+\w|(?:client|seller|va|team|account manager)\s+to\s+\w"
    # "(Agency note: attach the screenshot …)": a note named for whoever wrote it, to a
    # colleague, that gives an order; "(Delivery note: signed 3 May)" is a document
    r"|[a-z]{2,20} notes?\s{0,3}[:\-–—]\s{0,3}(?:attach|add|check|confirm|insert|replace|update|"
    r"remove|delete|send|ask|fill|include|upload|change|chase|get)\b)"
    r"[^()\n]{0,160}\)"
    # "(Optional: add …)": a word straight after the colon or dash
    r"|\(optional\s*[-–—:,]\s*\w[^()\n]{0,159}\)",
    linear.I,
)
_LABELLED_NOTE = linear.compile(r"^\W{0,2}(?:" + _NOTE_LABEL + ")", linear.I)
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
_LABEL_WORDS = linear.compile(r"^[a-z]+(?: [a-z]+){0,2}$")
"""``[year]``, ``[other]``, ``[shop name]``: a value's name in lower case."""
_SENTENCE_LABEL = linear.compile(r"^[A-Z][a-z]+(?: [a-z]+){1,3}$")
"""``[Person responsible]``, ``[Date of notice]``: a value's name, its first word capital (in a
sentence; alone on its line, over an answer, it is a pasted form's field)."""
_ALTERNATIVES = linear.compile(
    r"^(?:alt(?:ernative)?|option|variant)\s*[0-9a-z]{0,2}\s*[-–—:]|\w / \w", linear.I
)
_MERGE_FIELD = linear.compile(r"^\s*(?:[A-Z][A-Z0-9_ ]{0,40}|\w+_\w+)\s*$")
_FIELD_CODE = linear.compile(
    r"^\s*(?:IF|MERGEFIELD|FILLIN|ASK|REF|SET|NEXTIF|SKIPIF|INCLUDETEXT|MERGEREC)\s"
)
"""``{ IF «Uses_FBA» = "Yes" "…" "…" }``, ``{ MERGEFIELD Name }``: a word processor's field
code, shown as typed because the merge never ran (its keyword in capitals, then a space)."""
_ENGINE_TAG = linear.compile(r"^\s*(?:%[^%]{1,80}%|[#/^][A-Za-z][^{}]{0,80})\s*$")
"""What a template engine runs, never prose: Jinja's ``{% … %}``, Handlebars' ``{{#if}}``."""
_VARIABLE = linear.compile(r"^\s*[A-Za-z_][\w .]{0,60}\s*$")
_TOKEN = linear.compile(r"[0-9A-Za-z]+(?:[-/.][0-9A-Za-z]+)*")
_SEPARATORS = linear.compile(r"[-/.]")
_ZERO_MASK = linear.compile(r"\b(?:B0[0]{8}|[0]{3}-[0]{7}-[0]{7})\b")
_LOREM = frozenset(
    [
        "lorem",
        "ipsum",
        "dolor",
        "amet",
        "consectetur",
        "adipiscing",
        "eiusmod",
        "tempor",
        "incididunt",
        "labore",
        "dolore",
        "aliqua",
        "veniam",
        "nostrud",
        "exercitation",
        "ullamco",
        "laboris",
        "aliquip",
        "commodo",
        "consequat",
        "reprehenderit",
        "voluptate",
        "cillum",
        "fugiat",
        "pariatur",
        "excepteur",
        "occaecat",
        "cupidatat",
        "proident",
        "culpa",
        "officia",
        "deserunt",
        "mollit",
    ]
)
"""Words of the filler text every template tool inserts; three in a sentence is filler."""
_LOREM_WORD = linear.compile(r"\b(?:" + "|".join(sorted(_LOREM)) + r")\b")
_WORDS = linear.compile(r"[A-Za-z]+")
_SENTENCE = linear.compile(r"[^.!?\n]{1,400}[.!?]?")
_NEEDS: dict[linear.Pattern, tuple[str, ...]] = {
    _TEMPLATE_TITLE: ("template", "worksheet", "precedent"),
    _ABOUT_THE_DOCUMENT: ("delete", "remove", "strike", "before s", "before e", "whichever",
                          "colour", "color", "students", "internal use", " to ", "not for ",
                          "here to", "t submit", "t send", "not send", "before this",
                          "choose an item"),
    _PAREN_INSTRUCTION: ("(",),
    _PAREN_QUESTION: ("(",),
    _TEMPLATE_VARIABLE: ("%",),
    _NOTE_TO_SELF: ("??", "todo", "fixme", " to ", "see "),
    _ZERO_MASK: ("000",),
    _BLANK: ("_", "…", "...."),
    _BLANK_HINT: ("(",),
    _DATE_MASK: ("dd", "mm", "yyyy"),
    _DATE_FORMAT: ("dd", "mmm", "yyyy"),
    _WORD_SLOT: ("tb", "lorem", "ipsum"),
    _UNTICKED: ("☐",),
    _YES_NO: ("/",),
    _ANGLED_NOTE: (">>",),
}  # fmt: skip
"""Plain strings (in lower case) one of which each pattern needs in order to match."""
MAX_SLOTS = 200
"""Enough to show that a plan is a template; more would only repeat."""


@dataclass(frozen=True)
class Slot:
    """One unfilled slot: its text and where it starts."""

    text: str
    start: int


def slots(text: str) -> Iterator[Slot]:
    """Every left-over template slot in ``text``, in order."""
    found = _Found()
    lower = text.lower()
    for scan in _SCANS:
        if found.full:
            break
        scan(text, lower, found)
    if len(found.slots) >= _A_TEMPLATE and not found.full:
        guidance(text, found)
        orders_body(text, found)
    yield from sorted(found.slots, key=lambda slot: slot.start)


def marked_slot(text: str) -> bool:
    """Whether ``text`` holds a slot marked as one: a bracket asking for a value ("[SHOP
    NAME]") or a mask ("B0XXXXXXXX"), never a note whose words alone make it template text."""
    found = _Found()
    for scan in (_bracketed, _tokens):
        scan(text, text.lower(), found)
    return bool(found.slots)


_A_TEMPLATE = 3
"""Slots enough to show that a document is a template still being filled in."""


class _Found:
    """The slots found so far, by every scan: a stretch of text counts once, for the first
    scan that claims it; no more than MAX_SLOTS."""

    def __init__(self) -> None:
        self.slots: list[Slot] = []
        self.taken: list[tuple[int, int]] = []

    @property
    def full(self) -> bool:
        return len(self.slots) >= MAX_SLOTS

    def fresh(self, start: int, end: int) -> bool:
        """Whether text[start:end] is claimed by no earlier slot (it is claimed now if so)."""
        if any(a < end and start < b for a, b in self.taken):
            return False
        self.taken.append((start, end))
        return True

    def add(self, text: str, start: int, end: int) -> None:
        """A slot reading ``text`` over text[start:end], unless that stretch is taken."""
        if self.fresh(start, end):
            self.slots.append(Slot(text, start))


def _bracketed(text: str, lower: str, found: _Found) -> None:
    """[Your name], {{seller_id}}, «ASIN», 【…】."""
    match: linear.Match
    for match in _BRACKETED.finditer(text):
        if _bracket_is_slot(text, match):
            found.add(match.group(0), *match.span())
        if found.full:
            break


def _bracket_is_slot(text: str, match: linear.Match) -> bool:
    inner = next(g for g in match.groups() if g is not None)
    box = inner.strip().lower() in ("x", "") and match.group(1) is not None
    if box and _LEGEND_AFTER.match(text[match.end() : match.end() + 8]):
        return False  # "[x] = done   [ ] = booked": the key to a checklist's marks
    if box and _checkbox(text, match.start(), match.end()):
        # "- [x] done", "[ ] Review booked for 15 June": a point of a checklist, not a slot;
        # but in a checklist still being worked through, every box is the template's
        return _open_checklist(text)
    if match.group(5) is not None:
        return True  # 【…】 appear in an English plan only as a template's fields
    if match.group(4) is not None:  # «ASIN» is a mail-merge field, «bonjour» a quote
        return bool(_MERGE_FIELD.match(inner)) or _is_slot(inner, angled=True)
    if match.group(3) is not None:
        if _ENGINE_TAG.match(inner):
            return True  # "{% if fba %}", "{{#each orders}}": a template engine's statement
        return bool(_VARIABLE.match(inner) or _FIELD_CODE.match(inner)) or _is_slot(
            inner, angled=False
        )
    if match.group(1) is not None and _answered_field(text, match, inner):
        return False
    if match.group(1) is not None and inner in _note_keys(text):
        return False  # "…shipped.[b]", then "[b]Marco: …" at the end: a note and its marker
    if match.group(2) is not None and _comparison(text, match):
        return False  # "3.7% < 4%" ... "95.8% > 95%": a table's targets, not a slot
    if (
        match.group(2) is not None
        and _LABEL_WORDS.match(inner.strip())
        and not _HTML_TAG.match(inner.strip())
    ):
        return True  # "<owner>", "<other tags>", "<where the wording came from>": a value's name
    if match.group(1) is not None and _unnamed_reference(text, match, inner):
        return True
    if _SENTENCE_LABEL.match(inner.strip()) and not _own_line(text, *match.span()):
        return True  # "[Person responsible] will review …": a value's name in a sentence
    return _is_slot(inner, angled=match.group(2) is not None)


_FIGURE_AFTER = linear.compile(r"^[ \t]*=?[ \t]*[-+$£€]?[0-9]")
_FIGURE_BEFORE = linear.compile(r"[0-9%][ \t]*$")


def _comparison(text: str, match: linear.Match) -> bool:
    """ "< 4%", "> 95%": a sign that compares a figure, as a metrics table's targets read,
    never a slot's bracket. A slot's "<" opens a name or an order to the writer ("<insert
    date>"); a comparison's stands between figures, a space away from the figure it compares
    ("3.7% < 4%", "<= 2%"). Either sign read so makes the pair no slot; a mask inside
    ("<123-XXXXXXX-XXXXXXX>") is a slot whatever stands around it."""
    inner = match.group(2)
    first = inner.split()[0] if inner.split() else ""
    if is_mask(first.strip("%,.;")):
        return False
    opening = inner[:1] in (" ", "\t", "=") and _FIGURE_AFTER.match(inner)
    closing = inner[-1:] in (" ", "\t") and _FIGURE_AFTER.match(
        text[match.end() : match.end() + 20]
    )
    before = _FIGURE_BEFORE.search(text[max(0, match.start() - 20) : match.start()])
    return bool((opening and before) or closing)


_EMPTY_BOX = linear.compile(r"(?m)^[ \t]*(?:[-*•][ \t]*)?\[ \]")
_TICKED_BOX = linear.compile(r"(?m)^[ \t]*(?:[-*•][ \t]*)?\[[xX]\]")
_LEGEND_AFTER = linear.compile(r"[ \t]*=")


@lru_cache(maxsize=4)
def _open_checklist(text: str) -> bool:
    """Whether ``text`` holds a checklist still being worked through: at least a quarter of
    the boxes that open its lines are empty ("[ ] Training log"). A plan's own record of what
    was done ticks its boxes and leaves a few open for what is booked but not yet due; the
    boxes of a template's list, ticked or not, are mostly empty, for whoever fills it in."""
    empty = len(_EMPTY_BOX.findall(text))
    done = [_rest_of_line(text, m.end()) for m in _TICKED_BOX.finditer(text)]
    return empty > 0 and 4 * empty >= empty + len(done) and not _own_record(done)


def _rest_of_line(text: str, at: int) -> str:
    end = text.find("\n", at)
    return text[at : end if end >= 0 else len(text)]


def _own_record(done: list[str]) -> bool:
    """Whether the ticked points of a checklist are the seller's own record of what they did
    ("[x] took down all 14 listings (Mar 4)", "[x] I added the maker's name"): most of them,
    two at least, give a figure of the case or speak as the writer. Its open boxes are then
    the seller's own to-dos; a template's ticked points are generic ("[x] Refunded buyers"),
    their figures still masks ("XX orders")."""
    own = [point for point in done if _first_person(point) or _figure(point)]
    return len(own) >= 2 and 2 * len(own) > len(done)


def _first_person(point: str) -> bool:
    return bool(FIRST_PERSON & {w.strip(".,;:!?()\"'").lower() for w in point.split()})


def _figure(point: str) -> bool:
    """A number of the case in ``point``, not a mask with a digit in it ("0.XX%")."""
    tokens = (w.strip(".,;:!?()\"'%$£€") for w in point.split())
    return any(any(c.isdigit() for c in t) and not is_mask(t) for t in tokens)


_NOTE_KEY = linear.compile(r"(?m)^[ \t]*\[([a-z]{1,2}|[0-9]{1,3})\][ \t]*\S")


@lru_cache(maxsize=4)
def _note_keys(text: str) -> frozenset[str]:
    """The keys of the notes a document lists, each opening its own line ("[a]Jen: …",
    "[2] Invoice of 4 May"): a shared document's comments or a writer's footnotes, exported
    with the text. The same key in brackets elsewhere is the mark of where the note belongs,
    not a field left to fill; a template's blank is never listed again with a text of its
    own."""
    return frozenset(match.group(1) for match in _NOTE_KEY.finditer(text))


_REFERENCE_WORDS = frozenset({"exhibit", "attachment", "annex", "appendix", "enclosure"})
_LIST_MARK = linear.compile(r"^\s*(?:[-*•◦▪–]|[0-9]{1,3}[.)])?\s*$")


def _unnamed_reference(text: str, match: linear.Match, inner: str) -> bool:
    """ "- [Attachment 2]" alone as an item of a list of documents: the list names each
    document, and this item is only the template's numbered place for one. The same reference
    inside a sentence ("see [Attachment 2]") or before the document's name ("[Exhibit A]
    Supplier invoice") points at something real."""
    words = inner.split()
    if not 1 < len(words) <= 2 or words[0].lower() not in _REFERENCE_WORDS:
        return False
    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    after = text[match.end() : line_end if line_end >= 0 else len(text)]
    return bool(_LIST_MARK.match(text[line_start : match.start()])) and not after.strip()


def _own_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is all its line holds, but for spaces."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end : line_end if line_end >= 0 else len(text)]
    return not text[line_start:start].strip() and not after.strip()


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
    return (
        any(c.isalpha() for c in label)
        and len(label.split()) <= _LEADER_LABEL_WORDS
        and _VALUE_START.match(value) is not None
        and not _SLOT_MARKS.search(value)
        and not _BLANK.search(value)
    )


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
    if not _own_line(text, start, end) or not match.group(0).startswith("___"):
        return False
    above, below = _line_above(text, start), _line_below(text, end)
    if not (CLOSING.match(above.strip(" \t*_")) and len(above.split()) <= _CLOSING_WORDS):
        return False
    return bool(below) and not _SLOT_MARKS.search(below)


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
_SIGNED = frozenset(
    {"signature", "name", "date", "address", "phone", "email", "title", "signatory", "signer"}
)
"""Fields whose value is the writer's own details, or who signs: bracketed, they are slots
wherever they stand, even over a line the writer filled ("[Company signatory]" over the
shop's name)."""


def _answered_field(text: str, match: linear.Match, inner: str) -> bool:
    """A form's field name in brackets on its own line, answered on the next: "[Reason for
    violation]" over the seller's paragraph is the heading of a pasted form, not a slot. The
    name must read as a part of a plan or a field a notice names (headings' meaning), and the
    answer must be the writer's words, with no bracket or blank of its own."""
    from poa.review.headings import meaning

    line_start = text.rfind("\n", 0, match.start()) + 1
    line_end = text.find("\n", match.end())
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:line_end].strip() != match.group(0):
        return False
    if _IMPERATIVE.search(inner) or linear.search(
        r"\b(?:you|your|here|as needed)\b", inner, linear.I
    ):
        return False  # "[Explain any other contributing factors]": an order to the writer
    words = inner.lower().split()
    if ":" in inner or len(words) > 6 or _SIGNED & set(words):
        return False  # "[DN: …]" is a note; "[Signature block]" a value to write
    if _ALTERNATIVES.search(inner):
        return False  # "[Case / claim number]": a form's field names one thing, not a choice
    read = meaning(inner.strip())
    if read.kind is None or read.score < 2:
        return False
    after = text[line_end : line_end + 600].lstrip("\n \t").split("\n", 1)[0]
    if _another_part_heading(after, read.kind):
        return False  # "[Root cause 2 - if applicable]" straight over "2. Corrective actions"
    return len(after.split()) >= 3 and not linear.search(r"[\[\]<>{}]|__|\bXX|\bTBD\b", after)


def _another_part_heading(line: str, kind: str) -> bool:
    """Whether ``line`` is the heading of a part other than ``kind``: a short line, no
    sentence, that names a part. A field followed by the next part's heading has no answer."""
    from poa.review.headings import meaning

    stripped = line.strip().rstrip(":*_ ")
    if not stripped or len(stripped.split()) > 6 or stripped.endswith((".", "!", "?")):
        return False
    read = meaning(stripped)
    return read.kind is not None and read.kind != kind and read.score >= 2


def _tokens(text: str, lower: str, found: _Found) -> None:
    """XX%, $XX, XX orders, B0XXXXXXXX: figures and ids still to write."""
    _hash_figures(text, found)
    for first, last in _lines_with_masks(text):
        for match in _TOKEN.finditer(text[first:last]):
            if found.full:
                return
            _token(text, match.group(0), first + match.start(), first + match.end(), found)


def _lines_with_masks(text: str) -> Iterator[tuple[int, int]]:
    """Where the lines that may hold a mask start and end: every mask has two x or six zeros,
    and most lines of a plan have neither (reading each of their words cost a long plan's
    review a tenth of its time)."""
    start = 0
    for line in text.split("\n"):
        if line.count("x") + line.count("X") >= 2 or "000000" in line:
            yield start, start + len(line)
        start += len(line) + 1


def _token(text: str, token: str, start: int, end: int, found: _Found) -> None:
    after = text[end : end + 1]
    money = after == "%" or text[max(0, start - 1) : start] in ("$", "£", "€")
    if set(token.lower()) == {"x"} and len(token) >= 2 and money:
        # "XX%", "$XX": a figure still to write
        found.add(token + (after if after == "%" else ""), start, end)
    elif token == "XX":  # noqa: S105 - a mask
        # "XX orders", "for XX ASINs": a figure still to write; "Part XX" is twenty
        if not _NUMBERED.search(text[max(0, start - 12) : start]):
            found.add(token, start, end)
    elif token.lower().count("x") >= 2 and is_mask(token):
        found.add(token, start, end)
    elif len(token) >= 6 and set(token) == {"0"}:
        # "Case #0000000000": a sample id in zeros, as "B0XXXXXXXX" is one in X; a real
        # id, count or amount is never six zeros and nothing else
        found.add(token, start, end)


def _hash_figures(text: str, found: _Found) -> None:
    """ "## listings", "$##", "##%": a run of "#" standing for the digits of a figure still to
    write, inside a sentence, as "XX" does ("XX orders"). At a line's start (after nothing but
    marks) the same run opens a Markdown heading ("## Root cause"); touching a word, it is a
    field's mark ("##ORDER IDS##") or a number sign ("PO#")."""
    start = text.find("##")
    while start >= 0:
        end = start
        while end < len(text) and text[end] == "#":
            end += 1
        before = text[max(0, start - 1) : start]
        line = text[text.rfind("\n", 0, start) + 1 : start]
        after = text[end : end + 2]
        figure = (
            (after[:1] == " " and after[1:2].islower())  # a counted noun follows
            or after[:1] == "%"
            or before in ("$", "£", "€")
        )
        if figure and not before.isalnum() and any(c.isalnum() for c in line):
            found.add(text[start:end], start, end)
        start = text.find("##", end)


def _notes(text: str, lower: str, found: _Found) -> None:
    """Notes to whoever fills the template in ('Tip: …'), and a template's own title."""
    for pattern in (_LABEL_AT, _ABOUT_THE_DOCUMENT, _TEMPLATE_TITLE):
        if not _may_match(pattern, lower):
            continue
        matches = _labelled_notes(text) if pattern is _LABEL_AT else pattern.finditer(text)
        for match in matches:
            if found.full:
                break
            start, end = _cell_around(text, match.start(), match.end())
            if pattern is _LABEL_AT:  # a note with its own label: to the next slot at most
                start = match.start() + _list_mark(match.group(0))
                end = min([end, *(a for a, _ in found.taken if a > start)])
                if text[start - 1 : start] == "(" and ")" in text[start:end]:
                    start, end = start - 1, text.index(")", start, end) + 1  # "(Tip: …)"
            elif pattern is _TEMPLATE_TITLE:
                title = text[start:end].strip()
                if title.endswith(".") or len(title.split()) > 25:
                    continue  # a sentence that mentions a template, not a template's title
            found.add(text[start:end].strip(), start, end)


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


def _patterned(text: str, lower: str, found: _Found) -> None:
    patterns = (
        _TEMPLATE_NOTE, _PAREN_INSTRUCTION, _PAREN_QUESTION, _TEMPLATE_VARIABLE, _NOTE_TO_SELF,
        _ZERO_MASK, _BLANK_HINT, _BLANK, _DATE_MASK, _DATE_FORMAT, _WORD_SLOT, _UNTICKED,
        _YES_NO, _ANGLED_NOTE,
    )  # fmt: skip
    for pattern in patterns:
        if not _may_match(pattern, lower):
            continue
        for match in pattern.finditer(text):
            if found.full:
                break
            if pattern is _TEMPLATE_NOTE and (
                _form_field(text, match.start(), match.end()) or _not_the_template(text, match)
            ):
                continue
            if pattern is _PAREN_INSTRUCTION and (
                _UPKEEP.match(match.group(0)) or _field_hint(text, match)
            ):
                continue
            if pattern is _YES_NO or pattern is _ANGLED_NOTE:  # not the colon or space around
                found.add(match.group(1), *match.span(1))
                continue
            if pattern is _BLANK and (_line_to_sign(text, match) or _leader(text, match)):
                continue
            if pattern is _BLANK_HINT:  # the hint only: the blank is a slot of its own
                found.add(match.group(1), *match.span(1))
                continue
            if pattern is _TEMPLATE_NOTE and match.group("label") is not None:
                start, end = _whole_note(text, match.start(), match.end(), found)
                found.add(text[start:end], start, end)
                continue
            found.add(match.group(0), *match.span())


def _shouted(text: str, lower: str, found: _Found) -> None:
    """Orders in capitals inside a line of ordinary text ("done INSERT DATE HERE."). A line all
    in capitals may be a heading ("ADD-ON SALES"); the residue's scan reads those whole."""
    for match in _SHOUTED_ORDER.finditer(text):
        if found.full:
            break
        start, end = _line_around(text, match.start())
        put = match.group(1).split()
        named = len(put) > 1 or _VALUE_NOUN.fullmatch(put[0]) is not None
        if named and any(c.islower() for c in text[start:end]):
            found.add(match.group(0), *match.span())


def _capitalised(text: str, lower: str, found: _Found) -> None:
    """Fields named in capitals inside the template's sentences ("I own the shop YOUR STORE")."""
    for start, end in capital_fields(text):
        if found.full:
            break
        found.add(text[start:end], start, end)


def _conventions(text: str, lower: str, found: _Found) -> None:
    """Fields marked by the template's own convention ("SELLER_NAME", "(name of supplier…)")."""
    for start, end in template_fields(text):
        if found.full:
            break
        found.add(text[start:end], start, end)


def _gaps(text: str, lower: str, found: _Found) -> None:
    """A lone "…", or a rule right under a slot: the gap left where a part's text goes."""
    for start, end in list(gaps(text, found.taken)):
        if found.full:
            break
        found.add(text[start:end], start, end)


def _unsure(text: str, lower: str, found: _Found) -> None:
    """ "N/A?" and the note that goes with it: the parenthesis that holds it ("(refund? N/A? -
    ask Sam)"), else the rest of its line ("N/A? ask Sam if the tool can do this")."""
    for match in _UNSURE_NOT_APPLICABLE.finditer(text):
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


def _whole_note(text: str, start: int, end: int, found: _Found) -> tuple[int, int]:
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
    actions you have taken …"') is someone else's words quoted back, a rejection answered; an
    order at a line's start that goes on a sentence wrapped from the line above ("We will
    gladly / provide …") is the plan's own sentence (see :func:`_wrapped_on`)."""
    found = match.group(0)
    if _wrapped_on(text, match.start()):
        return True
    lead = found[: next((i for i, c in enumerate(found) if c.isalnum()), len(found))]
    if _QUOTE_MARKS & set(lead):
        return True
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
    return bool(value) and not _SLOT_MARKS.search(value) and not _PAREN_INSTRUCTION.search(value)


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
    words = {w.lower() for w in _WORDS.findall(answer)}
    return (
        len(answer.split()) >= 3
        and answer.rstrip().endswith((".", "!"))  # sentences, not a legend's label
        and bool(words & FIRST_PERSON)
        and not _SLOT_MARKS.search(answer)
    )


def _residue(text: str, lower: str, found: _Found) -> None:
    """What the template says to whoever fills it in."""
    for start, end in residue(text):
        if found.full:
            break
        if _form_field(text, start, end):
            continue  # "**Describe your issue**" over the seller's answer
        found.add(text[start:end].strip(), start, end)


def _filler(text: str, lower: str, found: _Found) -> None:
    """Lorem ipsum: only where three of its words appear at all does any sentence need a look."""
    if len(set(_LOREM_WORD.findall(lower))) < 3:
        return
    for match in _SENTENCE.finditer(text):
        if found.full:
            break
        said = [w.lower() for w in _WORDS.findall(match.group(0))]
        if len(set(said) & _LOREM) >= 3 or _latin(said):
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


def _may_match(pattern: linear.Pattern, lower: str) -> bool:
    """Whether ``pattern`` can match at all: each needs one of a few plain strings (a bracket,
    an underscore, 'template'), and a plan without them skips the pattern's scan."""
    needs = _NEEDS.get(pattern)
    return needs is None or any(need in lower for need in needs)


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


def _checkbox(text: str, start: int, end: int) -> bool:
    """Whether the box at text[start:end] opens a point ("- [x] Refunded the buyers"): it
    starts its line, and that line does not carry on a sentence wrapped from the line before
    ("… actual stock minus" / "[X] units for the top 20 SKUs", a PDF's line break), which
    ends in a word or a comma and goes on in lower case after the box."""
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip(" -*•\t"):
        return False
    if text[line_start:start].strip():
        return True  # a bullet before the box: a point of a list
    before = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1 : max(0, line_start - 1)]
    before = before.strip()
    after = text[end : end + 3].lstrip(" \t")
    wrapped = bool(before) and (before[-1].isalnum() or before[-1] == ",")
    # a box over another box ("[x] refunded" / "[x] updated") is a list of ticked points
    return not (wrapped and after[:1].islower() and not before.lstrip(" -*•").startswith("["))


def is_mask(token: str) -> bool:
    """``XXX``, ``B0XXXXXXXX``, ``123-XXXXXXX-XXXXXXX``, ``XX/XX/2026``: X standing for what
    is to be written; ``XXL`` or ``Xbox`` are words."""
    parts = _SEPARATORS.split(token)
    masks = [p for p in parts if p and set(p.lower()) == {"x"}]
    if len(masks) == len(parts) >= 2:
        return True  # "X.X", "XX/XX"
    masks = [m for m in masks if len(m) >= 2]
    if not masks:
        # "B0XXXXXXXX", "17XXXXXXXXXXXXXXXX": a short real prefix, then X to the end
        head = token.rstrip("Xx")
        tail = len(token) - len(head)
        if head.isdigit() and (tail >= 3 or (len(head) <= 3 and tail >= 2)):
            return True  # "20XX", "1XX", "10001XXXXX": digits still to write
        return len(token) - len(head) >= 4 and len(head) <= 4 and head.isalnum()
    others = [p for p in parts if p not in masks]
    if _id_prefix(parts, masks):
        return True  # "CHG-XXXX", "INV-2026-XXXX": an id's own prefix, the number still to write
    if any(
        not (p.isdigit() or (len(p) <= 4 and p.isalnum() and p.rstrip("Xx") != p)) for p in others
    ):
        return False
    return any(len(m) >= 3 for m in masks) or len(parts) >= 2


def _id_prefix(parts: list[str], masks: list[str]) -> bool:
    """An id whose prefix is kept and whose number is not: capitals (and digits) before, a run
    of at least three X after ("SKU-XXXX", "RMA-2026-XXX"). The prefix may have segments of
    its own, each a code in capitals ("WM-IP-XXXXXX", "AMZ-CASE-2026-XXXX"), and the number
    groups of its own ("VN-XXXX-XX", a lot number). A word in
    capitals joined to X's by a hyphen is rarer than an id, and a size ("XXL") is no run of X
    alone."""
    if len(parts) < 2 or parts[-1] not in masks or max(len(m) for m in masks) < 3:
        return False  # "VN-XXXX-XX": the run of three may stand before the last group
    return _code(parts[0]) and all(p.isdigit() or p in masks or _code(p) for p in parts[1:-1])


def _code(part: str) -> bool:
    """One segment of an id's prefix: "RMA", "WM", "IP", "PO2": capitals first, no X at its end
    (that would be part of the mask, or a size)."""
    return (
        2 <= len(part) <= 6
        and part.isalnum()
        and part.isupper()
        and part[0].isalpha()
        and part.rstrip("X") == part
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
        _SENTENCE_LABEL.match(head)
        or _LABEL_WORDS.match(head)
        or (
            1 <= len(words) <= 6
            and all(w[:1].isupper() for w in words)
            and not any(c.isdigit() for c in head)
        )
    )


def _orders_the_writer(inner: str) -> bool:
    """ "Describe …", "AM: explain why … Do NOT blame …", "[Affiliate content: confirm whether
    …]", "<Checklist, attach as E3>", "[Same format as 3.3]": an order, in any of its clauses,
    or a word on how to lay the part out, in place of the part."""
    clauses = linear.split_at(_CLAUSE, inner)
    if any(_IMPERATIVE.search(clause) or _CHECKING.search(clause) for clause in clauses):
        return True
    return bool(_FORM_OF_TEXT.search(inner)) and len(inner.split()) <= 12


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


def _is_slot(inner: str, *, angled: bool) -> bool:
    if inner == " " and not angled:
        return True  # "[ ]": a box nobody ticked
    inner = " ".join(inner.split())  # a slot a PDF wrapped onto the next line reads as one
    if not inner or inner.lower() in {"✓", "✔", "✗", "✘"}:
        return False  # a ticked box
    if not any(c.isalnum() for c in inner) and not angled:
        return True  # "[●]", "[…]", "[--]": a blank to fill
    if _ALTERNATIVES.search(inner) and not angled:
        return True  # "[ALT 1 — …]", "[were removed / was restricted]": a choice to make
    if angled and ("@" in inner or "://" in inner or _HTML_TAG.match(inner)):
        return False  # an e-mail address, a link or an HTML tag
    words = inner.split()
    if _addressed(inner) or _ASSIGNED.match(inner) or _draft_status(words):
        # "«CLIENT: responsible person»", "[RM: numbers only here]": a note to one who fills
        # the template in; "[Client to complete - …]", "[OPS TEAM TO FILL IN]": a job left to
        # one; "[Legal sign-off - awaiting]": where the draft stands, not the plan's text
        return True
    if _LABELLED_NOTE.match(inner):
        return True  # "[Note to AM: keep the numbers]", "[TIP: …]"
    if words[0].lower().strip(".:") in _NOT_SLOTS:
        # "[Exhibit A]", "[see page 2]" point at something; "[Attachment 1 name]" asks for
        # the name of what it points at
        return _GENERIC_VALUE.match(" ".join(words[1:])) is not None
    if _REAL_ID.search(inner) and len(words) <= 2:
        return False  # "[B07XK3M9QF]", "[Order 112-…]": a real value in brackets
    if _orders_the_writer(inner):
        return True
    left = _LEFT_TO_WRITER.search(inner) or _conditioned_value(inner)
    if "e.g." in inner.lower() or "..." in inner or "…" in inner or left:
        # an example, or "<If there is a refund, write here>", "[LOA, if any]", "[Lab test
        # report, if any claim is kept]": what to write, or whether to write it at all
        return True
    if not angled and _LABEL_WORDS.match(inner):
        return True  # "[year]", "[shop name]": a value's name
    if linear.search(r"\byou(r)?\b", inner, linear.I) or _described_value(words):
        # "<How you will check it is working>": addressed to the writer; "<where the wording
        # came from>": what goes there, asked about
        return True
    if inner.rstrip().endswith("?") or "? " in inner:
        return True  # "[How long have you sold on Etsy? What do you sell?]": a question to answer
    if "/" in inner and (len(words) <= 16 or _VALUE_NOUN.search(inner)):
        return True  # "[copyright / trademark - choose one]", "[yes/no]"
    if _VALUE_NOUN.search(inner) and len(words) <= 16:
        return True
    if any(is_mask(t.group(0)) for t in _TOKEN.finditer(inner)) or _WORD_SLOT.search(inner):
        return True
    # "[SELLER NAME]", "[Role]": a title-case label of a value, no digits in it.
    return (
        len(words) <= 6
        and all(w[:1].isupper() for w in words)
        and not any(c.isdigit() for c in inner)
    )


_SCANS: tuple[Callable[[str, str, _Found], None], ...] = (
    _bracketed,
    _tokens,
    _notes,
    _patterned,
    _residue,
    _shouted,
    _capitalised,
    _conventions,
    _unsure,
    _filler,
    _gaps,
)
"""Every scan, in the order that claims a stretch of text first."""
