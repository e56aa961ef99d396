"""Hostile files: bombs, huge files, paths out of the case folder, edited or unwritable output,
a full disk. Each is refused with a clear error, and no partial file is left behind."""

from __future__ import annotations

import errno
import os
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from poa.banks.library import load_file
from poa.banks.schema import Bank
from poa.casefile import MAX_CASE_BYTES, load_case, open_case
from poa.errors import BankError, CaseFileError, CaseValidationError, OutputError
from poa.render import RenderOptions, render
from tests.conftest import WriteCase, minimal_case

CASE_HEAD = "schema_version: 1\nmarketplace: amazon\n"


def _laughs(indent: str, levels: int = 9) -> str:
    """Ten aliases per level: 10**levels values from a file of a few hundred bytes."""
    lines = [f"{indent}a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    lines += [
        f"{indent}a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, levels)
    ]
    return "\n".join(lines) + "\n"


def test_a_billion_laughs_at_the_top_of_a_case_is_refused(write_case: WriteCase) -> None:
    path = write_case(CASE_HEAD + _laughs(""))
    with pytest.raises(CaseFileError, match="anchors and aliases"):
        load_case(path)


def test_a_billion_laughs_inside_the_facts_is_refused(write_case: WriteCase) -> None:
    # Facts take any nested value: validation would walk all 10**9 of them.
    text = (
        CASE_HEAD
        + "seller: {legal_name: x}\nnotice: {received_on: 2026-11-02}\nissues:\n"
        + "  - reason: amazon.late_shipment_rate\n    title: t\n    facts:\n"
        + _laughs("      ")
        + "    root_causes: [{description: d}]\n"
    )
    path = write_case(text)
    with pytest.raises(CaseFileError, match="anchors and aliases"):
        load_case(path)
    with pytest.raises(CaseFileError, match="anchors and aliases"):
        open_case(path)


def test_a_billion_laughs_in_a_bank_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "amazon" / "late_shipment_rate.yaml"
    path.parent.mkdir()
    path.write_text("id: amazon.late_shipment_rate\n" + _laughs(""), encoding="utf-8")
    with pytest.raises(BankError, match="anchors and aliases"):
        load_file(path, Bank)


@pytest.mark.parametrize("opening", ["[", "{a: ", "- "])
def test_ten_thousand_levels_of_nesting_are_refused(write_case: WriteCase, opening: str) -> None:
    closing = {"[": "]", "{a: ": "}", "- ": ""}[opening]
    if opening == "- ":
        body = "".join("  " * i + "- \n" for i in range(10_000)) + "  " * 10_000 + "x\n"
    else:
        body = "x: " + opening * 10_000 + "1" + closing * 10_000 + "\n"
    path = write_case(CASE_HEAD + body)
    with pytest.raises((CaseFileError, CaseValidationError)) as caught:
        load_case(path)
    assert str(caught.value).strip()


