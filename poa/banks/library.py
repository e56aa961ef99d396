"""Finding and loading question banks: the built-in folder, and the user's own folders first.

Layout of a bank folder::

    thresholds.yaml              metric targets per marketplace   (optional in a user folder)
    marketplaces.yaml            appeal routes per marketplace    (optional in a user folder)
    concepts.yaml                words the banks' notice_concepts name (a user folder's add to them)
    <marketplace>/<reason>.yaml  one bank per reason; the file name is the reason id's tail

A bank in a user folder replaces the built-in bank with the same id. With a cache folder
(:mod:`poa.banks.cache`), a file already checked is not parsed or validated again.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, TypeVar

from poa import yamldoc
from poa.banks.cache import BankCache
from poa.common import data_dir
from poa.errors import BankError, BankValidationError, Problem
from poa.model.ids import MARKETPLACES

if TYPE_CHECKING:
    # The models are loaded with the first bank: listing the files needs none of them.
    from pydantic import BaseModel

    from poa.banks.notice_words import NoticeWords
    from poa.banks.schema import Bank, Marketplaces, Thresholds

MAX_BANK_BYTES = 1024 * 1024

_M = TypeVar("_M", bound="BaseModel")


@dataclass
class BankLibrary:
    """The banks in effect: user folders first, then the built-in one.

    Files are found by name (``<marketplace>/<reason>.yaml``) and parsed on first use, so a
    command that needs two banks does not read sixty.
    """

    files: dict[str, Path] = field(default_factory=dict)
    thresholds_file: Path | None = None
    marketplaces_file: Path | None = None
    concepts_files: list[Path] = field(default_factory=list)
    """Built-in first; a later file's name replaces an earlier one's."""
    cache: BankCache | None = None
    """Where files already checked are kept; None: every file is checked on every run."""
    _loaded: dict[str, Bank] = field(default_factory=dict, repr=False)
    _words: dict[str | None, dict[str, NoticeWords]] = field(default_factory=dict, repr=False)

    @property
    def ids(self) -> list[str]:
        return sorted(self.files)

    @property
    def banks(self) -> dict[str, Bank]:
        """Every bank, parsed (for listing and tests)."""
        return {reason: self.get(reason) for reason in self.ids}

    def find(self, reason: str) -> Bank | None:
        """The bank of ``reason``, or None when no folder has it."""
        if reason not in self.files:
            return None
        if reason not in self._loaded:
            from poa.banks.schema import Bank

            self._loaded[reason] = load_file(self.files[reason], Bank, self.cache)
        return self._loaded[reason]

    def text(self, reason: str) -> str:
        """The text of the bank file of ``reason`` (one the library has)."""
        return yamldoc.read_text(self.files[reason], MAX_BANK_BYTES, BankError, "question bank")

    def notice_words(self, marketplace: str | None) -> dict[str, NoticeWords]:
        """What ``marketplace``'s banks (every bank when None) say notices use for their
        reasons, by reason id (:mod:`poa.banks.notice_words`)."""
        if marketplace not in self._words:
            from poa.banks.notice_words import notice_words

            self._words[marketplace] = notice_words(self, marketplace)
        return self._words[marketplace]

    def get(self, reason: str) -> Bank:
        """The bank of ``reason``, or BankError naming the closest ids."""
        bank = self.find(reason)
        if bank is not None:
            return bank
        close = difflib.get_close_matches(reason, self.ids, n=3, cutoff=0.5)
        hint = f" Did you mean {' or '.join(close)}?" if close else ""
        raise BankError(f"No question bank for {reason!r}.{hint} List them with: poa banks list")

    @cached_property
    def thresholds(self) -> Thresholds:
        from poa.banks.schema import Thresholds

        if self.thresholds_file is None:
            return Thresholds()
        return load_file(self.thresholds_file, Thresholds, self.cache)

    @cached_property
    def marketplaces(self) -> Marketplaces | None:
        from poa.banks.schema import Marketplaces

        if self.marketplaces_file is None:
            return None
        return load_file(self.marketplaces_file, Marketplaces, self.cache)

    @cached_property
    def concepts(self) -> dict[str, list[str]]:
        """Every named group of words (concepts.yaml), a user folder's over the built-in."""
        from poa.banks.schema import Concepts

        merged: dict[str, list[str]] = {}
        for path in self.concepts_files:
            merged.update(load_file(path, Concepts, self.cache).concepts)
        return merged

    def by_marketplace(self) -> dict[str, list[Bank]]:
        grouped: dict[str, list[Bank]] = {m: [] for m in MARKETPLACES}
        for bank in self.banks.values():
            grouped[bank.marketplace].append(bank)
        return {m: banks for m, banks in grouped.items() if banks}


