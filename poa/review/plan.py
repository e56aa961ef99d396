"""A plan written anywhere, read as a document: its issues and, per issue, the three parts.

People lay plans out in every way: Markdown headings, underlined or bold lines, bare lines in
capitals, "1. ROOT CAUSE ANALYSIS", "Part III:", the appeal form's own questions, inline labels
("Root cause: …"), a letter whose parts are numbered paragraphs, Word headings, bold
paragraphs or a table of parts. The reader works in three steps:

1. **Form.** Each line is a heading by its form — Markdown marks, underline, emphasis,
   capitals, a closing colon or question mark, a short line standing on its own — or text.
2. **Meaning.** A heading's words say what it introduces (``headings.meaning``): a part, an
   issue, context a reviewer expects (summary, evidence, closing) or background. A line that
   only looks like a heading by standing alone must also say so clearly; a marked heading
   with a faint meaning is taken when it fits the order root cause → fix → prevention, and
   the reader records that it assumed so.
3. **Content.** A section named for two parts (Etsy's "plan to remediate", TikTok's
   "improvements") is split by what its points say — a one-off fix done on a date, or a
   control that runs on a cadence. A plan with no headings at all is read paragraph by
   paragraph from their openings.

What the reader assumed is kept (``Plan.assumptions``) so the review can say so; what fits no
part is reported, not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from poa.review import headings as hd
from poa.review.headings import FIX, PARTS, PREVENT, ROOT

SECTION_KINDS = PARTS
PLAN, COVER_LETTER, EVIDENCE_INDEX = "plan", "cover letter", "evidence index"
_INDEX_TITLE = re.compile(
    r"\b(evidence|exhibits?|enclosures?|attachments?|supporting documents?)\b[^\n]{0,30}"
    r"\b(index|list|schedule|register|overview)\b|^\s*(exhibits|enclosures|evidence index)\s*$",
    re.IGNORECASE,
)
_ENCLOSES_PLAN = re.compile(
    r"\b(enclosed|attached|accompanying|enclose|attach)\b[^.]{0,40}"
    r"\b(plan of action|poa|action plan|improvement plan)\b",
    re.IGNORECASE,
)

_ITEM = re.compile(r"^(?:[-*•◦▪‣●○■□–—+]|\d{1,3}[.)]|\(?[a-z]\)|\([0-9]{1,3}\))\s+")
_BULLET = re.compile(r"^[-*•◦▪‣●○■□–—+]\s+")
_RULE = re.compile(r"^(?:[-*_=]\s*){3,}$")
_UNDERLINE = re.compile(r"^(?:=+|-+)$")
_EMPHASIS = re.compile(r"^(\*\*|__)([^*_]+?)(?:\1)\s*:?$")
_EMPHASIS_LABEL = re.compile(r"^(\*\*|__)([^*_]{1,120}?)(?::\*\*|\*\*:|__:|:__)\s*(\S.*)$")
_ISSUE_PREFIX = re.compile(
    r"^(?:(?:issue|violation|problem|complaint|concern|policy|allegation|matter|metric|reason)"
    r"\s*(?:#\s*)?(?:[0-9]{1,3}|[ivx]{1,4}|[a-h])\b\s*(?:[-–—:.)]|$)"
    r"|(?:issue|violation|problem|complaint)\s*[-–—:]\s*\S)",
    re.IGNORECASE,
)
_MD_ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|=])")
_BANNER = re.compile(r"^([=*~#-])\1{2,}\s*([^=*~#-].{0,150}?)\s*\1{3,}$")
_MARKER_ONLY = re.compile(r"^(?:[-*•◦▪‣●○■□–—+]|\d{1,3}[.)]|\(?[a-z]\))$")
_CLOSING = re.compile(r"^(thank|sincerely|regards|kind regards|best regards|signed|yours)\b", re.I)
_LABEL_DASH = (" - ", " – ", " — ")

_RECURRING = re.compile(
    r"\b(daily|weekly|monthly|quarterly|fortnightly|hourly|annually|every|each|always|"
    r"whenever|ongoing|now|automatic(ally)?|automated|alerts?|audits?|owner|cadence|"
    r"from now on|going forward|since|before (each|every|any|shipping|listing)|all new|"
    r"per (order|shipment|day|week|month|batch|unit)|checks|reviews|runs|requires?|must|"
    r"regularly|will|shall|in future|future)\b",
    re.IGNORECASE,
)
_ONE_OFF = re.compile(
    r"\b(on|by) (\d{1,2}(st|nd|rd|th)? )?(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
    r"|\b(on|by) \d{1,4}[-/.]\d{1,2}|\b(we|i|our \w+( \w+)?) (have |has )?(already )?"
    r"(refunded|removed|contacted|cancell?ed|deleted|destroyed|shipped|replaced|closed|"
    r"fixed|corrected|reimbursed|recalled|withdrew|withdrawn|disposed|quarantined|pulled|"
    r"issued|sent|resolved|edited|rewrote|suspended|terminated|returned|reviewed all|"
    r"audited|inspected|relisted|delisted|deactivated|paused)\b|\bcompleted\b|\balready\b",
    re.IGNORECASE,
)
_CAUSAL = re.compile(
    r"\b(because|caused|cause|causes|reason|due to|led to|resulted|happened|why|root|"
    r"we found|investigation|traced|started|began|came from|stemmed|origin|source of)\b",
    re.IGNORECASE,
)


@dataclass
class Paragraph:
    number: int
    line: int
    text: str
    is_item: bool


@dataclass
class PlanIssue:
    title: str
    intro: list[Paragraph] = field(default_factory=list)
    sections: dict[str, list[Paragraph]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    mixed: dict[str, str] = field(default_factory=dict)  # section → second part it names


@dataclass(frozen=True)
class Assumption:
    """A reading the plan's layout did not make certain, and why it was made."""

    line: int
    heading: str
    part: str
    why: str


