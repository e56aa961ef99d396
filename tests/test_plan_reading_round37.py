"""Classes first met in the thirty-seventh round of plans: each test is a small document
written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from poa.review.placeholders import slots
from poa.review.plan import parse_plan

ALL_PARTS = ["corrective", "preventive", "root_cause"]


def _slots(text: str) -> list[str]:
    return [slot.text for slot in slots(text)]


def _parts(text: str) -> list[list[str]]:
    return [sorted(k for k, v in issue.sections.items() if v) for issue in parse_plan(text).issues]


def test_a_letter_whose_cause_tells_what_the_writer_could_not_do_has_its_parts() -> None:
    """An e-mail in paragraphs, no headings: the cause is told as what the seller could not
    do and had no way to know, with no word such as "because"; then what was done, then what
    happens from now on. The three paragraphs are the three parts."""
    text = (
        "Hello,\n\n"
        "My name is Priya and I sell candles from a small workshop in Leeds.\n\n"
        "In April our only packer was off sick for two weeks and we could not keep up with "
        "orders. We posted the backlog in plain envelopes, so when buyers asked we had no way "
        "to see where their parcels were.\n\n"
        "Here is what we have already done. We refunded all 14 buyers on 2 May and re-sent "
        "six orders by tracked post on 3 May.\n\n"
        "And here is what changes from now on. Every parcel now goes tracked, and our second "
        "packer covers any absence; I check open cases every Monday.\n\n"
        "Kind regards,\nPriya\n"
    )
    assert _parts(text) == [ALL_PARTS]
