"""Classes of layout and text first met in the twenty-seventh round of plans: each test is a
small document written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from poa.review import headings as hd
from poa.review.placeholders import slots
from poa.review.plan import parse_plan
from poa.review.rules import RULES_BY_ID

PARTS = ["root_cause", "corrective", "preventive"]


PARTS_FIRST = """Plan of Action - Fernhill Garden Supply

1. SUMMARY

Two problems were found:

  Issue A - Pesticide claims on seed trays. Nine listings called the trays "fungus-proof"
  without a registration, and the notice removed all of them on 2 June.

  Issue B - Missing lithium attributes. Four listings for solar lamps had no battery fields.

2. WHY IT HAPPENED

Issue A - Claims

  - The supplier's spec sheet used the words and we copied them into the listings.

Issue B - Lamps

  - The lamps were set up under a template with no battery fields.

3. WHAT WE FIXED

Issue A - done

  - 3 June: Removed the claim from the nine listings.

Issue B - done

  - 4 June: Added battery type and watt-hours to the four lamps.

4. PREVENTION FROM NOW ON

  - Every new listing is checked against our list of restricted words by the content lead.
  - The listing tool refuses an item with a battery until its battery fields are filled.
"""


def test_a_plan_laid_out_parts_first_after_a_summary_that_lists_its_issues() -> None:
    """Parts as the top-level sections, each covering every issue inside it, with the issues
    first named in a summary before the parts: the summary's issues are background, not
    issues with no parts, and the parts are read whole."""
    plan = parse_plan(PARTS_FIRST)
    assert len(plan.issues) == 1
    sections = plan.issues[0].sections
    assert list(sections) == PARTS
    assert any(p.text.startswith("The supplier's spec sheet") for p in sections["root_cause"])
    assert any(p.text.startswith("The lamps were set up") for p in sections["root_cause"])
    assert [p.text[:7] for p in sections["corrective"] if p.is_item] == ["3 June:", "4 June:"]
    assert len(sections["preventive"]) == 2
    assert any(p.text.startswith("Pesticide claims") for p in plan.context)


ABBREVIATED = """Improvement plan - Harbour Tools

PROBLEM 1 - Late shipments 6% (limit 4%)

RC: Our packer was off sick for two weeks and nobody else printed the labels.

CA: We shipped the 41 waiting orders on 3 March and refunded the postage on each.

PM: Two people now know the label printer, and the owner checks the unshipped list at 3pm.

PROBLEM 2 - Unanswered messages

RC: The message alerts went to an old email address that nobody reads.

CA: We answered all 12 open messages on 4 March.

PM: Alerts now go to the shared inbox, which is read every morning.
"""


def test_parts_labelled_with_their_initials() -> None:
    """ "RC:", "CA:", "PM:" are the parts' names shortened to their initials, as quality teams
    write root cause, corrective action and preventive measure."""
    plan = parse_plan(ABBREVIATED)
    assert [issue.title for issue in plan.issues] == ["PROBLEM 1", "PROBLEM 2"]
    for issue in plan.issues:
        assert list(issue.sections) == PARTS
    assert plan.issues[1].sections["corrective"][0].text.startswith("We answered all 12")


def test_initials_are_a_part_only_as_the_whole_label_in_capitals() -> None:
    assert hd.meaning("RCA").kind == "root_cause"
    assert hd.meaning("PA").kind == "preventive"
    assert hd.meaning("CA").kind == "corrective"
    assert hd.meaning("ca").kind is None
    assert hd.meaning("Sacramento, CA").kind != "corrective"
    assert hd.meaning("3 PM").kind != "preventive"


SLIDES = """Plan of Action - Wrenfield Prints
Why it happened
• We did not check the new printer's colour settings
• Our proof step was skipped on the rush orders
What we did
• Reprinted the 30 faded posters and sent them on 5 May
• Refunded the two buyers who did not want a reprint
How we prevent it
• A proof of every new design is checked against the sample card before printing
• The printer profile is locked and checked every Monday
"""


def test_a_slides_first_bullet_under_its_title_is_a_point() -> None:
    """A deck exported to text: each slide's title, then bullets. The first bullet under the
    title is the slide's first point even when its words ("We did not ...") could name a
    part; a bullet followed by its sibling bullets is a list, not a heading."""
    plan = parse_plan(SLIDES)
    assert len(plan.issues) == 1
    sections = plan.issues[0].sections
    assert list(sections) == PARTS
    assert sections["root_cause"][0].text.startswith("We did not check")
    assert len(sections["root_cause"]) == 2


def test_the_sellers_own_legal_team_doing_a_control_threatens_nobody() -> None:
    """A threat is pointed at the reader; the seller's legal team named as the one who
    approves, reviews or wrote the seller's own work is a control or an author."""
    threat = RULES_BY_ID["T3"]
    assert (
        threat.match("Each new bullet point is approved by the legal team before upload.") is None
    )
    assert threat.match("Prepared on 2 May 2026 by our Legal Department") is None
    assert threat.match("Our legal department audits ten listings every month.") is None
    assert threat.match("Our legal team will contact you if the page stays down.") == "legal team"
    assert threat.match("We have passed this to our legal department.") == "legal department"
    # a shield covers its own words only: a threat later in the sentence is still one
    said = "Checked by our legal team, and we will take legal action if this is not reversed."
    assert threat.match(said) == "legal action"


SHARED = """Root cause: our stock sync ran once a day, so sold-out items stayed listed.[x]

Corrective actions: we cancelled the 14 open orders and refunded them on 3 May.[y]

Preventive measures: the sync now runs every 15 minutes.

[x]Priya Shah:
Should we give the number of oversold orders here?

[y]Tom Ruiz (accounts):
The refunds came to $412.60.
"""


def test_comment_markers_of_a_shared_document_are_not_slots() -> None:
    """A shared document exported with its comments: "[x]" after a sentence marks where a
    comment belongs, and the comment itself opens a line at the end with the same key."""
    assert _slot_texts(SHARED) == []


def test_a_bracketed_key_with_no_note_of_its_own_is_still_a_slot() -> None:
    assert _slot_texts("We refunded [x] orders on 3 May.") == ["[x]"]


TEMPLATE = """## Details
**Store ID:** __________
**Notice date:** __________ (e.g. 4 June 2026)

### Prevention
_Describe what now stops this happening again. Who checks it, and when?_

1. __________
2. __________
"""


def test_a_short_example_after_a_blank_is_the_blanks_hint() -> None:
    assert "(e.g. 4 June 2026)" in _slot_texts(TEMPLATE)


def test_an_order_to_the_writer_followed_by_questions_is_guidance() -> None:
    """In a template, a line that orders the writer and then asks them what to say is the
    template's guidance; a question alone stays a form's heading."""
    texts = _slot_texts(TEMPLATE)
    assert any(t.startswith("_Describe what now stops") for t in texts)
    questions = "Why did it happen?\n\n[Your name]\n[Your store]\n[Date]\n"
    assert "Why did it happen?" not in _slot_texts(questions)


def _slot_texts(text: str) -> list[str]:
    return [slot.text for slot in slots(text)]
