"""Step 3 of reading a plan: what the words of its paragraphs say, where headings did not.

A section named for two parts is split by what each point says (a one-off fix on a date, or a
control that runs on a schedule); a plan with no part headings is read from its paragraphs'
openings; a cause told before the first part is found; a cover letter and an evidence index
are told apart from a plan.
"""

from __future__ import annotations

from poa import linear
from poa.review import headings as hd
from poa.review.headings import FIX, PARTS, PREVENT, ROOT
from poa.review.line_logs import STAMP
from poa.review.line_units import HeadingLine, Unit
from poa.review.paired_points import split_pairs
from poa.review.plan_model import (
    COVER_LETTER,
    EVIDENCE_INDEX,
    PLAN,
    Assumption,
    Paragraph,
    Plan,
    PlanIssue,
)

_INDEX_TITLE = linear.compile(
    r"\b(evidence|exhibits?|enclosures?|attachments?|supporting documents?)\b[^\n]{0,30}"
    r"\b(index|list|schedule|register|overview)\b|^\s*(exhibits|enclosures|evidence index)\s*$",
    linear.I,
)
_ENCLOSES_PLAN = linear.compile(
    r"\b(enclosed|attached|accompanying|enclose|attach)\b[^.]{0,40}"
    r"\b(plan of action|poa|action plan|improvement plan)\b",
    linear.I,
)

_RECURRING = linear.compile(
    r"\b(daily|weekly|monthly|quarterly|fortnightly|hourly|annually|every|each|always|"
    r"whenever|ongoing|now|automatic(ally)?|automated|alerts?|audits?|owner|cadence|"
    r"from now on|going forward|since|before (each|every|any|shipping|listing)|all new|"
    r"per (order|shipment|day|week|month|batch|unit)|checks|reviews|runs|requires?|must|"
    r"regularly|will|shall|in future|future)\b",
    linear.I,
)
_ONE_OFF = linear.compile(
    r"\b(on|by|between|from) (\d{1,2}(st|nd|rd|th)?( (and|to|-|–) \d{1,2}(st|nd|rd|th)?)? )?"
    r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*"
    r"|\b(on|by) \d{1,4}[-/.]\d{1,2}|\b(we|i|our \w+( \w+)?) (have |has )?"
    r"((already|also|then|immediately|since|now) )?"
    r"(refunded|removed|contacted|cancell?ed|deleted|destroyed|shipped|replaced|closed|"
    r"fixed|corrected|reimbursed|recalled|withdrew|withdrawn|disposed|quarantined|pulled|"
    r"issued|sent|resolved|edited|rewrote|suspended|terminated|returned|reviewed all|"
    r"audited|inspected|relisted|delisted|deactivated|paused|added|updated|linked|changed|"
    r"rewrote|retrained|trained|switched|moved)\b|\bcompleted\b|\balready\b",
    linear.I,
)
_SINCE_THE_NOTICE = linear.compile(
    r"\s+(getting|receiving|we received|i received|your|the (e-?mail|notice|message|warning))",
    linear.I,
)
"""After "since": the notice, from which the fixes that follow are counted."""
# a point that opens with what was done: "Added the partner…", "Rewrote the descriptions…";
# not "Sent by every courier" (group 2: a routine, not a one-off)
_DONE_OPENING = linear.compile(
    r"^(\w+ed|sent|made|took|set|put|wrote|rewrote|ran|paid|gave|told|found|bought|sold|"
    r"held|got|cut|shut|brought|met|spoke|chose|rebuilt|withdrew)\b( (by|to|on) (every|each))?",
    linear.I,
)
_CAUSAL = linear.compile(
    r"\b(because|caused|cause|causes|reason|due to|led to|resulted|happened|why|root|"
    r"we found|investigation|traced|started|began|came from|stemmed|origin|source of)\b",
    linear.I,
)


