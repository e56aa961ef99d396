"""poa status: one line per case, most urgent first, kept per file content, never stale."""

from __future__ import annotations

import datetime as dt
import json
import shutil
from pathlib import Path
from typing import Any

import pytest

from poa.cli import main
from poa.cli_status import status_table
from poa.errors import EXIT_OK
from poa.status import CaseStatus, case_statuses, find_cases, status_cache
from poa.workspace import Workspace
from tests.conftest import ROOT, minimal_case

TODAY = dt.date(2026, 12, 6)


def _write(folder: Path, name: str, data: dict[str, Any]) -> Path:
    from poa import yamldoc

    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yamldoc.dump(data), encoding="utf-8")
    return path


@pytest.fixture
def ws(tmp_path: Path) -> Workspace:
    return Workspace.load(today=TODAY, environ={"POA_CACHE_DIR": str(tmp_path / "cache")})


@pytest.fixture
def cases(tmp_path: Path) -> Path:
    """Four cases: due in 13 days, overdue by 4, sent and waiting, and not valid."""
    folder = tmp_path / "cases"
    soon = minimal_case()
    soon["notice"]["deadline"] = "2026-12-19"
    _write(folder, "soon.yaml", soon)
    late = minimal_case()
    late["seller"]["legal_name"] = "Example Late Goods LLC"
    late["notice"]["deadline"] = "2026-12-02"
    _write(folder, "nested/late.yaml", late)
    sent = minimal_case()
    sent["history"] = [{"number": 1, "submitted_on": "2026-12-01"}]
    _write(folder, "sent.yaml", sent)
    broken = minimal_case()
    del broken["seller"]["legal_name"]
    _write(folder, "broken.yaml", broken)
    _write(folder, "answers.yaml", {"seller": {"legal_name": "not a case"}})  # no notice
    (folder / "out").mkdir()
    _write(folder, "out/rendered.yaml", minimal_case())  # poa render's folder is skipped
    return folder


def test_find_cases_takes_case_files_only(cases: Path) -> None:
    names = [p.relative_to(cases).as_posix() for p in find_cases(cases)]
    assert names == ["broken.yaml", "nested/late.yaml", "sent.yaml", "soon.yaml"]


def test_status_lines_sorted_by_urgency(cases: Path, ws: Workspace) -> None:
    lines = case_statuses(cases, workspace=ws)
    assert [Path(line.path).name for line in lines] == [
        "late.yaml",  # overdue by 4 days
        "soon.yaml",  # 13 days left
        "broken.yaml",  # no deadline it can read
        "sent.yaml",  # waiting for the answer
    ]
    late, soon, broken, sent = lines
    assert (late.days_left(TODAY), soon.days_left(TODAY)) == (-4, 13)
    assert (late.seller, late.marketplace, late.reasons, late.attempt) == (
        "Example Late Goods LLC",
        "amazon",
        ["amazon.late_shipment_rate"],
        1,
    )
    assert late.verdict in {"ready", "not ready"} and late.score is not None
    assert broken.state == "invalid" and broken.verdict is None
    assert broken.next_step.startswith("fix 1 problem(s) in the case file: poa check")
    assert sent.state == "waiting"
    assert sent.next_step == "wait for the answer; follow up from 2026-12-08"


def test_an_estimated_deadline_is_marked(tmp_path: Path, ws: Workspace) -> None:
    # No deadline in the notice (received 2 November): the reason's usual 17 days.
    _write(tmp_path / "one", "case.yaml", minimal_case())
    (line,) = case_statuses(tmp_path / "one", workspace=ws)
    assert (line.deadline, line.deadline_estimated) == ("2026-11-19", True)
    assert status_table([line], TODAY).splitlines()[1].startswith("~17d over")


def test_required_evidence_that_is_missing_is_listed(tmp_path: Path, ws: Workspace) -> None:
    data = minimal_case()
    data["issues"][0]["reason"] = "amazon.inauthentic"
    _write(tmp_path / "one", "case.yaml", data)
    (line,) = case_statuses(tmp_path / "one", workspace=ws)
    bank = ws.banks.get("amazon.inauthentic")
    required = [need.title for need in bank.evidence if need.required]
    assert required and line.missing_evidence == required


