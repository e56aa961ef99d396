"""Images a document embeds are measured from their header and refused over the limit, for
every format, before anything decodes them; no Pillow warning ever reaches the user."""

from __future__ import annotations

import io
import os
import struct
import zlib
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from poa.cli import main
from poa.errors import ImageError
from poa.render import render
from poa.render.images import MAX_IMAGE_BYTES, MAX_IMAGE_PIXELS, check_pixels, pixel_size
from tests.conftest import WriteCase, minimal_case


def png_header(width: int, height: int) -> bytes:
    """A PNG that declares its size and holds one row: a few hundred bytes for any size, so
    a test never decodes (or even builds) the pixels."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data)
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    head = struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0)  # 1-bit grey
    row = zlib.compress(b"\x00" + b"\xff" * (width // 8 + 1))
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", head) + chunk(b"IDAT", row) + chunk(b"IEND", b"")


def saved(image: Image.Image, kind: str, **options: Any) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, kind, **options)
    return buffer.getvalue()


FORMATS = [
    ("PNG", {}),
    ("JPEG", {}),
    ("JPEG", {"progressive": True}),
    ("GIF", {}),
    ("WEBP", {"lossless": True}),
    ("WEBP", {"quality": 50}),
]


@pytest.mark.parametrize(("kind", "options"), FORMATS)
def test_the_size_is_read_from_the_header_of_each_format(kind: str, options: Any) -> None:
    data = saved(Image.new("RGB", (321, 123), "red"), kind, **options)
    assert pixel_size(data) == (321, 123)


def test_extended_webp_and_other_formats_are_measured_too() -> None:
    extended = saved(Image.new("RGBA", (300, 200), (0, 0, 0, 0)), "WEBP", exif=b"Exif\x00\x00")
    assert pixel_size(extended) == (300, 200)
    bmp = saved(Image.new("RGB", (10, 10)), "BMP")
    assert pixel_size(bmp) is None  # not one of the four: Pillow's header parsing measures it
    check_pixels(bmp, "small.bmp")
    big_bmp = bytearray(bmp)
    big_bmp[18:26] = struct.pack("<ii", 12_000, 12_000)  # the header now says 144 megapixels
    with pytest.raises(ImageError, match=r"12,000 × 12,000 pixels"):
        check_pixels(bytes(big_bmp), "big.bmp")


def test_data_that_is_no_image_passes() -> None:
    check_pixels(b"h1 { color: red }", "style.css")
    check_pixels(b"\x00\x01\x00\x00 a font", "font.ttf")


@pytest.mark.parametrize("side", [12_000, 30_000])
def test_an_image_over_the_limit_is_refused_naming_its_size_and_the_fix(side: int) -> None:
    with pytest.raises(ImageError) as caught:
        check_pixels(png_header(side, side), "logo.png", "logo")
    assert str(caught.value) == (
        f"The logo logo.png is {side:,} × {side:,} pixels ({side * side / 1e6:,.0f} megapixels);"
        f" poa embeds images of at most {MAX_IMAGE_PIXELS // 1_000_000} megapixels (e.g. "
        "5,000 × 5,000). Resize it (a logo needs about 800 pixels across) and save it as PNG or "
        "JPEG."
    )
    check_pixels(png_header(5_000, 5_000), "at-the-limit.png")


def _logo_case(write_case: WriteCase, tmp_path: Path, logo: bytes) -> Path:
    (tmp_path / "logo.png").write_bytes(logo)
    data: dict[str, Any] = minimal_case()
    data["document"] = {"letterhead": {"company": "Example Co", "logo": "logo.png"}}
    return write_case(data)


@pytest.mark.parametrize("formats", [("docx",), ("pdf",)])
@pytest.mark.parametrize("side", [12_000, 30_000])
def test_a_huge_logo_is_refused_for_word_and_pdf_alike(
    write_case: WriteCase, tmp_path: Path, formats: tuple[str, ...], side: int
) -> None:
    """Before: 12,000² took 1.2 GB for the PDF (with Pillow's raw warning); 30,000² was left
    out of the PDF without a word and embedded whole in the Word file."""
    case = _logo_case(write_case, tmp_path, png_header(side, side))
    with pytest.raises(ImageError, match=rf"The logo .*logo\.png is {side:,} × {side:,} pixels"):
        render(case, tmp_path / "out", formats=formats, documents=["letter"])
    assert not (tmp_path / "out").exists()


def test_a_logo_too_large_on_disk_is_refused_before_it_is_read(
    write_case: WriteCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = _logo_case(write_case, tmp_path, b"")
    with (tmp_path / "logo.png").open("wb") as handle:  # sparse: takes no disk
        handle.truncate(MAX_IMAGE_BYTES + 1)
    code = main(["render", str(case), "-o", str(tmp_path / "out"), "-f", "docx", "--draft"])
    assert code == 2
    err = capsys.readouterr().err
    assert "logo.png is 10.0 MB; a logo is at most 10 MB" in err and "Resize it" in err


def test_an_image_a_stylesheet_uses_is_measured_too(tmp_path: Path) -> None:
    from poa.render.pdf import build_pdf

    (tmp_path / "paper.png").write_bytes(png_header(12_000, 12_000))
    css = "body { background: url(paper.png) }"
    with pytest.raises(ImageError, match=r"paper\.png is 12,000 × 12,000 pixels"):
        build_pdf("<p>x</p>", css, base_dir=tmp_path, allowed_roots=[tmp_path])


def test_a_logo_that_is_not_a_file_is_named_not_called_missing(
    write_case: WriteCase, tmp_path: Path
) -> None:
    from poa.casefile import load_case
    from poa.errors import CaseValidationError

    case = _logo_case(write_case, tmp_path, b"")
    (tmp_path / "logo.png").unlink()
    (tmp_path / "logo.png").mkdir()
    with pytest.raises(CaseValidationError, match=r"'logo\.png' is a folder; give the path of"):
        load_case(case)


def test_a_template_folders_logo_that_is_a_pipe_is_refused_not_left_out(
    tmp_path: Path, write_case: WriteCase, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A letterhead.yaml beside the templates names its logo; one that was not a regular file
    was left out of every document in silence."""
    from poa.render import RenderOptions

    monkeypatch.delenv("POA_TEMPLATES", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "letterhead.yaml").write_text("company: Agency\nlogo: logo.png\n", encoding="utf-8")
    os.mkfifo(mine / "logo.png")
    options = RenderOptions(templates=(mine,))
    with pytest.raises(ImageError, match=r"logo\.png is not a regular file: it is a named pipe"):
        render(
            write_case(minimal_case()),
            tmp_path / "out",
            ["docx"],
            documents=["letter"],
            options=options,
        )