_ACKNOWLEDGES = linear.compile(
    r"\b(thank you|thanks) for\b|\byour (message|notice|e-?mail|letter|warning|notification)\b"
    r"|\byou (told|informed|notified|wrote to) (me|us)\b"
    r"|\b(i am|i'm|we are|we're) writing\b|\bplease reinstate\b|^(?:\W*\w+\W+){0,3}my name is\b",
    linear.I,
)
"""A letter's opening paragraph, which thanks the marketplace for its notice or says back
what the notice said ("You told me that 14 listings were removed because …"), or says why the
letter is written ("Please reinstate my account. I am writing because it was deactivated
…"), or opens by introducing the writer ("Hi, my name is Ana and I sell …, on 3 May my
account was …"): the notice's account of the problem, to which the writer's own cause comes
after."""
_NOTICE_VOICE = linear.compile(
    r"\byour (?:seller |selling )?(?:account|shop|store|listings?|selling privileges)"
    r"(?:, [^,\n]{1,40},)? (?:has|have|had|was|were|is|are) (?:been |now )?\w+ed\b",
    linear.I,
)
"""The marketplace telling the seller what it did to their account ("your shop, Fernhill, has
been suspended"): the notice pasted above the letter. The writer says "my account"."""
_DATED_DEED = linear.compile(
    r"^(?:on|by) (?:(?:[0-3]?[0-9](?:st|nd|rd|th)? (?:of )?)?"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?"
    r"(?: [0-3]?[0-9](?:st|nd|rd|th)?)?(?:,? [12][0-9]{3})?"
    r"|[0-3]?[0-9][/.][01]?[0-9](?:[/.][0-9]{2,4})?)\s*,?\s*(?:i|we)\s+"
    r"(?:(?:also|then|immediately|already|first|have|had)\s+)?"
    r"(?:\w+ed|sent|made|took|set|put|wrote|rewrote|ran|paid|gave|told|found|bought|sold|"
    r"held|got|cut|shut|brought|met|spoke|chose|rebuilt|withdrew)\b",
    linear.I,
)
"""A paragraph that opens with a date and what the writer did on it ("On 10 March 2026 I
deactivated …"): in a letter with no headings, the account of the fixes, told in the past
tense from the day they were made. A cause is told as what went wrong, a control in the
present tense of a habit."""

_PERFECT_DEED = linear.compile(
    r"\b(?:i|we)(?:'ve|’ve| have)(?: (?:also|already|now|just|since|then))? "
    r"(\w+ed|gone|done|made|taken|given|written|rewritten|sent|built|bought|brought|kept|"
    r"paid|told|found|put|set|cut|shut|held|met|begun|got|gotten|chosen|spoken)\b",
    linear.I,
)
"""A deed told in the present perfect: "I've taken new photos", "we have gone through …"."""
_SHARED_HAVE = linear.compile(
    r"\b(?:i|we)(?:'ve|’ve| have) \w+ed\b[^.!?;]{0,120}? and (?:then |also )?(\w+ed)\b",
    linear.I,
)
"""A second deed sharing the first's "have": "I've deactivated the listings and emailed …"."""
_KNOWING = frozenset(
    {"learned", "learnt", "understood", "realised", "realized", "reflected", "considered"}
)
"""Verbs of the mind: "we have learned a lesson" reports no deed a reviewer could check."""
_INTENT = linear.compile(
    r"\b(?:will|shall|going to|plan to|in future|in the future)\b|\w'll\b", linear.I
)
"""What the writer means to do: the words of a control yet to come."""


def document_kind(plan: Plan, units: list[Unit]) -> str:
    """A plan, or a document that goes with one: an evidence index (its title says so) or a
    cover letter (it points to the plan it encloses, and sums each issue up in a few lines:
    "The cause: … Fixed by …: … Kept fixed since …: …")."""
    # The title is among the first lines (a letterhead may come before it).
    opening = [u.text for u in units[:40] if isinstance(u, HeadingLine)][:3]
    if any(_INDEX_TITLE.search(text) for text in opening):
        return EVIDENCE_INDEX
    words = sum(len(p.text.split()) for i in plan.issues for ps in i.sections.values() for p in ps)
    if words <= 150 * max(1, len(plan.issues)) and _ENCLOSES_PLAN.search(plan.text):
        return COVER_LETTER
    return PLAN


