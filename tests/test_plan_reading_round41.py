"""Classes of plan found in round 41, each with new examples of its own."""

from __future__ import annotations

from poa.review.headings import FIX, meaning
from tests.plan_classes import ALL_PARTS, parts_found


def test_a_heading_in_one_writers_voice_reads_as_a_teams() -> None:
    """A plan written by one person says "i" where a team says "we": "what i fixed", "what i
    did" name the fixes as "what we did" does; "in" or "it" is no speaker."""
    assert meaning("what i did").kind == FIX
    assert meaning("what i did").score == meaning("what we did").score
    assert meaning("in changes to come").kind != FIX
    text = (
        "hello etsy team\n\n"
        "how it went wrong\n"
        "- my printer broke on may 2 and i packed 11 orders without labels for three days\n\n"
        "what i did\n"
        "- bought a new printer on may 5 and reprinted all 11 labels\n"
        "- messaged each buyer and refunded postage on 4 orders\n\n"
        "going forward\n"
        "- i keep a spare printer and check the queue every morning\n"
    )
    assert parts_found(text) == [ALL_PARTS]
