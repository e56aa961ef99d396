"""Classes first met in the thirty-fourth round of plans: each test is a small document
written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from poa.review.headings import FIX, PREVENT, ROOT, meaning
from poa.review.placeholders import slots
from poa.review.plan import parse_plan
from poa.review.rules import sentence_hits


def _slots(text: str) -> list[str]:
    return [slot.text for slot in slots(text)]


def test_an_order_in_capitals_inside_a_sentence_is_a_slot() -> None:
    """A template that shouts its orders where the values go: "we restock every PUT NUMBER OF
    DAYS days" is a verb in capitals and the value's name, inside the writer's own sentence.
    A line all in capitals is a heading or a banner, and an acronym alone is no order."""
    text = (
        "Our courier collects at ENTER CUT-OFF TIME each weekday.\n"
        "We refunded TYPE ORDER COUNT orders on 3 June and added a second packer.\n"
        "ADD-ON SALES\n\nWe ADD FBA stock weekly.\n"
    )
    found = _slots(text)
    assert "ENTER CUT-OFF TIME" in found
    assert "TYPE ORDER COUNT" in found
    assert not any("SALES" in slot or "FBA" in slot for slot in found)


def test_a_questioned_not_applicable_is_a_note_to_self() -> None:
    """ "N/A?" is the writer unsure whether a point applies: with the note after it, to its
    line's end, or the parenthesis that holds it. "N/A" alone answers the question."""
    text = (
        "- Refund affected buyers – n/a? the store already refunded them\n"
        "- Packaging change (bubble wrap for glass? N/A? – ask the packer)\n"
        "- Carrier change: N/A\n"
    )
    found = _slots(text)
    assert "n/a? the store already refunded them" in found
    assert "(bubble wrap for glass? N/A? – ask the packer)" in found
    assert not any(slot.startswith("N/A") and "?" not in slot for slot in found)


def test_a_bracket_left_to_the_writer_after_a_dash_is_a_slot() -> None:
    """ "[Photos of the new box - if available]" leaves the writing to whoever fills the
    template in, as "[Photos of the new box, if available]" does."""
    text = "We attach [Photos of the new box – if available] and the invoice.\n"
    assert "[Photos of the new box – if available]" in _slots(text)


def test_a_field_straight_over_the_next_parts_heading_is_not_answered() -> None:
    """A bracket on its own line is a pasted form's field when the writer's answer follows it;
    straight over the next part's heading ("3. Preventive measures in place") it has no
    answer, and is the template's own line left in."""
    text = (
        "1. Root cause\n\nThe label printer jammed on weekends.\n[Root cause 2]\n"
        "2. Corrective actions taken\n\nWe replaced the printer on 4 May.\n"
    )
    assert "[Root cause 2]" in _slots(text)
    answered = "[Root cause]\nThe label printer jammed on weekends and nobody checked the queue.\n"
    assert "[Root cause]" not in _slots(answered)


def _rules(text: str, kind: str) -> set[str]:
    return {rule.id for rule, _sentence, _trigger in sentence_hits(text, kind)}


def test_what_then_happens_to_the_things_a_done_fix_acted_on_is_no_future_fix() -> None:
    """After a done fix, a sentence whose subject is the things it acted on says what will
    then happen to them, however long their name (a place, an id in brackets); "we" before
    the "will" makes it the seller's own plan again, a fix not yet done."""
    done = "3 March 2026 - Pulled every unit of the faulty charger from sale. "
    things = (
        "The 64 chargers in our Leeds store and the 40 at the fulfilment centre (removal "
        "RX-20511) are boxed and will be sent back to the maker for recycling."
    )
    assert "C1" not in _rules(done + things, FIX)
    ours = "Then the 40 chargers that we still hold at the fulfilment centre will be sent back."
    assert "C1" in _rules(done + ours, FIX)


def test_a_mistake_pointed_back_at_is_the_failure_told_before_it() -> None:
    """ "This pricing mistake was made by us in March" points at the failure the sentences
    before it told (the step, the count): it owns it, it is not vague. "Mistakes were made"
    with nothing to point at is, and so is anything else vague beside the pointer."""
    told = (
        "The sale price for 12 lamps was typed without its decimal point. "
        "This pricing mistake was made by us when we loaded the spring sale."
    )
    assert "R1" not in _rules(told, ROOT)
    assert "R1" in _rules("Some mistakes were made when we loaded the spring sale.", ROOT)
    vague = "This mistake was made by us because of a system glitch."
    assert "R1" in _rules(vague, ROOT)


