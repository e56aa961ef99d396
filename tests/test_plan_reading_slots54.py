"""Slots the fifty-fourth round's templates left and the reader missed, by class: each test is
a small document written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from tests.plan_classes import slot_texts


def test_a_parenthesis_leaving_its_text_to_be_written_is_a_slot() -> None:
    """A template's note in brackets that says its text is still to be written, alone or with
    what to write after a dash or a colon, stands where the writer's words belong."""
    draft = (
        "Root cause\n\n"
        "We looked at the late parcels and found that (still to write).\n\n"
        "Actions\n\n"
        "- We changed the courier (to be filled in: the date and the new courier's name)\n"
        "- (To add - the training given to the packing team)\n"
    )
    assert slot_texts(draft) == [
        "(still to write)",
        "(to be filled in: the date and the new courier's name)",
        "(To add - the training given to the packing team)",
    ]


def test_a_parenthesis_saying_what_an_action_was_for_is_the_writers_own() -> None:
    """'(to complete the refund)' says why a step was taken: the writer's own words."""
    plan = (
        "We called each of the 12 buyers (to complete the refund) on 3 May and sent a label "
        "(to add a tracked return) the same day.\n"
    )
    assert slot_texts(plan) == []
