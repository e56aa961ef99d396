"""No weak plan leaves as ready: render reviews first, refuses on an error, marks a draft."""

from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import pytest

from poa.cli import main
from poa.errors import EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK
from tests.conftest import WriteCase, minimal_case

MARK = "Draft — not ready to send"


def _weak_case(write_case: WriteCase) -> Path:
    data = minimal_case()
    data["issues"][0]["corrective_actions"][0]["action"] = (
        "We will retrain all warehouse staff on grading returns."
    )
    return write_case(data, "weak.yaml")


def test_a_case_with_review_errors_is_not_rendered(
    write_case: WriteCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    weak = _weak_case(write_case)
    out = tmp_path / "out"
    assert main(["render", str(weak), "-o", str(out), "--format", "md,docx"]) == EXIT_FINDINGS
    err = capsys.readouterr().err
    assert "C1" in err and "fix:" in err and "--draft" in err
    assert not (out / "weak").exists() or not any((out / "weak").iterdir())


def test_a_draft_is_marked_in_every_format(
    write_case: WriteCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    weak = _weak_case(write_case)
    out = tmp_path / "out"
    assert main(["render", str(weak), "-o", str(out), "--format", "md,docx", "--draft"]) == 0
    folder = out / "weak"
    first = (folder / "poa.md").read_text(encoding="utf-8").splitlines()[0]
    assert MARK in first and re.search(r"\(\d+ open findings?\)", first), first
    with zipfile.ZipFile(folder / "poa.docx") as docx:
        headers = [docx.read(n).decode() for n in docx.namelist() if "header" in n]
    assert any(MARK in h for h in headers)
    lines = (folder / "channel.txt").read_text(encoding="utf-8").splitlines()
    boxes = [i for i, line in enumerate(lines) if line.startswith("=== ")]
    assert boxes and all(
        next(x for x in lines[i + 1 :] if x.strip()).startswith(MARK) for i in boxes
    )


@pytest.mark.slow
def test_a_draft_pdf_is_marked_on_every_page(write_case: WriteCase, tmp_path: Path) -> None:
    from pypdf import PdfReader

    weak = _weak_case(write_case)
    out = tmp_path / "out"
    assert main(["render", str(weak), "-o", str(out), "--format", "pdf", "--draft"]) == EXIT_OK
    for name in ("poa.pdf", "letter.pdf", "channel.pdf"):
        pages = PdfReader(io.BytesIO((out / "weak" / name).read_bytes())).pages
        assert all(MARK in " ".join(page.extract_text().split()) for page in pages), name


def test_warnings_do_not_block_and_are_printed_after_rendering(
    write_case: WriteCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = write_case(minimal_case())  # sound, with two warnings (T6, C3)
    assert main(["render", str(case), "-o", str(tmp_path), "--format", "md"]) == EXIT_OK
    out, err = capsys.readouterr()
    assert "poa.md" in out and "warning T6" in err
    assert MARK not in (tmp_path / "case" / "poa.md").read_text(encoding="utf-8")


def test_one_case_refused_does_not_stop_the_others(
    write_case: WriteCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    weak, sound = _weak_case(write_case), write_case(minimal_case(), "sound.yaml")
    code = main(["render", str(weak), str(sound), "-o", str(tmp_path), "--format", "md"])
    assert code == EXIT_FINDINGS
    assert (tmp_path / "sound" / "poa.md").is_file()
    assert not (tmp_path / "weak").exists() or not any((tmp_path / "weak").iterdir())


def test_a_case_that_breaks_its_model_is_still_bad_input(
    write_case: WriteCase, tmp_path: Path
) -> None:
    data = minimal_case()
    data["marketplace"] = "nowhere"
    assert main(["render", str(write_case(data)), "-o", str(tmp_path)]) == EXIT_BAD_INPUT
