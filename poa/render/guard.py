"""Never overwrite a document the user edited.

poa records what it wrote in the output folder (``.poa-written.json``: file name → SHA-256).
Before writing, every file about to be replaced must still be what poa wrote there. A file
that was changed since — or that poa never wrote — is kept: the render stops before writing
anything, and says so. With ``force`` the file is first copied to ``NAME.bak`` (``.bak2``,
``.bak3``… so no earlier backup is lost) and then replaced.

Nothing is written through a link: a file about to be written (or the record) that is a
link, a device or a pipe stops the render before anything is written, ``force`` or not.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Iterable
from pathlib import Path

from poa.errors import OutputError
from poa.fsutil import copy_to_new, digest_limited, read_limited, refuse_links, write_atomic

RECORD = ".poa-written.json"


MAX_RECORD_BYTES = 1024 * 1024
"""The record lists a few file names and digests."""
MAX_OUTPUT_BYTES = 256 * 1024 * 1024
"""Larger than any document poa writes: a bigger file there is not poa's, so it is "edited"
(kept, and backed up with --force) without being read."""
_FIX = "render into another folder with -o."


class OutputGuard:
    """What poa wrote in one folder, and the check before writing there again."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.record_path = folder / RECORD
        refuse_links([self.record_path], _FIX)
        self.written = self._read()

    def _read(self) -> dict[str, str]:
        if not self.record_path.exists():
            return {}
        raw = read_limited(self.record_path, MAX_RECORD_BYTES, OutputError, "record of poa's files")
        try:
            data = json.loads(raw)
        except ValueError:  # damaged: every file there counts as one poa did not write
            return {}
        if not isinstance(data, dict):
            return {}
        return {str(k): str(v) for k, v in data.items()}

    def edited(self, outputs: Iterable[tuple[str, bytes]]) -> list[Path]:
        """The files about to be written that exist and are neither what poa last wrote
        there nor already the very bytes about to be written."""
        found = []
        for name, data in outputs:
            path = self.folder / name
            if not path.exists():
                continue
            digest = _digest(path)
            if digest not in {self.written.get(name), hashlib.sha256(data).hexdigest()}:
                found.append(path)
        return found

    def check(self, outputs: Iterable[tuple[str, bytes]], force: bool) -> list[Path]:
        """Stop (OutputError) if a file would replace user edits; with ``force``, back them
        up first. Returns the backups made. A link or a device where a file is to be written
        stops it either way."""
        outputs = list(outputs)
        refuse_links([self.folder / name for name, _ in outputs], _FIX)
        edited = self.edited(outputs)
        if not edited:
            return []
        if not force:
            listed = "\n".join(f"  {path}" for path in edited)
            raise OutputError(
                "These files were changed after poa wrote them, or poa did not write them:\n"
                f"{listed}\nNothing was written, so your edits are safe. To replace them, run "
                "again with --force (each is first copied to a .bak file), or render into "
                "another folder with -o."
            )
        return [self._backup(path) for path in edited]

    def _backup(self, path: Path) -> Path:
        number = 1
        while True:
            backup = path.with_name(f"{path.name}.bak{number if number > 1 else ''}")
            if not os.path.lexists(backup):  # a dangling link counts as taken
                break
            number += 1
        try:
            copy_to_new(path, backup)
        except OSError as err:
            raise OutputError(
                f"Cannot back up {path} before replacing it: {err.strerror or err}. "
                "Nothing was replaced."
            ) from err
        return backup

    def write(self, name: str, data: bytes) -> Path:
        """Write one file atomically and record it."""
        path = self.folder / name
        write_atomic(path, data)
        self.written[name] = hashlib.sha256(data).hexdigest()
        record = json.dumps(self.written, indent=1, sort_keys=True) + "\n"
        write_atomic(self.record_path, record.encode("utf-8"))
        return path


def _digest(path: Path) -> str:
    """The file's SHA-256; "" (matches nothing) for one too big to be poa's."""
    if path.stat().st_size > MAX_OUTPUT_BYTES:
        return ""
    return digest_limited(path, MAX_OUTPUT_BYTES, OutputError, "document")
