"""Images a document embeds — the letterhead's logo, a picture a stylesheet uses — measured
from the file's header and refused before anything decodes them.

Decoding is where an image costs memory: 4 bytes or more per pixel, several copies on the
way into a PDF. A PNG of 12,000 x 12,000 pixels is a few hundred KB on disk and took 1.2 GB
to render; one of 30,000 x 30,000 made Pillow give up, and weasyprint then left the logo out
without a word. The size in pixels is in the first bytes of every format, so it is checked
there.
"""

from __future__ import annotations

import io
import warnings
from pathlib import Path

from poa.errors import ImageError
from poa.fsutil import read_limited

MAX_IMAGE_PIXELS = 25_000_000
"""25 megapixels (5,000 × 5,000). The logo prints 35 mm wide: about 800 pixels across at
600 dpi. A whole A4 or Letter page at 300 dpi is under 9 megapixels. Decoded, 25 megapixels
is about 100 MB, so rendering stays well inside a laptop's memory."""
MAX_IMAGE_BYTES = 10 * 1024 * 1024
"""10 MB on disk: a logo is tens of KB; a photo straight off a phone is 3-8 MB."""

_FIX = "Resize it (a logo needs about 800 pixels across) and save it as PNG or JPEG."


def read_image(path: Path, what: str = "image") -> bytes:
    """The bytes of the image at ``path``, read through the file gate and measured first.

    ``what`` names it in messages ("logo"). An image over :data:`MAX_IMAGE_BYTES` or
    :data:`MAX_IMAGE_PIXELS`, or not a file at all, is an :class:`ImageError` (exit 2).
    """
    data = read_limited(path, MAX_IMAGE_BYTES, ImageError, what, f" {_FIX}")
    check_pixels(data, path, what)
    return data


def check_pixels(data: bytes, path: Path | str, what: str = "image") -> None:
    """Refuse ``data`` if it is an image of more than :data:`MAX_IMAGE_PIXELS` pixels.

    Data that is no image (a stylesheet, a font) passes: there is nothing to decode.
    """
    size = pixel_size(data) or _pillow_size(data)
    if size is None:
        return
    if isinstance(size, str):
        shown = size
    elif size[0] * size[1] > MAX_IMAGE_PIXELS:
        width, height = size
        shown = f"{width:,} × {height:,} pixels ({width * height / 1e6:,.0f} megapixels)"
    else:
        return
    raise ImageError(
        f"The {what} {path} is {shown}; poa embeds images of at most "
        f"{MAX_IMAGE_PIXELS // 1_000_000} megapixels (e.g. 5,000 × 5,000). {_FIX}"
    )


def pixel_size(data: bytes) -> tuple[int, int] | None:
    """(width, height) of a PNG, JPEG, GIF or WebP from its header; None for anything else.

    >>> pixel_size(b"GIF89a\\x10\\x00\\x20\\x00")
    (16, 32)
    """
    if data.startswith(b"\x89PNG\r\n\x1a\n") and data[12:16] == b"IHDR":
        return _big(data, 16), _big(data, 20)
    if data.startswith((b"GIF87a", b"GIF89a")) and len(data) >= 10:
        return _little(data, 6, 2), _little(data, 8, 2)
    if data.startswith(b"\xff\xd8"):
        return _jpeg_size(data)
    if data.startswith(b"RIFF") and data[8:12] == b"WEBP":
        return _webp_size(data)
    return None


def _big(data: bytes, at: int) -> int:
    return int.from_bytes(data[at : at + 4], "big")


def _little(data: bytes, at: int, length: int) -> int:
    return int.from_bytes(data[at : at + length], "little")


# Start-of-frame markers, which carry the size: C0-CF except DHT (C4), JPG (C8), DAC (CC).
_SOF = frozenset(range(0xC0, 0xD0)) - {0xC4, 0xC8, 0xCC}


def _jpeg_size(data: bytes) -> tuple[int, int] | None:
    """Walk the marker segments to the frame header; None if the file is not laid out so."""
    at = 2
    while at + 9 <= len(data):
        if data[at] != 0xFF:
            return None
        marker = data[at + 1]
        if marker == 0xFF:  # a fill byte before the marker
            at += 1
            continue
        if marker == 0x01 or 0xD0 <= marker <= 0xD8:  # markers without a length
            at += 2
            continue
        if marker in _SOF:
            height = int.from_bytes(data[at + 5 : at + 7], "big")
            return int.from_bytes(data[at + 7 : at + 9], "big"), height
        if marker in (0xD9, 0xDA):  # end of image, or the scan: no frame header came first
            return None
        at += 2 + int.from_bytes(data[at + 2 : at + 4], "big")
    return None


def _webp_size(data: bytes) -> tuple[int, int] | None:
    chunk = data[12:16]
    if chunk == b"VP8X" and len(data) >= 30:  # extended: the canvas, 24 bits each, minus one
        return _little(data, 24, 3) + 1, _little(data, 27, 3) + 1
    if chunk == b"VP8L" and len(data) >= 25:  # lossless: 14 bits each, minus one
        bits = _little(data, 21, 4)
        return (bits & 0x3FFF) + 1, ((bits >> 14) & 0x3FFF) + 1
    if chunk == b"VP8 " and len(data) >= 30:  # lossy: 14 bits each after the start code
        return _little(data, 26, 2) & 0x3FFF, _little(data, 28, 2) & 0x3FFF
    return None


def _pillow_size(data: bytes) -> tuple[int, int] | str | None:
    """The size of an image in another format Pillow reads (BMP, TIFF, ICO…), or of a PNG or
    JPEG laid out unusually, from Pillow's header parsing (it decodes nothing until asked);
    a phrase when Pillow refuses to say. None when Pillow does not take it for an image:
    then nothing decodes it later either."""
    from PIL import Image

    with warnings.catch_warnings():
        # The size is checked by the caller; Pillow's own warning must not reach the user.
        warnings.simplefilter("ignore", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data)) as image:
                return image.size
        except Image.DecompressionBombError:  # over twice Pillow's own limit
            return f"more than {2 * (Image.MAX_IMAGE_PIXELS or 0) / 1e6:,.0f} megapixels"
        except Exception:
            return None