@dataclass
class Plan:
    text: str
    title: str | None = None
    intro: list[Paragraph] = field(default_factory=list)
    issues: list[PlanIssue] = field(default_factory=list)
    unplaced: list[Paragraph] = field(default_factory=list)
    context: list[Paragraph] = field(default_factory=list)
    closing: list[Paragraph] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    assumptions: list[Assumption] = field(default_factory=list)
    kind: str = PLAN
    """What the document is: a plan, or a cover letter or evidence index that goes with one
    (the part rules do not apply to those)."""


@dataclass
class _Heading:
    line: int
    text: str  # without marks, numbering or closing colon
    form: str  # marked, emphasis, caps, label, question, bare
    meaning: hd.Meaning
    rest: str = ""  # the text after an inline label
    issue_prefix: bool = False


@dataclass
class _Text:
    line: int
    text: str
    is_item: bool


_Unit = _Heading | _Text | None  # None: a blank line


def parse_plan(text: str) -> Plan:
    """The plan's issues and parts, from any of the layouts people use."""
    plan = Plan(text=text)
    units = _units(text.splitlines())
    _Assembler(plan, units).run()
    plan.kind = _document_kind(plan, units)
    if plan.kind != PLAN:
        return plan
    _merge_empty_issues(plan)
    for issue in plan.issues:
        _split_mixed(plan, issue)
    if not any(issue.sections for issue in plan.issues):
        _from_paragraph_openings(plan)
    for issue in plan.issues:
        if ROOT not in issue.sections and issue.sections:
            _root_from_intro(plan, issue)
    return plan


# -- 1. form ---------------------------------------------------------------------------------