def test_a_timeline_after_numbered_issue_sections_is_their_shared_prevention() -> None:
    """A PDF in numbered sections with no blank lines around their titles: "1. Summary",
    "2. Issue 1 - ...", "3. Issue 2 - ...", then "4. 12-Week Plan" and "5. Review". The plan
    laid out over weeks ahead is the prevention of both issues, at their level, not more of
    the last issue's fixes."""
    text = (
        "1. Summary\nTwo metrics fell below the standard in May.\n"
        "2. Issue 1 - Late dispatch\nRoot cause: One packer worked alone on Saturdays.\n"
        "Actions taken:\n- 4 May: a second packer now works on Saturdays.\n"
        "3. Issue 2 - Cancellations\nRoot cause: Stock counts were typed in by hand.\n"
        "Actions taken:\n- 6 May: the 14 wrong counts were corrected.\n\n"
        "4. 12-Week Plan\nWeeks 1-4: the stock sheet is linked to the shop every hour.\n"
        "Weeks 5-12: the packer checks the dispatch queue at 14:00 each day.\n"
        "5. Review\nThe owner reads the metrics page every Monday.\n"
    )
    plan = parse_plan(text)
    assert [issue.title for issue in plan.issues] == ["Issue 1", "Issue 2"]
    for issue in plan.issues:
        assert sorted(k for k, v in issue.sections.items() if v) == sorted([ROOT, FIX, PREVENT])
        assert any(
            "12-Week Plan" in p.text or "Weeks 1-4" in p.text for p in issue.sections[PREVENT]
        )
    assert meaning("30-day schedule").kind == PREVENT
    assert meaning("Delivery schedule").kind != PREVENT


def test_a_letter_that_opens_by_introducing_its_writer_has_its_cause_after() -> None:
    """A letter with no headings whose first paragraph introduces the writer and says back what
    the notice did ("Hello, my name is … my account was limited because …"): the writer's own
    account of why, in the next paragraph, is the cause, even when it puts it on others."""
    text = (
        "Dear team,\n\n"
        "Hello, my name is Lena Marsh and I sell garden tools since 2018. On 4 May my account "
        "was limited because of late shipments, and I was upset because I always ship fast.\n\n"
        "The late parcels happened because the courier lost a whole van of parcels in April "
        "and the depot was closed for 5 days.\n\n"
        "I have refunded the 11 buyers on 6 May and sent new parcels with tracking.\n\n"
        "From now on I check the courier's depot status every morning before booking.\n"
    )
    plan = parse_plan(text)
    cause = plan.issues[0].sections[ROOT]
    assert cause[0].text.startswith("The late parcels happened")
    assert not any("my name is" in p.text for p in cause)


def test_a_measure_only_to_weigh_up_is_a_promise() -> None:
    """ "Look into a second courier", "We will consider a stock app", "make improvements where
    needed": something to think about later commits to nothing a reviewer can check. A done
    fix "made changes where needed" is told, not promised; a control that runs is no hedge."""
    assert "P1" in _rules("Look into a stock app that links to the shop.", PREVENT)
    assert "P1" in _rules("We will consider a second courier for big orders.", PREVENT)
    assert "P1" in _rules("We review the process and make improvements where needed.", PREVENT)
    assert "P1" not in _rules("We reviewed the listings and made changes where needed.", FIX)
    assert "P1" not in _rules("The packer checks the dispatch queue at 14:00 every day.", PREVENT)


def test_the_writer_doing_the_check_owns_the_measure() -> None:
    """In a shop one person runs, "I review the sheet on the last Sunday of each month" names
    who runs the measure: the writer, who signs the plan. "I will be more careful" runs
    nothing, and "we check" still names no one."""
    from poa.review.measures import names_an_owner

    assert names_an_owner(
        "I now check every new listing against the brand list before it goes live."
    )
    assert names_an_owner("Each Friday I compare the source sheet with the live prints.")
    assert not names_an_owner("I will be more careful with the photos from now on.")
    assert not names_an_owner("We check the listings every week.")
    assert not names_an_owner("Every listing is checked.")


def test_a_motive_put_on_the_people_who_complained_is_blame() -> None:
    """Saying the complaints were made for something free ("they said that to get free return
    shipping", "people just wanted a refund") puts the failure on the buyers (T2); a plan that
    gives buyers something free as its own fix blames no one."""
    assert "T2" in _rules(
        "Some people just wanted a refund, so they said the drill was used.", ROOT
    )
    assert "T2" in _rules("A few buyers said that to get free return shipping.", ROOT)
    assert "T2" in _rules("I think they opened cases to claim a free replacement.", ROOT)
    assert "T2" not in _rules("We sent all 14 buyers a replacement at no cost on 3 May.", FIX)
    assert "T2" not in _rules("Buyers wanted the item sooner than our handling time.", ROOT)
