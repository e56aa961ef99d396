"""Classes of layout and text first met in the twenty-fifth round of plans: each test is a
small document written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from poa.review.language import negated_before
from poa.review.pdf_text import _running_lines, _without_contents, _without_running_lines
from poa.review.placeholders import slots
from poa.review.plan import parse_plan
from poa.review.rules import RULES_BY_ID

PARTS = ["root_cause", "corrective", "preventive"]


def _slot_texts(text: str) -> list[str]:
    return [slot.text for slot in slots(text)]


RUN_IN = """# Harbour Lamps - shop health plan

## 1. Our numbers

The late dispatch rate was 6.1% over the last 30 days.

## 2. Issues, root causes and fixes

### Issue 1 - Late dispatch

**Root cause.** A promotion tripled orders for one week and we had one packer on shift.

**Done.**
- 4 May 2026: hired two temporary packers and cleared the backlog by 6 May.

**Prevention.**
- The operations lead compares open orders with packing capacity every morning.

### Issue 2 - Cancellations

**Root cause.** Our stock sync ran once an hour, so sold-out lamps stayed on sale.

**Done.**
- 7 May 2026: the sync now runs every five minutes.

**Prevention.**
- A buffer of five units is held back on every fast-selling lamp; reviewed monthly.
"""


def test_run_in_bold_headings_and_a_parts_name_over_the_issues() -> None:
    """ "**Root cause.** text" on one line opens the part its bold words name; a bare
    "**Done.**" after it is the fixes, where they are expected. "Issues, root causes and
    fixes" with each issue's own parts under it is the title of the plan's body: no issue of
    its own, and the background section before it is not an issue either."""
    plan = parse_plan(RUN_IN)
    assert [issue.title for issue in plan.issues] == ["Late dispatch", "Cancellations"]
    for issue in plan.issues:
        assert list(issue.sections) == PARTS
        assert issue.sections["root_cause"][0].text.startswith(("A promotion", "Our stock"))
    assert any("6.1%" in p.text for p in plan.context)


def test_bold_emphasis_closed_by_a_full_stop_inside_a_paragraph_is_no_heading() -> None:
    """A run-in bold sentence whose words name no part is the writer's emphasis."""
    text = (
        "Root cause\n\nWe restocked returns as new.\n\n**I did not sell fakes.** The units "
        "came from the brand.\n\nCorrective actions\n\nOn 2 May 2026 we refunded 8 buyers.\n\n"
        "Preventive measures\n\nEvery return is graded by a second person.\n"
    )
    plan = parse_plan(text)
    assert "I did not sell fakes" not in plan.headings
    assert [list(issue.sections) for issue in plan.issues] == [PARTS]


QUOTED = """Hello Seller Performance team,

Below we quote each point of your message and answer it.

----------------------------------------
POINT 1
> "Your plan does not identify the root cause. Explain why buyers
> received items they believed to be inauthentic."
----------------------------------------

We bought 72 units from a wholesaler we had not verified, and did not inspect them.

----------------------------------------
POINT 2
> "Describe the actions you have taken to resolve the complaints and
> the steps you will take to prevent them."
----------------------------------------

Actions already completed:

1. 4 February 2026 - the 31 remaining units were destroyed.

Preventive measures now in place:

1. We buy only from the brand owner; the purchasing manager checks each new supplier.
"""


def test_a_quoted_rejection_is_neither_the_plans_headings_nor_a_slot() -> None:
    """Lines quoted from a reviewer's message ("> ...") are someone else's words: however
    clearly they name a part, they head nothing, and the order they quote ("Describe the
    actions you have taken ...") was given to the seller, not left in a template."""
    plan = parse_plan(QUOTED)
    assert not [h for h in plan.headings if h.startswith(">")]
    assert [list(issue.sections) for issue in plan.issues] == [PARTS]
    assert plan.issues[0].sections["root_cause"][0].text.startswith("We bought 72")
    assert _slot_texts(QUOTED) == []


def test_a_tip_in_a_quote_block_is_still_a_slot() -> None:
    """A quote block is also how some templates set off their tips: a labelled tip is still
    the template talking to the writer."""
    text = "Root cause\n\n> TIP: Explain why it happened. Never blame the carrier.\n"
    assert _slot_texts(text)


