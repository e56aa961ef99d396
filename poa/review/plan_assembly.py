"""A plan's headings and text placed in its issues and parts, in one pass, as they come.

The assembler walks the typed lines once. For each heading it decides, from its form, its
meaning and where it stands, whether it opens an issue or a part, is a sub-heading or a title,
or starts context, an aside or the closing; each paragraph goes to the issue and part open at
that point. What it assumed on the way goes into ``Plan.assumptions``.
"""

from __future__ import annotations

from poa.review import headings as hd
from poa.review.headings import FIX, PARTS, PREVENT, ROOT
from poa.review.line_forms import labelled_sentences
from poa.review.line_units import ITEM, HeadingLine, TextLine, Unit
from poa.review.plan_content import content_part
from poa.review.plan_lines import CLOSING, read_lines
from poa.review.plan_model import Assumption, Paragraph, Plan, PlanIssue
from poa.review.plan_rows import typed_rows
from poa.review.shared_parts import (
    SharedPart,
    background_issues,
    closing_part,
    covered_issues,
    share_parts,
    why_subject,
)
from poa.review.titled_issues import tells_whole_issue


def assembled(text: str) -> tuple[Plan, list[Unit]]:
    """The plan's headings and text placed in its issues and parts as they come, and the
    units it was read from."""
    plan = Plan(text=text)
    units = typed_rows(read_lines(text.splitlines()), text.splitlines())
    _Assembler(plan, units).run()
    return plan, units


