"""poa interview in a real terminal (a pty): complete and render; Ctrl-C and resume; SIGKILL
and resume. The scripted seller reads the case file after every answer, which is also how the
test proves each answer was saved the moment it was given."""

from __future__ import annotations

import datetime as dt
import os
import re
import signal
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pexpect
import pytest

from poa.banks import load_library
from poa.casefile import load_case, open_case
from poa.interview import Engine
from poa.interview.steps import Step
from tests.interview_driver import auto_answer

REASONS = ["amazon.late_shipment_rate"]
LIBRARY = load_library()
ENTER, DOWN, UP, SPACE, ALT_ENTER = "\r", "\x1b[B", "\x1b[A", " ", "\x1b\r"
PROGRESS = r"section \d of 6"
SCREEN = 120
"""Seconds before a screen that never appears fails the test (a bound, not a wait: every
step waits for the screen, which on an idle machine comes in milliseconds)."""

pytestmark = pytest.mark.slow


def _spawn(case: Path) -> pexpect.spawn:
    # No cursor-position requests: a pty under test does not answer them.
    env = {**os.environ, "PYTHONUNBUFFERED": "1", "TERM": "xterm", "PROMPT_TOOLKIT_NO_CPR": "1"}
    return pexpect.spawn(
        sys.executable,
        ["-m", "poa", "interview", str(case), "-o", str(case.parent / "out")],
        cwd=str(case.parent),
        env=env,
        dimensions=(60, 240),
        encoding="utf-8",
        timeout=SCREEN,  # a bound for every wait, not a wait: each waits for the screen
    )


def _data(case: Path) -> Any:
    return open_case(case).data if case.exists() else {"schema_version": 1}


def _keys(step: Step, value: Any) -> str:
    """The keystrokes that give ``value`` at the prompt of ``step``."""
    choices = [v for v, _ in step.choices]
    if step.kind == "more":  # the pointer starts on the step's default (No once it is enough)
        start = 0 if step.default is not False else 1
        return {(0, True): "", (0, False): DOWN, (1, True): UP, (1, False): ""}[
            (start, bool(value))
        ] + ENTER
    if step.kind in {"select", "confirm"}:
        if step.kind == "confirm":
            return (DOWN if not value else "") + ENTER
        start = choices.index(step.default) if step.default in choices else 0
        return DOWN * (choices.index(value) - start) + ENTER
    if step.kind == "multiselect":
        if value == step.default:
            return ENTER
        keys, position = "", 0
        for index in sorted(choices.index(v) for v in value):
            keys += DOWN * (index - position) + SPACE
            position = index
        return keys + ENTER
    finish = ALT_ENTER if step.kind == "multiline" else ENTER
    if step.suggestions:
        return ENTER + "\0" + finish  # take the first suggestion; then, on the text, keep it
    if step.default not in (None, "", []) and value == step.default:
        return finish
    if value is None:
        return finish
    if isinstance(value, dt.date):
        return value.isoformat() + finish
    if isinstance(value, list):
        return " ".join(str(v) for v in value) + finish
    if isinstance(value, float) and value.is_integer():
        return str(int(value)) + finish
    return str(value) + finish


BACK_KEY = "<"
"""What a script returns to go back one question (typed at a text prompt)."""


def _answer(
    child: pexpect.spawn,
    case: Path,
    count: int,
    reasons: list[str] = REASONS,
    script: Callable[[Step], Any] | None = None,
) -> int:
    """Answer ``count`` questions (or all); returns how many were answered.

    Every wait is for what the screen shows, never for a time: a question is answered once
    its progress line is on the screen, and an answer counts as given once the next progress
    line (or the review's) appears — the interview draws it only after saving."""
    engine = Engine(LIBRARY, case.parent, dt.date.today())
    done = 0
    while done < count:
        step = engine.next_step(_data(case))
        if step is None:
            break
        prompt(child)
        value = script(step) if script is not None else None
        if value is None:
            value = auto_answer(step, LIBRARY, reasons, dt.date.today())
        keys = BACK_KEY + ENTER if value == BACK_KEY else _keys(step, value)
        first, _, rest = keys.partition("\0")
        # The progress line is printed before the prompt takes the terminal: keys sent in
        # between meet a terminal in line mode (Esc then Enter arrives as Esc, newline). Wait
        # for the question itself to be drawn.
        child.expect_exact(step.prompt[:24], timeout=SCREEN)
        child.send(first)
        if rest:  # a second prompt follows: wait until it is on the screen
            child.expect("to finish")
            child.send(rest)
        try:  # the next question (or the review) is drawn
            child.expect(PROGRESS, timeout=SCREEN)
        except pexpect.TIMEOUT:
            screen = re.sub(r"\x1b\[[0-9;?]*[A-Za-z]", "", str(child.before))[-1500:]
            raise AssertionError(
                f"no next question after {step.key} = {value!r}; screen:\n{screen}"
            ) from None
        child.prompt_seen = True
        following = engine.next_step(_data(case))
        if following is not None and following.key == step.key:
            raise AssertionError(f"the answer to {step.key} was not saved; screen:\n{child.before}")
        done += 1
    return done