def test_a_template_in_the_sellers_world_is_no_template_note() -> None:
    """ "Before anyone changes a template ..., they have to fill in a checklist" speaks of a
    shipping template; "Fill in the template ..." speaks of the document."""
    ours = (
        "No shipping change goes live untested. Before anyone changes a template or adds a "
        "faster service, they have to fill in a one-page checklist.\n"
    )
    assert _slot_texts(ours) == []
    assert _slot_texts("This template: replace every line before you fill in the form.\n")


def test_a_negative_subject_negates_its_clause() -> None:
    """ "None of this was caused by the carrier" owns the problem; "It was caused by the
    carrier" blames. A 'no' inside the subject ("The orders with no tracking were ...") is
    still not a negated clause."""
    blame = RULES_BY_ID["T2"]
    assert blame.match("None of this was caused by the carrier.") is None
    assert blame.match("Nothing here was caused by the buyer.") is None
    assert blame.match("It was caused by the carrier.") is not None
    sentence = "None of this is my fault."
    assert negated_before(sentence, sentence.index("my"))
    sentence = "The orders with no tracking were our failure."
    assert not negated_before(sentence, sentence.index("our"))


def test_a_long_angled_instruction_over_several_sentences_is_one_slot() -> None:
    instruction = (
        "<Explain in 2-3 sentences the SPECIFIC reason the buyer received a used item. Do NOT "
        "blame the buyer, the carrier or the marketplace. Examples: returned units restocked "
        "without inspection; packaging damaged in storage; supplier sent open-box stock.>"
    )
    assert len(instruction) > 200
    text = f"## Root cause\n\n{instruction}\n\nOur returns went back on the shelf unchecked.\n"
    assert _slot_texts(text) == [instruction]


def test_a_numbered_attachment_alone_in_a_list_is_a_slot() -> None:
    """A list of supporting documents names each one; an item that is only "[Attachment 2]"
    is the template's place for one. The same reference in a sentence, or before the
    document's name, points at something real."""
    template = "Supporting documents\n\n- Returns SOP (attached)\n- [Attachment 2]\n- [Exhibit C]\n"
    assert _slot_texts(template) == ["[Attachment 2]", "[Exhibit C]"]
    filled = (
        "Supporting documents\n\n- [Attachment 2] Supplier invoice of 3 May 2026\n"
        "- Returns SOP, see [Attachment 3] for the signed copy.\n"
    )
    assert _slot_texts(filled) == []


def test_a_pdfs_contents_list_and_numbered_footer_are_not_the_plan() -> None:
    """A contents list (titles, then page numbers, after a dot leader or under "Contents")
    repeats the headings; read as headings it opens every part twice. A footer that differs
    only by its page number ("Page 1 of 3", "Page 2 of 3") repeats on every page."""
    first = [
        "Plan of Action",
        "Contents",
        "1. Summary 2",
        "2.1 Root cause . . . . . . . . . . 2",
        "2.2 Corrective actions taken . . . 2",
        "2.3 Preventive measures . . . . . 3",
        "Prepared by Example Advisory Page 1 of 3",
    ]
    assert _without_contents(first, 3) == ["Plan of Action", first[-1]]
    # Numbers that go down, or past the last page, are a list of figures, not contents.
    counts = ["Contents", "Refunded buyers 12", "Open orders 3", "Returns 40"]
    assert _without_contents(counts, 3) == counts
    pages = [
        ["Plan of Action", "Body one.", "Prepared by Example Advisory Page 1 of 3"],
        ["Root cause", "Body two.", "Prepared by Example Advisory Page 2 of 3"],
        ["Closing", "Body three.", "Prepared by Example Advisory Page 3 of 3"],
    ]
    running = _running_lines(pages)
    # Other numbers on the same lines are text: only the page's own number is the footer's.
    counted = [[f"Root cause {n}: the carrier missed pick-up."] * 3 for n in range(11, 14)]
    assert not _running_lines(counted)
    assert _without_running_lines(pages[1], running, 2) == ["Root cause", "Body two."]
