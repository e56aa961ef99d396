"""HTML → PDF with weasyprint, reading nothing outside the template library and the case folder."""

from __future__ import annotations

import functools
import logging
import warnings
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit
from urllib.request import url2pathname

from poa.errors import ImageError, PoaError, PoaWarning, RenderError, TemplateError
from poa.fsutil import read_limited


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
MAX_RESOURCE_BYTES = 10 * 1024 * 1024
"""Any other file a stylesheet or page uses (a font): a large font family is 1-5 MB."""


def make_fetcher(allowed_roots: Iterable[Path]) -> Any:
    """A weasyprint URL fetcher that serves local files under ``allowed_roots`` and nothing else.

    Every URL asked for is recorded in ``fetcher.requested``; those read in ``served``;
    refused ones in ``refused``, and why in ``reasons`` (URL → reason and fix). Files are read
    through the file gate with a limit each, images measured first: a file that is not one, is
    too big or has too many pixels stops the PDF with its PoaError (weasyprint would only log
    it and go on without it).
    """
    weasyprint = _weasyprint()
    roots = [root.resolve() for root in allowed_roots]

    base: Any = weasyprint.urls.URLFetcher
    stop: Any = weasyprint.urls.FatalURLFetchingError

    class Stop(stop):  # type: ignore[misc]  # weasyprint has no type information
        """Raised through weasyprint, which catches every Exception but this kind."""

        def __init__(self, error: PoaError) -> None:
            super().__init__(str(error))
            self.error = error

    class LocalOnlyFetcher(base):  # type: ignore[misc]  # weasyprint has no type information
        requested: list[str]
        served: list[str]
        refused: list[str]
        reasons: dict[str, str]

        def fetch(self, url: str, headers: Any = None) -> Any:
            self.requested.append(url)
            path, reason = _local_file(url, roots)
            if path is None:
                self.refused.append(url)
                self.reasons.setdefault(url, reason)
                raise ValueError(f"poa does not fetch {url}: {reason}")
            try:
                data = _read(path)
            except PoaError as err:
                raise Stop(err) from err
            self.served.append(url)
            return weasyprint.urls.URLFetcherResponse(
                url, data, headers={"Content-Type": _mime(path)}
            )

    fetcher = LocalOnlyFetcher(allowed_protocols=("file",), allow_redirects=False)
    fetcher.requested = []
    fetcher.served = []
    fetcher.refused = []
    fetcher.reasons = {}
    fetcher.stop = Stop
    return fetcher


def _local_file(url: str, roots: list[Path]) -> tuple[Path | None, str]:
    """The file ``url`` names if poa may read it, else (None, why not and what to do)."""
    copy = "and refer to it by a path relative to the case file"
    parts = urlsplit(url)
    if parts.scheme == "data":
        return None, f"poa does not read data: URLs. Save the file in the case's folder {copy}"
    if parts.scheme != "file" or parts.netloc not in {"", "localhost"}:
        return None, (
            "poa never fetches anything from the network. Save the file in the case's folder "
            + copy
        )
    path = Path(url2pathname(parts.path)).resolve()
    if not any(path.is_relative_to(root) for root in roots):
        return None, (
            "it is outside the case's folder and the template folders. Copy it into the "
            f"case's folder {copy}"
        )
    if not path.exists():
        return None, "there is no such file. Check the path (it is relative to the case file)"
    if path.is_dir():
        return None, "it is a folder. Give the path of a file"
    return path, ""


def _read(path: Path) -> bytes:
    from poa.render.images import check_pixels

    if path.suffix.lower() == ".css":
        return read_limited(path, MAX_CSS_BYTES, TemplateError, "stylesheet")
    data = read_limited(path, MAX_RESOURCE_BYTES, ImageError, "file the PDF uses")
    check_pixels(data, path)  # anything an <img> or url() could point at
    return data


def _mime(path: Path) -> str:
    return {
        ".css": "text/css",
        ".png": "image/png",
        ".jpg": "image/jpeg",
        ".jpeg": "image/jpeg",
        ".svg": "image/svg+xml",
        ".gif": "image/gif",
    }.get(path.suffix.lower(), "application/octet-stream")


@functools.cache
def shared_fonts() -> Any:
    """This process's weasyprint font configuration, built on first use and kept.

    weasyprint builds one per document unless given one: it loads the system's fonts each time,
    and a process rendering many cases grew by ~1.15 MiB a case, never given back. Sharing it
    is safe here because no font reaches it from a document: poa's stylesheets are parsed
    without it (an @font-face in a user's stylesheet was and is ignored) and the page's own
    <style> only sets the paper size.
    """
    from weasyprint.text.fonts import FontConfiguration

    return FontConfiguration()


_SHEETS: dict[tuple[str, str, str], Any] = {}
"""Stylesheets already parsed in this process: (name, text, base URL) → weasyprint.CSS."""
_MAX_SHEETS = 32
"""The library's print.css plus a few users' custom.css and --css: a handful, never more."""


