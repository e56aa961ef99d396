"""The case lock: one writer at a time, released with its process, on both implementations.

POSIX systems use ``flock`` directly; other systems use the ``filelock`` package. Both are tried
here (``portable=True`` forces the second), so the one this machine does not use by default is
still checked.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from poa.caselock import holding, lock_path, os_lock
from poa.errors import CaseFileError, CaseLockedError

BOTH = pytest.mark.parametrize("portable", [False, True], ids=["flock", "filelock"])


@BOTH
def test_a_held_lock_stops_a_second_taker_until_it_is_released(
    tmp_path: Path, portable: bool
) -> None:
    first = os_lock(tmp_path / "a.lock", portable=portable)
    second = os_lock(tmp_path / "a.lock", portable=portable)
    assert first.acquire(timeout=0)
    assert not second.acquire(timeout=0)
    assert not second.acquire(timeout=0.12)  # waits, then gives up
    first.release()
    assert second.acquire(timeout=0)
    second.release()


@BOTH
def test_locks_on_two_files_do_not_meet(tmp_path: Path, portable: bool) -> None:
    one = os_lock(tmp_path / "one.lock", portable=portable)
    two = os_lock(tmp_path / "two.lock", portable=portable)
    assert one.acquire(timeout=0)
    assert two.acquire(timeout=0)
    one.release()
    two.release()


HOLD = """
import sys, time
from pathlib import Path
from poa.caselock import os_lock
lock = os_lock(Path(sys.argv[1]), portable=sys.argv[2] == "1")
assert lock.acquire(timeout=0)
print("held", flush=True)
time.sleep(600)
"""


@BOTH
def test_a_killed_holder_leaves_nothing_locked(tmp_path: Path, portable: bool) -> None:
    path = tmp_path / "a.lock"
    mine = os_lock(path, portable=portable)
    with subprocess.Popen(
        [sys.executable, "-c", HOLD, str(path), "1" if portable else "0"],
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        try:
            assert holder.stdout is not None
            assert holder.stdout.readline().strip() == "held"
            assert not mine.acquire(timeout=0)
        finally:
            holder.kill()
    assert mine.acquire(timeout=0)
    mine.release()


def test_holding_is_reentrant_and_names_the_holder_to_another_writer(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    with holding(case, "poa interview"), holding(case, "poa interview"):
        note = lock_path(case).with_name(lock_path(case).name + ".holder")
        assert note.read_text(encoding="utf-8").startswith("poa interview (process ")
        other = os_lock(lock_path(case))
        assert not other.acquire(timeout=0)
    assert not note.exists()
    assert other.acquire(timeout=0)  # released on leaving the outer block
    other.release()


def test_a_second_writer_of_a_case_held_by_an_interview_stops_at_once(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    held = os_lock(lock_path(case))
    assert held.acquire(timeout=0)
    note = lock_path(case).with_name(lock_path(case).name + ".holder")
    note.write_text("poa interview (process 1, since 10:00:00)", encoding="utf-8")
    try:
        with (
            pytest.raises(CaseLockedError, match="Finish or quit that interview first"),
            holding(case, "poa"),
        ):
            raise AssertionError("the block must not run")
    finally:
        note.unlink()
        held.release()


def test_a_lock_that_cannot_be_made_is_a_clear_error(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    with pytest.raises(CaseFileError, match=r"Cannot lock .*Set TMPDIR"):
        os_lock(blocker / "a.lock").acquire(timeout=0)
    assert blocker.read_text(encoding="utf-8") == "not a folder"
