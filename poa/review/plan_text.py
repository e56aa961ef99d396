"""The text of a written plan, from the file a seller has: .txt, .md, .docx, .pdf or stdin.

Word and PDF files become lines the plan reader understands: a Word heading style becomes a
Markdown heading, a paragraph whose every run is bold becomes a ``**bold**`` line, a numbered
or bulleted paragraph becomes a list item, and each table row becomes its first cell as a label
followed by the other cells. A PDF gives its text layer, page by page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from poa import linear
from poa.errors import CaseFileError
from poa.fsutil import STDIN_NAME, decode_text, read_limited, read_stdin_limited, read_text
from poa.review import STDIN
from poa.review.headings import PARTS, meaning
from poa.review.pdf_table import page_lines, page_pieces
from poa.review.plan_columns import (
    column_plan,
    parts_in_order,
    turned_parts,
    turned_rows,
    turned_text,
)

if TYPE_CHECKING:
    from docx.document import Document

MAX_PLAN_BYTES = 2 * 1024 * 1024
"""Text of a plan: far more than any appeal (a long one is 30 KB)."""
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
"""A Word or PDF file, images included."""
MAX_PDF_PAGES = 200


def read_plan(path: Path | str) -> str:
    """The plan's text; ``-`` reads standard input (at most ``MAX_PLAN_BYTES``)."""
    text, turned = _read(path)
    text = unmarked(text)
    turned = unmarked(turned) if turned is not None else turned_text(text)
    return turned if turned != text and _only_in_a_table(text) else text


def _only_in_a_table(text: str) -> bool:
    """Whether the plan, read without turning its tables of parts round, misses a part: the
    table is then the plan itself. A plan whose sections already hold every part keeps its
    table as the summary it is (each row then one point), not as more issues."""
    from poa.review.plan import parse_plan

    plan = parse_plan(text)
    found = {part for issue in plan.issues for part in issue.sections}
    return not set(PARTS) <= found


def _read(path: Path | str) -> tuple[str, str | None]:
    """The plan's text, and for a Word file with a table of parts as columns, the text with
    that table turned round (see plan_columns); plain text is turned by the caller."""
    if str(path) == STDIN:
        return _stdin(), None
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        return read_text(path, MAX_PLAN_BYTES, CaseFileError, "plan"), None
    # Read once through the gate; the parsers get the bytes, never the path.
    data = read_limited(path, MAX_DOCUMENT_BYTES, CaseFileError, "plan")
    if suffix == ".docx":
        return _docx_text(path, data)
    return _pdf_text(path, data), None


_LINE_BREAK = linear.compile(r"[ \t]*<br\s{0,3}/?>[ \t]*", linear.I)
_HEADING_TAG = linear.compile(
    r"^[ \t]*<(b|strong|h[1-6])>([^<>\n]{1,120})</(?:b|strong|h[1-6])>[ \t]*$", linear.I | linear.M
)
_ENTITIES = {"&nbsp;": " ", "&amp;": "&", "&quot;": '"', "&#39;": "'", "&lt;": "<", "&gt;": ">"}


def unmarked(text: str) -> str:
    """A plan pasted from a web form with its HTML showing ("<b>Root Cause</b><br>"): line
    breaks as breaks, a bold or heading tag alone on its line as the Markdown heading it
    stands for, entities as their characters. Other angled text is left alone: "<insert
    date>" is a slot to report."""
    if "<br" not in text.lower() and "</" not in text and "&nbsp;" not in text:
        return text
    text = _LINE_BREAK.sub("\n", text)
    text = _HEADING_TAG.sub(lambda m: f"**{m.group(2).strip()}**", text)
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    return text


def _stdin() -> str:
    raw = read_stdin_limited(MAX_PLAN_BYTES, CaseFileError, "plan")
    return decode_text(raw, STDIN_NAME, CaseFileError, "plan")


