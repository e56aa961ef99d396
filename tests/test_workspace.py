"""The workspace (issue 17): configuration is settled once, at the boundary, and passed down.

Every command that uses question banks or templates takes ``--banks`` and ``--templates`` and
means the same by them; below the boundary nothing loads banks, looks for template folders or
reads the clock, and the rooms import downward only. The rules are checked on the source.
"""

from __future__ import annotations

import ast
import json
import shutil
from pathlib import Path

import pytest
from ruamel.yaml import YAML

import poa
from poa.cli import main
from poa.errors import EXIT_BAD_INPUT, EXIT_OK
from tests.conftest import ROOT

POA = Path(poa.__file__).parent
SAMPLE = ROOT / "samples" / "amazon-late-shipment.yaml"
NOTICE = """\
Hello,

We have deactivated your selling privileges on Amazon.com because of widget hoarding on your
account.

To reactivate your account, send us a plan of action.
"""


@pytest.fixture
def user(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A user bank folder (``b``: the late-shipment bank as ``amazon.widget_hoarding``), a user
    template folder (``t``: a letter of its own), a notice that cites the reason and a case
    about it, in ``tmp_path``; no $POA_BANKS, $POA_TEMPLATES or config folder of the machine's."""
    monkeypatch.delenv("POA_BANKS", raising=False)
    monkeypatch.delenv("POA_TEMPLATES", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.chdir(tmp_path)
    source = (ROOT / "question_banks" / "amazon" / "late_shipment_rate.yaml").read_text("utf-8")
    lines = []
    for line in source.splitlines():
        if line.startswith("id: "):
            line = "id: amazon.widget_hoarding"
        elif line.startswith("title: "):
            line = "title: Widget hoarding"
        lines.append(line)
    text = "\n".join(lines) + "\n"
    # Only the user's words find it: the late-shipment terms would find the built-in bank too.
    start, end = text.index("notice_phrases:"), text.index("\nquestions:")
    text = text[:start] + "notice_phrases:\n  - widget hoarding\n" + text[end:]
    (tmp_path / "b" / "amazon").mkdir(parents=True)
    (tmp_path / "b" / "amazon" / "widget_hoarding.yaml").write_text(text, "utf-8")
    (tmp_path / "t").mkdir()
    (tmp_path / "t" / "letter.md.j2").write_text(
        "{#- poa-template\nname: letter\nkind: letter\ndescription: The agency's letter.\n"
        "version: 1\n-#}\n# Agency letter\n\nAbout: {{ banks[case.issues[0].reason].title }}\n",
        "utf-8",
    )
    (tmp_path / "n.txt").write_text(NOTICE, "utf-8")
    yaml = YAML()
    data = yaml.load(SAMPLE.read_text("utf-8"))
    data["issues"][0]["reason"] = "amazon.widget_hoarding"
    data["notice"]["text"] = NOTICE
    shutil.copytree(ROOT / "samples" / SAMPLE.stem, tmp_path / SAMPLE.stem)  # its evidence
    with (tmp_path / "case.yaml").open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    return tmp_path


def test_notice_reads_the_users_bank_in_every_form(
    user: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert main(["notice", "n.txt", "--banks", "b"]) == EXIT_OK
    assert "Reason: amazon.widget_hoarding — Widget hoarding" in capsys.readouterr().out
    assert main(["notice", "n.txt", "--banks", "b", "--format", "json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["reasons"] == ["amazon.widget_hoarding"]
    assert main(["notice", "n.txt", "--banks", "b", "-o", "new.yaml"]) == EXIT_OK
    assert "amazon.widget_hoarding" in (user / "new.yaml").read_text("utf-8")
    monkeypatch.setenv("POA_BANKS", str(user / "b"))
    assert main(["notice", "n.txt"]) == EXIT_OK
    assert "Widget hoarding" in capsys.readouterr().out


def test_render_uses_the_users_bank_and_templates(
    user: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["render", "case.yaml", "-o", "out", "-f", "md", "--doc", "poa,letter"]
    assert main([*args, "--banks", "b", "--templates", "t"]) == EXIT_OK, capsys.readouterr()
    letter = (user / "out" / "case" / "letter.md").read_text("utf-8")
    assert letter.startswith("# Agency letter") and "About: Widget hoarding" in letter
    capsys.readouterr()
    # Without the user's bank the review knows no such reason, and nothing is written.
    assert main([*args, "-o", "elsewhere"]) != EXIT_OK
    assert "amazon.widget_hoarding" in capsys.readouterr().err
    assert not (user / "elsewhere").exists()


def test_check_and_interview_use_the_users_bank_and_templates(
    user: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["check", "case.yaml", "--banks", "b", "--templates", "t", "--format", "json"]) in (
        0,
        1,
    )
    rules = {f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]}
    assert "bank" not in rules and "model" not in rules
    main(["check", "case.yaml", "--format", "json"])
    assert "bank" in {f["rule"] for f in json.loads(capsys.readouterr().out)["findings"]}
    replay = ["interview", "again.yaml", "--answers", "case.yaml"]
    assert main([*replay, "--banks", "b", "--templates", "t"]) == EXIT_OK
    assert main(["interview", "from-notice.yaml", "--notice", "n.txt", "--banks", "b",
                 "--answers", "case.yaml"]) == EXIT_OK  # fmt: skip
    assert "Widget hoarding" in capsys.readouterr().out


def test_banks_and_templates_commands_take_the_users_folders(
    user: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["banks", "list", "--banks", "b"]) == EXIT_OK
    assert "amazon.widget_hoarding  Widget hoarding" in capsys.readouterr().out
    assert main(["banks", "show", "amazon.widget_hoarding", "--banks", "b"]) == EXIT_OK
    assert "Widget hoarding" in capsys.readouterr().out
    assert main(["banks", "example", "amazon.widget_hoarding", "--banks", "b"]) == EXIT_OK
    assert "amazon.widget_hoarding" in capsys.readouterr().out
    assert main(["banks", "validate", "b"]) == EXIT_OK
    assert main(["banks", "show", "amazon.widget_hoarding"]) == EXIT_BAD_INPUT
    capsys.readouterr()
    assert main(["templates", "list", "--templates", "t"]) == EXIT_OK
    assert f"[{(user / 't').resolve()}]" in capsys.readouterr().out
    assert main(["templates", "show", "letter", "--templates", "t"]) == EXIT_OK
    assert "# Agency letter" in capsys.readouterr().out
    assert main(["templates", "copy", "poa", "mine", "--templates", "t"]) == EXIT_OK
    check = ["templates", "check", "--templates", "t", "--banks", "b", "--case", "case.yaml"]
    assert main(check) == EXIT_OK, capsys.readouterr()
    assert "ok   letter: 1 case(s)" in capsys.readouterr().out


def test_a_fixed_date_reaches_every_stage(user: Path) -> None:
    """The workspace's today, not the clock, is what "the future" is measured from."""
    import datetime as dt

    from poa.review import review
    from poa.workspace import Workspace

    early = Workspace.load(banks=["b"], today=dt.date(2026, 1, 1))
    late = Workspace.load(banks=["b"], today=dt.date(2030, 1, 1))
    assert not any(f.rule == "model" for f in review("case.yaml", workspace=late).findings)
    found = review("case.yaml", workspace=early).findings
    assert any(f.rule == "model" and "future" in f.message for f in found)


# --- the rules, on the source ----------------------------------------------------------------

BOUNDARY = {
    "poa/cli.py": None,
    "poa/cli_templates.py": None,
    "poa/workspace.py": None,
    # The documented API: a program calling one of these without a workspace is a boundary,
    # and the call builds the workspace once and passes it on.
    "poa/render/__init__.py": "render",
    "poa/render/document.py": "render_markdown",
    "poa/gate.py": "render_reviewed",
    "poa/review/__init__.py": "_workspace",
    "poa/notice/__init__.py": "_workspace",
    "poa/interview/session.py": "run_interview",
    "poa/interview/replay.py": "merge_notice",
    "poa/metrics/__init__.py": "read_reports",
}
"""Where a workspace may be built: the command line, and each API entry point (function)."""

CLOCK_ALLOWED = {
    "poa/workspace.py": "the workspace's today",
    "poa/caselock.py": "the time a lock was taken, shown to a second writer; not a date rule",
    "poa/model/case.py": "Case.problems when a caller names no date (the review passes one)",
    "poa/casefile.py": "CaseFile.validate when a caller names no date (the review passes one)",
}


def _modules() -> list[tuple[str, ast.Module]]:
    return [
        (path.relative_to(POA.parent).as_posix(), ast.parse(path.read_text("utf-8")))
        for path in sorted(POA.rglob("*.py"))
    ]


def _imported(tree: ast.Module) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(tree):  # inside functions too: a lazy import is still an arrow
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
            names |= {f"{node.module}.{alias.name}" for alias in node.names}
    return names


def _calls(tree: ast.Module) -> list[tuple[str, str | None, int]]:
    """(called name, the function it is called in, line) for every call."""
    found: list[tuple[str, str | None, int]] = []

    def visit(node: ast.AST, function: str | None) -> None:
        for child in ast.iter_child_nodes(node):
            inside = function
            if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef):
                inside = function or child.name  # the outermost function names the place
            if isinstance(child, ast.Call):
                name = ast.unparse(child.func)
                found.append((name, inside, child.lineno))
            visit(child, inside)

    visit(tree, None)
    return found


def test_the_banks_import_nothing_of_rendering_and_shared_helpers_live_at_the_bottom() -> None:
    offenders = []
    for name, tree in _modules():
        imported = _imported(tree)
        if name.startswith("poa/banks/") and any(m.startswith("poa.render") for m in imported):
            offenders.append(f"{name} imports poa.render")
        if name.startswith(("poa/interview/", "poa/notice/")) and any(
            m.startswith(("poa.render", "poa.gate")) for m in imported
        ):
            offenders.append(f"{name} imports rendering")
        if name == "poa/common.py" and any(m.startswith("poa") for m in imported):
            offenders.append("poa/common.py imports poa: it is the bottom")
    assert not offenders


def test_configuration_is_loaded_only_at_the_boundary() -> None:
    """``load_library(`` only where the workspace is built; a workspace only at the command
    line and in the API's entry points; template folders only from a workspace; the clock
    only where it is listed (with why)."""
    offenders = []
    for name, tree in _modules():
        for called, function, line in _calls(tree):
            where = f"{name}:{line} ({function})"
            short = called.rsplit(".", 1)[-1]
            if short == "load_library" and name not in {"poa/workspace.py", "poa/banks/library.py"}:
                offenders.append(f"{where}: load_library")
            if called.endswith("Workspace.load") and name not in BOUNDARY:
                offenders.append(f"{where}: builds a workspace below the boundary")
            if called.endswith("Workspace.load") and BOUNDARY.get(name) not in (None, function):
                offenders.append(f"{where}: builds a workspace outside {BOUNDARY[name]}")
            if short in {"template_search_path", "user_folder"} and not name.startswith(
                ("poa/workspace.py", "poa/cli")
            ):
                offenders.append(f"{where}: looks for template folders")
            if called.endswith(("date.today", "datetime.now")) and name not in CLOCK_ALLOWED:
                offenders.append(f"{where}: reads the clock")
            boundary = name == "poa/workspace.py" or name.startswith("poa/cli")  # NO_COLOR
            if not boundary and called in {"os.environ.get", "os.getenv"}:
                offenders.append(f"{where}: reads the environment")
    assert not offenders, offenders


def test_the_appeal_and_status_commands_use_the_users_bank(
    user: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``poa status``, ``calendar``, ``submitted`` and ``history`` on a case about a reason only
    the user's bank has: with ``--banks`` each reads it; without, status says the reason is
    unknown rather than inventing one."""
    assert main(["calendar", "case.yaml", "-o", "a.ics", "--banks", "b"]) == EXIT_OK
    assert b"BEGIN:VCALENDAR" in (user / "a.ics").read_bytes()
    assert main(["submitted", "case.yaml", "--on", "2026-11-19", "--banks", "b"]) == EXIT_OK
    assert main(["history", "case.yaml"]) == EXIT_OK
    capsys.readouterr()
    assert main(["status", ".", "--format", "json", "--banks", "b"]) in (EXIT_OK, 1)
    (with_bank,) = json.loads(capsys.readouterr().out)
    assert with_bank["reasons"] == ["amazon.widget_hoarding"] and with_bank["errors"] == 0
    # Without the user's bank the review knows no such reason: an error, so not ready.
    assert main(["status", ".", "--format", "json"]) in (EXIT_OK, 1)
    (without,) = json.loads(capsys.readouterr().out)
    assert without["errors"] >= 1 and without["verdict"] == "not ready"