def test_a_100_mb_file_is_refused_by_its_size_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:  # sparse: instant, and takes no disk
        handle.truncate(100 * 1024 * 1024)
    tracemalloc.start()
    try:
        with pytest.raises(CaseFileError, match=r"100\.0 MB") as caught:
            load_case(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 5 * 1024 * 1024, "the file was read into memory before being refused"
    assert f"at most {MAX_CASE_BYTES // 1024 // 1024} MB" in str(caught.value)


# --- paths out of the case folder ---------------------------------------------------------


def _with_evidence(file: str) -> dict[str, object]:
    case = minimal_case()
    case["evidence"] = [{"id": "inv", "kind": "invoice", "title": "Invoice", "file": file}]
    case["issues"][0]["corrective_actions"][0]["evidence"] = ["inv"]
    return case


@pytest.mark.parametrize("file", ["../secret.pdf", "evidence/../../secret.pdf", "/etc/passwd",
                                  "..\\secret.pdf", "C:/secret.pdf"])  # fmt: skip
def test_an_evidence_path_out_of_the_case_folder_is_refused(
    tmp_path: Path, write_case: WriteCase, file: str
) -> None:
    (tmp_path.parent / "secret.pdf").write_bytes(b"%PDF-1.4 secret")
    path = write_case(_with_evidence(file))
    with pytest.raises(CaseValidationError, match="must be a path inside the case's folder"):
        load_case(path)


def test_an_evidence_link_out_of_the_case_folder_is_refused_and_not_read(
    tmp_path: Path, write_case: WriteCase
) -> None:
    outside = tmp_path.parent / f"{tmp_path.name}-outside"
    outside.mkdir()
    secret = outside / "secret.pdf"
    secret.write_bytes(b"%PDF-1.4 secret")
    (tmp_path / "evidence").mkdir()
    (tmp_path / "evidence" / "invoice.pdf").symlink_to(secret)
    (tmp_path / "linked").symlink_to(outside)
    for file in ("evidence/invoice.pdf", "linked/secret.pdf"):
        path = write_case(_with_evidence(file))
        with pytest.raises(CaseValidationError, match="outside the case's folder"):
            load_case(path)
        with pytest.raises(CaseValidationError):
            render(path, tmp_path / "out", formats=("md",))
        assert not (tmp_path / "out").exists()


def test_an_evidence_link_inside_the_case_folder_is_fine(
    tmp_path: Path, write_case: WriteCase
) -> None:
    (tmp_path / "scans").mkdir()
    (tmp_path / "scans" / "invoice.pdf").write_bytes(b"%PDF-1.4")
    (tmp_path / "invoice.pdf").symlink_to(tmp_path / "scans" / "invoice.pdf")
    assert load_case(write_case(_with_evidence("invoice.pdf"))).evidence[0].file == "invoice.pdf"


# --- output ---------------------------------------------------------------------------------


def _leftovers(folder: Path) -> list[str]:
    """Temp files of an atomic write that did not finish."""
    return sorted(p.name for p in folder.rglob("*.tmp"))


def test_an_edited_output_is_kept_unless_forced_and_then_backed_up(
    tmp_path: Path, write_case: WriteCase
) -> None:
    path = write_case(minimal_case())
    out = tmp_path / "out"
    (markdown,) = render(path, out, formats=("md",), documents=["poa"])
    markdown.write_text("My own edits\n", encoding="utf-8")

    with pytest.raises(OutputError, match="--force"):
        render(path, out, formats=("md",), documents=["poa"])
    assert markdown.read_text(encoding="utf-8") == "My own edits\n"
    assert not markdown.with_name("poa.md.bak").exists()

    forced = RenderOptions(force=True)
    render(path, out, formats=("md",), documents=["poa"], options=forced)
    assert markdown.with_name("poa.md.bak").read_text(encoding="utf-8") == "My own edits\n"
    assert "Plan of Action" in markdown.read_text(encoding="utf-8")

    markdown.write_text("Second edits\n", encoding="utf-8")
    render(path, out, formats=("md",), documents=["poa"], options=forced)
    assert markdown.with_name("poa.md.bak").read_text(encoding="utf-8") == "My own edits\n"
    assert markdown.with_name("poa.md.bak2").read_text(encoding="utf-8") == "Second edits\n"


def test_an_output_poa_did_not_write_is_not_overwritten(
    tmp_path: Path, write_case: WriteCase
) -> None:
    path = write_case(minimal_case())
    folder = tmp_path / "out" / path.stem
    folder.mkdir(parents=True)
    (folder / "poa.md").write_text("Written by hand\n", encoding="utf-8")
    with pytest.raises(OutputError, match="--force"):
        render(path, tmp_path / "out", formats=("md",), documents=["poa"])
    assert (folder / "poa.md").read_text(encoding="utf-8") == "Written by hand\n"


def _read_only(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Make ``folder`` refuse new entries: chmod, or for root (whom chmod does not stop) the
    same EACCES from the two calls that create files and folders."""
    if os.geteuid() != 0:
        folder.chmod(0o555)
        return
    real_open, real_mkdir = os.open, os.mkdir

    def inside(path: Any) -> bool:
        return Path(path).resolve().is_relative_to(folder.resolve()) and Path(path) != folder

    def deny(path: Any) -> None:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))

    def guarded_open(path: Any, flags: int, *args: Any, **kwargs: Any) -> int:
        if flags & os.O_CREAT and inside(path):
            deny(path)
        return real_open(path, flags, *args, **kwargs)

    def guarded_mkdir(path: Any, *args: Any, **kwargs: Any) -> None:
        if inside(path):
            deny(path)
        real_mkdir(path, *args, **kwargs)

    monkeypatch.setattr(os, "open", guarded_open)
    monkeypatch.setattr(os, "mkdir", guarded_mkdir)


def test_a_read_only_output_folder_is_a_clear_error(
    tmp_path: Path, write_case: WriteCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_case(minimal_case())
    out = tmp_path / "out"
    out.mkdir()
    _read_only(out, monkeypatch)
    try:
        with pytest.raises(OutputError, match="Choose another"):
            render(path, out, formats=("md",), documents=["poa"])
    finally:
        out.chmod(0o755)
        monkeypatch.undo()
    assert list(out.iterdir()) == []


def _disk_full(*_: object) -> None:
    raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))


def test_a_full_disk_while_rendering_leaves_no_partial_file(
    tmp_path: Path, write_case: WriteCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_case(minimal_case())
    monkeypatch.setattr(os, "fsync", _disk_full)
    with pytest.raises(OutputError, match="No space left on device"):
        render(path, tmp_path / "out", formats=("md", "docx"), documents=["poa"])
    folder = tmp_path / "out" / path.stem
    assert _leftovers(tmp_path) == []
    assert not (folder / "poa.md").exists() and not (folder / "poa.docx").exists()


def test_a_full_disk_while_saving_a_case_keeps_the_old_file_whole(
    write_case: WriteCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_case(minimal_case())
    before = path.read_bytes()
    case_file = open_case(path)
    case_file.data["seller"]["legal_name"] = "Changed LLC"
    monkeypatch.setattr(os, "fsync", _disk_full)
    with pytest.raises(OutputError, match="No space left on device"):
        case_file.save()
    assert path.read_bytes() == before
    assert _leftovers(path.parent) == []
    assert load_case(path).seller.legal_name == "Example Test Goods LLC"


@pytest.mark.parametrize("command", ["check", "notice", "render"])
@pytest.mark.parametrize("kind", ["device", "fifo"])
def test_a_device_or_a_pipe_is_refused_before_it_is_read(
    command: str, kind: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A symlink to /dev/zero reads until memory runs out (its size on disk is 0) and a FIFO
    blocks forever: every reader refuses both by their kind, with exit 2."""
    import os

    from poa.cli import main

    target = tmp_path / ("case.yaml" if command != "notice" else "notice.txt")
    if kind == "device":
        target.symlink_to("/dev/zero")
    else:
        os.mkfifo(target)
    assert main([command, str(target)]) == 2
    err = capsys.readouterr().err
    assert "not a regular file" in err and "Traceback" not in err


def test_standard_input_is_read_only_up_to_its_limit(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    import io
    import sys

    from poa.cli import main

    endless = io.BufferedReader(io.BytesIO(b"a" * (7 * 1024 * 1024)))
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(endless))
    assert main(["notice", "-"]) == 2
    assert "more than 2 MB" in capsys.readouterr().err
    assert endless.tell() <= 2 * 1024 * 1024 + 1 + io.DEFAULT_BUFFER_SIZE  # not read to the end


def test_a_word_file_that_would_unpack_to_too_much_is_refused_first(tmp_path: Path) -> None:
    """150 KB that inflate to 96 MB of text: refused from the zip directory, exit 2."""
    import zipfile

    import docx

    from poa.cli import main

    base, bomb = tmp_path / "base.docx", tmp_path / "bomb.docx"
    document = docx.Document()
    document.add_paragraph("Root cause")
    document.save(str(base))
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(bomb, "w", zipfile.ZIP_DEFLATED) as out:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "word/document.xml":
                head, tail = data.split(b"<w:body>")
                run = b"<w:p><w:r><w:t>" + b"A" * 100_000 + b"</w:t></w:r></w:p>"
                data = head + b"<w:body>" + run * 1000 + tail
            out.writestr(item, data)
    assert bomb.stat().st_size < 1024 * 1024
    assert main(["check", str(bomb)]) == 2


def test_a_word_file_of_many_paragraphs_is_read_in_one_pass(tmp_path: Path) -> None:
    """Each paragraph's style is looked up in a table made once (python-docx walks every
    style of the document per paragraph: 50,000 paragraphs took over two minutes)."""
    import docx

    from poa.review.plan_text import read_plan

    document = docx.Document()
    for _ in range(8_000):  # 30 s to read before, under 2 s now
        document.add_paragraph("x")
    document.add_paragraph("Root cause", style="Heading 1")
    path = tmp_path / "many.docx"
    document.save(str(path))
    text = read_plan(path)
    assert text.count("x") == 8_000 and "## Root cause" in text


@pytest.mark.parametrize(
    "nesting", ["[" * 100_000, "a:\n" + "".join(" " * i + "- b:\n" for i in range(0, 1400, 2))]
)
def test_nesting_too_deep_for_the_c_parser_is_an_error_not_a_crash(
    tmp_path: Path, nesting: str
) -> None:
    """libyaml's composer recurses in C: 100,000 brackets overflowed the stack (exit -11) when
    a bank was read with the fast parser. Run in a child: a crash must not take pytest down."""
    import subprocess
    import sys

    bank = tmp_path / "banks" / "amazon" / "deep.yaml"
    bank.parent.mkdir(parents=True)
    bank.write_text(nesting, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-m", "poa", "banks", "validate", str(bank.parents[1])],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr + done.stdout
