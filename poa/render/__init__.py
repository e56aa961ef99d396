"""Render a case to Markdown, DOCX and PDF from one template source.

>>> from poa.render import render
>>> render("samples/amazon-late-shipment.yaml", "out", formats=("md", "pdf"))  # doctest: +SKIP
[PosixPath('out/amazon-late-shipment/poa.md'), PosixPath('out/amazon-late-shipment/poa.pdf')]
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import TYPE_CHECKING

from poa.casefile import load_case
from poa.errors import OutputError, TemplateError, UsageError
from poa.fsutil import read_text
from poa.model import Case
from poa.render.catalog import Library
from poa.render.document import (
    DOCUMENTS,
    Draft,
    channel_text,
    default_documents,
    parse_documents,
    render_markdown,
)
from poa.render.escape import md_escape
from poa.render.guard import OutputGuard
from poa.render.library import templates_dir

if TYPE_CHECKING:
    from poa.workspace import Workspace

FORMATS: tuple[str, ...] = ("md", "docx", "pdf")

__all__ = [
    "DOCUMENTS",
    "FORMATS",
    "RenderOptions",
    "default_documents",
    "parse_formats",
    "render",
    "render_case",
    "render_markdown",
]


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
    documents: Sequence[str] | None = None,
    *,
    options: RenderOptions | None = None,
    workspace: Workspace | None = None,
) -> list[Path]:
    """Render the case file at ``case_path`` into ``out_dir/<case name>/<document>.<format>``.

    Returns the files written. ``paper`` ("a4" or "letter") overrides the case's setting;
    ``documents`` defaults to the ones that fit the case (see :func:`default_documents`).
    ``workspace`` gives the banks and templates; without one, a workspace is built from
    ``options.templates`` and the environment.
    """
    if workspace is None:
        from poa.workspace import Workspace

        workspace = Workspace.load(templates=options.templates if options else ())
    case_path = Path(case_path)
    case = load_case(case_path)
    folder = Path(out_dir) / case_path.stem
    return render_case(
        case,
        folder,
        workspace=workspace,
        base_dir=case_path.resolve().parent,
        formats=formats,
        paper=paper,
        documents=documents,
        options=options,
    )


@dataclass(frozen=True)
class RenderOptions:
    """How to render, beyond which documents and formats."""

    templates: tuple[Path, ...] = ()
    """Folders searched before $POA_TEMPLATES, the user's config folder and the library, when
    :func:`render` builds the workspace itself (a workspace given to it has its own)."""
    chosen: tuple[tuple[str, str], ...] = ()
    """(document, template name) pairs the user picked."""
    css: Path | None = None
    """A stylesheet applied after the library's, for the PDF."""
    force: bool = False
    """Replace files the user edited (after a .bak copy)."""
    draft_mark: str | None = None
    """Mark every document as a draft with this line ("Draft — not ready to send (2 open
    findings)"): first line of the Markdown and of each part of channel.txt, the DOCX header,
    the top of every PDF page."""


def render_case(
    case: Case,
    folder: Path,
    *,
    workspace: Workspace,
    base_dir: Path,
    formats: Sequence[str] = FORMATS,
    paper: str | None = None,
    documents: Sequence[str] | None = None,
    options: RenderOptions | None = None,
) -> list[Path]:
    """Render an already validated case into ``folder`` with the workspace's templates and
    banks; ``base_dir`` is where its files live."""
    options = options or RenderOptions()
    formats = parse_formats(formats)
    if paper is not None and paper not in {"a4", "letter"}:
        raise UsageError(f"Unknown paper size {paper!r}: use a4 or letter.")
    paper = paper or case.document.paper or site_paper(case)
    draft = Draft.of(case, workspace, base_dir, dict(options.chosen))
    documents = parse_documents(documents, case, draft.banks)
    # Everything is rendered before anything is written: an error leaves the folder as it was.
    outputs = [
        out for document in documents for out in _outputs(draft, document, formats, paper, options)
    ]
    _prepare(folder)
    guard = OutputGuard(folder)
    guard.check(outputs, options.force)
    return [guard.write(name, data) for name, data in outputs]


_LETTER_SITES = ("us", "usa", "united states", "ca", "canada", ".com", ".ca")


