"""Markdown autoescape: whatever a seller typed comes out as the same literal text.

Every ``{{ }}`` in a template goes through :func:`md_escape` (Jinja's ``finalize``), so a
seller's ``*``, ``#``, ``<script>``, ``[x](file:///...)`` or ``{{ 7*7 }}`` can never become
formatting, HTML, a link or template code. A value is one inline run of text: line breaks
are folded to spaces so a value cannot start a heading, list or table of its own.
"""

from __future__ import annotations

import re

from markupsafe import Markup

# Characters that mean something inline in Markdown (or in raw HTML) anywhere in a line.
_INLINE = frozenset("\\`*_[]<>|")
# Characters that only mean something at the start of a block: headings, lists, quotes, rules.
_BLOCK_START = frozenset("#+-=")
# The characters python-markdown must accept after a backslash for the above to work.
ESCAPABLE = ("<", "=", "|")
_ENTITY = re.compile(r"&(?=#?[A-Za-z0-9]+;)")
_ORDERED = re.compile(r"^(\d+)([.)])(?=\s|$)")
_SPACE = re.compile(r"\s+")


def md_escape(value: object) -> Markup:
    """Return ``value`` as Markdown source that displays exactly as the text.

    >>> str(md_escape("**Bold** & <b>"))
    '\\\\*\\\\*Bold\\\\*\\\\* & \\\\<b\\\\>'
    """
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    text = _SPACE.sub(" ", str(value))
    text = _ENTITY.sub("&amp;", text)
    text = "".join("\\" + char if char in _INLINE else char for char in text)
    if text[:1] in _BLOCK_START:
        text = "\\" + text
    text = _ORDERED.sub(r"\1\\\2", text)
    return Markup(text)  # noqa: S704 - escaped for Markdown above; never used as HTML
