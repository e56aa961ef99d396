"""HTML → PDF with weasyprint, reading nothing outside the template library and the case folder."""

from __future__ import annotations

import logging
from collections.abc import Iterable
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from poa.errors import RenderError


def _weasyprint() -> Any:
    try:
        import weasyprint
    except OSError as err:  # the Python package is there but Pango is not
        raise RenderError(
            f"PDF output needs the Pango library, which weasyprint could not load ({err}). "
            "Install it: Debian/Ubuntu: sudo apt install libpango-1.0-0 libpangoft2-1.0-0; "
            "macOS: brew install pango. Or render without PDF: --format md,docx"
        ) from err
    return weasyprint


MAX_CSS_BYTES = 1024 * 1024
"""A stylesheet is a few KB of text; poa's own print.css is under 2 KB."""


def make_fetcher(allowed_roots: Iterable[Path]) -> Any:
    """A weasyprint URL fetcher that serves local files under ``allowed_roots`` and nothing else.

    Every URL asked for is recorded in ``fetcher.requested``; refused ones in ``refused``.
    """
    weasyprint = _weasyprint()
    roots = [root.resolve() for root in allowed_roots]

    base: Any = weasyprint.urls.URLFetcher

    class LocalOnlyFetcher(base):  # type: ignore[misc]  # weasyprint has no type information
        requested: list[str]
        refused: list[str]

        def fetch(self, url: str, headers: Any = None) -> Any:
            self.requested.append(url)
            parts = urlsplit(url)
            if parts.scheme == "file" and parts.netloc in {"", "localhost"}:
                path = Path(url2pathname(parts.path)).resolve()
                if any(path.is_relative_to(root) for root in roots) and path.is_file():
                    return weasyprint.urls.URLFetcherResponse(
                        url, path.read_bytes(), headers={"Content-Type": _mime(path)}
                    )
            self.refused.append(url)
            raise ValueError(f"poa does not fetch {url}: only files of the case and its templates")

    fetcher = LocalOnlyFetcher(allowed_protocols=("file",), allow_redirects=False)
    fetcher.requested = []
    fetcher.refused = []
    return fetcher


def _mime(path: Path) -> str:
    return {
        ".css": "text/css",
        ".png": "image/png",
        ".jpg": "image/jpeg",
        ".jpeg": "image/jpeg",
        ".svg": "image/svg+xml",
        ".gif": "image/gif",
    }.get(path.suffix.lower(), "application/octet-stream")


def build_pdf(
    html: str, css: str, *, base_dir: Path, allowed_roots: Iterable[Path], fetcher: Any = None
) -> bytes:
    """The PDF of ``html`` styled by ``css``."""
    weasyprint = _weasyprint()
    # weasyprint logs every refused resource and font detail; our messages say what matters.
    logging.getLogger("weasyprint").setLevel(logging.ERROR)
    fetcher = fetcher or make_fetcher(allowed_roots)
    base_url = base_dir.resolve().as_uri() + "/"
    document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher)
    stylesheet = weasyprint.CSS(string=css, url_fetcher=fetcher, base_url=base_url)
    # PDF/UA: tagged structure (headings, lists, tables) that screen readers follow.
    data = document.write_pdf(stylesheets=[stylesheet], pdf_variant="pdf/ua-1")
    if not isinstance(data, bytes):  # pragma: no cover - write_pdf without target returns bytes
        raise RenderError("weasyprint returned no PDF data")
    return data
