"""What ``poa status`` found for each case, kept per file content so an unchanged case is not
reviewed again.

An entry is named by a hash of the case file's bytes and path and of everything else its
line depends on: the day (what is "in the future" and how many days are left change with
it), poa's version and the size and time of every file of poa's code, its question banks and
its templates, and the user's bank and template folders. An entry also lists the files the
case refers to (evidence, logo) as they were; a file added, removed or changed since makes it
a miss. So an entry is never stale: anything that could change the line makes a new name.

Entries are small JSON files in ``<cache>/status/``, written through a temp file and a
rename; a missing, truncated or foreign entry is a miss, and a folder that cannot be written
is no cache: nothing here ever fails a command.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import json
import os
import stat
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

FORMAT = 1
"""Bumped when the layout of an entry changes."""
MAX_ENTRY_BYTES = 256 * 1024
MAX_ENTRIES = 20000
"""Past this many entries, the older half is removed at the end of a run."""


class StatusCache:
    """Status lines by case content under ``folder / "status"``; ``folder`` None: no cache."""

    def __init__(self, folder: Path | None, environment: str) -> None:
        self.folder = folder / "status" if folder is not None else None
        self.environment = environment

    def key(self, path: Path, data: bytes) -> str:
        digest = hashlib.sha256(f"{FORMAT}\0{self.environment}\0{path.resolve()}\0".encode())
        digest.update(data)
        return digest.hexdigest()

    def get(self, key: str) -> dict[str, Any] | None:
        """The line kept under ``key``, if the files it depended on are as they were."""
        if self.folder is None:
            return None
        from poa.errors import PoaError
        from poa.fsutil import read_limited

        try:
            raw = read_limited(self.folder / f"{key}.json", MAX_ENTRY_BYTES, PoaError, "entry")
            entry = json.loads(raw)
        except Exception:  # missing, truncated, foreign: a miss
            return None
        if not isinstance(entry, dict) or entry.get("format") != FORMAT:
            return None
        depends = entry.get("depends")
        line = entry.get("line")
        if not isinstance(depends, dict) or not isinstance(line, dict):
            return None
        if depends != file_states(depends):
            return None
        return line

    def put(self, key: str, line: Mapping[str, Any], depends: Mapping[str, Any]) -> None:
        if self.folder is None:
            return
        from poa.errors import PoaError
        from poa.fsutil import write_atomic

        data = json.dumps({"format": FORMAT, "line": line, "depends": depends}).encode()
        with contextlib.suppress(PoaError, OSError):
            write_atomic(self.folder / f"{key}.json", data, durable=False)

    def prune(self) -> None:
        """Remove the older half of the entries when there are too many."""
        if self.folder is None or not self.folder.is_dir():
            return
        with contextlib.suppress(OSError):
            entries = list(os.scandir(self.folder))
            if len(entries) <= MAX_ENTRIES:
                return
            entries.sort(key=lambda e: e.stat().st_mtime)
            for entry in entries[: len(entries) - MAX_ENTRIES // 2]:
                with contextlib.suppress(OSError):
                    Path(entry.path).unlink()


def file_states(paths: Iterable[str]) -> dict[str, Any]:
    """``path → [size, mtime_ns]`` for each path, or None for one that is not a file."""
    states: dict[str, Any] = {}
    for name in paths:
        try:
            info = Path(name).stat()
        except OSError:
            states[name] = None
            continue
        states[name] = [info.st_size, info.st_mtime_ns] if stat.S_ISREG(info.st_mode) else None
    return states


def environment(today: dt.date, folders: Iterable[Path]) -> str:
    """A digest of everything besides the case that a status line depends on: the day, poa's
    and Python's versions, and every file (name, size, time) under ``folders`` and of poa's
    own code."""
    import poa

    digest = hashlib.sha256(f"{today}\0{poa.__version__}\0{sys.version_info[:3]}\0".encode())
    for folder in (Path(poa.__file__).parent, *folders):
        for root, dirs, files in os.walk(folder):
            dirs[:] = sorted(d for d in dirs if d != "__pycache__")
            for name in sorted(files):
                path = Path(root, name)
                with contextlib.suppress(OSError):
                    info = path.stat()
                    digest.update(f"{path}\0{info.st_size}\0{info.st_mtime_ns}\0".encode())
    return digest.hexdigest()
