"""Classes of template text first met in the thirty-first round of plans: each test is a small
document written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from pathlib import Path

from poa.review import review
from poa.review.headings import FIX, PREVENT, ROOT
from poa.review.placeholders import slots
from poa.review.plan import parse_plan
from poa.review.slot_masks import is_mask


def _slots(text: str) -> list[str]:
    return [slot.text for slot in slots(text)]


def test_comparison_signs_in_a_metrics_table_are_no_angle_bracket_slot() -> None:
    """A table row "Defect rate 0.4% 1.1% < 2%" and the next "Tracking 97.0% 96.2% > 95%" put
    a "<" and a ">" on the text, a line apart: signs between figures, not a bracket around a
    name. A bracket that opens a name ("<insert date>") is still a slot beside a figure."""
    table = (
        "Metric Week 1 Week 2 Target\n"
        "Order defect rate 0.4% 1.1% < 2%\n"
        "Valid tracking 97.0% 96.2% > 95%\n"
    )
    assert _slots(table) == []
    assert _slots("Cancellation rate 1.8% <= 2.5% and >= 1%\n") == []
    assert _slots("We refunded 14 orders on <insert date> in full.\n") == ["<insert date>"]
    # a mask inside is a slot whatever stands around it
    assert _slots("Order 12 < 123-XXXXXXX-XXXXXXX >\n") != []


def test_a_list_of_attachments_naming_a_template_is_no_template_title() -> None:
    """ "Attached: (1) updated returns template photo; (2) stock count" is a list whose first
    item names a thing the business uses; the "(" opens an item, not a remark after a title,
    so the line is not read as the document's own title in title case."""
    text = (
        "Our daily check is attached.\n"
        "Attached: (1) updated returns template photo; (2) stock count; (3)\n"
        "supplier letter.\n"
    )
    assert _slots(text) == []
    # a template's real title, with a remark after it, still is one
    assert _slots("Seller Appeal Template (still works 2026)\n") != []


def test_a_sample_id_with_a_short_last_group_of_x_is_a_mask() -> None:
    """ "LOT-XXXX-XX", "QC-XXX-XX": an id's kept prefix and its number groups in X, the run of
    three or more standing before the last, shorter group. A size ("XXL") is still a word."""
    assert is_mask("LOT-XXXX-XX")
    assert is_mask("QC-XXX-XX")
    assert not is_mask("XXL")
    assert not is_mask("AB-XX")
    assert "Batch LOT-XXXX-XX" not in _slots("Batch LOT-XXXX-XX was held.\n")
    assert "LOT-XXXX-XX" in _slots("Batch LOT-XXXX-XX was held.\n")


def test_a_sample_id_in_zeros_is_a_slot() -> None:
    """ "Case #0000000000": an id written as zeros waits for the real one. A figure with
    zeros in it ("1000000", "0.000001") is a value."""
    assert _slots("Case number: Case #0000000000\n") == ["0000000000"]
    assert _slots("We sold 1000000 units; the error was 0.000001 of sales.\n") == []


def test_a_yes_or_no_left_at_a_lines_end_is_a_slot() -> None:
    """ "Reported to the regulator? - confirm with QA (Y/N)": a choice still to make. The same
    mark answered on its line ("Refund issued (Y/N): Y") is a form's field with its value."""
    assert _slots("- Reported to the regulator? - confirm with QA (Y/N)\n") == ["(Y/N)"]
    assert _slots("- Buyers told (yes / no):\n") == ["(yes / no)"]
    assert _slots("- Refund issued (Y/N): Y\n") == []


def test_ticked_boxes_are_slots_only_in_a_checklist_still_open() -> None:
    """A plan's own list of what was done, every box ticked, is the plan's; a checklist that
    still has empty boxes is a template's working list, its ticked lines included."""
    done = "Actions\n- [x] Refunded all buyers\n- [x] Removed the listing\n"
    assert _slots(done) == []
    open_list = "Actions\n[x] Refunded all buyers\n[ ] Photos of the new labels\n"
    assert _slots(open_list) == ["[x]", "[ ]"]


def test_a_note_to_the_writer_in_several_sentences_is_one_slot() -> None:
    """Under a heading, a template's note gives an order in one sentence and says what the
    text should be like in the next ("State WHAT failed. Keep it specific, 3 points max.",
    "Avoid 'we hope' language."). Words quoted in single marks are the words to avoid, not the
    writer's own "we". A plan's sentence that opens with a verb does not speak of the text."""
    notes = [
        "State WHAT failed. Keep it specific, 3 points max.",
        "Write in the past tense. Each step gets a date.",
        "Avoid 'we hope' language.",
    ]
    text = "Store: [store name]\n\n1. Root cause\n" + "\n\n".join(notes) + "\n"
    found = _slots(text)
    for note in notes:
        assert note in found
    own = (
        "1. Root cause\nCheck-in of returns was skipped on weekends. Staff did not log them.\n"
        "2. Corrective actions\nRemove the old labels. We did this on 3 May.\n"
    )
    assert _slots(own) == []
    # a guide's line opens by telling how things are, and only then what to do
    guide = "The form has three boxes; keep each short and specific. Paste each part into its box."
    assert _slots(f"Store: [store name]\n\n{guide}\n") == ["[store name]"]


