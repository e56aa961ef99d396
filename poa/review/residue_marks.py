"""Template residue the template marks as its own, whatever its words: a banner of fields, its
title, a credit to its maker, reviewers' and editors' comments, a sample marked "(sample)", a
tip or note to a named person, and a field whose value is only a choice nobody made.

Each test here reads one line and decides by its marks (brackets, "//", "©", "|" between
fields) more than by its words.
"""

from __future__ import annotations

from itertools import pairwise

from poa import linear
from poa.review.residue_words import FIRST_PERSON, IMPERATIVES, bare_word, word_set, words_of

_BANNER_WORDS = word_set(
    "draft template status client version rev intake filled internal kit module worksheet "
    "skeleton copy"
)


def template_title(line: str) -> bool:
    """The template's own title: a short line, not a sentence, that calls itself one. A remark
    in parentheses after it ("(still works 2026)") is not part of the title's case. In a table
    row ("15 Apr; Reno shipping template live; D. Fenwick; Done") the title would be one cell:
    the other cells' names and dates say nothing of its case."""
    if "template" not in line.lower():
        return False  # most lines: no word of theirs can be "template"
    if _version_note(line):
        return True
    # A Word table's row is read as "a; b; c", Markdown's as "| a | b |".
    cells = [c for c in line.replace("|", "; ").split("; ") if "template" in words_of(c)]
    line = cells[0].strip() if cells else line
    words = [w.strip(".:,;!?()[]*-–—'\"") for w in line.split()]
    words = [w for w in words if w[:1].isalpha()]
    if "template" not in {w.lower() for w in words} or len(words) > 12 or line.endswith("."):
        return False
    remark = line.find("(")
    title = line[:remark] if remark > 0 else line
    if "template" not in {w.lower() for w in words_of(title)}:
        # "Attachments: (1) revised shipping template screenshot": the parenthesis opens a
        # list's first item, not a remark after a title; the title, if any, is the whole line
        title = line
    words = [w.strip(".:,;!?[]*-–—'\"") for w in title.split()]
    words = [w for w in words if w[:1].isalpha()]
    capitals = sum(w[:1].isupper() for w in words)
    return capitals >= 0.6 * len(words)  # a title's case, not "the shipping template we use"


def _version_note(line: str) -> bool:
    """'Template v3 - internal. Duplicate before editing.': a line that opens by naming the
    document a template and its version, then a stop and what it says of the copy (a title's
    case or not). A plan names its own templates in its sentences ("Shipping template v2 now
    sets …", "our template v2")."""
    words = line.split()
    if len(words) < 2 or words[0].lower() != "template":
        return False
    version, stop = words[1], " ".join(words[2:3])
    if version.lower().rstrip(".") in _VERSION_WORDS and len(words) > 2:
        version, stop = words[2], " ".join(words[3:4])
    stopped = version[-1:] in _STOPS or not stop or stop[:1] in _STOPS
    return (
        _VERSION.match(version) is not None
        and stopped
        and not FIRST_PERSON & {w.strip(".:,;!?'") for w in words_of(line)}
    )


_VERSION = linear.compile(r"^v?\d{1,3}(?:\.\d{1,3}){0,2}[.,:;)]?$", linear.I)
_VERSION_WORDS = word_set("version ver rev revision")
_STOPS = "-–—.,:;(|"


_MADE = word_set("template templates worksheet kit form file document")
"""What a credit line says was made: the template, never the plan written from it."""
_CREDITED = ("by", "from", "courtesy", "licensed", "licenced", "provided", "made", "created")
_ADVERT_VERBS = word_set("get download grab find")
_CREDIT_MARKS = ".:,;!?'\"()"


