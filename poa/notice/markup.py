"""A notice's HTML source reduced to its words.

Nothing is fetched: only the words of HTML are kept, by a linear scan of its tags (style,
script and head are dropped; images and links are never followed). A page's footer (a
``<footer>``, or an element whose class says footer) goes too: it is the site's, not the
notice's ("Other policies that may interest you: Fair Pricing | Product Safety").
"""

from __future__ import annotations

from poa import linear

_SKIP = {"style", "script", "head", "title", "noscript", "footer"}
_BLOCK = {"p", "div", "br", "tr", "li", "h1", "h2", "h3", "h4", "table", "section"}
_CELL = {"td", "th"}
"""A table's cell starts after a tab: its row stays one line, its columns stay apart."""


_TAG = linear.compile(r"(/?)([A-Za-z][\w:-]{0,40})")
_FOOTER = linear.compile(r"""\b(?:class|id)[ \t]*=[ \t]*["']?[^"'>]*\bfooter\b""", linear.I)
"""An element the page marks as its footer: class="footer", id="page-footer"."""


def strip_html(text: str) -> str:
    """The words of an HTML text, one left-to-right pass: tags dropped (a block tag becomes a
    line break), comments and the contents of style, script, head and footers skipped. A '<'
    that opens no tag stays as text. Linear in the text whatever it holds (the standard
    library's parser is quadratic on unclosed tags and fails on some declarations)."""
    out: list[str] = []
    skipping = _Skipping()
    at, size = 0, len(text)
    next_gt = -2  # where the next '>' is; -1 once there is none left
    while at < size:
        lt = text.find("<", at)
        if lt < 0:
            lt = size
        if not skipping.depth:
            out.append(text[at:lt])
        if lt >= size:
            break
        if text.startswith("<!--", lt):
            end = text.find("-->", lt + 4)
            at = size if end < 0 else end + 3
            continue
        opener = text[lt + 1 : lt + 2]
        if next_gt != -1 and next_gt <= lt:
            next_gt = text.find(">", lt + 1)
        following = text.find("<", lt + 1, next_gt) if next_gt > lt else -1
        # "x < y", or no '>' before the next '<': text, not a tag
        if not (opener.isalpha() or opener in ("/", "!", "?")) or next_gt < 0 or following >= 0:
            if not skipping.depth:
                out.append("<")
            at = lt + 1
            continue
        tag = _TAG.match(text[lt + 1 : min(next_gt, lt + 43)])  # a name of 41 at most
        at = next_gt + 1
        if tag is None:
            continue  # a declaration (<!DOCTYPE …>, <![CDATA[…]]>) or a stray '<…>'
        name, closing = tag.group(2).lower(), bool(tag.group(1))
        if skipping.read(name, closing, text[lt : next_gt + 1]) or skipping.depth:
            continue
        if name in _BLOCK:
            out.append("\n")
        elif name in _CELL and not closing:
            out.append("\t")
    return "".join(out)


class _Skipping:
    """What a scan of HTML is inside of that has no words of the notice: style, script and
    head, and a footer element (of any name, followed to its own closing tag)."""

    def __init__(self) -> None:
        self.depth = 0  # elements open that are skipped
        self.footer = ""  # the name of the footer element open, if one is
        self.nested = 0  # elements of the footer's name open inside it, itself included

    def read(self, name: str, closing: bool, tag: str) -> bool:
        """Whether a tag opens or closes what is skipped (the scan then writes nothing)."""
        if self.footer and name == self.footer:
            self.nested += -1 if closing else 1
            if self.nested == 0:
                self.footer, self.depth = "", max(0, self.depth - 1)
            return True
        if not (self.footer or closing or tag.endswith("/>")) and _FOOTER.search(tag):
            self.footer, self.nested, self.depth = name, 1, self.depth + 1
            return True
        if name in _SKIP:
            self.depth = max(0, self.depth - 1) if closing else self.depth + 1
            return True
        return False


def looks_like_html(text: str) -> bool:
    return bool(linear.search(r"<(html|body|div|p|table|br|span)\b", text, linear.I))
