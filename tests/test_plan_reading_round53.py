"""Classes first met in the fifty-third round of plans: each test is a small document written
for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from poa.review.plan_columns import column_plan
from poa.review.plan_text import read_plan
from tests.plan_classes import ALL_PARTS, parts_found, slot_texts


@pytest.mark.parametrize("blank", ["<< >>", "<<>>", "<<    >>", "(( ))"])
def test_a_pair_of_brackets_with_nothing_inside_is_a_field(blank: str) -> None:
    """A form's field left as its brackets alone, nothing or spaces between: the value to be
    typed in is missing, as much as when the brackets hold its name."""
    form = f"Shop name\n\n{blank}\n\nAccount number\n\n{blank}\n\nWe shipped late in May.\n"
    assert slot_texts(form).count(blank) == 2


def test_handlebars_data_variables_are_a_templates_fields() -> None:
    """A Handlebars loop's own count ("{{@index}}", "{{@key}}") is filled in by the engine,
    as its "{{this.name}}" and its "{{/each}}" are: never text a seller wrote."""
    template = (
        "Fixes made:\n\n{{#each fixes}}\n{{@index}}) {{this.what}} on {{this.when}}\n{{/each}}\n"
        "\nContacts: {{#each people}}{{@key}}{{/each}}\n"
    )
    found = slot_texts(template)
    assert {"{{@index}}", "{{@key}}", "{{this.what}}", "{{/each}}"} <= set(found)


def test_a_row_of_bracketed_fields_is_no_tables_header() -> None:
    """A blank tracker's row whose cells are only names in brackets ("[Root cause]",
    "[Corrective action]") is a row waiting for its values: the names are the template's
    fields, so the row is no header naming the parts of the rows below."""
    fields = ["2", "Refund rate", "[Root cause]", "[Corrective action]", "[Owner]"]
    assert column_plan(fields) is None
    header = ["No.", "Issue", "Root cause", "Corrective action", "Owner"]
    assert column_plan(header) == [None, None, "root_cause", "corrective", None]


def _tracker(path: Path) -> Path:
    """A spreadsheet printed to PDF: a header whose columns name no part clearly, then rows,
    two of them still rows of bracketed fields."""
    from weasyprint import HTML

    rows = [
        ("No.", "Topic", "Why", "Step", "Who"),
        ("1", "Refund rate", "Sizes ran small", "New size chart", "Ola"),
        ("2", "Refund rate", "[Root cause]", "[Corrective action]", "[Owner]"),
        ("3", "Late dispatch", "n/a", "[Preventive step]", "[Owner]"),
    ]
    style = "padding:0 24pt 6pt 0;white-space:nowrap"
    cells = "".join(
        "<tr>" + "".join(f"<td style='{style}'>{c}</td>" for c in row) + "</tr>" for row in rows
    )
    HTML(string=f"<p>Tracker</p><table>{cells}</table>").write_pdf(path)
    return path


@pytest.mark.slow
def test_a_bracketed_label_alone_in_a_pdf_tables_cell_is_a_slot(tmp_path: Path) -> None:
    """The same row in a spreadsheet printed to PDF: read as a header, its fields became the
    headings of the rows around it and were lost as slots."""
    text = read_plan(_tracker(tmp_path / "tracker.pdf"))
    assert {"[Root cause]", "[Corrective action]", "[Owner]"} <= set(slot_texts(text))


def test_a_colleagues_signed_sign_off_is_no_template_text() -> None:
    """A note one colleague leaves another on a finished plan, clearing it to go and signed
    with initials ("— T.", "- JB"), is no text of a template waiting to be filled in; a signed
    note that still asks for work is the draft's leftover."""
    plan = "We refunded the 12 buyers on 3 May.\n\nInternal note: ready to send as it is. - JB\n"
    assert slot_texts(plan) == []
    signed_ok = "Cause: the printer.\n\nInternal: OK to submit with the invoices. — T.\n"
    assert slot_texts(signed_ok) == []
    asking = "Cause: the printer.\n\nINTERNAL: ask Ola whether the May dates hold. — T.\n"
    assert slot_texts(asking) == ["INTERNAL: ask Ola whether the May dates hold. — T."]


_UNDERLINED = (
    "APPEAL\n======\n\n"
    "Store: Bramble Prints\n"
    "Reason for suspension: order defect rate of 2.4% in May\n"
    "Written by: Hal\n\n"
    "OVERVIEW\n========\n\nThis letter says why it happened and what changed.\n\n"
    "WHY\n===\n\nWhat went wrong\n---------------\n"
    "Our packer was off sick and parcels sat for three days.\n\n"
    "WHAT WE FIXED\n=============\n\nBacklog\n-------\n"
    "We shipped the 40 late parcels on 2 June and refunded 6 buyers.\n\n"
    "HOW WE PREVENT IT\n=================\n\nCover\n-----\n"
    "A second packer is trained and covers every absence; Hal checks the queue daily.\n"
)


def test_a_headers_reason_field_is_no_cause_before_the_plans_own() -> None:
    """A header's field naming the notice's reason ("Reason for suspension: …"), over a plan of
    one issue laid out in underlined headings ('====' over its parts, '----' under them): the
    field is background; the plan's own cause heading after it does not open a second issue."""
    assert parts_found(_UNDERLINED) == [ALL_PARTS]


_LETTER = (
    "Dear Etsy team,\n\n"
    "In March my kiln broke and I bought finished bowls from a wholesaler because nobody "
    "told me that needs a production partner, so they went out as handmade.\n\n"
    "Since your email I've removed all 9 of those listings and messaged the 15 buyers "
    "who bought one, offering each a full refund.\n\n"
    "Best wishes,\nMara\n\n"
    "P.S. From now on every listing is checked against your rules before it goes live, "
    "and I review the shop each month.\n"
)


def test_deeds_sharing_one_have_are_the_fixes_of_a_letter() -> None:
    """A letter with no headings tells its fixes in the present perfect, the second deed
    sharing the first's "have" ("I've removed the listings and messaged the buyers"): two
    deeds done, the letter's fixes, whatever the postscript after its closing adds."""
    assert parts_found(_LETTER) == [ALL_PARTS]