def test_a_rerun_reads_every_line_from_the_cache(
    cases: Path, ws: Workspace, monkeypatch: pytest.MonkeyPatch
) -> None:
    first = [line.as_json(TODAY) for line in case_statuses(cases, workspace=ws)]

    def no_review(*args: object, **kwargs: object) -> None:
        raise AssertionError("a case was reviewed again")

    monkeypatch.setattr("poa.status.case_status", no_review)
    assert [line.as_json(TODAY) for line in case_statuses(cases, workspace=ws)] == first


def test_the_cache_is_never_stale(cases: Path, ws: Workspace) -> None:
    before = {Path(line.path).name: line for line in case_statuses(cases, workspace=ws)}
    assert before["soon.yaml"].deadline == "2026-12-19"
    soon = cases / "soon.yaml"
    soon.write_text(
        soon.read_text(encoding="utf-8").replace("2026-12-19", "2026-12-24"), encoding="utf-8"
    )
    after = {Path(line.path).name: line for line in case_statuses(cases, workspace=ws)}
    assert after["soon.yaml"].deadline == "2026-12-24"
    # Another day is another key: the review's "future" and the days left move with it.
    later = Workspace.load(today=TODAY + dt.timedelta(days=1), environ=dict(ws.environ))
    assert status_cache(later).environment != status_cache(ws).environment


def test_an_evidence_file_added_makes_a_new_line(tmp_path: Path, ws: Workspace) -> None:
    folder = tmp_path / "one"
    shutil.copytree(ROOT / "tests" / "fixtures" / "valid-with-evidence", folder)
    evidence = next(p for p in (folder).rglob("*") if p.is_file() and p.suffix != ".yaml")
    content = evidence.read_bytes()
    evidence.unlink()
    (line,) = case_statuses(folder, workspace=ws)
    name = evidence.relative_to(folder).as_posix()
    assert line.state == "invalid" and line.missing_evidence == [name]
    evidence.write_bytes(content)
    (line,) = case_statuses(folder, workspace=ws)
    assert line.state == "writing" and name not in line.missing_evidence


def test_worker_processes_give_the_same_lines(tmp_path: Path, ws: Workspace) -> None:
    folder = tmp_path / "many"
    for number in range(26):
        data = minimal_case()
        data["seller"]["legal_name"] = f"Example Seller {number} LLC"
        _write(folder, f"case-{number:02d}.yaml", data)
    alone = case_statuses(folder, workspace=ws, cache=_no_cache(ws), jobs=1)
    together = case_statuses(folder, workspace=ws, cache=_no_cache(ws), jobs=2)
    assert [line.as_json(TODAY) for line in together] == [line.as_json(TODAY) for line in alone]


def _no_cache(ws: Workspace) -> Any:
    from poa.status_cache import StatusCache

    return StatusCache(None, "")


def test_overdue_is_red_only_with_colour(cases: Path, ws: Workspace) -> None:
    lines = case_statuses(cases, workspace=ws)
    plain = status_table(lines, TODAY, colour=False)
    assert "\x1b[" not in plain
    coloured = status_table(lines, TODAY, colour=True).splitlines()
    assert coloured[1].startswith("\x1b[31m4d over")  # the overdue case, and only it
    assert sum("\x1b[31m" in row for row in coloured) == 1


def test_status_command_text_and_json(
    cases: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("POA_CACHE_DIR", str(tmp_path / "cli-cache"))
    assert main(["status", str(cases), "--format", "json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert [Path(d["path"]).name for d in data][:1] == ["late.yaml"]
    assert {
        "seller",
        "marketplace",
        "reasons",
        "attempt",
        "days_left",
        "verdict",
        "score",
        "missing_evidence",
        "next_step",
    } <= set(data[0])
    assert main(["status", str(cases)]) == EXIT_OK
    out = capsys.readouterr().out
    assert out.splitlines()[0].split()[:3] == ["DUE", "CASE", "SELLER"]
    assert "\x1b[" not in out  # not a terminal: no colour
    assert main(["status", str(tmp_path / "nowhere")]) == 2


def test_case_status_json_has_days_left() -> None:
    line = CaseStatus("a.yaml", deadline="2026-12-10")
    assert line.as_json(TODAY)["days_left"] == 4
