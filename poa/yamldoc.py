"""YAML documents people write by hand: read safely, parsed with line numbers, checked against a
pydantic model with every problem at once, and written back with comments and layout kept.

Case files and question banks both go through here. ruamel and pydantic are loaded by the
functions that use them: a bank taken from the cache, a notice's terms, need neither (the
round-trip reader and writer are in :mod:`poa.yamlrt`).
"""

from __future__ import annotations

import io
import warnings
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from poa import linear
from poa.errors import PoaError, Problem

if TYPE_CHECKING:
    from pydantic import BaseModel, ValidationError

    from poa.model.introspect import Loc

_Model = TypeVar("_Model", bound="BaseModel")

Indent = tuple[int, int, int]
DEFAULT_INDENT: Indent = (2, 4, 2)
"""mapping, sequence, dash offset: ``key:`` then ``  - item`` (the layout of our samples)."""


def read_text(path: Path, max_bytes: int, error: type[PoaError], what: str, hint: str = "") -> str:
    """The file's text, or ``error`` saying why it is not a readable ``what`` (e.g. "case file").

    ``hint`` ends the messages for a missing or oversized file (where to look instead).
    """
    from poa.fsutil import decode_text, read_limited

    if path.is_dir():
        raise error(f"{path} is a folder, not a {what}. Give the path of a .yaml file.")
    raw = read_limited(path, max_bytes, error, what, hint)
    return decode_text(raw, path, error, f"YAML {what}")


def parse(path: Path, text: str, error: type[PoaError], what: str) -> tuple[Any, Indent]:
    """Parse YAML text; guess its indentation so that saving re-indents nothing."""
    from ruamel.yaml.error import MarkedYAMLError, ReusedAnchorWarning, YAMLError

    too_deep = f"{path}: the YAML is nested too deeply to be a {what}. Check the brackets."
    if _brackets_deeper(text, MAX_PARSE_DEPTH):
        raise error(too_deep)
    try:
        with _anchors_reused_raise():
            return _parse(text)
    except ReusedAnchorWarning as err:
        # ruamel only warns, and the later anchor wins: refuse rather than guess which was meant.
        found = _SECOND_ANCHOR.search(str(err))
        line = f":{found.group('line')}" if found else ""
        name = f" &{found.group('name')[1:-1]}" if found else ""
        raise error(
            f"{path}{line}: the anchor{name} is defined twice. Give each anchor its own name."
        ) from err
    except MarkedYAMLError as err:
        mark = err.problem_mark or err.context_mark
        if err.context_mark is not None and (mark is None or mark.index >= len(text.rstrip())):
            # An unclosed bracket or quote is only noticed at the end of the file: point at
            # where it was opened instead.
            mark = err.context_mark
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = err.problem or err.context or "invalid YAML"
        raise error(
            f"{path}{line}: not valid YAML: {problem}. "
            "Check the indentation and quoting around that line."
        ) from err
    except YAMLError as err:
        raise error(f"{path}: not valid YAML: {err}") from err
    except RecursionError as err:
        raise error(too_deep) from err
    except (ValueError, IndexError, TypeError) as err:
        # ruamel's constructors raise these for a value that does not fit an explicit tag,
        # e.g. "!!int Sample case" or "!!float 1e2e3".
        raise error(
            f"{path}: not valid YAML: a value does not fit its tag ({err}). "
            "Remove tags such as !!int or !!float, or fix the value."
        ) from err


_SECOND_ANCHOR = linear.compile(
    r"duplicate anchor (?P<name>.+?)\n.*second occurrence.*?line (?P<line>\d+)", linear.S
)


@contextmanager
def _anchors_reused_raise() -> Iterator[None]:
    """Make ruamel's warning about an anchor defined twice an exception."""
    from ruamel.yaml.error import ReusedAnchorWarning

    with warnings.catch_warnings():
        warnings.simplefilter("error", ReusedAnchorWarning)
        yield


def _parse(text: str) -> tuple[Any, Indent]:
    from ruamel.yaml.util import load_yaml_guess_indent

    from poa.yamlrt import round_trip

    try:
        data, sequence, offset = load_yaml_guess_indent(text, yaml=round_trip(DEFAULT_INDENT))
    except IndexError:  # the guesser trips on a few odd layouts; the parse itself is fine
        return round_trip(DEFAULT_INDENT).load(text), DEFAULT_INDENT
    if sequence is None:  # nothing nested to learn from
        return data, DEFAULT_INDENT
    if offset is None:  # no lists: the guess is the mapping indent
        return data, (sequence, sequence, 0)
    mapping = sequence - offset if offset else sequence
    return data, (max(2, mapping), sequence, offset)


MAX_NODES = 200_000
"""More values than any hand-written file holds: past this, anchors and aliases (``*a``) were
used to multiply a small file into a huge tree (a "billion laughs")."""


