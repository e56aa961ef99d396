"""A note to the team whose second issue has only a bold title over plain paragraphs, and
advice in the second person as the plan's actions: each test is a small document written for
the class, not a line of any plan in the corpus."""

from __future__ import annotations

from poa.review.headings import FIX, meaning
from poa.review.plan import parse_plan
from tests.plan_classes import ALL_PARTS, parts_found

_FIRST_ISSUE = (
    "**Hi all, the plan for Etsy**\n\n"
    "Etsy wrote on 2 May about slow replies and a listing.\n\n"
    "**Slow replies to buyers**\n\n"
    "Why it happened: the inbox alerts went to an old phone that nobody looked at.\n\n"
    "What you must do now:\n"
    "- Answer the 14 open messages today.\n"
    "- Move the alerts to the shop tablet.\n\n"
    "From now on you should clear the inbox every morning before packing.\n\n"
)


def test_a_bold_title_after_a_whole_issue_opens_the_next_one() -> None:
    """A bold title alone, after an issue that told its cause, fixes and prevention, names
    the next problem; its plain paragraphs are its cause, what was done and what will stop it
    coming back, even when the cause and the fix share a paragraph."""
    note = _FIRST_ISSUE + (
        "**The wool scarf photos**\n\n"
        "The photos came from the mill's catalogue. Nobody asked the mill if we could use "
        "them. You need to take our own photos of the scarves; Ben already took new ones on "
        "6 May.\n\n"
        "Going forward, every new listing gets our own photos before it goes live.\n\n"
        "- Sam\n"
    )
    plan = parse_plan(note)
    assert [issue.title for issue in plan.issues] == [
        "Slow replies to buyers",
        "The wool scarf photos",
    ]
    assert parts_found(note) == [ALL_PARTS, ALL_PARTS]
    second = plan.issues[1]
    assert second.sections["root_cause"][0].text.startswith("The photos came from")
    assert second.sections["corrective"][0].text.startswith("You need to take")


def test_a_bold_line_over_a_note_stays_inside_the_part() -> None:
    """A bold line over text that tells no whole issue (a note on the parcels) is a
    sub-heading of the part it stands in, not an issue with nothing in it."""
    note = _FIRST_ISSUE + (
        "**Parcels**\n\nThe blue boxes are in the back room, next to the printer.\n"
    )
    assert [issue.title for issue in parse_plan(note).issues] == ["Slow replies to buyers"]


def test_a_bold_line_before_the_prevention_is_told_stays_inside_the_part() -> None:
    """Before the issue open has told its prevention, a bold line is a point of its fixes."""
    note = (
        "**Slow replies to buyers**\n\n"
        "Why it happened: the inbox alerts went to an old phone that nobody looked at.\n\n"
        "What you must do now:\n\n"
        "**Open messages**\n\n"
        "The cards ran out because nobody reordered them. You should answer the 14 open "
        "messages today. Going forward, check the inbox every morning.\n"
    )
    assert len(parse_plan(note).issues) == 1


def test_a_heading_that_tells_the_team_what_to_do_names_the_fixes() -> None:
    """ "What you should do now", "What we must do": advice to the team on what to do is the
    plan's actions."""
    assert meaning("What you should do now").kind == FIX
    assert meaning("What we must do").kind == FIX
    assert meaning("What you should do to stop it happening again").kind != FIX


def test_advice_in_the_second_person_is_an_action() -> None:
    """Under a bold title, advice on what to change ("make sure you …") with no date and no
    deed told is still the action the plan takes after the cause."""
    note = _FIRST_ISSUE + (
        "**The wool scarf photos**\n\n"
        "The photos came from the mill's catalogue and nobody asked the mill first.\n\n"
        "Make sure you swap the photos for our own in all six listings.\n\n"
        "Going forward, every new listing gets our own photos before it goes live.\n"
    )
    second = parse_plan(note).issues[1]
    assert [p.text[:9] for p in second.sections.get("corrective", [])] == ["Make sure"]
