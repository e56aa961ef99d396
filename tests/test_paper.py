"""Paper size follows the marketplace's site when the case does not say."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from poa.model import Case
from poa.render import render, site_paper
from tests.conftest import WriteCase, minimal_case


@pytest.mark.parametrize(
    ("region", "paper"),
    [("US", "letter"), ("amazon.com", "letter"), ("CA", "letter"), ("amazon.ca", "letter"),
     ("amazon.co.uk", "a4"), ("amazon.de", "a4"), ("amazon.co.jp", "a4"), (None, "a4")],
)  # fmt: skip
def test_the_site_decides_the_paper(region: str | None, paper: str) -> None:
    data = minimal_case()
    if region:
        data["region"] = region
    assert site_paper(Case.model_validate(data)) == paper


@pytest.mark.slow
def test_a_case_without_paper_renders_on_its_sites_paper(
    write_case: WriteCase, tmp_path: Path
) -> None:
    from pypdf import PdfReader

    data = minimal_case()
    data["region"] = "amazon.co.uk"
    data.get("document", {}).pop("paper", None)
    (pdf,) = render(write_case(data), tmp_path, formats=("pdf",), documents=["poa"])
    width = float(PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].mediabox.width)
    assert round(width) == 595  # A4: 210 mm; Letter would be 612 points
    data["region"] = "US"
    (pdf,) = render(write_case(data, "us.yaml"), tmp_path, formats=("pdf",), documents=["poa"])
    assert round(float(PdfReader(io.BytesIO(pdf.read_bytes())).pages[0].mediabox.width)) == 612