def _units(lines: list[str]) -> list[_Unit]:
    units: list[_Unit] = []
    skip = False
    previous: _Unit = None
    for index, raw in enumerate(lines):
        if skip:
            skip = False
            continue
        line = _MD_ESCAPE.sub(r"\1", " ".join(raw.split()))
        number = index + 1
        following = " ".join(lines[index + 1].split()) if index + 1 < len(lines) else ""
        unit: _Unit
        if (
            not line
            or (_RULE.match(line) and not _UNDERLINE.match(line))
            or _MARKER_ONLY.match(line)
        ):
            unit = None
        elif following and _UNDERLINE.match(following) and not _ITEM.match(line):
            unit = _heading(number, line, "marked")  # setext: a line underlined with = or -
            skip = True
        elif _UNDERLINE.match(line):
            unit = None
        else:
            unit = _line_unit(number, line, previous, following)
        if isinstance(unit, _Heading) and unit.rest:
            units.append(unit)
            unit = _Text(number, unit.rest, False)
        units.append(unit)
        previous = unit
    return units


def _line_unit(number: int, line: str, previous: _Unit, following: str) -> _Unit:
    if match := _BANNER.match(line):  # "=== PROBLEM 2 ===", "*** Root cause ***"
        return _heading(number, match.group(2), "marked")
    if line.startswith("#"):
        hashes = len(line) - len(line.lstrip("#"))
        if hashes <= 6 and line[hashes : hashes + 1] in (" ", ""):
            return _heading(number, _closing_hashes(line[hashes:]), "marked")
    if line.startswith("|"):
        return _table_row(number, line)
    if match := _EMPHASIS.match(line):
        return _heading(number, match.group(2), "emphasis")
    if match := _EMPHASIS_LABEL.match(line):
        label = _heading(number, match.group(2), "label", rest=match.group(3))
        if label is not None:
            return label
    is_item = bool(_ITEM.match(line))
    if label := _inline_label(number, line, bullet=bool(_BULLET.match(line))):
        return label
    continued = following[:1].islower()  # a wrapped line of a paragraph (PDF text)
    heading = None if continued else _bare_heading(number, line)
    # A PDF's text has no blank lines: a short line that clearly names a part is a heading
    # even after a line with no full stop ("... 7730512", "Page 1 of 3").
    if heading is not None and (
        _stands_alone(previous)
        or (
            heading.meaning.kind in PARTS
            and heading.meaning.score >= 2.5
            and len(line.split()) <= 6
            and line[:1].isupper()
        )
    ):
        return heading
    return _Text(number, _ITEM.sub("", line, count=1) if is_item else line, is_item)


def _closing_hashes(text: str) -> str:
    stripped = text.strip()
    without = stripped.rstrip("#")
    if without != stripped and (not without or without.endswith(" ")):
        return without.strip()
    return stripped


def _table_row(number: int, line: str) -> _Unit:
    cells = [cell.strip() for cell in line.strip("|").split("|")]
    if all(not cell or set(cell) <= set("-: ") for cell in cells):
        return None  # the rule under a table's header row
    filled = [cell for cell in cells if cell]
    if len(filled) >= 2 and len(filled[0].split()) <= 8:
        label = _heading(number, filled[0], "label", rest=" ".join(filled[1:]))
        if label is not None and label.meaning.kind is not None and label.meaning.score >= 2:
            return label
    return _Text(number, " ".join(filled), False)


def _heading(number: int, text: str, form: str, rest: str = "") -> _Heading | None:
    text = text.strip().strip("*_").strip()
    prefix = bool(_ISSUE_PREFIX.match(text))
    core = hd.unnumbered(_ITEM.sub("", text, count=1)).rstrip(":").strip()
    if not core and not prefix:
        core = text.rstrip(":").strip()
    meaning = hd.meaning(core) if core else hd.Meaning(None, 0)
    if prefix and (meaning.kind not in PARTS or meaning.score < 3):
        meaning = hd.Meaning(hd.ISSUE, 3)  # "Issue 1: Late shipment rate …" names an issue
    return _Heading(number, core or text.rstrip(":"), form, meaning, rest.strip(), prefix)


