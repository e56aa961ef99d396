"""Every user file is read through one gate (poa.fsutil), and each refusal says what the file
is and what to do: a folder is called a folder, a device a device, UTF-16 text is read as
text, and what the PDF goes without is said rather than dropped in silence."""

from __future__ import annotations

import io
import os
import sys
from pathlib import Path

import pytest

from poa.casefile import open_case
from poa.cli import main
from poa.errors import CaseFileError, TemplateError
from poa.render import RenderOptions, render
from poa.review.plan_text import read_plan
from tests.conftest import ROOT, WriteCase, minimal_case

PLAN = "# Plan of Action\n\n## Root cause\n\nOne packer — “late” labels.\n"


@pytest.mark.parametrize("name", ["dir.docx", "dir.pdf", "dir.md"])
def test_a_folder_given_as_a_plan_is_called_a_folder(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], name: str
) -> None:
    (tmp_path / name).mkdir()
    assert main(["check", str(tmp_path / name)]) == 2
    err = capsys.readouterr().err
    assert err == f"poa: {tmp_path / name} is a folder, not a plan. Give the path of a file.\n"


def test_a_device_given_as_css_is_called_a_device(
    write_case: WriteCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = write_case(minimal_case())
    out = str(tmp_path / "out")
    assert main(["render", str(case), "-o", out, "--draft", "--css", "/dev/zero"]) == 2
    assert capsys.readouterr().err == (
        "poa: /dev/zero is not a regular file: it is a device. A stylesheet is a file saved on "
        "disk; give the path of one.\n"
    )
    assert main(["render", str(case), "-o", out, "--draft", "--css", "none.css"]) == 2
    assert capsys.readouterr().err == (
        "poa: none.css: no such stylesheet. Check the path. Give the path of a .css file with "
        "--css.\n"
    )


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_a_plan_saved_as_unicode_with_a_byte_order_mark_is_read_as_text(
    tmp_path: Path, encoding: str
) -> None:
    path = tmp_path / "plan.md"
    bom = {"utf-16-be": "\ufeff"}.get(encoding, "")  # Python writes the others' marks itself
    path.write_bytes((bom + PLAN).encode(encoding))
    assert read_plan(path) == PLAN


def test_standard_input_in_utf16_is_read_as_text(monkeypatch: pytest.MonkeyPatch) -> None:
    stream = io.TextIOWrapper(io.BytesIO(PLAN.encode("utf-16")))
    monkeypatch.setattr(sys, "stdin", stream)
    assert read_plan("-") == PLAN


def test_a_binary_plan_says_what_it_is_and_not_yaml(tmp_path: Path) -> None:
    path = tmp_path / "plan.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(CaseFileError) as caught:
        read_plan(path)
    assert str(caught.value) == (
        f"{path} is a binary file, not a plan. Give the path of the text file."
    )


def test_a_utf16_case_is_read_and_saved_without_a_false_conflict(tmp_path: Path) -> None:
    source = (ROOT / "samples" / "amazon-late-shipment.yaml").read_text(encoding="utf-8")
    path = tmp_path / "case.yaml"
    path.write_bytes(source.encode("utf-16"))
    case_file = open_case(path)
    case_file.data["seller"]["legal_name"] = "Changed LLC"
    case_file.save()  # compares the file on disk with what was read: the same text
    assert open_case(path).data["seller"]["legal_name"] == "Changed LLC"


# --- what the PDF goes without is said -------------------------------------------------


@pytest.mark.slow
def test_a_refused_import_or_url_is_a_warning_naming_it_and_why(
    write_case: WriteCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = write_case(minimal_case())
    css = tmp_path / "mine.css"
    css.write_text(
        '@import url("https://example.com/brand.css");\n'
        "h1 { color: #123456 }\n"
        '@import "late.css";\n'
        "body { background: url(missing.png) }\n",
        encoding="utf-8",
    )
    out = str(tmp_path / "out")
    code = main(["render", str(case), "-o", out, "-f", "pdf", "--doc", "poa", "--draft",
                 "--css", str(css)])  # fmt: skip
    assert code == 0
    warnings = [line for line in capsys.readouterr().err.splitlines() if "warning:" in line]
    assert warnings == [
        f'poa: warning: {css}: @import "late.css" (line 3) was ignored: an @import must come '
        "before every other rule. Move it to the top of the stylesheet.",
        "poa: warning: the PDF goes without https://example.com/brand.css: poa never fetches "
        "anything from the network. Save the file in the case's folder and refer to it by a "
        "path relative to the case file.",
        f"poa: warning: the PDF goes without {(tmp_path / 'missing.png').as_uri()}: there is no "
        "such file. Check the path (it is relative to the case file).",
    ]


# --- templates, stylesheets and reference documents go through the gate -----------------


@pytest.fixture
def templates(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.delenv("POA_TEMPLATES", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    folder = tmp_path / "mine"
    (folder / "style").mkdir(parents=True)
    return folder


def _render_with(templates: Path, case: Path, formats: list[str]) -> list[Path]:
    options = RenderOptions(templates=(templates,))
    return render(case, templates.parent / "out", formats, documents=["poa"], options=options)


def test_a_stylesheet_that_is_a_link_to_a_device_is_refused_not_skipped(
    templates: Path, write_case: WriteCase
) -> None:
    (templates / "style" / "custom.css").symlink_to("/dev/zero")
    with pytest.raises(TemplateError, match=r"custom\.css is not a regular file: it is a device"):
        _render_with(templates, write_case(minimal_case()), ["pdf"])


def test_a_reference_document_that_is_a_pipe_is_refused_not_waited_on(
    templates: Path, write_case: WriteCase
) -> None:
    os.mkfifo(templates / "reference.docx")
    with pytest.raises(TemplateError, match=r"reference\.docx is not a regular file: it is a "):
        _render_with(templates, write_case(minimal_case()), ["docx"])


def test_a_file_a_template_includes_is_read_with_a_limit(
    templates: Path, write_case: WriteCase
) -> None:
    """Jinja's loader read an included file whole, whatever its size."""
    header = "{#- poa-template\nname: poa\nkind: poa\ndescription: Mine.\nversion: 1\n-#}\n"
    (templates / "poa.md.j2").write_text(header + '{% include "big.txt" %}\n', encoding="utf-8")
    with (templates / "big.txt").open("wb") as handle:  # sparse: takes no disk
        handle.truncate(3 * 1024 * 1024)
    with pytest.raises(TemplateError, match=r"big\.txt is 3\.0 MB; a template is at most 1 MB"):
        _render_with(templates, write_case(minimal_case()), ["md"])
