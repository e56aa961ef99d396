"""Answers given without prompts: an answers file and command-line values, layered.

Priority: command-line values > answers file > answers already saved in the case > defaults.
An answers file has the shape of a case file (any part of one); a command-line value is
``path=value`` with the path as poa prints it (``seller.legal_name``,
``issues[0].facts.late_rate``) and the value read as YAML (``3``, ``true``, ``2026-11-03``).
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from poa import yamldoc
from poa.errors import CaseFileError, PoaError
from poa.interview import paths


class MissingAnswersError(PoaError):
    """Replaying answers left questions without an answer."""

    def __init__(self, case: Path, missing: list[str]) -> None:
        self.missing = missing
        lines = "\n".join(f"  {line}" for line in missing)
        super().__init__(
            f"{case} is saved, but {len(missing)} answer(s) are missing or invalid:\n{lines}\n"
            f"Add them to the answers file (or with --set PATH=VALUE), or answer them in a "
            f"terminal: poa interview {case}"
        )


def layer_answers(
    data: MutableMapping[str, Any], answers: Path | None, values: Mapping[str, str]
) -> None:
    """Merge the answers file, then the command-line values, over the saved data."""
    if answers is not None:
        text = yamldoc.read_text(answers, 2 * 1024 * 1024, CaseFileError, "answers file")
        loaded, _ = yamldoc.parse(answers, text, CaseFileError, "answers file")
        if loaded is not None and not isinstance(loaded, Mapping):
            raise CaseFileError(f"{answers}: an answers file is a mapping shaped like a case file.")
        merge(data, loaded or {})
    yaml = YAML(typ="safe")
    for key, raw in values.items():
        try:
            path = paths.parse(key)
        except ValueError as err:
            raise CaseFileError(
                f"--set {key}=...: not a field path such as seller.legal_name"
            ) from err
        paths.put(data, path, yaml.load(raw) if raw.strip() else None)


def merge(
    target: MutableMapping[str, Any], source: Mapping[str, Any], *, keep_existing: bool = False
) -> None:
    """Deep-merge ``source`` into ``target``; with ``keep_existing`` answers already there win."""
    for key, value in source.items():
        if isinstance(value, Mapping) and isinstance(target.get(key), MutableMapping):
            merge(target[key], value, keep_existing=keep_existing)
        elif not keep_existing or key not in target:
            target[key] = value
