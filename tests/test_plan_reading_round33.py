"""Classes first met in the thirty-third round of plans: each test is a small document
written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from poa.review.headings import CONTEXT, FIX, PREVENT, ROOT
from poa.review.line_units import HeadingLine
from poa.review.plan import parse_plan
from poa.review.plan_lines import read_lines

_ISSUES = (
    "ISSUE 1 - Slow replies\n\nRoot cause\nOne person read the inbox twice a week.\n\n"
    "What we fixed\n- 2 May: a second person was given access.\n\n"
    "What stops it happening again\n- The inbox is read every weekday by 10:00.\n\n"
    "ISSUE 2 - Late dispatch\n\nRoot cause\nThe courier came before packing ended.\n\n"
    "What we fixed\n- 3 May: handling time raised to 2 days.\n\n"
    "What stops it happening again\n- A 13:00 cut-off is checked daily by the packer.\n"
)


def test_a_banner_over_a_quoted_message_opens_none_of_the_plans_parts() -> None:
    """An e-mail reply with the marketplace's message quoted under a "---- Original message
    ----" banner, then the writer's own issues with bare part headings: the banner is over
    someone else's words, not a root cause, so the bare headings below still open the parts.
    A heading whose quoted point the writer answers in text under it stays a heading."""
    quoted = (
        "Hello team,\n\nOur plan is below.\n\n---- Original message ----\n"
        "> From: the marketplace\n> Your account is below standard.\n> Send a plan.\n\n"
    )
    plan = parse_plan(quoted + _ISSUES)
    assert len(plan.issues) == 2
    assert [sorted(issue.sections) for issue in plan.issues] == [sorted([ROOT, FIX, PREVENT])] * 2
    answered = (
        "POINT 1\n> Explain the root cause of the late orders.\n> Say which process failed.\n\n"
        "One person packed every order and the courier came at noon.\n"
    )
    heading = next(u for u in read_lines(answered.splitlines()) if isinstance(u, HeadingLine))
    assert heading.text == "POINT 1"
    assert heading.meaning.kind != CONTEXT


def test_a_table_of_contents_in_the_front_matter_is_no_issue() -> None:
    """A cover page, then "Contents" with numbered titles and their page numbers, then the
    sections: the contents repeat the part headings but open nothing; the plan has one issue
    with its three parts, not a "Contents" issue first."""
    front = (
        "PLAN OF ACTION\n\n## Contents\n\n1. Summary 2\n\n2. Root Cause Analysis 2\n\n"
        "3. Corrective Actions Taken 3\n\n4. Preventive Measures 4\n\n"
    )
    body = (
        "## 1. Summary\n\nNine buyers got used items sold as new.\n\n"
        "## 2. Root Cause Analysis\n\nReturns went back to new stock unopened.\n\n"
        "## 3. Corrective Actions Taken\n\n- 4 May: all returns moved to a separate cage.\n\n"
        "## 4. Preventive Measures\n\n- The returns clerk grades every return within 2 days.\n"
    )
    plan = parse_plan(front + body)
    assert len(plan.issues) == 1
    assert "Contents" not in [issue.title for issue in plan.issues]
    filled = sorted(k for k, v in plan.issues[0].sections.items() if v)
    assert filled == sorted([ROOT, FIX, PREVENT])


def test_a_numbered_prevention_section_after_numbered_issue_sections_covers_every_issue() -> None:
    """A PDF's numbered sections, one per issue ("1. On-time delivery (84%)"), each with its
    cause and fixes, then "4. Preventive measures" in the same numbering: the prevention is a
    section beside the issues and covers all three, not a part of the last one only."""
    parts = "Root cause\n{}\n\nCorrective actions taken\n- {}\n\n"
    plan = parse_plan(
        "Plan of Action\n\n"
        "1. On-time delivery (84%)\n\n"
        + parts.format("Lag time stayed at 1 day.", "20 Jan: lag time set to 2 days.")
        + "2. Valid tracking (96%)\n\n"
        + parts.format("Tracking was typed by hand.", "29 Jan: all numbers corrected.")
        + "3. Cancellations (3.4%)\n\n"
        + parts.format("Stock counts were stale.", "24 Jan: a full count was done.")
        + "4. Preventive measures\n\n"
        "Inventory syncs every 15 minutes; the operations lead checks it daily.\n"
    )
    assert [issue.title for issue in plan.issues] == [
        "On-time delivery (84%)",
        "Valid tracking (96%)",
        "Cancellations (3.4%)",
    ]
    assert [sorted(issue.sections) for issue in plan.issues] == [sorted([ROOT, FIX, PREVENT])] * 3


def _slots(text: str) -> list[str]:
    from poa.review.placeholders import slots

    return [slot.text for slot in slots(text)]


_TEMPLATE = "Partner ID: <<PARTNER ID>>\nNotice date: <<NOTICE DATE>>\nSigned: <<SELLER NAME>>\n\n"


def test_a_templates_orders_with_a_sample_answer_and_a_note_of_what_the_reader_wants() -> None:
    """In a template, an order to the writer followed by a sample answer in brackets ("Explain
    why it happened. (e.g. "Labels failed.")") is guidance left in, and so is an order
    followed by a note of what the marketplace wants ("Walmart wants owners and dates.").
    A sample in brackets alone on its line, or on a line that still holds a slot, is the
    template's; on a line the writer filled in, it is the writer's own example."""
    found = _slots(
        _TEMPLATE
        + 'Explain why orders shipped late. (e.g. "Labels were printed a day late.")\n\n'
        + "Describe long-term changes. Walmart wants processes, owners and timelines.\n\n"
        + "- Buyers were told on <<DATE>> (e.g. 4/25/2026).\n\n- (e.g. A daily 3 pm check.)\n\n"
        + "- We now describe fit in plain words (e.g. fits most phones), never in the title.\n"
    )
    assert 'Explain why orders shipped late. (e.g. "Labels were printed a day late.")' in found
    assert "Describe long-term changes. Walmart wants processes, owners and timelines." in found
    assert "(e.g. 4/25/2026)" in found
    assert "(e.g. A daily 3 pm check.)" in found
    assert "(e.g. fits most phones)" not in found


def test_a_forms_hint_beside_a_filled_field_is_no_slot() -> None:
    """A web form copied out with its answers: "Supporting documents (optional, max 5 files):
    invoice.pdf" is the form's hint beside its label, the field filled in. The same hint before
    a value still to write ("[list the files]") or before nothing is the template's."""
    filled = "Supporting documents (optional, max 5 files): invoice.pdf, orders.xlsx\n"
    assert "(optional, max 5 files)" not in _slots(_TEMPLATE + filled)
    for unfilled in ("[list the files]", ""):
        line = f"Supporting documents (optional, max 5 files): {unfilled}\n"
        assert "(optional, max 5 files)" in _slots(_TEMPLATE + line)


def _rule_ids(text: str) -> list[str]:
    from poa.banks import load_library
    from poa.review.plan_review import review_plan

    return [finding.rule for finding in review_plan(parse_plan(text), load_library(()), "ebay")]


def test_a_count_of_what_went_wrong_before_its_list_of_causes_is_no_vague_cause() -> None:
    """ "Two things went wrong, and both were ours:", then a point for each cause naming the
    step that failed, with figures: the sentence announces the causes the list names, so R1
    does not call the cause vague. With points that name nothing, or with no list after it,
    the same words are still a vague cause."""
    specific = (
        "1. Our listing template copied one compatibility line into 38 listings since 4 May.\n"
        "2. Buyer messages went to an old inbox that nobody checked after 6 February.\n"
    )
    vague = "1. Some mistakes.\n2. Bad luck.\n"
    plan = (
        "Root cause\n\nAll 9 cases were about used parts. Two things went wrong, and both were "
        "ours:\n\n{}\nCorrective actions\n\n- 12 March: refunded all 9 buyers in full.\n\n"
        "Preventive measures\n\n- The shop inbox is read every weekday by 10:00 by Tom.\n"
    )
    assert "R1" not in _rule_ids(plan.format(specific))
    assert "R1" in _rule_ids(plan.format(vague))
    assert "R1" in _rule_ids(plan.format("").replace("ours:", "ours."))


def test_a_motive_put_on_the_complaining_buyers_or_a_rival_is_blame() -> None:
    """ "The buyers who complained are just trying to get a free refund", "a competitor is
    reporting me": the complaint explained by the motive of the people who made it, not by
    anything in the seller's process, is blame (T2). A buyer trying to return an item is not."""
    from poa.review.rules import RULES_BY_ID

    blame = RULES_BY_ID["T2"]
    for sentence in (
        "The buyers who complained are just trying to get a free refund.",
        "Customers were only looking for a discount.",
        "I think a competitor is reporting my listings.",
    ):
        assert blame.match(sentence) is not None, sentence
    for sentence in (
        "Two buyers were trying to return items after 30 days.",
        "We compared our prices with a competitor every week.",
    ):
        assert blame.match(sentence) is None, sentence


def test_a_plea_that_says_why_it_is_written_is_not_read_as_the_cause() -> None:
    """A letter with no headings that opens "Please reinstate my account. I am writing
    because it was deactivated for ..." says back the notice; the writer's own account of why
    (here, blame of the buyers) comes next and is what is read as the cause, so the blame
    costs the cause's points as the rubric says, not only the tone's."""
    letter = (
        "Dear team,\n\nPlease reinstate my account. I am writing because my account was "
        "deactivated on 6 May because of complaints about my earbuds.\n\n"
        "The complaints happened because the buyers who complained are just trying to get a "
        "free refund, and they never read the pairing guide.\n\n"
        "I refunded the buyers already and removed the listing.\n\n"
        "From now on I will be more careful and check every product.\n"
    )
    plan = parse_plan(letter)
    cause = plan.issues[0].sections[ROOT]
    assert [p.text.split()[:3] for p in cause] == [["The", "complaints", "happened"]]


def test_a_corrective_and_preventive_heading_over_one_point_that_does_both() -> None:
    """Under "Corrective / preventive", one point: the fix with its status and date ("(done 3
    May)"), then what keeps watch from now on, then a closing word that is neither: the done
    fix is the corrective part and the rest the preventive, so neither part is missing."""
    plan = parse_plan(
        "Late shipment\n\nRoot cause: our handling time was 1 day, but testing took longer.\n\n"
        "Corrective / preventive: Handling time changed to 3 days on all listings (done 3 "
        "May). We will keep monitoring our late shipment numbers in Seller Hub.\n\n"
        "We expect our rate to improve by the next evaluation.\n"
    )
    sections = plan.issues[0].sections
    assert [p.text for p in sections[FIX]] == [
        "Handling time changed to 3 days on all listings (done 3 May)."
    ]
    assert sections[PREVENT][0].text.startswith("We will keep monitoring")
