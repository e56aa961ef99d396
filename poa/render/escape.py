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
_LAST_HASH = re.compile(r"#(?=\s*$)")
# Control characters other than white space (C0 less tab/newlines, DEL, C1) and the two
# non-characters: XML cannot hold most of them, a PDF font has no glyph for any of them, and
# a box drawn for one makes weasyprint store the whole font's text unreadably.
_INVISIBLE = re.compile("[\x00-\x08\x0e-\x1b\x7f-\x84\x86-\x9f\ufffe\uffff]")
# The control characters Python counts as white space, other than tab and the line ends: a
# space, as anywhere else a value's white space is folded.
_ODD_SPACE = re.compile("[\x0b\x0c\x1c-\x1f\x85]")


def visible(text: str) -> str:
    """``text`` without the control characters no document format can show.

    >>> visible("Shipped\\x1b[0m all\\x7f")
    'Shipped[0m all'
    >>> visible("Field\\x1fseparated")
    'Field separated'
    """
    return _ODD_SPACE.sub(" ", _INVISIBLE.sub("", text))


def md_escape(value: object) -> Markup:
    """Return ``value`` as Markdown source that displays exactly as the text.

    >>> str(md_escape("**Bold** & <b>"))
    '\\\\*\\\\*Bold\\\\*\\\\* & \\\\<b\\\\>'
    """
    if isinstance(value, Markup):
        return value
    if value is None:
        return Markup("")
    text = _SPACE.sub(" ", visible(str(value)))
    text = _ENTITY.sub("&amp;", text)
    text = "".join("\\" + char if char in _INLINE else char for char in text)
    # A heading drops the #s that end its line (its optional closing sequence).
    text = _LAST_HASH.sub(r"\\#", text)
    if text[:1] in _BLOCK_START:
        text = "\\" + text
    text = _ORDERED.sub(r"\1\\\2", text)
    return Markup(text)  # noqa: S704 - escaped for Markdown above; never used as HTML