def merge_empty_issues(plan: Plan) -> None:
    """An "issue" with no part at all, in a plan whose other issues have parts, was a label
    ("Violation: late dispatch rate", then "Issue", then the parts): its text joins the next
    issue's introduction."""
    if not any(issue.sections for issue in plan.issues):
        return
    kept: list[PlanIssue] = []
    carried: list[Paragraph] = []
    later_parts = [any(i.sections for i in plan.issues[n + 1 :]) for n in range(len(plan.issues))]
    for issue, parts_follow in zip(plan.issues, later_parts, strict=True):
        if not issue.sections and sum(len(p.text.split()) for p in issue.intro) <= 30:
            carried += issue.intro
            continue
        # no part, or only a part's heading over the issues that follow ("What went wrong")
        empty = not any(issue.sections.values())
        if empty and issue.title.rstrip().endswith("?") and parts_follow:
            # "Who makes your items?", answered in prose before the issues with their parts:
            # the marketplace's own question about the shop, background to the plan
            plan.context += issue.intro
            line = issue.intro[0].line if issue.intro else 0
            why = (
                "it is a question answered in prose with no cause, fixes or prevention, "
                "before the issues that have them"
            )
            plan.assumptions.append(Assumption(line, issue.title, hd.CONTEXT, why))
            continue
        issue.intro[:0] = carried
        carried = []
        kept.append(issue)
    if carried:
        kept[-1].intro += carried
    plan.issues[:] = kept


def content_part(text: str, *, entry: bool = False) -> str | None:
    """Whether a point reads as a one-off fix or as a control that keeps running. ``entry``:
    the point is a log's entry under its own date, a thing done that day."""
    recurring = sum(
        1
        for found in _RECURRING.finditer(text)
        if not (
            found.group(1).lower() == "each"
            and text[found.end() : found.end() + 3].lower() == " of"
        )
        and not (
            found.group(1).lower() == "since"
            and _SINCE_THE_NOTICE.match(text[found.end() : found.end() + 40]) is not None
        )
    )  # "each of the orders" is not a routine, nor "since getting the email" a habit
    one_off = len(_ONE_OFF.findall(text))
    undated = _undated(text)
    if entry and undated is not text:
        one_off += 1
    opening = _DONE_OPENING.match(undated)
    if opening and not opening.group(2) and not _ONE_OFF.match(undated):
        one_off += 1  # (at the start, a phrase above takes the place first)
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


def split_mixed(plan: Plan, issue: PlanIssue) -> None:
    """Give a section that holds two parts' points the missing part, by what each point says."""
    missing = [p for p in (FIX, PREVENT) if p not in issue.sections]
    for source in list(issue.sections):
        target = issue.mixed.get(source)
        if target is None and len(missing) == 1 and source in (FIX, PREVENT):
            target = missing[0]
        if target is None or target in issue.sections:
            continue
        points = issue.sections[source]
        kept, moved = split_pairs(points, target)  # "Cause: … -> Fix: …" in each point
        what = f"each give both, the {target.replace('_', ' ')} part after its own label"
        if not moved:
            what = "repeat on a schedule" if target == PREVENT else "are one-off fixes with dates"
            moved = [p for p in points if content_part(p.text) == target]
            kept = [p for p in points if p not in moved]
        if not moved or not kept:
            kept, moved = _split_by_sentences(points, source, target)
        if not moved or not kept:
            continue
        issue.sections[source] = kept
        issue.sections[target] = moved
        after = PARTS.index(target) > PARTS.index(source)
        issue.order.insert(issue.order.index(source) + after, target)
        plan.assumptions.append(
            Assumption(
                moved[0].line,
                issue.title,
                target,
                f"the section holds both parts; its points {_numbers(moved)} {what}",
            )
        )


