"""The pages of the documentation site that are generated from the code, never written by hand.

mkdocs loads this file as a hook (``hooks:`` in mkdocs.yml). ``on_files`` adds the reference
pages (the case file from the model's JSON Schema, the command line from poa's argparse parsers,
the review rules from ``poa.review.catalog.RULES``, the Python API from ``poa.__all__`` and the
bank fields from the bank model) as files that exist only in the build; ``on_page_markdown``
fills the ``<!-- generated: NAME -->`` markers of hand-written pages (the built-in templates,
the rules that rest on each source). tests/test_docs.py calls the same functions.
"""

from __future__ import annotations

import argparse
import functools
import inspect
import re
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mkdocs.config.defaults import MkDocsConfig
    from mkdocs.structure.files import Files
    from mkdocs.structure.pages import Page

GENERATED_NOTE = (
    "!!! note\n    This page is generated from {what} each time the site is built; "
    "change that, not the page.\n"
)

SOURCE_ANCHORS = {
    "Amazon's Seller Central help on writing a plan of action": "amazon-help",
    "the wording of Amazon's notices and appeal rejections": "amazon-notices",
    "appeal consultants and seller lawyers who publish their practice": "practice",
    "an open-source plan-of-action checker's rubric": "open-source-rubric",
    "Amazon staff guidance on invoices": "invoice-guidance",
    "Etsy's guidance on appeals": "etsy-appeals",
    "a TikTok Shop seller-tools vendor's notes on form limits": "form-limits",
}
"""Each source a rule names (``Rule.sources``) and its section of docs/sources.md."""

APPLIES = {"both": "case files and written plans", "cases": "case files", "plans": "written plans"}


# --- mkdocs hooks ---------------------------------------------------------------------------


def on_files(files: Files, config: MkDocsConfig) -> Files:
    """Add the generated reference pages to the build (they are never written to docs/)."""
    from mkdocs.structure.files import File

    for uri, make in PAGES.items():
        files.append(File.generated(config, uri, content=make()))
    return files


def on_page_markdown(markdown: str, page: Page, config: MkDocsConfig, files: Files) -> str:
    """Fill each ``<!-- generated: NAME -->`` marker of a hand-written page."""
    return fill_markers(markdown)


def fill_markers(markdown: str) -> str:
    """The page with every ``<!-- generated: NAME -->`` replaced by that piece; an unknown name
    is an error (a marker that silently stays empty would hide a missing table)."""

    def piece(match: re.Match[str]) -> str:
        name = match.group(1)
        if name not in PIECES:
            raise KeyError(f"no generated piece {name!r}; known: {', '.join(sorted(PIECES))}")
        return PIECES[name]()

    return re.sub(r"<!-- generated: ([a-z-]+) -->", piece, markdown)


# --- JSON Schema to Markdown ----------------------------------------------------------------


def schema_reference(schema: dict[str, Any]) -> str:
    """Every object of ``schema`` as a section with a table of its fields, in the order a
    reader meets them (the top object first, then each part where it is first used)."""
    defs: dict[str, Any] = schema.get("$defs", {})
    out: list[str] = []
    for name, part in _objects_in_order(schema, defs):
        out += [f"## {name}", ""]
        if part.get("description"):
            out += [plain(part["description"].strip()), ""]
        out += _field_table(part, defs)
    return "\n".join(out)


def _objects_in_order(
    schema: dict[str, Any], defs: dict[str, Any]
) -> Iterator[tuple[str, dict[str, Any]]]:
    seen: set[str] = set()
    queue: list[tuple[str, dict[str, Any]]] = [(schema.get("title", "top"), schema)]
    while queue:
        name, part = queue.pop(0)
        if name in seen:
            continue
        seen.add(name)
        yield name, part
        for prop in part.get("properties", {}).values():
            for ref in _refs(prop):
                if ref not in seen:
                    queue.append((ref, defs[ref]))


def _refs(prop: Any) -> Iterator[str]:
    """Every ``$ref`` inside one property, wherever it is nested."""
    if isinstance(prop, dict):
        for key, value in prop.items():
            if key == "$ref":
                yield str(value).rsplit("/", 1)[-1]
            else:
                yield from _refs(value)
    elif isinstance(prop, list):
        for value in prop:
            yield from _refs(value)


