"""Render a case to Markdown, DOCX and PDF from one template source.

>>> from poa.render import render
>>> render("samples/amazon-late-shipment.yaml", "out", formats=("md", "pdf"))  # doctest: +SKIP
[PosixPath('out/amazon-late-shipment/poa.md'), PosixPath('out/amazon-late-shipment/poa.pdf')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from poa.casefile import open_case
from poa.errors import OutputError, UsageError
from poa.fsutil import write_atomic
from poa.model import MARKETPLACE_LABELS, Case
from poa.render.document import DOCUMENT_TITLES, DOCUMENTS, render_markdown
from poa.render.library import long_date, templates_dir

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
    case_file = open_case(case_path)
    case = case_file.validate()
    folder = Path(out_dir) / case_file.path.stem
    return render_case(
        case, folder, base_dir=case_file.base_dir, formats=formats, paper=paper, documents=documents
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
        markdown_text = render_markdown(case, document)
        if "md" in formats:
            written.append(_write(folder / f"{document}.md", markdown_text.encode("utf-8")))
        if "docx" not in formats and "pdf" not in formats:
            continue
        from poa.render.markdown import markdown_to_html

        body = markdown_to_html(markdown_text)
        title = f"{DOCUMENT_TITLES[document]} — {case.seller.store_name or case.seller.legal_name}"
        subject = (
            f"Response to the {MARKETPLACE_LABELS[case.marketplace]} notice of "
            f"{long_date(case.notice.received_on)}"
        )
        keywords = ", ".join(dict.fromkeys(issue.reason for issue in case.issues))
        header = case.seller.legal_name + (
            f" · Seller ID {case.seller.seller_id}" if case.seller.seller_id else ""
        )
        if "docx" in formats:
            from poa.render.docx import DocxMeta, build_docx
            from poa.render.tree import parse_html

            meta = DocxMeta(
                title=title,
                author=case.seller.legal_name,
                subject=subject,
                keywords=keywords,
                header=header,
                paper=paper,
                created=case.document.date or case.notice.received_on,
            )
            written.append(
                _write(
                    folder / f"{document}.docx",
                    build_docx(parse_html(body), meta, _reference_docx()),
                )
            )
        if "pdf" in formats:
            from poa.render.html import PageMeta, html_page
            from poa.render.pdf import build_pdf

            page = html_page(
                body,
                PageMeta(
                    title=title,
                    author=case.seller.legal_name,
                    subject=subject,
                    keywords=keywords,
                    header=header,
                    paper=paper,
                ),
            )
            css = (templates_dir() / "style" / "print.css").read_text(encoding="utf-8")
            pdf = build_pdf(page, css, base_dir=base_dir, allowed_roots=[templates_dir(), base_dir])
            written.append(_write(folder / f"{document}.pdf", pdf))
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
