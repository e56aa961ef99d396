"""Classes first met in the thirty-fifth round of plans: each test is a small document
written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from poa.review.headings import ROOT
from poa.review.placeholders import slots
from poa.review.plan import parse_plan
from poa.review.rules import sentence_hits


def _slots(text: str) -> list[str]:
    return [slot.text for slot in slots(text)]


def test_a_done_list_with_a_few_boxes_booked_ahead_has_no_slots() -> None:
    """A plan written as its own checklist ticks what was done and leaves a box or two open
    for what is booked but not yet due; its key ("[x] = done") explains the marks. None of
    those boxes is a slot."""
    text = (
        "Key: [x] = done   [ ] = booked, date given\n\n"
        "[x] Moved the packing bench next to the label printer on 2 May.\n"
        "[x] Refunded the 14 buyers whose parcels arrived late.\n"
        "[x] Added a second carrier collection on Saturdays.\n"
        "[x] Trained both packers on the scan-out step; sheet signed.\n"
        "[ ] Carrier review with the account manager, booked for 9 September.\n"
    )
    assert _slots(text) == []


def test_a_checklist_of_mostly_empty_boxes_is_still_the_templates() -> None:
    """A form's list of boxes, mostly empty, is left for whoever fills it in: its empty
    boxes, and any it ticks, are the template's own lines."""
    text = (
        "[ ] Invoices attached\n[x] Photos of packaging\n[ ] Tracking export\n"
        "[ ] Signed supplier letter\n"
    )
    assert len(_slots(text)) == 4


_PARTS = (
    "Issue 1 - Late dispatch\n\nRoot cause\n\nThe printer jammed on weekends and nobody"
    " checked the queue.\n\nCorrective actions taken\n\nWe replaced the printer on 4 May.\n\n"
    "Preventive measures\n\nThe shift lead checks the queue every morning.\n\n"
)


def test_a_closing_sentence_that_sums_up_the_causes_is_no_new_issue() -> None:
    """After the whole plan, a sentence that runs on past its colon ("Both failures had
    one cause in our own shop: …") sums up the causes already given: it is a clause, not
    a new issue's cause, under a "Closing" heading or in a PDF's text with no blank lines,
    where the last line before it (a table's row) has no full stop."""
    closing = (
        "Both failures had one cause in our own shop: a printer with no spare,\n"
        "and a queue nobody watched. We have fixed both.\n"
    )
    headed = _PARTS + "Closing\n" + closing + "\nSam Reed\n"
    pdf = (_PARTS + "Queue check Lead 4 May,\nClosing\n" + closing).replace("\n\n", "\n")
    for text in (headed, pdf):
        assert len(parse_plan(text).issues) == 1


def test_a_short_cause_label_after_the_plan_still_opens_a_part() -> None:
    """A label of three words or fewer ("Root cause: …") is a part's name wherever it stands;
    only a longer clause is read as a sentence."""
    text = _PARTS + (
        "Issue 2 - Wrong item\n\nRoot cause: a mislabelled bin.\n\n"
        "Corrective actions: we relabelled every bin.\n\n"
        "Preventive measures: a second scan at packing.\n"
    )
    plan = parse_plan(text)
    assert len(plan.issues) == 2
    assert set(plan.issues[1].sections) == {"root_cause", "corrective", "preventive"}


def test_a_bracket_that_names_who_fills_it_in_is_a_slot() -> None:
    """A template's bracket addressed to a role ("[STUDIO NOTE: ...]", a label in capitals
    and a colon) or handing the text to one ("[Studio to fill - ...]") is left for someone
    to write, whatever the role is called."""
    text = (
        "We refunded the buyers on 3 May.\n\n"
        "[STUDIO NOTE: one paragraph per answer, the form drops the rest]\n\n"
        "A: [STUDIO TO FILL - pick two (scan-out, weight) and adapt them]\n"
    )
    found = _slots(text)
    assert "[STUDIO NOTE: one paragraph per answer, the form drops the rest]" in found
    assert "[STUDIO TO FILL - pick two (scan-out, weight) and adapt them]" in found


def test_a_form_s_notes_to_its_writers_are_slots() -> None:
    """Notes about making the document, left in a form: a step left to the writer's choice
    ("OPTIONAL: ENCLOSE …"), a label closed by a full stop ("Internal use. …"), and the
    document held back until something is checked ("... - do not send until checked")."""
    text = (
        "We refunded the buyers on 3 May.\n\n"
        "Internal use. The studio lead fills in part 1; the drafter does parts 2 and 3.\n\n"
        "Drafter: ask the owner if the courier changed in May - do not send until checked.\n\n"
        "OPTIONAL: ENCLOSE A PHOTO OF THE NEW SHELF LABELS.\n\n"
        "Optional extras: we also added a second scale.\n\n"
        "We do not send any parcel until it is weighed.\n"
    )
    found = _slots(text)
    assert any(slot.startswith("Internal use.") for slot in found)
    assert any(slot.endswith("do not send until checked.") for slot in found)
    assert "OPTIONAL: ENCLOSE A PHOTO OF THE NEW SHELF LABELS." in found
    assert not any("second scale" in slot or "weighed" in slot for slot in found)


def test_a_sample_value_where_the_value_goes_is_a_template_slot() -> None:
    """In a template, "e.g." straight after a field's colon or the preposition that asks for
    the value ("refunded on e.g. 2 June") is the template's sample, left in; after a comma or
    a noun ("two carriers, e.g. a courier") it is the writer's own example."""
    template = (
        "Shop: [SHOP NAME]\nSeller ID: [SELLER ID]\nContact: [EMAIL]\n"
        "Date sent: e.g. 4 June 2026\n\n"
        "- Every buyer refunded on e.g. 2 June 2026.\n"
        "- We now use two carriers, e.g. a courier for heavy boxes.\n"
    )
    found = _slots(template)
    assert "e.g. 4 June 2026" in found
    assert "e.g. 2 June 2026" in found
    assert not any("courier" in slot for slot in found)
    assert _slots("Date sent: e.g. 4 June 2026\nWe refunded everyone.\n") == []


def _rules(text: str, kind: str) -> set[str]:
    return {rule.id for rule, _sentence, _trigger in sentence_hits(text, kind)}


def test_another_party_named_as_the_real_problem_is_blame() -> None:
    """ "The actual issue was the courier": the cause put on someone else, with nothing of
    the seller's own process in it. The seller's own step named as the cause is no blame."""
    assert "T2" in _rules("Honestly the actual issue was the courier, they skipped us.", ROOT)
    assert "T2" in _rules("The main cause is our suppliers and their late boxes.", ROOT)
    assert "T2" not in _rules("The main cause was our cut-off time, set after the pickup.", ROOT)


def test_the_shop_as_the_sellers_whole_income_is_a_plea() -> None:
    """Hardship in any wording of "all we live on" ("this store is my entire income") asks
    for sympathy; a figure of the shop's income in a cause is a fact."""
    assert "T1" in _rules("This store is my entire income, we are only two people.", ROOT)
    assert "T1" not in _rules("Returns cost 4% of the shop's income last quarter.", ROOT)