def builtin_dir() -> Path:
    return data_dir("question_banks")


def search_path(extra: Sequence[str | Path] = ()) -> list[Path]:
    """The bank folders in the order they are searched: ``extra``, then the built-in one.

    ``$POA_BANKS`` is read at the boundary (:class:`poa.workspace.Workspace`), not here.
    """
    return [*(Path(p) for p in extra), builtin_dir()]


_LIBRARIES: dict[tuple[str | None, ...], BankLibrary] = {}


def load_library(extra: Sequence[str | Path] = (), cache: Path | None = None) -> BankLibrary:
    """The banks of ``extra`` (the user's folders, first searched) and the built-in folder; a
    user's bank replaces a built-in one; ``cache`` the folder where banks already checked are
    kept (none: no cache). Called where the workspace is built
    (:class:`poa.workspace.Workspace`); every stage below gets the library it made.

    Within one process the same search path gives the same library (banks are read once).
    """
    folders = tuple(str(folder.resolve()) for folder in search_path(extra))
    key = (*folders, str(cache) if cache is not None else None)
    if key not in _LIBRARIES:
        _LIBRARIES[key] = _load_library(extra, cache)
    return _LIBRARIES[key]


def _load_library(extra: Sequence[str | Path], cache: Path | None) -> BankLibrary:
    library = BankLibrary(cache=BankCache(cache) if cache is not None else None)
    for folder in reversed(search_path(extra)):  # later folders win: user folders last
        if not folder.is_dir():
            raise BankError(f"Bank folder {folder} does not exist. Check --banks or $POA_BANKS.")
        for path in bank_files(folder):
            library.files[f"{path.parent.name}.{path.stem}"] = path
        if (folder / "thresholds.yaml").is_file():
            library.thresholds_file = folder / "thresholds.yaml"
        if (folder / "marketplaces.yaml").is_file():
            library.marketplaces_file = folder / "marketplaces.yaml"
        if (folder / "concepts.yaml").is_file():
            library.concepts_files.append(folder / "concepts.yaml")
    return library


def bank_files(folder: Path) -> list[Path]:
    return sorted(p for m in MARKETPLACES for p in (folder / m).glob("*.yaml"))


def load_file(path: Path, model: type[_M], cache: BankCache | None = None) -> _M:
    """One YAML file validated against ``model``; every problem at once, with lines.

    With a ``cache``, a file checked before is taken from it, and a sound one is kept there.
    """
    from pydantic import ValidationError

    from poa.banks.schema import Bank

    text = yamldoc.read_text(path, MAX_BANK_BYTES, BankError, "question bank")
    kept = cache.get(text, model) if cache is not None else None
    if kept is not None and _in_place(path, kept):
        return kept
    fast = _fast(path, text, model)
    if fast is not None:
        if cache is not None:
            cache.put(text, fast)
        return fast
    # Something is wrong: the round-trip parser reads it again to say where.
    data, _ = yamldoc.parse(path, text, BankError, "question bank")
    yamldoc.check_expansion(data, path, BankError, "question bank")
    try:
        value = model.model_validate(data)
    except ValidationError as err:
        raise BankValidationError(
            yamldoc.validation_problems(err, data, model), str(path)
        ) from None
    if isinstance(value, Bank):
        _check_place(path, value, data)
    return value