_SENTENCE_PIECE = linear.compile(r"(?:[^.!?]|\.[0-9])+(?:[.!?]+|$)")
"""A sentence; a point between digits ("91.2%", "v3.1") is a decimal point, no sentence's end."""
_DONE_MARK = linear.compile(
    r"\((?:done|completed|finished|in place)\b[^()]{0,30}\b[0-9]{1,4}\b[^()]{0,20}\)", linear.I
)
"""A point's status with its date: "(done 3 May)", "(completed 12/03)"."""


def _split_by_sentences(
    points: list[Paragraph], source: str, target: str
) -> tuple[list[Paragraph], list[Paragraph]]:
    """(kept, moved) when the two parts share a paragraph: a fix done on its date, then "and
    going forward we will ..." in the same point. The point's last sentences that read as the
    missing part move to it, when what comes before them reads as the section's own part."""
    # one point that does both; any points after it read as neither part (a closing word)
    if not points or any(content_part(p.text) is not None for p in points[1:]):
        return points, []
    point, rest = points[0], points[1:]
    pieces = [m.group(0).strip() for m in _SENTENCE_PIECE.finditer(point.text)]
    kinds = [content_part(piece) for piece in pieces]
    if source == PREVENT and target == FIX:
        # under "Corrective / preventive": the fix done on its date first ("Handling time
        # changed to 3 days (done 3 May)."), then what keeps it from coming back
        lead = 0
        while lead < len(kinds) and (kinds[lead] == FIX or _DONE_MARK.search(pieces[lead])):
            lead += 1
        if 0 < lead < len(kinds) and set(kinds[lead:]) <= {PREVENT, None} and PREVENT in kinds:
            return [
                Paragraph(point.number, point.line, " ".join(pieces[lead:]), point.is_item),
                *rest,
            ], [Paragraph(point.number, point.line, " ".join(pieces[:lead]), point.is_item)]
    if rest:
        return points, []
    cut = len(kinds)
    while cut > 0 and kinds[cut - 1] == target:
        cut -= 1
    if cut == len(kinds) or cut == 0 or source not in kinds[:cut] or target in kinds[:cut]:
        return points, []
    return [Paragraph(point.number, point.line, " ".join(pieces[:cut]), point.is_item)], [
        Paragraph(point.number, point.line, " ".join(pieces[cut:]), point.is_item)
    ]


def _named_part(sentence: str, *, causal: bool = False) -> str | None:
    """The part a sentence's first words name outright ("The root cause was …", "To correct
    this we …", "Going forward …"), by the headings' words alone; ``causal``: words that open
    on the cause ("The main reason for the delays was …") count for it as in ``opening_part``."""
    opening = " ".join(sentence.split()[:6])
    scores, _ = hd.part_scores(opening)
    if causal:
        scores[ROOT] += 2 * len(_CAUSAL.findall(opening))
    best = max(PARTS, key=lambda part: scores[part])
    return best if scores[best] >= 2.5 else None


def _label_at_end(paragraph: Paragraph, sentences: list[str]) -> list[Paragraph]:
    """A paragraph that ends with the next part's label, run on from it where a PDF lost the
    line between them ("… entered as Other. Corrective actions completed."): the paragraph,
    then the label as a paragraph of its own."""
    last = sentences[-1].strip() if len(sentences) > 1 else ""
    part = _named_part(last) if 0 < len(last.split()) <= 5 else None
    if part is None or _named_part(sentences[0]) == part:
        return [paragraph]
    body = " ".join(s.strip() for s in sentences[:-1])
    return [
        Paragraph(paragraph.number, paragraph.line, body, paragraph.is_item),
        Paragraph(paragraph.number, paragraph.line, last, False),
    ]


