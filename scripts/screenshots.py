"""Render the first page of each sample document to a PNG for the README.

Run by ``make screenshots``: renders samples/<case>.yaml to PDF in a temporary folder, then
draws page 1 of every document with pypdfium2 into docs/images/<case>-<document>.png.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

import pypdfium2

from poa.render import render

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "docs" / "images"
# Every document of one case, the plan of each marketplace-shaped sample, and a letterhead.
SHOTS = {
    "amazon-late-shipment": ["poa", "letter", "pip", "evidence", "channel"],
    "walmart-on-time-delivery": ["poa"],
    "tiktok-late-dispatch": ["poa", "channel"],
    "etsy-on-time-shipping": ["letter"],  # a letterhead and logo from the case
}
WIDTH = 620  # pixels: readable in a README column, small in the repository


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        for name, documents in SHOTS.items():
            case = ROOT / "samples" / f"{name}.yaml"
            for pdf in render(case, tmp, formats=["pdf"], documents=documents):
                if pdf.suffix != ".pdf":
                    continue
                document = pypdfium2.PdfDocument(str(pdf))
                page = document[0]
                scale = WIDTH / page.get_width()
                # 32 shades of a palette keep text crisp at a tenth of the bytes.
                image = page.render(scale=scale).to_pil().quantize(colors=32)
                target = OUT / f"{name}-{pdf.stem}.png"
                image.save(target, optimize=True)
                print(target.relative_to(ROOT))
                document.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
