"""A case read against the question banks: known reasons, and facts that answer real questions."""

from __future__ import annotations

import datetime as dt
import difflib

from poa.banks.answers import answer_problem
from poa.banks.library import BankLibrary
from poa.errors import Problem
from poa.model import Case


def bank_problems(case: Case, library: BankLibrary, today: dt.date) -> list[Problem]:
    """Unknown reason ids, and facts that no question asks or that break the question's rules."""
    found: list[Problem] = []
    for i, issue in enumerate(case.issues):
        bank = library.find(issue.reason)
        if bank is None:
            close = difflib.get_close_matches(issue.reason, library.ids, n=2, cutoff=0.75)
            hint = f"; did you mean {' or '.join(close)}?" if close else ""
            found.append(
                Problem(
                    ("issues", i, "reason"),
                    f"no question bank knows the reason {issue.reason!r}{hint} "
                    "(poa banks list shows them all)",
                )
            )
            continue
        questions = {q.id: q for q in bank.questions}
        for key, value in issue.facts.items():
            question = questions.get(key)
            if question is None:
                close = difflib.get_close_matches(key, list(questions), n=1, cutoff=0.6)
                hint = f"; did you mean {close[0]!r}?" if close else ""
                found.append(
                    Problem(
                        ("issues", i, "facts", key),
                        f"{bank.id} asks no question {key!r}{hint}",
                    )
                )
                continue
            if message := answer_problem(question, value, today):
                found.append(Problem(("issues", i, "facts", key), message))
    return found