def _pdf_text(path: Path, data: bytes) -> str:
    import pypdfium2 as pdfium  # heavy: only for PDF files

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        raise CaseFileError(f"{path}: not a PDF document that can be read ({err}).") from err
    try:
        if len(document) > MAX_PDF_PAGES:
            raise CaseFileError(
                f"{path} has {len(document)} pages; a plan is at most {MAX_PDF_PAGES}."
            )
        pages: list[list[str]] = []
        size = 0
        for index in range(len(document)):
            try:
                textpage = document[index].get_textpage()
                text = textpage.get_text_range()
                turned = page_lines(page_pieces(textpage))
            except pdfium.PdfiumError as err:
                raise CaseFileError(
                    f"{path}: page {index + 1} of the PDF cannot be read ({err}). Export the "
                    "plan to PDF again, or check the .docx or text it was made from."
                ) from err
            size += len(text)
            if size > MAX_PLAN_BYTES:
                raise CaseFileError(f"{path}: more than 2 MB of text; a plan is far shorter.")
            pages.append(turned or text.replace("\r\n", "\n").replace("\r", "\n").split("\n"))
    finally:
        document.close()
    running = _running_lines(pages)
    text = "\n".join(
        "\n".join(
            _paragraphs(_without_contents(_without_running_lines(lines, running, n), len(pages)))
        )
        for n, lines in enumerate(pages, start=1)
    )
    header = _running_header(pages[0], running) if pages else []
    if header:
        text += "\n\n" + "\n".join(header) + "\n"
    if not text.strip():
        raise CaseFileError(
            f"{path}: the PDF has no text layer (it is a scan or a picture of the plan). "
            "Check the .docx or text it was made from, or run it through OCR first."
        )
    return text


_PAGE_NUMBER = linear.compile(r"^\s*(?:page\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s*$", linear.I)


def _running_keys(line: str, page: int) -> set[str]:
    """A header or footer line as every page repeats it: itself, and itself with this page's
    number as "#" ("Prepared by … Page 2 of 3" is the footer "… Page 1 of 3" was). Only the
    page's own number: other numbers in a line ("Root cause 57: …") are its text."""
    plain = " ".join(line.split())
    number = str(page)
    return {plain, _DIGITS.sub(lambda m: "#" if m.group(0) == number else m.group(0), plain)}


_DIGITS = linear.compile(r"[0-9]+")


