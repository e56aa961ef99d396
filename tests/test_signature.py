"""The signature block never breaks across pages (issue 13): whatever the length of the text
before it, "Signed" and the date under it land on the same page."""

from __future__ import annotations

import datetime as dt
import io
from pathlib import Path

import pytest

from poa.render.library import templates_dir
from poa.render.meta import DocumentMeta


@pytest.mark.slow
def test_the_signature_stays_together_at_every_length(tmp_path: Path) -> None:
    from pypdf import PdfReader

    from poa.render.html import html_page
    from poa.render.pdf import build_pdf

    css = (templates_dir() / "style" / "print.css").read_text(encoding="utf-8")
    meta = DocumentMeta("Appeal letter", "A", "s", "k", "Example LLC", "a4", dt.date(2026, 11, 20))
    line = "<p>A paragraph of the letter, long enough to take a line or two on the page.</p>"
    # 28-47 paragraphs move the signature across the end of page 1; without the rule in
    # print.css the date fell alone onto page 2 at 31 and 32.
    for count in range(28, 48):
        body = line * count + (
            "<h2>Signed</h2><p>Account owner, Managing member</p>"
            "<p>Example Goods LLC · ops@example.com</p><p>DATE-LINE 20 November 2026</p>"
        )
        pdf = build_pdf(html_page(body, meta), css, base_dir=tmp_path, allowed_roots=[tmp_path])
        pages = [page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages]
        signed = [i for i, text in enumerate(pages) if "Signed" in text]
        dated = [i for i, text in enumerate(pages) if "DATE-LINE" in text]
        assert signed == dated, (count, signed, dated)