def check_expansion(data: Any, path: Path, error: type[PoaError], what: str) -> None:
    """Refuse a document whose aliases expand it past :data:`MAX_NODES` values.

    Aliases are shared references, so the parsed data is small, but everything that walks
    it (validation, saving) visits each copy: this walk stops as soon as the count is over.
    """
    count = 0
    stack = [data]
    while stack:
        node = stack.pop()
        count += 1
        if count > MAX_NODES:
            raise error(
                f"{path}: this {what} expands to more than {MAX_NODES:,} values through its "
                "anchors and aliases (&name / *name). Write the values out instead."
            )
        if isinstance(node, dict):
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def fast_load(text: str) -> Any:
    """Plain data, no comments or lines, with the C parser when installed.

    For the common case of a valid file; when this fails or the data is wrong, parse again
    with :func:`parse` to report problems with their lines.
    """
    if not _shallow(text):
        # The C parser recurses in C: deep enough nesting overflows the stack and kills the
        # process. The round-trip parser recurses in Python, which stops with an error.
        raise ValueError("nested too deeply for the fast parser")
    with _anchors_reused_raise():  # :func:`parse` explains it
        return safe_yaml().load(text)


def safe_yaml() -> Any:
    """ruamel's safe loader (the C parser when installed), whose resolver looks up its table of
    implicit types once per document instead of for every scalar.

    ruamel's resolver asks, for each scalar, which YAML version the document is in, trying
    attributes the C parser does not have and catching the errors: some 40 % of loading a
    case. With the C parser the answer cannot change within a loader (the version is the
    loader's own), so the table is kept; with the pure-Python parser it is asked each time,
    as before.
    """
    from ruamel.yaml import YAML

    yaml = YAML(typ="safe")
    yaml.Resolver = _steady_resolver()
    return yaml


@cache
def _steady_resolver() -> type:
    from ruamel.yaml.resolver import VersionedResolver

    asked = VersionedResolver.__dict__["versioned_resolver"]  # the property itself

    class SteadyResolver(VersionedResolver):
        @property
        def versioned_resolver(self) -> Any:
            table = self.__dict__.get("_steady")
            if table is None:
                table = asked.fget(self)
                if not hasattr(self.loadumper, "_scanner"):  # the C parser: one version
                    self.__dict__["_steady"] = table
            return table

    return SteadyResolver


MAX_FAST_DEPTH = 64
"""Brackets open at once, or spaces of indentation, beyond which the fast parser is not used:
ten times any case or bank poa has, far below what overflows the C parser's stack."""


MAX_PARSE_DEPTH = 600
"""Brackets open at once beyond which no parser is tried: the round-trip parser recurses in
Python and stops near 900 anyway, but a file of 1,200 or more took it seconds to give up
(100,000 ``[`` took 5 s), so such a file is refused at once, with the same message."""


def _shallow(text: str) -> bool:
    """Whether ``text`` nests at most MAX_FAST_DEPTH deep: one pass, counting brackets (those
    in quotes too, which can only make it cautious) and each line's indentation."""
    return not _brackets_deeper(text, MAX_FAST_DEPTH) and all(
        len(line) - len(line.lstrip(" -?:")) <= 2 * MAX_FAST_DEPTH for line in text.split("\n")
    )


def _brackets_deeper(text: str, limit: int) -> bool:
    """Whether more than ``limit`` brackets ``[`` and ``{`` are open at once somewhere in
    ``text``, counting those in quotes and comments too (only a file with hundreds of unclosed
    brackets in its text could be counted deeper than it nests)."""
    if text.count("[") + text.count("{") <= limit:
        return False
    depth = 0
    for char in text:
        if char in "[{":
            depth += 1
            if depth > limit:
                return True
        elif char in "]}":
            depth = max(depth - 1, 0)
    return False


def dump(data: Any, indent: Indent = DEFAULT_INDENT) -> str:
    from poa.yamlrt import round_trip

    buffer = io.StringIO()
    round_trip(indent).dump(data, buffer)
    return buffer.getvalue()


def line_of(data: Any, loc: Loc) -> int | None:
    """The 1-based line of the deepest part of ``loc`` present in the parsed document."""
    from ruamel.yaml.comments import CommentedMap, CommentedSeq

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


