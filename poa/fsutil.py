"""Writing files so that a crash, Ctrl-C or kill never leaves half a file behind."""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any, BinaryIO

from poa.errors import OutputError, PoaError


def write_atomic(path: Path, data: bytes, *, durable: bool = True) -> None:
    """Write ``data`` to ``path`` through a temp file in the same folder and a rename.

    Readers see either the old file or the new one, never a mix. The data is on disk before
    the rename, so a power cut cannot swap in an empty file either. ``durable=False`` skips
    that wait (for a cache entry: one lost to a power cut is a miss, never a wrong answer).
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
            if durable:
                handle.flush()
                os.fsync(handle.fileno())
        # Keep the permissions the user gave the file (mkstemp creates it private) — but not
        # those of whatever a link there points at: the rename replaces the link itself.
        old = _lstat(path)
        if old is not None and stat.S_ISREG(old.st_mode):
            tmp.chmod(old.st_mode & 0o7777)
        else:
            tmp.chmod(0o666 & ~_umask())
        tmp.replace(path)
    except BaseException as err:  # Ctrl-C included: never leave the temp file behind
        with contextlib.suppress(OSError):
            tmp.unlink()
        if isinstance(err, OSError):
            raise OutputError(f"Cannot write {path}: {err.strerror or err}.") from err
        raise
    if durable:
        _fsync_folder(folder)


def refuse_links(paths: Iterable[Path], fix: str) -> None:
    """OutputError for the first of ``paths`` that is a link, or anything but a regular file.

    An output tree poa writes into holds files poa replaces; writing through a link would
    write wherever it points (another folder, a file the user keeps elsewhere), and a device
    or a pipe never takes a file's place. ``fix`` ends the message ("Render into another
    folder with -o.")."""
    for path in paths:
        info = _lstat(path)
        if info is None or stat.S_ISREG(info.st_mode):
            continue
        if stat.S_ISLNK(info.st_mode):
            raise OutputError(
                f"{path} is a link (to {path.readlink()}); poa never writes through a link, "
                f"so nothing was written. Remove the link, or {fix}"
            )
        raise OutputError(
            f"{path} is not a regular file: it is {_kind(info.st_mode)}; nothing was written. "
            f"Move it away, or {fix}"
        )


def copy_to_new(source: Path, target: Path) -> None:
    """Copy the regular file ``source`` into ``target``, which must not exist yet — not even
    as a link (O_EXCL with O_NOFOLLOW): a backup never lands anywhere but where it is named."""
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_NOFOLLOW", 0)
    mode = source.lstat().st_mode & 0o777  # the user's own file's permissions, not a target's
    fd = os.open(target, flags | getattr(os, "O_BINARY", 0), mode)
    try:
        with os.fdopen(fd, "wb") as out, source.open("rb") as src:
            shutil.copyfileobj(src, out)
    except BaseException:
        with contextlib.suppress(OSError):
            target.unlink()
        raise


def _lstat(path: Path) -> os.stat_result | None:
    try:
        return path.lstat()
    except FileNotFoundError:
        return None


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


def open_lock_file(path: Path) -> int:
    """A descriptor of ``path``, created if missing (owner only), to hold an OS lock on: the
    lock file is poa's own and nothing in it is ever read. OSError when it cannot be made."""
    return os.open(path, os.O_RDWR | os.O_CREAT, 0o600)


def read_limited(
    path: Path, max_bytes: int, error: type[PoaError], what: str, hint: str = ""
) -> bytes:
    """The bytes of a user's file, read through one gate: a regular file only (a device, a
    pipe or a socket never ends or never starts), at most ``max_bytes`` counted while reading
    (a size on disk can be 0 and the content endless). Every refusal is ``error`` naming the
    file and the fix; ``hint`` ends the messages for a missing or oversized file."""
    with _opened(path, max_bytes, error, what, hint) as handle:
        raw = handle.read(max_bytes + 1)
    if len(raw) > max_bytes:  # the size on disk said less: a file still growing, /proc
        raise error(_too_big(path, f"over {max_bytes // 1024 // 1024} MB", max_bytes, what, hint))
    return raw


def digest_limited(path: Path, max_bytes: int, error: type[PoaError], what: str) -> str:
    """The SHA-256 of a file through the same gate as :func:`read_limited`, read in blocks
    rather than held in memory whole."""
    digest = hashlib.sha256()
    read = 0
    with _opened(path, max_bytes, error, what, "") as handle:
        while block := handle.read(min(1 << 20, max_bytes + 1 - read)):
            digest.update(block)
            read += len(block)
            if read > max_bytes:
                raise error(
                    _too_big(path, f"over {max_bytes // 1024 // 1024} MB", max_bytes, what, "")
                )
    return digest.hexdigest()