class _Assembler:
    """One pass over the units, placing each heading and paragraph as it comes."""

    def __init__(self, plan: Plan, units: list[Unit]) -> None:
        self.plan, self.units = plan, units
        self.issue: PlanIssue | None = None
        self.section: str | None = None
        self.mode = "intro"  # intro, section, context, aside, closing
        self.lines = plan.text.splitlines()
        self.block: list[str] = []
        self.block_line = 0
        self.block_item = False
        self.position = 0
        self.section_level: int | None = None
        self.marked_parts = False
        # A plan that gives its parts headings of their own (Word heading styles, Markdown,
        # bold lines) opens them there, wherever in the plan they come.
        self.headed_parts = any(
            isinstance(unit, HeadingLine)
            and unit.form in ("marked", "emphasis")
            and unit.meaning.kind in PARTS
            and unit.meaning.score >= 2.5
            for unit in units
        )
        self.skip_rest = False
        self.lone_mark = (
            sum(1 for unit in units if isinstance(unit, HeadingLine) and unit.form == "marked") == 1
        )
        # Parts first, issues inside them ("ROOT CAUSE ANALYSIS", then "Issue 1 - …",
        # "Issue 2 - …" under it): once an issue's title comes straight under a part's
        # heading that opened the plan's parts, issue titles are sub-headings of the parts
        self.part_major = False
        self.issue_level: int | None = None  # the heading level of the issues' own titles
        self.shared: list[SharedPart] = []  # parts that cover other issues too
        self.opened_by_part: PlanIssue | None = None
        self.cause_label: tuple[PlanIssue, str] | None = None  # a list item's label over a cause
        self.round: list[str] | None = None  # the parts met since the issue's latest finding
        self.cause_subject: str | None = None  # what the cause heading just met explains
        self.causes_apart = False  # "Why X ...", "Why Y ...": causes of issues whose parts follow
        self.last_part_level: int | None = None  # the heading level of the plan's last part
        self.fixes_read = 0  # the issue's fixes read so far for a control among them
        self.control_told = False  # one of them keeps running: the issue's prevention
        self.last_fix_heading = max(
            (
                i
                for i, unit in enumerate(units)
                if isinstance(unit, HeadingLine) and unit.meaning.kind in (hd.FIX, hd.PREVENT)
            ),
            default=-1,
        )

    def run(self) -> None:
        for position, unit in enumerate(self.units):
            self.position = position
            if self.skip_rest:  # the text after a label already kept with its label
                self.skip_rest = False
                continue
            if unit is None:
                self.flush()
            elif isinstance(unit, HeadingLine) and not (
                (unit.form == "weak" and not self.fits(unit, position))
                or self.unmarked(unit)
                or self.opens_part(unit)
            ):
                self.flush()
                self.plan.headings.append(unit.text)
                self.heading(unit, position)
            else:
                if isinstance(unit, HeadingLine):  # a short line that only looked like a heading
                    self.skip_rest = bool(unit.rest)
                    unit = TextLine(unit.line, self.units_text(unit), False)
                if unit.is_item:
                    self.flush()
                    self.block_item = True
                if not self.block:
                    self.block_line = unit.line
                self.block.append(unit.text)
        self.flush()
        if self.part_major:
            background_issues(self.plan)
        closing = closing_part(self.plan, self.issue_level, self.last_part_level)
        if closing is not None:
            self.shared.append(closing)
        share_parts(self.plan, self.shared)

    def unmarked(self, unit: HeadingLine) -> bool:
        """A plain line that names a part, in a plan whose parts have marked headings (a
        Markdown or Word heading, bold): a plan that marks its part headings marks them all,
        so this is text ("List of the 58 cancelled POs with cause"). So is a sentence that
        runs into a colon ("Both problems were caused by gaps in our own processes: …") in a
        plan whose parts have headings of their own, even before the first of them: a label
        of more than three words is a clause, not a part's name. Under the heading of the part
        it names ("The first part of our plan: what we have put right" under "Corrective
        actions") it opens nothing new and is read as before."""
        if self.marked_parts and unit.form in ("bare", "caps", "weak"):
            return True
        return (
            self.headed_parts
            and unit.meaning.kind in PARTS
            and _run_on_clause(unit)
            and not (self.mode == "section" and self.section == unit.meaning.kind)
        )

    def opens_part(self, unit: HeadingLine) -> bool:
        """A plain line of several words straight under a part's heading, before any of its
        text, that names no part is the part's first line (a table's header row, "Date Type
        Action Owner Status", once a PDF has lost the table's lines), not a heading that closes
        the part empty. A line in capitals ("SUPPORTING DOCUMENTS") is a heading by its form.
        So is a header row whose first column is "#" (the rows' numbers) in a document with
        no other marked heading: it looks like a Markdown title only by that column's name."""
        issue = self.issue
        return (
            (unit.form == "bare" or (unit.form == "marked" and self.lone_mark))
            and len(unit.text.split()) >= 3
            and unit.meaning.kind not in PARTS
            and self.mode == "section"
            and issue is not None
            and self.section is not None
            and not issue.sections.get(self.section)
            and not self.block
        )

    def units_text(self, unit: HeadingLine) -> str:
        return " ".join(self.lines[unit.line - 1].split())

    def flush(self) -> None:
        block, line, item = " ".join(self.block), self.block_line, self.block_item
        self.block, self.block_item = [], False
        if not block:
            return
        if item:
            self.place(block, line, item)
            return
        for piece in labelled_sentences(line, block):
            if isinstance(piece, HeadingLine):
                self.plan.headings.append(piece.text)
                self.heading(piece, self.position)
            elif isinstance(piece, TextLine) and piece.text:
                self.place(piece.text, line, False)

    def place(self, text: str, line: int, is_item: bool) -> None:
        plan = self.plan
        paragraph = Paragraph(len(plan.paragraphs) + 1, line, text, is_item)
        plan.paragraphs.append(paragraph)
        issue = self.issue
        short = len(text.split()) <= 20  # "Thank you for the notice. Our account fell…" opens
        if (CLOSING.match(text) and short) or (self.mode == "closing" and len(text.split()) <= 12):
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

    def heading(self, unit: HeadingLine, position: int) -> None:
        kind = unit.meaning.kind
        if (kind == ROOT and self.afterword(unit, position)) or self.over_issues(position):
            self.mode, self.section = "context", None
        elif self.sub_heading(unit, position):
            pass  # "### A. Handling time too short" under "## Root cause": the cause's own point
        elif kind in PARTS and (
            unit.meaning.score >= 2 or unit.form == "weak" or self.fits(unit, position)
        ):
            self.part(unit)
        elif (kind == hd.ISSUE or (unit.issue_prefix and kind not in PARTS)) and self.in_part():
            self.part_major = True  # "Issue 1 - Late Shipment Rate" under "ROOT CAUSE ANALYSIS"
        elif kind == hd.ISSUE or (unit.issue_prefix and kind not in PARTS):
            self.new_issue(unit.text)
            self.issue_level = unit.level
        elif kind == hd.CONTEXT and self.titles_a_cause(position):
            # "CASES CLOSED WITHOUT SELLER RESOLUTION" straight over "WHAT HAPPENED": the
            # issue's title, whatever its words seem to say about the document
            self.new_issue(unit.text)
            self.issue_level = unit.level
        elif kind == hd.CONTEXT:
            self.mode, self.section = "context", None
        elif kind == hd.ASIDE:
            self.mode, self.section = "aside", None
        elif self.plan.title is None and not self.plan.paragraphs and self.issue is None:
            self.plan.title = unit.text
        elif self.next_part(position) == ROOT and (self.issue is None or self.issue.sections):
            # a title over the next issue's parts; a form's field with its value on the same
            # line ("**Type:** Proactive plan") labels the document, it does not name an issue
            named = not (unit.form in ("label", "inline") and bool(unit.rest))
            self.new_issue(unit.text, named=named)
            if named:  # its level is that of the issues' own titles, as for "Issue 2 - ..."
                self.issue_level = unit.level
        elif self.titles_next_issue(unit, position):
            self.new_issue(unit.text).plain_parts = True
        elif self.mode == "section" and not self.sibling(unit):
            pass  # a sub-heading inside a part ("Packing cover rota")
        elif self.issue is not None and not self.issue.sections and unit.form != "bare":
            self.issue.title = unit.text
        else:
            self.mode, self.section = "context", None

    def titles_next_issue(self, unit: HeadingLine, position: int) -> bool:
        """A bold line standing alone that names no part ("**The blue kettle's listing**"),
        once the issue open, itself under a title of its own, has told its cause, its fixes
        and its prevention, names the next problem when the paragraphs under it tell a whole
        issue again, by what they say: it opens an issue whose parts are those paragraphs.
        Before the three parts are told, or over text that tells less (a note, an answer to a
        form's last question), it is a sub-heading inside the part."""
        issue = self.issue
        return (
            unit.form == "emphasis"
            and unit.meaning.kind is None
            and not unit.text.endswith("?")
            and self.mode == "section"
            and issue is not None
            and issue.named
            and bool(issue.sections.get(ROOT))
            and FIX in issue.sections
            and (bool(issue.sections.get(PREVENT)) or self.control_among_fixes(issue))
            and tells_whole_issue(self.paragraphs_after(position))
        )

    def paragraphs_after(self, position: int) -> list[str]:
        """The paragraphs under the heading at ``position``, up to the next heading (a bounded
        look: a title's issue is told in a few paragraphs)."""
        paragraphs: list[list[str]] = [[]]
        for unit in self.units[position + 1 : position + 40]:
            if isinstance(unit, HeadingLine):
                break
            if unit is None or unit.is_item:
                paragraphs.append([])
            if unit is not None:
                paragraphs[-1].append(unit.text)
        return [" ".join(lines) for lines in paragraphs if lines]

    def control_among_fixes(self, issue: PlanIssue) -> bool:
        """Whether a point under the issue's fixes reads as a control that keeps running
        ("Going forward, check …"): the prevention told with the fixes. Each point is read
        once, however many headings ask."""
        points = issue.sections.get(FIX, [])
        for point in points[self.fixes_read :]:
            self.control_told = self.control_told or content_part(point.text) == PREVENT
        self.fixes_read = len(points)
        return self.control_told

    def titles_a_cause(self, position: int) -> bool:
        """Whether a root cause's clear heading comes straight under this heading, with no
        text between them, after an issue that has parts: a heading over the next issue's
        parts is that issue's title. A sentence that runs on past its colon ("Both delays came
        from one mistake: …") is no such heading: a label of more than three words is a
        clause, and under "Closing" it sums up the causes already given."""
        if self.issue is None or not self.issue.sections:
            return False
        following = next((u for u in self.units[position + 1 : position + 6] if u), None)
        return (
            isinstance(following, HeadingLine)
            and following.meaning.kind == ROOT
            and following.meaning.score >= 2
            and following.form not in ("bare", "weak", "question")  # a list's first row
            and not _run_on_clause(following)
        )

    def over_issues(self, position: int) -> bool:
        """A part's name over a list of issues that each have that part under their own
        headings ("Issues, root causes and fixes", then "Issue 1 - ...", "Root cause.") is the
        title of the plan's body, not a part: the issues' own headings hold the parts."""
        unit = self.units[position]
        if not isinstance(unit, HeadingLine) or unit.meaning.kind not in PARTS:
            return False
        after = [u for u in self.units[position + 1 : position + 80] if u is not None]
        if not after or not isinstance(after[0], HeadingLine) or not _names_issue(after[0]):
            return False  # the issue's title must come straight under it, the part empty
        headings = [u for u in after if isinstance(u, HeadingLine)]
        for following in headings[1:]:
            if _names_issue(following):
                return False
            if following.meaning.kind == unit.meaning.kind and following.meaning.score >= 2:
                return True
        return False

    def in_part(self) -> bool:
        """Whether an issue's title here stands inside a part of a plan laid out parts first:
        under a part's heading that opened the plan's first issue and holds nothing yet, or
        anywhere in the parts once the plan has shown that layout."""
        if self.mode != "section" or self.issue is None or self.section is None:
            return False
        if self.part_major:
            return True
        return self.issue is self.opened_by_part and not self.issue.sections[self.section]

    def afterword(self, unit: HeadingLine, position: int) -> bool:
        """A heading that only hints at a cause ("Why my items fit Etsy"), after an issue that
        has all three parts and with no fix or prevention heading after it, is a section after
        the plan, not a second issue with nothing but a cause."""
        issue = self.issue
        if issue is None or set(issue.sections) != set(PARTS) or position < self.last_fix_heading:
            return False
        # A plain line under an appendix or evidence heading after the whole plan is a row of
        # that list ("1 Analysis by cause, 4 Feb"), however clearly it names a cause; a
        # sentence that runs on past its colon ("Both delays came from one mistake: …") after
        # the whole plan sums up the causes already given.
        listed = (self.mode == "context" and unit.form == "bare") or _run_on_clause(unit)
        if unit.meaning.score >= 3 and not listed:
            return False
        why = (
            "it is a plain line or a run-on sentence after the plan"
            if listed
            else (f"its words only hint at a cause ({', '.join(unit.meaning.words)})")
        )
        self.plan.assumptions.append(
            Assumption(
                unit.line,
                unit.text,
                hd.CONTEXT,
                f"{why}, and it comes after the whole plan with no fixes or prevention of its own",
            )
        )
        return True

    def sibling(self, unit: HeadingLine) -> bool:
        """A heading at the level of the part's own heading ends the part ("What I want"
        after "What I did"), and so does a top-level heading after a part headed by a plain
        line; a deeper one or a bold line is a sub-heading inside it."""
        if unit.level == 1 and self.section_level is None:
            return True  # a level-1 heading over parts whose headings have no level of their own
        return (
            unit.level is not None
            and self.section_level is not None
            and (unit.level <= self.section_level)
        )

    def sub_heading(self, unit: HeadingLine, position: int) -> bool:
        """Whether ``unit`` is a point of the part it stands in: a level below that part's
        heading (a lettered or numbered sub-heading), its words at most hinting at another
        part. One over a cause of its own ("Enamel pins", then "Why it happened:") is the
        title of the next issue."""
        return (
            self.mode == "section"
            and unit.level is not None
            and self.section_level is not None
            and unit.level > self.section_level
            and unit.meaning.score < 2
            and self.next_part(position) != ROOT
        )

    def fits(self, unit: HeadingLine, position: int) -> bool:
        """A faint part heading counts when it is marked as a heading and comes in order."""
        if unit.form in ("bare", "question") or unit.text[:1].islower():
            return False
        if self.issue is None and unit.meaning.kind != ROOT:
            return False
        seen = self.issue.order if self.issue else []
        seen = seen if self.round is None else self.round
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
        self.plan.assumptions.append(
            Assumption(
                unit.line,
                unit.text,
                kind,
                f"its words only hint at it{_listed(unit.meaning.words)}, and it comes where "
                "that part is expected",
            )
        )
        return True

    def part(self, unit: HeadingLine) -> None:
        kind = unit.meaning.kind
        assert kind is not None
        also = unit.meaning.also
        issue = self.issue
        if issue is not None and kind in issue.sections and also and also not in issue.sections:
            kind, also = also, kind  # "Keeping it fixed" after the fixes: the prevention
        repeated = ROOT in issue.sections and self.section != ROOT if issue else False
        if issue is not None and kind == ROOT and repeated and self.next_finding(unit, issue):
            self.round = []  # its fix and its prevention come again, in order, after it
        elif issue is None or (kind == ROOT and repeated):
            issue = self.new_issue(f"Issue {len(self.plan.issues) + 1}")
            issue.named = False
        elif kind == ROOT and self.another_why(unit):
            issue = self.new_issue(unit.text, named=False)
            self.causes_apart = True
        if kind != ROOT and self.causes_apart:
            self.shared.append((issue, kind, None))  # the actions after them serve them all
        self.cause_subject = why_subject(unit.text) if kind == ROOT else None
        if self.round is not None:
            self.round.append(kind)
        if kind == ROOT and unit.form == "inline" and self.item_label(unit):
            self.cause_label = (issue, unit.text)
        if not any(i.sections for i in self.plan.issues):
            # the plan's first part: an issue's title straight under it makes the plan one
            # laid out parts first, even when a background section listed the issues before
            self.opened_by_part = issue
        previous = self.section if self.mode == "section" else None
        if (
            unit.level is not None
            and self.issue_level is not None
            and unit.level <= self.issue_level
            and issue.sections
            # the issue's own parts sat under it, a level deeper
            and (self.section_level or 0) > self.issue_level
            and len(self.plan.issues) >= 2
            and not any(kind in i.sections for i in self.plan.issues)
        ):
            self.shared.append((issue, kind, None))
        elif (covered := covered_issues(unit.text)) is not None:
            self.shared.append((issue, kind, covered or None))
        self.section, self.mode = kind, "section"
        self.section_level = self.last_part_level = unit.level
        self.marked_parts = self.marked_parts or unit.form in ("marked", "emphasis")
        issue.sections.setdefault(kind, [])
        if also in PARTS and also not in issue.sections:
            issue.mixed[kind] = also
        if kind not in issue.order and previous and issue.mixed.get(previous) == kind:
            issue.order.insert(issue.order.index(previous), kind)  # the first half of the pair
        elif kind not in issue.order:
            issue.order.append(kind)

    def another_why(self, unit: HeadingLine) -> bool:
        """Cause headings in a row that each explain a thing of their own ("Why cancellations
        happened", then "Why tracking was invalid") are the causes of two issues, whose
        actions and prevention follow once for both; "Why it happened", then "Why we missed
        it", explain one."""
        if self.section != ROOT or self.cause_subject is None:
            return False
        return why_subject(unit.text) not in (None, self.cause_subject)

    def item_label(self, unit: HeadingLine) -> bool:
        return bool(ITEM.match(self.lines[unit.line - 1].lstrip()))

    def next_finding(self, unit: HeadingLine, issue: PlanIssue) -> bool:
        """A list's item that opens with the label of the issue's first cause again ("2.
        Finding: ...", then its action and safeguard) is the next cause of the issue whose
        title stands over the list, not an issue of its own: a list of findings under one
        title, each with its fix and prevention."""
        return (
            issue.named
            and unit.form == "inline"
            and self.cause_label == (issue, unit.text)
            and self.item_label(unit)
        )

    def new_issue(self, title: str, named: bool = True) -> PlanIssue:
        issue = self.issue
        if issue is not None and not issue.sections and not issue.intro:
            issue.title = title  # two titles in a row: the nearer one names the issue
        else:
            unit = self.units[self.position] if self.units else None
            issue = PlanIssue(title=title, line=unit.line if unit is not None else 0)
            self.plan.issues.append(issue)
            self.issue = issue
        issue.named = named
        self.section, self.mode, self.round = None, "intro", None
        self.causes_apart = False
        self.fixes_read, self.control_told = 0, False
        return issue

    def next_part(self, position: int) -> str | None:
        for unit in self.units[position + 1 : position + 40]:
            if isinstance(unit, HeadingLine):
                if self.over_issues(self.units.index(unit, position + 1)):
                    return None
                if unit.meaning.kind in PARTS and unit.meaning.score >= 2:
                    return unit.meaning.kind
                if unit.meaning.kind in (hd.ISSUE, hd.CONTEXT, hd.ASIDE):
                    return None
        return None


def _listed(words: tuple[str, ...]) -> str:
    """The words that decided, in brackets; nothing when a pair of words decided alone."""
    return f" ({', '.join(words)})" if words else ""


def _run_on_clause(unit: HeadingLine) -> bool:
    """A label of more than three words that runs on into its text past a colon ("Both
    problems were caused by gaps in our own processes: …"): a clause, not a part's name."""
    return unit.form == "inline" and bool(unit.rest) and len(unit.text.split()) > 3


def _names_issue(unit: HeadingLine) -> bool:
    return unit.meaning.kind == hd.ISSUE or (unit.issue_prefix and unit.meaning.kind not in PARTS)
