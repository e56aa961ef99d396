"""Reviewing a written plan: structure from its headings and lists, then every sentence."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate, pairwise

from poa import linear
from poa.banks.library import BankLibrary
from poa.model import MARKETPLACES
from poa.review.checks import C2, L1, P2, P3, R3, S1, S3, S4, T6, T7, U1, U2, X3
from poa.review.findings import Finding
from poa.review.language import has_specifics
from poa.review.measures import names_an_owner
from poa.review.ownership import apologies, owns_the_problem
from poa.review.part_points import point_by_point
from poa.review.placeholders import slots
from poa.review.plan import PLAN, SECTION_KINDS, Paragraph, Plan, PlanIssue
from poa.review.rules import sentence_hits
from poa.review.sentence_rule import ANY
from poa.review.specifics import routine, specific_process
from poa.review.text_rules import channel_limit, finding_for, limit_findings, plain_text

_NAMES = {  # whole words: "Betsy" names no marketplace
    "amazon": r"\bamazon\b",
    "walmart": r"\bwalmart\b",
    "ebay": r"\bebay\b",
    "tiktok": r"\btik ?tok\b",
    "etsy": r"\betsy\b",
}
_LABEL = {
    "root_cause": "root cause",
    "corrective": "corrective actions",
    "preventive": "preventive measures",
    "context": "background to the plan, not an issue of its own",
}


_BOX = linear.compile(
    r"^=== (.{1,80}?) \([\d,]{1,7}(?: of ([\d,]{1,7}))? characters\) ===[ \t]*$", linear.M
)
_BOX_COUNT = linear.compile(
    r"^\*?[\d,]{1,7}(?: of [\d,]{1,7})? characters(?:[;*]|[ \t]*$)", linear.M
)


def _box_findings(text: str, boxes: list[linear.Match]) -> list[Finding]:
    found = []
    for number, box in enumerate(boxes):
        following = boxes[number + 1] if number + 1 < len(boxes) else None
        if box.group(2) is None:
            continue
        limit = int(box.group(2).replace(",", ""))
        body = text[box.end() : following.start() if following else len(text)].strip()
        if len(body) > limit:
            found.append(
                L1.finding(
                    location=f"the box '{box.group(1)}'",
                    message=f"{len(body):,} characters: the form's box takes {limit:,}.",
                    fix=f"Cut it to {limit:,} characters, or render the case again.",
                    severity="error",
                    line=text.count("\n", 0, box.start()) + 1,
                )
            )
    return found


def guess_marketplace(text: str) -> str:
    """The marketplace a plan talks about most (Amazon when none is named)."""
    counts = {m: len(linear.findall(p, text, linear.I)) for m, p in _NAMES.items()}
    best = max(counts, key=lambda m: counts[m])
    return best if counts[best] else "amazon"


def review_plan(plan: Plan, library: BankLibrary, marketplace: str | None = None) -> list[Finding]:
    market = marketplace if marketplace in MARKETPLACES else guess_marketplace(plan.text)
    left = _slot_lines(plan)
    found = [*_placeholders(plan, left)]
    placed = list(_paragraphs(plan))
    for at, (paragraph, kind) in enumerate(placed):
        for rule, sentence, trigger in sentence_hits(paragraph.text, kind):
            if rule.id == "R1" and _announces_the_causes(sentence, placed[at + 1 :], kind):
                continue
            found.append(
                finding_for(rule, _where(paragraph), sentence, trigger, paragraph.line, kind)
            )
    if plan.kind != PLAN:
        # A cover letter or an evidence index: its wording is reviewed, its parts are in the
        # plan it goes with.
        return [*found, _read_as(plan)]
    found += _structure(plan)
    found += _unwritten_parts(plan, left)
    for number, issue in enumerate(plan.issues, start=1):
        found += _part_checks(issue, f"issue {number}")
    if not owns_the_problem(plan.text):
        found.append(
            T6.finding(
                location="the whole plan",
                message="Nowhere does the plan say the failure was yours.",
                fix="Add one plain sentence of ownership near the start.",
            )
        )
    if apologies(plan.text) > 3:
        found.append(
            T7.finding(
                location="the whole plan",
                message="More than three apologies.",
                fix="One short apology is enough.",
            )
        )
    limit = channel_limit(library, [], market)
    boxes = list(_BOX.finditer(plan.text))
    if boxes or _BOX_COUNT.search(plan.text):
        # A paste text cut into the form's boxes (poa's channel.txt and channel sheet): each
        # box is measured against its own limit, never the file as a whole.
        found += _box_findings(plan.text, boxes)
    else:
        # A written plan may be pasted into the form or attached as a document: over the
        # box's limit is a warning that says to attach it, not an error.
        # A document with sections (poa's plan, a Word file) is attached, and the words a
        # reviewer reads leave out its list of exhibits.
        aside = {id(p) for p in (*plan.context, *plan.closing)}
        read = [p for p in plan.paragraphs if id(p) not in aside]
        found += list(
            limit_findings(
                plain_text(plan.text),
                market,
                limit,
                "the whole plan",
                pasted=False,
                attached=len(plan.headings) >= 3,
                words=sum(len(p.text.split()) for p in read),
            )
        )
    for paragraph in plan.unplaced:
        found.append(
            U1.finding(
                location=_where(paragraph),
                message=(
                    "This paragraph is under no root cause, corrective or preventive "
                    "heading, so it was read as general text."
                ),
                fix="Move it under the section it belongs to, or delete it.",
                line=paragraph.line,
                excerpt=paragraph.text[:120],
            )
        )
    return found


_CADENCE = linear.compile(
    r"\b(daily|weekly|monthly|quarterly|hourly|annually|yearly|fortnightly|biweekly|every|each|"
    r"per (order|shipment|day|week|month|batch|listing|unit|return)|twice|always|whenever|"
    r"continuous(ly)?|real[- ]time|automatic(ally)?|before (any|each|every|a|the)|"
    r"after (any|each|every)|mondays|tuesdays|wednesdays|thursdays|fridays|at the (start|end) "
    r"of)\b",
    linear.I,
)
_VERIFY = linear.compile(
    r"\b(check(s|ed|ing)?|audit(s|ed|ing)?|review(s|ed|ing)?|reports?|monitor(s|ed|ing)?|"
    r"measur\w*|kpis?|verif\w*|sign(s|ed)?[- ]off|sampl\w*|logs?|logged|dashboards?|"
    r"track(s|ed|ing)?|inspect\w*|tests?|confirm\w*|alerts?|compar\w*|metrics?)\b",
    linear.I,
)


def _read_as(plan: Plan) -> Finding:
    return U2.finding(
        location="the whole document",
        message=(
            f"Read as {'an' if plan.kind[0] in 'aeiou' else 'a'} {plan.kind}: its wording is "
            "reviewed; the root cause, fixes and prevention are looked for in the plan it goes "
            "with."
        ),
        fix="Check the plan itself with poa check as well.",
    )


def _part_checks(issue: PlanIssue, where: str) -> list[Finding]:
    """R3, C2, P2, P3 on a written plan's parts, read as a whole (each part may run over
    several points; what one point lacks another may give); C2 and P6 then point by point, as
    a reviewer reads: most actions with nothing to check, most measures only intended."""
    found: list[Finding] = []
    parts = {kind: " ".join(p.text for p in ps) for kind, ps in issue.sections.items() if ps}
    line = {kind: ps[0].line for kind, ps in issue.sections.items() if ps}
    if "root_cause" in parts and not has_specifics(parts["root_cause"]):
        found.append(
            R3.finding(
                location=where,
                message="The root cause has no numbers: no dates, counts or ids.",
                fix="Add how many orders, since when, which SKUs or settings.",
                line=line["root_cause"],
            )
        )
    if "corrective" in parts and not has_specifics(parts["corrective"]):
        found.append(
            C2.finding(
                location=where,
                message=(
                    "The corrective actions have no dates, counts or ids: nothing a "
                    "reviewer could check."
                ),
                fix=(
                    "Give each action its date and what it covered, e.g. 'on 12 "
                    "November we refunded the 14 buyers'."
                ),
                line=line["corrective"],
            )
        )
    if "preventive" in parts:
        text = parts["preventive"]
        lacking = [
            what
            for what, named in (
                ("name no owner", names_an_owner(text)),
                ("do not say how often they run", routine(_CADENCE, text)),
            )
            if not named
        ]
        if lacking:
            found.append(
                P2.finding(
                    location=where,
                    message=f"The preventive measures {' and '.join(lacking)}.",
                    fix=(
                        "Give each measure the role that runs it and its cadence, e.g. "
                        "'the warehouse lead checks the unshipped-orders view every day "
                        "at 14:00'."
                    ),
                    line=line["preventive"],
                )
            )
        if not _VERIFY.search(text):
            found.append(
                P3.finding(
                    location=where,
                    message="No way to check that the measures work.",
                    fix="Add the report, audit or metric that shows it, and its target.",
                    line=line["preventive"],
                )
            )
    whole_c2 = any(f.rule == "C2" for f in found)
    return found + point_by_point(issue, where, actions=not whole_c2)


def _structure(plan: Plan) -> Iterator[Finding]:
    found = ", ".join(f"'{h}'" for h in plan.headings[:6]) + ("…" if len(plan.headings) > 6 else "")
    seen = (
        f" The headings found are {found}; none names that part."
        if found
        else (
            " The plan has no headings, and no paragraph opens as a root cause, a fix or a "
            "prevention."
        )
    )
    if not plan.issues:
        yield S1.finding(
            location="the whole plan",
            message="No root cause, corrective action or preventive measure section found." + seen,
            fix=(
                "Give each issue three parts, each under a heading of its own line that says what "
                "it is, e.g. 'Root cause', 'Corrective actions taken', 'Preventive measures'."
            ),
        )
    for number, issue in enumerate(plan.issues, start=1):
        for kind in SECTION_KINDS:
            if not issue.sections.get(kind):
                where = f" under {issue.title}" if len(plan.issues) > 1 else ""
                yield S1.finding(
                    location=f"issue {number}",
                    message=f"No {_LABEL[kind]} section{where}."
                    + (seen if not issue.sections else ""),
                    fix=(
                        f"Add the {_LABEL[kind]} under a heading of its own, e.g. "
                        f"'{_LABEL[kind].capitalize()}', with its points."
                    ),
                    area=kind,
                )
        expected = [k for k in SECTION_KINDS if k in issue.order]
        if issue.order != expected:
            yield S3.finding(
                location=f"issue {number}",
                message="The sections are out of order.",
                fix=(
                    "Use the order reviewers read: root cause, corrective actions, "
                    "preventive measures."
                ),
            )
    for assumption in plan.assumptions:
        yield U2.finding(
            location=f"line {assumption.line}",
            message=f"Read as the {_LABEL[assumption.part]}: {assumption.why}.",
            fix=f"If that is right, nothing to do; a heading such as "
            f"'{_LABEL[assumption.part].capitalize()}' makes it certain."
            if assumption.part in SECTION_KINDS
            else "If it is a second issue, give it a title and its own fixes and "
            "prevention; otherwise nothing to do.",
            line=assumption.line,
            excerpt=assumption.heading,
        )
    in_parts = [p for issue in plan.issues for ps in issue.sections.values() for p in ps]
    body = in_parts or plan.paragraphs
    long_ones = [p for p in body if len(p.text.split()) > 80]
    # A wall of text is long paragraphs with no list; short paragraphs (a PDF's list items
    # lose their markers) read as points anyway.
    if body and long_ones and not any(p.is_item for p in plan.paragraphs):
        yield S4.finding(
            location="the whole plan",
            message="No bullet or numbered lists: a wall of text.",
            fix="Put each cause, action and measure on its own numbered line.",
        )
    for paragraph in plan.paragraphs:
        if len(paragraph.text.split()) > 150:
            yield S4.finding(
                location=_where(paragraph),
                message=f"A paragraph of {len(paragraph.text.split())} words.",
                fix="Split it into short points of one fact each.",
                line=paragraph.line,
            )


def _slot_lines(plan: Plan) -> dict[int, list[str]]:
    """The template's slots left in the plan, by the line each starts on."""
    by_line: dict[int, list[str]] = {}
    starts = list(accumulate(len(line) + 1 for line in plan.text.split("\n")))
    for slot in slots(plan.text):
        number = bisect_right(starts, slot.start) + 1
        by_line.setdefault(number, []).append(" ".join(slot.text.split()))
    return by_line


