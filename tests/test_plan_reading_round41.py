"""Classes of plan found in round 41, each with new examples of its own."""

from __future__ import annotations

from poa.review.headings import FIX, meaning
from tests.plan_classes import ALL_PARTS, parts_found, slot_texts


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


def test_the_rest_of_a_templates_capitalised_fields_are_slots() -> None:
    """A template's fields in capitals also stand as a label's value, as one word that is a
    kind of value or a role, as a list of values named by its head noun, and under the
    closing where the signer's name and role go."""
    text = (
        "**Shop:** STORE LEGAL NAME (Partner Token PARTNER TOKEN)\n"
        "**Orders affected:** LIST OF ORDERS\n\n"
        "Our packer, working as our ROLE, checks each parcel every WEEKDAY before noon.\n"
        "2. Copies of invoice INVOICE NUMBER\n\n"
        "Kind regards,\n"
        "OWNER NAME\n"
        "POSITION TITLE, STORE LEGAL NAME\n"
    )
    found = slot_texts(text)
    for field in (
        "STORE LEGAL NAME",
        "PARTNER TOKEN",
        "LIST OF ORDERS",
        "ROLE",
        "WEEKDAY",
        "INVOICE NUMBER",
        "OWNER NAME",
        "POSITION TITLE",
    ):
        assert field in found, (field, found)


def test_a_plans_own_capitals_beside_labels_and_closings_are_no_slot() -> None:
    """A plan's own words in capitals stay its own: emphasis inside a longer run, a label's
    real value, a heading after an early "Thank you", the signer's real name and role."""
    text = (
        "**Marketplace:** WALMART US\n"
        "Thank you for reading.\n"
        "WHAT HAPPENED\n"
        "Every listing says CHECK THE PART NUMBER BEFORE BUYING and we ship on TIME.\n"
        "Sincerely,\n"
        "DANA OKAFOR\n"
        "OPERATIONS MANAGER, NORTHWIND GOODS\n"
    )
    assert slot_texts(text) == []


def test_a_bracketed_note_to_a_colleague_is_a_slot() -> None:
    """A shared draft's note to a colleague: a line that is one bracket opened by a name, a
    dash or a comma, then what is asked of them."""
    text = (
        "Root cause\n"
        "Our courier missed two collections in March.\n"
        "(Priya - please confirm the refund count with finance before we send.)\n"
        "[Tom Berg, check the dates against the carrier log]\n"
    )
    found = slot_texts(text)
    assert any(slot.startswith("(Priya - please") for slot in found), found
    assert any(slot.startswith("[Tom Berg, check") for slot in found), found


def test_a_plans_own_bracketed_aside_is_no_slot() -> None:
    """A plan's asides in brackets name a carrier or add a note for the marketplace; they ask
    no colleague for anything."""
    text = (
        "Corrective actions\n"
        "(FedEx - 3 parcels were returned to us on 4 May.)\n"
        "(Note: please find the invoices attached as Exhibit 2.)\n"
        "[Walmart, 2 May 2026]\n"
    )
    assert slot_texts(text) == []


def test_a_part_closing_the_last_issue_that_no_issue_claims_serves_every_issue() -> None:
    """Two issues written to one pattern (cause, fixes), then one prevention section after
    the last: it serves both issues, so neither lacks its prevention."""
    text = (
        "Issue 1: Late dispatch\n\n"
        "Why it happened\n"
        "Our only packer was off sick from 3 to 9 May and 22 orders left late.\n\n"
        "What we fixed\n"
        "We hired a second packer on 12 May and shipped every open order by 13 May.\n\n"
        "Issue 2: Wrong items sent\n\n"
        "Why it happened\n"
        "Two bins held look-alike SKUs, so 5 buyers got the wrong mug in April.\n\n"
        "What we fixed\n"
        "We refunded all 5 buyers on 2 May and relabelled both bins on 3 May.\n\n"
        "Keeping it from happening again\n"
        "Every morning the shift lead checks the dispatch queue and scans each item's barcode "
        "against the order before packing.\n"
    )
    assert parts_found(text) == [ALL_PARTS, ALL_PARTS]


def test_an_issue_with_parts_the_others_lack_keeps_its_closing_part() -> None:
    """When the last issue has a part no other issue has before its closing one, it is not
    written to the same pattern: its prevention is its own, and the first issue still lacks
    one."""
    text = (
        "Issue 1: Late dispatch\n\n"
        "Why it happened\n"
        "Our only packer was off sick from 3 to 9 May and 22 orders left late.\n\n"
        "Issue 2: Wrong items sent\n\n"
        "Why it happened\n"
        "Two bins held look-alike SKUs, so 5 buyers got the wrong mug in April.\n\n"
        "What we fixed\n"
        "We refunded all 5 buyers on 2 May and relabelled both bins on 3 May.\n\n"
        "Keeping it from happening again\n"
        "Every morning the shift lead scans each item's barcode against the order.\n"
    )
    assert parts_found(text) == [["root_cause"], ALL_PARTS]