def _fast(path: Path, text: str, model: type[_M]) -> _M | None:
    """A sound file read with the C parser (sixty banks in 0.2 s instead of 3.5); None when
    anything is wrong, for the careful path to explain."""
    from pydantic import ValidationError

    try:
        data = yamldoc.fast_load(text)
    except Exception:  # whatever it is, the round-trip parser explains it with its line
        return None
    try:
        yamldoc.check_expansion(data, path, BankError, "question bank")
        value = model.model_validate(data)
    except (BankError, ValidationError):
        return None
    return value if _in_place(path, value) else None


def _in_place(path: Path, value: BaseModel) -> bool:
    """Whether a bank is in the file its id names (``amazon/late_shipment_rate.yaml``); the
    place is not part of a cache entry's name, so it is checked here on every load."""
    from poa.banks.schema import Bank

    return not isinstance(value, Bank) or value.id == f"{path.parent.name}.{path.stem}"


def _check_place(path: Path, bank: Bank, data: object) -> None:
    expected = f"{path.parent.name}.{path.stem}"
    if bank.id != expected:
        line = yamldoc.line_of(data, ("id",))
        problem = Problem(
            ("id",),
            f"the file {path.parent.name}/{path.name} must hold the bank {expected!r}",
            line,
        )
        raise BankValidationError([problem], str(path))


def validate_folder(folder: Path) -> list[tuple[Path, list[Problem]]]:
    """Every problem of every file in a bank folder: (file, problems) for each bad file."""
    from poa.banks.schema import Bank, Concepts, Marketplaces, Thresholds

    if not folder.is_dir():
        raise BankError(f"{folder} is not a folder of question banks.")
    found: list[tuple[Path, list[Problem]]] = []
    files: Iterable[tuple[Path, type[BaseModel]]] = [
        *((p, Bank) for p in bank_files(folder)),
        *(
            (folder / n, m)
            for n, m in (
                ("thresholds.yaml", Thresholds),
                ("marketplaces.yaml", Marketplaces),
                ("concepts.yaml", Concepts),
            )
            if (folder / n).is_file()
        ),
    ]
    loaded: list[tuple[Path, BaseModel]] = []
    for path, model in files:
        try:
            loaded.append((path, load_file(path, model)))
        except BankValidationError as err:
            found.append((path, err.problems))
        except BankError as err:
            found.append((path, [Problem((), str(err))]))
    known = set(_builtin_concepts())
    known |= {n for _, v in loaded if isinstance(v, Concepts) for n in v.concepts}
    for path, value in loaded:
        if isinstance(value, Bank) and (problems := unknown_concepts(value, known)):
            found.append((path, problems))
    return found


def unknown_concepts(bank: Bank, known: Iterable[str]) -> list[Problem]:
    """A problem for each concept a bank's notice_concepts names that no concepts.yaml has."""
    names = set(known)
    problems = []
    for i, cue in enumerate(bank.notice_concepts):
        parts = (
            [((), cue)]
            if isinstance(cue, list)
            else [(("all",), cue.all), (("unless",), cue.unless)]
        )
        for where, items in parts:
            problems += [
                Problem(
                    ("notice_concepts", i, *where, j),
                    f"no concept {item!r} in "
                    "concepts.yaml: name one that is there, or give the words as a list",
                )
                for j, item in enumerate(items)
                if isinstance(item, str) and item not in names
            ]
    return problems


def _builtin_concepts() -> dict[str, list[str]]:
    from poa.banks.schema import Concepts

    path = builtin_dir() / "concepts.yaml"
    return load_file(path, Concepts).concepts if path.is_file() else {}