def _field_table(part: dict[str, Any], defs: dict[str, Any]) -> list[str]:
    properties: dict[str, Any] = part.get("properties", {})
    if not properties:
        return [f"A {schema_type(part)}.", ""]
    required = set(part.get("required", []))
    rows = ["| field | type | required | what it holds |", "|---|---|---|---|"]
    for field, prop in properties.items():
        words = [plain(prop.get("description", "").strip())]
        if prop.get("default") not in (None, [], {}, ""):
            words.append(f"Default: `{prop['default']}`.")
        rows.append(
            f"| `{field}` | {schema_type(prop)} | {'yes' if field in required else ''} | "
            f"{_cell(' '.join(w for w in words if w))} |"
        )
    if part.get("additionalProperties") is False:
        rows += ["", "Any other key is an error."]
    return [*rows, ""]


def schema_type(prop: dict[str, Any]) -> str:
    """A property's type in words, linking to the section of a part it refers to.

    >>> schema_type({"type": "array", "items": {"$ref": "#/$defs/Issue"}})
    'list of [Issue](#issue)'
    >>> schema_type({"anyOf": [{"type": "string", "format": "date"}, {"type": "null"}]})
    'date (YYYY-MM-DD)'
    """
    if "$ref" in prop:
        name = str(prop["$ref"]).rsplit("/", 1)[-1]
        return f"[{name}](#{name.lower()})"
    if "anyOf" in prop:
        kinds = [schema_type(p) for p in prop["anyOf"] if p.get("type") != "null"]
        return " or ".join(dict.fromkeys(kinds))
    if "enum" in prop:
        return "one of " + ", ".join(f"`{value}`" for value in prop["enum"])
    if "const" in prop:
        return f"`{prop['const']}`"
    kind = prop.get("type")
    if kind == "array":
        return "list of " + schema_type(prop.get("items", {}))
    if kind == "object":
        values = prop.get("additionalProperties")
        return "mapping to " + schema_type(values) if isinstance(values, dict) else "mapping"
    if kind == "string" and prop.get("format") == "date":
        return "date (YYYY-MM-DD)"
    if kind == "string" and "pattern" in prop:
        return "text"
    return {"string": "text", "integer": "whole number", "number": "number"}.get(
        str(kind), str(kind or "any value")
    )


def _cell(text: str) -> str:
    """Text that stays inside one table cell."""
    return text.replace("|", "\\|").replace("\n", " ")


def plain(text: str) -> str:
    r"""Text that Markdown shows as it is: ``<document>``, ``*.yaml`` and ``per_order`` are
    not taken for a tag, emphasis or a link (code between backticks is left alone).

    >>> print(plain("OUT/<case name>/*.md, [Your Name], `per_order`"))
    OUT/&lt;case name&gt;/\*.md, \[Your Name\], `per_order`
    """
    parts = re.split(r"(`[^`]*`)", text)
    for index in range(0, len(parts), 2):
        escaped = parts[index].replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        parts[index] = re.sub(r"([*_\[\]])", r"\\\1", escaped)
    return "".join(parts)


# --- pages ----------------------------------------------------------------------------------


def case_file_page() -> str:
    import poa

    return "\n".join(
        [
            "# Case file fields",
            "",
            GENERATED_NOTE.format(what="the Case model's JSON Schema (`poa schema`)"),
            "A case file is YAML with these fields; [The case file](../case-file.md) shows a "
            "whole one and how it is checked. `poa schema` prints the same schema as JSON, "
            "for editors that complete and check the file as you type.",
            "",
            schema_reference(poa.case_schema()),
        ]
    )


def bank_fields_page() -> str:
    from poa.banks.schema import Bank

    return "\n".join(
        [
            "# Bank fields",
            "",
            GENERATED_NOTE.format(what="the bank model (`poa.banks.schema.Bank`)"),
            "Every key a question bank may have; [Question banks](../banks.md) explains how "
            "a bank is used and how to write your own.",
            "",
            schema_reference(Bank.model_json_schema()),
        ]
    )


def cli_page() -> str:
    from poa.cli import build_parser

    out = [
        "# Command line",
        "",
        GENERATED_NOTE.format(what="poa's own argument parsers (`poa.cli.build_parser()`)"),
    ]
    out += _command(build_parser(), "poa", 2)
    return "\n".join(out)


def _command(parser: argparse.ArgumentParser, name: str, level: int) -> list[str]:
    out = [f"{'#' * level} {name}", ""]
    if parser.description:
        description = parser.description.strip()
        out += [f"```text\n{description}\n```" if "\n" in description else plain(description), ""]
    usage = _formatter(parser)
    usage.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups)
    out += ["```text", usage.format_help().strip(), "```", ""]
    rows = [
        f"| {_cell(_invocation(action))} | {_cell(_help(parser, action))} |"
        for action in parser._actions
        if not isinstance(action, argparse._HelpAction | argparse._SubParsersAction)
    ]
    if rows:
        out += ["| argument | what it does |", "|---|---|", *rows, ""]
    if parser.epilog:
        out += ["```text", parser.epilog.strip(), "```", ""]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub_name, sub in action.choices.items():
                out += _command(sub, f"{name} {sub_name}", min(level + 1, 4))
    return out


