"""Writing files so that a crash, Ctrl-C or kill never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import tempfile
from pathlib import Path

from poa.errors import OutputError


def write_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temp file in the same folder and a rename.

    Readers see either the old file or the new one, never a mix. The data is on disk before
    the rename, so a power cut cannot swap in an empty file either.
    """
    folder = path.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=folder)
    except (FileExistsError, NotADirectoryError) as err:
        raise OutputError(
            f"Cannot write to {folder}: part of that path is a file, not a folder. "
            "Choose another output folder with -o."
        ) from err
    except OSError as err:
        raise OutputError(
            f"Cannot write to {folder}: {err.strerror or err}. "
            "Choose another output folder with -o, or fix its permissions."
        ) from err
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if path.exists():
            # Keep the permissions the user gave the file; mkstemp creates it private.
            tmp.chmod(path.stat().st_mode & 0o7777)
        else:
            tmp.chmod(0o666 & ~_umask())
        tmp.replace(path)
    except BaseException as err:  # Ctrl-C included: never leave the temp file behind
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(err, OSError):
            raise OutputError(f"Cannot write {path}: {err.strerror or err}.") from err
        raise
    _fsync_folder(folder)


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def _fsync_folder(folder: Path) -> None:
    # Makes the rename itself durable; not possible on every platform, harmless to skip.
    with contextlib.suppress(OSError, AttributeError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)
