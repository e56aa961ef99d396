"""Classes of layout and text first met in the twenty-fourth round of plans: each test is a
small document written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from poa.review.pdf_text import _running_header
from poa.review.placeholders import slots
from poa.review.plan import parse_plan
from poa.review.rules import sentence_hits

_RULE = "=" * 40

RULED = f"""NORTHWIND SUPPLY - PERFORMANCE IMPROVEMENT PLAN

{_RULE}
1. WHY THIS PLAN EXISTS
{_RULE}
No notice yet: our on-time rate fell to 88% in the window to 2 May.

{_RULE}
2. ISSUE A - LATE DELIVERY 88%
{_RULE}
Root cause (from a review of all 264 late orders, done 5 May by the ops lead and a packer):
 - 171 of 264: the new node's template promised 2-day delivery to zones that take five days.

Corrective actions (done):
 - Rebuilt the node's template with real transit days on 6 May.

Preventive measures:
 - Every Monday the ops lead reviews on-time delivery by node; under 92% raises an alert.

{_RULE}
3. CHECKPOINTS
{_RULE}
2026-05-04  DONE   Metrics flagged at the Monday review.
2026-05-11  DONE   Weekly check: on-time 94.6%.
2026-06-01  NEXT   Weekly check.
"""


def test_sections_boxed_between_rules_and_a_dated_log() -> None:
    """A banner between two rules heads a section of the whole document, numbered or not: a
    heading about the plan itself ("Why this plan exists") is its background, not a cause;
    "ISSUE A - …" names the issue; a banner whose words name no part ends the last part. A
    part's name with a remark in brackets before its colon opens that part. Lines that each
    open with a date are the rows of a log, one point each."""
    plan = parse_plan(RULED)
    assert len(plan.issues) == 1
    issue = plan.issues[0]
    assert "LATE DELIVERY" in issue.title
    assert list(issue.sections) == ["root_cause", "corrective", "preventive"]
    assert issue.sections["root_cause"][0].text.startswith("171 of 264")
    assert not plan.assumptions or all(a.part != "root_cause" for a in plan.assumptions)
    assert [p.text[:8] for p in issue.sections["preventive"]] == ["Every Mo"]
    log = [p for p in plan.context if p.text.startswith("2026-")]
    assert [p.line for p in log] == [23, 24, 25]
    assert "No notice yet" in plan.context[0].text


def test_a_parts_name_with_a_long_remark_before_its_colon() -> None:
    text = (
        "Root cause (found on 5 May by the two of us after reading every one of the 58 "
        "cancelled orders in the export):\n"
        "Our stock feed ran every four hours.\n\n"
        "Corrective actions:\nOn 8 May the feed moved to every 15 minutes.\n\n"
        "Preventive measures:\nEvery morning the ops lead reads the cancellation report.\n"
    )
    issue = parse_plan(text).issues[0]
    assert issue.sections["root_cause"][0].text == "Our stock feed ran every four hours."


def test_question_marks_of_disbelief_are_not_a_missing_value() -> None:
    assert not list(slots("The items are not original ?? I sourced them from the brand."))
    assert [s.text for s in slots("Refund date: ??\n")] == ["??"]
    assert [s.text[:2] for s in slots("We refunded ?? buyers in May.")] == ["??"]
    assert [s.text[:2] for s in slots("The parcels were shipped on ?? May.")] == ["??"]


def test_a_note_between_colleagues_about_a_named_template() -> None:
    """ "the Reno template" is a shipping template of the business; "this template" is the
    document, and an order about it is a template's note to the writer."""
    assert not list(slots("Notes:\n- Don't change the Reno template without asking Dana first.\n"))
    assert not list(slots("- Never edit the shipping template on a Friday.\n"))
    assert list(slots("Notes:\n- Don't change the headings of this template.\n"))


def test_a_form_field_answered_by_the_seller_is_no_slot() -> None:
    answered = "**Describe your issue**\n\nOur account was suspended on 6 June. We are sorry.\n"
    assert not list(slots(answered))
    assert list(slots("**Describe your issue**\n\n[Write here]\n"))
    assert list(slots("**Describe your issue**\n\n**Root cause**\n"))


def test_a_note_on_keeping_the_record_current_is_the_owners() -> None:
    line = "File: ops/plan.txt (keep this current - part 2 is pasted into a case if asked)\n"
    assert not list(slots(line))
    assert [s.text for s in slots("Root cause: (keep this short)\n")] == ["(keep this short)"]


def test_bracketed_orders_to_check_attach_or_copy_a_format() -> None:
    for slot in (
        "[Link to the shared folder]",
        "[Same format as 3.3]",
        "[Creator videos: confirm whether they were taken down.]",
        "<Checklist for supplement claims, attach as E3>",
        "[confirm if they're ok being named]",
    ):
        assert [s.text for s in slots(f"- {slot}\n")] == [slot], slot
    assert not list(slots("We removed the video [confirmed by the creator on 3 May]."))


def test_will_as_a_first_name_is_not_the_future_tense() -> None:
    def c1(text: str) -> list[str]:
        return [
            trigger for rule, _, trigger in sentence_hits(text, "corrective") if rule.id == "C1"
        ]

    assert c1("Feed moved to 15-minute updates on 8 May (IT - Will Brennan).") == []
    assert c1("Will B. rebuilt the feed on 8 May.") == []
    assert c1("We will rebuild the feed.") == ["will"]
    assert c1("Will rebuild the feed next week.") == ["Will"]


def test_a_pdfs_running_header_with_a_slot_is_kept_once() -> None:
    first = ["Plan of Action - [SHOP NAME] - Case Review", "Page 1", "Dear team,"]
    assert _running_header(first, {"Plan of Action - [SHOP NAME] - Case Review"}) == [first[0]]
    letterhead = ["Northwind Supply | Improvement Plan | Internal - 16 May", "Dear team,"]
    assert _running_header(letterhead, {letterhead[0]}) == []
