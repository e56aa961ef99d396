"""Question banks already checked, kept in the user's cache folder, so that a bank file that
has not changed is neither parsed nor validated again (a command that reads thirty banks
spent most of its time doing just that). The same folder keeps what poa makes from its own
data on every run, as plain data: the notice reader's terms parsed from languages.yaml
(:meth:`BankCache.recall`).

An entry is named by a hash of the file's text, of the model it was checked against, and of
the source of every module that decides what a valid bank is (or what the data holds): an
entry is never stale. A bank
the user edits, a folder given with ``--banks``, a new version of poa each make a new name,
read and checked afresh. Only a file that passed every check is stored; a bad one is explained
from its YAML every time, with its lines.

Entries are pickles of the checked models or of plain data, read back by an unpickler that
builds nothing but the models of :mod:`poa.banks.schema`, dates and Python's own containers:
the folder is the user's own, and a file someone put there can make a wrong bank at worst,
never run code. A missing, truncated, corrupt
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
import sys
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from poa.errors import PoaError

if TYPE_CHECKING:
    from pydantic import BaseModel

_M = TypeVar("_M", bound="BaseModel")

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
    "banks/notice_words.py",
    "banks/schema.py",
    "linear.py",
    "model/base.py",
    "model/ids.py",
    "model/parts.py",
    "model/values.py",
    "yamldoc.py",
)
"""poa's modules that decide what a valid bank is and what the checked model holds, and what
the plain data kept beside the banks holds."""


@dataclass(frozen=True)
class BankCache:
    """Checked banks under ``folder`` (``<folder>/banks/<hash>.pickle``)."""

    folder: Path

    def get(self, text: str, model: type[_M]) -> _M | None:
        """The checked ``model`` of a file whose text is ``text``, or None (not there, or not
        usable)."""
        value = self.recall(f"{model.__module__}.{model.__qualname__}", text)
        return value if type(value) is model else None

    def put(self, text: str, value: BaseModel) -> None:
        """Keep ``value``, checked from ``text``; quietly nothing when that cannot be done."""
        self.keep(f"{type(value).__module__}.{type(value).__qualname__}", text, value)

    def recall(self, kind: str, source: str) -> object | None:
        """What was kept as ``kind`` for ``source`` (the text it was made from), or None.

        Besides checked banks, plain data poa reads on every run: strings, numbers, dates,
        and lists, tuples, sets and dicts of them (a data file parsed, a table built from the
        banks' words). The caller checks the shape of what it gets.
        """
        from poa.fsutil import read_limited

        try:
            raw = read_limited(self._entry(kind, source), MAX_ENTRY_BYTES, PoaError, "cache entry")
            value: object = _Unpickler(io.BytesIO(raw)).load()
        except Exception:  # a missing or broken entry, whatever breaks in it: a miss
            return None
        return value

    def keep(self, kind: str, source: str, value: object) -> None:
        """Keep ``value``, made from ``source``, as ``kind``; quietly nothing when that cannot
        be done."""
        from poa.fsutil import write_atomic

        entry = self._entry(kind, source)
        with contextlib.suppress(PoaError, OSError, pickle.PicklingError, RecursionError):
            write_atomic(entry, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
            self._prune(entry.parent)

    def _entry(self, kind: str, source: str) -> Path:
        digest = hashlib.sha256(_schema_hash().encode("ascii"))
        digest.update(f"\0{kind}\0".encode())
        digest.update(source.encode("utf-8", "surrogatepass"))
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
    """What the entries of this poa depend on, beyond the text each was made from: the source
    of the modules that check a bank or make the data, the versions of poa, pydantic and
    Python (pickles of one Python or pydantic are not promised to suit another), and the
    YAML parser's (whose reading a parsed file keeps)."""
    import pydantic

    import poa
    from poa.fsutil import digest_limited

    digest = hashlib.sha256(f"{FORMAT}\0{poa.__version__}\0{pydantic.VERSION}\0".encode())
    digest.update(f"{sys.implementation.name}{sys.version_info[:2]}\0".encode())
    digest.update(f"{_version_of('ruamel.yaml')}\0".encode())
    package = Path(poa.__file__).parent
    for name in _SCHEMA_SOURCES:
        source = ""
        with contextlib.suppress(PoaError):  # a build without sources: the versions decide
            source = digest_limited(package / name, MAX_ENTRY_BYTES, PoaError, "poa module")
        digest.update(f"{name}\0{source}\0".encode())
    return digest.hexdigest()


def _version_of(package: str) -> str:
    """A digest of ``package``'s ``__init__.py``, where its version is written, found without
    importing it (ruamel takes longer to import than the whole lookup of a cached file)."""
    import importlib.util

    from poa.fsutil import digest_limited

    with contextlib.suppress(Exception):  # not installed, or not from a file: no digest
        spec = importlib.util.find_spec(package)
        if spec is not None and spec.origin:
            return digest_limited(Path(spec.origin), MAX_ENTRY_BYTES, PoaError, "module")
    return ""


class _Unpickler(pickle.Unpickler):
    """Builds the bank models and dates, and refuses everything else a pickle may name."""

    def find_class(self, module: str, name: str) -> type:
        from pydantic import BaseModel

        from poa.banks import schema

        if module == "datetime" and name == "date":
            return dt.date
        if module == schema.__name__:
            found = getattr(schema, name, None)
            if isinstance(found, type) and issubclass(found, BaseModel):
                return found
        raise pickle.UnpicklingError(f"{module}.{name} is not part of a question bank")
