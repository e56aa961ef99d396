"""The command line: parse options, make one library call, turn errors into exit codes.

Library modules are imported inside each command so ``poa --help`` loads almost nothing.
"""

from __future__ import annotations

import argparse
import os
import sys
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from poa import __version__
from poa.cli_appeals import add_appeal_parsers
from poa.cli_metrics import add_into_option, add_report_option
from poa.cli_render import add_job_options, run_render
from poa.cli_rules import add_rules_parser
from poa.cli_status import add_status_parser
from poa.cli_templates import (
    add_render_options,
    add_templates_parser,
    banks_option,
    templates_option,
    workspace,
)
from poa.errors import (
    EXIT_BAD_INPUT,
    EXIT_FINDINGS,
    EXIT_INTERRUPTED,
    EXIT_OK,
    PoaError,
    PoaWarning,
)

if TYPE_CHECKING:
    from poa.review.output import ScreenNote
    from poa.workspace import Workspace

_DESCRIPTION = """\
Draft, review and render a marketplace Plan of Action from one case file.

A case file (YAML) holds the seller, the notice, and for each cited issue its root causes,
the corrective actions already completed and the preventive measures now in place.
"""

_EPILOG = """\
examples:
  poa notice notice.txt -o my-case.yaml      read the notice, start a case
  poa metrics perf.json orders.txt           the figures, their targets, the orders behind
  poa metrics perf.json --into my-case.yaml  and into the case: readings, orders, exhibit
  poa interview my-case.yaml                 answer the questions, reason by reason
  poa check my-case.yaml                     review it as a marketplace reviewer would
  poa check plan.docx                        or a plan written elsewhere (.md .txt .docx .pdf -)
  poa rules R1                               what a rule catches, why, with examples
  poa render my-case.yaml -o out             plan, letter, PIP, evidence index, form text
  poa render my-case.yaml --doc poa,letter   only these documents
  poa render cases/*.yaml -j 2               many cases, two at a time; a line for each
  poa templates copy letter my-templates     make the letter your own, then --templates
  poa banks list                             the reasons poa knows

exit codes: 0 ok · 1 check found an error, or render refused a case the review found errors in
            · 2 bad input or usage · 130 interrupted
"""


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="poa",
        description=_DESCRIPTION,
        epilog=_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"poa {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    render = commands.add_parser(
        "render",
        help="render case files to Markdown, DOCX and PDF",
        description="Render each case to OUT/<case name>/<document>.<format>: the plan "
        "(poa), the cover letter, the improvement plan (pip), the evidence index and the text "
        "for the appeal form (channel, also as channel.txt). The case is reviewed first (as "
        "poa check does): with an error nothing is written and the exit code is 1, unless "
        "--draft. Warnings are printed after rendering. Files you edited after poa wrote "
        "them are never replaced without --force. Several cases are rendered side by side in "
        "worker processes (-j); each gets one line at the end — written, refused by the review, "
        "or failed and why — and the exit code is 1 if any was not written.",
    )
    render.add_argument("cases", nargs="+", metavar="CASE", type=Path, help="case file(s), .yaml")
    render.add_argument(
        "-o",
        "--out",
        type=Path,
        default=Path("out"),
        metavar="DIR",
        help="output folder (default: out)",
    )
    render.add_argument(
        "-f",
        "--format",
        default="md,docx,pdf",
        metavar="LIST",
        help="comma-separated formats: md, docx, pdf (default: all three)",
    )
    render.add_argument(
        "--paper", choices=["a4", "letter"], help="page size; overrides the case's document.paper"
    )
    render.add_argument(
        "--draft",
        action="store_true",
        help="render even when the review finds errors; every document is then marked "
        "'Draft — not ready to send' (PDF pages, DOCX header, each part of channel.txt)",
    )
    add_render_options(render)
    _banks_option(render)
    add_job_options(render)
    render.set_defaults(run=run_render)

    check = commands.add_parser(
        "check",
        help="review a case or a written plan: findings, fixes and a score",
        description="Review a case file or a written plan the way a marketplace reviewer "
        "would: structure, tone, root causes, corrective actions, preventive measures, "
        "evidence and length, with a score and a fix for every finding. A case file is first "
        "checked against the Case model and the question banks; a written plan is read in "
        "whatever layout it has (headings, bold or plain lines, numbered paragraphs, tables). "
        "The score (0-100) ranks plans; the verdict 'ready' means no error. "
        "Exit 1 when any finding is an error, 0 otherwise, 2 when the file cannot be read. "
        "'poa rules' explains every rule.",
    )
    check.add_argument(
        "case",
        metavar="FILE",
        help="a case file (.yaml) or a written plan (.md, .txt, .docx, .pdf; - reads it from "
        "standard input)",
    )
    check.add_argument(
        "--format",
        choices=["text", "json"],
        default="text",
        help="text for people (default), json for tools and hooks",
    )
    check.add_argument(
        "--marketplace",
        choices=["amazon", "walmart", "ebay", "tiktok", "etsy"],
        help="for a written plan: whose rules and limits apply "
        "(default: the marketplace the plan names most, else amazon)",
    )
    _banks_option(check)
    templates_option(check)
    check.set_defaults(run=_check)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of the case file",
        description="Print the JSON Schema of the case file (for editors and other tools).",
    )
    schema.add_argument("-o", "--out", type=Path, metavar="FILE", help="write to FILE instead")
    schema.set_defaults(run=_schema)
    _add_banks(commands)
    _add_interview(commands)
    _add_notice(commands)
    _add_metrics(commands)
    add_templates_parser(commands)
    add_rules_parser(commands)
    add_appeal_parsers(commands)
    add_status_parser(commands)
    return parser


