"""The rules of a next attempt: what the last answer asked to change must have changed, and no
attempt may be an earlier one sent again."""

from __future__ import annotations

from collections.abc import Iterator

from poa.model import SECTION_LABELS, Attempt, Case
from poa.model.history import SECTIONS, same_text, section_lines
from poa.review.checks import X4
from poa.review.findings import Finding


def attempt_findings(case: Case) -> Iterator[Finding]:
    """X4 on each part the last answer asked to change that is word for word as it was sent,
    and on a case whose every part is that of an attempt already sent."""
    sent = [a for a in case.history if a.issues and (a.number or 0) < case.notice.attempt]
    if not sent:
        return
    last = max(sent, key=lambda a: a.number or 0)
    flagged = False
    for todo in last.todos:
        if todo.issue is None or todo.section not in SECTIONS:
            continue
        if todo.issue >= len(case.issues) or todo.issue >= len(last.issues):
            continue
        before = section_lines(last.issues[todo.issue], todo.section)
        if same_text(before, section_lines(case.issues[todo.issue], todo.section)):
            flagged = True
            yield X4.finding(
                location=f"issues[{todo.issue}].{todo.section}",
                message=(
                    f"The {SECTION_LABELS[todo.section]} are word for word those of attempt "
                    f"{last.number or len(sent)}, and its answer asked for a change here."
                ),
                fix=todo.ask,
            )
    if flagged:
        return
    for attempt in sent:
        if _same_issues(attempt, case):
            yield X4.finding(
                location="issues",
                message=(
                    f"This attempt is attempt {attempt.number or '?'} word for word, which "
                    "was already sent."
                ),
                fix=(
                    "Change what the answer asked for (poa history lists it); a plan sent "
                    "again unchanged is refused again and spends an attempt."
                ),
            )
            return


def _same_issues(attempt: Attempt, case: Case) -> bool:
    if len(attempt.issues) != len(case.issues):
        return False
    return all(
        same_text(section_lines(old, section), section_lines(new, section))
        for old, new in zip(attempt.issues, case.issues, strict=True)
        for section in SECTIONS
    )
