"""``poa render``: one case as it always was; several in worker processes (``-j``), with a
progress bar at a terminal and one line per case at the end (poa.batch does the work)."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from poa.cli_templates import render_options, workspace
from poa.errors import EXIT_FINDINGS, EXIT_INTERRUPTED, EXIT_OK, UsageError

if TYPE_CHECKING:
    from poa.batch import CaseOutcome


def add_job_options(render: argparse.ArgumentParser) -> None:
    render.add_argument(
        "-j",
        "--jobs",
        type=_jobs,
        metavar="N",
        help="with several cases: render them in N worker processes (default: one per core; "
        "-j 1 renders them one after another in this process)",
    )
    render.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="no progress bar (there is none either when the output is not a terminal, or "
        "with NO_COLOR set)",
    )


def _jobs(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"{value!r} is not a number of processes: give 1 or more")
    return number


def run_render(args: argparse.Namespace) -> int:
    from poa.render import parse_formats

    formats = parse_formats(args.format)
    if len(args.cases) == 1:
        return _one_by_one(args, formats)
    return _many(args, formats)


def _one_by_one(args: argparse.Namespace, formats: tuple[str, ...]) -> int:
    from poa.errors import NotReadyError
    from poa.gate import findings_text, render_reviewed

    work = workspace(args)  # once for every case: the same banks, templates and date
    refused = 0
    for case in args.cases:
        try:
            options = render_options(args)
            paths, report = render_reviewed(
                case,
                args.out,
                formats,
                args.paper,
                args.doc,
                options=options,
                draft=args.draft,
                workspace=work,
            )
        except NotReadyError as err:  # the next case may be ready: go on, exit 1 at the end
            print(f"poa: {err}", file=sys.stderr)
            refused += 1
            continue
        for path in paths:
            print(path)
        warnings = [f for f in report.findings if f.severity == "warning"]
        if warnings:
            print(findings_text(warnings, str(case)), file=sys.stderr)
    return EXIT_FINDINGS if refused else EXIT_OK


def _many(args: argparse.Namespace, formats: tuple[str, ...]) -> int:
    import warnings

    from poa.batch import RenderJob, render_cases
    from poa.errors import PoaWarning

    job = RenderJob(
        args.out,
        formats,
        args.paper,
        args.doc,
        render_options(args),
        args.draft,
        banks=tuple(getattr(args, "banks", ()) or ()),
    )
    if len(set(Path(case).stem for case in args.cases)) < len(args.cases):
        raise UsageError(
            "Two of these cases have the same file name, so their documents would go to the "
            f"same folder under {args.out}: rename one, or render them one at a time with "
            "different -o folders."
        )
    done: list[CaseOutcome] = []
    interrupted = False
    with _progress(len(args.cases), _bar_wanted(args)) as advance:

        def finished(outcome: CaseOutcome) -> None:
            done.append(outcome)
            advance(outcome)

        try:
            render_cases(args.cases, job, args.jobs, finished)
        except KeyboardInterrupt:
            interrupted = True
    order = {Path(case): i for i, case in enumerate(args.cases)}
    done.sort(key=lambda outcome: order.get(outcome.case, len(order)))
    for outcome in done:  # the details first, then the summary where the eye ends up
        for note in outcome.notes:
            warnings.warn(PoaWarning(note), stacklevel=1)
        if outcome.reason:
            print(f"poa: {outcome.reason}", file=sys.stderr)
        if outcome.warnings:
            print(outcome.warnings, file=sys.stderr)
    sys.stderr.flush()
    for outcome in done:
        print(summary_line(outcome, args.out))
    counts = {s: sum(o.status == s for o in done) for s in ("written", "refused", "failed")}
    total = f"{len(args.cases)} cases: " + ", ".join(f"{n} {s}" for s, n in counts.items())
    if interrupted:
        left = len(args.cases) - len(done)
        print(f"{total}; interrupted: {left} not rendered (run the command again for them)")
        return EXIT_INTERRUPTED
    print(total)
    return EXIT_FINDINGS if counts["refused"] or counts["failed"] else EXIT_OK


def summary_line(outcome: CaseOutcome, out_dir: Path) -> str:
    """``written  a.yaml → out/a (15 files)``, ``refused  b.yaml: …``, ``failed   c.yaml: …``."""
    if outcome.status == "written":
        folder = outcome.files[0].parent if outcome.files else out_dir / outcome.case.stem
        noun = "file" if len(outcome.files) == 1 else "files"
        extra = ""
        if outcome.warning_count:
            s = "" if outcome.warning_count == 1 else "s"
            extra = f", {outcome.warning_count} warning{s}"
        return f"written  {outcome.case} → {folder} ({len(outcome.files)} {noun}{extra})"
    lines = [line.strip() for line in outcome.reason.splitlines() if line.strip()]
    # "<case> has 2 problems:" says little alone: the first problem goes with it.
    reason = ": ".join(line.rstrip(":") for line in lines[:2])
    reason = reason.removeprefix(str(outcome.case)).lstrip(": ")
    if len(reason) > 200:
        reason = reason[:197] + "..."
    return f"{outcome.status:<8} {outcome.case}: {reason}"


def _bar_wanted(args: argparse.Namespace) -> bool:
    """A bar only for a person watching: both streams a terminal, no NO_COLOR, no --quiet."""
    if args.quiet or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty() and sys.stderr.isatty()


@contextmanager
def _progress(total: int, wanted: bool) -> Iterator[Callable[[CaseOutcome], None]]:
    if not wanted:
        yield lambda outcome: None
        return
    # rich is loaded here only: poa --help and every other command start without it.
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("rendering"), BarColumn(), MofNCompleteColumn(),
        TextColumn("{task.fields[failed]}"), TimeElapsedColumn(), TimeRemainingColumn(),
    )  # fmt: skip
    with Progress(*columns, console=Console(stderr=True), transient=True) as progress:
        task = progress.add_task("render", total=total, failed="")
        not_written = 0

        def advance(outcome: CaseOutcome) -> None:
            nonlocal not_written
            not_written += outcome.status != "written"
            shown = f"{not_written} not written" if not_written else ""
            progress.update(task, advance=1, failed=shown)

        yield advance
