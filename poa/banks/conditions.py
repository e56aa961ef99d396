"""``when`` conditions: small expressions over earlier answers, e.g. ``uses_fba == false``.

They are Jinja expressions evaluated in a sandbox: comparisons, ``and`` / ``or`` / ``not``,
``in``, literals. An answer not given (a skipped question) is undefined and compares false.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from functools import cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jinja2.sandbox import SandboxedEnvironment


@cache
def _env() -> SandboxedEnvironment:
    # Imported on first use: a bank taken from the cache is not checked again, and a command
    # that only reads banks need not load Jinja.
    from jinja2.sandbox import SandboxedEnvironment

    return SandboxedEnvironment()


@cache
def _compiled(expression: str) -> Callable[..., Any]:
    return _env().compile_expression(expression)


def check_condition(expression: str) -> str | None:
    """Why ``expression`` is not a usable condition, or None."""
    import jinja2

    try:
        _compiled(expression)
    except jinja2.TemplateSyntaxError as err:
        return f"the condition {expression!r} does not parse: {err.message}"
    return None


@cache
def names_in(expression: str) -> frozenset[str]:
    """The answer ids a condition reads (none for an empty condition)."""
    from jinja2 import meta

    if not expression.strip():
        return frozenset()
    return frozenset(meta.find_undeclared_variables(_env().parse(f"{{{{ {expression} }}}}")))


def holds(expression: str | None, answers: Mapping[str, object]) -> bool:
    """Whether the condition is true for these answers (no condition: always)."""
    import jinja2

    if not expression:
        return True
    try:
        return bool(_compiled(expression)(**answers))
    except (jinja2.UndefinedError, TypeError):  # e.g. a skipped number compared with 24
        return False
