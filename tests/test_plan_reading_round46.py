"""Classes of plan from round 46, each with new examples of its own."""

from __future__ import annotations

from poa.review.rules import sentence_hits
from tests.plan_classes import ALL_PARTS, parts_found, slot_texts

STATUS_CHECKLIST_PLAN = (
    "# Recovery plan - Larkspur Candle Co.\n\n"
    "## What went wrong\n\n"
    "Our wick supplier changed the wick size on 2 March and we did not test the new batch, "
    "so 38 candles tunnelled and buyers returned them.\n\n"
    "## Our checklist, week by week\n\n"
    "- Step; Task; Owner; Status\n"
    "- 1; Pull the 112 unsold candles of batch 14 from sale; Mira; Done 9 Mar\n"
    "- 2; Refund the 38 buyers in full; Tom; Completed 10 Mar\n"
    "- 3; Ask two other suppliers for wick samples; Mira; Open\n"
    "- 4; Burn-test three candles of every new batch before listing it; Tom; Recurring\n"
    "- 5; Log the wick size of each delivery in the batch sheet; Mira; Open\n"
)
"""A Word table's rows, as the DOCX reader gives them: list items, cells joined by "; "."""


def test_a_checklist_of_tasks_with_their_status_holds_the_fixes_and_the_controls() -> None:
    """A table of owned tasks under a heading that names no part, whose status column says
    where each stands: tasks done are the fixes, recurring ones (by status or by their words,
    "each delivery") the controls, and an open task goes with the part of the task before it."""
    assert parts_found(STATUS_CHECKLIST_PLAN) == [ALL_PARTS]
    no_status = STATUS_CHECKLIST_PLAN.replace("; Status", "; Notes")
    for status in ("Done 9 Mar", "Completed 10 Mar", "Open", "Recurring"):
        no_status = no_status.replace(f"; {status}\n", "; see sheet\n")
    assert parts_found(no_status) == [["root_cause"]]


PRESENT_PERFECT_LETTER = (
    "Dear Etsy Support,\n\n"
    "I am writing about the two listings of enamel pins that were taken down on 4 May.\n\n"
    "Looking back, the mistake was mine. I drew the pins from a cartoon character I liked "
    "and did not stop to think that the character belongs to a studio.\n\n"
    "Up to now I haven't put the pins back up. I have gone through my whole shop and deleted "
    "four more designs drawn from shows, and I've sent the leftover stock back to the maker "
    "to be melted down.\n\n"
    "From here on I'll only sell designs I came up with myself and I will check anything "
    "that looks like a character first.\n\n"
    "Kind regards,\nNell\n"
)


def test_a_letters_paragraph_of_deeds_in_the_present_perfect_is_its_fixes() -> None:
    """A letter with no headings: after the cause, a paragraph that reports what the writer
    has done ("I have gone through … and deleted …, I've sent …") is the fixes, as a paragraph
    of deeds in the past tense is; one that says what was learned is not."""
    assert parts_found(PRESENT_PERFECT_LETTER) == [ALL_PARTS]
    learned = PRESENT_PERFECT_LETTER.replace(
        "I have gone through my whole shop and deleted four more designs drawn from shows, "
        "and I've sent the leftover stock back to the maker to be melted down.",
        "I have learned a lot and I have realised how careless I was.",
    )
    assert not any("corrective" in parts for parts in parts_found(learned))


HALF_FILLED_FORM = (
    "SHOP APPEAL - LATE SHIPMENT\n\n"
    "Sent on: #SEND DAY#\n"
    "Store: *store name*\n"
    "Orders checked: #ORDER COUNT# (from the #REPORT#)\n\n"
    "Why it happened\n\n"
    "Our courier stopped collecting on Saturdays in May and we kept Saturday in our "
    "handling time; 31 orders waited until Monday.\n\n"
    "What we changed\n\n"
    "*explain the new handling time - check the numbers with Rosa*\n\n"
    "Regards,\n*signer name*\n"
)
FILLED_PLAN_WITH_MARKS = (
    "We re-shipped order #4471 and orders #4480 and #4481 on 6 May. We *never* ship on "
    "Saturdays now, and *every* parcel is scanned. Posts tagged #handmade #ceramics keep "
    "their photos. See the *shipping log* for the dates.\n"
)


def test_fields_between_single_hash_marks_or_asterisks_are_slots() -> None:
    """A field's name between two hash marks ("#ORDER COUNT#"), and between asterisks a value's
    name in lower case or an order to the writer: the marks stand as a template's brackets (in
    a Word file the asterisks are text, not emphasis)."""
    assert slot_texts(HALF_FILLED_FORM) == [
        "#SEND DAY#",
        "*store name*",
        "#ORDER COUNT#",
        "#REPORT#",
        "*explain the new handling time - check the numbers with Rosa*",
        "*signer name*",
    ]


def test_number_signs_hashtags_and_emphasis_are_no_slots() -> None:
    """Hash marks that are number signs or hashtags never close on a name; asterisks that
    stress a word of the plan, or a thing's name, are emphasis."""
    assert slot_texts(FILLED_PLAN_WITH_MARKS) == []


def test_a_bracketed_name_of_a_number_is_a_slot() -> None:
    """ "[Claim #]", like "[Claim number]": the name of a number to write in."""
    text = "We answered the buyer's claim [Claim #] on 4 May and refunded them the same day.\n"
    assert slot_texts(text) == ["[Claim #]"]


def _rule_ids(text: str, part: str) -> list[str]:
    """The ids of the sentence rules ``text`` breaks, read as the given part."""
    return [rule.id for rule, _, _ in sentence_hits(text, part)]


def test_a_question_that_opens_the_measures_is_no_promise() -> None:
    """ "How do we make sure this never happens again?" asks what the measures answer; the
    same words said as a statement are a promise."""
    assert "P1" not in _rule_ids("So how do we make sure this never happens again?", "preventive")
    assert "P1" in _rule_ids("We will make sure this never happens again.", "preventive")