def _inline_label(number: int, line: str, *, bullet: bool) -> _Heading | None:
    """ "Root cause: ...", "1. Corrective action - ...": a label that names a part, then text."""
    body = _ITEM.sub("", line, count=1)
    if body[:1].islower():
        return None  # the wrapped end of a sentence, not a label
    cut, width = body.find(":"), 1
    if cut < 0 or cut > 90:
        cut, width = min(((body.find(d), len(d)) for d in _LABEL_DASH if 0 < body.find(d) <= 90),
                         default=(-1, 0))  # fmt: skip
        if cut < 0:
            return None
    label, rest = body[:cut], body[cut + width :]
    if not 0 < len(label.split()) <= 10:
        return None
    heading = _heading(number, label, "label", rest=rest)
    if heading is None:
        return None
    # A bullet's label is usually a point's name; a long label is usually a sentence.
    need = 3.0 if bullet or width > 1 or len(label.split()) > 3 else 2.0
    if heading.meaning.kind in PARTS and heading.meaning.score >= need:
        return heading
    if not bullet and heading.meaning.kind in (hd.ISSUE, hd.ASIDE) and heading.meaning.score >= 2:
        return heading
    if not rest.strip() and len(label.split()) <= 8 and not bullet:
        return heading  # "Something:" alone on its line reads as a heading
    return None


_SENTENCE_LABEL = re.compile(r"(?:^|(?<=[.!?)] ))([A-Z](?:[^.:!?\n]|(?<=\d)\.(?=\d)){0,120}):\s")


def _labelled_sentences(number: int, text: str) -> list[_Unit]:
    """ "Reason: … Fixed: … Control: …" in one paragraph: the parts, each after its label."""
    cuts = []
    for match in _SENTENCE_LABEL.finditer(text):
        meaning = hd.meaning(hd.unnumbered(match.group(1)))
        if meaning.kind in PARTS and meaning.score >= 1.5 and len(match.group(1).split()) <= 16:
            cuts.append((match.start(1), match.end(), meaning, match.group(1)))
    if len({meaning.kind for *_, meaning, _ in cuts}) < 2:
        return [_Text(number, text, False)]
    units: list[_Unit] = []
    if lead := text[: cuts[0][0]].strip():
        units.append(_Text(number, lead, False))
    for index, (_, end, meaning, label) in enumerate(cuts):
        stop = cuts[index + 1][0] if index + 1 < len(cuts) else len(text)
        # Two or more labels naming different parts back each other up: take each one.
        sure = hd.Meaning(meaning.kind, max(meaning.score, 2.0), None, meaning.words)
        units.append(_Heading(number, label, "label", sure))
        units.append(_Text(number, text[end:stop].strip(), False))
    return units


def _stands_alone(previous: _Unit) -> bool:
    if previous is None or isinstance(previous, _Heading):
        return True
    return previous.is_item or previous.text.endswith((".", "!", "?", ":", ";", ")", "”", '"'))


def _bare_heading(number: int, line: str) -> _Heading | None:
    words = line.split()
    if line.endswith("?") and len(words) <= 30:
        heading = _heading(number, line, "question")
        if heading is not None and (heading.meaning.kind is None or heading.meaning.score < 2):
            # A form question that names no part ("How many warehouses do you have?")
            return _Heading(number, heading.text, "question", hd.Meaning(hd.CONTEXT, 2))
        return heading
    if len(words) > 14 or len(line) > 120 or line.endswith((".", ",", ";")) or ";" in line:
        return None
    if ": " in line and not _ISSUE_PREFIX.match(line):
        label = hd.unnumbered(line.split(": ", 1)[0])
        if label and hd.meaning(label).kind not in PARTS:
            return None  # "Evidence: E3", "Owner: Shop owner": a field and its value
    letters = [c for c in line if c.isalpha()]
    caps = len(letters) >= 3 and all(c.isupper() for c in letters)
    heading = _heading(number, line, "caps" if caps else "bare")
    if heading is None:
        return None
    if caps and not _ITEM.match(line):
        return heading
    kind, score = heading.meaning.kind, heading.meaning.score
    if kind in PARTS and 1 <= score < 2.5 and len(words) <= 10:
        heading.form = "weak"  # taken only where the order of parts expects it
        return heading
    if (kind in PARTS and score >= 2.5) or (kind in (hd.CONTEXT, hd.ASIDE) and score >= 2.5):
        return heading if len(words) <= 10 or kind in PARTS else None
    if heading.issue_prefix and len(words) <= 10:
        return heading
    return None


