"""The command line of reports into a case: ``poa metrics FILE… --into CASE`` and
``poa interview CASE --report FILE…`` (the options, and what they print)."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from poa.casefile import CaseFile
    from poa.metrics import MetricsReport
    from poa.workspace import Workspace


def add_into_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--into",
        type=Path,
        metavar="CASE",
        help="also put the figures into this case file: each metric's reading with its date "
        "under metrics, the orders behind it under the issue about it, and the order exhibit "
        "under evidence; answers already in the case are kept",
    )


def add_report_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--report",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="a marketplace report to read into the case first, as 'poa metrics FILE --into "
        "CASE' does (repeatable)",
    )


def into_case(case: Path | CaseFile, report: MetricsReport, work: Workspace, quiet: bool) -> None:
    """Put ``report`` into ``case`` and say what was added (on stderr when ``quiet``: the
    standard output then holds JSON)."""
    from poa.metrics.into import add_to_case

    added = add_to_case(case, report, banks=work.banks)
    print("\n".join(added.lines()), file=sys.stderr if quiet else sys.stdout)


def merge_reports(case: Path, files: list[Path], work: Workspace) -> None:
    """``poa interview CASE --report FILE…``: read the reports, then put them into the case
    (a new one is started when there is none)."""
    from poa.interview.session import open_or_create
    from poa.metrics import read_reports

    report = read_reports(files, workspace=work)
    into_case(open_or_create(case), report, work, quiet=False)
