"""``when`` conditions: small expressions over earlier answers, e.g. ``uses_fba == false``.

They are Jinja expressions evaluated in a sandbox: comparisons, ``and`` / ``or`` / ``not``,
``in``, literals. An answer not given (a skipped question) is undefined and compares false.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

import jinja2
from jinja2 import meta
from jinja2.sandbox import SandboxedEnvironment

_ENV = SandboxedEnvironment()


@cache
def _compiled(expression: str) -> Callable[..., Any]:
    return _ENV.compile_expression(expression)


def check_condition(expression: str) -> str | None:
    """Why ``expression`` is not a usable condition, or None."""
    try:
        _compiled(expression)
    except jinja2.TemplateSyntaxError as err:
        return f"the condition {expression!r} does not parse: {err.message}"
    return None


@cache
def names_in(expression: str) -> frozenset[str]:
    """The answer ids a condition reads (none for an empty condition)."""
    if not expression.strip():
        return frozenset()
    return frozenset(meta.find_undeclared_variables(_ENV.parse(f"{{{{ {expression} }}}}")))


def holds(expression: str | None, answers: Mapping[str, object]) -> bool:
    """Whether the condition is true for these answers (no condition: always)."""
    if not expression:
        return True
    try:
        return bool(_compiled(expression)(**answers))
    except (jinja2.UndefinedError, TypeError):  # e.g. a skipped number compared with 24
        return False
