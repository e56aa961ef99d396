"""Answers given without prompts: an answers file and command-line values, layered.

Priority: command-line values > answers file > answers already saved in the case > defaults.
An answers file has the shape of a case file (any part of one); a command-line value is
``path=value`` with the path as poa prints it (``seller.legal_name``,
``issues[0].facts.late_rate``) and the value read as YAML (``3``, ``true``, ``2026-11-03``).
"""

from __future__ import annotations

from collections.abc import Mapping, MutableMapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ruamel.yaml.error import YAMLError

from poa import yamldoc
from poa.errors import CaseFileError, PoaError
from poa.interview import paths

if TYPE_CHECKING:
    from poa.notice import NoticeFacts
    from poa.workspace import Workspace


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
        yamldoc.check_expansion(loaded, answers, CaseFileError, "answers file")
        if loaded is not None and not isinstance(loaded, Mapping):
            raise CaseFileError(f"{answers}: an answers file is a mapping shaped like a case file.")
        merge(data, loaded or {})
    yaml = yamldoc.safe_yaml()
    for key, raw in values.items():
        try:
            path = paths.parse(key)
        except ValueError as err:
            raise CaseFileError(
                f"--set {key}=...: not a field path such as seller.legal_name"
            ) from err
        if not path:
            raise CaseFileError(f"--set {key}=...: not a field path such as seller.legal_name")
        if problem := _unsettable(data, path):
            raise CaseFileError(f"--set {key}=...: {problem}")
        try:
            value = yaml.load(raw) if raw.strip() else None
        except YAMLError as err:
            raise CaseFileError(
                f"--set {key}={raw}: the value is not valid YAML ({getattr(err, 'problem', err)}). "
                f"""Quote text: --set '{key}="..."'"""
            ) from err
        paths.put(data, path, value)


def _unsettable(data: Any, path: paths.FieldPath) -> str | None:
    """Why ``path`` cannot be set in ``data`` (through a plain value, or far past a list's
    end), or None."""
    node: Any = data
    for depth, part in enumerate(path):
        here = paths.text(path[: depth + 1])
        if node is None:
            node = [] if isinstance(part, int) else {}
        if isinstance(part, int):
            if not isinstance(node, list):
                return f"{paths.text(path[:depth]) or 'the case'} is not a list"
            if part > len(node):
                return f"{here}: the list has {len(node)} entries; add them in order"
            node = node[part] if part < len(node) else None
        else:
            if not isinstance(node, Mapping):
                return f"{paths.text(path[:depth]) or 'the case'} is not a mapping"
            node = node.get(part)
    return None


def merge(
    target: MutableMapping[str, Any], source: Mapping[str, Any], *, keep_existing: bool = False
) -> None:
    """Deep-merge ``source`` into ``target``; with ``keep_existing`` answers already there win."""
    for key, value in source.items():
        if isinstance(value, Mapping) and isinstance(target.get(key), MutableMapping):
            merge(target[key], value, keep_existing=keep_existing)
        elif not keep_existing or key not in target:
            target[key] = value


def merge_notice(
    case: str | Path, notice: str | Path, *, workspace: Workspace | None = None
) -> NoticeFacts:
    """Put what a notice says into a case file (made if it does not exist) and save it; the
    answers already in the case are kept. Returns what the notice was read to say.

    This is ``poa interview CASE --notice FILE`` without the questions that follow.
    """
    from poa.notice import read_notice_file
    from poa.workspace import Workspace

    work = workspace or Workspace.load()
    text, facts = read_notice_file(notice, workspace=work)
    merge_notice_facts(case, text, facts)
    return facts


def merge_notice_facts(case: str | Path, text: str, facts: NoticeFacts) -> None:
    """Put a notice already read (its cleaned ``text`` and ``facts``) into a case file, made
    if it does not exist; the answers already in the case are kept."""
    from poa.interview.session import open_or_create
    from poa.notice import case_skeleton

    case_file = open_or_create(Path(case))
    merge(case_file.data, case_skeleton(facts, text), keep_existing=True)
    case_file.save()


_SHAPES = {
    "model_type": "a mapping of 'key: value' lines",
    "model_attributes_type": "a mapping of 'key: value' lines",
    "dict_type": "a mapping of 'key: value' lines",
    "list_type": "a list of '- ' entries",
}


def check_shape(data: Any, where: Path) -> None:
    """Refuse data the interview cannot walk: a list or mapping where the case has a value
    of another kind (``issues: 5``, ``seller: x``). Wrong values inside are asked again."""
    from pydantic import ValidationError

    from poa.errors import loc_text
    from poa.model import Case

    try:
        Case.model_validate(data, context={"defer_cross_checks": True})
    except ValidationError as err:
        wrong = {
            tuple(p for p in error["loc"] if isinstance(p, int) or str(p).isidentifier()): _SHAPES[
                error["type"]
            ]
            for error in err.errors()
            if error["type"] in _SHAPES
        }
        if wrong:
            lines = "\n".join(
                f"  {where}:{yamldoc.line_of(data, loc) or 1}: {loc_text(loc)} must be {shape}"
                for loc, shape in wrong.items()
            )
            raise CaseFileError(
                f"{where} has parts the interview cannot fill in:\n{lines}\n"
                f"Fix them in an editor (see samples/ for the layout), then run "
                f"poa interview {where} again."
            ) from None
