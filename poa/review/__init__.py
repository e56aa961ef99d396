"""Checking a case before it is sent. Today: every model and cross-field problem, with lines."""

from __future__ import annotations

from pathlib import Path

from poa.casefile import open_case
from poa.errors import CaseValidationError, Problem

__all__ = ["check"]


def check(case_path: str | Path) -> list[Problem]:
    """Every problem in the case file, each with its field path and line; empty when it is sound.

    A file that cannot be read at all (missing, not YAML) raises CaseFileError instead.
    """
    case_file = open_case(case_path)
    try:
        case_file.validate()
    except CaseValidationError as err:
        return err.problems
    return []