def prompt(child: pexpect.spawn) -> None:
    """Wait for a question's progress line, unless the last answer already saw it drawn."""
    if not getattr(child, "prompt_seen", False):
        child.expect(PROGRESS, timeout=SCREEN)
    child.prompt_seen = False


def test_a_whole_interview_ends_in_rendered_documents(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    child = _spawn(case)
    child.expect("Starting a new case")
    _answer(child, case, 10_000)
    child.expect("Render the documents")
    child.send(ENTER)
    child.expect("wrote .*poa.pdf")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    loaded = load_case(case)
    assert loaded.issues[0].reason == REASONS[0]
    assert (tmp_path / "out" / "case" / "poa.docx").stat().st_size > 0
    markdown = (tmp_path / "out" / "case" / "poa.md").read_text(encoding="utf-8")
    assert loaded.issues[0].root_causes[0].description.split()[0] in markdown


def test_ctrl_c_saves_and_the_interview_resumes_there(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    child = _spawn(case)
    _answer(child, case, 15)
    engine = Engine(LIBRARY, tmp_path, dt.date.today())
    expected = engine.next_step(_data(case))
    assert expected is not None
    prompt(child)
    child.sendintr()
    child.expect(f"Saved to {case}. Resume with: poa interview {case}")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130

    again = _spawn(case)
    again.expect("Resuming")
    assert engine.next_step(_data(case)).key == expected.key  # type: ignore[union-attr]
    _answer(again, case, 10_000)
    again.expect("What next")
    again.send(UP + ENTER)  # save and quit: the last item, whatever the findings add above it
    again.expect(pexpect.EOF)
    again.close()
    assert again.exitstatus == 0
    assert load_case(case).issues[0].preventive_measures


def test_sigkill_loses_no_confirmed_answer(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    child = _spawn(case)
    answered = _answer(child, case, 25)
    engine = Engine(LIBRARY, tmp_path, dt.date.today())
    before = engine.answered(_data(case))
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.close()
    assert child.signalstatus == signal.SIGKILL

    after = engine.answered(open_case(case).data)  # the file loads and holds every answer
    assert [(s.key, v) for s, v in after] == [(s.key, v) for s, v in before]
    assert len(after) >= answered - 2  # "add another?" answers are not listed as answers

    again = _spawn(case)
    again.expect(f"Resuming {case}: {len(after)} answers so far")
    _answer(again, case, 10_000)
    again.expect("What next")
    again.send(ENTER)  # render
    again.expect(pexpect.EOF)
    again.close()
    assert again.exitstatus == 0
    assert (tmp_path / "out" / "case" / "poa.pdf").is_file()


def _poa(*args: str, cwd: Path) -> Any:
    import subprocess

    return subprocess.run(
        [sys.executable, "-m", "poa", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        timeout=SCREEN,
        check=False,
    )


def test_a_second_writer_stops_at_once_while_an_interview_holds_the_case(tmp_path: Path) -> None:
    """Two real processes: the interview in a terminal, --answers from another."""
    case = tmp_path / "case.yaml"
    child = _spawn(case)
    _answer(child, case, 3)
    prompt(child)
    child.prompt_seen = True
    held = case.read_bytes()

    sample = Path(__file__).parents[1] / "samples" / "amazon-late-shipment.yaml"
    second = _poa("interview", str(case), "--answers", str(sample), cwd=tmp_path)
    assert second.returncode == 2, second.stderr
    assert f"{case} is open for writing in poa interview (process {child.pid}" in second.stderr
    assert "Finish or quit that interview first" in second.stderr
    assert case.read_bytes() == held  # the second writer changed nothing

    _answer(child, case, 2)  # the interview goes on saving as before
    prompt(child)
    child.sendintr()
    child.expect(f"Saved to {case}. Resume with")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 130

    third = _poa("interview", str(case), "--answers", str(sample), cwd=tmp_path)
    assert third.returncode == 0, third.stderr  # once the interview is gone, so is its lock


def test_a_case_changed_under_an_interview_is_kept_and_so_are_its_answers(
    tmp_path: Path,
) -> None:
    """An editor (no lock) rewrites the case while the interview runs: the interview's next
    save stops with exit 2, the other version untouched, its own in a side file it names."""
    case = tmp_path / "case.yaml"
    child = _spawn(case)
    _answer(child, case, 3)
    prompt(child)
    edited = case.read_text(encoding="utf-8") + "# edited in another window\n"
    case.write_text(edited, encoding="utf-8")

    engine = Engine(LIBRARY, tmp_path, dt.date.today())
    step = engine.next_step(_data(case))
    assert step is not None
    child.expect_exact(step.prompt[:24], timeout=SCREEN)
    child.send(_keys(step, auto_answer(step, LIBRARY, REASONS, dt.date.today())).split("\0")[0])
    mine = tmp_path / "case.mine.yaml"
    child.expect_exact(f"session's version is in {mine}", timeout=SCREEN)
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 2
    assert case.read_text(encoding="utf-8") == edited
    assert engine.answered(open_case(mine).data)  # the interview's answers, all of them
