"""The score: 100 points shared by area, lost per finding; any error caps the total at 49.

| area        | points | what it covers                                        |
|-------------|--------|-------------------------------------------------------|
| root_cause  | 22     | specific, owned, not vague, not a denial              |
| corrective  | 18     | done (past tense), verifiable, matching the causes    |
| preventive  | 20     | mechanisms with owner, cadence, start and check       |
| tone        | 12     | no pleas, blame, threats, demands or criticism        |
| evidence    | 12     | documents that cover the notice and pass its rules    |
| structure   | 10     | one triple per issue, in order, in lists              |
| length      | 6      | within the channel's limit and a readable length      |

In an area, each error takes half its points, each warning a fifth, each info a twentieth
(never below zero). The weights follow an open-source POA linter's rubric (source G3).
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
PENALTY = {"error": 0.5, "warning": 0.2, "info": 0.05}
ERROR_CAP = 49


def score(findings: Iterable[Finding]) -> tuple[int, dict[str, int]]:
    """The total score and the points kept in each area."""
    lost: dict[str, float] = dict.fromkeys(WEIGHTS, 0.0)
    has_error = False
    for finding in findings:
        area = finding.area if finding.area in WEIGHTS else "structure"
        lost[area] += PENALTY[finding.severity]
        has_error = has_error or finding.severity == "error"
    areas = {area: round(weight * max(0.0, 1 - lost[area])) for area, weight in WEIGHTS.items()}
    total = sum(areas.values())
    return (min(total, ERROR_CAP) if has_error else total), areas
