"""The workspace: what one run of poa works with, settled once at the boundary.

The command line (or a program calling poa's API) builds one :class:`Workspace` from its
options and the environment — the question banks (``--banks``, ``$POA_BANKS``), the template
folders (``--templates``, ``$POA_TEMPLATES``, the user's config folder), the cache of banks
already checked (``$POA_CACHE_DIR``, the user's cache folder), and "today" — and
hands it, or the part a stage needs, down to every stage. Nothing below reads the
environment, looks for folders or reads the clock, so ``--banks``, ``--templates`` and a fixed
date mean the same in every command.

>>> from poa.workspace import Workspace
>>> ws = Workspace.load(banks=["my-banks"], templates=["my-templates"])  # doctest: +SKIP
>>> ws.banks.get("amazon.widget_hoarding").title                          # doctest: +SKIP
'Widget hoarding'
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from poa.common import data_dir
from poa.errors import UsageError

if TYPE_CHECKING:
    from poa.banks.library import BankLibrary

__all__ = [
    "BANKS_VAR",
    "CACHE_VAR",
    "TEMPLATES_VAR",
    "Workspace",
    "cache_folder",
    "template_search_path",
    "user_folder",
]

BANKS_VAR = "POA_BANKS"
"""Extra bank folders, separated like PATH; searched before the built-in one."""
TEMPLATES_VAR = "POA_TEMPLATES"
"""Folders of the user's templates, separated like PATH (``:`` on Linux and macOS)."""
CACHE_VAR = "POA_CACHE_DIR"
"""The folder for poa's cache (banks already checked) instead of the user's cache folder."""


@dataclass(frozen=True)
class Workspace:
    """The banks, the template folders and the date one run of poa works with.

    Build it with :meth:`load`. The bank library and the template search path are settled
    when first asked for (a command that needs no templates never trips over a bad
    ``$POA_TEMPLATES``), and the same workspace always answers the same.
    """

    bank_options: tuple[Path, ...] = ()
    """``--banks`` folders, first searched."""
    template_options: tuple[Path, ...] = ()
    """``--templates`` folders, first searched."""
    today: dt.date = field(default_factory=dt.date.today)
    """The date "the future" is measured from and starter cases are dated by."""
    environ: Mapping[str, str] = field(default_factory=dict, repr=False)
    """``$POA_BANKS`` and ``$POA_TEMPLATES`` as they were when the workspace was built."""
    user_templates: Path | None = None
    """The user's own template folder in the platform's config location."""
    cache: Path | None = None
    """Where banks already checked are kept (:mod:`poa.banks.cache`); None: nowhere."""

    @classmethod
    def load(
        cls,
        banks: Iterable[str | Path] = (),
        templates: Iterable[str | Path] = (),
        today: dt.date | None = None,
        environ: Mapping[str, str] | None = None,
    ) -> Workspace:
        """The workspace of these options, the environment (``os.environ`` unless given) and
        today's date (unless given)."""
        env = os.environ if environ is None else environ
        return cls(
            bank_options=tuple(Path(p) for p in banks),
            template_options=tuple(Path(p) for p in templates),
            today=today or dt.date.today(),
            environ={k: env[k] for k in (BANKS_VAR, TEMPLATES_VAR) if k in env},
            user_templates=user_folder(),
            cache=cache_folder(env),
        )

    @cached_property
    def bank_folders(self) -> tuple[Path, ...]:
        """The bank folders in the order they are searched: ``--banks``, $POA_BANKS, built-in."""
        from_env = [p for p in self.environ.get(BANKS_VAR, "").split(os.pathsep) if p]
        return (*self.bank_options, *(Path(p) for p in from_env), data_dir("question_banks"))

    @property
    def user_bank_folders(self) -> tuple[Path, ...]:
        """The bank folders searched before the built-in one."""
        return self.bank_folders[:-1]

    @cached_property
    def banks(self) -> BankLibrary:
        """Every bank on the search path; a user's bank replaces the built-in one."""
        from poa.banks.library import load_library

        return load_library(self.user_bank_folders, cache=self.cache)

    @cached_property
    def template_folders(self) -> tuple[Path, ...]:
        """The template search path, first match wins; the built-in library is last."""
        return tuple(template_search_path(self.template_options, self.environ, self.user_templates))


def template_search_path(
    option: Iterable[Path | str] = (),
    environ: Mapping[str, str] | None = None,
    user: Path | None = None,
) -> list[Path]:
    """``--templates`` folders, then ``$POA_TEMPLATES``, then the user's config folder, then the
    built-in library: the folders templates are looked up in, first match wins.

    ``environ`` is what the workspace saw (none: no ``$POA_TEMPLATES``); ``user`` the user's
    config folder, when it exists.
    """
    environ = environ or {}
    folders: list[Path] = []
    for item in option:
        folder = Path(item).expanduser()
        if not folder.is_dir():
            raise UsageError(f"--templates {item}: no such folder. Give a folder of templates.")
        folders.append(folder)
    for item in filter(None, environ.get(TEMPLATES_VAR, "").split(os.pathsep)):
        folder = Path(item).expanduser()
        if not folder.is_dir():
            raise UsageError(
                f"{TEMPLATES_VAR} names {item}, which is not a folder. "
                f"Fix or unset {TEMPLATES_VAR}."
            )
        folders.append(folder)
    if user is not None and user.is_dir():
        folders.append(user)
    folders.append(data_dir("templates"))
    return list(dict.fromkeys(f.resolve() for f in folders))


def cache_folder(environ: Mapping[str, str]) -> Path:
    """poa's cache folder: ``$POA_CACHE_DIR``, or the platform's (``$XDG_CACHE_HOME/poa``,
    ``~/.cache/poa`` on Linux). It may not exist, or not be writable: then nothing is kept."""
    import platformdirs

    if environ.get(CACHE_VAR):
        return Path(environ[CACHE_VAR]).expanduser()
    return Path(platformdirs.user_cache_dir("poa"))


def user_folder() -> Path:
    """The user's own template folder in the platform's config location."""
    import platformdirs

    return Path(platformdirs.user_config_dir("poa")) / "templates"
