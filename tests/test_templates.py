"""The template library: metadata, search order, default:NAME, errors, poa templates …,
letterhead, the user's Word styles and CSS, tagged PDFs, and edited output kept safe."""

from __future__ import annotations

import io
import json
import os
import shutil
import struct
import subprocess
import zipfile
import zlib
from pathlib import Path
from typing import Any

import docx
import pytest
from pypdf import PdfReader

from poa.cli import main
from poa.errors import EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK, TemplateError
from poa.model import Case
from poa.render import RenderOptions, render
from poa.render import pdf as pdf_module
from poa.render.catalog import Library, read_meta
from poa.render.document import Draft, render_markdown
from poa.render.library import render_template, templates_dir
from poa.workspace import TEMPLATES_VAR as ENV_VAR
from poa.workspace import Workspace
from tests.conftest import SAMPLES, WriteCase, minimal_case
from tests.extract import docx_text

LATE = next(s for s in SAMPLES if s.stem == "amazon-late-shipment")


def _header(name: str, kind: str = "letter", extra: str = "") -> str:
    return (
        f"{{#- poa-template\nname: {name}\nkind: {kind}\ndescription: A test template.\n"
        f"version: 1\n{extra}-#}}\n"
    )


def _letter(folder: Path, marker: str, name: str = "letter") -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"{name}.md.j2"
    path.write_text(_header(name) + f"# {marker}\n\n{{{{ case.seller.legal_name }}}}\n", "utf-8")
    return path


