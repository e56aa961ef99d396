"""Classes first met in the fifty-first round of plans: each test is a small document written
for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from poa.review.plan_text import read_plan
from tests.plan_classes import ALL_PARTS, parts_found

_SLIDES = (
    ("Our eBay late shipment rate", ["Late shipment rate reached 7.2% in April", "Limit set"]),
    (
        "Why parcels left late",
        ["Our courier moved its pick-up to 11 am", "Orders paid after 10 am waited a day"],
    ),
    ("What we did about it", ["Booked a second daily pick-up", "Shipped the 31 waiting orders"]),
    ("Going forward", ["Joe checks the unshipped list at 3 pm", "Weekly look at the rate"]),
)


def _deck(path: Path, size: str) -> Path:
    """A deck of slides as a PDF: a page each, a title in large type over its bullets."""
    from weasyprint import HTML

    pages = "".join(
        f"<section style='page-break-after:always'><h1 style='font-size:40pt'>{title}</h1>"
        "<ul style='font-size:20pt'>" + "".join(f"<li>{item}</li>" for item in items) + "</ul>"
        "</section>"
        for title, items in _SLIDES
    )
    HTML(string=f"<style>@page {{ size: {size} }}</style>{pages}").write_pdf(path)
    return path


@pytest.mark.slow
def test_a_slides_title_in_large_type_is_its_heading(tmp_path: Path) -> None:
    """A deck exported to PDF marks its slides' titles by nothing but their larger type on a
    landscape page, and a title may name its part in words of its own ("Why parcels left
    late"). Each slide's opening line, alone in the larger type, is a heading over its
    bullets; a portrait document's opening line in large type is left to its words."""
    slides = read_plan(_deck(tmp_path / "deck.pdf", "A4 landscape"))
    assert "# Why parcels left late" in slides.splitlines()
    assert parts_found(slides) == [ALL_PARTS]
    pages = read_plan(_deck(tmp_path / "pages.pdf", "A4"))
    assert not any(line.startswith("#") for line in pages.splitlines())
