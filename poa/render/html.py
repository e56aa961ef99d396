"""The HTML page around a document's body: metadata for the PDF and the running header."""

from __future__ import annotations

from html import escape
from pathlib import Path

from poa.render.meta import DocumentMeta


def html_page(body: str, meta: DocumentMeta, logo: Path | None = None) -> str:
    """A complete HTML document; weasyprint reads title and author into the PDF's metadata."""
    size = "A4" if meta.paper == "a4" else "letter"
    return (
        "<!DOCTYPE html>\n"
        f'<html lang="{escape(meta.language)}">\n<head>\n<meta charset="utf-8">\n'
        f"<title>{escape(meta.title)}</title>\n"
        f'<meta name="author" content="{escape(meta.author)}">\n'
        f'<meta name="description" content="{escape(meta.subject)}">\n'
        f'<meta name="keywords" content="{escape(meta.keywords)}">\n'
        '<meta name="generator" content="poa">\n'
        f"<style>@page {{ size: {size}; }}</style>\n"
        "</head>\n<body>\n"
        f'<div class="running-seller" data-seller="{escape(meta.header)}"></div>\n'
        + (f'<img class="logo" alt="Logo" src="{escape(logo.as_uri())}">\n' if logo else "")
        + f"{body}\n</body>\n</html>\n"
    )
