"""Who a plan makes responsible: the words that own a problem, and apologies.

Reviewers read a plan for whether the seller takes the failure as their own (rule T6) and how
often it apologises instead (rule T7); rule T2, blame put on others, is cleared by a sentence
that owns its part in the same breath.
"""

from __future__ import annotations

from poa import linear
from poa.review.language import negated_before, unquoted

_OWNERSHIP = linear.compile(
    r"\b(we|i) (take|accept|bear) (full |complete |total )?(responsibility|ownership|"
    r"accountability)\b|\b(our|my) (own )?(mistake|error|failure|fault|responsibility|"
    r"oversight)\b|\bwe (failed|neglected) to\b|\bwe (accept|acknowledge|recogni[sz]e|admit) "
    r"(that|our|the|we)\b|\bwe were (wrong|at fault|responsible)\b|\bwe own (this|the|our)\b"
    r"|\b(was|were|is) (entirely |fully )?(on us|our responsibility)\b"
    r"|\b(fault|mistake|error|failure|responsibility) (was|is|lies|lay) (entirely |fully )?"
    r"(ours|mine|with us)\b|\bwe are (fully |entirely |solely )?responsible\b",
    linear.I,
)
_APOLOGY = linear.compile(r"\b(sorry|apolog\w+)\b", linear.I)


_OUR_PART = linear.compile(
    r"\b(we|i)( have| had)?( (since|already|then|also|now|\w+ly))? (own|owned|chose|picked|"
    r"selected|decided|switched|changed|replaced|dropped|moved|covered|fixed|added|set up|"
    r"introduced|stopped|should have)\b"
    r"|\b(our|my) (own )?(choice|decision|gap|fault|mistake|error|failure|responsibility|"
    r"oversight)\b",
    linear.I,
)
"""The seller's own part in what happened, or in what was done about it."""


def owned_here(sentence: str) -> bool:
    """T2 is about who a sentence makes responsible: one that names another party's failure
    and, in the same breath, the seller's own part ('the courier missed the pickup; the choice
    of courier was ours and we changed it on 3 May') owns it."""
    return any(
        not negated_before(sentence, found.start())
        for pattern in (_OUR_PART, _OWNERSHIP)
        for found in pattern.finditer(sentence)
    )  # "not our fault" disowns it


def owns_the_problem(text: str) -> bool:
    """Rule T6: somewhere the plan says, with no 'not' before it, that the seller is
    responsible."""
    plain = unquoted(text)
    return any(not negated_before(plain, m.start()) for m in _OWNERSHIP.finditer(plain))


def apologies(text: str) -> int:
    """Rule T7: how many times the plan apologises."""
    return len(_APOLOGY.findall(text))