def _unwritten_parts(plan: Plan, left: dict[int, list[str]]) -> Iterator[Finding]:
    """A part whose text is mostly the template's slots ("[Preventive measure]", "TBD") was
    never written: it is missing, as a part with no heading is (its whole area)."""
    following = {id(a): b.line for a, b in pairwise(plan.paragraphs)}
    for number, issue in enumerate(plan.issues, start=1):
        for kind in SECTION_KINDS:
            paragraphs = issue.sections.get(kind) or []
            written = sum(len(" ".join(p.text.split())) for p in paragraphs)
            slotted = sum(
                len(slot)
                for p in paragraphs
                for line in range(p.line, following.get(id(p), p.line + 1))
                for slot in left.get(line, [])
            )
            if written and slotted >= written / 2:
                yield S1.finding(
                    location=f"issue {number}",
                    message=f"The {_LABEL[kind]} part is still the template's: most of it "
                    "is slots nobody filled in.",
                    fix=f"Write the {_LABEL[kind]} in your own words, with the facts, and "
                    "delete the template's slots and examples.",
                    area=kind,
                    line=paragraphs[0].line,
                )


def _placeholders(plan: Plan, by_line: dict[int, list[str]]) -> Iterator[Finding]:
    for number, found in by_line.items():
        count = f"{len(found)} slots" if len(found) > 1 else "a slot"
        yield X3.finding(
            location=f"line {number}",
            message=f"Text left from a template: {count} nobody filled in.",
            fix=(
                "Replace each with the real fact (name, date, id, number) or delete it; a "
                "reviewer who sees a template's slot stops reading."
            ),
            area=_area_of_line(plan, number),
            line=number,
            excerpt=" · ".join(found),
        )


