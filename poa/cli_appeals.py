"""``poa submitted``, ``poa outcome``, ``poa revise`` and ``poa history``: what happened to
each appeal on a case (poa.appeals records it, poa.history reports it)."""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from poa.cli_templates import banks_option, templates_option, workspace
from poa.errors import EXIT_OK

if TYPE_CHECKING:
    from poa.appeals import Revision
    from poa.notice import NoticeFacts
    from poa.workspace import Workspace


def day(text: str) -> dt.date:
    """A YYYY-MM-DD option value."""
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: write the date as YYYY-MM-DD") from None


def add_appeal_parsers(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    submitted = commands.add_parser(
        "submitted",
        help="record that the appeal was sent: freezes this attempt in the case's history",
        description="Record that the attempt being written was sent: its issues are kept "
        "word for word in the case's history with the date, how it was sent and the "
        "checksums of its documents (those poa render wrote in OUT/<case>/, or else the "
        "Markdown of each document). Exit 2 if it was already recorded.",
    )
    submitted.add_argument("case", type=Path, metavar="CASE", help="the case file")
    submitted.add_argument(
        "--on", type=day, metavar="DATE", help="the day it was sent, YYYY-MM-DD (default: today)"
    )
    submitted.add_argument(
        "--channel",
        metavar="TEXT",
        help="how it was sent, e.g. 'Account Health appeal form', 'e-mail', 'contact form'",
    )
    submitted.add_argument(
        "-o",
        "--out",
        type=Path,
        default=Path("out"),
        metavar="DIR",
        help="where poa render wrote the documents (default: out)",
    )
    banks_option(submitted)
    templates_option(submitted)
    submitted.set_defaults(run=_submitted)

    outcome = commands.add_parser(
        "outcome",
        help="record the marketplace's answer to the last appeal sent",
        description="Record the answer to the last attempt sent: accepted, rejected or "
        "more-info (more information requested). With --notice, the answer's text and date "
        "are kept, any date it sets for the next attempt, and each point it asks to improve "
        "becomes a to-do for the next attempt (poa revise starts it).",
    )
    outcome.add_argument("case", type=Path, metavar="CASE", help="the case file")
    outcome.add_argument("result", choices=["accepted", "rejected", "more-info"])
    outcome.add_argument(
        "--notice", metavar="FILE", help="the marketplace's answer, as text (- for stdin)"
    )
    outcome.add_argument(
        "--on", type=day, metavar="DATE", help="the day the answer came (default: its own date)"
    )
    banks_option(outcome)
    outcome.set_defaults(run=_outcome)

    revise = commands.add_parser(
        "revise",
        help="start the next attempt after a rejection: to-dos from what it asks",
        description="Close the attempt that was turned down (frozen in the history, if poa "
        "submitted did not already) and start the next one: every point the rejection asks "
        "to improve becomes a to-do on the issue and part it concerns. The case's text is "
        "kept, to be changed where the to-dos say; poa check flags a part sent again word "
        "for word where the rejection asked for a change.",
    )
    revise.add_argument("case", type=Path, metavar="CASE", help="the case file")
    revise.add_argument(
        "--notice",
        metavar="FILE",
        help="the rejection, as text (- for stdin); without it, the answer recorded with "
        "poa outcome",
    )
    revise.add_argument(
        "-o",
        "--out",
        type=Path,
        default=Path("out"),
        metavar="DIR",
        help="where poa render wrote the documents sent (default: out)",
    )
    banks_option(revise)
    templates_option(revise)
    revise.set_defaults(run=_revise)

    history = commands.add_parser(
        "history",
        help="a case's attempts: when sent, what came back, what changed between them",
        description="The attempts on a case: when each was sent and how, the answer and "
        "its date, the to-dos it left, and what changed from one attempt to the next, issue "
        "by issue and part by part (- a line taken out, + a line put in).",
    )
    history.add_argument("case", type=Path, metavar="CASE", help="the case file")
    history.add_argument("--format", choices=["text", "json"], default="text")
    history.set_defaults(run=_history)

    calendar = commands.add_parser(
        "calendar",
        help="the cases' deadlines, sendings, follow-ups and checkpoints as an .ics file",
        description="Write every case's timeline as one iCalendar file that calendar "
        "applications import: the notice, the day the answer is due (the notice's date, or "
        "the reason's usual rule, marked as an estimate), each attempt sent and a follow-up, "
        "each answer, and the improvement plan's checkpoints until its window has rolled "
        "over. Each event keeps its UID from one export to the next, so importing again "
        "updates the events instead of adding them twice.",
    )
    calendar.add_argument("cases", nargs="+", type=Path, metavar="CASE", help="case file(s)")
    calendar.add_argument(
        "-o", "--out", type=Path, required=True, metavar="FILE", help="the .ics file to write"
    )
    banks_option(calendar)
    calendar.set_defaults(run=_calendar)


def _submitted(args: argparse.Namespace) -> int:
    from poa.appeals import record_submission

    attempt = record_submission(
        args.case, on=args.on, channel=args.channel, out_dir=args.out, workspace=workspace(args)
    )
    print(
        f"Recorded attempt {attempt.number} of {args.case} as sent on {attempt.submitted_on} "
        f"({len(attempt.documents)} documents, {len(attempt.issues)} issues frozen). "
        f"When the answer comes: poa outcome {args.case} accepted|rejected|more-info "
        "--notice ANSWER"
    )
    return EXIT_OK


def _outcome(args: argparse.Namespace) -> int:
    from poa.appeals import record_outcome

    attempt = record_outcome(
        args.case, args.result, notice=args.notice, on=args.on, workspace=workspace(args)
    )
    line = f"Recorded the answer to attempt {attempt.number} of {args.case}: {args.result}."
    if attempt.todos:
        line += (
            f" It asks for {len(attempt.todos)} change(s); start the next attempt with: "
            f"poa revise {args.case}"
        )
    print(line)
    return EXIT_OK


def _revise(args: argparse.Namespace) -> int:
    from poa.appeals import revise

    done = revise(args.case, args.notice, out_dir=args.out, workspace=workspace(args))
    _told(args.case, done)
    print(f"Then: poa check {args.case}, poa render {args.case}, poa submitted {args.case}")
    return EXIT_OK


def revise_from_interview(case: Path, text: str, facts: NoticeFacts, work: Workspace) -> None:
    """``poa interview CASE --notice ANSWER`` with a rejection of a case already written:
    the next attempt starts (as ``poa revise`` starts it), and the interview then asks the
    parts the answer wants changed first. A case that is not complete yet is left to the
    interview to finish first."""
    from poa.appeals import revise
    from poa.casefile import load_case
    from poa.errors import CaseValidationError

    try:
        known = [a.response for a in load_case(case).history if a.response]
        # Resuming with the same command: the answer already started this attempt.
        if " ".join(text.split()) in {" ".join(r.split()) for r in known}:
            return
        done = revise(case, answer=(text, facts), workspace=work)
    except CaseValidationError:
        print(f"{case} is not complete yet: finish it, then run poa revise {case} --notice FILE.")
        return
    _told(case, done)


def _told(case: Path, done: Revision) -> None:
    from poa.model import SECTION_LABELS

    if not done.was_recorded:
        print(
            f"Attempt {done.closed.number} had not been recorded as sent; it is frozen now, "
            "without its sending date."
        )
    print(f"{case}: attempt {done.attempt} started. To do, from the answer:")
    for todo in done.todos:
        where = "the case" if todo.issue is None else f"issue {todo.issue + 1}"
        print(f"  - {where}, {SECTION_LABELS[todo.section]}: {todo.ask}")
    if not done.todos:
        print("  (the answer names nothing to improve; read it again in poa history)")


def _history(args: argparse.Namespace) -> int:
    from poa.casefile import load_case
    from poa.history import as_text, attempts_report

    report = attempts_report(load_case(args.case))
    if args.format == "json":
        print(json.dumps({"case": str(args.case), **report}, indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(f"{args.case}: now at attempt {report['attempt']}.\n\n")
        sys.stdout.write(as_text(report))
    return EXIT_OK


def _calendar(args: argparse.Namespace) -> int:
    from poa.casefile import load_case
    from poa.fsutil import write_atomic
    from poa.ics import calendar_bytes
    from poa.timeline import timeline

    work = workspace(args)
    cases = []
    for path in args.cases:
        case = load_case(path)
        cases.append((case, timeline(case, work.banks)))
    write_atomic(args.out, calendar_bytes(cases, work.today))
    count = sum(len(events) for _, events in cases)
    print(f"Wrote {args.out}: {count} events for {len(cases)} case(s).")
    return EXIT_OK