def _add_notice(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    notice = commands.add_parser(
        "notice",
        help="read a marketplace notice: reasons, ids, dates, metrics, requests",
        description="Read a notice pasted from an e-mail or Seller Central (text or HTML) and "
        "show what it says and where; with -o, write a case to start the interview from.",
    )
    notice.add_argument("file", metavar="FILE", help="the notice, or - for standard input")
    notice.add_argument(
        "-o",
        "--out",
        type=Path,
        metavar="CASE",
        help="write a new case file with what the notice answers",
    )
    notice.add_argument("--format", choices=["text", "json"], default="text")
    _banks_option(notice)
    notice.set_defaults(run=_notice)


def _notice(args: argparse.Namespace) -> int:
    import json

    from poa.notice import case_skeleton, read_notice_file
    from poa.notice.report import describe

    work = workspace(args)
    text, facts = read_notice_file(args.file, workspace=work)
    if args.format == "json":
        print(json.dumps(facts.as_json(), indent=2, ensure_ascii=False))
    else:
        sys.stdout.write(describe(facts, work.banks))
    if args.out is not None:
        from poa import yamldoc
        from poa.errors import UsageError
        from poa.fsutil import write_atomic

        if args.out.exists():
            raise UsageError(
                f"{args.out} exists. To add the notice to it: "
                f"poa interview {args.out} --notice {args.file}"
            )
        write_atomic(args.out, yamldoc.dump(case_skeleton(facts, text)).encode("utf-8"))
        print(
            f"Wrote {args.out}. Continue with: poa interview {args.out}",
            file=sys.stderr if args.format == "json" else sys.stdout,
        )
    return EXIT_OK


def _add_metrics(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    metrics = commands.add_parser(
        "metrics",
        help="read account-health reports: figures, targets, the orders behind them",
        description="Read marketplace reports (Amazon's Seller Performance report, All Orders "
        "report, Orders API JSON, feedback and returns reports; eBay's seller standards "
        "profile; Walmart's performance summary and Orders API; TikTok's order export), "
        "each recognised by its content. Published figures are quoted with the "
        "marketplace's own target; order files give the orders behind a figure (late, "
        "cancelled, without tracking) and a figure computed from them. Status: ok, at_risk "
        "(80 %% or more of the allowance used, or the marketplace warns), failing, no_data, "
        "no_target. Exit 2 for a file it cannot read or recognise.",
    )
    metrics.add_argument("files", nargs="+", metavar="FILE", type=Path, help="report files")
    metrics.add_argument("--format", choices=["text", "json"], default="text")
    metrics.add_argument(
        "--window",
        type=int,
        metavar="DAYS",
        help="the window of computed figures (default: each metric's, e.g. 7 days for the "
        "pre-fulfilment cancel rate); published figures keep the marketplace's",
    )
    metrics.add_argument(
        "--as-of",
        metavar="DATE",
        type=_date,
        help="the last day of computed windows, YYYY-MM-DD (default: each order file's newest day)",
    )
    add_into_option(metrics)
    _banks_option(metrics)
    metrics.set_defaults(run=_metrics)


def _date(text: str) -> object:
    import datetime as dt

    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r}: write the date as YYYY-MM-DD") from None


def _metrics(args: argparse.Namespace) -> int:
    from poa.metrics import read_reports
    from poa.metrics.output import as_json, as_text

    work = workspace(args)
    report = read_reports(args.files, window=args.window, as_of=args.as_of, workspace=work)
    sys.stdout.write(as_json(report) + "\n" if args.format == "json" else as_text(report))
    if args.into is not None:
        from poa.cli_metrics import into_case

        into_case(args.into, report, work, quiet=args.format == "json")
    return EXIT_OK


def _add_interview(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    interview = commands.add_parser(
        "interview",
        help="answer questions, step by step, to build a case file",
        description="Build a case by answering questions, reason by reason. Every answer is "
        "saved at once; run the same command again to resume. In the questions: ? shows help "
        "and an example, < goes back one question, Ctrl-C saves and stops.",
    )
    interview.add_argument(
        "case",
        nargs="?",
        type=Path,
        default=Path("case.yaml"),
        metavar="CASE",
        help="the case file to fill (default: case.yaml)",
    )
    interview.add_argument(
        "--notice",
        metavar="FILE",
        help="start from a notice (a file, or - for standard input): its marketplace, "
        "reasons, ids and dates are filled in",
    )
    interview.add_argument(
        "--answers",
        type=Path,
        metavar="FILE",
        help="replay answers from FILE (shaped like a case file), no prompts",
    )
    interview.add_argument(
        "--set",
        action="append",
        default=[],
        metavar="PATH=VALUE",
        help="an answer, e.g. seller.legal_name='Example LLC' (repeatable; wins over --answers)",
    )
    add_report_option(interview)
    _banks_option(interview)
    templates_option(interview)
    interview.add_argument(
        "-o",
        "--out",
        type=Path,
        default=Path("out"),
        metavar="DIR",
        help="where the documents go when you render at the end",
    )
    interview.set_defaults(run=_interview)


def _interview(args: argparse.Namespace) -> int:
    from poa.errors import UsageError
    from poa.interview import run_interview

    work = workspace(args)
    values = dict(_pair(item) for item in args.set)
    if args.notice:
        _merge_notice(args.case, args.notice, work)
    if args.report:
        from poa.cli_metrics import merge_reports

        merge_reports(args.case, args.report, work)
    if args.answers is not None or values:
        run_interview(args.case, answers=args.answers, values=values, workspace=work)
        print(f"Saved {args.case}: every question is answered. Next: poa check {args.case}")
        return EXIT_OK
    if not (sys.stdin.isatty() and sys.stdout.isatty()):
        raise UsageError(
            "poa interview asks questions and needs a terminal. Without one, replay answers: "
            f"poa interview {args.case} --answers answers.yaml (a file shaped like a case file; "
            "see samples/), or set them one by one with --set PATH=VALUE."
        )
    from poa.interview.prompts import Prompter

    # The review, its rules (some 150 ms of patterns to build) and rendering are loaded when
    # first used, not before the first question is shown.
    def lint(text: str, kind: str) -> list[str]:
        from poa.review.rules import objections

        return objections(text, kind)

    def reviewer(path: Path) -> list[ScreenNote]:
        from poa.review import review
        from poa.review.output import screen_notes

        return list(screen_notes(review(path, workspace=work)))

    def renderer(path: Path, out_dir: Path, draft: bool) -> list[Path]:
        from poa.gate import render_reviewed

        return render_reviewed(path, out_dir, draft=draft, workspace=work)[0]

    def meanwhile() -> None:
        # The first question needs no bank; the next one lists a marketplace's banks. The
        # models they are read into (pydantic's, some 0.2 s to load) are loaded while the
        # seller reads the first question (issue 18); the banks themselves, once the
        # marketplace is known.
        import importlib

        importlib.import_module("poa.banks.schema")

    run_interview(
        args.case,
        Prompter(args.case.resolve().parent, meanwhile=meanwhile),
        workspace=work,
        out_dir=args.out,
        lint=lint,
        reviewer=reviewer,
        renderer=renderer,
    )
    return EXIT_OK


def _merge_notice(case: Path, notice: str, work: Workspace) -> None:
    """Put what the notice says into the case; answers already given are kept."""
    from poa.interview.replay import merge_notice_facts
    from poa.notice import read_notice_file
    from poa.notice.report import describe

    text, facts = read_notice_file(notice, workspace=work)
    sys.stdout.write(describe(facts, work.banks))
    if facts.is_rejection and case.exists():
        from poa.cli_appeals import revise_from_interview

        revise_from_interview(case, text, facts, work)
        return
    merge_notice_facts(case, text, facts)


def _pair(item: str) -> tuple[str, str]:
    from poa.errors import UsageError

    key, sep, value = item.partition("=")
    if not sep or not key.strip():
        raise UsageError(f"--set {item!r}: write PATH=VALUE, e.g. --set seller.legal_name=Example")
    return key.strip(), value


def _add_banks(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    banks = commands.add_parser(
        "banks",
        help="list, show, check or try out the question banks",
        description="The question banks: one per reason a marketplace cites. Your own bank "
        "folders (--banks DIR, or $POA_BANKS) are searched before the built-in one.",
    )
    actions = banks.add_subparsers(dest="action", metavar="ACTION", required=True)
    listing = actions.add_parser("list", help="one line per reason: <reason id>  <title>")
    _banks_option(listing)
    listing.set_defaults(run=_banks_list)
    show = actions.add_parser("show", help="show one bank readably")
    _banks_option(show)
    show.add_argument("reason", metavar="ID", help="a reason id, e.g. amazon.late_shipment_rate")
    show.set_defaults(run=_banks_show)
    validate = actions.add_parser(
        "validate", help="check a folder of banks; every problem with file and line (exit 2)"
    )
    validate.add_argument(
        "folder",
        nargs="?",
        type=Path,
        metavar="DIR",
        help="the folder to check (default: the built-in banks)",
    )
    validate.set_defaults(run=_banks_validate)
    example = actions.add_parser(
        "example", help="print a starter case for a reason, from the bank's examples"
    )
    example.add_argument("reason", metavar="ID")
    _banks_option(example)
    example.add_argument("-o", "--out", type=Path, metavar="FILE", help="write to FILE instead")
    example.set_defaults(run=_banks_example)


def _banks_list(args: argparse.Namespace) -> int:
    # One line per reason, "<reason id>  <title>"; a blank line between marketplaces.
    groups = workspace(args).banks.by_marketplace()
    for number, banks in enumerate(groups.values()):
        if number:
            print()
        for bank in banks:
            print(f"{bank.id}  {bank.title}")
    return EXIT_OK


def _banks_show(args: argparse.Namespace) -> int:
    from poa.banks import format_bank

    library = workspace(args).banks
    bank = library.get(args.reason)
    sys.stdout.write(format_bank(bank, library.thresholds, library.marketplaces))
    return EXIT_OK


def _banks_validate(args: argparse.Namespace) -> int:
    from poa.banks import builtin_dir, validate_folder

    folder = args.folder or builtin_dir()
    results = validate_folder(folder)
    for path, problems in results:
        for problem in problems:
            print(problem.format(str(path)))
    if results:
        count = sum(len(problems) for _, problems in results)
        print(f"{count} problem(s) in {len(results)} file(s) under {folder}.", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(f"{folder}: every bank is valid.")
    return EXIT_OK


def _banks_example(args: argparse.Namespace) -> int:
    from poa import yamldoc
    from poa.banks import example_case
    from poa.fsutil import write_atomic

    work = workspace(args)
    text = yamldoc.dump(example_case(work.banks.get(args.reason), work.today))
    if args.out:
        write_atomic(args.out, text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return EXIT_OK


_banks_option = banks_option


def _check(args: argparse.Namespace) -> int:
    from poa.review import review
    from poa.review.output import as_json, as_text

    report = review(args.case, marketplace=args.marketplace, workspace=workspace(args))
    if args.format == "json":
        print(as_json(report))
    else:
        out, err = as_text(report)
        sys.stdout.write(out)
        if err:
            # Out first: a buffered stdout (a pipe) would otherwise let the summary land before
            # or inside the lines it sums up when both streams go to one place.
            sys.stdout.flush()
            print(err, file=sys.stderr)
    return EXIT_FINDINGS if report.errors else EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    import json

    from poa.fsutil import write_atomic
    from poa.model.case import case_schema

    text = json.dumps(case_schema(), indent=2, ensure_ascii=False) + "\n"
    if args.out:
        write_atomic(args.out, text.encode("utf-8"))
    else:
        sys.stdout.write(text)
    return EXIT_OK


@contextmanager
def _warnings_printed() -> Iterator[None]:
    """Each PoaWarning once, as ``poa: warning: …`` on stderr (a render warns once per
    document about the same thing); other warnings as Python shows them."""
    shown: set[str] = set()
    with warnings.catch_warnings():
        warnings.simplefilter("always", PoaWarning)
        python_show = warnings.showwarning

        def show(message: Warning | str, category: type[Warning], *args: Any, **kw: Any) -> None:
            if not issubclass(category, PoaWarning):
                python_show(message, category, *args, **kw)
            elif str(message) not in shown:
                shown.add(str(message))
                print(f"poa: warning: {message}", file=sys.stderr)

        warnings.showwarning = show
        yield


PLUGINS_VAR = "PYDANTIC_DISABLE_PLUGINS"
"""pydantic looks for plugins in the metadata of every installed package the first time a
model validates, which costs about a quarter of a whole ``poa --help`` (issue 18). poa's models
are its own, no plugin is needed to check them and none may report on them (poa sends nothing
anywhere), so the command line turns the search off; a value the user set is kept."""


_PLUGINS_OFF = ("__all__", "1", "true")
"""The values of :data:`PLUGINS_VAR` with which pydantic loads no plugin at all."""
_LOADER = "pydantic.plugin._loader"


def _plugin_search_off() -> None:
    """Turn pydantic's plugin search off, unless the user asked for plugins.

    With the search off, pydantic's loader still imports ``importlib.metadata`` and all it
    needs (some 15 ms of every command that validates, a twentieth of ``poa check CASE``),
    only to answer "no plugins". So its answer is given in its place: a module whose
    ``get_plugins`` returns none, as the real one does with the search off. Any other name
    pydantic may ask of it comes from the real module, loaded then.
    """
    os.environ.setdefault(PLUGINS_VAR, "__all__")
    if os.environ[PLUGINS_VAR] not in _PLUGINS_OFF or _LOADER in sys.modules:
        return
    import types

    loader = types.ModuleType(_LOADER, "pydantic's plugin loader, with the search off (poa).")
    vars(loader).update(get_plugins=lambda: (), __getattr__=_real_loader_name)
    sys.modules[_LOADER] = loader


def _real_loader_name(name: str) -> Any:
    """A name of pydantic's real plugin loader other than ``get_plugins``."""
    import importlib

    if name.startswith("__"):  # the import system asks a module for ``__path__`` and such
        raise AttributeError(name)

    stand_in = sys.modules.pop(_LOADER)
    try:
        real = importlib.import_module(_LOADER)
    finally:
        if _LOADER not in sys.modules:
            sys.modules[_LOADER] = stand_in
    return getattr(real, name)


def main(argv: Sequence[str] | None = None) -> int:
    _plugin_search_off()
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command is None:
        parser.print_help(sys.stderr)
        return EXIT_BAD_INPUT
    try:
        with _warnings_printed():
            code: int = args.run(args)
    except PoaError as err:
        print(f"poa: {err}", file=sys.stderr)
        return err.exit_code
    except KeyboardInterrupt:
        print("poa: interrupted.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except BrokenPipeError:
        return EXIT_OK
    return code
