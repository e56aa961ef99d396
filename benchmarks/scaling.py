"""Linear time on any text (issue 15): every reader of user text fed 1x, 2x and 4x of 512 KB.

Each input is the worst repeat found for its reader: long runs of spaces after a heading mark,
abbreviations that never end a sentence, deeply indented lists, unclosed brackets and quotes,
tag soup, hyphen runs, "will not" vetoes. Time may grow about linearly: MISSED when 4x takes
more than 5 times as long as 1x. Measured in-process, after start-up, in CPU time (what other
work on a shared machine adds least to), the fastest of three runs taken in turn.
"""

from __future__ import annotations

import gc
import io
import shutil
import time
import zipfile
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

UNIT = 512 * 1024
CASE = " (448 KB steps: a case is at most 2 MB with its YAML quoting)"
Prepare = Callable[[str], Callable[[], object]]
"""Given the input text: the action to time (a file it reads is written first)."""
MAX_RATIO = 5.0

PLAN_REPEATS: dict[str, str] = {
    "heading mark, 4,000 spaces": "# a" + " " * 4000 + "x\n",
    "abbreviations": "E.g. ",
    "deep list": "".join("  " * depth + "- item e.g. will\n" for depth in range(40)),
    "unclosed brackets, quotes": "[a <b {c «d 【e it's 'f \"g “h ‘i (optional - ",
    "labels, blanks, vetoes": "; (x. Note: we will not __ /_ TODO A-B-",
}
"""A plan's worst repeats (text, Markdown and Word alike)."""
NOTICE_REPEATS: dict[str, str] = {
    "hyphens, policy": "A-" * 40 + " Policy ",
    "dates, metrics, ids": "by 12 Jan 2026 late shipment rate 4.5% order 123-1234567-1234567 ",
    # Read through their English gloss: one more pass of dates and terms (issue 16).
    "German terms": "Verspätete Versandrate 4,5 % innerhalb von 17 Tagen bis zum 4. November "
    "2026 Rechnungen Bestellnummer 302-1234567-1234567 ",
    "Japanese terms": "出荷遅延率は6.2%（目標：4%未満）2026年11月4日までに17日以内に改善計画書 ",
    # a term that ends inside a word, so another is looked for from there (issue 16)
    "Italian near-words": "Violazione violax viola dell'offerta il tasso di spedizioni in ",
    # one endless sentence of concepts, policies, contrasts and zero counts (issue 16)
    "concepts in one sentence": "walmart late delivery policy violation but meets our standard "
    "if a customer did not receive brand new used 0 ",
    "id lists and tables": "Purchase orders: 1830554920113, #1830569017728 and 1830571104492 "
    "/ case 1830571104493\n| PO | Tracking |\n| 1830554920113 | 9405511899223400112233 |\n",
}
HTML_REPEATS: dict[str, str] = {
    "unclosed tags": "<a ",
    "tag soup": "<div><p x='<'>a</b><!-- c --> <![ CDATA[x]]> <br/",
}
ANSWER_REPEATS: dict[str, str] = {
    "abbreviations": "E.g. ",
    "vetoes, quotes": "we will not 'x' ",
}


def _sized(unit: str, size: int) -> str:
    """``unit`` repeated to ``size`` bytes of UTF-8, cut at a character."""
    data = (unit * (size // len(unit.encode("utf-8")) + 1)).encode("utf-8")[:size]
    return data.decode("utf-8", "ignore")


def _fastest(actions: list[Callable[[], object]], rounds: int = 3) -> list[float]:
    """The fastest of ``rounds`` runs of each action, run in turn (1x, 2x, 4x, 1x, …) so that
    noise on a shared machine falls on all sizes alike."""
    best = [float("inf")] * len(actions)
    for _ in range(rounds):
        for index, action in enumerate(actions):
            gc.collect()
            start = time.process_time()
            action()
            best[index] = min(best[index], time.process_time() - start)
    return best


def _docx(text: str, path: Path) -> None:
    """A Word file of ``text``, one paragraph per line (written directly: python-docx takes
    minutes to add 100,000 paragraphs)."""
    import docx

    base = io.BytesIO()
    docx.Document().save(base)
    body = "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{escape(line)}</w:t></w:r></w:p>'
        for line in text.split("\n")
    )
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                xml = data.decode("utf-8")
                start = xml.index("<w:body>") + len("<w:body>")
                data = (xml[:start] + body + xml[start:]).encode("utf-8")
            out.writestr(item, data)


def _pdf(text: str, path: Path, pages: int = 200) -> None:
    """A PDF of ``text`` (ASCII) on ``pages`` pages, the most a plan may have, in numbered lines
    of 400 characters at most (as a PDF lays text out)."""
    rows = [row[at : at + 400] for row in text.split("\n") for at in range(0, len(row) or 1, 400)]
    # Numbered: a line that repeats on most pages would be dropped as a running head.
    lines = [f"{row} {number}" for number, row in enumerate(rows)]
    per_page = -(-len(lines) // pages)
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Courier >>",
    ]
    kids = []
    for first in range(0, len(lines), per_page):
        shown = "".join(
            "(" + line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '"
            for line in lines[first : first + per_page]
        )
        stream = f"BT /F1 2 Tf 2 TL 10 830 Td {shown} ET"
        objects.append(f"<< /Length {len(stream)} >>\nstream\n{stream}\nendstream")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents "
            f"{len(objects)} 0 R /Resources << /Font << /F1 3 0 R >> >> >>"
        )
        kids.append(f"{len(objects)} 0 R")
    objects[1] = f"<< /Type /Pages /Kids [{' '.join(kids)}] /Count {len(kids)} >>"
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += "".join(f"{offset:010d} 00000 n \n" for offset in offsets).encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    )
    path.write_bytes(bytes(out))


