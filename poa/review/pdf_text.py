"""A PDF plan's text: its text layer, page by page, as lines the plan reader understands.

A PDF has no paragraphs, headings or tables, only text placed on pages. This module decides
what of it is the plan: the page's furniture (page numbers, the header and footer every page
repeats) and a table of contents are left out, a paragraph ends where a sentence ends short of
the line, and tables laid out in columns are read row by row (``pdf_table``).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

from poa import linear
from poa.errors import CaseFileError
from poa.review.headings import PARTS, meaning
from poa.review.pdf_table import page_lines, page_pieces

MAX_PDF_PAGES = 200


def pdf_text(path: Path, data: bytes, max_text: int) -> str:
    """The text layer of a PDF, page by page, without what every page repeats (a page's
    number, its header and footer) or a table of contents; at most ``max_text`` characters."""
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
            if size > max_text:
                raise CaseFileError(f"{path}: more than 2 MB of text; a plan is far shorter.")
            lines = turned or text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
            if not turned and _opens_slide(document[index], textpage, len(lines[0])):
                lines[0] = f"# {lines[0]}"
            pages.append(lines)
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


_TITLE_SIZE = 1.3
"""How much larger than the page's text a slide's title is set, at least."""
_SLIDE_CHARACTERS = 2000
"""The most text a slide holds: a page with more is a page of a document, and its type is not
measured (one call a character)."""


def _opens_slide(page: Any, textpage: Any, first: int) -> bool:
    """Whether a page is a slide that opens with its title: a landscape page whose first line,
    alone, is set in a type clearly larger than the rest of its text. A deck's text layer has
    no other mark of its titles, and a title such as "Why tracking was invalid" names no part
    by its words; marked as a heading, it opens the slide's bullets as any heading does."""
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    count = textpage.count_chars()
    if width <= height or not first or not first + 2 < count <= _SLIDE_CHARACTERS:
        return False
    sizes = [pdfium_c.FPDFText_GetFontSize(textpage.raw, index) for index in range(count)]
    title, rest = sizes[:first], [size for size in sizes[first + 2 :] if size > 1]
    return bool(rest) and min(title) >= _TITLE_SIZE * max(rest)


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
        and (ABOUT_THE_TEMPLATE.search(line) or marked_slot(line))
    ]


ABOUT_THE_TEMPLATE = linear.compile(
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
