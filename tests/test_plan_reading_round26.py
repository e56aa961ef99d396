"""Classes of layout and text first met in the twenty-sixth round of plans: each test is a
small document written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from poa.review.line_logs import stamp_only
from poa.review.placeholders import slots
from poa.review.plan import parse_plan

PARTS = ["root_cause", "corrective", "preventive"]


def _slot_texts(text: str) -> list[str]:
    return [slot.text for slot in slots(text)]


DIARY = """Notes for the appeal - Birchwood Candles

Friday, 10 April
The shop was put on hold for late dispatch. I read the notice twice and wrote this down.

Saturday, 11 April - morning
Found out why. The new courier collects on Tuesdays only, so orders placed on a Wednesday sat
for six days before they left. I did not check the collection days when I changed couriers.

Saturday, 11 April - evening
Refunded the postage on the 23 late orders and wrote to each buyer with the new date.

Monday, 13 April
Went back to the old courier, which collects every weekday at 4pm. The dispatch time in the
shop is now three days, and I check the courier's collection list every Monday.
"""


def test_a_diary_whose_entries_open_with_a_date_line_is_read_entry_by_entry() -> None:
    """A log written as a diary: each entry opens with a line that is only its date (a
    weekday, a time of day), then the entry's words. The date is the entry's stamp, not its
    opening words: "Refunded the postage ..." after it is a thing done that day, a fix, and the
    entry after the cause. The date stays in the entry's text."""
    plan = parse_plan(DIARY)
    assert len(plan.issues) == 1
    sections = plan.issues[0].sections
    assert list(sections) == PARTS
    assert sections["root_cause"][0].text.startswith("Saturday, 11 April - morning Found out why.")
    assert sections["corrective"][0].text.startswith("Saturday, 11 April - evening Refunded")
    assert sections["preventive"][0].text.startswith("Monday, 13 April Went back")


def test_a_date_stamp_is_a_line_of_a_date_and_nothing_else() -> None:
    assert stamp_only("Monday, March 2, 2026 - 8:40am")
    assert stamp_only("Tuesday, March 3 - evening")
    assert stamp_only("3 March 2026:")
    assert stamp_only("2026-03-05")
    assert not stamp_only("March 2026 results")
    assert not stamp_only("On 3 March we refunded the buyers.")
    assert not stamp_only("Root cause")


def test_one_date_line_is_no_diary() -> None:
    """A letter dated once at the top keeps its date as a line of text: only two or more date
    lines make the entries of a log."""
    letter = (
        "12 May 2026\n\nDear Seller Performance,\n\nThe late orders happened because our "
        "courier changed its collection days.\n"
    )
    plan = parse_plan(letter)
    assert not any(p.is_item for p in plan.paragraphs)


FORUM_TEMPLATE = """*** APPEAL TEMPLATE - copy it into the form, replace all the brackets ***
*** passed around the sellers' chat, fine for most cases, keep it polite and brief ***

Root cause: [EXPLAIN WHAT WENT WRONG]

Corrective actions:
- On (DATE) we paused/deleted the listing: Product ID ________
- We contacted the buyers of the affected orders.

Preventive measures:
- (NAME) checks every new listing before it goes live.

Attached: (PHOTOS / RECEIPTS - INCLUDE AT LEAST 3)

Kind regards,
Jo
(PHONE / EMAIL)
"""


def test_a_framed_banner_next_to_the_templates_own_banner_is_its_notice() -> None:
    """Lines framed by the same marks, one under the other, are one notice: once one is the
    template's (it says "template", "replace"), the next is too, whatever its words. A framed
    line of a few words ("*** ROOT CAUSE ***") is a title and stays out."""
    found = _slot_texts(FORUM_TEMPLATE)
    assert any(s.startswith("*** passed around the sellers' chat") for s in found)
    titled = "*** TEMPLATE - replace the brackets ***\n*** ROOT CAUSE ***\n[Explain the cause]\n"
    assert not any("ROOT CAUSE" in s for s in _slot_texts(titled))


def test_a_choice_joined_by_a_slash_on_an_unfilled_line_is_a_slot() -> None:
    """ "paused/deleted" on a line that still holds a blank and a date to write: the template's
    options, nobody chose. The same shape on a line the writer wrote in full is their own
    words, and so are "and/or", "FBA/FBM", "12/03" and a link's path."""
    assert "paused/deleted" in _slot_texts(FORUM_TEMPLATE)
    written = FORUM_TEMPLATE.replace(
        "- We contacted the buyers of the affected orders.",
        "- We sent before/after photos and/or FBA/FBM notes on 12/03, see shop.example/help/faq.",
    )
    found = " ".join(_slot_texts(written))
    for own in ("before/after", "and/or", "FBA/FBM", "12/03", "help/faq"):
        assert own not in found


def test_a_template_shouts_its_orders_and_its_fields_in_parentheses() -> None:
    """A parenthesis in capitals is the template's voice: an order after a dash ("(PHOTOS /
    RECEIPTS - INCLUDE AT LEAST 3)") is an order, and value names joined by slashes alone on a
    signature's line ("(PHONE / EMAIL)") are a field to fill. A filled plan's acronym in
    parentheses, or its own words, are not."""
    found = _slot_texts(FORUM_TEMPLATE)
    assert "(PHOTOS / RECEIPTS - INCLUDE AT LEAST 3)" in found
    assert "(PHONE / EMAIL)" in found
    filled = (
        "Root cause: the stock feed (FBA / FBM) double counted 40 units.\n\n"
        "Corrective actions: on 3 May we refunded 12 orders (see invoices - Exhibit 2).\n\n"
        "Preventive measures: the listing lead checks the feed every Monday.\n"
    )
    assert _slot_texts(filled) == []