@contextlib.contextmanager
def open_limited(
    path: Path, max_bytes: int, error: type[PoaError], what: str, hint: str = ""
) -> Iterator[BinaryIO]:
    """A user's file to read as a stream, through the same gate as :func:`read_limited`: a
    regular file only, and ``error`` as soon as more than ``max_bytes`` have been read (a file
    still growing), so a reader that goes through it line by line holds one block at a time.

    >>> with open_limited(Path("orders.txt"), 1 << 30, PoaError, "report") as f:  # doctest: +SKIP
    ...     first = f.read(65536)
    """
    with _opened(path, max_bytes, error, what, hint) as handle:
        capped = _Capped(
            handle,
            max_bytes,
            lambda: error(
                _too_big(path, f"over {max_bytes // 1024 // 1024} MB", max_bytes, what, hint)
            ),
        )
        yield io.BufferedReader(capped, buffer_size=1 << 20)


class _Capped(io.RawIOBase):
    """A raw stream over ``handle`` that raises once more than ``limit`` bytes came out."""

    def __init__(self, handle: BinaryIO, limit: int, too_big: Callable[[], PoaError]) -> None:
        self._handle = handle
        self._left = limit
        self._too_big = too_big

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        count = self._handle.readinto(buffer)  # type: ignore[attr-defined]
        self._left -= count or 0
        if self._left < 0:
            raise self._too_big()
        return int(count or 0)


@contextlib.contextmanager
def _opened(
    path: Path, max_bytes: int, error: type[PoaError], what: str, hint: str
) -> Iterator[BinaryIO]:
    try:
        info = path.stat()
        if stat.S_ISDIR(info.st_mode):
            raise error(f"{path} is a folder, not a {what}. Give the path of a file.")
        if not stat.S_ISREG(info.st_mode):
            raise error(
                f"{path} is not a regular file: it is {_kind(info.st_mode)}. A {what} is a "
                "file saved on disk; give the path of one."
            )
        if info.st_size > max_bytes:
            raise error(
                _too_big(path, f"{info.st_size / 1024 / 1024:.1f} MB", max_bytes, what, hint)
            )
        handle = path.open("rb")
    except FileNotFoundError as err:
        raise error(f"{path}: no such {what}. Check the path.{hint}") from err
    except PermissionError as err:
        raise error(f"{path}: permission denied. Make the file readable and try again.") from err
    except OSError as err:
        raise error(f"{path}: cannot be read: {err.strerror or err}") from err
    with handle:
        try:
            yield handle
        except OSError as err:
            raise error(f"{path}: cannot be read: {err.strerror or err}") from err


def _kind(mode: int) -> str:
    """What a file that is not a regular one is, in a user's words."""
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a named pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a file"  # pragma: no cover - every other kind is one of the above


def read_text(path: Path, max_bytes: int, error: type[PoaError], what: str, hint: str = "") -> str:
    """:func:`read_limited`, then :func:`decode_text`: the text of a user's file."""
    return decode_text(read_limited(path, max_bytes, error, what, hint), path, error, what)


# Longest first: the UTF-32 little-endian mark starts with the UTF-16 one.
_BOMS = (
    (b"\xff\xfe\x00\x00", "utf-32-le", "UTF-32"),
    (b"\x00\x00\xfe\xff", "utf-32-be", "UTF-32"),
    (b"\xef\xbb\xbf", "utf-8", "UTF-8"),
    (b"\xff\xfe", "utf-16-le", "UTF-16"),
    (b"\xfe\xff", "utf-16-be", "UTF-16"),
)


def decode_text(raw: bytes, path: Path | str, error: type[PoaError], what: str) -> str:
    """The text of ``raw``: UTF-8, or UTF-8, UTF-16 or UTF-32 with a byte-order mark (Windows
    editors save "Unicode" as UTF-16 with one). A file holding NUL characters is binary."""
    for bom, codec, name in _BOMS:
        if raw.startswith(bom):
            try:
                text = raw[len(bom) :].decode(codec)
            except UnicodeDecodeError as err:
                raise error(
                    f"{path}: the file starts like {name} text but is not ({err.reason}). "
                    "Save it as UTF-8 in your editor and try again."
                ) from err
            break
    else:
        if b"\x00" in raw:
            raise error(_binary(path, what))
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError as err:
            line = raw[: err.start].count(b"\n") + 1
            raise error(
                f"{path}:{line}: the file is not UTF-8 text (byte 0x{raw[err.start]:02x}). "
                "Save it as UTF-8 in your editor and try again."
            ) from err
    if "\x00" in text:
        raise error(_binary(path, what))
    return text


def _binary(path: Path | str, what: str) -> str:
    if path == STDIN_NAME:
        return f"standard input is binary data, not the text of a {what}. Give it text."
    return f"{path} is a binary file, not a {what}. Give the path of the text file."


STDIN_NAME = "standard input"
"""What :func:`decode_text` calls standard input in its messages."""


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
        f"{path} is {shown}; a {what} is at most {max_bytes // 1024 // 1024} MB. "
        f"Is this the right file?{hint}"
    )
