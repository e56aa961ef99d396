"""The score orders plans; the verdict says whether one can be sent.

**Verdict.** A plan is *ready* when the review finds no error. One error is enough to send a
plan back, so the verdict is separate from the score (``Report.ready``, ``"ready"`` in JSON).

**Score.** 100 points shared by area; every finding takes a share of what is left in its area,
so more problems and worse ones always cost more, and an area never goes below zero:

| area        | points | what it covers                                        |
|-------------|--------|-------------------------------------------------------|
| root_cause  | 22     | specific, owned, not vague, not a denial              |
| corrective  | 18     | done (past tense), verifiable, matching the causes    |
| preventive  | 20     | mechanisms with owner, cadence, start and check       |
| tone        | 12     | no pleas, blame, threats, demands or criticism        |
| evidence    | 12     | documents that cover the notice and pass its rules    |
| structure   | 10     | one triple per issue, in order, in lists, no slots    |
| length      | 6      | within the channel's limit and a readable length      |

An error takes half of what is left in its area, a warning a fifth, an info a twentieth: the
area keeps ``points x (1 - share)`` for each finding in turn; the same rule found again in the
same area takes half that share (a new kind of problem weighs more than a repeat). A part
that is missing altogether (S1 naming that part) takes all of its area's points, and so does
a part under its heading whose text is mostly the template's slots (nobody wrote it); a plan in
which no part is found at all (S1 on the whole plan) loses half of each part's area as well as
its structure share, since none of its parts can be checked. Blame of another party (T2)
found in the root cause takes its share from the root cause, not the tone: a cause put on the
carrier or the supplier is not owned, and the tone's 12 points could not tell a plan that
blames once in passing from one whose whole cause is someone else's. Readings
the review only reports as assumptions (U2) cost nothing. With no cap, a plan with one error
ranks above a plan with seven, and a template full of unfilled slots ranks below both. The
weights follow an open-source POA linter's rubric.
"""

from __future__ import annotations

from collections.abc import Iterable

from poa.review.findings import Finding

WEIGHTS = {
    "root_cause": 22,
    "corrective": 18,
    "preventive": 20,
    "tone": 12,
    "evidence": 12,
    "structure": 10,
    "length": 6,
}
SHARE = {"error": 0.5, "warning": 0.2, "info": 0.05}
FREE = frozenset({"U2"})
"""Rules that report how the plan was read, not a problem in it."""
MISSING_PART = "S1"
PART_AREAS = ("root_cause", "corrective", "preventive")


def score(findings: Iterable[Finding]) -> tuple[int, dict[str, int]]:
    """The total score and the points kept in each area."""
    kept: dict[str, float] = {area: float(weight) for area, weight in WEIGHTS.items()}
    seen: set[tuple[str, str]] = set()
    for finding in findings:
        if finding.rule in FREE:
            continue
        area = finding.area if finding.area in WEIGHTS else "structure"
        share = SHARE[finding.severity]
        if (finding.rule, area) in seen:
            share /= 2  # the same problem found again weighs less than a new one
        seen.add((finding.rule, area))
        if finding.rule == MISSING_PART and finding.area in PART_AREAS:
            share = 1.0
        elif finding.rule == MISSING_PART:  # no part found anywhere: none can earn its points
            for part in PART_AREAS:
                kept[part] *= 1 - SHARE["error"]
        kept[area] *= 1 - share
    areas = {area: round(points) for area, points in kept.items()}
    return round(sum(kept.values())), areas
