"""A pasted notice as plain text: e-mail leftovers undone, HTML reduced to its words.

Nothing is fetched: only the words of HTML are kept, by a linear scan of its tags (style,
script and head are dropped; images and links are never followed).
"""

from __future__ import annotations

import quopri
from html import unescape

from poa import linear

_QP = linear.compile(r"=(?:[0-9A-F]{2}|\r?\n)")
_SKIP = {"style", "script", "head", "title", "noscript"}
_BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "table", "section"}
_CELL = {"td", "th"}
"""A table's cell starts after a tab: its row stays one line, its columns stay apart."""


_TAG = linear.compile(r"(/?)([A-Za-z][\w:-]{0,40})")


def strip_html(text: str) -> str:
    """The words of an HTML text, one left-to-right pass: tags dropped (a block tag becomes a
    line break), comments and the contents of style, script and head skipped. A '<' that
    opens no tag stays as text. Linear in the text whatever it holds (the standard library's
    parser is quadratic on unclosed tags and fails on some declarations)."""
    out: list[str] = []
    skip, at, size = 0, 0, len(text)
    next_gt = -2  # where the next '>' is; -1 once there is none left
    while at < size:
        lt = text.find("<", at)
        if lt < 0:
            lt = size
        if not skip:
            out.append(text[at:lt])
        if lt >= size:
            break
        if text.startswith("<!--", lt):
            end = text.find("-->", lt + 4)
            at = size if end < 0 else end + 3
            continue
        opener = text[lt + 1 : lt + 2]
        if not (opener.isalpha() or opener in ("/", "!", "?")):  # "x < y": text, not a tag
            if not skip:
                out.append("<")
            at = lt + 1
            continue
        if next_gt != -1 and next_gt <= lt:
            next_gt = text.find(">", lt + 1)
        following = text.find("<", lt + 1, next_gt) if next_gt > lt else -1
        if next_gt < 0 or following >= 0:  # no '>' before the next '<': not a tag
            if not skip:
                out.append("<")
            at = lt + 1
            continue
        tag = _TAG.match(text[lt + 1 : min(next_gt, lt + 43)])  # a name of 41 at most
        at = next_gt + 1
        if tag is None:
            continue  # a declaration (<!DOCTYPE …>, <![CDATA[…]]>) or a stray '<…>'
        name, closing = tag.group(2).lower(), bool(tag.group(1))
        if name in _SKIP:
            skip = max(0, skip - 1) if closing else skip + 1
        elif name in _BLOCK and not skip:
            out.append("\n")
        elif name in _CELL and not closing and not skip:
            out.append("\t")
    return "".join(out)


def looks_like_html(text: str) -> bool:
    return bool(linear.search(r"<(html|body|div|p|table|br|span)\b", text, linear.I))


def clean(text: str) -> str:
    """Plain text: quoted-printable decoded, HTML stripped, '>' quoting removed, spaces tidied
    (a tab, which parts a table's columns, stays one tab)."""
    if len(_QP.findall(text)) >= 3:  # quoted-printable leftovers: =20, =E2=80=99, soft breaks
        text = quopri.decodestring(text.encode("utf-8", "replace")).decode("utf-8", "replace")
    if looks_like_html(text):
        text = strip_html(text)
    text = unescape(text)
    lines = [linear.sub(r"^(\s*>)+\s?", "", line) for line in text.splitlines()]
    lines = [linear.sub(r"[ \u00a0]*\t[ \t\u00a0]*", "\t", linear.sub(r"[ \u00a0]+", " ", line))
             .strip() for line in lines]  # fmt: skip
    return linear.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