def site_paper(case: Case) -> str:
    """The paper of the marketplace's site: Letter for the US and Canada (region "US", "CA",
    "amazon.com", "ebay.ca"…; Walmart Marketplace when no region is given), A4 elsewhere."""
    region = (case.region or "").strip().lower()
    if not region:
        return "letter" if case.marketplace == "walmart" else "a4"
    return "letter" if region in _LETTER_SITES or region.endswith((".com", ".ca")) else "a4"


def _outputs(
    draft: Draft, document: str, formats: Sequence[str], paper: str, options: RenderOptions
) -> list[tuple[str, bytes]]:
    markdown_text = render_markdown(draft.case, document, draft)
    mark = options.draft_mark
    if mark:
        markdown_text = f"> **{md_escape(mark)}**\n\n{markdown_text}"
    outputs: list[tuple[str, bytes]] = []
    if document == "channel":
        text, _ = channel_text(draft.case, draft)
        outputs.append(("channel.txt", marked_parts(text, mark).encode("utf-8")))
    if "md" in formats:
        outputs.append((f"{document}.md", markdown_text.encode("utf-8")))
    if "docx" not in formats and "pdf" not in formats:
        return outputs
    # Loaded here, not at the top: they are heavy and poa --help must stay fast.
    from poa.render.markdown import markdown_to_html
    from poa.render.meta import document_meta

    body = markdown_to_html(markdown_text)
    meta = document_meta(draft.case, draft.title(document), paper)
    if mark:
        meta = replace(meta, header=f"{mark} · {meta.header}")
    logo = draft.context()["logo"]
    if logo is not None:
        from poa.render.images import read_image

        read_image(logo, "logo")  # measured before Word or the PDF decodes it; named a logo
    library = draft.library
    if "docx" in formats:
        from poa.render.docx import build_docx
        from poa.render.tree import parse_html

        data = build_docx(parse_html(body), meta, library.find_file("reference.docx"), logo)
        outputs.append((f"{document}.docx", data))
    if "pdf" in formats:
        from poa.render.html import html_page
        from poa.render.pdf import build_pdf

        base_dir = draft.base_dir or Path.cwd()
        roots = [*library.folders, base_dir]
        data = build_pdf(
            html_page(body, meta, logo),
            _css(library, options) + ([("the draft mark", _draft_css(mark))] if mark else []),
            base_dir=base_dir,
            allowed_roots=roots,
        )
        outputs.append((f"{document}.pdf", data))
    return outputs


def marked_parts(text: str, mark: str | None) -> str:
    """channel.txt with ``mark`` as the first line of every box's text (what gets pasted)."""
    if not mark:
        return text
    lines = text.split("\n")
    out: list[str] = [] if lines and lines[0].startswith("=== ") else [mark, ""]
    for line in lines:
        out.append(line)
        if line.startswith("=== ") and line.endswith(" ==="):
            out += ["", mark]
    return "\n".join(out)


def _draft_css(mark: str) -> str:
    """The mark at the top of every PDF page, where nothing else stands."""
    text = mark.replace("\\", "\\\\").replace('"', '\\"')
    return (
        '\n@page { @top-center { content: "' + text + '"; color: #b00020; '
        "font-weight: bold; font-size: 10pt; } }\n"
    )


def _css(library: Library, options: RenderOptions) -> list[tuple[str, str]]:
    """The library's print.css (a user's replaces it), then every user custom.css, then --css,
    as (name, text): each is parsed on its own, so an @import at its top works."""
    from poa.render.pdf import MAX_CSS_BYTES

    sheets = [library.find_file("style/print.css") or templates_dir() / "style" / "print.css"]
    sheets += library.user_files("style/custom.css")
    found = [(str(p), read_text(p, MAX_CSS_BYTES, TemplateError, "stylesheet")) for p in sheets]
    if options.css is not None:
        hint = " Give the path of a .css file with --css."
        text = read_text(options.css, MAX_CSS_BYTES, UsageError, "stylesheet", hint)
        found.append((str(options.css), text))
    return found


def _prepare(folder: Path) -> None:
    # The case's folder is poa's to fill: a link there would send every file elsewhere.
    if folder.is_symlink():
        raise OutputError(
            f"The output folder {folder} is a link (to {folder.readlink()}); poa never writes "
            "through a link, so nothing was written. Remove the link (the folder it points to "
            "is kept), or render into another folder with -o."
        )
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
