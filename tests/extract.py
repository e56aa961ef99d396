"""Text out of the documents we write, the way a reviewer's tools would read it."""

from __future__ import annotations

import re
from pathlib import Path

import docx
from pypdf import PdfReader

_SPACE = re.compile(r"\s+")


def squash(text: str) -> str:
    """Text without any white space: line wrapping in a PDF cannot break a comparison."""
    return _SPACE.sub("", text)


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def pdf_pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in PdfReader(str(path)).pages]


def pdf_text(path: Path) -> str:
    return "\n".join(pdf_pages(path))