def _formatter(parser: argparse.ArgumentParser) -> argparse.HelpFormatter:
    """A formatter of a fixed width, so the page does not depend on the terminal's."""
    return argparse.HelpFormatter(parser.prog, width=88)


def _invocation(action: argparse.Action) -> str:
    if not action.option_strings:
        return f"`{action.metavar or action.dest}`"
    metavar = ""
    if action.nargs != 0:
        metavar = " " + str(action.metavar or action.dest.upper())
    return ", ".join(f"`{option}{metavar}`" for option in action.option_strings)


def _help(parser: argparse.ArgumentParser, action: argparse.Action) -> str:
    text = plain(_formatter(parser)._expand_help(action)) if action.help else ""
    if action.choices is not None and not isinstance(action.choices, dict):
        choices = ", ".join(f"`{choice}`" for choice in action.choices)
        text += f" (one of {choices})"
    return text


def rules_page() -> str:
    from poa.review.catalog import RULES

    out = [
        "# Review rules",
        "",
        GENERATED_NOTE.format(what="the rule table (`poa.review.catalog.RULES`)"),
        "Every finding of `poa check` names its rule; `poa rules ID` prints the same "
        "explanation at the terminal. An *error* means the plan is not ready to send; a "
        "*warning* costs points; an *info* is advice. Where the guidance comes from is "
        "summarised in [Sources behind the rules](../sources.md).",
        "",
        "| rule | severity | checks | what it catches |",
        "|---|---|---|---|",
    ]
    out += [
        f"| [{r.id}](#{r.id.lower()}) | {r.severity} | {APPLIES[r.applies]} | "
        f"{_cell(plain(r.catches))} |"
        for r in RULES
    ]
    out.append("")
    for rule in RULES:
        sources = "; ".join(
            f"[{source}](../sources.md#{SOURCE_ANCHORS[source]})" for source in rule.sources
        )
        out += [
            f"## {rule.id}",
            "",
            f"**{rule.severity}** · {rule.area.replace('_', ' ')} · checks {APPLIES[rule.applies]}",
            "",
            plain(rule.catches),
            "",
            f"**Why.** {plain(rule.why)}",
            "",
            f"**Where this comes from:** {sources or 'how poa itself reads plans'}.",
            "",
            '!!! failure "Instead of"',
            f"    {plain(rule.bad)}",
            "",
            '!!! success "Write"',
            f"    {plain(rule.good)}",
            "",
        ]
    return "\n".join(out)


# --- the Python API -------------------------------------------------------------------------

CONSTANTS = {
    "__version__": "The version of poa, as `poa --version` prints it.",
    "SCHEMA_VERSION": "The case file format this poa writes (`schema_version:` at the top of "
    "a case file).",
    "RULES": "Every rule of the review, as `poa rules` lists them: each with its id, severity, "
    "area, what it catches, why, its sources and a bad and a good example. The "
    "[rule reference](rules.md) is generated from it.",
}
"""What the names in ``poa.__all__`` that are values, not functions or classes, hold."""


def api_page() -> str:
    import poa

    out = [
        "# Python API",
        "",
        GENERATED_NOTE.format(what="the names in `poa.__all__` and their docstrings"),
        "Every command of the command line has its function here; "
        "[From Python](../python.md) shows them at work.",
        "",
    ]
    for name in poa.__all__:
        out += _api_entry(name, getattr(poa, name))
    return "\n".join(out)


def _api_entry(name: str, obj: Any) -> list[str]:
    import pydantic

    if name in CONSTANTS:
        return [f"## poa.{name}", "", CONSTANTS[name], ""]
    out = [f"## poa.{name}", ""]
    is_model = inspect.isclass(obj) and issubclass(obj, pydantic.BaseModel)
    if not is_model:
        out += ["```python", _signature(name, obj), "```", ""]
    out += [docstring_markdown(_own_doc(obj)), ""]
    if is_model:
        out += [
            f"Its fields: [{obj.__name__}](case-file.md#{obj.__name__.lower()}) in the case "
            "file reference.",
            "",
        ]
    if inspect.isclass(obj):
        for member, function, is_property in _members(obj):
            out += [f"### {name}.{member}", ""]
            if not is_property:
                out += ["```python", _signature(member, function), "```", ""]
            out += [docstring_markdown(_own_doc(function)), ""]
    return out


