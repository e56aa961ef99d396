"""Names a package exports but loads only when first asked for (``poa``, ``poa.model`` and
``poa.banks`` keep pydantic, Jinja and the banks out of ``poa --help``'s start-up).

>>> __getattr__ = exports("poa.model", {"Case": "poa.model.case"})  # doctest: +SKIP
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping
from typing import Any


def exports(
    package: str, table: Mapping[str, str], renamed: Mapping[str, str] | None = None
) -> Callable[[str], Any]:
    """A module ``__getattr__`` for ``package``: each name of ``table`` is taken from the module
    it maps to (under its name in ``renamed``, if there); any other name is an AttributeError."""
    renamed = renamed or {}

    def __getattr__(name: str) -> Any:  # noqa: N807 - the module hook's own name
        module = table.get(name)
        if module is None:
            raise AttributeError(f"module {package!r} has no attribute {name!r}")
        return getattr(importlib.import_module(module), renamed.get(name, name))

    return __getattr__
