"""Who may write a case file: one poa command at a time, and everyone can see who it is.

An interview holds its case for as long as it runs; every other poa command that writes the
case (a second interview, ``--answers``, ``--notice``) takes the same lock for the moment of
its save. A writer that finds the case held by an interview stops at once, naming the
interview's process; one that finds a short save in progress waits for it.

>>> with holding(Path("case.yaml"), "poa interview"):     # doctest: +SKIP
...     ...   # saves of case.yaml from this process go through; other processes stop

The lock is an OS file lock (``filelock``): it ends with the process that took it, so a killed
interview never leaves its case locked.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from poa.errors import CaseFileError, CaseLockedError

if TYPE_CHECKING:
    from filelock import BaseFileLock

SAVE_WAIT = 30.0
"""Seconds a writer waits for another command's save (a save takes milliseconds)."""
_HELD: dict[Path, tuple[BaseFileLock, str]] = {}
"""The locks this process holds, by the case's resolved path: holding is re-entrant."""
_LONG = "poa interview ("
"""How the note of a holder that keeps the case for minutes begins: nobody waits for it."""


@contextmanager
def holding(path: Path, who: str) -> Iterator[None]:
    """Hold ``path`` for writing while the block runs; CaseLockedError if another holds it.

    ``who`` names this command in the message another writer gets ("poa interview")."""
    from filelock import FileLock, Timeout  # only when writing

    key = path.resolve()
    if key in _HELD:  # already ours: an interview's own saves
        yield
        return
    lock_file = lock_path(path)
    lock = FileLock(str(lock_file))
    try:
        lock.acquire(timeout=0)
    except Timeout:
        holder = _holder(lock_file)
        if holder.startswith(_LONG):
            raise _locked(path, holder) from None
        try:
            lock.acquire(timeout=SAVE_WAIT)
        except Timeout:
            raise _locked(path, _holder(lock_file) or "another poa command") from None
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
