"""What one template may cost: steps, time, and the size of what it builds.

Templates are sandboxed (they cannot read files or reach Python), but a sandboxed template can
still loop ``range(99999)`` inside ``range(99999)`` or build ``'A' * 10**8``. Every template,
the built-in ones too, runs in a :class:`BudgetedEnvironment`:

- every loop pass, macro call, function call, filter and attribute access is a **step**:
  at most :data:`MAX_STEPS` per render, and the clock is read every 1,024 steps
  (:data:`MAX_SECONDS`);
- no operation builds a text or list longer than :data:`MAX_SIZE`: ``*``, ``%`` and
  ``format`` are refused *before* they run when their numbers say the result would be too
  big; ``+``, ``~``, calls and filters are measured after (at most twice the limit is ever
  held);
- a number raised to a power has at most :data:`MAX_BITS` bits;
- a template writes at most :data:`MAX_OUTPUT` characters.

Breaking any of them is a TemplateLimitError naming the template and the limit. The largest
document poa ships takes under 2,000 steps and a few tens of kilobytes, so the limits are far from
anything a real letter needs.
"""

from __future__ import annotations

import functools
import time
from collections.abc import Callable, Iterable
from contextvars import ContextVar
from dataclasses import dataclass
from typing import Any

from jinja2 import nodes
from jinja2.runtime import Context
from jinja2.sandbox import SandboxedEnvironment
from jinja2.visitor import NodeTransformer

from poa.errors import TemplateLimitError

MAX_STEPS = 500_000
MAX_SECONDS = 10.0
MAX_SIZE = 2_000_000
MAX_OUTPUT = 2_000_000
MAX_BITS = 4_096
_CLOCK_EVERY = 1_024
_DIGITS = len(str(MAX_SIZE))
"""A number in a format string with this many digits may ask for a width over MAX_SIZE."""


@dataclass
class _Meter:
    name: str
    deadline: float
    steps: int = 0


_meter: ContextVar[_Meter | None] = ContextVar("poa_template_meter", default=None)


def render_within_budget(template: Any, name: str, context: dict[str, Any]) -> str:
    """Render ``template`` (a Jinja Template of a BudgetedEnvironment) within every limit."""
    token = _meter.set(_Meter(template.filename or name, time.monotonic() + MAX_SECONDS))
    try:
        written = 0
        pieces: list[str] = []
        for piece in template.generate(**context):
            written += len(piece)
            if written > MAX_OUTPUT:
                raise _over(f"it wrote more than {MAX_OUTPUT:,} characters")
            pieces.append(piece)
        return "".join(pieces)
    finally:
        _meter.reset(token)


def _over(what: str) -> TemplateLimitError:
    meter = _meter.get()
    name = meter.name if meter else "a template"
    return TemplateLimitError(
        f"{name}: stopped because {what}. A Plan of Action needs a tiny fraction of that: look "
        "for a loop inside a loop, or a text or list multiplied by a large number."
    )


def step() -> None:
    """Count one step of the running render; refuse when steps or time run out."""
    meter = _meter.get()
    if meter is None:  # rendered outside render_within_budget (a test's own render)
        return
    meter.steps += 1
    if meter.steps > MAX_STEPS:
        raise _over(f"it ran more than {MAX_STEPS:,} steps (loop passes, calls and filters)")
    if meter.steps % _CLOCK_EVERY == 0 and time.monotonic() > meter.deadline:
        raise _over(f"it ran for more than {MAX_SECONDS:g} seconds")


def sized(value: Any) -> Any:
    """``value`` if it is no longer than MAX_SIZE; a TemplateLimitError otherwise."""
    if isinstance(value, str | list | tuple | dict | set | bytes) and len(value) > MAX_SIZE:
        raise _over(
            f"it built a {type(value).__name__} of {len(value):,} items (the limit is {MAX_SIZE:,})"
        )
    return value


def _check_numbers(values: Iterable[Any]) -> None:
    for value in values:
        if isinstance(value, int) and not isinstance(value, bool) and abs(value) > MAX_SIZE:
            raise _over(
                f"it passed the number {value:.3g} to a function or filter "
                f"(the limit is {MAX_SIZE:,})"
            )


def _check_format(pattern: str, values: Iterable[Any]) -> None:
    """A ``%`` or ``format`` pattern: its widths are digits in it, or numbers passed to it
    when it asks for them (``%*d``, ``{:{}}``)."""
    if "*" in pattern or _nested_field(pattern):
        _check_numbers(values)
    run = 0
    for char in pattern:
        run = run + 1 if char.isdigit() else 0
        if run >= _DIGITS:
            raise _over(f"a format asks for a width or precision of {_DIGITS} digits or more")


def _check_repeat(times: Any, other: Any) -> None:
    if not (isinstance(times, int) and hasattr(other, "__len__")):
        return
    if times * len(other) > MAX_SIZE:
        kind, size = type(other).__name__, len(other)
        raise _over(
            f"it multiplied a {kind} of {size:,} items by {times:,} (the limit is {MAX_SIZE:,})"
        )


