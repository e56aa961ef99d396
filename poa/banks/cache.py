"""Question banks already checked, kept in the user's cache folder, so that a bank file that
has not changed is neither parsed nor validated again (a command that reads thirty banks
spent most of its time doing just that).

An entry is named by a hash of the file's text, of the model it was checked against, and of
the source of every module that decides what a valid bank is: an entry is never stale. A bank
the user edits, a folder given with ``--banks``, a new version of poa each make a new name,
read and checked afresh. Only a file that passed every check is stored; a bad one is explained
from its YAML every time, with its lines.

Entries are pickles of the checked models, read back by an unpickler that builds nothing but
the models of :mod:`poa.banks.schema` (and dates): the folder is the user's own, and a file
someone put there can make a wrong bank at worst, never run code. A missing, truncated, corrupt
or foreign entry is a miss, and a folder that cannot be written is no cache at all: nothing
here ever fails a command.

>>> cache = BankCache(Path("~/.cache/poa").expanduser())              # doctest: +SKIP
>>> cache.get(text, Bank) or cache.put(text, checked_bank)             # doctest: +SKIP
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
import io
import pickle
import platform
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel

from poa.banks import schema
from poa.errors import PoaError

_M = TypeVar("_M", bound=BaseModel)

FORMAT = 1
"""Bumped when the layout of an entry changes."""
MAX_ENTRY_BYTES = 16 * 1024 * 1024
"""Far above any entry (the largest built-in bank pickles to 40 KB): past this, not ours."""
MAX_ENTRIES = 1000
"""Past this many entries, the older half is removed when a new one is written (each edit of a
bank, each new poa leaves entries nothing will ask for again)."""
_SCHEMA_SOURCES = (
    "__init__.py",
    "banks/cache.py",
    "banks/conditions.py",
    "banks/library.py",
    "banks/schema.py",
    "linear.py",
    "model/ids.py",
    "model/parts.py",
    "yamldoc.py",
)
"""poa's modules that decide what a valid bank is and what the checked model holds."""


@dataclass(frozen=True)
class BankCache:
    """Checked banks under ``folder`` (``<folder>/banks/<hash>.pickle``)."""

    folder: Path

    def get(self, text: str, model: type[_M]) -> _M | None:
        """The checked ``model`` of a file whose text is ``text``, or None (not there, or not
        usable)."""
        from poa.fsutil import read_limited

        try:
            raw = read_limited(self._entry(text, model), MAX_ENTRY_BYTES, PoaError, "cache entry")
            value = _Unpickler(io.BytesIO(raw)).load()
        except Exception:  # a missing or broken entry, whatever breaks in it: a miss
            return None
        return value if type(value) is model else None

    def put(self, text: str, value: BaseModel) -> None:
        """Keep ``value``, checked from ``text``; quietly nothing when that cannot be done."""
        from poa.fsutil import write_atomic

        entry = self._entry(text, type(value))
        with contextlib.suppress(PoaError, OSError, pickle.PicklingError, RecursionError):
            write_atomic(entry, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            self._prune(entry.parent)

    def _entry(self, text: str, model: type[BaseModel]) -> Path:
        digest = hashlib.sha256(_schema_hash().encode("ascii"))
        digest.update(f"\0{model.__module__}.{model.__qualname__}\0".encode())
        digest.update(text.encode("utf-8", "surrogatepass"))
        return self.folder / "banks" / f"{digest.hexdigest()}.pickle"

    @staticmethod
    def _prune(folder: Path) -> None:
        entries = list(folder.glob("*.pickle"))
        if len(entries) <= MAX_ENTRIES:
            return
        for old in sorted(entries, key=_modified)[: len(entries) - MAX_ENTRIES // 2]:
            with contextlib.suppress(OSError):
                old.unlink()


def _modified(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


@cache
def _schema_hash() -> str:
    """What the checked models of this poa depend on, beyond the bank's own text: the source
    of the modules that check a bank, and the versions of poa, pydantic and Python (pickles
    of one Python or pydantic are not promised to suit another)."""
    import pydantic

    import poa
    from poa.fsutil import digest_limited

    digest = hashlib.sha256(f"{FORMAT}\0{poa.__version__}\0{pydantic.VERSION}\0".encode())
    digest.update(f"{platform.python_implementation()}{sys.version_info[:2]}\0".encode())
    package = Path(poa.__file__).parent
    for name in _SCHEMA_SOURCES:
        source = ""
        with contextlib.suppress(PoaError):  # a build without sources: the versions decide
            source = digest_limited(package / name, MAX_ENTRY_BYTES, PoaError, "poa module")
        digest.update(f"{name}\0{source}\0".encode())
    return digest.hexdigest()


class _Unpickler(pickle.Unpickler):
    """Builds the bank models and dates, and refuses everything else a pickle may name."""

    def find_class(self, module: str, name: str) -> type:
        if module == "datetime" and name == "date":
            return dt.date
        if module == schema.__name__:
            found = getattr(schema, name, None)
            if isinstance(found, type) and issubclass(found, BaseModel):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a question bank")