def _running_lines(pages: list[list[str]]) -> set[str]:
    """The header and footer lines most pages repeat (counted once for the whole document:
    once a page, it took 12 s on 200 pages), as ``_running_keys`` gives them."""
    if len(pages) <= 1:
        return set()
    counts = Counter(
        key
        for number, page in enumerate(pages, start=1)
        for key in {key for line in page[:2] + page[-3:] for key in _running_keys(line, number)}
    )
    # On most pages, not just two: "What caused it" may open two pages of a long PIP.
    enough = max(2, (len(pages) + 1) // 2)
    return {
        line
        for line, count in counts.items()
        if count >= enough and (count == len(pages) or not _names_a_part(line))
    }


def _names_a_part(line: str) -> bool:
    """Whether a line clearly names a part of the plan ("CORRECTIVE ACTIONS COMPLETED"): a
    part's heading that happens to open two of three pages is the plan's text, not the page's
    furniture. A line that every page repeats is furniture whatever it says."""
    found = meaning(line)
    return found.kind in PARTS and found.score >= 2


def _without_running_lines(lines: list[str], running: set[str], page: int) -> list[str]:
    """A page's lines without its page number and the header and footer every page repeats."""
    return [
        line
        for line in lines
        if not _PAGE_NUMBER.match(line) and not _running_keys(line, page) & running
    ]


_CONTENTS_TITLE = linear.compile(r"^\s*(?:table of )?contents\s*:?\s*$", linear.I)
_CONTENTS_ENTRY = linear.compile(r"^\s*\S.{0,150}?(?:\s|(?:\s?\.){3,}\s*)([0-9]{1,3})\s*$")
_PAGE_OF = linear.compile(r"\bpage\s*[0-9]{1,4}\s*(?:of|/)\s*[0-9]{1,4}\s*$", linear.I)
"""A footer's "Page 1 of 3": its number is not a contents entry's page."""
_LEADER = linear.compile(r"(?:\.\s?){4,}\s*[0-9]{1,3}\s*$")


def _without_contents(lines: list[str], pages: int) -> list[str]:
    """A page's lines without its table of contents: a run of three or more titles, each
    followed by its page number (after a leader of dots, or a space), the numbers never going
    down nor past the last page, under a "Contents" title or with a dot leader. The titles are
    the document's own headings once more; read as headings, they open every part twice."""
    out: list[str] = []
    index = 0
    while index < len(lines):
        end, last = index, 0
        while (
            end < len(lines)
            and (match := _CONTENTS_ENTRY.match(lines[end]))
            and not _PAGE_OF.search(lines[end])
        ):
            page = int(match.group(1))
            if not last <= page <= pages:
                break
            end, last = end + 1, page
        titled = bool(out) and bool(_CONTENTS_TITLE.match(out[-1]))
        leaders = any(_LEADER.search(line) for line in lines[index:end])
        if end - index >= 3 and (titled or leaders):
            if titled:
                out.pop()
            index = end
            continue
        out.append(lines[index])
        index += 1
    return out


def _running_header(first_page: list[str], running: set[str]) -> list[str]:
    """The header the first page repeats on every page when it speaks of the document as a
    template ("… Template v2 - edit the text in brackets") or holds a slot of one ("Plan of
    Action - [SHOP NAME] - Etsy Case Review"), kept once, after the body and apart from it:
    the template's own text, but not where its body starts."""
    from poa.review.placeholders import marked_slot

    return [
        line
        for line in first_page[:2]
        if _running_keys(line, 1) & running
        and (_ABOUT_THE_TEMPLATE.search(line) or marked_slot(line))
    ]


_ABOUT_THE_TEMPLATE = linear.compile(
    r"\b(?:template|fill in|fill it in|edit the|replace the|delete this|free download)\b", linear.I
)
"""Words of a banner about the document as a template, not a company's letterhead."""


def _paragraphs(lines: list[str]) -> list[str]:
    """A PDF's lines with a blank line after each paragraph: a line that ends a sentence well
    short of the text's width ends its paragraph (the text layer has no blank lines)."""
    widths = sorted(len(line.rstrip()) for line in lines if line.strip())
    if not widths:
        return lines
    full = widths[int(len(widths) * 0.9)]  # the width of a full line of body text
    out: list[str] = []
    for line in lines:
        out.append(line)
        text = line.rstrip()
        if text.endswith((".", "!", "?", ":", ")")) and len(text) < 0.8 * full:
            out.append("")
    return out


def _docx_text(path: Path, data: bytes) -> tuple[str, str | None]:
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
        header = _docx_header(document)
        plain = "\n".join(_docx_lines(document, turn=False)) + header
        if not any(_parts_as_columns(_table_rows(table)) for table in document.tables):
            return plain, None
        return plain, "\n".join(_docx_lines(document, turn=True)) + header
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
    the body and apart from it, as a PDF's running header is (see ``_running_header``): Word
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
                    and (_ABOUT_THE_TEMPLATE.search(line) or marked_slot(line))
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


def _docx_lines(document: Document, *, turn: bool) -> list[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    styles = _Styles(document)
    lines: list[str] = []
    for block in _blocks(document):
        if isinstance(block, Paragraph):
            lines += _paragraph_lines(block, styles)
        elif isinstance(block, Table):
            rows = _table_rows(block)
            if turn and (turned := _parts_as_columns(rows)):
                lines += [*turned, ""]
                continue
            # label | text, one row a part; not a map of where the plan answers each point
            # ("Root cause not explained …" | "Sections 1.1 and 2.1 - …")
            labelled = all(len(cells) == 2 for cells in rows) and not _a_map(rows)
            for cells in rows:
                texts = [" ".join(_text(c._tc).split()) for c in cells]
                texts = [t for t in texts if t]
                if not labelled:  # a grid (measure | owner | cadence): one point per row
                    lines.append("- " + "; ".join(texts) if texts else "")
                elif len(texts) >= 2 and len(texts[0].split()) <= 12:
                    lines += ["", f"**{texts[0].rstrip(':')}**", ""]
                    for cell in cells[1:]:
                        for paragraph in cell.paragraphs:
                            lines += _paragraph_lines(paragraph, styles)
                elif texts:
                    lines += [" ".join(texts), ""]
            lines.append("")
    return lines


def _table_rows(table: Any) -> list[list[Any]]:
    return [_unique_cells(row.cells) for row in table.rows]


def _parts_as_columns(rows: list[list[Any]]) -> list[str]:
    """A table whose header row names the parts, one issue a row, turned round (see
    plan_columns), or an issue's table of its three parts in order, by column or by row;
    nothing for other tables."""
    if len(rows) < 2:
        return []
    texts = [[" ".join(_text(c._tc).split()) for c in cells] for cells in rows]
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


def _text(element: Any) -> str:
    """The text of a paragraph or a table cell, the text of content controls in it included:
    runs' text, tabs and line breaks, in order."""
    from docx.oxml.ns import qn

    text, tab, brk, cr = qn("w:t"), qn("w:tab"), qn("w:br"), qn("w:cr")
    paragraph, run = qn("w:p"), qn("w:r")
    pieces: list[str] = []
    for node in element.iter(text, tab, brk, cr, paragraph):
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
    return "".join(pieces)


def _paragraph_lines(paragraph: Any, styles: _Styles) -> list[str]:
    # A line break inside a paragraph (Shift+Enter) starts a new line, as on the page.
    lines = [" ".join(part.split()) for part in _text(paragraph._p).split("\n")]
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