def _check_power(base: Any, power: Any) -> None:
    if not (isinstance(base, int) and isinstance(power, int) and power > 0):
        return
    if max(abs(base).bit_length(), 1) * power > MAX_BITS:
        raise _over(f"it raised a number to the power {power:,}")


def _nested_field(pattern: str) -> bool:
    """Whether a ``str.format`` pattern takes a width from its arguments (``{:>{}}``)."""
    depth = 0
    for char in pattern:
        if char == "{":
            if depth:
                return True
            depth += 1
        elif char == "}":
            depth = max(depth - 1, 0)
    return False


class _Metered(NodeTransformer):
    """Puts a step at the top of every loop and macro body, and a size check on every ``~``."""

    def __init__(self, environment: BudgetedEnvironment) -> None:
        self.environment = environment

    def _call(self, name: str, args: list[nodes.Expr], lineno: int) -> nodes.Call:
        call = nodes.Call(nodes.EnvironmentAttribute(name), args, [], None, None)
        call.set_lineno(lineno)
        call.set_environment(self.environment)
        return call

    def _metered_body(self, node: nodes.For | nodes.Macro | nodes.CallBlock) -> nodes.Node:
        self.generic_visit(node)
        tick = nodes.ExprStmt(self._call("poa_step", [], node.lineno))
        tick.set_lineno(node.lineno)
        tick.set_environment(self.environment)
        node.body.insert(0, tick)
        return node

    visit_For = visit_Macro = visit_CallBlock = _metered_body  # noqa: N815 - visitor names

    def visit_Concat(self, node: nodes.Concat) -> nodes.Node:  # noqa: N802 - visitor name
        self.generic_visit(node)
        return self._call("poa_sized", [node], node.lineno)


class BudgetedEnvironment(SandboxedEnvironment):
    """Jinja's sandbox with a budget: see the module's documentation."""

    intercepted_binops = frozenset({"*", "**", "%", "+"})

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.poa_step = step
        self.poa_sized = sized

    def _parse(self, source: str, name: str | None, filename: str | None) -> nodes.Template:
        template = super()._parse(source, name, filename)
        result = _Metered(self).visit(template)
        assert isinstance(result, nodes.Template)
        return result

    def metered_filters(self) -> None:
        """Count and size every filter (call after the last filter is added)."""
        for name, function in list(self.filters.items()):
            self.filters[name] = _metered(function, name == "format")

    def call_binop(self, context: Context, operator: str, left: Any, right: Any) -> Any:
        step()
        if operator == "*":
            _check_repeat(left, right)
            _check_repeat(right, left)
        elif operator == "**":
            _check_power(left, right)
        elif operator == "%" and isinstance(left, str):
            _check_format(left, right if isinstance(right, tuple) else (right,))
        return sized(super().call_binop(context, operator, left, right))

    def call(__self, __context: Context, __obj: Any, *args: Any, **kwargs: Any) -> Any:  # noqa: N805 - Jinja's own signature
        step()
        if isinstance(getattr(__obj, "__self__", None), str | list | bytes | tuple):
            # 'x'.center(n), .ljust, .zfill, .expandtabs: the number is the size built
            _check_numbers(args)
            _check_numbers(kwargs.values())
        return sized(super().call(__context, __obj, *args, **kwargs))

    def getattr(self, obj: Any, attribute: str) -> Any:
        step()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        step()
        return super().getitem(obj, argument)

    def wrap_str_format(self, value: Any) -> Callable[..., str] | None:
        """``'{:>9}'.format(x)``: the pattern's widths are checked before it runs."""
        wrapped = super().wrap_str_format(value)
        if wrapped is None:
            return None
        pattern = str(value.__self__)
        checked = wrapped

        @functools.wraps(wrapped)
        def check_first(*args: Any, **kwargs: Any) -> str:
            values = [*args, *kwargs.values()]
            if args and isinstance(args[0], dict):  # format_map(mapping)
                values += list(args[0].values())
            _check_format(pattern, values)
            result: str = sized(checked(*args, **kwargs))
            return result

        return check_first


def _metered(function: Callable[..., Any], formats: bool) -> Callable[..., Any]:
    # Jinja passes the context (or environment) first to some filters; then comes the value.
    first = 2 if getattr(function, "jinja_pass_arg", None) is not None else 1

    @functools.wraps(function)  # keeps jinja_pass_arg: Jinja still passes the context
    def metered(*args: Any, **kwargs: Any) -> Any:
        step()
        values = [*args[first:], *kwargs.values()]
        if formats and len(args) >= first and isinstance(args[first - 1], str):
            _check_format(args[first - 1], values)  # "%*d"|format(n, 1)
        else:
            _check_numbers(values)  # center(n), indent(n), batch(n): the size built
        return sized(function(*args, **kwargs))

    return metered