def test_a_labelled_model_answer_is_a_slot_but_a_labelled_list_of_ids_is_not() -> None:
    """'Example answer: "…"' or 'Sample wording: "…"' is a model for the writer to replace;
    "Sample orders: 1234, 5678" names real orders (a sample of them)."""
    text = (
        'Root cause\nTip: say who made the error.\nExample answer: "Our packer skipped the scan."\n'
    )
    assert 'Example answer: "Our packer skipped the scan."' in _slots(text)
    assert _slots("Root cause\nSample late orders: 5770148293, 5770169302 (list attached).\n") == []


def test_a_value_name_in_parentheses_after_the_thing_it_names_is_a_slot() -> None:
    """ "our WMS (WMS name)", "the wrong courier (courier name instead of courier name)": the
    parenthesis asks for the name of the thing just mentioned, in that thing's own words. A
    parenthesis that gives the value ("our WMS (ShipHero)") is the plan's."""
    assert _slots("Rules are locked in our WMS (WMS name) so nobody can change them.\n") == [
        "(WMS name)"
    ]
    line = "Parcels went with the wrong courier (courier name instead of courier name).\n"
    assert _slots(line) == ["(courier name instead of courier name)"]
    assert _slots("Rules are locked in our WMS (ShipHero) so nobody can change them.\n") == []


_LETTER = (
    "Dear Seller Support,\n\n"
    "Thank you for your message of 2 May about my shop. You told me that six orders arrived "
    "late because they did not ship within my handling time.\n\n"
    "The late orders were my mistake. I had set a handling time of one day, but I only went "
    "to the post office twice a week because I work alone, and I did not change the setting "
    "when my stock grew.\n\n"
    "On 4 May I moved the handling time to three days on every listing and paid back the "
    "postage on all six orders. I wrote to each buyer the same day.\n\n"
    "To stop this happening again, I now take parcels to the post office every weekday at "
    "2 pm, and each Monday I check that the handling time still matches my week.\n\n"
    "Yours sincerely,\n\nAnna Roe\n"
)


def test_a_letter_with_no_headings_tells_cause_fixes_and_controls_apart(tmp_path: Path) -> None:
    """A letter with no heading: its opening says back what the notice said (thanks, "you
    told me … because …"), then the writer's own cause, then a paragraph that opens with a
    date and what was done that day (the fixes, past tense), then the controls (present tense
    of a habit). The notice's account is not the cause when the writer's follows it."""
    plan = parse_plan(_LETTER)
    assert len(plan.issues) == 1
    sections = plan.issues[0].sections
    assert [p.text.split()[:3] for p in sections[ROOT]] == [["The", "late", "orders"]]
    assert [p.text.split()[:3] for p in sections[FIX]] == [["On", "4", "May"]]
    assert [p.text.split()[:3] for p in sections[PREVENT]] == [["To", "stop", "this"]]
    letter = tmp_path / "letter.txt"
    letter.write_text(_LETTER, encoding="utf-8")
    assert not [f for f in review(letter).errors if f.rule == "S1"]
    # with no cause of the writer's own after it, the notice's account is still read as one
    alone = _LETTER.replace(
        "The late orders were my mistake. I had set a handling time of one day, but I only "
        "went to the post office twice a week because I work alone, and I did not change the "
        "setting when my stock grew.\n\n",
        "",
    )
    sections = parse_plan(alone).issues[0].sections
    assert [p.text.split()[:3] for p in sections[ROOT]] == [["Thank", "you", "for"]]


def test_a_word_files_page_header_that_calls_it_a_template_is_read(tmp_path: Path) -> None:
    """Word keeps the page header out of the body, but prints it on every page: a header
    that speaks of the document as a template ("Template v2 - remove this header before
    sending") is template text left in, kept once after the body; a letterhead is not read
    as one."""
    import docx

    from poa.review.plan_text import read_plan

    def written(header: str) -> Path:
        document = docx.Document()
        document.sections[0].header.paragraphs[0].text = header
        document.add_paragraph("Root cause")
        document.add_paragraph("On 3 May our packer used the old label roll.")
        path = tmp_path / f"plan{len(header)}.docx"
        document.save(str(path))
        return path

    banner = "Appeal Template v2 - internal, remove this header before sending"
    text = read_plan(written(banner))
    assert text.rstrip().endswith(banner)
    assert text.index("Root cause") < text.index(banner)
    letterhead = "Northgate Prints Ltd - 4 Mill Lane, Leeds"
    assert letterhead not in read_plan(written(letterhead))


def test_a_note_on_a_step_before_sending_on_its_own_line_is_a_slot() -> None:
    """ "Manager sign-off needed before sending.": a line of its own, with no verb of its own,
    about a step in making the document; the plan's own sentence about a check that comes
    before something is sent ("Approval is required before sending any refund") is not."""
    assert _slots("Intro\nManager sign-off needed before sending.\n") == [
        "Manager sign-off needed before sending."
    ]
    assert _slots("Owner approval is required before sending any refund over $100.\n") == []
    assert _slots("Each listing gets a second check, required before submission.\n") == []
