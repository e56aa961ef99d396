"""Delimited report files (TSV, CSV, Excel-saved CSV) read as a stream of rows.

The text encoding, the delimiter and the header row are settled on the file's first 64 KB:
UTF-8 with or without a byte-order mark, UTF-16 with one (Excel's "Unicode text"), else
Windows-1252 (Amazon's EU flat files); a tab, a semicolon (Excel in most of Europe) or a
comma; and the header is the first line, among the first few, that names the columns of a
known report (preamble lines such as ``sep=,`` come before it). Rows are then read one at a
time through :func:`poa.fsutil.open_limited`, so memory stays flat however long the file.
"""

from __future__ import annotations

import codecs
import csv
import io
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from itertools import repeat
from pathlib import Path

from poa.errors import ReportError
from poa.fsutil import open_limited

SAMPLE_BYTES = 64 * 1024
MAX_TABLE_BYTES = 8 * 1024**3
"""An All Orders report of a year of a large seller is a few GB; it is read as a stream."""
HEADER_LINES = 30
"""How far down the header row may be (after a preamble)."""
DELIMITERS = ("\t", ";", ",")
FIELD_LIMIT = 1 << 20
"""The longest field read (csv's default is 128 KB; a product name or comment is far shorter)."""

_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def normalise(name: str) -> str:
    """A column name as compared: lower case, ``_`` and ``-`` as spaces, spaces single.

    >>> normalise(" Amazon_Order-ID ")
    'amazon order id'
    """
    cleaned = name.strip().strip('"').strip("\ufeff").lower().replace("_", " ").replace("-", " ")
    return " ".join(cleaned.split())


@dataclass(frozen=True)
class Sample:
    """The start of a file, decoded: what recognising its format looks at."""

    path: Path
    raw: bytes
    text: str
    encoding: str

    @property
    def looks_like_json(self) -> bool:
        return self.text.lstrip()[:1] in ("{", "[")

    def lines(self) -> list[str]:
        return self.text.splitlines()[:HEADER_LINES]


def read_sample(path: Path, what: str = "report") -> Sample:
    """The first 64 KB of ``path``, decoded; ReportError for a file that is not text."""
    with open_limited(path, MAX_TABLE_BYTES, ReportError, what) as handle:
        raw = handle.read(SAMPLE_BYTES)
    if not raw.strip():
        raise ReportError(
            f"{path} is empty: there is no report in it. Download the report "
            "again; the file should start with a header row or with {{."
        )
    encoding = _encoding(raw, path)
    decoder = codecs.getincrementaldecoder(encoding)(errors="replace")
    return Sample(path, raw, decoder.decode(raw, final=len(raw) < SAMPLE_BYTES), encoding)


def _encoding(raw: bytes, path: Path) -> str:
    for bom, codec in _BOMS:
        if raw.startswith(bom):
            return codec
    if b"\x00" in raw:
        raise ReportError(
            f"{path} is a binary file, not a report poa can read. Give the text "
            "file (.txt, .tsv, .csv) or the .json the marketplace produced."
        )
    try:
        codecs.getincrementaldecoder("utf-8")().decode(raw, final=len(raw) < SAMPLE_BYTES)
    except UnicodeDecodeError:
        return "cp1252"  # Amazon's EU flat files (formats.md: charset Cp1252)
    return "utf-8"


@dataclass(frozen=True)
class Header:
    """A header row found in a sample: its line, delimiter and column names."""

    line: int
    delimiter: str
    names: tuple[str, ...]
    """Normalised (:func:`normalise`)."""
    quoted: bool

    def index(self, *aliases: str) -> int | None:
        """The position of the first of ``aliases`` (normalised names) present, else None."""
        for alias in aliases:
            if alias in self.names:
                return self.names.index(alias)
        return None


def header_candidates(sample: Sample) -> Iterator[Header]:
    """Each line of the sample's top, split by each delimiter it holds, as a possible header."""
    for number, line in enumerate(sample.lines()):
        for delimiter in DELIMITERS:
            if delimiter not in line:
                continue
            cells = next(csv.reader([line], delimiter=delimiter), [])
            if len(cells) >= 3:
                names = tuple(normalise(cell) for cell in cells)
                yield Header(number, delimiter, names, _quoted(sample.text, delimiter))


def _quoted(text: str, delimiter: str) -> bool:
    """Whether fields are quoted: Excel quotes them, Amazon's own TSVs never do (and hold bare
    ``"`` in product names, which a quoting reader would run across lines)."""
    if delimiter != "\t":
        return True
    return any(line.startswith('"') or '\t"' in line for line in text.splitlines()[:200])


@dataclass
class Rows:
    """The data rows of a table, read once, as a stream: iterate for whole rows, or call
    :meth:`leading` for only the first columns of each (much faster on a large file)."""

    header: Header
    encoding: str
    text: io.TextIOWrapper
    path: Path

    def __iter__(self) -> Iterator[list[str]]:
        if self.header.quoted:
            reader = csv.reader(self.text, delimiter=self.header.delimiter, strict=False)
        else:  # no quoting: a bare " in a product name is text (Amazon's own files)
            reader = csv.reader(self.text, delimiter=self.header.delimiter, quoting=csv.QUOTE_NONE)
        return _guarded(reader, self.path, self.header.line)

    def leading(self, width: int) -> Iterator[list[str]]:
        """Each row's first ``width`` fields, then one field with the rest of the line (which
        may end in the line break). An unquoted file is split with ``str.split`` alone:
        the same fields as csv without quoting, at a third of the cost; a quoted one goes
        through csv."""
        if self.header.quoted:
            return iter(self)
        # readline with a limit: a line without an end comes out in pieces, never whole.
        lines = iter(partial(self.text.readline, FIELD_LIMIT), "")
        return map(str.split, lines, repeat(self.header.delimiter), repeat(width))


@contextmanager
def open_rows(sample: Sample, header: Header) -> Iterator[Rows]:
    """The rows after ``header``, read as a stream; a malformed line is ReportError naming it."""
    csv.field_size_limit(FIELD_LIMIT)
    with open_limited(sample.path, MAX_TABLE_BYTES, ReportError, "report") as handle:
        text = io.TextIOWrapper(handle, encoding=sample.encoding, errors="replace", newline="")
        for _ in range(header.line + 1):
            text.readline()
        yield Rows(header, sample.encoding, text, sample.path)


def _guarded(reader: Iterator[list[str]], path: Path, before: int) -> Iterator[list[str]]:
    try:
        yield from reader
    except csv.Error as err:
        line = getattr(reader, "line_num", 0) + before + 1
        raise ReportError(
            f"{path}:{line}: cannot be read as a table ({err}). Is this the "
            "report as the marketplace produced it?"
        ) from err


def cell(row: Sequence[str], index: int | None) -> str:
    """The stripped text of ``row[index]``; empty for a missing column or a short row."""
    if index is None or index >= len(row):
        return ""
    return row[index].strip()
