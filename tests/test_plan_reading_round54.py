"""Classes first met in the fifty-fourth round of plans: each test is a small document written
for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from pathlib import Path

from poa.review.plan_text import read_plan
from tests.plan_classes import ALL_PARTS, parts_found, slot_texts

LEADER_HEADINGS = (
    "PROBLEM 1 - PARCELS LEFT UNSCANNED\n\n"
    "WHY IT HAPPENED .................................................\n\n"
    "Our evening packer skipped the scan step on 58 parcels during the March sale.\n\n"
    "WHAT WE FIXED ...................................................\n\n"
    "- 9 April: every one of the 58 orders was given its tracking number by hand.\n\n"
    "HOW WE PREVENT IT ...............................................\n\n"
    "- The label printer now refuses a parcel that has not been scanned first.\n"
)


def test_a_capital_heading_run_into_dots_is_a_heading_not_a_blank() -> None:
    """A leader of dots after a heading in capitals, its paragraph written below, is the
    heading's layout: the dots are no slot and the heading names its part."""
    assert slot_texts(LEADER_HEADINGS) == []
    assert parts_found(LEADER_HEADINGS) == [ALL_PARTS]


def test_a_field_run_into_dots_is_still_a_blank() -> None:
    """A field with a colon, or one over another field or a name, still waits for a value."""
    form = (
        "STORE NAME: ..........................\n"
        "ORDER COUNT ..........................\n"
        "SIGNED ...............................\n"
        "Mary Oduya\n"
    )
    assert len(slot_texts(form)) == 3


def test_a_label_before_a_tab_heads_the_answer_on_its_line() -> None:
    """A web form pasted as text: each question and its answer share a line, a tab between
    them. The question before the tab is the heading of the answer after it."""
    form = (
        "Store:\tHilltop Kitchenware\n\n"
        "Problem 1 - Orders cancelled\n\n"
        "Why did this happen?\tOur stock file stopped syncing on 3 May, so 40 sold-out items "
        "stayed listed.\n"
        "What did you do to fix it?\tWe repaired the sync on 6 May and delisted the 40 items.\n"
        "What steps will you take so that this does not happen in the future?\tA daily alert "
        "now tells Ravi when the sync is late.\n"
    )
    assert parts_found(form) == [ALL_PARTS]


def test_hashtags_alone_on_their_lines_label_the_parts() -> None:
    """A plan written as a post: each part under a hashtag alone on its line, its words run
    together. A tag that names a part is that part's label; the post's other tags are text."""
    post = (
        "#smallbusiness\n\n"
        "#WhyItHappened\n"
        "our label printer broke on 2 june and 31 parcels waited three days.\n\n"
        "#how_we_fixed_it\n"
        "we bought a second printer on 4 june and sent all 31 parcels the same day.\n\n"
        "#fromnowon\n"
        "the spare printer is tested every monday by jo so a breakdown never stops us.\n"
    )
    assert parts_found(post) == [ALL_PARTS]


def test_a_tag_of_no_part_is_no_heading() -> None:
    from poa.review.plan import parse_plan

    post = "#smallbusiness\nwe sell candles made by hand in our kitchen.\n"
    assert parse_plan(post).headings == []


def test_a_rule_under_a_signed_letter_is_no_line_to_sign() -> None:
    """A line of underscores under the closing and the writer's name parts the letter from its
    notes: the letter is signed. Over a "Signature" label, the line is still the signature's."""
    signed = (
        "Thank you for reading my appeal, I hope the shop can reopen.\n\n"
        "— Tomasz\n\n"
        "__________________________\n\n"
        "Notes\n\n1 The supplier's invoices are attached.\n"
    )
    assert slot_texts(signed) == []
    unsigned = "Kind regards,\n\nTomasz Nowak\n\n__________________________\nSignature\n"
    assert slot_texts(unsigned) == ["__________________________"]


def test_a_line_under_the_closing_itself_is_still_to_sign() -> None:
    letter = "Thank you for your help.\n\nYours faithfully,\n__________________\n{Shop_Name}\n"
    assert "__________________" in slot_texts(letter)


def test_the_title_of_a_pasted_chat_is_no_slot() -> None:
    """A bracketed line over a chat whose messages open on a time in brackets names where the
    chat came from; the same bracket over a plan's text is still a slot."""
    chat = (
        "[Walmart Seller Center - live chat with a partner agent]\n"
        "[03/04/2026 10:02] Seller (Moss Lane): hello, my account was suspended today\n"
        "[03/04/2026 10:03] Agent: Please send a plan of action.\n"
    )
    assert slot_texts(chat) == []
    form = "[Walmart Seller Center - add your partner ID]\nWe shipped late in May.\n"
    assert slot_texts(form) != []


def _shaded_plan(path: Path, lines: list[list[tuple[str, str | None]]]) -> Path:
    """A Word file of one paragraph per line, each run ``(text, its shading's fill or None)``."""
    import docx
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    document = docx.Document()
    for runs in lines:
        paragraph = document.add_paragraph()
        for text, fill in runs:
            run = paragraph.add_run(text)
            if fill is not None:
                shade = OxmlElement("w:shd")
                shade.set(qn("w:val"), "clear")
                shade.set(qn("w:fill"), fill)
                run._r.get_or_add_rPr().append(shade)
    document.save(str(path))
    return path


def test_a_shaded_fields_name_in_a_word_template_is_a_slot(tmp_path: Path) -> None:
    """A Word form shades the prompt where the writer types ("Type the shop name"), as another
    highlights it: a shaded name of a value is a field. White or automatic shading is none."""
    path = _shaded_plan(
        tmp_path / "form.docx",
        [
            [("Shop: ", None), ("Type the shop name", "E7E6E6")],
            [("Date of change: ", None), ("Pick a date", "D9D9D9")],
            [("We shipped every order by ", None), ("14 May 2026", "D9D9D9"), (".", None)],
            [("Owner: ", None), ("Lena Marsh", "FFFFFF")],
        ],
    )
    assert slot_texts(read_plan(path)) == ["[Type the shop name]", "[Pick a date]"]
