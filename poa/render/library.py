"""The template library: where templates live and the Jinja environment that renders them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from poa.errors import TemplateError
from poa.model import CADENCE_LABELS, EVIDENCE_KIND_LABELS, MARKETPLACE_LABELS
from poa.render.escape import md_escape

_PACKAGE = Path(__file__).resolve().parent.parent


def data_dir(name: str) -> Path:
    """A folder shipped with poa (``templates`` or ``question_banks``).

    In an installed wheel it sits inside the package (``poa/_data/``); in a source checkout
    it is the folder at the top of the repository.
    """
    installed = _PACKAGE / "_data" / name
    return installed if installed.is_dir() else _PACKAGE.parent / name


def templates_dir() -> Path:
    return data_dir("templates")


_MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]


def long_date(value: dt.date | None) -> str:
    """``2026-11-03`` → ``3 November 2026`` (the same in every locale, so output is stable)."""
    if value is None:
        return ""
    return f"{value.day} {_MONTHS[value.month - 1]} {value.year}"


def _label(table: dict[str, str]) -> Any:
    return lambda key: table.get(str(key), str(key))


@cache
def environment(extra_dirs: Sequence[str] = ()) -> jinja2.Environment:
    """The Jinja environment: sandboxed, strict about undefined names, Markdown-escaping.

    ``extra_dirs`` are searched before the built-in library, so a user's folder can replace
    any template; templates from anywhere run sandboxed.
    """
    search = [*extra_dirs, str(templates_dir())]
    env = SandboxedEnvironment(
        loader=jinja2.FileSystemLoader(search),
        undefined=jinja2.StrictUndefined,
        finalize=md_escape,
        autoescape=False,  # escaping is Markdown escaping, done by finalize
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters["long_date"] = long_date
    env.filters["cadence"] = _label(CADENCE_LABELS)
    env.filters["evidence_kind"] = _label(EVIDENCE_KIND_LABELS)
    env.filters["marketplace"] = _label(MARKETPLACE_LABELS)
    return env


def render_template(name: str, **context: Any) -> str:
    """Render one template of the library to Markdown."""
    try:
        return environment().get_template(name).render(**context)
    except jinja2.TemplateNotFound as err:
        raise TemplateError(f"Template {err.name!r} not found in {templates_dir()}.") from err
    except jinja2.TemplateSyntaxError as err:
        raise TemplateError(
            f"{err.filename}:{err.lineno}: template syntax error: {err.message}"
        ) from err
    except jinja2.UndefinedError as err:
        raise TemplateError(
            f"Template {name!r} uses something the case does not have: {err}"
        ) from err
