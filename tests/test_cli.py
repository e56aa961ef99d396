"""The command line: exit codes, one readable message per error, and no traceback for the user."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import poa
from poa.cli import main
from poa.errors import EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK
from tests.conftest import ROOT, WriteCase, minimal_case
from tests.extract import docx_text

FIXTURES = Path(__file__).resolve().parent / "fixtures"


@pytest.fixture
def sound_case(tmp_path: Path) -> Path:
    """A copy of a sound case with its evidence file, in a folder of its own."""
    folder = tmp_path / "valid-with-evidence"
    shutil.copytree(FIXTURES / "valid-with-evidence", folder)
    return folder / "case.yaml"


def run(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    """``python -m poa ARGS`` in a real process, as a seller's terminal runs it."""
    return subprocess.run(
        [sys.executable, "-m", "poa", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def line_with(path: Path, needle: str) -> int:
    found = [n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if needle in line]
    assert len(found) == 1, f"{needle!r} is on lines {found}"
    return found[0]


# --- poa check -------------------------------------------------------------------------------


def test_check_sound_case(sound_case: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["check", str(sound_case)])

    out, err = capsys.readouterr()
    assert code == EXIT_OK  # warnings and infos only: the review passes
    last = out.splitlines()[-1]
    assert last.startswith(f"{sound_case}: the case is complete and consistent. Score ")
    assert " error" not in last
    assert err == ""


def test_check_prints_every_problem(
    write_case: WriteCase, capsys: pytest.CaptureFixture[str]
) -> None:
    data: dict[str, Any] = minimal_case()
    data["notice"]["deadline"] = "2026-10-30"
    data["issues"][0]["reason"] = "walmart.on_time_delivery"
    data["issues"][0]["order_ids"].append("112-483920-5562814")
    path = write_case(data)

    code = main(["check", str(path)])

    out, err = capsys.readouterr()
    assert code == EXIT_FINDINGS
    shape = re.compile(rf"{re.escape(str(path))}:(\d+): (\S+): (.+)")
    printed = {}
    for line in out.splitlines():
        match = shape.fullmatch(line)
        assert match, line
        printed[match[2]] = (int(match[1]), match[3])
    assert printed.keys() == {"notice.deadline", "issues[0].reason", "issues[0].order_ids[1]"}
    assert printed["notice.deadline"] == (
        line_with(path, "deadline:"),
        "the deadline is before the day the notice was received",
    )
    assert printed["issues[0].reason"][0] == line_with(path, "reason:")
    assert printed["issues[0].order_ids[1]"][0] == line_with(path, "- 112-483920-5562814")
    assert "3-7-7" in printed["issues[0].order_ids[1]"][1]
    assert err == f"3 problems found in {path}.\n"


def test_check_reports_a_misspelt_key_as_a_problem(
    write_case: WriteCase, capsys: pytest.CaptureFixture[str]
) -> None:
    data: dict[str, Any] = minimal_case()
    data["seller"]["contact_emial"] = "accounts@example.com"
    path = write_case(data)

    code = main(["check", str(path)])

    out, err = capsys.readouterr()
    assert code == EXIT_FINDINGS
    assert out == (
        f"{path}:{line_with(path, 'contact_emial')}: seller.contact_emial: "
        "unknown key 'contact_emial'; did you mean 'contact_email'?\n"
    )
    assert err == f"1 problem found in {path}.\n"


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(None, "no such case file", id="missing"),
        pytest.param(b"\x00\x01\x02binary", "is a binary file", id="binary"),
        pytest.param("a: [1, 2\n", "not valid YAML", id="not-yaml"),
        pytest.param("schema_version: 99\n", "written by a newer poa", id="newer-schema"),
    ],
)
def test_check_unreadable_case(
    write_case: WriteCase,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    content: str | bytes | None,
    message: str,
) -> None:
    path = tmp_path / "case.yaml" if content is None else write_case(content)

    code = main(["check", str(path)])

    out, err = capsys.readouterr()
    assert code == EXIT_BAD_INPUT
    assert out == ""
    assert err.startswith(f"poa: {path}")
    assert message in err
    assert "Traceback" not in err


def test_check_without_a_case_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as caught:
        main(["check"])

    assert caught.value.code == EXIT_BAD_INPUT
    assert "the following arguments are required: FILE" in capsys.readouterr().err


# --- poa render ------------------------------------------------------------------------------


