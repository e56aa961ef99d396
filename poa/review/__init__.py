"""Checking a case before it is sent: the model's rules, then the question banks' rules."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from poa.casefile import open_case
from poa.errors import CaseValidationError, Problem

__all__ = ["check"]


def check(case_path: str | Path, banks: Sequence[str | Path] = ()) -> list[Problem]:
    """Every problem in the case file, each with its field path and line; empty when it is sound.

    ``banks`` are extra question-bank folders, searched before the built-in one. A file that
    cannot be read at all (missing, not YAML) raises CaseFileError instead.
    """
    from poa.banks import load_library
    from poa.review.against_banks import bank_problems

    case_file = open_case(case_path)
    try:
        case = case_file.validate()
    except CaseValidationError as err:
        return err.problems
    return [
        Problem(p.loc, p.message, case_file.line_of(p.loc))
        for p in bank_problems(case, load_library(banks))
    ]
