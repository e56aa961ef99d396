"""The Python API (issue 17): every command of the CLI is a documented name in ``poa``, the
export list is one list, and ``help(poa)`` shows it all."""

from __future__ import annotations

import ast
import inspect
import pydoc
from pathlib import Path

import pytest

import poa

SOURCE = Path(poa.__file__)
SAMPLE = Path(__file__).resolve().parent.parent / "samples" / "amazon-late-shipment.yaml"


def test_the_export_list_is_kept_once() -> None:
    """``__all__``, the lazy table and the names mypy sees are the same set."""
    tree = ast.parse(SOURCE.read_text(encoding="utf-8"))
    typed = {
        alias.asname or alias.name
        for node in ast.walk(tree)
        if isinstance(node, ast.If) and getattr(node.test, "id", "") == "TYPE_CHECKING"
        for child in node.body
        if isinstance(child, ast.ImportFrom)
        for alias in child.names
    }
    assert set(poa.__all__) == {"__version__", *poa._EXPORTS} == {"__version__", *typed}
    assert len(poa.__all__) == len(set(poa.__all__))


@pytest.mark.parametrize("name", [n for n in poa.__all__ if n != "__version__"])
def test_every_public_name_loads_and_is_documented(name: str) -> None:
    value = getattr(poa, name)
    if inspect.isclass(value) or inspect.isfunction(value):
        assert (inspect.getdoc(value) or "").strip(), f"poa.{name} has no docstring"


def test_help_shows_the_whole_api() -> None:
    text = pydoc.plain(pydoc.render_doc(poa, renderer=pydoc.TextDoc()))
    missing = [n for n in poa.__all__ if n != "__version__" and n not in text]
    assert not missing, missing


COMMANDS = {
    "check": "review_file",
    "render": "render_reviewed",
    "notice": "read_notice_file",
    "interview --notice": "merge_notice",
    "interview --answers": "run_interview",
    "metrics": "read_reports",
    "schema": "case_schema",
    "banks list": "load_library",
    "banks show": "format_bank",
    "banks validate": "validate_folder",
    "banks example": "example_case",
    "templates list": "TemplateLibrary",
    "templates copy": "copy_template",
    "templates check": "check_templates",
    "rules": "RULES",
    "submitted": "record_submission",
    "outcome": "record_outcome",
    "revise": "revise",
    "history": "attempts_report",
    "calendar": "calendar_bytes",
    "status": "case_statuses",
}


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_each_command_has_its_api_name(command: str) -> None:
    assert COMMANDS[command] in poa.__all__


def test_the_api_does_what_the_commands_do(tmp_path: Path) -> None:
    """A notice merged into a new case, the case reviewed, and a sample rendered to Markdown,
    through the API alone."""
    notice = tmp_path / "notice.txt"
    notice.write_text(
        "From: seller-performance@amazon.com\nDate: 3 November 2026\n\nYour Late Shipment "
        "Rate is 6.2%, above our target of 4%. Order 113-4829106-7730451 shipped late. Send a "
        "plan of action within 17 days.\n",
        encoding="utf-8",
    )
    case = tmp_path / "case.yaml"
    facts = poa.merge_notice(case, notice)
    assert facts.reasons == ["amazon.late_shipment_rate"]
    data = poa.open_case(case).data  # a skeleton: the interview fills in the rest
    assert data["issues"][0]["reason"] == "amazon.late_shipment_rate" and data["notice"]
    report = poa.review_file(SAMPLE)
    assert report.score > 0 and not report.errors
    written = poa.render_case(SAMPLE, tmp_path / "out", formats=["md"])
    assert {p.name for p in written} >= {"poa.md", "channel.md"}
    assert all(p.exists() and p.stat().st_size for p in written)
    assert poa.load_library().get("amazon.late_shipment_rate").id == "amazon.late_shipment_rate"
    assert poa.case_schema()["title"] == "Case"
    # a second call finds the function again, not the package of the same name
    assert poa.review_file(SAMPLE).score == report.score
    assert callable(poa.render_case) and callable(poa.check)


def test_no_public_name_is_also_a_module_of_the_package() -> None:
    """Importing ``poa.x`` sets ``poa.x`` to the module: a function exported under the same
    name would answer only until then (``poa.render`` did)."""
    import pkgutil

    modules = {m.name for m in pkgutil.iter_modules(poa.__path__)}
    assert not [name for name in poa.__all__ if name in modules]