def _members(cls: type) -> Iterator[tuple[str, Any, bool]]:
    """The documented public methods and properties a class defines itself: (name, function,
    whether it is a property)."""
    for member, raw in vars(cls).items():
        if member.startswith(("_", "model_")):
            continue
        if isinstance(raw, property):
            function, is_property = raw.fget, True
        elif isinstance(raw, functools.cached_property):
            function, is_property = raw.func, True
        elif isinstance(raw, classmethod | staticmethod):
            function, is_property = raw.__func__, False
        elif inspect.isfunction(raw):
            function, is_property = raw, False
        else:
            continue
        if function is not None and _own_doc(function):
            yield member, function, is_property


def _own_doc(obj: Any) -> str:
    """The object's own docstring (a class inherits none from its base here)."""
    doc = obj.__dict__.get("__doc__") if inspect.isclass(obj) else getattr(obj, "__doc__", None)
    return inspect.cleandoc(doc) if isinstance(doc, str) else ""


def _signature(name: str, obj: Callable[..., Any]) -> str:
    try:
        signature = inspect.signature(obj)
    except (TypeError, ValueError):
        return f"{name}(...)"
    params = [str(p).replace("'", "") for p in signature.parameters.values()]
    if params and params[0] in ("self", "cls"):
        params = params[1:]
    returns = signature.return_annotation
    tail = "" if returns is inspect.Signature.empty else f" -> {str(returns).strip(chr(39))}"
    one_line = f"{name}({', '.join(params)}){tail}"
    if len(one_line) <= 88:
        return one_line
    return f"{name}(\n" + "".join(f"    {p},\n" for p in params) + f"){tail}"


def docstring_markdown(doc: str) -> str:
    """A docstring as Markdown: Sphinx roles become code, an example after ``::`` and a
    doctest (``>>>``) become code blocks.

    >>> print(docstring_markdown("Call :func:`load` first::\\n\\n    load(x)\\n\\nDone."))
    Call `load` first:
    <BLANKLINE>
    ```python
    load(x)
    ```
    <BLANKLINE>
    Done.
    """
    doc = re.sub(r":(?:func|class|meth|data|attr|mod|exc):`~?([^`]+)`", r"`\1`", doc)
    out: list[str] = []
    lines = doc.splitlines()
    index = 0
    while index < len(lines):
        line = lines[index]
        if line.rstrip().endswith("::"):
            out += [line.rstrip()[:-1], ""]
            index += 1
            block: list[str] = []
            while index < len(lines) and (not lines[index].strip() or lines[index][:1] == " "):
                block.append(lines[index])
                index += 1
            out += ["```python", *textwrap_dedent(block), "```", ""]
            continue
        if line.lstrip().startswith(">>>"):
            block = []
            while index < len(lines) and lines[index].strip():
                block.append(lines[index])
                index += 1
            out += ["```pycon", *textwrap_dedent(block), "```"]
            continue
        out.append(line)
        index += 1
    return "\n".join(out).strip()


def textwrap_dedent(block: list[str]) -> list[str]:
    """The lines of a block, without their common indent and the blank lines around them."""
    import textwrap

    text = textwrap.dedent("\n".join(block)).strip("\n")
    return text.splitlines()


# --- pieces of hand-written pages -----------------------------------------------------------


def builtin_templates_table() -> str:
    from poa.render.catalog import Library

    rows = ["| template | kind | marketplaces | what it is |", "|---|---|---|---|"]
    for entry in Library(()).describe():
        places = ", ".join(entry["marketplaces"]) or "every one"
        what = _cell(plain(entry["description"]))
        rows.append(f"| `{entry['name']}` | {entry['kind']} | {places} | {what} |")
    return "\n".join(rows)


def rules_by_source() -> str:
    """For each source, the rules that rest on it (a definition list for docs/sources.md)."""
    from poa.review.catalog import RULES

    out = []
    for source, anchor in SOURCE_ANCHORS.items():
        ids = [f"[{r.id}](reference/rules.md#{r.id.lower()})" for r in RULES if source in r.sources]
        out += [f"[{source}](#{anchor})", f":   {', '.join(ids) or 'no rule'}", ""]
    return "\n".join(out)


PAGES: dict[str, Callable[[], str]] = {
    "reference/case-file.md": case_file_page,
    "reference/cli.md": cli_page,
    "reference/rules.md": rules_page,
    "reference/api.md": api_page,
    "reference/bank-fields.md": bank_fields_page,
}
"""The generated pages: their path in the site and what writes them."""

PIECES: dict[str, Callable[[], str]] = {
    "builtin-templates": builtin_templates_table,
    "rules-by-source": rules_by_source,
}
"""What the ``<!-- generated: NAME -->`` markers of hand-written pages are replaced with."""