# -- 2. meaning and order ------------------------------------------------------------------


class _Assembler:
    def __init__(self, plan: Plan, units: list[_Unit]) -> None:
        self.plan, self.units = plan, units
        self.issue: PlanIssue | None = None
        self.section: str | None = None
        self.mode = "intro"  # intro, section, context, aside, closing
        self.pending_title: str | None = None
        self.block: list[str] = []
        self.block_line = 0
        self.block_item = False
        self.position = 0

    def run(self) -> None:
        for position, unit in enumerate(self.units):
            self.position = position
            if unit is None:
                self.flush()
            elif isinstance(unit, _Heading) and not (
                unit.form == "weak" and not self.fits(unit, position)
            ):
                self.flush()
                self.plan.headings.append(unit.text)
                self.heading(unit, position)
            else:
                if isinstance(unit, _Heading):  # a short line that only looked like a heading
                    unit = _Text(unit.line, self.units_text(unit), False)
                if unit.is_item:
                    self.flush()
                    self.block_item = True
                if not self.block:
                    self.block_line = unit.line
                self.block.append(unit.text)
        self.flush()

    def units_text(self, unit: _Heading) -> str:
        return " ".join(self.plan.text.splitlines()[unit.line - 1].split())

    def flush(self) -> None:
        block, line, item = " ".join(self.block), self.block_line, self.block_item
        self.block, self.block_item = [], False
        if not block:
            return
        if item:
            self.place(block, line, item)
            return
        for piece in _labelled_sentences(line, block):
            if isinstance(piece, _Heading):
                self.plan.headings.append(piece.text)
                self.heading(piece, self.position)
            elif isinstance(piece, _Text) and piece.text:
                self.place(piece.text, line, False)

    def place(self, text: str, line: int, is_item: bool) -> None:
        plan = self.plan
        paragraph = Paragraph(len(plan.paragraphs) + 1, line, text, is_item)
        plan.paragraphs.append(paragraph)
        issue = self.issue
        if _CLOSING.match(text) or (self.mode == "closing" and len(text.split()) <= 12):
            plan.closing.append(paragraph)  # thanks, then the signature under it
            self.mode, self.section = "closing", None
        elif self.mode == "aside":
            plan.unplaced.append(paragraph)
        elif self.mode == "section" and issue is not None and self.section is not None:
            issue.sections[self.section].append(paragraph)
        elif self.mode in ("context", "closing"):
            plan.context.append(paragraph)
        elif issue is not None and not issue.sections:
            issue.intro.append(paragraph)
        elif not plan.issues:
            plan.intro.append(paragraph)
        elif len(text.split()) <= 12:  # a date, a name
            plan.closing.append(paragraph)
        else:
            plan.unplaced.append(paragraph)

    def heading(self, unit: _Heading, position: int) -> None:
        kind = unit.meaning.kind
        if kind in PARTS and (
            unit.meaning.score >= 2 or unit.form == "weak" or self.fits(unit, position)
        ):
            self.part(unit)
        elif kind == hd.ISSUE or (unit.issue_prefix and kind not in PARTS):
            self.new_issue(unit.text)
        elif kind == hd.CONTEXT:
            self.mode, self.section = "context", None
        elif kind == hd.ASIDE:
            self.mode, self.section = "aside", None
        elif self.plan.title is None and not self.plan.paragraphs and self.issue is None:
            self.plan.title = unit.text
        elif self.next_part(position) == ROOT and (self.issue is None or self.issue.sections):
            self.new_issue(unit.text)  # a title over the next issue's parts
        elif self.mode == "section":
            pass  # a sub-heading inside a part ("Packing cover rota")
        elif self.issue is not None and not self.issue.sections and unit.form != "bare":
            self.issue.title = unit.text
        else:
            self.mode, self.section = "context", None

    def fits(self, unit: _Heading, position: int) -> bool:
        """A faint part heading counts when it is marked as a heading and comes in order."""
        if unit.form in ("bare", "question") or unit.text[:1].islower():
            return False
        if self.issue is None and unit.meaning.kind != ROOT:
            return False
        seen = self.issue.order if self.issue else []
        kind = unit.meaning.kind
        last = max((PARTS.index(p) for p in seen), default=-1)
        mixed = self.issue.mixed.get(self.section or "") if self.issue else None
        if kind is not None and kind == mixed and kind not in seen:
            pass  # "Done:" under "Improvements made": one half of a section named for both
        elif kind not in PARTS or kind in seen or PARTS.index(kind) <= last:
            return False
        elif PARTS.index(kind) > last + 1 and last < 0:
            return False  # nothing to skip from: a faint heading does not open a plan
        elif PARTS.index(kind) > last + 1:
            # "Improvements made" right after the cause: the fixes and the controls together,
            # split by what each point says once the plan is read.
            skipped = PARTS[last + 1]
            unit.meaning = hd.Meaning(kind, unit.meaning.score, skipped, unit.meaning.words)
        self.plan.assumptions.append(Assumption(
            unit.line, unit.text, kind,
            f"its words only hint at it ({', '.join(unit.meaning.words)}), and it comes where "
            "that part is expected"))  # fmt: skip
        return True

    def part(self, unit: _Heading) -> None:
        kind = unit.meaning.kind
        assert kind is not None
        also = unit.meaning.also
        issue = self.issue
        if issue is not None and kind in issue.sections and also and also not in issue.sections:
            kind, also = also, kind  # "Keeping it fixed" after the fixes: the prevention
        if issue is None or (kind == ROOT and ROOT in issue.sections and self.section != ROOT):
            issue = self.new_issue(self.pending_title or f"Issue {len(self.plan.issues) + 1}")
        previous = self.section if self.mode == "section" else None
        self.section, self.mode = kind, "section"
        issue.sections.setdefault(kind, [])
        if also in PARTS and also not in issue.sections:
            issue.mixed[kind] = also
        if kind not in issue.order and previous and issue.mixed.get(previous) == kind:
            issue.order.insert(issue.order.index(previous), kind)  # the first half of the pair
        elif kind not in issue.order:
            issue.order.append(kind)

    def new_issue(self, title: str) -> PlanIssue:
        issue = self.issue
        if issue is not None and not issue.sections and not issue.intro:
            issue.title = title  # two titles in a row: the nearer one names the issue
        else:
            issue = PlanIssue(title=title)
            self.plan.issues.append(issue)
            self.issue = issue
        self.section, self.mode = None, "intro"
        self.pending_title = None
        return issue

    def next_part(self, position: int) -> str | None:
        for unit in self.units[position + 1 : position + 40]:
            if isinstance(unit, _Heading):
                if unit.meaning.kind in PARTS and unit.meaning.score >= 2:
                    return unit.meaning.kind
                if unit.meaning.kind in (hd.ISSUE, hd.CONTEXT, hd.ASIDE):
                    return None
        return None


