"""Reading and writing the case data by field path, e.g. ("issues", 0, "facts", "late_rate")."""

from __future__ import annotations

import itertools
from collections.abc import MutableMapping, MutableSequence
from typing import Any

from poa.errors import loc_text
from poa.yamldoc import parse_loc

FieldPath = tuple[str | int, ...]
"""Where a value sits in the case data: mapping keys and list indexes, from the top."""
_MISSING = object()


def get(data: Any, path: FieldPath, default: Any = None) -> Any:
    node = data
    for part in path:
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            return default
    return node


def has(data: Any, path: FieldPath) -> bool:
    """Whether the path holds an answer (None counts: an optional question left empty)."""
    return get(data, path, _MISSING) is not _MISSING


def put(data: MutableMapping[str, Any], path: FieldPath, value: Any) -> None:
    """Set the value at ``path``, creating the mappings and list entries on the way."""
    node: Any = data
    for part, following in itertools.pairwise(path):
        fresh: Any = [] if isinstance(following, int) else {}
        if isinstance(part, int):
            while len(node) <= part:
                node.append({} if not isinstance(following, int) else [])
            if node[part] is None:
                node[part] = fresh
        elif part not in node or node[part] is None:
            node[part] = fresh
        node = node[part]
    last = path[-1]
    if isinstance(last, int):
        while len(node) <= last:
            node.append(None)
    node[last] = value


def drop(data: Any, path: FieldPath) -> None:
    """Remove the answer at ``path`` (a list entry is removed, later entries move up)."""
    parent = get(data, path[:-1])
    last = path[-1]
    in_mapping = isinstance(parent, MutableMapping) and last in parent
    in_list = isinstance(parent, MutableSequence) and isinstance(last, int) and last < len(parent)
    if in_mapping or in_list:
        del parent[last]


def text(path: FieldPath) -> str:
    """``issues[0].corrective_actions[1].completed_on``: the path as a reader writes it."""
    return loc_text(path)


def parse(value: str) -> FieldPath:
    """The inverse of :func:`text`: ``issues[0].facts.rate`` → ("issues", 0, "facts", "rate")."""
    return parse_loc(value)
