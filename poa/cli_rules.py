"""``poa rules [ID]``: every rule of the review, and one explained with examples
(poa.review.catalog holds them)."""

from __future__ import annotations

import argparse
import json
import sys
import textwrap

from poa.errors import EXIT_OK, UsageError


def add_rules_parser(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    rules = commands.add_parser(
        "rules",
        help="the rules poa check applies: what each catches, why, with examples",
        description="List every rule of the review (id, severity, what it catches), or explain "
        "one: why reviewers care, where that guidance comes from, a bad and a good example.",
    )
    rules.add_argument("rule", nargs="?", metavar="ID", help="a rule id, e.g. R1 or X3")
    rules.add_argument(
        "--format",
        choices=["text", "json", "markdown"],
        default="text",
        help="text for people (default), json for tools, markdown for a table of all rules",
    )
    rules.set_defaults(run=_rules)


def _rules(args: argparse.Namespace) -> int:
    from poa.review.catalog import RULES, markdown_table, rule

    if args.rule is not None:
        found = rule(args.rule)
        if found is None:
            known = ", ".join(r.id for r in RULES)
            raise UsageError(f"No rule {args.rule!r}. The rules are: {known}.")
        if args.format == "json":
            print(json.dumps(found.as_json(), indent=2, ensure_ascii=False))
            return EXIT_OK
        applies = {"both": "case files and written plans", "cases": "case files",
                   "plans": "written plans"}[found.applies]  # fmt: skip
        out = [
            f"{found.id} ({found.severity}, {found.area.replace('_', ' ')}; checks {applies})",
            _wrap(found.catches),
            "",
            "Why: " + found.why,
            "Where this comes from: " + (found.source or "how poa itself reads plans") + ".",
            "",
            "Instead of:  " + found.bad,
            "Write:       " + found.good,
        ]
        print("\n".join(_wrap(line) if line.startswith(("Why", "Where")) else line for line in out))
        return EXIT_OK
    if args.format == "json":
        print(json.dumps([r.as_json() for r in RULES], indent=2, ensure_ascii=False))
    elif args.format == "markdown":
        print(markdown_table())
    else:
        for entry in RULES:
            head = f"{entry.id:<3} {entry.severity:<8}"
            sys.stdout.write(
                textwrap.fill(
                    entry.catches, 100, initial_indent=head + " ", subsequent_indent=" " * 13
                )
                + "\n"
            )
        print("\nMore on one rule: poa rules ID")
    return EXIT_OK


def _wrap(text: str) -> str:
    return textwrap.fill(text, 100, subsequent_indent="  ")
