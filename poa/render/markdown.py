"""Markdown → HTML, with the escapes our templates rely on."""

from __future__ import annotations

import markdown
from markdown.extensions import Extension

from poa.render.escape import ESCAPABLE


class _EscapeMore(Extension):
    """Teach python-markdown the backslash escapes that CommonMark already knows."""

    def extendMarkdown(self, md: markdown.Markdown) -> None:  # noqa: N802 - the library's name
        for char in ESCAPABLE:
            if char not in md.ESCAPED_CHARS:
                md.ESCAPED_CHARS.append(char)


def markdown_to_html(source: str) -> str:
    """Convert Markdown produced by our templates to an HTML fragment.

    Raw HTML typed into the Markdown is escaped, never passed through: only our own
    templates produce structure.
    """
    converter = markdown.Markdown(
        extensions=["tables", "sane_lists", _EscapeMore()],
        output_format="html",
    )
    converter.preprocessors.deregister("html_block")
    converter.inlinePatterns.deregister("html")
    return converter.convert(source)