def credit(line: str) -> bool:
    """A line that credits or licenses the template, or advertises where it came from: it
    opens with a copyright sign and a year ("© 2026 A Coach. Licensed to …"), or with the
    template and who made it ("Template by …"), or sends the reader for more of them ("… get
    more free templates at example.com"). A plan does not credit itself."""
    raw = line.split()
    lead = [bare_word(w).strip(_CREDIT_MARKS) for w in raw[:4]]
    copyrighted = bool(raw) and (raw[0] in ("©", "(c)", "(C)") or lead[0] == "copyright")
    # "Template by …", "Letter kit by …": the made thing among the first words, then its maker
    made = [n for n, (w, nxt) in enumerate(pairwise(lead)) if w in _MADE and nxt in _CREDITED]
    if not (copyrighted or made or "templates" in line.lower()):
        return False  # no credit's opening, no advert's "templates": most lines end here
    words = [w.strip(_CREDIT_MARKS) for w in words_of(line)]
    if FIRST_PERSON & set(words):
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


def review_comment(line: str) -> bool:
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


def editor_comment(line: str) -> bool:
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


def marked_sample(line: str) -> bool:
    """ "(sample) Daily stock check at 8 am.", "Current rate 4.8% (sample)": a line the
    template marks as its sample, at the line's start or end, to be replaced by the seller's
    own. A plan's own samples are things ("a sample of 20 units"), never a mark on a line."""
    lower = line.lower()
    return lower.startswith(_SAMPLE_MARKS) or lower.endswith(_SAMPLE_MARKS)


def named_tip(line: str) -> bool:
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
    return not FIRST_PERSON & {w.strip(".:,;!?'") for w in words_of(rest)}


def comment_note(line: str) -> bool:
    """'// Sam - waiting on the refund count', '/* KIM: check the dates */': a line opened by
    a comment mark, then whom it is for (a name or a role, a separator) and a note, or a note
    alone (see ``_hidden_prose``). A plan never writes to its reader like that; a divider
    ("// end //") names nobody and says nothing."""
    if not line.startswith(("//", "/*")):
        return False
    rest = line.lstrip("/*").strip()
    words = rest.split()
    if _hidden_prose(rest, words):
        return True
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


def _hidden_prose(rest: str, words: list[str]) -> bool:
    """Words mostly in lower case after the comment mark, a clause or more ("// list only what
    is done, each with a date"): a line hidden from the reader as code hides one, so a note
    for the writer. A divider closes on its mark ("// end of part 1 //")."""
    lower = sum(word[:1].islower() for word in words)
    return len(words) >= _COMMENT_WORDS and lower * 2 > len(words) and not rest.endswith("//")


_COMMENT_WORDS = 4
"""Words of a note hidden behind a comment mark; "// end //" or "// part 2" divide."""


_BRACKETS = {"(": ")", "[": "]"}
_ASKING = IMPERATIVES | {"please", "don't", "dont", "pls"}


def bracketed_note(line: str) -> bool:
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


def field_value(line: str) -> str | None:
    """The value of a "Label: value" line (the last label when a table row holds several)."""
    label_end = line.rfind(": ")
    if label_end < 0:
        return None
    return line[label_end + 2 :].strip() or None


def alternatives(value: str) -> bool:
    """'Yes / No', 'Trademark / Copyright / Patent': two to six short options, nothing else."""
    options = [o.strip() for o in value.strip().split(" / ")]
    if not 2 <= len(options) <= 6:
        return False
    return all(o and len(o.split()) <= 2 and not any(c.isdigit() for c in o) for o in options)


def banner(line: str) -> bool:
    """'Agency | intake draft | case 12 | status: partly filled': fields about the document."""
    if line.count(" | ") < 2 or line.startswith("|"):
        return False  # a Markdown table's row starts with its bar
    words = {w.strip(".:,;()") for w in words_of(line)}
    # A field's name says what the field is ("Status at export: all items done"); its value,
    # or a cell with no name, says what the document is ("status: partly filled", "draft").
    said = {w.strip(".:,;()") for cell in line.split(" | ") for w in words_of(_field_said(cell))}
    return bool(said & _BANNER_WORDS) and not words & FIRST_PERSON


def _field_said(cell: str) -> str:
    label, colon, value = cell.partition(":")
    return value if colon and len(label.split()) <= 4 else cell
