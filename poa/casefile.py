"""Case files: YAML in, every problem out at once with its line, YAML back with comments kept.

>>> case = load_case("samples/amazon-late-shipment.yaml")      # doctest: +SKIP
>>> case.issues[0].reason                                      # doctest: +SKIP
'amazon.late_shipment_rate'
"""

from __future__ import annotations

import difflib
import io
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.error import MarkedYAMLError, YAMLError
from ruamel.yaml.util import load_yaml_guess_indent

from poa.errors import CaseFileError, CaseValidationError, Problem, SchemaVersionError
from poa.fsutil import write_atomic
from poa.model import SCHEMA_VERSION, Case
from poa.model.introspect import model_at

MAX_CASE_BYTES = 2 * 1024 * 1024
"""A case is text typed by people; anything larger is not a case file."""


class _Constructor(RoundTripConstructor):
    """Keeps an impossible date such as 2026-02-30 as text; the model reports it with its line."""

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return self.construct_scalar(node)


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)


Indent = tuple[int, int, int]
DEFAULT_INDENT: Indent = (2, 4, 2)
"""mapping, sequence, dash offset: ``key:`` then ``  - item`` (the layout of our samples)."""


def _yaml(indent: Indent = DEFAULT_INDENT) -> YAML:
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a seller's long lines
    mapping, sequence, offset = indent
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    return yaml


def _load(text: str) -> tuple[Any, Indent]:
    """Parse YAML and guess its indentation, so saving re-indents nothing the user wrote."""
    try:
        data, sequence, offset = load_yaml_guess_indent(text, yaml=_yaml())
    except IndexError:  # the guesser trips on a few odd layouts; the parse itself is fine
        return _yaml().load(text), DEFAULT_INDENT
    if sequence is None or offset is None:
        return data, (sequence or 2, sequence or 2, 0) if sequence else DEFAULT_INDENT
    return data, (max(2, sequence - offset) if offset else sequence, sequence, offset)


@dataclass
class CaseFile:
    """A case file on disk: its YAML tree (comments and key order kept) and where it lives.

    Change ``data`` and call :meth:`save`; call :meth:`validate` for the Case.
    """

    path: Path
    data: CommentedMap = field(default_factory=CommentedMap)
    indent: Indent = DEFAULT_INDENT

    @property
    def base_dir(self) -> Path:
        return self.path.resolve().parent

    def validate(self) -> Case:
        """The Case this file describes, or CaseValidationError listing every problem."""
        return _validate(self.data, self.path, self.base_dir)

    def save(self) -> None:
        """Write the file atomically; comments and key order survive."""
        if "schema_version" not in self.data:
            self.data.insert(0, "schema_version", SCHEMA_VERSION)
        buffer = io.StringIO()
        _yaml(self.indent).dump(self.data, buffer)
        write_atomic(self.path, buffer.getvalue().encode("utf-8"))

    def line_of(self, loc: tuple[str | int, ...]) -> int | None:
        """The 1-based line of the deepest part of ``loc`` present in the file."""
        return _line_of(self.data, loc)


def load_case(path: str | Path) -> Case:
    """Read and validate a case file; raise CaseFileError or CaseValidationError."""
    return open_case(path).validate()


def open_case(path: str | Path) -> CaseFile:
    """Read a case file's YAML without validating the Case (the interview needs partial cases)."""
    path = Path(path)
    text = _read_text(path)
    try:
        data, indent = _load(text)
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        if err.context_mark is not None and (mark is None or mark.index >= len(text.rstrip())):
            # An unclosed bracket or quote is only noticed at the end of the file: point at
            # where it was opened instead.
            mark = err.context_mark
        line = f":{mark.line + 1}" if mark is not None else ""
        what = err.problem or err.context or "invalid YAML"
        raise CaseFileError(
            f"{path}{line}: not valid YAML: {what}. "
            "Check the indentation and quoting around that line."
        ) from err
    except YAMLError as err:
        raise CaseFileError(f"{path}: not valid YAML: {err}") from err
    except RecursionError as err:
        raise CaseFileError(
            f"{path}: the YAML is nested too deeply to be a case file. Check the brackets."
        ) from err
    if data is None:
        raise CaseFileError(
            f"{path}: the file is empty. Start from a sample: "
            f"cp samples/amazon-late-shipment.yaml {path}"
        )
    if not isinstance(data, CommentedMap):
        kind = (
            "a list" if isinstance(data, CommentedSeq) else f"a single {type(data).__name__} value"
        )
        raise CaseFileError(
            f"{path}:1: the case file holds {kind}; it must be a mapping of keys such as "
            "schema_version, marketplace, seller, notice and issues"
        )
    _check_schema_version(path, data)
    return CaseFile(path=path, data=data, indent=indent)