@pytest.fixture
def isolated(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """No $POA_TEMPLATES and a user config folder inside tmp_path; returns that folder."""
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    return tmp_path / "config" / "poa" / "templates"


def _case() -> Case:
    return Case.model_validate(minimal_case())


def search_path(folders: list[Path]) -> list[Path]:
    """The template search path a workspace built from ``--templates folders`` has."""
    return list(Workspace.load(templates=folders).template_folders)


def _draft(case: Case, folders: list[Path] | None = None) -> Draft:
    return Draft.of(case, Workspace.load(templates=folders or []))


def _letter_title(folders: list[Path]) -> str:
    draft = _draft(_case(), folders)
    return render_markdown(draft.case, "letter", draft).splitlines()[0]


# --- the library -----------------------------------------------------------------------------


def test_every_built_in_template_has_metadata_and_a_unique_name() -> None:
    paths = sorted(templates_dir().rglob("*.j2"))
    metas = [read_meta(path) for path in paths]
    assert len({m.name for m in metas}) == len(metas)
    kinds = {m.kind for m in metas}
    assert {"poa", "letter", "pip", "evidence", "channel", "layout"} <= kinds
    for meta, path in zip(metas, paths, strict=True):
        assert meta.description.strip() and meta.version
        assert path.name.startswith(meta.name + ".")


def test_search_order_is_option_then_environment_then_user_folder_then_built_in(
    isolated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    option, env = tmp_path / "option", tmp_path / "env"
    _letter(option, "From the option")
    _letter(env, "From the environment")
    _letter(isolated, "From the user folder")
    monkeypatch.setenv(ENV_VAR, str(env))
    assert _letter_title([option]) == "# From the option"
    assert _letter_title([]) == "# From the environment"
    monkeypatch.delenv(ENV_VAR)
    assert _letter_title([]) == "# From the user folder"
    shutil.rmtree(isolated)
    assert _letter_title([]) == "# Appeal letter"


def test_a_missing_template_folder_is_a_usage_error_naming_it(
    isolated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    with pytest.raises(Exception, match=r"--templates .*no such folder"):
        search_path([tmp_path / "nowhere"])
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "gone"))
    with pytest.raises(Exception, match=f"{ENV_VAR} names .*gone.*not a folder"):
        search_path([])


def test_default_prefix_extends_the_built_in_template_it_replaces(
    isolated: Path, tmp_path: Path
) -> None:
    (tmp_path / "letter.md.j2").write_text(
        _header("letter")
        + '{% extends "default:letter" %}\n{% block title %}Request for review{% endblock %}\n',
        encoding="utf-8",
    )
    draft = _draft(_case(), [tmp_path])
    text = render_markdown(draft.case, "letter", draft)
    assert text.startswith("# Request for review")
    assert "We are writing in response to your notice of 2 November 2026" in text


def test_the_most_specific_template_wins_and_template_option_overrides(
    isolated: Path, tmp_path: Path
) -> None:
    for name, extra in [
        ("poa-amazon", "marketplaces: [amazon]\n"),
        ("poa-late", "reasons: [amazon.late_shipment_rate]\n"),
        ("poa-other", "marketplaces: [etsy]\n"),
    ]:
        (tmp_path / f"{name}.md.j2").write_text(_header(name, "poa", extra) + f"# {name}\n")
    library = Library(search_path([tmp_path]))
    assert library.choose("poa", _case()).name == "poa-late"
    data = minimal_case()
    data["issues"][0]["reason"] = "amazon.order_defect_rate"
    assert library.choose("poa", Case.model_validate(data)).name == "poa-amazon"
    assert library.choose("poa", _case(), "poa-other").name == "poa-other"
    with pytest.raises(Exception, match="makes a poa, not a letter"):
        library.choose("letter", _case(), "poa-other")


@pytest.mark.parametrize(
    ("body", "line", "words"),
    [
        ("# T\n\n{{ case.seller.nickname }}\n", 9, "does not have"),
        ("# T\n\n{% if %}\n", 9, "syntax error"),
        ("# T\n\n\n{{ case.__class__.__mro__ }}\n", 10, "not allowed"),
        ("# T\n{{ ().__class__.__base__.__subclasses__() }}\n", 8, "not allowed"),
        ("# T\n{{ 1 / 0 }}\n", 8, "failed"),
    ],
)
def test_template_errors_name_the_file_and_line(
    isolated: Path, tmp_path: Path, body: str, line: int, words: str
) -> None:
    path = tmp_path / "letter.md.j2"
    path.write_text(_header("letter") + body, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        _letter_title([tmp_path])
    assert f"{path}:{line}" in str(caught.value)
    assert words in str(caught.value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("# no header\n", ":1: the template has no metadata header"),
        (_header("x", "memo"), ":3: kind: Input should be 'poa'"),
        (_header("Bad Name"), ":2: name: String should match"),
        ("{#- poa-template\nname: x\nkind: letter\nversion: 1\n-#}\n", "description"),
        (_header("x", extra="colour: blue\n"), ":6: colour"),
    ],
)
def test_metadata_problems_name_the_file_line_and_field(
    tmp_path: Path, text: str, expected: str
) -> None:
    path = tmp_path / "x.md.j2"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(TemplateError) as caught:
        read_meta(path)
    assert str(path) in str(caught.value)
    assert expected in str(caught.value)


def test_a_sound_header_reads_the_same_by_either_parser() -> None:
    """Issue 18: headers are read by the fast parser; the round-trip one only explains one
    that has problems, and every built-in header reads the same by both."""
    from poa import yamldoc
    from poa.render import catalog

    files = sorted(templates_dir().rglob("*.j2"))
    headers = [p for p in files if catalog._HEADER.match(p.read_text("utf-8"))]
    assert len(headers) > 10
    for path in headers:
        match = catalog._HEADER.match(path.read_text("utf-8"))
        assert match is not None
        body = "\n" + match.group("body")
        data, _ = yamldoc.parse(path, body, TemplateError, "header")
        data["version"] = str(data["version"])
        assert catalog._fast_meta(path, body) == catalog.TemplateMeta.model_validate(data)


@pytest.mark.parametrize(
    ("written", "read"),
    [("1", "1"), ("'2.10'", "2.10"), ("2.10", "2.1")],  # unquoted, a number (as it always was)
)
def test_a_version_reads_as_before(tmp_path: Path, written: str, read: str) -> None:
    path = tmp_path / "x.md.j2"
    path.write_text(_header("x").replace("version: 1\n", f"version: {written}\n"), "utf-8")
    assert read_meta(path).version == read


def test_an_edited_header_is_read_again_even_at_the_same_size_and_time(tmp_path: Path) -> None:
    path = tmp_path / "x.md.j2"
    path.write_text(_header("aaaa"), encoding="utf-8")
    stamp = path.stat().st_mtime_ns
    assert read_meta(path).name == "aaaa"
    path.write_text(_header("bbbb"), encoding="utf-8")  # same length
    os.utime(path, ns=(stamp, stamp))  # and the same change time
    assert read_meta(path).name == "bbbb"
    path.write_text("# no header\n", encoding="utf-8")
    with pytest.raises(TemplateError, match="no metadata header"):
        read_meta(path)


# --- poa templates ---------------------------------------------------------------------------


def test_templates_list_and_show(isolated: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["templates", "list", "--format", "json"]) == EXIT_OK
    rows = json.loads(capsys.readouterr().out)
    names = {row["name"] for row in rows}
    assert {"poa", "letter", "pip", "evidence", "channel-amazon", "base"} <= names
    assert set(rows[0]) >= {"name", "kind", "marketplaces", "reasons", "description", "version"}

    assert main(["templates", "show", "channel-amazon"]) == EXIT_OK
    out = capsys.readouterr().out
    assert "kind:         channel" in out and "field:        root_cause:" in out
    assert '{% extends "channel-base" %}' in out

    assert main(["templates", "show", "nope"]) == EXIT_BAD_INPUT
    assert "No template called 'nope'" in capsys.readouterr().err


def test_templates_copy_then_render_uses_the_copy(
    isolated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mine = tmp_path / "mine"
    assert main(["templates", "copy", "letter", str(mine)]) == EXIT_OK
    copied = mine / "letter.md.j2"
    assert copied.read_text() == (templates_dir() / "letter.md.j2").read_text()
    assert main(["templates", "copy", "letter", str(mine)]) == EXIT_BAD_INPUT
    assert "already exists" in capsys.readouterr().err
    assert main(["templates", "copy", "reference.docx", str(mine)]) == EXIT_OK

    copied.write_text(copied.read_text().replace("Dear ", "Attention of the "), "utf-8")
    out = tmp_path / "out"
    args = ["render", str(LATE), "-o", str(out), "--doc", "letter", "--format", "md"]
    assert main([*args, "--templates", str(mine)]) == EXIT_OK
    assert (
        "Attention of the Amazon Seller Performance team"
        in (out / LATE.stem / "letter.md").read_text()
    )


def test_templates_check_passes_on_the_library(
    isolated: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["templates", "check"]) == EXIT_OK, capsys.readouterr().out
    out = capsys.readouterr().out
    assert "FAIL" not in out and "ok   letter:" in out


@pytest.mark.parametrize(
    ("body", "found"),
    [
        ("# T\n\n{{ case.seller.favourite_colour }}\n", "does not have"),
        ("# T\n\nDear [Insert company name],\n", "placeholder"),
        ("# T\n\nTODO: write the closing\n", "placeholder"),
        ("# T\n\n**Re: {{ case.seller.legal_name }}\n", "did not convert"),
        ("# T\n\n|---|\n", "did not convert"),
    ],
)
def test_templates_check_fails_on_each_kind_of_mistake(
    isolated: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], body: str, found: str
) -> None:
    (tmp_path / "letter.md.j2").write_text(_header("letter") + body, encoding="utf-8")
    code = main(["templates", "check", "--templates", str(tmp_path), "--case", str(LATE)])
    out = capsys.readouterr().out
    assert code == EXIT_FINDINGS
    assert "FAIL letter" in out and found in out
    assert "ok   poa: 1 case(s)" in out


# --- look and feel ---------------------------------------------------------------------------


def _png(width: int = 8, height: int = 8) -> bytes:
    """A small valid PNG (a dark square), built by hand."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        body = kind + data
        return struct.pack(">I", len(data)) + body + struct.pack(">I", zlib.crc32(body))

    rows = b"".join(b"\x00" + b"\x20\x40\x60" * width for _ in range(height))
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def _letterhead_case(write_case: WriteCase, tmp_path: Path) -> Path:
    (tmp_path / "brand").mkdir()
    (tmp_path / "brand" / "logo.png").write_bytes(_png())
    data: dict[str, Any] = minimal_case()
    data["document"] = {
        "letterhead": {
            "company": "Example Letterhead Co",
            "address": "1 Example Road\nExample Town EX1 1AA",
            "phone": "555-0100",
            "email": "office@example.com",
            "logo": "brand/logo.png",
        }
    }
    return write_case(data)


def test_letterhead_from_the_case_with_its_logo_in_every_format(
    write_case: WriteCase, tmp_path: Path
) -> None:
    path = _letterhead_case(write_case, tmp_path)
    files = render(path, tmp_path / "out", documents=["letter"])
    md, word, pdf = (tmp_path / "out" / "case" / f"letter.{x}" for x in ("md", "docx", "pdf"))
    assert set(files) >= {md, word, pdf}
    assert md.read_text().startswith(
        "**Example Letterhead Co**  \n1 Example Road  \nExample Town EX1 1AA  \n"
        "555-0100 · office@example.com\n"
    )
    document = docx.Document(str(word))
    assert len(document.inline_shapes) == 1  # the logo
    assert "Example Letterhead Co" in docx_text(word)
    resources: Any = PdfReader(str(pdf)).pages[0]["/Resources"]
    images = list(resources.get("/XObject", {}))
    assert images, "the logo is on the first page of the PDF"


def test_a_logo_outside_the_case_folder_or_not_an_image_is_refused(
    write_case: WriteCase, capsys: pytest.CaptureFixture[str]
) -> None:
    data: dict[str, Any] = minimal_case()
    data["document"] = {"letterhead": {"company": "X", "logo": "../logo.png"}}
    assert main(["check", str(write_case(data))]) != EXIT_OK
    assert "document.letterhead.logo" in capsys.readouterr().out
    data["document"]["letterhead"]["logo"] = "logo.gif"
    assert main(["check", str(write_case(data))]) != EXIT_OK
    assert ".png or .jpg" in capsys.readouterr().out


def test_letterhead_file_in_the_template_folder_is_used_when_the_case_has_none(
    isolated: Path, write_case: WriteCase, tmp_path: Path
) -> None:
    isolated.mkdir(parents=True)
    (isolated / "letterhead.yaml").write_text(
        "company: Example Agency Ltd\nemail: cases@example.com\n", "utf-8"
    )
    text = render_markdown(_case(), "poa", _draft(_case()))
    assert text.startswith("**Example Agency Ltd**  \ncases@example.com\n")
    (isolated / "letterhead.yaml").write_text("company: [unclosed\n", "utf-8")
    with pytest.raises(TemplateError, match=r"letterhead\.yaml"):
        render_markdown(_case(), "poa", _draft(_case()))


def test_a_users_reference_docx_styles_the_word_file(isolated: Path, tmp_path: Path) -> None:
    styles = tmp_path / "styles"
    styles.mkdir()
    reference = docx.Document(str(templates_dir() / "reference.docx"))
    reference.styles["Heading 1"].font.name = "Example Serif"
    reference.save(str(styles / "reference.docx"))
    options = RenderOptions(templates=(styles,))
    files = render(LATE, tmp_path / "out", formats=["docx"], documents=["poa"], options=options)
    assert docx.Document(str(files[0])).styles["Heading 1"].font.name == "Example Serif"
    plain = render(LATE, tmp_path / "plain", formats=["docx"], documents=["poa"])
    assert docx.Document(str(plain[0])).styles["Heading 1"].font.name != "Example Serif"


def test_css_override_comes_after_the_library_stylesheet(
    isolated: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: list[str] = []
    real = pdf_module.build_pdf

    def spy(html: str, css: list[tuple[str, str]], **kwargs: Any) -> bytes:
        seen.append("\n".join(text for _, text in css))  # the sheets apply in this order
        return real(html, css, **kwargs)

    monkeypatch.setattr(pdf_module, "build_pdf", spy)
    mine = tmp_path / "mine"
    (mine / "style").mkdir(parents=True)
    (mine / "style" / "custom.css").write_text("h1 { color: #123456; }\n", "utf-8")
    extra = tmp_path / "extra.css"
    extra.write_text("h2 { color: #654321; }\n", "utf-8")
    options = RenderOptions(templates=(mine,), css=extra)
    render(LATE, tmp_path / "out", formats=["pdf"], documents=["poa"], options=options)
    (css,) = seen
    library_css = (templates_dir() / "style" / "print.css").read_text()
    assert css.index(library_css) < css.index("#123456") < css.index("#654321")


def test_pdfs_are_tagged_pdf_ua_with_title_author_and_subject(tmp_path: Path) -> None:
    files = render(LATE, tmp_path, formats=["pdf"], documents=["poa", "letter"])
    for file in files:
        reader = PdfReader(str(file))
        root: Any = reader.trailer["/Root"]
        assert "/StructTreeRoot" in root, file.name
        assert bool(root["/MarkInfo"]["/Marked"])
        assert "pdfuaid" in reader.xmp_metadata.stream.get_data().decode()  # type: ignore[union-attr]
        meta = reader.metadata
        assert meta and meta.title and meta.author == "Example Outdoor Goods LLC"
        assert meta.subject and "Amazon" in meta.subject


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice is not installed")
def test_libreoffice_opens_and_converts_the_docx(tmp_path: Path) -> None:
    # Every document of a metrics case, and one with a letterhead and a logo.
    etsy = next(s for s in SAMPLES if s.stem == "etsy-on-time-shipping")
    written = [
        *render(LATE, tmp_path / "out", formats=["docx"]),
        *render(etsy, tmp_path / "out", formats=["docx"], documents=["poa", "letter"]),
    ]
    files = [file for file in written if file.suffix == ".docx"]  # channel text is .txt
    assert len(files) >= 6
    profile = (tmp_path / "lo-profile").as_uri()
    for folder in {file.parent for file in files}:
        subprocess.run(
            ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
             "--outdir", str(tmp_path / "pdf" / folder.name),
             *(str(f) for f in files if f.parent == folder)],
            check=True, capture_output=True, timeout=300,
        )  # fmt: skip
    for file in files:
        converted = tmp_path / "pdf" / file.parent.name / f"{file.stem}.pdf"
        text = " ".join("".join(p.extract_text() for p in PdfReader(str(converted)).pages).split())
        headings = [
            " ".join(p.text.split())
            for p in docx.Document(str(file)).paragraphs
            if p.style is not None and p.style.name.startswith(("Title", "Heading"))
        ]
        assert headings, file
        for heading in headings:  # every heading, in order, as python-docx wrote it
            assert heading in text, (file, heading)
            text = text[text.index(heading) + len(heading) :]
    letter = tmp_path / "pdf" / LATE.stem / "letter.pdf"
    letter_text = "".join(page.extract_text() for page in PdfReader(str(letter)).pages)
    assert "Dear Amazon Seller Performance team" in " ".join(letter_text.split())


# --- edited output is never lost --------------------------------------------------------------


def test_an_edited_output_is_kept_unless_forced_and_then_backed_up(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    args = ["render", str(LATE), "-o", str(out), "--format", "md", "--doc", "poa,letter"]
    assert main(args) == EXIT_OK
    assert main(args) == EXIT_OK  # unchanged files are simply written again
    plan, letter = out / LATE.stem / "poa.md", out / LATE.stem / "letter.md"
    plan.write_text("my own edits\n", "utf-8")
    letter.unlink()

    assert main(args) == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert str(plan) in err and "--force" in err
    assert plan.read_text() == "my own edits\n"
    assert not letter.exists(), "nothing is written when one file is protected"

    assert main([*args, "--force"]) == EXIT_OK
    assert (plan.parent / "poa.md.bak").read_text() == "my own edits\n"
    assert plan.read_text().startswith("# Plan of Action")
    plan.write_text("second edits\n", "utf-8")
    assert main([*args, "--force"]) == EXIT_OK
    assert (plan.parent / "poa.md.bak").read_text() == "my own edits\n"
    assert (plan.parent / "poa.md.bak2").read_text() == "second edits\n"


def test_a_file_poa_did_not_write_is_not_overwritten(tmp_path: Path) -> None:
    folder = tmp_path / LATE.stem
    folder.mkdir()
    (folder / "poa.md").write_text("a file that was already there\n", "utf-8")
    with pytest.raises(Exception, match="poa did not write them"):
        render(LATE, tmp_path, formats=["md"], documents=["poa"])
    assert (folder / "poa.md").read_text() == "a file that was already there\n"


def test_an_unrecorded_file_with_exactly_the_new_content_is_not_in_the_way(
    tmp_path: Path,
) -> None:
    first = render(LATE, tmp_path / "a", formats=["md"], documents=["poa"])
    folder = tmp_path / "b" / LATE.stem
    folder.mkdir(parents=True)
    (folder / "poa.md").write_bytes(first[0].read_bytes())  # e.g. from an older poa
    assert render(LATE, tmp_path / "b", formats=["md"], documents=["poa"])
    assert not (folder / "poa.md.bak").exists()


@pytest.mark.slow
def test_an_agency_letterhead_logo_from_the_template_folder(
    tmp_path: Path, write_case: WriteCase
) -> None:
    """letterhead.yaml with logo: logo.png in a --templates folder puts the logo in the PDF
    and the DOCX (before, only a logo set in the case did)."""
    from PIL import Image

    agency = tmp_path / "agency"
    agency.mkdir()
    Image.new("RGB", (120, 40), (20, 60, 120)).save(agency / "logo.png")
    (agency / "letterhead.yaml").write_text(
        "company: Example Agency Ltd\nemail: cases@example.com\nlogo: logo.png\n", "utf-8"
    )
    case = write_case(minimal_case())
    out = tmp_path / "out"
    code = main(["render", str(case), "-o", str(out), "--format", "docx,pdf", "--doc", "letter",
                 "--templates", str(agency)])  # fmt: skip
    assert code == EXIT_OK
    with zipfile.ZipFile(out / "case" / "letter.docx") as word:
        assert any(name.startswith("word/media/") for name in word.namelist())
    first = PdfReader(io.BytesIO((out / "case" / "letter.pdf").read_bytes())).pages[0]
    assert len(first.images) == 1


def test_a_template_writes_markdown_or_plain_text_by_its_file_name(tmp_path: Path) -> None:
    """A .txt.j2 template (a channel's paste text) gives values as they are; any other is
    Markdown, where a seller's `*` or `#` is escaped."""
    library = Library([templates_dir()])
    syntax = {t.name: t.syntax for t in library.all}
    assert syntax["channel-amazon"] == syntax["channel"] == "text"
    assert syntax["poa"] == syntax["letter"] == syntax["channel-sheet"] == "markdown"
    for name in ("plain.txt.j2", "marked.md.j2"):
        (tmp_path / name).write_text(
            _header(name.split(".")[0], "poa", "") + "{{ who }}\n", encoding="utf-8"
        )
    for template in Library([tmp_path]).all:
        written = render_template(template.name, [str(tmp_path)], template.syntax, who="*A* #1")
        assert written == ("*A* #1\n" if template.syntax == "text" else "\\*A\\* #1\n"), written