def lines(text: str) -> Callable[[Loc], int | None]:
    """:func:`line_of` for ``text``, a document :func:`fast_load` read, from the C parser's
    nodes: some 2 ms for a case where the round-trip parser takes 100 (issue 18).

    Raises ValueError for text the fast parser does not read (the caller parses it again with
    :func:`parse`).
    """
    from ruamel.yaml.nodes import MappingNode, SequenceNode

    if not _shallow(text):
        raise ValueError("nested too deeply for the fast parser")
    with _anchors_reused_raise():
        root = safe_yaml().compose(text)

    def line(loc: Loc) -> int | None:
        found: int | None = None
        node = root
        for part in loc:
            if isinstance(node, MappingNode):
                pairs = [
                    (k, v) for k, v in node.value if k.value == part and k.tag.endswith(":str")
                ]
                if not pairs:
                    break
                key, node = pairs[-1]
                found = key.start_mark.line + 1
            elif (
                isinstance(node, SequenceNode)
                and isinstance(part, int)
                and 0 <= part < len(node.value)
            ):
                node = node.value[part]
                found = node.start_mark.line + 1
            else:
                break
        return found

    return line


def parse_loc(text: str) -> Loc:
    """``issues[0].facts.rate`` → ("issues", 0, "facts", "rate"): a path as poa prints it."""
    parts: list[str | int] = []
    for chunk in text.replace("]", "").split("."):
        name, *indexes = chunk.split("[")
        if name:
            parts.append(name)
        parts += [int(i) for i in indexes if i.isdigit()]
    return tuple(parts)


def validation_problems(err: ValidationError, data: Any, root: type[BaseModel]) -> list[Problem]:
    """pydantic's errors as Problems a person can act on, each with its line in ``data``.

    A value that fits none of a union's forms gets one problem, not one per form.
    """
    merged: dict[Loc, Problem] = {}
    for error in err.errors():
        problem = _problem(error, data, root)
        earlier = merged.get(problem.loc)
        if earlier is None:
            merged[problem.loc] = problem
        elif earlier.message.startswith(_TYPE) and problem.message.startswith(_TYPE):
            kind = problem.message.removeprefix(_TYPE).split(" (got", 1)[0]
            head, _, got = earlier.message.partition(" (got")
            if kind not in head:
                merged[problem.loc] = replace(
                    earlier, message=f"{head} or {kind}" + (f" (got{got}" if got else "")
                )
    return list(merged.values())


_TYPE = "Input should be a valid "


def _problem(error: Any, data: Any, root: type[BaseModel]) -> Problem:
    import difflib

    from poa.model.introspect import model_at

    kind = error["type"]
    raw = tuple(error["loc"])
    # For an unknown key the last part is the key the file has, whatever it looks like
    # ("legal name!", "😀"); elsewhere pydantic's names of union members are dropped.
    extra = kind == "extra_forbidden" and raw
    loc = (*_field_loc(raw[:-1]), raw[-1]) if extra else _field_loc(raw)
    message = str(error["msg"])
    if kind == "extra_forbidden" and loc:
        key = str(loc[-1])
        parent = model_at(root, loc[:-1])
        known = list(parent.model_fields) if parent else []
        close = difflib.get_close_matches(key, known, n=1, cutoff=0.6)
        message = f"unknown key {key!r}" + (f"; did you mean {close[0]!r}?" if close else "")
        if known and not close:
            message += f"; expected one of: {', '.join(known)}"
    elif kind == "missing":
        parent = model_at(root, loc[:-1]) if loc else None
        info = parent.model_fields.get(str(loc[-1])) if parent else None
        message = "required" + (f": {info.description}" if info and info.description else "")
    elif kind.startswith(("date", "datetime")):
        message += ". Write dates as YYYY-MM-DD, e.g. 2026-11-03"
    if kind not in {"missing", "extra_forbidden"} and "input" in error:
        value = error["input"]
        shown = None if isinstance(value, dict | list) else repr(value)
        if shown is not None and len(shown) <= 60:
            message += f" (got {shown})"
    return Problem(loc, message, line_of(data, loc))


_SCHEMA_TAGS = {"str", "int", "float", "bool", "date", "list", "dict", "none", "literal"}


def _field_loc(raw: tuple[Any, ...]) -> Loc:
    return tuple(part for part in raw if isinstance(part, int) or _is_field_name(part))


def _is_field_name(part: object) -> bool:
    # pydantic adds the names of union members and validators to a loc; they are not keys.
    return isinstance(part, str) and part.replace("_", "a").isalnum() and part not in _SCHEMA_TAGS


def load_model(
    path: Path, model: type[_Model], error: type[PoaError], what: str, max_bytes: int = 1 << 20
) -> _Model:
    """A small YAML file (a letterhead, a config) validated against ``model``.

    Every failure is ``error`` naming the file, and each problem with its line.
    """
    from pydantic import ValidationError

    text = read_text(path, max_bytes, error, what)
    data, _ = parse(path, text, error, what)
    try:
        return model.model_validate(data)
    except ValidationError as err:
        problems = validation_problems(err, data, model)
        lines = "\n".join(f"  {problem.format(str(path))}" for problem in problems)
        raise error(f"{path} is not a valid {what}:\n{lines}") from None