def test_render_markdown_and_docx(
    sound_case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out_dir = tmp_path / "out"

    args = ["render", str(sound_case), "-o", str(out_dir), "--format", "md,docx", "--doc", "poa"]
    code = main(args)

    out, err = capsys.readouterr()
    assert code == EXIT_OK, err
    md, docx = out_dir / "case" / "poa.md", out_dir / "case" / "poa.docx"
    assert out.splitlines() == [str(md), str(docx)]
    title = "Late Shipment Rate of 7.2 % against a target of under 4 %"
    measure = "Every label is bought through Buy Shipping, which confirms the shipment at once."
    markdown = md.read_text("utf-8")
    assert title in markdown
    assert measure in markdown
    assert "Packing and shipping procedure, version 2" in markdown
    document = docx_text(docx)
    assert title in document
    assert measure in document


def test_render_refuses_a_case_with_problems(
    write_case: WriteCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    data: dict[str, Any] = minimal_case()
    data["notice"]["deadline"] = "2026-10-30"
    path = write_case(data)

    code = main(["render", str(path), "-o", str(tmp_path / "out"), "--format", "md"])

    err = capsys.readouterr().err
    assert code == EXIT_BAD_INPUT
    assert err.splitlines() == [
        f"poa: {path} has 1 problem:",
        f"  {path}:{line_with(path, 'deadline:')}: notice.deadline: "
        "the deadline is before the day the notice was received",
    ]
    assert not (tmp_path / "out" / "case" / "poa.md").exists()


def test_render_to_a_folder_below_a_regular_file(
    sound_case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # A regular file in the way stops writes even for root, unlike permissions.
    blocker = tmp_path / "notes.txt"
    blocker.write_text("not a folder\n", encoding="utf-8")

    code = main(["render", str(sound_case), "-o", str(blocker / "out"), "--format", "md"])

    out, err = capsys.readouterr()
    assert code == EXIT_BAD_INPUT
    assert out == ""
    assert err.startswith(f"poa: Cannot create the output folder {blocker / 'out' / 'case'}: ")
    assert err.endswith(" Choose another folder with -o.\n")
    assert "Traceback" not in err
    assert blocker.read_text(encoding="utf-8") == "not a folder\n"


@pytest.mark.parametrize("formats", ["md,xls", "pdf,html", ",,"])
def test_render_unknown_format(
    sound_case: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], formats: str
) -> None:
    out_dir = tmp_path / "out"

    code = main(["render", str(sound_case), "-o", str(out_dir), "--format", formats])

    out, err = capsys.readouterr()
    assert code == EXIT_BAD_INPUT
    assert out == ""
    unknown = ", ".join(f for f in formats.split(",") if f and f not in {"md", "pdf"}) or "(none)"
    assert err == (
        f"poa: Unknown format {unknown}: choose from md,docx,pdf, e.g. --format md,docx,pdf\n"
    )
    assert not out_dir.exists()


# --- poa schema ------------------------------------------------------------------------------


def test_schema_describes_the_case_file(capsys: pytest.CaptureFixture[str]) -> None:
    code = main(["schema"])

    assert code == EXIT_OK
    schema = json.loads(capsys.readouterr().out)
    properties = schema["properties"]
    assert {"schema_version", "marketplace", "seller", "notice", "issues"} <= properties.keys()
    assert set(schema["required"]) >= {
        "schema_version",
        "marketplace",
        "seller",
        "notice",
        "issues",
    }
    assert properties["marketplace"]["enum"] == ["amazon", "walmart", "ebay", "tiktok", "etsy"]

    ref = properties["issues"]["items"]["$ref"]
    assert ref == "#/$defs/Issue"
    issue = schema["$defs"]["Issue"]
    assert {"root_causes", "corrective_actions", "preventive_measures"} <= issue[
        "properties"
    ].keys()
    measure_ref = issue["properties"]["preventive_measures"]["items"]["$ref"]
    measure = schema["$defs"][measure_ref.rsplit("/", 1)[1]]
    assert set(measure["required"]) == {"measure", "owner", "cadence", "started_on"}


def test_schema_to_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "case.schema.json"

    assert main(["schema", "-o", str(target)]) == EXIT_OK
    assert capsys.readouterr().out == ""

    assert main(["schema"]) == EXIT_OK
    assert json.loads(target.read_text("utf-8")) == json.loads(capsys.readouterr().out)


# --- poa itself ------------------------------------------------------------------------------


def test_no_command_shows_the_commands_and_exits_2(capsys: pytest.CaptureFixture[str]) -> None:
    code = main([])

    captured = capsys.readouterr()
    out = captured.err  # the help goes to stderr: the command failed
    assert captured.out == ""
    assert code == EXIT_BAD_INPUT
    assert out.startswith("usage: poa ")
    for command in ("render", "check", "schema"):
        assert re.search(rf"^\s+{command}\s+\S", out, re.MULTILINE), command


def test_version_through_python_m_poa(tmp_path: Path) -> None:
    result = run("--version", cwd=tmp_path)

    assert result.returncode == EXIT_OK
    assert result.stdout == f"poa {poa.__version__}\n"


@pytest.mark.parametrize(
    "content",
    [
        pytest.param(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", id="binary"),
        pytest.param(b"schema_version: 1\nnotes: " + b"[" * 500 + b"]" * 500 + b"\n", id="deep"),
    ],
)
def test_no_traceback_reaches_the_user(tmp_path: Path, content: bytes) -> None:
    (tmp_path / "case.yaml").write_bytes(content)

    result = run("check", "case.yaml", cwd=tmp_path)

    assert "Traceback" not in result.stderr
    assert result.returncode == EXIT_BAD_INPUT
    assert result.stdout == ""
    assert result.stderr.startswith("poa: case.yaml")
    assert len(result.stderr.splitlines()) == 1


def test_the_summary_of_model_problems_comes_after_them_on_its_own_line(
    write_case: WriteCase,
) -> None:
    """Both streams into one pipe, stdout buffered as it is outside a terminal: the summary
    (stderr) came first, or in the middle of a line once stdout filled its buffer."""
    data = minimal_case()
    data["notice"]["received_on"] = None
    path = write_case(data)
    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    env["PYTHONPATH"] = str(ROOT)
    result = subprocess.run(
        [sys.executable, "-m", "poa", "check", str(path)],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        env=env,
        check=False,
    )
    lines = result.stdout.decode("utf-8").splitlines()
    assert result.returncode == 1
    assert lines[-1] == f"1 problem found in {path}."
    assert lines[-2].endswith("(got None)")
