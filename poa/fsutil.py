"""Writing files so that a crash, Ctrl-C or kill never leaves half a file behind."""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
from pathlib import Path

from poa.errors import OutputError, PoaError


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


def read_limited(
    path: Path, max_bytes: int, error: type[PoaError], what: str, hint: str = ""
) -> bytes:
    """The bytes of a user's file, read through one gate: a regular file only (a device, a
    pipe or a socket never ends or never starts), at most ``max_bytes`` counted while reading
    (a size on disk can be 0 and the content endless). Every refusal is ``error`` naming the
    file and the fix; ``hint`` ends the messages for a missing or oversized file."""
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{path} is a folder, not a {what}. Give the path of a file.")
        if not stat.S_ISREG(info.st_mode):
            raise error(
                f"{path} is not a regular file (a device, a pipe or a socket); a {what} is a "
                "file saved on disk. Give the path of one."
            )
        if info.st_size > max_bytes:
            raise error(_too_big(path, f"{info.st_size / 1024 / 1024:.1f} MB", max_bytes, what,
                                 hint))  # fmt: skip
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except FileNotFoundError as err:
        raise error(f"{path}: no such {what}. Check the path.{hint}") from err
    except PermissionError as err:
        raise error(f"{path}: permission denied. Make the file readable and try again.") from err
    except OSError as err:
        raise error(f"{path}: cannot be read: {err.strerror or err}") from err
    if len(raw) > max_bytes:  # the size on disk said less: a file still growing, /proc
        raise error(_too_big(path, f"over {max_bytes // 1024 // 1024} MB", max_bytes, what, hint))
    return raw


def read_stdin_limited(max_bytes: int, error: type[PoaError], what: str) -> bytes:
    """Standard input, at most ``max_bytes``: a pipe that never ends is refused, not read."""
    stream = getattr(sys.stdin, "buffer", None)
    raw = (
        stream.read(max_bytes + 1)
        if stream is not None
        else sys.stdin.read(max_bytes + 1).encode("utf-8")  # a text stream (tests, embedding)
    )
    if len(raw) > max_bytes:
        raise error(
            f"standard input holds more than {max_bytes // 1024 // 1024} MB; a {what} is far "
            "shorter. Is this the right text?"
        )
    return raw


def _too_big(path: Path, shown: str, max_bytes: int, what: str, hint: str) -> str:
    return (
        f"{path} is {shown}; a {what} is at most {max_bytes // 1024 // 1024} MB of text. "
        f"Is this the right file?{hint}"
    )
