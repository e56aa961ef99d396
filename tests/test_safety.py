"""Seller text is text: it never becomes markup, template code, a link, or a file read."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import docx
import pytest

from poa.errors import PoaWarning
from poa.render import pdf as pdf_module
from poa.render import render
from poa.render.escape import md_escape
from poa.render.library import templates_dir
from poa.render.markdown import markdown_to_html
from tests.conftest import WriteCase, minimal_case
from tests.extract import docx_text, pdf_text, squash

HOSTILE = [
    "![x](file:///etc/passwd)",
    '<img src="http://127.0.0.1:9/x">',
    "<script>alert(1)</script>",
    "{{ 7*7 }}",
    "{% raw %}",
    "**bold**",
    "# heading",
    "[link](http://127.0.0.1:9/)",
    "&lt;b&gt; & AT&T",
    "1. not a list",
    "- not a bullet",
    "| not | a table |",
    "back\\slash",
]


def _hostile_case() -> dict[str, Any]:
    case = minimal_case()
    joined = " ".join(HOSTILE)
    case["seller"]["legal_name"] = "Example <b>Goods</b> {{ 7*7 }}"
    case["notice"]["reference"] = joined
    issue = case["issues"][0]
    issue["title"] = "# heading {{ 7*7 }}"
    issue["summary"] = "\n".join(HOSTILE)  # line starts are where Markdown blocks begin
    issue["root_causes"] = [{"description": text} for text in HOSTILE]
    issue["corrective_actions"][0]["action"] = joined
    issue["preventive_measures"][0]["owner"] = "<script>alert(1)</script>"
    issue["preventive_measures"][0]["verification"] = joined
    return case


@pytest.mark.parametrize("text", HOSTILE)
def test_escaped_text_converts_back_to_the_same_literal_text(text: str) -> None:
    html = markdown_to_html(f"Before {md_escape(text)} after\n\n{md_escape(text)}\n")
    assert "<script" not in html and "<img" not in html and "<a " not in html
    assert "<strong>" not in html and "<h1>" not in html and "<li>" not in html
    assert "<table>" not in html
    from html import unescape

    plain = unescape(html.replace("<p>", "").replace("</p>", ""))
    assert plain.count(text) == 2, plain


def test_hostile_text_is_literal_in_every_format_and_nothing_is_fetched(
    write_case: WriteCase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fetchers: list[Any] = []
    real = pdf_module.make_fetcher

    def recording(roots: Any) -> Any:
        fetcher = real(roots)
        fetchers.append(fetcher)
        return fetcher

    monkeypatch.setattr(pdf_module, "make_fetcher", recording)
    path = write_case(_hostile_case())
    files = render(path, tmp_path / "out", formats=("md", "docx", "pdf"))
    markdown, word_file, pdf_file = files[:3]
    assert [f.name for f in files[:3]] == ["poa.md", "poa.docx", "poa.pdf"]

    for file in files:
        if file.suffix != ".md":
            continue
        source = file.read_text(encoding="utf-8")
        assert not re.search(r"(?<!\\)[<>]", source.replace("\\\\", "")), (
            f"an unescaped < or > in {file.name}"
        )
        # {{ 7*7 }} must stay text: no 49 anywhere but in a box's character count
        counts = re.sub(r"\d[\d,]*(?: of [\d,]+)? characters", "", source)
        assert "49" not in counts, file.name
        html = markdown_to_html(source)
        for tag in ("<script", "<img", "<a ", "<strong>bold", "<h1>heading"):
            assert tag not in html, (tag, file.name)

    word = docx_text(word_file)
    pdf = squash(pdf_text(pdf_file))
    channel = (markdown.parent / "channel.txt").read_text(encoding="utf-8")
    for text in HOSTILE:
        assert text in word, text
        assert squash(text) in pdf, text
        assert text in channel, text  # form text is pasted as it is: literal, not escaped
    assert (
        "Example <b>Goods</b> {{ 7*7 }}"
        in docx.Document(str(word_file)).sections[0].header.paragraphs[0].text
    )

    pdfs = [f for f in files if f.suffix == ".pdf"]
    assert len(pdfs) >= 3 and len(fetchers) == len(pdfs)
    assert all(f.requested == [] for f in fetchers), "rendering asked for an outside resource"


def test_the_fetcher_refuses_everything_outside_the_allowed_folders(tmp_path: Path) -> None:
    inside = tmp_path / "logo.png"
    inside.write_bytes(b"\x89PNG\r\n\x1a\n")
    fetcher = pdf_module.make_fetcher([tmp_path, templates_dir()])
    for url in (
        "file:///etc/passwd",
        "http://127.0.0.1:9/x",
        "https://example.com/a.css",
        f"file://{tmp_path}/../etc/passwd",
        "ftp://127.0.0.1/x",
        "data:text/plain,hello",
    ):
        with pytest.raises(Exception, match=r"poa does not fetch|disallowed protocol"):
            fetcher.fetch(url)
    response = fetcher.fetch(inside.as_uri())
    assert response.read() == b"\x89PNG\r\n\x1a\n"
    css = (templates_dir() / "style" / "print.css").as_uri()
    assert b"@page" in fetcher.fetch(css).read()


def test_hostile_html_reaching_weasyprint_reads_nothing(tmp_path: Path) -> None:
    """Even if a template (not seller text) put tags in the page, the fetcher refuses them."""
    fetcher = pdf_module.make_fetcher([tmp_path])
    html = (
        '<html><body><p>x</p><img src="file:///etc/passwd">'
        '<img src="http://127.0.0.1:9/x"><link rel="stylesheet" href="file:///etc/hostname">'
        "</body></html>"
    )
    with pytest.warns(PoaWarning) as said:
        data = pdf_module.build_pdf(
            html, "", base_dir=tmp_path, allowed_roots=[tmp_path], fetcher=fetcher
        )
    assert data.startswith(b"%PDF")
    # Each refusal is said, with why: none is silent.
    assert sorted(str(w.message).split(":", 1)[0] for w in said) == [
        "the PDF goes without file",
        "the PDF goes without file",
        "the PDF goes without http",
    ]
    assert set(fetcher.refused) == {
        "file:///etc/passwd",
        "http://127.0.0.1:9/x",
        "file:///etc/hostname",
    }