def _case(text: str, path: Path, sample: Path, where: str) -> None:
    """The sample case with ``text`` as its issue's ``summary`` (no answer has a length limit
    of its own), as its first root cause, or, for ``entries``, with its causes, actions and
    measures repeated until the file is about as long as ``text``."""
    import copy

    from ruamel.yaml import YAML

    yaml = YAML()
    data = yaml.load(sample.read_text(encoding="utf-8"))
    issue = data["issues"][0]
    if where == "summary":
        issue["summary"] = text
    elif where == "root cause":
        issue["root_causes"][0]["description"] = text
    else:
        lists = ("root_causes", "corrective_actions", "preventive_measures")
        one = len(str({key: issue[key] for key in lists})) // 3  # an entry of each, roughly
        count = max(1, len(text) // one)
        for key in lists:
            issue[key] = [copy.deepcopy(issue[key][n % len(issue[key])]) for n in range(count)]
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)


def scaling(root: Path) -> bool:
    """Print, for each reader and repeat, the time at 1x, 2x and 4x of 512 KB and the ratio."""
    import tempfile

    from poa.notice import read_notice
    from poa.review import review
    from poa.review.rules import objections

    sample = root / "samples" / "amazon-late-shipment.yaml"
    evidence = root / "samples" / "amazon-late-shipment"  # the case's files, beside it
    review(root / "tests" / "fixtures" / "review" / "plans" / "good-two-issues.md")  # start-up
    read_notice("warm-up")
    ok = True
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        shutil.copytree(evidence, folder / evidence.name)

        def on_file(suffix: str, write: Callable[[str, Path], None]) -> Prepare:
            def run(text: str) -> Callable[[], object]:
                path = folder / f"plan-{len(text)}{suffix}"  # one file for each size
                write(text, path)
                return lambda: review(path)

            return run

        def plan(*names: str) -> dict[str, str]:
            return {name: PLAN_REPEATS[name] for name in names}

        # Text, Word and PDF differ only in how the text is taken out, then read as one: the
        # Markdown plan gets every repeat, the others those that cost them most.
        readers: list[tuple[str, dict[str, str], Prepare, int, str]] = [
            ("check .md", PLAN_REPEATS, on_file(".md", _write_text), UNIT, ""),
            ("check .txt", plan("abbreviations"), on_file(".txt", _write_text), UNIT, ""),
            ("check .docx", plan("deep list", "unclosed brackets, quotes"),
             on_file(".docx", _docx), UNIT, " (a paragraph a line)"),
            # PDF: 432 KB steps, so that the text read back (line ends, our line numbers) stays
            # under a plan's 2 MB; 200 pages, the most a plan may have.
            ("check .pdf", plan("deep list"),
             on_file(".pdf", _pdf), 432 * 1024, " (432 KB steps, 200 pages)"),
            ("interview answer", ANSWER_REPEATS, lambda t: lambda: objections(t, "corrective"),
             UNIT, ""),
            ("notice text", NOTICE_REPEATS, lambda t: lambda: read_notice(t), UNIT, ""),
            ("notice HTML", HTML_REPEATS,
             lambda t: lambda: read_notice("<html><body>" + t), UNIT, ""),
            # A case is at most 2 MB with its YAML quoting: its text grows to 4 x 448 KB.
            ("case loading", {"abbreviations, an issue's summary": "E.g. "},
             on_file(".yaml", lambda t, p: _case(t, p, sample, "summary")), 448 * 1024, CASE),
            ("case loading", {"vetoes, quotes, a root cause": "we will not 'x' e.g. "},
             on_file(".yaml", lambda t, p: _case(t, p, sample, "root cause")), 448 * 1024, CASE),
            ("case loading", {"causes, actions, measures": "-"},
             on_file(".yaml", lambda t, p: _case(t, p, sample, "entries")), 448 * 1024, CASE),
        ]  # fmt: skip
        for reader, repeats, prepare, base, note in readers:
            for name, unit in repeats.items():
                sizes = (base, 2 * base, 4 * base - 1)
                times = _fastest([prepare(_sized(unit, size)) for size in sizes])
                ratio = times[2] / times[0]
                met = ratio <= MAX_RATIO
                ok = ok and met
                print(
                    f"scaling {reader:16} {name:28} "
                    + "  ".join(f"{t * 1000:8.0f} ms" for t in times)
                    + f"   4x/1x {ratio:4.1f} (2x/1x {times[1] / times[0]:3.1f})   target <= "
                    f"{MAX_RATIO:.0f}: {'ok' if met else 'MISSED'}{note}",
                    flush=True,
                )
    return ok


def _write_text(text: str, path: Path) -> None:
    path.write_text(text, encoding="utf-8")
