"""The HTML tree → WordprocessingML body XML, written in one pass.

Building paragraphs one python-docx call at a time costs more than laying out the PDF; the
same document written as XML text and parsed once takes a few milliseconds. Styles are the
document's own (Title, Heading 1-3, List Bullet / List Number, Table Grid), referred to by id.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from xml.sax.saxutils import escape, quoteattr

from poa.render.tree import Element

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
HEADING_STYLES = {"h1": "Title", "h2": "Heading 1", "h3": "Heading 2", "h4": "Heading 3"}
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


@dataclass(frozen=True)
class _Format:
    bold: bool = False
    italic: bool = False
    code: bool = False


_Segment = tuple[str, _Format] | None  # None is a line break


@dataclass
class BodyWriter:
    """Writes block elements as ``<w:p>`` / ``<w:tbl>`` XML.

    ``style_id`` maps a style name to the document's style id; ``new_numbering`` returns a
    fresh numbering instance so that each numbered list starts again at 1.
    """

    style_id: Callable[[str], str]
    new_numbering: Callable[[], int | None]
    text_width: int  # twentieths of a point between the margins
    parts: list[str] = field(default_factory=list)

    def xml(self, body: Element) -> str:
        for element in body.elements():
            self.block(element)
        return f'<w:body xmlns:w="{W_NS}">{"".join(self.parts)}</w:body>'

    def block(self, element: Element) -> None:
        tag = element.tag
        if tag in HEADING_STYLES or tag in {"h5", "h6"}:
            self.paragraph(_segments(element.children), HEADING_STYLES.get(tag, "Heading 3"))
        elif tag in {"ul", "ol"}:
            self.list_block(element, level=1)
        elif tag == "table":
            self.table(element)
        elif tag == "blockquote":
            for child in element.elements():
                self.paragraph(_segments(child.children), "Quote")
        elif tag == "pre":
            self.paragraph(_segments(element.children, _Format(code=True)), "No Spacing")
        elif tag == "hr":
            self.paragraph([])
        else:  # p, and any unknown block: keep its text rather than lose it
            self.paragraph(_segments(element.children))

    def paragraph(
        self, segments: list[_Segment], style: str | None = None, numbering: int | None = None
    ) -> None:
        self.parts.append(_paragraph(segments, self.style_id(style) if style else None, numbering))

    def list_block(self, element: Element, level: int) -> None:
        ordered = element.tag == "ol"
        style = ("List Number" if ordered else "List Bullet") + (f" {level}" if level > 1 else "")
        numbering = self.new_numbering() if ordered and level == 1 else None
        for item in element.elements():
            nested = [c for c in item.elements() if c.tag in {"ul", "ol"}]
            paragraphs = [c for c in item.elements() if c.tag == "p"]
            if paragraphs:  # a loose list: each <p> of the item is a paragraph of its own
                self.paragraph(_segments(paragraphs[0].children), style, numbering)
                for more in paragraphs[1:]:
                    self.paragraph(_segments(more.children), "List Continue")
            else:
                inline = [c for c in item.children if not isinstance(c, Element) or c not in nested]
                self.paragraph(_segments(inline), style, numbering)
            for sub in nested:
                self.list_block(sub, min(level + 1, 3))

    def table(self, element: Element) -> None:
        rows = [tr for part in element.elements() for tr in part.elements() if tr.tag == "tr"]
        rows += [tr for tr in element.elements() if tr.tag == "tr"]
        if not rows:
            return
        widths = self._column_widths(rows)
        xml = [
            f'<w:tbl><w:tblPr><w:tblStyle w:val="{self.style_id("Table Grid")}"/>'
            '<w:tblW w:w="0" w:type="auto"/><w:tblLook w:val="04A0" w:firstRow="1" '
            'w:lastRow="0" w:firstColumn="1" w:lastColumn="0" w:noHBand="0" w:noVBand="1"/>'
            "</w:tblPr><w:tblGrid>",
            *(f'<w:gridCol w:w="{w}"/>' for w in widths),
            "</w:tblGrid>",
        ]
        for row in rows:
            cells = row.elements()
            header = all(cell.tag == "th" for cell in cells)
            xml.append("<w:tr>" + ("<w:trPr><w:tblHeader/></w:trPr>" if header else ""))
            for number, width in enumerate(widths):
                content = _segments(cells[number].children) if number < len(cells) else []
                xml.append(
                    f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                    f"{_paragraph(content)}</w:tc>"
                )
            xml.append("</w:tr>")
        xml.append("</w:tbl>")
        self.parts.append("".join(xml))
        self.paragraph([])  # Word needs a paragraph between two tables; it also reads better

    def _column_widths(self, rows: list[Element]) -> list[int]:
        """Share the text width by how much each column holds (no column under 12 %)."""
        count = max(len(row.elements()) for row in rows)
        longest = [1] * count
        for row in rows:
            for number, cell in enumerate(row.elements()):
                longest[number] = max(longest[number], min(len(cell.text()), 60))
        floor = self.text_width * 12 // 100
        spare = self.text_width - floor * count
        total = sum(longest)
        return [floor + spare * length // total for length in longest]


def _segments(children: list[Element | str], fmt: _Format | None = None) -> list[_Segment]:
    """Inline content as (text, format) pairs, white space folded as a browser would."""
    fmt = fmt or _Format()
    found: list[_Segment] = []
    for child in children:
        if isinstance(child, str):
            found.append((child if fmt.code else " ".join(child.split("\n")), fmt))
        elif child.tag == "br":
            found.append(None)
        elif child.tag in {"strong", "b", "th"}:
            found += _segments(child.children, replace(fmt, bold=True))
        elif child.tag in {"em", "i"}:
            found += _segments(child.children, replace(fmt, italic=True))
        elif child.tag == "code":
            found += _segments(child.children, replace(fmt, code=True))
        else:
            found += _segments(child.children, fmt)
    return found


def _paragraph(
    segments: list[_Segment], style_id: str | None = None, numbering: int | None = None
) -> str:
    props = ""
    if style_id:
        props += f"<w:pStyle w:val={quoteattr(style_id)}/>"
    if numbering is not None:
        props += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{numbering}"/></w:numPr>'
    runs = "".join(_runs(_trimmed(segments)))
    return f"<w:p>{'<w:pPr>' + props + '</w:pPr>' if props else ''}{runs}</w:p>"


def _runs(segments: list[_Segment]) -> Iterator[str]:
    for segment in segments:
        if segment is None:
            yield "<w:r><w:br/></w:r>"
            continue
        text, fmt = segment
        if not text:
            continue
        props = ""
        if fmt.code:
            props += '<w:rFonts w:ascii="Consolas" w:hAnsi="Consolas" w:cs="Consolas"/>'
        if fmt.bold:
            props += "<w:b/>"
        if fmt.italic:
            props += "<w:i/>"
        run_props = f"<w:rPr>{props}</w:rPr>" if props else ""
        clean = escape(_NOT_XML.sub("", text))
        yield f'<w:r>{run_props}<w:t xml:space="preserve">{clean}</w:t></w:r>'


def _trimmed(segments: list[_Segment]) -> list[_Segment]:
    """Without the white space HTML leaves at both ends of a paragraph and of each line in
    it (the source's newline after a ``<br>``, which a browser does not show either)."""
    lines: list[list[_Segment]] = [[]]
    for segment in segments:
        if segment is None:
            lines.append([])
        else:
            lines[-1].append(segment)
    out: list[_Segment] = []
    for number, line in enumerate(lines):
        if number:
            out.append(None)
        out += _strip_edge(_strip_edge(line, str.lstrip)[::-1], str.rstrip)[::-1]
    return out


def _strip_edge(segments: list[_Segment], strip: Callable[[str], str]) -> list[_Segment]:
    out = list(segments)
    for number, segment in enumerate(out):
        if segment is None:
            break
        text = strip(segment[0])
        out[number] = (text, segment[1])
        if text:
            break
    return out
