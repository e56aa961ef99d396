"""Render a case to Markdown, DOCX and PDF from one template source.

>>> from poa.render import render
>>> render("samples/amazon-late-shipment.yaml", "out", formats=("md", "pdf"))  # doctest: +SKIP
[PosixPath('out/amazon-late-shipment/poa.md'), PosixPath('out/amazon-late-shipment/poa.pdf')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from poa.casefile import load_case
from poa.errors import OutputError, UsageError
from poa.fsutil import write_atomic
from poa.model import Case
from poa.render.document import DOCUMENT_TITLES, DOCUMENTS, render_markdown
from poa.render.library import templates_dir

FORMATS: tuple[str, ...] = ("md", "docx", "pdf")

__all__ = ["DOCUMENTS", "FORMATS", "parse_formats", "render", "render_case", "render_markdown"]


def parse_formats(value: str | Iterable[str]) -> tuple[str, ...]:
    """``"md,pdf"`` → ``("md", "pdf")``; an unknown name is a UsageError listing the known ones."""
    names = value.split(",") if isinstance(value, str) else list(value)
    chosen = tuple(dict.fromkeys(n.strip().lower().lstrip(".") for n in names if n.strip()))
    unknown = [n for n in chosen if n not in FORMATS]
    if unknown or not chosen:
        raise UsageError(
            f"Unknown format {', '.join(unknown) or '(none)'}: choose from {','.join(FORMATS)}, "
            "e.g. --format md,docx,pdf"
        )
    return chosen


def render(
    case_path: str | Path,
    out_dir: str | Path = "out",
    formats: Sequence[str] = FORMATS,
    paper: str | None = None,
    documents: Sequence[str] = ("poa",),
) -> list[Path]:
    """Render the case file at ``case_path`` into ``out_dir/<case name>/<document>.<format>``.

    Returns the files written. ``paper`` ("a4" or "letter") overrides the case's setting.
    """
    case_path = Path(case_path)
    case = load_case(case_path)
    folder = Path(out_dir) / case_path.stem
    return render_case(
        case,
        folder,
        base_dir=case_path.resolve().parent,
        formats=formats,
        paper=paper,
        documents=documents,
    )


def render_case(
    case: Case,
    folder: Path,
    *,
    base_dir: Path,
    formats: Sequence[str] = FORMATS,
    paper: str | None = None,
    documents: Sequence[str] = ("poa",),
) -> list[Path]:
    """Render an already validated case into ``folder``; ``base_dir`` is where its files live."""
    formats = parse_formats(formats)
    if paper is not None and paper not in {"a4", "letter"}:
        raise UsageError(f"Unknown paper size {paper!r}: use a4 or letter.")
    paper = paper or case.document.paper
    _prepare(folder)
    written: list[Path] = []
    for document in documents:
        written += _render_document(case, document, folder, base_dir, formats, paper)
    return written


def _render_document(
    case: Case, document: str, folder: Path, base_dir: Path, formats: Sequence[str], paper: str
) -> list[Path]:
    markdown_text = render_markdown(case, document)
    written: list[Path] = []
    if "md" in formats:
        written.append(_write(folder / f"{document}.md", markdown_text.encode("utf-8")))
    if "docx" not in formats and "pdf" not in formats:
        return written
    # Loaded here, not at the top: they are heavy and poa --help must stay fast.
    from poa.render.markdown import markdown_to_html
    from poa.render.meta import document_meta

    body = markdown_to_html(markdown_text)
    meta = document_meta(case, DOCUMENT_TITLES[document], paper)
    if "docx" in formats:
        from poa.render.docx import build_docx
        from poa.render.tree import parse_html

        data = build_docx(parse_html(body), meta, _reference_docx())
        written.append(_write(folder / f"{document}.docx", data))
    if "pdf" in formats:
        from poa.render.html import html_page
        from poa.render.pdf import build_pdf

        css = (templates_dir() / "style" / "print.css").read_text(encoding="utf-8")
        roots = [templates_dir(), base_dir]
        data = build_pdf(html_page(body, meta), css, base_dir=base_dir, allowed_roots=roots)
        written.append(_write(folder / f"{document}.pdf", data))
    return written


def _reference_docx() -> Path | None:
    """The Word file whose styles the DOCX uses (templates/reference.docx), if present."""
    reference = templates_dir() / "reference.docx"
    return reference if reference.is_file() else None


def _prepare(folder: Path) -> None:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except (FileExistsError, NotADirectoryError) as err:
        raise OutputError(
            f"Cannot create the output folder {folder}: part of that path is a file, "
            "not a folder. Choose another folder with -o."
        ) from err
    except OSError as err:
        raise OutputError(
            f"Cannot create the output folder {folder}: {err.strerror or err}. "
            "Choose another folder with -o."
        ) from err


def _write(path: Path, data: bytes) -> Path:
    write_atomic(path, data)
    return path
