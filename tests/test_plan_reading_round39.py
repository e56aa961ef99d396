"""Classes of plan found in round 39, each with new examples of its own."""

from __future__ import annotations

from pathlib import Path

import pytest

from poa.review.plan import parse_plan
from poa.review.plan_text import read_plan
from tests.plan_classes import ALL_PARTS, parts_found

_BODY = """\
Issue 1 - Late dispatch

Root cause
Our only packer was off sick for two weeks in April and nobody covered the packing bench.

Corrective actions
On 3 May we shipped the 52 waiting orders by express and refunded their postage.

Preventive measures
A second packer is trained; Ana checks the dispatch queue at 2 pm every day.

Issue 2 - Cancellations

Root cause
The stock sheet was updated by hand once a week, so sold-out items stayed on sale.

Corrective actions
On 5 May we linked the shop to the warehouse feed and cancelled nothing since.

Preventive measures
The feed runs every 15 minutes and Ana reviews any mismatch each Monday.
"""


@pytest.mark.slow
def test_a_summary_table_before_the_body_is_an_overview_not_the_parts(tmp_path: Path) -> None:
    """A table that sums each issue up in a line per part, before the body that then gives
    each issue its parts under plain headings, is background: the body's sections are the
    parts, and the reader says what it assumed."""
    from weasyprint import HTML

    cell = "style='width:25%;vertical-align:top;padding:4px'"
    rows = (
        ("Late dispatch", "Packer off sick", "Waiting orders shipped", "Second packer"),
        ("Cancellations", "Stock sheet by hand", "Feed linked", "Feed every 15 minutes"),
    )
    table = "".join("<tr>" + "".join(f"<td {cell}>{c}</td>" for c in row) + "</tr>" for row in rows)
    header = "".join(
        f"<th {cell}>{title}</th>"
        for title in ("Issue", "Root cause", "Corrective action", "Preventive measure")
    )
    body = "".join(f"<p>{line}</p>" for line in _BODY.split("\n") if line)
    pdf = tmp_path / "summary.pdf"
    HTML(
        string="<p>Dear Seller Performance, the table sums up our plan; each issue follows.</p>"
        f"<table style='width:14cm'><tr>{header}</tr>{table}</table>{body}"
    ).write_pdf(pdf)
    text = read_plan(pdf)
    plan = parse_plan(text)
    assert parts_found(text) == [ALL_PARTS, ALL_PARTS]
    assert "nobody covered" in plan.issues[0].sections["root_cause"][0].text
    assert "every 15 minutes and Ana" in plan.issues[1].sections["preventive"][0].text
    assert any("sums the issues up" in a.why for a in plan.assumptions)


def test_a_plan_whose_only_issues_lack_parts_is_not_read_as_a_summary() -> None:
    """An issue with its parts before an issue that has none is a plan missing parts, not a
    summary before a body: nothing is read as an overview."""
    text = (
        "Issue 1 - Late dispatch\n\nRoot cause\nOur packer was off sick.\n\n"
        "Corrective actions\nWe shipped the orders on 3 May.\n\n"
        "Preventive measures\nA second packer is trained.\n\n"
        "Issue 2 - Cancellations\n\nWe are sorry about the cancellations and it will not "
        "happen again, we promise to do better with our stock from now on.\n"
    )
    plan = parse_plan(text)
    assert plan.issues[0].sections["root_cause"][0].text == "Our packer was off sick."
    assert not any("sums the issues up" in a.why for a in plan.assumptions)


def test_fixes_told_at_the_end_of_the_cause_paragraph_are_the_fixes() -> None:
    """A letter that tells what went wrong and then, in the same paragraph, what the writer
    did about it (past-tense deeds with the writer as subject) has those sentences as its
    fixes, said as an assumption; a deed inside the story's own clause is no fix."""
    text = (
        "Hello,\n\n**What went wrong and what I changed**\n\n"
        "I make candles and last winter I started buying wax melts from a wholesaler to sell "
        "beside them. I listed the melts as made by me, which was wrong. We updated the melt "
        "listings to name the wholesaler as a production partner on 4 March. I also removed "
        "the word handmade from all eleven of them. One buyer wrote back to thank me.\n\n"
        "**From now on**\n\nEvery new listing is checked against the Creativity Standards "
        "before it goes live, by me, each Friday.\n"
    )
    plan = parse_plan(text)
    assert parts_found(text) == [ALL_PARTS]
    assert "wholesaler to sell" in plan.issues[0].sections["root_cause"][-1].text
    assert "removed the word" in plan.issues[0].sections["corrective"][0].text
    assert any(a.part == "corrective" and "what you did" in a.why for a in plan.assumptions)

    story = (
        "Hello,\n\n**Why it happened**\n\nThe courier missed three pickups in May, so parcels "
        "were late. The system showed orders late even though I shipped them. For example "
        "one order I shipped on time.\n\n**From now on**\n\nI drop parcels off myself every "
        "day at 4 pm.\n"
    )
    assert parts_found(story) == [["preventive", "root_cause"]]


@pytest.mark.slow
def test_a_parts_heading_that_opens_two_pages_of_three_is_no_page_furniture(
    tmp_path: Path,
) -> None:
    """A header or footer repeats on most pages; a part's heading can open two pages of a
    three-page PDF by chance ("Corrective actions" for each issue) and is the plan's heading,
    while the footer every page repeats is still dropped."""
    from weasyprint import HTML

    def page(number: int, body: str) -> str:
        footer = f"<p>Harbour Lamps Ltd - plan of action - page {number} of 3</p>"
        return f"<div style='page-break-after:always'>{body}{footer}</div>"

    filler = "<p>" + "We checked every order from the period one by one. " * 12 + "</p>"
    pages = (
        page(
            1,
            "<p>Issue 1: Late dispatch</p><p>Root cause</p>"
            "<p>Our packer was off sick for two weeks and nobody covered.</p>" + filler,
        ),
        page(
            2,
            "<p>Corrective actions</p><p>On 3 May we shipped the 52 waiting orders.</p>"
            "<p>Preventive measures</p><p>Ana checks the queue at 2 pm every day.</p>"
            "<p>Issue 2: Cancellations</p><p>Root cause</p>"
            "<p>The stock sheet was updated by hand once a week.</p>" + filler,
        ),
        page(
            3,
            "<p>Corrective actions</p><p>On 5 May we linked the shop to the feed.</p>"
            "<p>Preventive measures</p><p>The feed runs every 15 minutes.</p>",
        ),
    )
    pdf = tmp_path / "three_pages.pdf"
    HTML(string="".join(pages)).write_pdf(pdf)
    text = read_plan(pdf)
    assert parts_found(text) == [ALL_PARTS, ALL_PARTS]
    assert "page 1 of 3" not in text