def _area_of_line(plan: Plan, line: int) -> str:
    """The part a line belongs to: a slot in the root cause means the root cause is missing."""
    kinds = {
        id(p): kind for issue in plan.issues for kind, ps in issue.sections.items() for p in ps
    }
    area = "structure"
    for paragraph in plan.paragraphs:  # in document order
        if paragraph.line > line:
            break
        area = kinds.get(id(paragraph), "structure")
    return area


def _paragraphs(plan: Plan) -> Iterator[tuple[Paragraph, str]]:
    # Without any section, each sentence may be a cause, an action or a measure: read it as all.
    intro_kind = ANY if plan.issues else "unsorted"
    for paragraph in plan.intro:
        yield paragraph, intro_kind
    for issue in plan.issues:
        for paragraph in issue.intro:
            yield paragraph, ANY
        for kind, paragraphs in issue.sections.items():
            for paragraph in paragraphs:
                yield paragraph, kind
    for paragraph in [*plan.unplaced, *plan.context, *plan.closing]:
        yield paragraph, ANY


def _announces_the_causes(sentence: str, following: list[tuple[Paragraph, str]], kind: str) -> bool:
    """A sentence that only announces the causes its list then names ("Two things went wrong,
    and both were ours:", then "1. Our listings were wrong. 6 of the 9 items ..."): a count
    of what failed, told point by point straight after it, not a vague cause in place of
    one. The points together must name the process, as a cause's own sentence would."""
    if not sentence.rstrip().endswith(":"):
        return False
    points: list[str] = []
    for paragraph, part in following:
        if part != kind or not paragraph.is_item:
            break
        points.append(paragraph.text)
    return len(points) >= 2 and specific_process(" ".join(points))


def _where(paragraph: Paragraph) -> str:
    return f"paragraph {paragraph.number}"
