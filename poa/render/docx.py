"""The HTML tree → a Word document with real styles, page numbers and properties.

Headings become Title / Heading 1-3, lists List Bullet / List Number (numbering restarts
with each list), tables Table Grid with a repeating header row. The zip is written with
fixed timestamps, so the same case gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from poa.render.tree import Element

PAPER_MM = {"a4": (210, 297), "letter": (215.9, 279.4)}
_HEADING_STYLE = {"h1": "Title", "h2": "Heading 1", "h3": "Heading 2", "h4": "Heading 3"}
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


@dataclass(frozen=True)
class DocxMeta:
    """Core properties and page furniture of the document."""

    title: str
    author: str
    subject: str
    keywords: str
    header: str
    paper: str
    created: dt.date | None


def build_docx(body: Element, meta: DocxMeta, reference: Path | None = None) -> bytes:
    """The bytes of a .docx holding ``body`` (the tree of our Markdown's HTML)."""
    document = docx.Document(str(reference) if reference else None)
    _page_setup(document, meta)
    writer = _Writer(document)
    for block in body.elements():
        writer.block(block)
    _core_properties(document, meta)
    buffer = io.BytesIO()
    document.save(buffer)
    return _normalise_zip(buffer.getvalue())


def _page_setup(document: Document, meta: DocxMeta) -> None:
    width, height = PAPER_MM[meta.paper]
    for section in document.sections:
        section.page_width, section.page_height = Mm(width), Mm(height)
        section.left_margin = section.right_margin = Mm(20)
        section.top_margin, section.bottom_margin = Mm(22), Mm(20)
        header = section.header.paragraphs[0]
        header.text = meta.header
        header.style = document.styles["Header"]
        footer = section.footer.paragraphs[0]
        footer.style = document.styles["Footer"]
        footer.alignment = 1  # centred
        footer.add_run("Page ")
        _field(footer, "PAGE", "1")
        footer.add_run(" of ")
        _field(footer, "NUMPAGES", "1")
    normal = document.styles["Normal"]
    normal.font.size = Pt(10.5)


def _field(paragraph: Paragraph, instruction: str, placeholder: str) -> None:
    """Append a Word field (PAGE, NUMPAGES); Word fills in the number when it lays out pages."""

    def char(kind: str) -> Any:
        element = OxmlElement("w:fldChar")
        element.set(qn("w:fldCharType"), kind)
        return element

    paragraph.add_run()._r.append(char("begin"))
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    paragraph.add_run()._r.append(char("separate"))
    paragraph.add_run(placeholder)
    paragraph.add_run()._r.append(char("end"))


def _core_properties(document: Document, meta: DocxMeta) -> None:
    props = document.core_properties
    props.title = meta.title
    props.author = meta.author
    props.subject = meta.subject
    props.keywords = meta.keywords
    props.comments = "Drafted with poa"
    props.last_modified_by = meta.author
    props.revision = 1
    # A fixed moment keeps the bytes stable; the case's own date when it has one.
    stamp = meta.created or dt.date(2000, 1, 1)
    moment = dt.datetime(stamp.year, stamp.month, stamp.day, tzinfo=dt.UTC)
    props.created = moment
    props.modified = moment
    props.last_printed = moment


def _normalise_zip(data: bytes) -> bytes:
    """Rewrite the package with fixed timestamps and attributes (python-docx stamps 'now')."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=_ZIP_EPOCH)
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


class _Writer:
    def __init__(self, document: Document) -> None:
        self.document = document
        self._numbering = document.part.numbering_part.numbering_definitions._numbering
        self._list_number_abstract = self._abstract_of("List Number")

    def block(self, element: Element) -> None:
        tag = element.tag
        if tag in _HEADING_STYLE or tag in {"h5", "h6"}:
            paragraph = self.document.add_paragraph(style=_HEADING_STYLE.get(tag, "Heading 3"))
            self.inline(paragraph, element)
        elif tag == "p":
            self.inline(self.document.add_paragraph(), element)
        elif tag in {"ul", "ol"}:
            self.list(element, level=1)
        elif tag == "table":
            self.table(element)
        elif tag == "blockquote":
            for child in element.elements():
                paragraph = self.document.add_paragraph(style="Quote")
                self.inline(paragraph, child)
        elif tag == "pre":
            paragraph = self.document.add_paragraph(style="No Spacing")
            self.inline(paragraph, element, code=True)
        elif tag == "hr":
            self.document.add_paragraph()
        else:  # unknown block: keep its text rather than lose it
            self.inline(self.document.add_paragraph(), element)

    def list(self, element: Element, level: int) -> None:
        ordered = element.tag == "ol"
        style = ("List Number" if ordered else "List Bullet") + (f" {level}" if level > 1 else "")
        num_id = self._new_numbering() if ordered and level == 1 else None
        for item in element.elements():
            paragraph = self.document.add_paragraph(style=style)
            if num_id is not None:
                num_pr = paragraph._p.get_or_add_pPr().get_or_add_numPr()
                num_pr.get_or_add_ilvl().val = 0
                num_pr.get_or_add_numId().val = num_id
            nested: list[Element] = []
            first_paragraph = True
            for child in item.children:
                if isinstance(child, Element) and child.tag in {"ul", "ol"}:
                    nested.append(child)
                elif isinstance(child, Element) and child.tag == "p":
                    if not first_paragraph:
                        paragraph = self.document.add_paragraph(style="List Continue")
                    self.inline(paragraph, child)
                    first_paragraph = False
                else:
                    self._inline_child(paragraph, child, bold=False, italic=False, code=False)
            _trim(paragraph)
            for sub in nested:
                self.list(sub, min(level + 1, 3))

    def table(self, element: Element) -> None:
        rows = [tr for part in element.elements() for tr in part.elements() if tr.tag == "tr"]
        rows += [tr for tr in element.elements() if tr.tag == "tr"]
        if not rows:
            return
        width = max(len(row.elements()) for row in rows)
        table = self.document.add_table(rows=len(rows), cols=width)
        table.style = self.document.styles["Table Grid"]
        for r, row in enumerate(rows):
            header = all(cell.tag == "th" for cell in row.elements())
            if header:
                tr_pr = table.rows[r]._tr.get_or_add_trPr()
                repeat = OxmlElement("w:tblHeader")
                repeat.set(qn("w:val"), "true")
                tr_pr.append(repeat)
            for c, cell in enumerate(row.elements()):
                paragraph = table.cell(r, c).paragraphs[0]
                self.inline(paragraph, cell, bold=header)
        self.document.add_paragraph()

    def inline(
        self,
        paragraph: Paragraph,
        element: Element,
        bold: bool = False,
        italic: bool = False,
        code: bool = False,
    ) -> None:
        self._inline_children(paragraph, element, bold=bold, italic=italic, code=code)
        _trim(paragraph)

    def _inline_children(
        self, paragraph: Paragraph, element: Element, *, bold: bool, italic: bool, code: bool
    ) -> None:
        for child in element.children:
            self._inline_child(paragraph, child, bold=bold, italic=italic, code=code)

    def _inline_child(
        self, paragraph: Paragraph, child: Element | str, *, bold: bool, italic: bool, code: bool
    ) -> None:
        if isinstance(child, str):
            text = child if code else " ".join(child.split("\n"))
            if not text.strip() and not paragraph.runs:
                return
            run = paragraph.add_run(text)
            run.bold = bold or None
            run.italic = italic or None
            if code:
                run.font.name = "Consolas"
            return
        tag = child.tag
        if tag == "br":
            paragraph.add_run().add_break(WD_BREAK.LINE)
        elif tag in {"strong", "b", "th"}:
            self._inline_children(paragraph, child, bold=True, italic=italic, code=code)
        elif tag in {"em", "i"}:
            self._inline_children(paragraph, child, bold=bold, italic=True, code=code)
        elif tag == "code":
            self._inline_children(paragraph, child, bold=bold, italic=italic, code=True)
        else:
            self._inline_children(paragraph, child, bold=bold, italic=italic, code=code)

    def _abstract_of(self, style_name: str) -> int | None:
        style = self.document.styles[style_name]
        num_pr = style.element.pPr.numPr if style.element.pPr is not None else None
        if num_pr is None or num_pr.numId is None:
            return None
        num = self._numbering.num_having_numId(num_pr.numId.val)
        return int(num.abstractNumId.val)

    def _new_numbering(self) -> int | None:
        """A fresh numbering instance, so each numbered list starts again at 1."""
        if self._list_number_abstract is None:
            return None
        num = self._numbering.add_num(self._list_number_abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return int(num.numId)


def _trim(paragraph: Paragraph) -> None:
    """Drop the line-break white space HTML leaves at the ends of a paragraph."""
    runs = [run for run in paragraph.runs if run.text]
    if runs:
        runs[0].text = runs[0].text.lstrip()
        runs[-1].text = runs[-1].text.rstrip()