# -- 3. content ------------------------------------------------------------------------------


def _document_kind(plan: Plan, units: list[_Unit]) -> str:
    """A plan, or a document that goes with one: an evidence index (its title says so) or a
    cover letter (no part under any heading, and it points to the plan it encloses)."""
    # The title is among the first lines (a letterhead may come before it).
    opening = [u.text for u in units[:40] if isinstance(u, _Heading)][:3]
    if any(_INDEX_TITLE.search(text) for text in opening):
        return EVIDENCE_INDEX
    if not any(issue.sections for issue in plan.issues) and _ENCLOSES_PLAN.search(plan.text):
        return COVER_LETTER
    return PLAN


def _merge_empty_issues(plan: Plan) -> None:
    """An "issue" with no part at all, in a plan whose other issues have parts, was a label
    ("Violation: late dispatch rate", then "Issue", then the parts): its text joins the next
    issue's introduction."""
    if not any(issue.sections for issue in plan.issues):
        return
    kept: list[PlanIssue] = []
    carried: list[Paragraph] = []
    for issue in plan.issues:
        if not issue.sections and sum(len(p.text.split()) for p in issue.intro) <= 30:
            carried += issue.intro
            continue
        issue.intro[:0] = carried
        carried = []
        kept.append(issue)
    if carried:
        kept[-1].intro += carried
    plan.issues[:] = kept


