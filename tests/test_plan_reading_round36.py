"""Classes first met in the thirty-sixth round of plans: each test is a small document
written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from poa.review.measures import names_an_owner
from poa.review.plan import parse_plan
from tests.plan_classes import ALL_PARTS, parts_found, slot_texts


def test_a_tables_header_row_under_a_part_heading_opens_the_part() -> None:
    """A PDF loses a table's lines: its header row of column names stands alone under the
    part's heading. It is the part's first line, not a heading that leaves the part empty."""
    text = (
        "Root cause\n"
        "Our label printer failed on 4 March and nobody checked the print queue for two days.\n"
        "Corrective actions\n"
        "Date Metric Step Owner Status\n"
        "5 March 2026 Late dispatch Replaced the label printer and reprinted 88 labels.\n"
        "Ana Done\n"
        "6 March 2026 Late dispatch Messaged the 88 buyers with new tracking numbers.\n"
        "Ana Done\n"
        "Preventive measures\n"
        "The shift lead checks the print queue at 9:00 and 14:00 every working day.\n"
    )
    assert parts_found(text) == [ALL_PARTS]


def test_a_part_heading_that_names_several_issues_covers_each_of_them() -> None:
    """Three issues, the last two sharing their fixes and prevention under headings that say
    so ("for issues 2 & 3"): each of those issues has those parts."""
    text = (
        "## Issue 1 - Damaged parcels\n\n### Root cause\n\nThin boxes for glass items.\n\n"
        "### Corrective actions\n\nRefunded all 9 buyers on 2 May.\n\n"
        "### Preventive measures\n\nThe packer uses double-wall boxes; the lead checks daily.\n\n"
        "## Issue 2 - Late dispatch\n\n### Root cause\n\nOne packer covered two shifts.\n\n"
        "## Issue 3 - Invalid tracking\n\n### Root cause\n\nTracking was typed in by hand.\n\n"
        "### Corrective actions for issues 2 & 3\n\nHired a second packer on 3 May and "
        "connected the carrier feed on 4 May.\n\n"
        "### Preventive measures, shared by issues 2 and 3\n\nThe lead reviews dispatch and "
        "tracking every Monday against a 2% limit.\n"
    )
    assert parts_found(text) == [ALL_PARTS, ALL_PARTS, ALL_PARTS]


def test_question_worded_run_in_labels_open_the_parts_of_a_letter() -> None:
    """A letter's bold run-in labels asked as questions ("Why it went wrong. …"), with the
    bold lost in a PDF's text: each label that names a part clearly opens it, issue by issue."""
    text = (
        "Dear Etsy Trust and Safety team,\n"
        "Thank you for your message about our shop.\n\n"
        "Orders shipped late\n"
        "Why it went wrong. Our only packer was ill for a week in May and orders\n"
        "waited in the queue.\n"
        "What we have fixed. Every waiting order left within two days and the buyers had\n"
        "an apology.\n"
        "How we stop it happening again. A second person is trained to pack.\n\n"
        "Photos that did not match\n"
        "Why it went wrong. The photos showed an older glaze colour.\n"
        "What we have fixed. All photos were taken again in the current glaze.\n"
        "How we stop it happening again. New photos are taken for every new batch.\n"
    )
    assert parts_found(text) == [ALL_PARTS, ALL_PARTS]


def test_a_question_word_that_opens_a_plain_sentence_is_no_label() -> None:
    """A sentence that opens on a question word and names no part is the letter's own text."""
    assert parse_plan("What matters most. We ship every order the same day.\n").headings == []


def test_notes_about_the_draft_itself_are_slots() -> None:
    """Whatever their words, notes about the draft are for its writers, not the marketplace:
    a banner holding it back, a note to oneself labelled in capitals, and the comments a
    document editor exports at the end, keyed to letters in the text."""
    banner = "Version 3 (draft) - don't submit yet\n\nDear team,\n"
    assert slot_texts(banner) == ["Version 3 (draft) - don't submit yet"]
    aside = "We refunded 12 buyers on 3 May. NOTE FOR SAM: check the refund total first\n"
    assert slot_texts(aside) == ["NOTE FOR SAM: check the refund total first"]
    comments = (
        "We replaced the courier on 5 May.[e]\n\n"
        "[e]Jo Marsh: Confirm the date with the warehouse before this is submitted.\n"
    )
    assert slot_texts(comments) == [
        "[e]Jo Marsh: Confirm the date with the warehouse before this is submitted."
    ]


def test_a_plans_own_sending_and_brackets_are_no_draft_notes() -> None:
    """The stock is sent, checked before it goes out: a plan's own sentences. A bracket in
    the text with a letter ("[a] see the invoice") is a reference, not an editor's comment."""
    text = (
        "Every unit is checked before it is sent to the warehouse.\n"
        "We do not send any order without a tracking number.\n"
        "[a] Invoice 2291 from the brand's distributor.\n"
    )
    assert slot_texts(text) == []


def test_latin_filler_beyond_its_first_words_is_a_slot() -> None:
    """Filler text runs on past "lorem ipsum" into other Latin sentences; in a document that
    holds it, each sentence in Latin is filler too. English sentences beside it are not."""
    text = (
        "Root cause\n\nLorem ipsum dolor sit amet, consectetur adipiscing elit.\n\n"
        "Corrective actions\n\nAt vero eos et accusamus et iusto odio dignissimos ducimus qui "
        "blanditiis praesentium voluptatum deleniti atque corrupti.\n\n"
        "Preventive measures\n\nSeller name, merchant token, partner ID and case number go here "
        "in the header.\n"
    )
    found = slot_texts(text)
    assert any(s.startswith("At vero eos") for s in found)
    assert not any("Seller name" in s for s in found)


_TEMPLATE = (
    "Seller: [Seller Name]\nStore ID: [Store ID]\nDate: [Date]\n\n## Corrective actions\n\n{}\n"
)


def test_a_templates_points_that_describe_what_to_write_are_slots() -> None:
    """A template's grey points say what goes there, in noun phrases: a clause about the
    writer with no question mark, a thing with the questions its answer must settle, a short
    choice of kinds. In a template, each is a slot."""
    points = [
        "Why you think the listing was flagged (rules, words, photos)",
        "Supplier or courier change, who approved it and when it started",
        "Refund, replacement or credit",
    ]
    found = slot_texts(_TEMPLATE.format("\n".join(f"- {p}" for p in points)))
    for point in points:
        assert point in found


def test_a_templates_filled_points_and_questions_are_not_described() -> None:
    """In the same template, a point the writer filled ("We refunded …"), a form's question
    ("What have you done?") and a point that is a sentence are not guidance."""
    points = [
        "We refunded all 14 buyers on 3 May",
        "What have you done to fix it? (Corrective actions)",
        "Training is weekly, owner and checks are logged",
    ]
    found = slot_texts(_TEMPLATE.format("\n".join(f"- {p}" for p in points)))
    assert found == ["[Seller Name]", "[Store ID]", "[Date]"]


def test_a_person_named_in_the_passive_or_with_a_role_in_brackets_owns_the_check() -> None:
    """Named owners told two more ways: the check in the passive with its person after "by"
    ("reviewed every Friday by Noor"), and a name with the role in brackets before the verb
    ("Lena Vogt (returns) answers ..."). A day or month after "by" is a deadline."""
    assert names_an_owner("The refund log is reviewed every Friday by Noor.")
    assert names_an_owner("Lena Vogt (returns) answers every open request by 15:00.")
    assert not names_an_owner("All listings will be checked again by Friday.")
    assert not names_an_owner("The new labels were approved by March.")