def _run_in_parts(paragraph: Paragraph) -> list[Paragraph]:
    """A paragraph that tells a whole issue, its three parts one after another, each opened
    by a sentence that names it ("… The root cause was … To correct this we … Going forward
    …"): its pieces, one per part, in order. Any other paragraph is itself."""
    sentences = [m.group(0) for m in _SENTENCE_PIECE.finditer(paragraph.text)]
    cuts: list[tuple[int, str]] = []
    for at, sentence in enumerate(sentences):
        part = _named_part(sentence, causal=not cuts)
        last = cuts[-1][1] if cuts else None
        if part is not None and (last is None or PARTS.index(part) > PARTS.index(last)):
            cuts.append((at, part))
    if len(cuts) < len(PARTS):  # a whole issue told in one paragraph, or nothing to split
        return _label_at_end(paragraph, sentences)
    starts = [at for at, _ in cuts]
    bounds = list(zip(starts, [*starts[1:], len(sentences)], strict=True))
    if starts[0]:
        bounds.insert(0, (0, starts[0]))  # "Non-delivery cases." before the cause: a title
    return [
        Paragraph(
            paragraph.number,
            paragraph.line,
            " ".join(s.strip() for s in sentences[a:b]),
            paragraph.is_item,
        )
        for a, b in bounds
    ]


def from_paragraph_openings(plan: Plan) -> None:
    """A plan with no part headings: read each paragraph's first words, then its content.
    A plan whose issues have titles of their own ("Issue 1: …", "Issue 2: …") is read issue
    by issue, each from the paragraphs under its title."""
    titled = len(plan.issues) > 1 and all(issue.intro for issue in plan.issues)
    if titled:
        for issue in plan.issues:
            read_openings(plan, issue, list(issue.intro), (issue.intro,))
        return
    candidates = [*plan.intro, *plan.unplaced, *plan.context,
                  *[p for issue in plan.issues for p in issue.intro]]  # fmt: skip
    first = plan.issues[0] if plan.issues else None
    buckets = (plan.intro, plan.unplaced, plan.context, *(i.intro for i in plan.issues))
    read_openings(plan, first, candidates, buckets)


def read_openings(
    plan: Plan,
    issue: PlanIssue | None,
    candidates: list[Paragraph],
    buckets: tuple[list[Paragraph], ...],
) -> None:
    """Read ``candidates`` as the parts of ``issue`` (a new one when None) from their opening
    words and content, in the order cause, fixes, prevention; what is read leaves ``buckets``."""
    candidates.sort(key=lambda p: p.number)
    pieces = {id(p): _run_in_parts(p) for p in candidates}
    if any(len(split) > 1 for split in pieces.values()):
        for bucket in buckets:
            bucket[:] = [piece for p in bucket for piece in pieces.get(id(p), [p])]
        candidates = [piece for p in candidates for piece in pieces[id(p)]]
    assigned = assigned_parts(candidates)
    found = {part for _, part in assigned}
    if ROOT not in found or len(found) < 2:
        return
    if issue is None:
        issue = PlanIssue(title="Issue 1")
        plan.issues.append(issue)
    why = "the plan has no headings; this paragraph's opening words and content read as that part"
    give_parts(plan, issue, assigned, buckets, why)


def give_parts(
    plan: Plan,
    issue: PlanIssue,
    assigned: list[tuple[Paragraph, str]],
    buckets: tuple[list[Paragraph], ...],
    why: str,
) -> None:
    """Place each paragraph read as a part in ``issue``, out of ``buckets``, and say which
    paragraph was first read as each part, and ``why``."""
    taken = {id(p) for p, _ in assigned}
    for bucket in buckets:
        bucket[:] = [p for p in bucket if id(p) not in taken]
    for paragraph, part in assigned:
        issue.sections.setdefault(part, []).append(paragraph)
        if part not in issue.order:
            issue.order.append(part)
    for part in issue.order:
        first = issue.sections[part][0]
        assert part in PARTS
        plan.assumptions.append(
            Assumption(first.line, " ".join(first.text.split()[:8]) + "…", part, why)
        )