def _sheet_key(name: str, text: str, base_url: str) -> tuple[str, str, str]:
    # A sheet that cannot name another file (no url(), image-set(), @import, and no escapes
    # that could spell them) parses the same against any folder: one entry serves every case.
    lowered = text.lower()
    refers = any(word in lowered for word in ("url", "image", "@import", "\\"))
    return (name, text, base_url if refers else "")


def _remember(key: tuple[str, str, str], sheet: Any) -> None:
    if len(_SHEETS) >= _MAX_SHEETS:
        _SHEETS.pop(next(iter(_SHEETS)))  # the oldest: a long process never grows past the cap
    _SHEETS[key] = sheet


def _stylesheet(weasyprint: Any, name: str, text: str, fetcher: Any, base_url: str) -> Any:
    """One stylesheet, parsed; a sheet its parser chokes on (tinycss2 raised ValueError on a
    number of 5,000 digits) is a RenderError naming it, not a traceback."""
    try:
        return weasyprint.CSS(string=text, url_fetcher=fetcher, base_url=base_url)
    except fetcher.stop:
        raise
    except (ValueError, TypeError, IndexError, RecursionError) as err:
        raise RenderError(
            f"{name}: the stylesheet could not be read ({err}). Check it in a CSS validator, "
            "or leave out --css and custom.css to see whether it is the cause."
        ) from err


def build_pdf(
    html: str,
    css: str | Sequence[tuple[str, str]],
    *,
    base_dir: Path,
    allowed_roots: Iterable[Path],
    fetcher: Any = None,
) -> bytes:
    """The PDF of ``html`` styled by ``css``: one stylesheet, or (name, text) pairs applied in
    order, each parsed on its own so that an ``@import`` at the top of each one works.

    What the PDF goes without — a file outside the allowed folders, a network address, an
    ``@import`` weasyprint ignored — is a :class:`PoaWarning` naming it, why, and the fix.
    """
    weasyprint = _weasyprint()
    sheets = [("the stylesheet", css)] if isinstance(css, str) else list(css)
    fetcher = fetcher or make_fetcher(allowed_roots)
    base_url = base_dir.resolve().as_uri() + "/"
    notes: list[str] = []
    try:
        with _ignored_imports() as ignored:
            stylesheets = []
            for name, text in sheets:
                key = _sheet_key(name, text, base_url)
                sheet = _SHEETS.get(key)
                if sheet is None:
                    served, requested = len(fetcher.served), len(fetcher.requested)
                    sheet = _stylesheet(weasyprint, name, text, fetcher, base_url)
                    # weasyprint's log does not say which file a note is about.
                    imports = any(u.endswith(".css") for u in fetcher.served[served:])
                    where = f"{name} (or a stylesheet it imports)" if imports else name
                    notes += [f"{where}: {note}" for note in ignored]
                    # Kept only when it read no other file and said nothing: then it is a
                    # function of its text alone, and reusing it loses no warning.
                    if not ignored and len(fetcher.requested) == requested:
                        _remember(key, sheet)
                    ignored.clear()
                stylesheets.append(sheet)
            document = weasyprint.HTML(string=html, base_url=base_url, url_fetcher=fetcher)
            # PDF/UA: tagged structure (headings, lists, tables) that screen readers follow.
            data = document.write_pdf(
                stylesheets=stylesheets, pdf_variant="pdf/ua-1", font_config=shared_fonts()
            )
    except fetcher.stop as stopped:
        raise stopped.error from None
    for url, reason in fetcher.reasons.items():
        shown = url if len(url) <= 100 else url[:97] + "..."
        notes.append(f"the PDF goes without {shown}: {reason}.")
    for note in notes:
        warnings.warn(PoaWarning(note), stacklevel=2)
    if not isinstance(data, bytes):  # pragma: no cover - write_pdf without target returns bytes
        raise RenderError("weasyprint returned no PDF data")
    return data


@contextmanager
def _ignored_imports() -> Iterator[list[str]]:
    """What weasyprint says, only in its log, about an ``@import`` it ignored, in our words."""
    notes: list[str] = []

    class Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            message = str(record.msg)
            if not message.startswith(("@import rule", "Invalid @import")):
                return
            args = record.args if isinstance(record.args, tuple) else ()
            rule = " ".join(f"@import {args[0] if args else ''}".split())
            if len(args) > 1:
                rule += f" (line {args[1]})"
            if message.startswith("@import rule"):  # "... not at the beginning ..."
                notes.append(
                    f"{rule} was ignored: an @import must come before every other rule. "
                    "Move it to the top of the stylesheet."
                )
            else:
                notes.append(
                    f'{rule} was ignored: it names no file. Write it as @import "file.css";'
                )

    logger = logging.getLogger("weasyprint")
    handler = Collect(logging.WARNING)
    # weasyprint logs every refused resource and font detail; our messages say what matters.
    logger.setLevel(logging.WARNING)
    logger.addHandler(handler)
    try:
        yield notes
    finally:
        logger.removeHandler(handler)