def test_a_line_to_sign_on_under_a_closing_is_no_slot() -> None:
    """Underscores alone under "Signed," or "Yours sincerely," with the signer's name and role
    below are where the letter is signed by hand, not a slot."""
    text = (
        "We will send any further records you need.\n\n"
        "Yours sincerely,\n"
        "____________________\n"
        "Tomas Reyes\n"
        "Director, Reyes Outdoor Gear\n"
    )
    assert slot_texts(text) == []


def test_an_unsigned_line_with_a_slot_below_it_keeps_the_slot() -> None:
    """With a template's field below the line, the letter is unsigned: the field is a slot,
    and so is a blank anywhere else."""
    text = "Our refunds went out on ________.\n\nSigned,\n____________________\n[Your Name]\n"
    found = slot_texts(text)
    assert "[Your Name]" in found, found
    assert "________" in found, found


def test_a_worksheets_instructions_to_the_filler_are_slots() -> None:
    """A worksheet asks its filler to pick ("(choose one):" ending a label over boxes below) and
    to write ("Choose what fits and explain it in brief:"), also right under a rule of dashes,
    which ends what came before it as a blank line does."""
    text = (
        "Reason given by the marketplace (choose one):\n"
        "  [ ] Late delivery\n"
        "  [ ] Item not received\n"
        "----------------------------------------\n"
        "Choose what fits and explain it in brief:\n"
        "  [ ] The courier lost the parcel\n"
    )
    found = slot_texts(text)
    assert "(choose one)" in found, found
    assert "Choose what fits and explain it in brief:" in found, found


def test_a_plans_labels_and_lines_under_a_rule_are_no_slot() -> None:
    """A plan's label runs into its text after the colon, and its sentences under a rule
    speak as the seller or tell how things are."""
    text = (
        "----------------------------------------\n"
        "Change control for listings: every edit is checked by a second person.\n"
        "----------------------------------------\n"
        "We check every parcel against the order before it leaves.\n"
    )
    assert slot_texts(text) == []


def test_a_bracket_naming_the_signer_by_role_is_a_slot() -> None:
    """A bracket that names the person who signs by that part ("[Agency signatory]") is a
    slot, even over a line the writer filled with the shop's name."""
    text = (
        "We remain available for any questions.\n\n"
        "Kind regards,\n"
        "[Agency signatory]\n"
        "Blue Harbor Goods\n"
    )
    assert slot_texts(text) == ["[Agency signatory]"]


def test_orders_shouted_at_the_filler_are_a_slot_even_after_an_adverb() -> None:
    """A line in capitals of nothing but orders is the template shouting at its filler, also
    when an order opens with an adverb ("SIMPLY …", "ONLY …")."""
    text = (
        "Corrective actions\n\n"
        "SIMPLY STATE WHAT CHANGED. GIVE THE DAY IT CHANGED.\n"
        "- On 3 May we added a second courier pickup.\n"
    )
    assert slot_texts(text) == ["SIMPLY STATE WHAT CHANGED. GIVE THE DAY IT CHANGED."]


def test_a_plans_own_capitals_and_procedures_are_no_order() -> None:
    """A heading in capitals, a plan's procedure in its own case and a shouted warning that
    is one order are not the template's."""
    text = (
        "PREVENTIVE MEASURES. FROM NOW ON.\n"
        "Check the dispatch queue at 9 am. Update the carrier log by noon.\n"
        "ALWAYS SHIP WITHIN TWO DAYS.\n"
    )
    assert slot_texts(text) == []


def test_a_bracket_asking_for_a_length_of_text_is_a_slot() -> None:
    """A bracket that opens with how much the filler is to write, in sentences, words or
    paragraphs, is the template's instruction; a plan's brackets count what it did."""
    text = (
        "What went wrong (max 60 words, be honest):\n"
        "Summary (3-4 sentences)\n"
        "We refunded the buyers (12 orders) and withdrew a product range (2 lines) on 4 May.\n"
    )
    assert slot_texts(text) == ["(max 60 words, be honest)", "(3-4 sentences)"]


def test_what_a_writer_did_not_do_is_no_fix() -> None:
    """ "i did" names the fixes as "we did" does, but "i did not …" tells what failed: a
    letter's paragraphs read cause, fixes and prevention in turn."""
    text = (
        "Dear team,\n\n"
        "My sales doubled in spring, and I did not tell you about the print shop that now makes "
        "my mugs. That is why the shop was flagged.\n\n"
        "Since your message I have added the print shop as a partner and updated 14 listings."
        "\n\n"
        "From now on I add every new partner before the first listing and check them monthly."
        "\n\nThanks,\nIda\n"
    )
    assert parts_found(text) == [ALL_PARTS]
