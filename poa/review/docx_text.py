"""A Word plan's text: its paragraphs and tables as lines the plan reader understands.

Word keeps what the reader needs in styles and structure, not in the text: this module decides
how each becomes a line. A heading style becomes a Markdown heading, a paragraph whose every
run is bold a ``**bold**`` line, a numbered or bulleted paragraph a list item, and each table
row its first cell as a label followed by the other cells (a table of parts as columns is
turned round). A file that is damaged, or unpacks to far more than a plan, is refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from poa import linear
from poa.errors import CaseFileError
from poa.review.pdf_text import ABOUT_THE_TEMPLATE
from poa.review.plan_columns import column_plan, parts_in_order, turned_parts, turned_rows
from poa.review.shaded_fields import bracket_field, highlighted, shades_field_names

if TYPE_CHECKING:
    from docx.document import Document


def docx_text(path: Path, data: bytes) -> tuple[str, str | None]:
    """The Word file's text, and with a table of parts as columns, the text with that table
    turned round (see plan_columns); refused if it is damaged or unpacks to too much."""
    import io
    import zipfile
    import zlib

    import docx  # heavy: only for Word files
    from docx.opc.exceptions import PackageNotFoundError
    from lxml.etree import LxmlError

    # A damaged or hostile file fails in the zip layer (bad data, an unknown compression, a
    # password), in the XML parser or in python-docx: each is "not a Word document we can read".
    broken = (zipfile.BadZipFile, zlib.error, EOFError, KeyError, ValueError, RuntimeError,
              NotImplementedError, LxmlError, PackageNotFoundError)  # fmt: skip
    try:
        _check_inflation(path, io.BytesIO(data))
        document = docx.Document(io.BytesIO(data))
        _unwrap_table_controls(document)
        header = _docx_header(document)
        orders = shades_field_names(document.element.body)
        plain = "\n".join(_docx_lines(document, turn=False, orders=orders)) + header
        if not any(_parts_as_columns(_table_rows(table)) for table in document.tables):
            return plain, None
        return plain, "\n".join(_docx_lines(document, turn=True, orders=orders)) + header
    except broken as err:
        raise CaseFileError(
            f"{path}: not a Word (.docx) document that can be read ({err}). Save it again "
            "from Word, or export it as .pdf or .txt."
        ) from err


MAX_DOCX_INFLATED = 64 * 1024 * 1024
"""What a Word file may unpack to: a long plan with pictures is a few MB; a file that
inflates past this is built to exhaust memory (1 MB can hold 1 GB of repeated text)."""
MAX_DOCX_PARTS = 4000


def _docx_header(document: Document) -> str:
    """The page header's lines that speak of the document as a template ("TEMPLATE v3 -
    internal use, delete this header before sending") or hold a slot of one, kept once after
    the body and apart from it, as a PDF's running header is (see ``pdf_text``): Word
    keeps the header out of the body, but it is printed on every page sent."""
    from poa.review.placeholders import marked_slot

    seen: list[str] = []
    for section in document.sections:
        for header in (section.header, section.first_page_header):
            if header.is_linked_to_previous:
                continue
            for paragraph in header.paragraphs:
                line = " ".join(paragraph.text.split())
                if (
                    line
                    and line not in seen
                    and (ABOUT_THE_TEMPLATE.search(line) or marked_slot(line))
                ):
                    seen.append(line)
    return "\n\n" + "\n".join(seen) + "\n" if seen else ""


def _check_inflation(path: Path, data: IO[bytes]) -> None:
    """Refuse a .docx whose parts would unpack to more than a plan could ever hold, from the
    sizes its zip directory declares, before anything is unpacked."""
    import zipfile

    with zipfile.ZipFile(data) as archive:
        parts = archive.infolist()
        inflated = sum(part.file_size for part in parts)
    if len(parts) > MAX_DOCX_PARTS or inflated > MAX_DOCX_INFLATED:
        raise CaseFileError(
            f"{path} unpacks to {inflated / 1024 / 1024:,.0f} MB in {len(parts):,} parts; a "
            f"Word plan is at most {MAX_DOCX_INFLATED // 1024 // 1024} MB. Save it again from "
            "Word, or export it as .pdf or .txt."
        )


def _docx_lines(document: Document, *, turn: bool, orders: bool) -> list[str]:
    """The document's lines; with ``orders``, a shaded order to the writer is a field too (see
    ``shaded_fields``)."""
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    styles = _Styles(document)
    lines: list[str] = []
    for block in _blocks(document):
        if isinstance(block, Paragraph):
            lines += _paragraph_lines(block, styles, orders=orders)
        elif isinstance(block, Table):
            title, rows = _titled(_table_rows(block))
            if title:
                lines += ["", f"**{title}**", ""]
            if turn and (turned := _parts_as_columns(rows, orders=orders)):
                lines += [*turned, ""]
                continue
            # label | text, one row a part; not a map of where the plan answers each point
            # ("Root cause not explained …" | "Sections 1.1 and 2.1 - …"); under a title the
            # rows are the titled part's points
            labelled = not title and all(len(cells) == 2 for cells in rows) and not _a_map(rows)
            for cells in rows:
                texts = [" ".join(_text(c._tc, orders=orders).split()) for c in cells]
                texts = [t for t in texts if t]
                if not labelled:  # a grid (measure | owner | cadence): one point per row
                    lines.append("- " + "; ".join(texts) if texts else "")
                elif len(texts) >= 2 and len(texts[0].split()) <= 12:
                    lines += ["", f"**{texts[0].rstrip(':')}**", ""]
                    for cell in cells[1:]:
                        for paragraph in cell.paragraphs:
                            lines += _paragraph_lines(paragraph, styles, orders=orders)
                elif texts:
                    lines += [" ".join(texts), ""]
            lines.append("")
    return lines


def _unwrap_table_controls(document: Any) -> None:
    """Put the rows and cells that stand inside a content control back in their table.

    Word wraps a repeating section's rows, or a cell holding a drop-down ("Choose an item."),
    in a content control; python-docx reads a table's rows and a row's cells only where they
    are its children, and would pass over them, prompts and all. Done on the parsed copy, never
    on the file."""
    from docx.oxml.ns import qn

    control, content = qn("w:sdt"), qn("w:sdtContent")
    holders = (qn("w:tbl"), qn("w:tr"))
    # In document order an outer control comes first: unwrapped, it leaves its inner ones in
    # the table, where the same single pass finds them next.
    for sdt in list(document.element.body.iter(control)):
        parent = sdt.getparent()
        if parent is None or parent.tag not in holders:
            continue
        inner = sdt.find(content)
        for child in list(inner) if inner is not None else []:
            sdt.addprevious(child)
        parent.remove(sdt)


def _table_rows(table: Any) -> list[list[Any]]:
    return [_unique_cells(row.cells) for row in table.rows]


_TITLE_WORDS = 12


def _titled(rows: list[list[Any]]) -> tuple[str, list[list[Any]]]:
    """A table whose first row is one cell merged across the columns of the rows below it
    ("Root cause" over rows of causes) is a titled block: the title, a heading over its rows,
    and the rows; no title and every row for any other table."""
    if len(rows) < 2 or len(rows[0]) != 1 or max(len(cells) for cells in rows[1:]) < 2:
        return "", rows
    title = " ".join(_text(rows[0][0]._tc).split()).rstrip(":")
    if not title or len(title.split()) > _TITLE_WORDS:
        return "", rows
    return title, rows[1:]


def _parts_as_columns(rows: list[list[Any]], *, orders: bool = False) -> list[str]:
    """A table whose header row names the parts, one issue a row, turned round (see
    plan_columns), or an issue's table of its three parts in order, by column or by row;
    nothing for other tables."""
    if len(rows) < 2:
        return []
    texts = [[" ".join(_text(c._tc, orders=orders).split()) for c in cells] for cells in rows]
    if all(len(row) == 2 for row in texts) and parts_in_order([row[0] for row in texts]):
        return turned_parts([[row[1]] for row in texts])
    if all(len(row) == len(texts[0]) for row in texts) and parts_in_order(texts[0]):
        return turned_parts([list(column) for column in zip(*texts[1:], strict=True)])
    parts = column_plan(texts[0])
    if parts is None or any(len(row) != len(texts[0]) for row in texts[1:]):
        return []
    return turned_rows(texts[0], parts, texts[1:])


_POINTER = linear.compile(r"^(?:see\s+)?(?:sections?|parts?|§|pages?|points?)\s*\d", linear.I)


def _a_map(rows: list[list[Any]]) -> bool:
    """Whether a two-column table points each row to a section of the plan ("Sections 1.1 and
    2.1 - …"): an index of the plan, whose rows name no part of their own."""
    later = [" ".join(_text(r[1]._tc).split()) for r in rows[1:] if len(r) == 2]
    return len(later) >= 2 and all(_POINTER.match(cell) for cell in later)


def _unique_cells(cells: Any) -> list[Any]:
    # A merged cell appears once per column it spans.
    seen: list[Any] = []
    for cell in cells:
        if not any(cell._tc is other._tc for other in seen):
            seen.append(cell)
    return seen


class _Styles:
    """Style names and bold character styles, looked up once per document: python-docx finds
    a paragraph's style by walking every style of the document each time (a 50,000-paragraph
    file took minutes)."""

    def __init__(self, document: Any) -> None:
        self.names: dict[str, str] = {}
        self.bold: set[str] = set()
        for style in document.styles:
            self.names[style.style_id] = style.name or ""
            font = getattr(style, "font", None)
            if font is not None and font.bold:
                self.bold.add(style.style_id)
        self.default = "Normal"

    def of_paragraph(self, paragraph: Any) -> str:
        properties = paragraph._p.pPr
        style = properties.pStyle if properties is not None else None
        return self.names.get(style.val, self.default) if style is not None else self.default

    def bold_run(self, run: Any) -> bool:
        if run.bold:
            return True
        properties = run._r.rPr
        style = properties.rStyle if properties is not None else None
        return style is not None and style.val in self.bold


def _blocks(document: Any) -> Iterator[Any]:
    """The body's paragraphs and tables in order, those inside a content control too (Word's
    "Click or tap here to enter text." fields are content controls: python-docx's own walk
    passes over them)."""
    from docx.oxml.ns import qn
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    def walk(parent: Any) -> Iterator[Any]:
        for child in parent.iterchildren():
            if child.tag == qn("w:p"):
                yield Paragraph(child, document._body)
            elif child.tag == qn("w:tbl"):
                yield Table(child, document._body)
            elif child.tag == qn("w:sdt"):
                content = child.find(qn("w:sdtContent"))
                if content is not None:
                    yield from walk(content)

    yield from walk(document.element.body)


def _text(element: Any, *, orders: bool = False) -> str:
    """The text of a paragraph or a table cell, the text of content controls in it included:
    runs' text, tabs and line breaks, in order; a highlighted field in brackets (see
    ``shaded_fields``)."""
    from docx.oxml.ns import qn

    text, tab, brk, cr = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
    paragraph, run = qn("w:p"), qn("w:r")
    pieces: list[str] = []
    field: int | None = None  # where the highlighted runs being read began in ``pieces``
    for node in element.iter(text, tab, brk, cr, paragraph, run):
        if node.tag in (run, paragraph) and field is not None and not highlighted(node):
            bracket_field(pieces, field, orders=orders)
            field = None
        if node.tag == run:
            if field is None and highlighted(node):
                field = len(pieces)
            continue
        if node.tag != paragraph and node.getparent().tag != run:
            continue  # a tab stop of the paragraph's settings, not a tab in its text
        if node.tag == text:
            pieces.append(node.text or "")
        elif node.tag == tab:
            pieces.append("\t")
        elif node.tag == paragraph:
            if pieces:  # a cell's paragraphs, one per line
                pieces.append("\n")
        else:
            pieces.append("\n")
    if field is not None:
        bracket_field(pieces, field, orders=orders)
    return "".join(pieces)


def _paragraph_lines(paragraph: Any, styles: _Styles, *, orders: bool) -> list[str]:
    # A line break inside a paragraph (Shift+Enter) starts a new line, as on the page.
    lines = [" ".join(part.split()) for part in _text(paragraph._p, orders=orders).split("\n")]
    lines = [line for line in lines if line]
    if len(lines) > 1:
        return [*lines, ""]
    text = lines[0] if lines else ""
    if not text:
        return [""]
    style = styles.of_paragraph(paragraph)
    level = _outline_level(paragraph, style)
    if level is not None:
        return ["", "#" * min(level, 6) + " " + text, ""]
    if _numbered(paragraph, style):
        return [("1. " if "Bullet" not in style else "- ") + text]
    runs = [run for run in paragraph.runs if run.text.strip()]
    if runs and all(styles.bold_run(run) for run in runs):
        return ["", f"**{text}**", ""]
    return [text, ""]


def _outline_level(paragraph: Any, style: str) -> int | None:
    if style == "Title":
        return 1
    if style.startswith("Heading"):
        digits = style[len("Heading") :].strip()
        return 1 + (int(digits) if digits.isdigit() else 1)
    return None


def _numbered(paragraph: Any, style: str) -> bool:
    if style.startswith("List"):
        return True
    properties = paragraph._p.pPr
    return properties is not None and properties.numPr is not None
