"""A pasted notice as plain text: e-mail leftovers undone, HTML reduced to its words.

Nothing is fetched: HTML is parsed with the standard library and only its text is kept
(style, script and head are dropped; images and links are never followed).
"""

from __future__ import annotations

import quopri
import re
from html import unescape
from html.parser import HTMLParser

_QP = re.compile(r"=(?:[0-9A-F]{2}|\r?\n)")
_SKIP = {"style", "script", "head", "title", "noscript"}
_BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "table", "section", "td"}


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in _SKIP:
            self._skip += 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP and self._skip:
            self._skip -= 1
        elif tag in _BLOCK:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def looks_like_html(text: str) -> bool:
    return bool(re.search(r"<(html|body|div|p|table|br|span)\b", text, re.IGNORECASE))


def clean(text: str) -> str:
    """Plain text: quoted-printable decoded, HTML stripped, '>' quoting removed, spaces tidied."""
    if len(_QP.findall(text)) >= 3:  # quoted-printable leftovers: =20, =E2=80=99, soft breaks
        text = quopri.decodestring(text.encode("utf-8", "replace")).decode("utf-8", "replace")
    if looks_like_html(text):
        parser = _Text()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
    text = unescape(text)
    lines = [re.sub(r"^(\s*>)+\s?", "", line) for line in text.splitlines()]
    lines = [re.sub(r"[ \t\u00a0]+", " ", line).strip() for line in lines]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