def assigned_parts(candidates: list[Paragraph]) -> list[tuple[Paragraph, str]]:
    """Each paragraph that reads as a part, by its opening words and then its content, in
    the order cause, fixes, prevention."""
    assigned: list[tuple[Paragraph, str]] = []
    current: str | None = None
    for at, paragraph in enumerate(candidates):
        text = _undated(paragraph.text)
        if current is None and _NOTICE_VOICE.search(text):
            continue  # the notice pasted above the letter: the marketplace's words, no part
        part = opening_part(text)
        opening = " ".join(text.split()[:14])
        if part is None and current == ROOT and (_DATED_DEED.match(text) or _reports_deeds(text)):
            part = FIX  # "On 10 March I deactivated every listing …" after the cause
        if part is None and current is None and _tells_cause(text):
            part = ROOT  # "This all started with…", or a paragraph that tells what failed
            if _ACKNOWLEDGES.search(opening) and any(
                _reads_as_cause(_undated(p.text)) for p in candidates[at + 1 : at + 4]
            ):
                part = None  # the notice said back; the writer's own cause comes next
        later = content_part(paragraph.text, entry=paragraph.is_item)
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
    return assigned


def tells_deeds(text: str) -> bool:
    """Whether a paragraph tells something done once: on a date, in the past tense of a fix
    ("we refunded", "On 2 April we changed …") or in the present perfect."""
    return bool(_ONE_OFF.search(text)) or _reports_deeds(text)


def _reports_deeds(text: str) -> bool:
    """A paragraph that reports what the writer has done since, in the present perfect ("I
    have gone through my other listings and removed … I've taken my own photos"): two deeds
    or more, and more of them than of what the writer means to do."""
    deeds = sum(verb.lower() not in _KNOWING for verb in _PERFECT_DEED.findall(text))
    deeds += sum(verb.lower() not in _KNOWING for verb in _SHARED_HAVE.findall(text))
    return deeds >= 2 and deeds > len(_INTENT.findall(text))


def _tells_cause(text: str) -> bool:
    """A paragraph that opens on the cause ("This all started with …") or tells what failed,
    read with no heading and no opening that names a part."""
    opening = " ".join(text.split()[:14])
    return bool(_CAUSAL.search(opening)) or (
        len(_CAUSAL.findall(text)) + len(_FAILURE.findall(text)) >= 2
    )


def _reads_as_cause(text: str) -> bool:
    """Whether a paragraph would be read as the cause: its opening names it, or names no
    part and the paragraph tells what failed."""
    part = opening_part(text)
    return part == ROOT or (part is None and _tells_cause(text))


def _undated(text: str) -> str:
    """A log's entry read from its first words after the date that opens it ("Tuesday, March
    3 Refunded all 9 buyers…" opens with what was done)."""
    found = STAMP.match(text)
    rest = text[found.end() :] if found is not None else ""
    return rest.strip() if len(rest.split()) >= 3 else text


def root_from_intro(plan: Plan, issue: PlanIssue) -> None:
    """Parts under headings, but the cause told before them, in the opening paragraphs."""
    first = (
        min(p.line for ps in issue.sections.values() for p in ps)
        if any(issue.sections.values())
        else 0
    )
    pools = [issue.intro, plan.context] + ([plan.intro] if plan.issues[0] is issue else [])
    before = sorted((p for pool in pools for p in pool if p.line < first), key=lambda p: p.number)
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
    plan.assumptions.append(
        Assumption(
            causes[0].line,
            " ".join(causes[0].text.split()[:8]) + "…",
            ROOT,
            f"no heading names the root cause; {why}",
        )
    )


_FAILURE = linear.compile(
    r"\b(error|mistake|gap|fail(ed|ure)?|did not|didn't|had no|was not|wasn't|were not|"
    r"weren't|never|missed|overlooked|without (checking|a check|any check)|could not|couldn't|"
    r"no way|nowhere)\b",
    linear.I,
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
