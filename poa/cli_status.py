"""``poa status [DIR]``: one line per case under a folder, most urgent first (poa.status)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from poa.cli_templates import banks_option, templates_option, workspace
from poa.errors import EXIT_OK

if TYPE_CHECKING:
    from poa.status import CaseStatus

_RED, _RESET = "\x1b[31m", "\x1b[0m"
_COLUMNS = ("DUE", "CASE", "SELLER", "MARKET", "REASONS", "TRY", "VERDICT", "SCORE", "MISSING")


def add_status_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    status = commands.add_parser(
        "status",
        help="where every case under a folder stands, most urgent first",
        description="One line per case file found under DIR (default: the current folder): "
        "days left to its deadline (~ an estimate from a usual rule; overdue in red at a "
        "colour terminal, unless NO_COLOR is set), the seller, marketplace and reasons, the "
        "attempt, the review's verdict and score, the evidence still missing and the next "
        "step. Cases to act on come first, by days left; then cases without a deadline, "
        "cases waiting for an answer and accepted ones. Each line is kept per file content "
        "in poa's cache folder, so a second run over unchanged cases is quick.",
    )
    status.add_argument(
        "folder", nargs="?", type=Path, default=Path(), metavar="DIR", help="default: ."
    )
    status.add_argument("--format", choices=["text", "json"], default="text")
    banks_option(status)
    templates_option(status)
    status.set_defaults(run=_status)


def _status(args: argparse.Namespace) -> int:
    from poa.status import case_statuses

    work = workspace(args)
    lines = case_statuses(args.folder, workspace=work)
    if args.format == "json":
        data = [line.as_json(work.today) for line in lines]
        print(json.dumps(data, indent=2, ensure_ascii=False))
        return EXIT_OK
    if not lines:
        print(f"No case files under {args.folder}.")
        return EXIT_OK
    colour = sys.stdout.isatty() and not os.environ.get("NO_COLOR")
    sys.stdout.write(status_table(lines, work.today, colour))
    return EXIT_OK


def status_table(lines: Sequence[CaseStatus], today: dt.date, colour: bool = False) -> str:
    """The text of ``poa status``: a header, then per case its columns and next step."""
    rows = [[*_COLUMNS]]
    for line in lines:
        rows.append(
            [
                _due(line, today),
                line.path,
                _cut(line.seller or "?", 24),
                line.marketplace or "?",
                _cut(", ".join(r.split(".", 1)[-1] for r in line.reasons) or "?", 30),
                str(line.attempt or "?"),
                line.verdict or line.state,
                str(line.score) if line.score is not None else "-",
                _cut(", ".join(line.missing_evidence) or "-", 30),
            ]
        )
    widths = [max(len(row[i]) for row in rows) for i in range(len(_COLUMNS))]
    out = []
    for number, row in enumerate(rows):
        text = "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True))
        text = text.rstrip()
        if number:
            line = lines[number - 1]
            text += f"\n    next: {line.next_step}"
            days = line.days_left(today)
            if colour and days is not None and days < 0:
                text = f"{_RED}{text}{_RESET}"
        out.append(text)
    return "\n".join(out) + "\n"


def _due(line: CaseStatus, today: dt.date) -> str:
    days = line.days_left(today)
    if days is None:
        return {"waiting": "sent", "accepted": "done"}.get(line.state, "-")
    mark = "~" if line.deadline_estimated else ""
    if days < 0:
        return f"{mark}{-days}d over"
    return f"{mark}{days}d"


def _cut(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
