"""Finding one's way in the Case model by field path: which model sits where, in what order."""

from __future__ import annotations

import typing
from typing import Any

from pydantic import BaseModel

Loc = tuple[str | int, ...]


def model_in(annotation: Any) -> type[BaseModel] | None:
    """The pydantic model inside a field's type (``list[Issue]`` → Issue), if any."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in typing.get_args(annotation):
        found = model_in(arg)
        if found is not None:
            return found
    return None


def model_at(root: type[BaseModel], loc: Loc) -> type[BaseModel] | None:
    """The model class of the value at ``loc`` below ``root``, or None for a plain value."""
    model: type[BaseModel] | None = root
    for part in loc:
        if isinstance(part, int):
            continue
        info = model.model_fields.get(part) if model else None
        model = model_in(info.annotation) if info else None
    return model


def document_order(root: type[BaseModel], loc: Loc) -> tuple[int, ...]:
    """A sort key that puts field paths in the order the fields are declared (and written)."""
    key: list[int] = []
    model: type[BaseModel] | None = root
    for part in loc:
        if isinstance(part, int):
            key.append(part)
            continue
        names = list(model.model_fields) if model else []
        key.append(names.index(part) if part in names else len(names))
        info = model.model_fields.get(part) if model else None
        model = model_in(info.annotation) if info else None
    return tuple(key)
