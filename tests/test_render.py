"""Rendering the samples: every root cause, action and measure reaches every format."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader

from poa.casefile import load_case
from poa.model import Case
from poa.render import parse_formats, render
from poa.render.escape import md_escape
from poa.render.markdown import markdown_to_html
from tests.conftest import SAMPLES
from tests.extract import docx_text, pdf_pages, pdf_text, squash


def _texts(case: Case) -> list[str]:
    """Every piece of seller text the Plan of Action must carry."""
    found: list[str] = []
    for issue in case.issues:
        found.append(issue.title)
        found += [cause.description for cause in issue.root_causes]
        found += [action.action for action in issue.corrective_actions]
        for measure in issue.preventive_measures:
            found += [measure.measure, measure.owner]
            if measure.verification:
                found.append(measure.verification)
    return found


@pytest.fixture(scope="module")
def rendered(tmp_path_factory: pytest.TempPathFactory) -> dict[Path, Path]:
    out = tmp_path_factory.mktemp("out")
    folders: dict[Path, Path] = {}
    for sample in SAMPLES:
        render(sample, out, formats=("md", "docx", "pdf"))
        folders[sample] = out / sample.stem
    return folders


def test_there_are_at_least_three_samples_from_different_marketplaces() -> None:
    cases = [load_case(path) for path in SAMPLES]
    assert len(cases) >= 3
    assert len({case.marketplace for case in cases}) >= 2
    assert len({issue.reason for case in cases for issue in case.issues}) >= 3


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_every_answer_reaches_markdown_docx_and_pdf(
    sample: Path, rendered: dict[Path, Path]
) -> None:
    case = load_case(sample)
    folder = rendered[sample]
    markdown = (folder / "poa.md").read_text(encoding="utf-8")
    word = squash(docx_text(folder / "poa.docx"))
    pdf = squash(pdf_text(folder / "poa.pdf"))
    for text in _texts(case):
        assert str(md_escape(text)) in markdown, text
        assert squash(text) in word, text
        assert squash(text) in pdf, text


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_docx_uses_real_word_styles(sample: Path, rendered: dict[Path, Path]) -> None:
    case = load_case(sample)
    document = docx.Document(str(rendered[sample] / "poa.docx"))
    styles = [(p.style.name if p.style else "", p.text) for p in document.paragraphs]
    # A letterhead (logo, company block) may come first; the title opens the document proper.
    first_title = next(i for i, (style, _) in enumerate(styles) if style == "Title")
    assert styles[first_title] == ("Title", "Plan of Action")
    assert all(style == "Normal" for style, _ in styles[:first_title])
    heading1 = [text for style, text in styles if style == "Heading 1"]
    for number, issue in enumerate(case.issues, start=1):
        assert f"Issue {number}: {issue.title}" in heading1
    heading2 = [text for style, text in styles if style == "Heading 2"]
    assert heading2.count("Corrective actions completed") == len(case.issues)
    assert heading2.count("Preventive measures in place") == len(case.issues)
    numbered = [text for style, text in styles if style == "List Number"]
    for issue in case.issues:
        for action in issue.corrective_actions:
            assert " ".join(action.action.split()) in numbered
    assert any(style == "List Bullet 2" for style, _ in styles)
    assert document.tables and document.tables[0].style is not None
    assert document.tables[0].style.name == "Table Grid"


def test_each_numbered_list_starts_again_at_one(rendered: dict[Path, Path]) -> None:
    document = docx.Document(str(rendered[SAMPLES[0]] / "poa.docx"))
    ids: list[int] = []
    previous_style = ""
    for paragraph in document.paragraphs:
        style = paragraph.style.name if paragraph.style else ""
        if style == "List Number" and previous_style != "List Number":
            num_pr: Any = paragraph._p.pPr.numPr if paragraph._p.pPr is not None else None
            assert num_pr is not None, paragraph.text
            ids.append(int(num_pr.numId.val))
        if style not in {"List Bullet 2"}:
            previous_style = style
    assert len(ids) >= 3
    assert len(set(ids)) == len(ids), "two numbered lists share one numbering and would not restart"


def test_docx_has_page_numbers_header_and_properties(rendered: dict[Path, Path]) -> None:
    sample = SAMPLES[0]
    case = load_case(sample)
    document = docx.Document(str(rendered[sample] / "poa.docx"))
    section = document.sections[0]
    footer_xml = section.footer._element.xml
    assert "PAGE" in footer_xml and "NUMPAGES" in footer_xml
    assert (
        "Page " in section.footer.paragraphs[0].text and " of " in section.footer.paragraphs[0].text
    )
    assert case.seller.legal_name in section.header.paragraphs[0].text
    props = document.core_properties
    assert props.title.startswith("Plan of Action")
    assert props.author == case.seller.legal_name
    assert case.issues[0].reason in props.keywords


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_pdf_has_metadata_header_and_page_numbers(sample: Path, rendered: dict[Path, Path]) -> None:
    case = load_case(sample)
    path = rendered[sample] / "poa.pdf"
    reader = PdfReader(str(path))
    assert reader.metadata is not None
    assert reader.metadata.title is not None and reader.metadata.title.startswith("Plan of Action")
    assert reader.metadata.author == case.seller.legal_name
    pages = pdf_pages(path)
    for number, text in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in text
        assert squash(case.seller.legal_name) in squash(text)


@pytest.mark.parametrize(("paper", "size"), [("a4", (595, 842)), ("letter", (612, 792))])
def test_paper_size_comes_from_the_flag(paper: str, size: tuple[int, int], tmp_path: Path) -> None:
    files = render(SAMPLES[0], tmp_path, formats=("docx", "pdf"), paper=paper)
    pdf_file = next(f for f in files if f.suffix == ".pdf")
    box = PdfReader(str(pdf_file)).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == size
    section = docx.Document(str(next(f for f in files if f.suffix == ".docx"))).sections[0]
    assert section.page_width is not None and section.page_height is not None
    assert round(section.page_width.pt) == size[0]
    assert round(section.page_height.pt) == size[1]


def test_markdown_and_docx_are_byte_identical_across_runs(tmp_path: Path) -> None:
    sample = SAMPLES[0]
    first = render(sample, tmp_path / "one", formats=("md", "docx"))
    second = render(sample, tmp_path / "two", formats=("md", "docx"))
    for a, b in zip(first, second, strict=True):
        assert a.name == b.name
        assert a.read_bytes() == b.read_bytes(), a.name


def test_render_writes_only_what_was_asked(tmp_path: Path) -> None:
    files = render(SAMPLES[0], tmp_path, formats=parse_formats("md"), documents=["poa"])
    assert [f.name for f in files] == ["poa.md"]
    written = sorted(p.name for p in (tmp_path / SAMPLES[0].stem).iterdir())
    assert written == [".poa-written.json", "poa.md"]


def test_markdown_is_valid_structure(rendered: dict[Path, Path]) -> None:
    html = markdown_to_html((rendered[SAMPLES[0]] / "poa.md").read_text(encoding="utf-8"))
    assert html.count("<h1>") == 1
    assert "<table>" in html and "<ol>" in html


def test_a_case_moved_with_its_evidence_renders_elsewhere(tmp_path: Path) -> None:
    sample = SAMPLES[0]
    shutil.copytree(sample.parent / sample.stem, tmp_path / sample.stem)
    copy = tmp_path / sample.name
    shutil.copy(sample, copy)
    files = render(copy, tmp_path / "out", formats=("md",), documents=["poa"])
    assert files[0].read_text(encoding="utf-8").startswith("# Plan of Action")
