"""Who may write a case file: one poa command at a time, and everyone can see who it is.

An interview holds its case for as long as it runs; every other poa command that writes the
case (a second interview, ``--answers``, ``--notice``) takes the same lock for the moment of
its save. A writer that finds the case held by an interview stops at once, naming the
interview's process; one that finds a short save in progress waits for it.

>>> with holding(Path("case.yaml"), "poa interview"):     # doctest: +SKIP
...     ...   # saves of case.yaml from this process go through; other processes stop

The lock is an OS file lock: it ends with the process that took it, so a killed interview never
leaves its case locked. On POSIX systems it is ``flock`` from the standard library; elsewhere
the ``filelock`` package (on Linux its import alone cost 58 M instructions, ~4 % of the work
before the interview's first question, for the same ``flock`` call).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Protocol

from poa.errors import CaseFileError, CaseLockedError

SAVE_WAIT = 30.0
"""Seconds a writer waits for another command's save (a save takes milliseconds)."""
_POLL = 0.05
"""Seconds between two tries while waiting for another command's save."""
_HELD: dict[Path, tuple[_Lock, str]] = {}
"""The locks this process holds, by the case's resolved path: holding is re-entrant."""
_LONG = "poa interview ("
"""How the note of a holder that keeps the case for minutes begins: nobody waits for it."""


@contextmanager
def holding(path: Path, who: str) -> Iterator[None]:
    """Hold ``path`` for writing while the block runs; CaseLockedError if another holds it.

    ``who`` names this command in the message another writer gets ("poa interview")."""
    key = path.resolve()
    if key in _HELD:  # already ours: an interview's own saves
        yield
        return
    lock_file = lock_path(path)
    lock = os_lock(lock_file)
    if not lock.acquire(timeout=0):
        holder = _holder(lock_file)
        if holder.startswith(_LONG):
            raise _locked(path, holder)
        if not lock.acquire(timeout=SAVE_WAIT):
            raise _locked(path, _holder(lock_file) or "another poa command")
    note = _note_path(lock_file)
    try:
        started = dt.datetime.now().strftime("%H:%M:%S")
        note.write_text(f"{who} (process {os.getpid()}, since {started})", encoding="utf-8")
    except OSError:  # the message will be vaguer; the lock itself still holds
        pass
    _HELD[key] = (lock, who)
    try:
        yield
    finally:
        del _HELD[key]
        note.unlink(missing_ok=True)
        lock.release()


class _Lock(Protocol):
    def acquire(self, timeout: float) -> bool: ...
    def release(self) -> None: ...


class _FlockLock:
    """An exclusive ``flock`` on ``path``: the kernel drops it when the process ends."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self._fd: int | None = None

    def acquire(self, timeout: float) -> bool:
        """Take the lock, trying for ``timeout`` seconds; False if another still holds it."""
        import fcntl

        from poa.fsutil import open_lock_file

        deadline = time.monotonic() + timeout
        try:
            fd = open_lock_file(self.path)
        except OSError as err:
            raise _unusable(self.path, err) from None
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                if time.monotonic() >= deadline:
                    os.close(fd)
                    return False
                time.sleep(_POLL)
            except OSError as err:  # a file system without locks
                os.close(fd)
                raise _unusable(self.path, err) from None
            else:
                self._fd = fd
                return True

    def release(self) -> None:
        import fcntl

        if self._fd is not None:
            fd, self._fd = self._fd, None
            fcntl.flock(fd, fcntl.LOCK_UN)
            os.close(fd)


class _PortableLock:
    """The same lock through ``filelock``, where the system has no ``flock``."""

    def __init__(self, path: Path) -> None:
        from filelock import FileLock

        self._lock = FileLock(str(path))

    def acquire(self, timeout: float) -> bool:
        from filelock import Timeout

        try:
            self._lock.acquire(timeout=timeout, poll_interval=_POLL)
        except Timeout:
            return False
        return True

    def release(self) -> None:
        self._lock.release()


def os_lock(path: Path, *, portable: bool = os.name != "posix") -> _Lock:
    """The OS file lock on ``path``: ``flock`` on POSIX systems, ``filelock`` elsewhere (or
    when ``portable`` asks for it, as the tests do to try both)."""
    return _PortableLock(path) if portable else _FlockLock(path)


def lock_path(path: Path) -> Path:
    """The lock for one case file, kept out of the seller's folder: in the temp folder, named
    by the file's full path (every poa on this machine finds the same one)."""
    name = hashlib.sha256(str(path.resolve()).encode("utf-8")).hexdigest()[:32]
    user = getattr(os, "getuid", lambda: "")()
    folder = Path(tempfile.gettempdir()) / f"poa-locks{user}"
    try:
        folder.mkdir(mode=0o700, exist_ok=True)
    except OSError:  # no usable temp folder: the lock sits beside the file instead
        return path.with_name(f".{path.name}.lock")
    return folder / f"{name}.lock"


def _note_path(lock_file: Path) -> Path:
    return lock_file.with_name(lock_file.name + ".holder")


def _holder(lock_file: Path) -> str:
    from poa.fsutil import read_limited

    try:
        raw = read_limited(_note_path(lock_file), 200, CaseFileError, "lock note")
    except CaseFileError:  # gone, or not ours to read: the message will be vaguer
        return ""
    return raw.decode("utf-8", "replace").strip()


def _unusable(lock_file: Path, err: OSError) -> CaseFileError:
    return CaseFileError(
        f"Cannot lock {lock_file} ({err.strerror or err}), which keeps two poa commands from "
        "writing one case at once. Set TMPDIR to a folder you can write on a local disk and "
        "run the command again."
    )


def _locked(path: Path, holder: str) -> CaseFileError:
    if holder.startswith(_LONG):
        fix = (
            "Finish or quit that interview first (it saves every answer as it goes), then run "
            "this command again."
        )
    else:
        fix = "Let it finish and run this command again."
    holder = holder or "another poa command"
    return CaseLockedError(f"{path} is open for writing in {holder}. {fix}")
