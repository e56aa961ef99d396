"""Case files: YAML in, every problem out at once with its line, YAML back with comments kept.

>>> case = load_case("samples/amazon-late-shipment.yaml")      # doctest: +SKIP
>>> case.issues[0].reason                                      # doctest: +SKIP
'amazon.late_shipment_rate'
"""

from __future__ import annotations

import contextlib
import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from poa import yamldoc
from poa.errors import (
    CaseConflictError,
    CaseFileError,
    CaseValidationError,
    Problem,
    SchemaVersionError,
)
from poa.fsutil import write_atomic
from poa.model.values import SCHEMA_VERSION

if TYPE_CHECKING:
    # The Case model is built when a case is first validated: the interview opens and saves
    # a case, and asks its first question, without it (issue 18).
    from poa.model import Case
    from poa.model.introspect import Loc

MAX_CASE_BYTES = 2 * 1024 * 1024
"""A case is text typed by people; anything larger is not a case file."""
_HINT = " Samples to start from are in samples/; evidence files stay next to the case."


@dataclass
class CaseFile:
    """A case file on disk: its YAML tree (comments and key order kept) and where it lives.

    Change ``data`` and call :meth:`save`; call :meth:`validate` for the Case.
    """

    path: Path
    data: CommentedMap = field(default_factory=CommentedMap)
    indent: yamldoc.Indent = yamldoc.DEFAULT_INDENT
    seen: str | None = None
    """The digest of the file as this session last read or wrote it; None for a file that did
    not exist. A save checks it first, so two writers never lose each other's work."""

    @property
    def base_dir(self) -> Path:
        return self.path.resolve().parent

    def validate(self, today: dt.date | None = None) -> Case:
        """The Case this file describes, or CaseValidationError listing every problem.

        ``today`` is the date "the future" is measured from: the workspace's, where the
        caller has one; the clock's otherwise.
        """
        from pydantic import ValidationError

        from poa.model import Case
        from poa.model.checks import partial_problems
        from poa.model.introspect import document_order

        today = today or dt.date.today()
        try:
            case = Case.model_validate(self.data, context={"defer_cross_checks": True})
        except ValidationError as err:
            # The parts that are valid on their own still get their rules checked, so one
            # run shows every problem rather than one batch per fix.
            problems = yamldoc.validation_problems(err, self.data, Case)
            problems += self._located(partial_problems(self.data, today, self.base_dir))
            problems.sort(key=lambda problem: document_order(Case, problem.loc))
            raise CaseValidationError(problems, str(self.path)) from None
        problems = self._located(case.problems(base_dir=self.base_dir, today=today))
        if problems:
            raise CaseValidationError(problems, str(self.path))
        return case

    def _located(self, problems: list[Problem]) -> list[Problem]:
        return [Problem(p.loc, p.message, self.line_of(p.loc)) for p in problems]

    def save(self) -> None:
        """Write the file atomically; comments, key order and indentation survive.

        Under a lock on the file's path, the file on disk is compared with what this session
        read: if another writer (a second ``poa interview``, ``--answers``, an editor)
        changed it since, nothing is overwritten; this session's version is written next to
        it and CaseConflictError says where, so no one's answers are lost."""
        from poa.caselock import holding

        if "schema_version" not in self.data:
            self.data.insert(0, "schema_version", SCHEMA_VERSION)
        ours = yamldoc.dump(self.data, self.indent).encode("utf-8")
        with holding(self.path, "poa"):
            if _digest_on_disk(self.path) != self.seen:
                mine = self.path.with_name(f"{self.path.stem}.mine{self.path.suffix}")
                write_atomic(mine, ours)
                raise CaseConflictError(
                    f"{self.path} changed on disk after this session read it (another poa "
                    f"command or an editor wrote it). Nothing was overwritten: this "
                    f"session's version is in {mine}. Compare the two, keep what you need "
                    f"in {self.path}, and run the command again."
                )
            write_atomic(self.path, ours)
            self.seen = _digest(ours)

    def line_of(self, loc: Loc) -> int | None:
        """The 1-based line of the deepest part of ``loc`` present in the file."""
        return yamldoc.line_of(self.data, loc)


def load_case(path: str | Path) -> Case:
    """Read and validate a case file; raise CaseFileError or CaseValidationError.

    A sound file is read with the fast parser; any problem sends it through the round-trip
    parser, which reports every problem with its line.
    """
    return read_case(path)[0]


def read_case(
    path: str | Path, today: dt.date | None = None
) -> tuple[Case, Callable[[Loc], int | None]]:
    """:func:`load_case`, with the line of each value of the file (as :meth:`CaseFile.line_of`
    gives it): for a case to comment on, where ``today`` is the date "the future" is
    measured from."""
    from pydantic import ValidationError

    from poa.model import Case

    path = Path(path)
    text = yamldoc.read_text(path, MAX_CASE_BYTES, CaseFileError, "case file", _HINT)
    try:
        data = yamldoc.fast_load(text)
    except Exception:  # whatever it is, the careful parser below explains it with its line
        data = None
    if data is not None:
        yamldoc.check_expansion(data, path, CaseFileError, "case file")
    version = data.get("schema_version") if isinstance(data, dict) else None
    if type(version) is int and version == SCHEMA_VERSION:  # not True, which equals 1
        try:
            case = Case.model_validate(data, context={"defer_cross_checks": True})
        except ValidationError:
            pass
        else:
            if not case.problems(base_dir=path.resolve().parent, today=today):
                with contextlib.suppress(Exception):  # the round-trip parser finds the lines
                    return case, yamldoc.lines(text)
    case_file = open_case(path)
    return case_file.validate(today), case_file.line_of


def open_case(path: str | Path) -> CaseFile:
    """Read a case file's YAML without validating the Case (the interview needs partial cases)."""
    path = Path(path)
    text = yamldoc.read_text(path, MAX_CASE_BYTES, CaseFileError, "case file", _HINT)
    data, indent = yamldoc.parse(path, text, CaseFileError, "case file")
    yamldoc.check_expansion(data, path, CaseFileError, "case file")
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
    return CaseFile(path=path, data=data, indent=indent, seen=_digest(text.encode("utf-8")))


def _digest(raw: bytes) -> str:
    """The file's content as poa reads it: without a byte-order mark, line ends as \\n."""
    raw = raw.removeprefix(b"\xef\xbb\xbf").replace(b"\r\n", b"\n")
    return hashlib.sha256(raw).hexdigest()


def _digest_on_disk(path: Path) -> str | None:
    """The digest of the file as :func:`open_case` would read it now (a UTF-16 file too);
    "" — like no digest ever taken — for one that can no longer be read as a case: it is
    kept, and this session's version goes beside it."""
    if not path.exists():
        return None
    try:
        text = yamldoc.read_text(path, MAX_CASE_BYTES, CaseFileError, "case file")
    except CaseFileError:
        return ""
    return _digest(text.encode("utf-8"))


def _check_schema_version(path: Path, data: CommentedMap) -> None:
    version = data.get("schema_version")
    line = yamldoc.line_of(data, ("schema_version",)) or 1
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
