"""The HTML tree → a Word document with real styles, page numbers and properties.

Headings become Title / Heading 1-3, lists List Bullet / List Number (numbering restarts
with each list), tables Table Grid with a repeating header row. The zip is written with
fixed timestamps, so the same case gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from typing import Any

import docx
from docx.document import Document
from docx.opc.pkgwriter import PackageWriter
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import qn
from docx.shared import Mm, Pt
from docx.text.paragraph import Paragraph

from poa.render.meta import DocumentMeta
from poa.render.tree import Element
from poa.render.wordml import BodyWriter

PAPER_MM = {"a4": (210, 297), "letter": (215.9, 279.4)}
_ZIP_EPOCH = (1980, 1, 1, 0, 0, 0)


def build_docx(
    body: Element, meta: DocumentMeta, reference: Path | None = None, logo: Path | None = None
) -> bytes:
    """The bytes of a .docx holding ``body`` (the tree of our Markdown's HTML)."""
    document = _open_reference(reference) if reference else docx.Document()
    _page_setup(document, meta)
    numbering = _Numbering(document)
    style_ids: dict[str, str] = {}

    def style_id(name: str) -> str:
        if name not in style_ids:
            style_ids[name] = document.styles[name].style_id
        return style_ids[name]

    width, _ = PAPER_MM[meta.paper]
    writer = BodyWriter(style_id, numbering.restart, text_width=int((width - 40) / 25.4 * 1440))
    _append_body(document, writer.xml(body))
    if logo is not None:
        _add_logo(document, logo)
    _core_properties(document, meta)
    return _save(document)


def _open_reference(path: Path) -> Document:
    """A user's reference.docx (its styles), read through the file gate; a file whose zip
    directory declares more than a style sheet could hold is refused before it is unpacked."""
    from poa.errors import TemplateError
    from poa.fsutil import read_limited
    from poa.render.library import MAX_REFERENCE_BYTES, MAX_REFERENCE_UNPACKED

    data = read_limited(path, MAX_REFERENCE_BYTES, TemplateError, "reference document")
    fix = "Save it again from Word, or remove it to use poa's own."
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(part.file_size for part in archive.infolist())
        if unpacked > MAX_REFERENCE_UNPACKED:
            raise TemplateError(
                f"{path} unpacks to {unpacked / 1024 / 1024:,.0f} MB; a reference document "
                f"is at most {MAX_REFERENCE_UNPACKED // 1024 // 1024} MB. {fix}"
            )
        return docx.Document(io.BytesIO(data))
    except TemplateError:
        raise
    except Exception as err:  # zip, XML and python-docx each raise their own types
        raise TemplateError(
            f"{path}: not a Word (.docx) document that can be read ({err}). {fix}"
        ) from err


def _add_logo(document: Document, logo: Path) -> None:
    """The letterhead's logo, 35 mm wide, above everything else."""
    from poa.render.images import read_image

    data = read_image(logo, "logo")  # measured before python-docx or Word decode it
    try:
        document.add_picture(io.BytesIO(data), width=Mm(35))
    except Exception as err:  # python-docx raises several types for an unreadable image
        from poa.errors import RenderError

        raise RenderError(
            f"Cannot use {logo} as the logo ({type(err).__name__}: the image looks damaged). "
            "Use a PNG or JPEG file."
        ) from err
    picture = document.paragraphs[-1]._p
    document.element.body.insert(0, picture)


def _append_body(document: Document, xml: str) -> None:
    """Move the parsed paragraphs and tables into the body, before its section properties."""
    body = document.element.body
    section = body.sectPr
    for child in list(parse_xml(xml)):
        if section is not None:
            section.addprevious(child)
        else:
            body.append(child)


class _Numbering:
    """Fresh instances of the List Number numbering, so each numbered list starts at 1."""

    def __init__(self, document: Document) -> None:
        self._numbering = document.part.numbering_part.numbering_definitions._numbering
        style = document.styles["List Number"].element
        num_pr = style.pPr.numPr if style.pPr is not None else None
        self._abstract: int | None = None
        if num_pr is not None and num_pr.numId is not None:
            num = self._numbering.num_having_numId(num_pr.numId.val)
            self._abstract = int(num.abstractNumId.val)

    def restart(self) -> int | None:
        if self._abstract is None:
            return None
        num = self._numbering.add_num(self._abstract)
        num.add_lvlOverride(ilvl=0).add_startOverride(1)
        return int(num.numId)


def _page_setup(document: Document, meta: DocumentMeta) -> None:
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


def _core_properties(document: Document, meta: DocumentMeta) -> None:
    props = document.core_properties
    props.title = meta.title
    props.author = meta.author
    props.subject = meta.subject
    props.keywords = meta.keywords
    props.comments = "Drafted with poa"
    props.last_modified_by = meta.author
    props.revision = 1
    stamp = meta.date
    moment = dt.datetime(stamp.year, stamp.month, stamp.day, tzinfo=dt.UTC)
    props.created = moment
    props.modified = moment
    props.last_printed = moment


class _FixedTimeZip:
    """python-docx's package writer stamps each part with the time of day; this one writes
    the same parts with a fixed date, so the same case gives the same bytes."""

    def __init__(self, target: io.BytesIO) -> None:
        self._zip = zipfile.ZipFile(target, "w", compression=zipfile.ZIP_DEFLATED)

    def write(self, pack_uri: Any, blob: bytes) -> None:
        info = zipfile.ZipInfo(pack_uri.membername, date_time=_ZIP_EPOCH)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        self._zip.writestr(info, blob)

    def close(self) -> None:
        self._zip.close()


def _save(document: Document) -> bytes:
    package = document.part.package
    buffer = io.BytesIO()
    writer = _FixedTimeZip(buffer)
    # The steps of docx.opc.pkgwriter.PackageWriter.write, with our zip writer.
    steps: Any = PackageWriter
    parts = list(package.iter_parts())
    steps._write_content_types_stream(writer, parts)
    steps._write_pkg_rels(writer, package.rels)
    steps._write_parts(writer, parts)
    writer.close()
    return buffer.getvalue()