def content_part(text: str) -> str | None:
    """Whether a point reads as a one-off fix or as a control that keeps running."""
    recurring = len(_RECURRING.findall(text))
    one_off = len(_ONE_OFF.findall(text))
    if recurring > one_off:
        return PREVENT
    if one_off > recurring:
        return FIX
    return None


def opening_part(text: str) -> str | None:
    """The part a paragraph with no heading reads as: its opening words ("The cancellations
    happened because…", "To fix this we…") weighed with what the whole paragraph says."""
    opening = " ".join(text.split()[:14])
    scores, _ = hd.part_scores(opening)
    scores[ROOT] += 2 * len(_CAUSAL.findall(opening))
    if (by_content := content_part(text)) is not None:
        scores[by_content] += 1.5
    best = max(PARTS, key=lambda part: scores[part])
    return best if scores[best] >= 2.5 else None


def _split_mixed(plan: Plan, issue: PlanIssue) -> None:
    """Give a section that holds two parts' points the missing part, by what each point says."""
    missing = [p for p in (FIX, PREVENT) if p not in issue.sections]
    for source in list(issue.sections):
        target = issue.mixed.get(source)
        if target is None and len(missing) == 1 and source in (FIX, PREVENT):
            target = missing[0]
        if target is None or target in issue.sections:
            continue
        points = issue.sections[source]
        moved = [p for p in points if content_part(p.text) == target]
        kept = [p for p in points if p not in moved]
        if not moved or not kept:
            continue
        issue.sections[source] = kept
        issue.sections[target] = moved
        issue.order.insert(issue.order.index(source) + (target == PREVENT), target)
        what = "repeat on a schedule" if target == PREVENT else "are one-off fixes with dates"
        plan.assumptions.append(Assumption(
            moved[0].line, issue.title, target,
            f"the section holds both parts; its points {_numbers(moved)} {what}"))  # fmt: skip


