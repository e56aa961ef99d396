"""A case's history: poa submitted, outcome, revise and history, and the review's X4."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import shutil
from pathlib import Path

import pytest

from poa.appeals import record_outcome, record_submission, revise
from poa.casefile import load_case, open_case
from poa.cli import main
from poa.errors import EXIT_BAD_INPUT, EXIT_OK, UsageError
from poa.history import attempts_report
from poa.review import review
from poa.workspace import Workspace
from tests.conftest import ROOT, WriteCase, minimal_case

SAMPLE = ROOT / "samples" / "amazon-inauthentic.yaml"
REJECTION = ROOT / "tests" / "fixtures" / "notices" / "14-amazon-rejection-inauthentic.txt"
TODAY = dt.date(2026, 12, 6)


@pytest.fixture
def case(tmp_path: Path) -> Path:
    """The Amazon inauthentic sample and its evidence, in a folder of their own."""
    shutil.copytree(SAMPLE.parent / SAMPLE.stem, tmp_path / SAMPLE.stem)
    shutil.copyfile(SAMPLE, tmp_path / SAMPLE.name)
    return tmp_path / SAMPLE.name


@pytest.fixture
def ws() -> Workspace:
    return Workspace.load(today=TODAY)


def _replace(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_a_case_without_history_and_an_old_style_attempt_still_load(
    write_case: WriteCase,
) -> None:
    data = minimal_case()
    assert load_case(write_case(data)).history == []
    data["history"] = [{"submitted_on": "2026-11-05", "outcome": "rejected", "response": "No."}]
    loaded = load_case(write_case(data, "old.yaml")).history[0]
    assert (loaded.submitted_on, loaded.outcome, loaded.number) == (
        dt.date(2026, 11, 5),
        "rejected",
        None,
    )


def test_submitted_freezes_the_attempt_with_the_checksums_of_what_render_wrote(
    case: Path, tmp_path: Path, ws: Workspace
) -> None:
    out = tmp_path / "out"
    assert main(["render", str(case), "-o", str(out), "--format", "md"]) == EXIT_OK
    written = {
        p.name: hashlib.sha256(p.read_bytes()).hexdigest()
        for p in (out / case.stem).iterdir()
        if not p.name.startswith(".")
    }
    # poa.md letter.md evidence.md channel.md channel.txt: no metrics, so no PIP
    assert len(written) == 5
    attempt = record_submission(
        case, on=dt.date(2026, 11, 14), channel="Account Health", out_dir=out, workspace=ws
    )
    assert attempt.documents == written
    saved = load_case(case).history[0]
    assert (saved.number, saved.submitted_on, saved.channel, saved.outcome) == (
        1,
        dt.date(2026, 11, 14),
        "Account Health",
        "pending",
    )
    assert saved.issues == load_case(case).issues
    with pytest.raises(UsageError, match="was recorded as sent"):
        record_submission(case, on=dt.date(2026, 11, 15), workspace=ws)


def test_submitted_without_rendered_files_takes_the_markdown_of_each_document(
    case: Path, tmp_path: Path, ws: Workspace
) -> None:
    attempt = record_submission(
        case, on=dt.date(2026, 11, 14), out_dir=tmp_path / "none", workspace=ws
    )
    assert sorted(attempt.documents) == ["channel.md", "evidence.md", "letter.md", "poa.md"]
    out = tmp_path / "out"
    assert main(["render", str(case), "-o", str(out), "--format", "md", "--doc", "poa"]) == 0
    rendered = (out / case.stem / "poa.md").read_bytes()
    assert attempt.documents["poa.md"] == hashlib.sha256(rendered).hexdigest()


def test_submitted_refuses_a_day_to_come_and_a_day_before_the_notice(
    case: Path, ws: Workspace
) -> None:
    with pytest.raises(UsageError, match="not come yet"):
        record_submission(case, on=TODAY + dt.timedelta(days=1), workspace=ws)
    with pytest.raises(UsageError, match="before the notice arrived"):
        record_submission(case, on=dt.date(2026, 1, 1), workspace=ws)


def test_outcome_needs_an_attempt_sent(
    case: Path, ws: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(UsageError, match="poa submitted"):
        record_outcome(case, "rejected", workspace=ws)
    assert main(["outcome", str(case), "accepted"]) == EXIT_BAD_INPUT
    assert "Traceback" not in capsys.readouterr().err


def test_outcome_with_the_answer_keeps_its_date_text_and_todos(case: Path, ws: Workspace) -> None:
    record_submission(case, on=dt.date(2026, 11, 14), workspace=ws)
    attempt = record_outcome(case, "rejected", notice=REJECTION, workspace=ws)
    assert attempt.outcome == "rejected"
    assert attempt.answered_on == dt.date(2026, 11, 20)  # the answer's Date: line
    assert attempt.response is not None and "do not have enough" in attempt.response
    # It asks for greater detail on the root cause and on what was done to resolve it, and
    # for invoices; the case has one issue.
    assert [(t.issue, t.section) for t in attempt.todos] == [
        (0, "root_causes"),
        (0, "corrective_actions"),
        (None, "evidence"),
    ]
    assert load_case(case).notice.attempt == 1  # only revise starts the next attempt
    assert record_outcome(case, "more-info", workspace=ws).outcome == "more_information_requested"


def test_revise_starts_attempt_two_with_a_todo_per_point(case: Path, ws: Workspace) -> None:
    record_submission(case, on=dt.date(2026, 11, 14), workspace=ws)
    done = revise(case, REJECTION, workspace=ws)
    assert done.attempt == 2 and done.was_recorded
    assert [(t.issue, t.section) for t in done.todos] == [
        (0, "root_causes"),
        (0, "corrective_actions"),
        (None, "evidence"),
    ]
    loaded = load_case(case)
    assert loaded.notice.attempt == 2
    assert [(a.number, a.outcome) for a in loaded.history] == [(1, "rejected")]
    # comments of the file are kept by the save
    assert open_case(case).data.ca is not None


def test_revise_freezes_an_attempt_never_recorded_as_sent(case: Path, ws: Workspace) -> None:
    done = revise(case, REJECTION, workspace=ws)
    assert not done.was_recorded
    first = load_case(case).history[0]
    assert (first.number, first.submitted_on, first.frozen_on) == (1, None, TODAY)
    assert len(first.issues) == 1


def test_revise_refuses_a_notice_that_is_no_rejection(case: Path, ws: Workspace) -> None:
    notice = ROOT / "tests" / "fixtures" / "notices" / "01-amazon-late-shipment-forwarded.txt"
    with pytest.raises(UsageError, match="does not read as an answer"):
        revise(case, notice, workspace=ws)
    assert load_case(case).notice.attempt == 1


def test_the_review_flags_a_part_sent_again_word_for_word(case: Path, ws: Workspace) -> None:
    record_submission(case, on=dt.date(2026, 11, 14), workspace=ws)
    revise(case, REJECTION, workspace=ws)
    flagged = [f.location for f in review(case, workspace=ws).findings if f.rule == "X4"]
    assert flagged == ["issues[0].root_causes", "issues[0].corrective_actions"]
    _replace(case, "When our authorised", "On 3 March 2026, when our authorised")
    flagged = [f.location for f in review(case, workspace=ws).findings if f.rule == "X4"]
    assert flagged == ["issues[0].corrective_actions"]


def test_the_review_flags_an_earlier_attempt_sent_again(
    write_case: WriteCase, ws: Workspace
) -> None:
    data = minimal_case()
    data["notice"]["attempt"] = 2
    data["history"] = [
        {"number": 1, "submitted_on": "2026-11-05", "outcome": "rejected", "issues": data["issues"]}
    ]
    findings = [f for f in review(write_case(data), workspace=ws).findings if f.rule == "X4"]
    assert [(f.location, f.severity) for f in findings] == [("issues", "error")]
    assert "attempt 1 word for word" in findings[0].message


def test_history_shows_what_changed_between_attempts(
    case: Path, ws: Workspace, capsys: pytest.CaptureFixture[str]
) -> None:
    record_submission(case, on=dt.date(2026, 11, 14), channel="Account Health", workspace=ws)
    revise(case, REJECTION, workspace=ws)
    old = load_case(case).issues[0].root_causes[0].description
    _replace(case, "When our authorised", "On 3 March 2026, when our authorised")
    new = load_case(case).issues[0].root_causes[0].description
    report = attempts_report(load_case(case))
    assert [(a["number"], a["state"]) for a in report["attempts"]] == [
        (1, "sent"),
        (2, "being written"),
    ]
    changes = {c["section"]: c for c in report["attempts"][1]["changes"]}
    assert changes["root_causes"]["change"] == "changed"
    assert changes["root_causes"]["diff"] == [f"- {old}", f"+ {new}"]
    assert changes["corrective_actions"]["change"] == "unchanged"
    assert changes["corrective_actions"]["asked"] is True
    assert changes["preventive_measures"]["asked"] is False

    assert main(["history", str(case)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Attempt 1: sent 2026-11-14 through Account Health; rejected on 2026-11-20." in out
    assert "Attempt 2: being written, not sent yet." in out
    assert f"+ {new}" in out
    assert "corrective actions: unchanged, word for word" in out
    assert main(["history", str(case), "--format", "json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["attempt"] == 2 and data["attempts"][0]["outcome"] == "rejected"


def test_the_commands_through_the_command_line(
    case: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["submitted", str(case), "--on", "2026-11-14", "--channel", "e-mail"]) == 0
    assert main(["submitted", str(case), "--on", "2026-11-14"]) == EXIT_BAD_INPUT
    assert main(["outcome", str(case), "rejected", "--notice", str(REJECTION)]) == EXIT_OK
    assert main(["revise", str(case)]) == EXIT_OK  # the answer recorded by outcome
    out = capsys.readouterr().out
    assert "attempt 2 started" in out and "issue 1, root causes" in out
    with pytest.raises(SystemExit):  # argparse's own usage error, exit 2
        main(["submitted", str(case), "--on", "2026-13-01"])
    # attempt 2 is not sent yet: its answer cannot be recorded
    assert main(["outcome", str(case), "accepted"]) == EXIT_BAD_INPUT
    assert "Attempt 2 of" in capsys.readouterr().err
    assert main(["submitted", str(case), "--on", "2026-11-25"]) == EXIT_OK
    assert main(["outcome", str(case), "accepted", "--on", "2026-11-28"]) == EXIT_OK
    history = load_case(case).history
    assert [(a.number, a.outcome) for a in history] == [(1, "rejected"), (2, "accepted")]
    assert history[1].answered_on == dt.date(2026, 11, 28)


def test_the_sample_shows_two_attempts_rejected_then_revised(ws: Workspace) -> None:
    sample = ROOT / "samples" / "amazon-inauthentic-resubmitted.yaml"
    case = load_case(sample)
    assert case.notice.attempt == 2
    (first,) = case.history
    assert (first.number, first.submitted_on, first.outcome, first.answered_on) == (
        1,
        dt.date(2026, 11, 19),
        "rejected",
        dt.date(2026, 11, 20),
    )
    # Attempt 1 is the first sample's plan, as it was sent.
    assert first.issues == load_case(SAMPLE).issues
    report = attempts_report(case)
    changes = {c["section"]: c["change"] for c in report["attempts"][1]["changes"]}
    assert changes == {
        "summary": "unchanged",
        "root_causes": "changed",
        "corrective_actions": "changed",
        "preventive_measures": "unchanged",
    }
    found = review(sample, workspace=ws)
    assert found.ready and "X4" not in {f.rule for f in found.findings}


def test_the_interview_asks_the_parts_the_answer_wants_changed_first(
    case: Path, ws: Workspace
) -> None:
    from typing import Any

    from poa.interview import run_interview
    from poa.interview.steps import Step

    record_submission(case, on=dt.date(2026, 11, 14), workspace=ws)
    revise(case, REJECTION, workspace=ws)
    rewritten = (
        "On 18 August 2026 our purchasing assistant ordered 60 knife sets and 80 utensil sets "
        "from Example Trade Clearance Ltd (PO-26-0811) without any supplier check."
    )

    class Seller:
        def __init__(self) -> None:
            self.asked: list[str] = []
            self.said: list[str] = []

        def say(self, text: str = "") -> None:
            self.said.append(text)

        def ask(self, step: Step, progress: str, current: Any) -> Any:
            self.asked.append(step.key)
            first = step.key == "issues[0].root_causes[0].description"
            return rewritten if first else current

        def choose(self, message: str, choices: Any) -> str:
            return "quit"

    seller = Seller()
    run_interview(case, seller, workspace=ws)
    # The sample's 3 root causes, then its 6 corrective actions, before any other question
    # (the questions the sample, written by hand, leaves open come after them).
    assert seller.asked[:3] == [f"issues[0].root_causes[{j}].description" for j in range(3)]
    assert seller.asked[3:9] == [f"issues[0].corrective_actions[{j}].action" for j in range(6)]
    assert not any(key.endswith((".description", ".action")) for key in seller.asked[9:])
    assert any("greater detail on the root cause" in line for line in seller.said)
    saved = load_case(case)
    assert saved.issues[0].root_causes[0].description == rewritten
    assert [t.done for t in saved.history[0].todos] == [True, True, False]
    flagged = [f.location for f in review(case, workspace=ws).findings if f.rule == "X4"]
    assert flagged == ["issues[0].corrective_actions"]  # kept as they were: still flagged


def test_interview_with_a_rejection_starts_the_next_attempt_once(
    case: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from poa.cli import _merge_notice

    ws = Workspace.load()
    _merge_notice(case, str(REJECTION), ws)
    assert load_case(case).notice.attempt == 2
    assert "attempt 2 started" in capsys.readouterr().out
    _merge_notice(case, str(REJECTION), ws)  # the same command again, to resume
    assert load_case(case).notice.attempt == 2
