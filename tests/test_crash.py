"""Crash safety: poa interview is killed with SIGKILL at many random points, some in the
middle of saving an answer, and resumed each time. No answer confirmed before a kill is
lost, and the case file always loads."""

from __future__ import annotations

import datetime as dt
import os
import random
import signal
import time
from pathlib import Path
from typing import Any

import pexpect
import pytest

from poa.casefile import load_case, open_case
from poa.interview import Engine
from tests.interview_driver import auto_answer
from tests.test_interview_terminal import (
    ENTER,
    LIBRARY,
    REASONS,
    UP,
    _answer,
    _data,
    _keys,
    _spawn,
    prompt,
)

pytestmark = pytest.mark.slow
KILLS = 10


def _kill(child: pexpect.spawn) -> None:
    os.kill(child.pid, signal.SIGKILL)
    child.expect(pexpect.EOF)
    child.close()
    assert child.signalstatus == signal.SIGKILL


def _kept(before: Any, after: Any) -> bool:
    """Whether ``after`` still holds ``before``: an answer that is a list or mapping (the
    issues chosen) gains the answers given inside it later, and loses nothing."""
    if isinstance(before, dict):
        return isinstance(after, dict) and all(
            key in after and _kept(value, after[key]) for key, value in before.items()
        )
    if isinstance(before, list):
        return (
            isinstance(after, list)
            and len(after) >= len(before)
            and all(_kept(old, new) for old, new in zip(before, after, strict=False))
        )
    return bool(before == after)


def test_sigkill_at_random_points_loses_no_confirmed_answer(tmp_path: Path) -> None:
    rng = random.Random(20261122)  # noqa: S311 - a reproducible schedule of kills
    case = tmp_path / "case.yaml"
    engine = Engine(LIBRARY, tmp_path, dt.date.today())
    in_flight = 0
    for kill in range(KILLS):
        child = _spawn(case)
        child.expect("Resuming" if kill else "Starting a new case")
        _answer(child, case, rng.randint(1, 4))  # each one waited for until saved
        confirmed = [(s.key, v) for s, v in engine.answered(_data(case))]

        step = engine.next_step(_data(case))
        assert step is not None, "the interview ended before every kill was made"
        prompt(child)
        if rng.random() < 0.7:  # kill while the next answer is being taken and saved
            value = auto_answer(step, LIBRARY, REASONS, dt.date.today())
            child.send(_keys(step, value).partition("\0")[0])
            time.sleep(rng.uniform(0, 0.04))
            in_flight += 1
        _kill(child)

        data = open_case(case).data  # the file loads after every kill
        after = {s.key: v for s, v in engine.answered(data)}
        lost = [(key, value) for key, value in confirmed if not _kept(value, after.get(key))]
        assert lost == [], f"kill {kill + 1} lost confirmed answers: {lost}"
    assert in_flight >= KILLS // 2

    child = _spawn(case)
    child.expect("Resuming")
    _answer(child, case, 10_000)
    child.expect("What next")
    child.send(UP + ENTER)  # save and quit: the last item, whatever the findings add above it
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert load_case(case).issues[0].reason == REASONS[0]
