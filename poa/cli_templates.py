"""``poa templates …`` and the template options of ``poa render``: the command-line side of
the template library (poa.render.catalog and poa.render.manage do the work)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from poa.errors import EXIT_FINDINGS, EXIT_OK, UsageError

if TYPE_CHECKING:
    from poa.render import RenderOptions
    from poa.render.catalog import Library
    from poa.workspace import Workspace

_SEARCH = (
    "Templates are looked up in: --templates DIR, then $POA_TEMPLATES, then your config "
    "folder (poa templates list shows it), then the built-in library. A template with the same "
    'name as a built-in one replaces it; {% extends "default:NAME" %} reaches the built-in one.'
)


def workspace(args: argparse.Namespace) -> Workspace:
    """The run's workspace, from ``--banks`` and ``--templates`` (where the command has them)
    and the environment: built here, once, and passed down."""
    from poa.workspace import Workspace

    return Workspace.load(getattr(args, "banks", ()), getattr(args, "templates", ()))


def banks_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--banks",
        action="append",
        default=[],
        metavar="DIR",
        type=Path,
        help="a folder of your own question banks, searched before the built-in one "
        "(repeatable; also $POA_BANKS)",
    )


def templates_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--templates",
        action="append",
        default=[],
        metavar="DIR",
        type=Path,
        help="a folder of your own templates, searched first (repeatable; also $POA_TEMPLATES)",
    )


def add_render_options(render: argparse.ArgumentParser) -> None:
    render.add_argument(
        "--doc",
        metavar="LIST",
        help="comma-separated documents: poa, letter, pip, evidence, orders, channel "
        "(default: the ones that fit the case: plan, letter and form text always, the "
        "improvement plan when it has metrics, the evidence index when it has evidence, the "
        "order exhibit when it lists orders from the seller's reports)",
    )
    templates_option(render)
    render.add_argument(
        "--template",
        action="append",
        default=[],
        metavar="DOC=NAME",
        help="use template NAME for document DOC, e.g. --template letter=my-letter",
    )
    render.add_argument(
        "--css", type=Path, metavar="FILE", help="a stylesheet applied after poa's, for the PDF"
    )
    render.add_argument(
        "--force",
        action="store_true",
        help="replace output files you edited since poa wrote them (each is kept as .bak)",
    )


def render_options(args: argparse.Namespace) -> RenderOptions:
    from poa.render import RenderOptions

    chosen = []
    for item in args.template:
        document, sep, name = item.partition("=")
        if not sep or not document.strip() or not name.strip():
            raise UsageError(f"--template {item}: write it as DOC=NAME, e.g. letter=my-letter")
        chosen.append((document.strip(), name.strip()))
    return RenderOptions(tuple(args.templates), tuple(chosen), args.css, args.force)


def add_templates_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    templates = commands.add_parser(
        "templates",
        help="list, show, copy and check the document templates",
        description="The template library. " + _SEARCH,
    )
    actions = templates.add_subparsers(dest="action", metavar="ACTION", required=True)

    listing = actions.add_parser("list", help="every template on the search path")
    templates_option(listing)
    listing.add_argument("--format", choices=["text", "json"], default="text")
    listing.set_defaults(run=_list)

    show = actions.add_parser("show", help="a template's metadata and source")
    show.add_argument("name", metavar="NAME")
    templates_option(show)
    show.set_defaults(run=_show)

    copy = actions.add_parser(
        "copy",
        help="copy a template into your folder to change it",
        description="Copy template NAME (or reference.docx, style/print.css) into DIR under "
        "the same name, so it replaces the built-in one when DIR is on the search path.",
    )
    copy.add_argument("name", metavar="NAME")
    copy.add_argument("folder", metavar="DIR", type=Path)
    copy.add_argument("--force", action="store_true", help="replace a file already in DIR")
    templates_option(copy)
    copy.set_defaults(run=_copy)

    check = actions.add_parser(
        "check",
        help="render every template against every sample and report problems",
        description="Render every document template against every sample case; fail on "
        "undefined variables, leftover placeholders and Markdown that does not convert.",
    )
    templates_option(check)
    banks_option(check)
    check.add_argument(
        "--case",
        action="append",
        default=[],
        type=Path,
        metavar="FILE",
        help="check against these case files instead of the shipped samples (repeatable)",
    )
    check.set_defaults(run=_check)


def _library(args: argparse.Namespace) -> Library:
    from poa.render.catalog import Library

    work = workspace(args)
    return Library(work.template_folders, work.cache)


def _list(args: argparse.Namespace) -> int:
    from poa.workspace import user_folder

    library = _library(args)
    rows = library.describe()
    if args.format == "json":
        print(json.dumps(rows, indent=2, ensure_ascii=False))
        return EXIT_OK
    width = max(len(row["name"]) for row in rows)
    for row in rows:
        where = ", ".join(row["marketplaces"]) or "all marketplaces"
        origin = "" if row["origin"] == "built-in" else f"  [{row['origin']}]"
        print(f"{row['name']:<{width}}  {row['kind']:<8} {where}{origin}")
    print(f"\nSearch path (first wins): {', '.join(str(f) for f in library.folders)}")
    print(f"Your own folder: {user_folder()}  (poa templates copy NAME DIR to start)")
    return EXIT_OK


def _show(args: argparse.Namespace) -> int:
    library = _library(args)
    template = library.get(args.name)
    meta = template.meta
    print(f"name:         {meta.name} (version {meta.version})")
    print(f"kind:         {meta.kind}")
    print(f"marketplaces: {', '.join(meta.marketplaces) or 'all'}")
    print(f"reasons:      {', '.join(meta.reasons) or 'all'}")
    print(f"file:         {template.path}{'' if template.builtin else '  (yours)'}")
    print(f"description:  {meta.description}")
    for box in meta.fields:
        limit = f"{box.limit:,} characters" if box.limit else "no stated limit"
        print(f"field:        {box.id}: {box.label} ({limit})")
    from poa.errors import TemplateError
    from poa.fsutil import read_text
    from poa.render.library import MAX_TEMPLATE_BYTES

    print("\n" + read_text(template.path, MAX_TEMPLATE_BYTES, TemplateError, "template"), end="")
    return EXIT_OK


def _copy(args: argparse.Namespace) -> int:
    from poa.render.manage import copy_template

    library = _library(args)
    target = copy_template(library, args.name, args.folder, args.force)
    print(target)
    print(
        f"Edit it, then render with --templates {args.folder} (or set POA_TEMPLATES); "
        "check it with: poa templates check --templates " + str(args.folder),
        file=sys.stderr,
    )
    return EXIT_OK


def _check(args: argparse.Namespace) -> int:
    from poa.render.manage import check_templates, sample_cases

    work = workspace(args)
    from poa.render.catalog import Library

    library = Library(work.template_folders, work.cache)
    results = check_templates(library, args.case or sample_cases(), work.banks)
    failed = 0
    for result in results:
        origin = "" if result.template.builtin else f"  [{result.template.folder}]"
        if result.problems:
            failed += 1
            print(f"FAIL {result.template.name}{origin}")
            for problem in result.problems:
                print(f"     {problem}")
        else:
            print(f"ok   {result.template.name}: {result.rendered} case(s){origin}")
    total = len(results)
    sys.stdout.flush()  # the lines first, then their summary, when both go to one place
    print(f"\n{total - failed} of {total} templates render cleanly.", file=sys.stderr)
    return EXIT_FINDINGS if failed else EXIT_OK
