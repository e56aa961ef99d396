"""The documentation site (issue 17): it builds in strict mode with nothing fetched, and its
reference pages, generated from the code, hold every command, field, rule and API name.

The site is built by mkdocs (mkdocs.yml); scripts/docs_hooks.py writes the reference pages.
"""

from __future__ import annotations

import argparse
import doctest
import importlib.util
import os
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
from ruamel.yaml import YAML

import poa
from poa.cli import build_parser
from poa.review.catalog import RULES
from tests.conftest import ROOT


def _hooks() -> ModuleType:
    """scripts/docs_hooks.py, loaded from its file as mkdocs loads it."""
    spec = importlib.util.spec_from_file_location("docs_hooks", ROOT / "scripts" / "docs_hooks.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


hooks = _hooks()


@pytest.mark.slow
def test_the_site_builds_in_strict_mode_with_nothing_fetched(tmp_path: Path) -> None:
    site = tmp_path / "site"
    env = {**os.environ, "PYTHONPATH": str(ROOT), "NO_MKDOCS_2_WARNING": "1"}
    built = subprocess.run(
        [
            sys.executable,
            "-m",
            "mkdocs",
            "build",
            "--strict",
            "-f",
            ROOT / "mkdocs.yml",
            "-d",
            site,
        ],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert built.returncode == 0, built.stderr[-3000:]
    assert "WARNING" not in built.stderr, built.stderr
    pages = {p.relative_to(site).as_posix(): p.read_text("utf-8") for p in site.rglob("*.html")}
    # The README's sections are included, not copied: the getting-started page holds them.
    assert "make demo" in pages["getting-started.html"]
    assert "--8&lt;--" not in pages["getting-started.html"]
    assert "review_file" in pages["python.html"]
    # The generated pages and markers are filled.
    for name in ("case-file", "cli", "rules", "api", "bank-fields"):
        assert f"reference/{name}.html" in pages
    assert "channel-amazon" in pages["templates.html"]
    assert 'href="reference/rules.html#r1"' in pages["sources.html"]
    # Nothing is loaded from elsewhere when a page is opened: no fonts, scripts or styles.
    for name, html in pages.items():
        outside = re.findall(r'<(?:link|script)[^>]+(?:href|src)="(https?:[^"]+)"', html)
        assert not outside, (name, outside)


def test_the_rule_reference_has_every_rule_with_its_examples() -> None:
    page = hooks.rules_page()
    for rule in RULES:
        section = page.split(f"\n## {rule.id}\n", 1)[1].split("\n## ", 1)[0]
        assert hooks.plain(rule.bad) in section and hooks.plain(rule.good) in section
        assert hooks.plain(rule.why) in section
        for source in rule.sources:
            assert f"(../sources.md#{hooks.SOURCE_ANCHORS[source]})" in section


def test_every_rule_source_has_its_section_on_the_sources_page() -> None:
    sources = (ROOT / "docs" / "sources.md").read_text("utf-8")
    named = {source for rule in RULES for source in rule.sources}
    assert named == set(hooks.SOURCE_ANCHORS)
    for anchor in hooks.SOURCE_ANCHORS.values():
        assert f"{{#{anchor}}}" in sources, anchor


def _source_keys(node: Any) -> set[str]:
    if isinstance(node, dict):
        found = {str(k) for k in node.get("sources", []) if isinstance(node.get("sources"), list)}
        return found.union(*(_source_keys(v) for k, v in node.items() if k != "sources"))
    if isinstance(node, list):
        return set().union(*(_source_keys(v) for v in node))
    return set()


def test_every_source_key_the_banks_cite_is_in_the_register() -> None:
    """A key `poa banks show` prints leads to a row of the register in docs/sources.md."""
    register = (ROOT / "docs" / "sources.md").read_text("utf-8").split("## The source register")[1]
    rows = set(re.findall(r"^\| ([A-Z][\w-]*) \|", register, re.M))
    cited: set[str] = set()
    for path in (ROOT / "question_banks").rglob("*.yaml"):
        cited |= _source_keys(YAML(typ="safe").load(path.read_text("utf-8")))
    assert len(cited) > 100
    assert cited <= rows, sorted(cited - rows)


def test_the_command_reference_has_every_command_and_option() -> None:
    page = hooks.cli_page()

    def walk(parser: Any, name: str) -> None:
        assert f"# {name}\n" in page, name
        for action in parser._actions:
            if isinstance(action, argparse._HelpAction):
                continue
            for option in action.option_strings:
                assert f"`{option}" in page, (name, option)
            if hasattr(action, "choices") and isinstance(action.choices, dict):
                for sub_name, sub in action.choices.items():
                    walk(sub, f"{name} {sub_name}")

    walk(build_parser(), "poa")


def test_the_case_file_reference_has_every_field() -> None:
    schema = poa.case_schema()
    page = hooks.case_file_page()
    for part in [schema, *schema["$defs"].values()]:
        for field, prop in part.get("properties", {}).items():
            assert f"| `{field}` |" in page, field
            if prop.get("description"):
                assert hooks.plain(prop["description"].strip()) in page


def test_the_api_reference_has_every_public_name_with_its_own_docstring() -> None:
    """Each name is documented by its own docstring, not one inherited from a base class."""
    page = hooks.api_page()
    for name in poa.__all__:
        assert f"\n## poa.{name}\n" in page
        if name not in hooks.CONSTANTS:
            doc = hooks._own_doc(getattr(poa, name))
            assert doc, f"poa.{name} has no docstring of its own"
            assert hooks.docstring_markdown(doc) in page


def test_a_marker_with_no_piece_is_an_error() -> None:
    assert "| `poa` |" in hooks.fill_markers("<!-- generated: builtin-templates -->")
    with pytest.raises(KeyError):
        hooks.fill_markers("<!-- generated: nothing-by-this-name -->")


def test_the_examples_in_the_generator_run() -> None:
    result = doctest.testmod(hooks, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0 and result.attempted >= 3