def _read_text(path: Path) -> str:
    try:
        size = path.stat().st_size
        if not path.is_file():
            raise CaseFileError(
                f"{path} is a folder, not a case file. Give the path of a .yaml file."
            )
        if size > MAX_CASE_BYTES:
            raise CaseFileError(
                f"{path} is {size / 1024 / 1024:.1f} MB; a case file is at most "
                f"{MAX_CASE_BYTES // 1024 // 1024} MB of text. Is this the right file? Keep "
                "evidence files next to the case and refer to them by name."
            )
        raw = path.read_bytes()
    except FileNotFoundError as err:
        raise CaseFileError(
            f"{path}: no such case file. Check the path, or list samples/ for examples."
        ) from err
    except PermissionError as err:
        raise CaseFileError(
            f"{path}: permission denied. Make the file readable and try again."
        ) from err
    except OSError as err:
        raise CaseFileError(f"{path}: cannot be read: {err.strerror or err}") from err
    if b"\x00" in raw:
        raise CaseFileError(f"{path} is a binary file, not a YAML case file.")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as err:
        line = raw[: err.start].count(b"\n") + 1
        raise CaseFileError(
            f"{path}:{line}: the file is not UTF-8 text (byte 0x{raw[err.start]:02x}). "
            "Save it as UTF-8 in your editor and try again."
        ) from err


def _check_schema_version(path: Path, data: CommentedMap) -> None:
    version = data.get("schema_version")
    line = _line_of(data, ("schema_version",)) or 1
    if version is None:
        raise SchemaVersionError(
            f"{path}:1: schema_version is missing. "
            f"Add 'schema_version: {SCHEMA_VERSION}' as the first line."
        )
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise SchemaVersionError(
            f"{path}:{line}: schema_version must be a whole number "
            f"such as {SCHEMA_VERSION}, not {version!r}."
        )
    if version > SCHEMA_VERSION:
        raise SchemaVersionError(
            f"{path}:{line}: this case file uses schema_version {version}, written by a newer poa; "
            f"this poa reads up to {SCHEMA_VERSION}. Upgrade poa (pip install -U poa) to open it."
        )


def _validate(data: CommentedMap, path: Path, base_dir: Path) -> Case:
    try:
        case = Case.model_validate(data, context={"defer_cross_checks": True})
    except ValidationError as err:
        problems = [_problem_from_error(data, e) for e in err.errors()]
        raise CaseValidationError(problems, str(path)) from None
    problems = [
        Problem(p.loc, p.message, _line_of(data, p.loc)) for p in case.problems(base_dir=base_dir)
    ]
    if problems:
        raise CaseValidationError(problems, str(path))
    return case


def _problem_from_error(data: CommentedMap, error: Any) -> Problem:
    loc = tuple(part for part in error["loc"] if isinstance(part, int) or _is_field_name(part))
    kind = error["type"]
    message = str(error["msg"])
    if kind == "extra_forbidden":
        key = str(loc[-1])
        known = _fields_at(loc[:-1])
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        message = f"unknown key {key!r}" + (f"; did you mean {close[0]!r}?" if close else "")
        if known and not close:
            message += f"; expected one of: {', '.join(known)}"
    elif kind == "missing":
        description = _description_at(loc)
        message = "required" + (f": {description}" if description else "")
    elif kind.startswith("date") or kind.startswith("datetime"):
        message += ". Write dates as YYYY-MM-DD, e.g. 2026-11-03"
    if kind != "missing" and "input" in error and kind != "extra_forbidden":
        shown = repr(error["input"]) if not isinstance(error["input"], dict | list) else None
        if shown is not None and len(shown) <= 60:
            message += f" (got {shown})"
    return Problem(loc, message, _line_of(data, loc))


def _is_field_name(part: object) -> bool:
    # pydantic adds the names of union members and validators to a loc; they are not keys.
    return isinstance(part, str) and part.replace("_", "a").isalnum() and part not in _SCHEMA_TAGS


_SCHEMA_TAGS = {"str", "int", "float", "bool", "date", "list", "dict", "none", "literal"}


def _line_of(data: Any, loc: tuple[str | int, ...]) -> int | None:
    line: int | None = None
    node = data
    for part in loc:
        try:
            if isinstance(node, CommentedMap) and part in node:
                line = node.lc.key(part)[0] + 1
                node = node[part]
            elif isinstance(node, CommentedSeq) and isinstance(part, int) and 0 <= part < len(node):
                line = node.lc.item(part)[0] + 1
                node = node[part]
            else:
                break
        except (KeyError, IndexError, TypeError, AttributeError):
            break
    return line


def _fields_at(loc: tuple[str | int, ...]) -> list[str]:
    model = model_at(Case, loc)
    return list(model.model_fields) if model else []


def _description_at(loc: tuple[str | int, ...]) -> str | None:
    parent = model_at(Case, loc[:-1]) if loc else None
    info = parent.model_fields.get(str(loc[-1])) if parent else None
    return info.description if info else None
