"""The text of a written plan, from the file a seller has: .txt, .md, .docx, .pdf or stdin.

This module decides which reader a file goes to and what is done to every text whatever its
source: HTML pasted from a web form is unmarked, and a table of parts laid out as columns is
turned round when the plan is only in that table. Word files are read by ``docx_text`` and PDF
files by ``pdf_text``, each into lines the plan reader understands.
"""

from __future__ import annotations

from pathlib import Path

from poa import linear
from poa.errors import CaseFileError
from poa.fsutil import STDIN_NAME, decode_text, read_limited, read_stdin_limited, read_text
from poa.review import STDIN
from poa.review.docx_text import docx_text
from poa.review.headings import PARTS
from poa.review.pdf_text import pdf_text
from poa.review.plan_columns import turned_text

MAX_PLAN_BYTES = 2 * 1024 * 1024
"""Text of a plan: far more than any appeal (a long one is 30 KB)."""
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
"""A Word or PDF file, images included."""


def read_plan(path: Path | str) -> str:
    """The plan's text; ``-`` reads standard input (at most ``MAX_PLAN_BYTES``)."""
    text, turned = _read(path)
    text = unmarked(text)
    turned = unmarked(turned) if turned is not None else turned_text(text)
    return turned if turned != text and _only_in_a_table(text) else text


def _only_in_a_table(text: str) -> bool:
    """Whether the plan, read without turning its tables of parts round, misses a part: the
    table is then the plan itself. A plan whose sections already hold every part keeps its
    table as the summary it is (each row then one point), not as more issues."""
    from poa.review.plan import parse_plan

    plan = parse_plan(text)
    found = {part for issue in plan.issues for part in issue.sections}
    return not set(PARTS) <= found


def _read(path: Path | str) -> tuple[str, str | None]:
    """The plan's text, and for a Word file with a table of parts as columns, the text with
    that table turned round (see plan_columns); plain text is turned by the caller."""
    if str(path) == STDIN:
        return _stdin(), None
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix not in (".docx", ".pdf"):
        return read_text(path, MAX_PLAN_BYTES, CaseFileError, "plan"), None
    # Read once through the gate; the parsers get the bytes, never the path.
    data = read_limited(path, MAX_DOCUMENT_BYTES, CaseFileError, "plan")
    if suffix == ".docx":
        return docx_text(path, data)
    return pdf_text(path, data, MAX_PLAN_BYTES), None


_LINE_BREAK = linear.compile(r"[ \t]*<br\s{0,3}/?>[ \t]*", linear.I)
_HEADING_TAG = linear.compile(
    r"^[ \t]*<(b|strong|h[1-6])>([^<>\n]{1,120})</(?:b|strong|h[1-6])>[ \t]*$", linear.I | linear.M
)
_ENTITIES = {"&nbsp;": " ", "&amp;": "&", "&quot;": '"', "&#39;": "'", "&lt;": "<", "&gt;": ">"}


def unmarked(text: str) -> str:
    """A plan pasted from a web form with its HTML showing ("<b>Root Cause</b><br>"): line
    breaks as breaks, a bold or heading tag alone on its line as the Markdown heading it
    stands for, entities as their characters. Other angled text is left alone: "<insert
    date>" is a slot to report."""
    if "<br" not in text.lower() and "</" not in text and "&nbsp;" not in text:
        return text
    text = _LINE_BREAK.sub("\n", text)
    text = _HEADING_TAG.sub(lambda m: f"**{m.group(2).strip()}**", text)
    for entity, char in _ENTITIES.items():
        text = text.replace(entity, char)
    return text


def _stdin() -> str:
    raw = read_stdin_limited(MAX_PLAN_BYTES, CaseFileError, "plan")
    return decode_text(raw, STDIN_NAME, CaseFileError, "plan")