def _from_paragraph_openings(plan: Plan) -> None:
    """A plan with no part headings: read each paragraph's first words, then its content."""
    candidates = [*plan.intro, *plan.unplaced, *plan.context,
                  *[p for issue in plan.issues for p in issue.intro]]  # fmt: skip
    candidates.sort(key=lambda p: p.number)
    assigned: list[tuple[Paragraph, str]] = []
    current: str | None = None
    for paragraph in candidates:
        part = opening_part(paragraph.text)
        opening = " ".join(paragraph.text.split()[:14])
        if part is None and current is None and _CAUSAL.search(opening):
            part = ROOT  # "This all started with…": the first paragraph that gives a cause
        later = content_part(paragraph.text)
        if (
            part is None
            and current is not None
            and later is not None
            and PARTS.index(later) == PARTS.index(current) + 1  # one step: cause, fix, control
        ):
            part = later  # "The check now runs every week" after the fixes: prevention
        elif part is None and current is not None and paragraph.is_item:
            part = current  # the next point of the same numbered part
        if part is not None and current is not None and PARTS.index(part) < PARTS.index(current):
            part = None  # no going back: "sorry for the trouble caused" is no second cause
        if part is not None and (current is not None or part == ROOT):
            assigned.append((paragraph, part))
            current = part
    found = {part for _, part in assigned}
    if ROOT not in found or len(found) < 2:
        return
    issue = plan.issues[0] if plan.issues else PlanIssue(title="Issue 1")
    if not plan.issues:
        plan.issues.append(issue)
    taken = {id(p) for p, _ in assigned}
    for bucket in (plan.intro, plan.unplaced, plan.context, issue.intro):
        bucket[:] = [p for p in bucket if id(p) not in taken]
    for paragraph, part in assigned:
        issue.sections.setdefault(part, []).append(paragraph)
        if part not in issue.order:
            issue.order.append(part)
    for part in issue.order:
        first = issue.sections[part][0]
        assert part in PARTS
        plan.assumptions.append(Assumption(
            first.line, " ".join(first.text.split()[:8]) + "…", part,
            "the plan has no headings; this paragraph's opening words and content read as "
            "that part"))  # fmt: skip


def _root_from_intro(plan: Plan, issue: PlanIssue) -> None:
    """Parts under headings, but the cause told before them, in the opening paragraphs."""
    first = min(p.line for ps in issue.sections.values() for p in ps) if any(
        issue.sections.values()) else 0  # fmt: skip
    pools = [issue.intro, plan.context] + ([plan.intro] if plan.issues[0] is issue else [])
    before = sorted((p for pool in pools for p in pool if p.line < first),
                    key=lambda p: p.number)  # fmt: skip
    causes: list[Paragraph] = []
    for paragraph in reversed(before):  # the run of causal paragraphs just before the parts
        if opening_part(paragraph.text) != ROOT:
            break
        causes.insert(0, paragraph)
    why = "this paragraph before the first part explains why it happened"
    if not causes:
        causes, why = _block_before_parts(before)
    if not causes:
        return
    for pool in pools:
        pool[:] = [p for p in pool if p not in causes]
    issue.sections = {ROOT: causes, **issue.sections}
    issue.order.insert(0, ROOT)
    plan.assumptions.append(Assumption(
        causes[0].line, " ".join(causes[0].text.split()[:8]) + "…", ROOT,
        f"no heading names the root cause; {why}"))  # fmt: skip


_FAILURE = re.compile(
    r"\b(error|mistake|gap|fail(ed|ure)?|did not|didn't|had no|was not|wasn't|were not|"
    r"weren't|never|missed|overlooked|without (checking|a check|any check))\b",
    re.IGNORECASE,
)


def _block_before_parts(before: list[Paragraph]) -> tuple[list[Paragraph], str]:
    """The cause told right before the fixes: the paragraphs under a short line of their own
    (a heading whose words name no part: "How the used units reached buyers"), or, with no
    such line, the paragraphs that describe what failed."""
    block: list[Paragraph] = []
    for paragraph in reversed(before):
        text = paragraph.text
        if len(text.split()) <= 10 and not text.endswith((".", "!", "?", ":", ";", ",")):
            if block and hd.meaning(text).kind not in (hd.CONTEXT, hd.ASIDE):
                return block, f"the text under '{text}', just before the fixes, tells the cause"
            break
        block.insert(0, paragraph)
    failing = [p for p in before[1:] if _FAILURE.search(p.text) and len(p.text.split()) >= 12]
    if failing:
        return failing, "these paragraphs before the fixes describe what failed"
    return [], ""


def _numbers(paragraphs: list[Paragraph]) -> str:
    return ", ".join(str(p.number) for p in paragraphs[:6]) + ("…" if len(paragraphs) > 6 else "")
