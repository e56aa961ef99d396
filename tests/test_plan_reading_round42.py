"""Classes of plan found in round 42, each with new examples of its own."""

from __future__ import annotations

from tests.plan_classes import slot_texts

ORDERS_FORM = (
    "ETSY SHOP REVIEW - RESPONSE FORM\n\n"
    "Shop details\n"
    "Give the shop name as it appears on your Etsy profile.\n"
    "Record the email address tied to the account.\n\n"
    "What went wrong\n"
    "Explain, in your own words, why the listings were flagged.\n"
    "Count the affected listings and sort them by product type.\n"
    "Cite two example listing numbers.\n\n"
    "What has been fixed\n"
    "Describe each change you made and the date you made it.\n"
    "Upload a screenshot for every change.\n\n"
    "What stops it again\n"
    "Name the person who reviews new listings before they go live.\n"
    "Close with your name, your role and the date.\n"
)


def test_a_template_whose_body_is_all_orders_has_every_order_as_a_slot() -> None:
    """A template that holds nothing under its headings but orders to the writer: the orders
    that open with any verb at all ("Record …", "Count …", "Cite two …", "Close with …") are
    its slots, as those opening with the commonest verbs of writing already were."""
    found = slot_texts(ORDERS_FORM)
    for order in (
        "Record the email address tied to the account.",
        "Count the affected listings and sort them by product type.",
        "Cite two example listing numbers.",
        "Upload a screenshot for every change.",
        "Close with your name, your role and the date.",
    ):
        assert order in found, (order, found)


def test_a_plans_own_list_of_checks_that_opens_with_verbs_is_no_slot() -> None:
    """A half-filled plan's own lines open with verbs too ("Check stock daily", "Confirm every
    label"), but the plan speaks for the seller elsewhere: the document is not all orders,
    and its lines are its own."""
    text = (
        "Store: [STORE NAME]\n"
        "Date: [DATE]\n"
        "Case: [CASE ID]\n\n"
        "Root cause\n"
        "We shipped 14 orders late because our label printer failed for three days.\n\n"
        "Preventive measures\n"
        "Check the printer queue every morning before 9 am.\n"
        "Confirm every label against the order list before pickup.\n"
        "Keep a spare printer in the packing room.\n"
        "Describe the weekly review here.\n"
    )
    found = slot_texts(text)
    assert "Check the printer queue every morning before 9 am." not in found
    assert "Confirm every label against the order list before pickup." not in found


def test_a_form_of_orders_that_never_speaks_to_the_writer_is_left_alone() -> None:
    """Without a word to the writer ("you", "your") the lines could be a checklist's own
    steps, kept by the seller: the verbs alone prove nothing."""
    text = (
        "Store: [STORE NAME]\n"
        "Date: [DATE]\n"
        "Case: [CASE ID]\n\n"
        "Daily routine\n"
        "Explain the delay to the buyer on the same day.\n"
        "Describe the fault in the packing log.\n"
        "Count the parcels against the pick list before pickup.\n"
        "Record the carrier's scan time for each parcel.\n"
    )
    assert "Count the parcels against the pick list before pickup." not in slot_texts(text)
    with_you = text.replace("the packing log", "your packing log")
    assert "Count the parcels against the pick list before pickup." in slot_texts(with_you)


def test_a_question_answered_by_its_options_is_a_slot() -> None:
    """In a template, a question whose answer is still the printed options ("Refund sent?
    Yes / No", "Label reprinted?  DONE / NOT DONE") is the choice nobody made."""
    text = (
        "Order number: [ORDER ID]\n"
        "Date: [DATE]\n"
        "Buyer: [BUYER NAME]\n\n"
        "Refund sent?  Yes / No\n"
        "Was the parcel insured? INSURED/UNINSURED\n"
        "We replaced the parcel on 4 May.\n"
    )
    found = slot_texts(text)
    assert "Yes / No" in found
    assert "INSURED/UNINSURED" in found
    assert not any("replaced" in slot for slot in found)


def test_a_note_between_opposing_angle_marks_is_a_slot() -> None:
    """ ">> Priya, check the refund total with accounts <<": a note left for a colleague;
    the words between two mail-merge fields ("<<DATE>> we did <<ACTION>>") are none."""
    found = slot_texts(
        "1. Refunded all 9 buyers on 3 June.\n"
        "2. >> Priya, check the refund total with accounts <<\n"
        "3. On <<DATE>> we did <<ACTION>>.\n"
    )
    assert ">> Priya, check the refund total with accounts <<" in found
    assert not any("we did" in slot for slot in found)


def test_a_bracketed_field_offering_a_choice_of_names_is_a_slot() -> None:
    """ "[Case / claim number]" alone on its line over the letter's opening: a pasted form's
    field names one thing; offering a choice of names, it is the template's field."""
    text = (
        "**Reference**\n\n"
        "[Case / claim number]\n\n"
        "Dear Seller Performance team,\n\n"
        "We have reviewed the notice and set out our plan below.\n"
    )
    assert "[Case / claim number]" in slot_texts(text)


def test_a_bracketed_note_of_the_drafts_approval_is_a_slot() -> None:
    """ "[Manager review - outstanding]", "[Awaiting client approval]": where the draft stands,
    not the plan's text."""
    text = (
        "We refunded order 112-4455667-1234567 on 2 May.\n\n"
        "Kind regards,\n"
        "Dana Ortiz\n"
        "Draft state: [Manager review – outstanding]\n"
        "[Awaiting client approval]\n"
    )
    found = slot_texts(text)
    assert "[Manager review – outstanding]" in found
    assert "[Awaiting client approval]" in found


def test_dots_that_lead_a_label_to_its_value_are_no_blank() -> None:
    """Rows of dots that lead from a label to its value ("Late shipment rate ....... 6.1%"),
    as in a table or a list of contents, are no blank; dots inside a sentence or at a line's
    end still are."""
    found = slot_texts(
        "Metrics on 1 May:\n"
        "  - Late shipment rate ..................... 6.1% (target under 4%)\n"
        "  - Cancellation rate ...... 1.9%\n"
        "Handling time was cut from ........ to 1 day.\n"
        "Signed ........\n"
    )
    assert not any("6.1%" in slot or "1.9%" in slot for slot in found)
    assert len(found) == 2, found
