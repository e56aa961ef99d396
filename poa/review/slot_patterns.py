"""The shapes of a slot outside brackets, as patterns: blanks, masks of dates, notes to whoever
fills the template in, orders in capitals, a template's title, filler text.

Each pattern here is what ``slot_scans`` applies; ``NEEDS`` names the plain strings one of which
each pattern needs, so a plan without them skips its scan. Every pattern is a bounded scan with
no nested repetition: linear in the text.
"""

from __future__ import annotations

from poa import linear

BLANK = linear.bounded(
    r"_{3,200}|(?<!_)_{1,4}(?:[/.-](?:_{1,4}|\d{2,4})){1,2}|(?<![A-Za-z0-9_])__(?![A-Za-z0-9_])"
    r"|…{2,200}|\.{4,200}",
    reason="'__' is a blank only with no letter on either side, which may end another blank",
)
"""A line to write on (``____``, ``__%``, dots ``……``), or a date with blanks (``__/__/2026``);
never Markdown's ``__bold__``, whose underscores touch a word."""
TEMPLATE_VARIABLE = linear.bounded(
    r"%[A-Za-z_][A-Za-z0-9_]{1,30}%|\$\{[A-Za-z_][A-Za-z0-9_]{0,30}\}"
    r"|\$[A-Z][A-Z0-9_]{1,30}\b(?![ \t]?[0-9])",
    reason="a currency's code after '$' is known from the figure after it",
)
"""``%DATE%``: a mail-merge field; ``$REFUND_METHOD``, ``${store}``: a script's or a format
string's variable. Money puts a figure after "$", never a word in capitals ("$40"); a currency's
code there comes before its figure ("$CAD 40")."""
NOTE_TO_SELF = linear.bounded(
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
SHOUTED_ORDER = linear.compile(
    r"\b(?:INSERT|ENTER|ADD|TYPE|FILL IN|PUT|WRITE|PASTE|ATTACH|DESCRIBE|STATE|SPECIFY|"
    r"PROVIDE|INCLUDE)((?:[ \t]{1,3}[A-Z0-9][A-Z0-9/&'-]{0,30}){1,12})\b"
)
"""'runs every INSERT FEED FREQUENCY HERE minutes': an order to the writer in capitals, a verb
then what to put, standing inside a sentence where the value belongs. A verb with one word
after it is an order only when that word names a value ("Date: INSERT DATE", "ENTER NAME")."""
ANGLED_NOTE = linear.compile(
    r"(?:^|[ \t(])(>>[ \t]{0,3}[^<>\n]{3,300}?[ \t]{0,3}<<)(?:[ \t.,;)]|$)", linear.M
)
""">> still need the other two steps, ask Jo <<": a note between opposing angle marks, left for
a colleague in the text it is about. Mail-merge fields turn them the other way and touch their
names ("<<DATE>> we did <<ACTION>>"): the words between two fields are no note."""
UNSURE_NOT_APPLICABLE = linear.compile(r"\bN/A\?", linear.I)
"""'N/A?': the writer not sure whether a point applies, a question left for later."""
DATE_MASK = linear.compile(
    r"\b(?:DD|MM)[/.-](?:MM|DD)[/.-](?:YYYY|YY|\d{2,4})\b|\bYYYY-MM-DD\b", linear.I
)
_DATE_PART = r"(?:DD|MM|MMM|YYYY|Month|[12][0-9]{3})"
DATE_FORMAT = linear.compile(
    rf"\b(?:(?:DD|MMM|YYYY)(?:(?:,? |[./-]){_DATE_PART}){{1,2}}"
    rf"|{_DATE_PART}(?:,? |[./-])(?:DD|MMM|YYYY)(?:(?:,? |[./-]){_DATE_PART})?)\b"
)
"""A date written as its format: "DD Month 2026", "Month DD, YYYY", "DD MMM YYYY". The
format's letters in capitals (two alone, "MM", may be someone's initials)."""
BLANK_HINT = linear.compile(
    r"(?:_{3,200}|…{2,200}|\.{4,200})[ \t]{0,40}"
    r"(\((?:(?:example|for example|eg|sample|such as)\b|e\.g\.|i\.e\.)[^()\n]{1,200}\))",
    linear.I,
)
"""'__________ (example: May 20, 2026)': the hint that shows what goes in the blank before it,
however short; the same words are not a hint after a value the writer gave."""
WORD_SLOT = linear.compile(r"\bTB[DCA]\b|\blorem ipsum\b|\bipsum dolor\b", linear.I)
UNTICKED = linear.compile("☐")
YES_NO = linear.compile(r"(\((?:y|yes) ?/ ?(?:n|no)\))[ \t]*:?[ \t]*$", linear.I | linear.M)
"""'confirm with QA (Y/N)' at a line's end: a yes or no still to give. Answered, the line goes
on ("Refunded (Y/N): Y")."""
STOCK_VALUE = linear.compile(
    r"(?:^|:)[ \t]{0,8}((?:(?:your|insert|add|enter|type|put) )?"
    r"(?:text|content|answer|details|description) (?:goes )?here)\.?[ \t]*$",
    linear.I | linear.M,
)
"""'Text here' as a whole line, or as the whole value after a field's name ('Rights owner: Text
here'): a template's stock filler where the writer's own words were to go."""
PAREN_QUESTION = linear.compile(
    r"\((?:why|what|how|who|when|which|where|did|do|does|is|are|was|were|have|has)\b"
    r"[^()\n]{0,160}\?[^()\n]{0,80}\)",
    linear.I,
)
"""'(Why did it happen? Be specific.)': a question put to the writer."""
# a mark before the label, an italic's underscore among them ("_Note to writer: …_")
_LEAD = r"(?:(?:[^\w\n]|_){0,3}|[^\s]{1,3}[.)]?\s{1,40})"
LABEL_AT = linear.bounded(
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


def labelled_notes(text: str) -> list[linear.Match]:
    starts = [0, *(m.end() for m in _CELL_START.finditer(text))]
    found: list[linear.Match] = [m for at in starts if (m := LABEL_AT.match(text, at))]
    found += _LABEL_CAPS.finditer(text)
    return sorted(found, key=lambda m: m.start())


ABOUT_THE_DOCUMENT = linear.compile(
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
    # a drop-down's prompt as Word writes it, capital and full stop, wherever it was left: a
    # label's value ("Marketplace: Choose an item."), a cell, inside a sentence
    r"|(?-i:\bChoose an item\.)"
    r"|\b(?-i:[A-Z]{2,3}) to (?:settle|complete|check|confirm|review|"
    r"approve|attach|fill|add|finali[sz]e)\b",
    linear.I,
)
"""An instruction about producing the document: the slot is its line (or table cell)."""
TEMPLATE_TITLE = linear.compile(
    r"\b(?:template|worksheet|precedent)\b[^\n]{0,120}(?:\bv(?:er(?:sion)?)?\.? ?\d|\bedition\b|"
    r"\bmodule \d|™)|(?:\bv\d+(?:\.\d+)?\b|™|\bmodule \d)[^\n]{0,120}\b(?:template|worksheet|"
    r"precedent)\b",
    linear.I,
)
"""The template's own title line: "Appeal Letter Template — Edition V3.2"."""
VALUE_NOUN = linear.compile(
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
TEMPLATE_NOTE = linear.compile(
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
_NOTE_LABEL = (
    r"(?:pro |quick |template )?tips?\b[^():\[\]\n]{0,30}:|hint\b|reminder\b|drafting note\b|"
    r"note (?:to|for)\b|internal\b"
)
"""A note that says what it is: "Pro tip from the blog: …", "Note to AM: …"."""
_WRITING = (
    r"(?:complete|completed|fill in|filled in|write|written|add|added|insert|inserted|supply|"
    r"supplied)"
)
"""The verbs of a parenthesis that leaves its text still to be written: "(to complete)"."""
PAREN_INSTRUCTION = linear.compile(
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
    r"|\(optional\s*[-–—:,]\s*\w[^()\n]{0,159}\)"
    # "(to be written)", "(still to fill in - the carrier's name)": text still to be written,
    # alone or before a dash and what to write; "(to complete the return)" is the writer's own
    r"|\((?:still[ \t])?to[ \t](?:be[ \t])?" + _WRITING + r"[ \t]{0,3}"
    r"(?:[-–—:,][ \t]{0,3}\w[^()\n]{0,159})?\)",
    linear.I,
)
LABELLED_NOTE = linear.compile(r"^\W{0,2}(?:" + _NOTE_LABEL + ")", linear.I)
ZERO_MASK = linear.compile(r"\b(?:B0[0]{8}|[0]{3}-[0]{7}-[0]{7})\b")
LOREM = frozenset(
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
LOREM_WORD = linear.compile(r"\b(?:" + "|".join(sorted(LOREM)) + r")\b")
WORDS = linear.compile(r"[A-Za-z]+")
SENTENCE = linear.compile(r"[^.!?\n]{1,400}[.!?]?")
_NEEDS: dict[linear.Pattern, tuple[str, ...]] = {
    TEMPLATE_TITLE: ("template", "worksheet", "precedent"),
    ABOUT_THE_DOCUMENT: ("delete", "remove", "strike", "before s", "before e", "whichever",
                          "colour", "color", "students", "internal use", " to ", "not for ",
                          "here to", "t submit", "t send", "not send", "before this",
                          "choose an item"),
    PAREN_INSTRUCTION: ("(",),
    PAREN_QUESTION: ("(",),
    TEMPLATE_VARIABLE: ("%", "$"),
    NOTE_TO_SELF: ("??", "todo", "fixme", " to ", "see "),
    ZERO_MASK: ("000",),
    BLANK: ("_", "…", "...."),
    BLANK_HINT: ("(",),
    DATE_MASK: ("dd", "mm", "yyyy"),
    DATE_FORMAT: ("dd", "mmm", "yyyy"),
    WORD_SLOT: ("tb", "lorem", "ipsum"),
    UNTICKED: ("☐",),
    YES_NO: ("/",),
    STOCK_VALUE: (" here",),
    ANGLED_NOTE: (">>",),
}  # fmt: skip
"""Plain strings (in lower case) one of which each pattern needs in order to match."""


def own_line(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is all its line holds, but for spaces."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    after = text[end : line_end if line_end >= 0 else len(text)]
    return not text[line_start:start].strip() and not after.strip()


def may_match(pattern: linear.Pattern, lower: str) -> bool:
    """Whether ``pattern`` can match at all: each needs one of a few plain strings (a bracket,
    an underscore, 'template'), and a plan without them skips the pattern's scan."""
    needs = _NEEDS.get(pattern)
    return needs is None or any(need in lower for need in needs)
