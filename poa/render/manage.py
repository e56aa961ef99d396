"""``poa templates``: list, show, copy and check the templates on the search path."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from poa.common import data_dir
from poa.errors import OutputError, PoaError, TemplateError, UsageError
from poa.fsutil import read_limited, write_atomic
from poa.render.catalog import DOCUMENT_KINDS, Library, Template
from poa.render.library import MAX_REFERENCE_BYTES, MAX_TEMPLATE_BYTES
from poa.render.tree import Element, parse_html

if TYPE_CHECKING:
    from poa.banks import BankLibrary

LIBRARY_FILES = ("reference.docx", "style/print.css")
"""Files besides templates that ``poa templates copy`` hands out."""

_PLACEHOLDER = re.compile(
    r"\{\{|\{%|\{#|\bTODO\b|\bTBD\b|\bFIXME\b|\bXXX+\b|lorem ipsum|"
    r"\[(?:insert|your|company|name|date|seller)[^\]]*\]|<(?:insert|your)[^>]*>",
    re.IGNORECASE,
)
# Markdown that should have become HTML but is still visible as text after conversion.
_UNCONVERTED = re.compile(r"^\s*(?:#{1,6}\s|\|?\s*:?-{3,}:?\s*\|)|\*\*\S", re.MULTILINE)


def sample_cases() -> list[Path]:
    """The sample cases shipped with poa (the repository's samples/ in a checkout)."""
    return sorted(data_dir("samples").glob("*.yaml"))


def copy_template(library: Library, name: str, folder: Path, force: bool = False) -> Path:
    """Copy template ``name`` (or a library file such as ``reference.docx``) into ``folder``,
    under the same name, so that it replaces the built-in one there."""
    if name in LIBRARY_FILES:
        source = library.find_file(name)
        if source is None:
            raise UsageError(f"The library has no {name}.")
        relative = Path(name)
    else:
        template = library.get(name)
        source, relative = template.path, template.path.relative_to(template.folder)
    target = folder / relative
    if (target.exists() or target.is_symlink()) and not force:
        raise OutputError(
            f"{target} already exists; nothing was copied. Edit that one, or add --force to "
            "replace it."
        )
    # Through the gate (a user's template folder may hold anything) and written atomically
    # (a link at the target is replaced, never written through).
    limit = MAX_REFERENCE_BYTES if source.suffix == ".docx" else MAX_TEMPLATE_BYTES
    write_atomic(target, read_limited(source, limit, TemplateError, "template file"))
    return target


@dataclass
class CheckResult:
    """What ``poa templates check`` found for one template."""

    template: Template
    rendered: int = 0
    problems: list[str] = field(default_factory=list)


def check_templates(library: Library, cases: list[Path], banks: BankLibrary) -> list[CheckResult]:
    """Render every document template against every case (with ``banks``, the run's); collect
    what is wrong."""
    from poa.casefile import load_case
    from poa.render.document import Draft, render_markdown
    from poa.render.markdown import markdown_to_html

    if not cases:
        raise UsageError("No sample cases to check against. Give some with --case FILE.")
    loaded = [(path, load_case(path)) for path in cases]
    results = []
    for template in sorted(library.templates.values(), key=lambda t: (t.meta.kind, t.name)):
        if template.meta.kind not in DOCUMENT_KINDS:
            continue
        result = CheckResult(template)
        kind = template.meta.kind
        for path, case in loaded:
            if kind == "pip" and not case.metrics:
                continue
            if kind == "evidence" and not case.evidence:
                continue
            if kind == "orders" and not any(issue.report_orders for issue in case.issues):
                continue
            draft = Draft(case, library, banks, path.resolve().parent, {kind: template.name})
            try:
                markdown = render_markdown(case, kind, draft)
            except PoaError as err:
                result.problems.append(f"{path.name}: {err}")
                continue
            result.rendered += 1
            result.problems += _text_problems(path.name, markdown, markdown_to_html(markdown))
        results.append(result)
    return results


def _text_problems(case_name: str, markdown: str, html: str) -> list[str]:
    problems = []
    for match in _PLACEHOLDER.finditer(markdown):
        line = markdown.count("\n", 0, match.start()) + 1
        problems.append(
            f"{case_name}: line {line} of the output looks like a placeholder: {match.group(0)!r}"
        )
    shown = _visible_text(parse_html(html))
    for match in _UNCONVERTED.finditer(shown):
        problems.append(
            f"{case_name}: Markdown that did not convert shows as text: {match.group(0).strip()!r}"
        )
    return problems


def _visible_text(root: Element) -> str:
    tags = {"p", "li", "td", "th", "h1", "h2", "h3", "h4"}
    return "\n".join(element.text() for element in _walk(root) if element.tag in tags)


def _walk(root: Element) -> list[Element]:
    found: list[Element] = []
    for child in root.elements():
        found += [child, *_walk(child)]
    return found
