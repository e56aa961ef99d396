"""Classes of template text first met in the thirtieth round of plans: each test is a small
document written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from pathlib import Path

from poa.review import review
from poa.review.findings import Finding
from poa.review.placeholders import slots
from poa.review.score import score


def _slots(text: str) -> list[str]:
    return [slot.text for slot in slots(text)]


def test_a_labelled_example_in_a_list_is_the_note_without_its_bullet() -> None:
    """ "- Example: A weekly audit is run by …": a template's example answer, labelled as one,
    on a point of a list. The bullet or the number is the list's mark, not a word of the note
    (as a note's emphasis is not), so the slot reads from its label on."""
    text = (
        "Preventive measures\n"
        "- Example: A weekly audit of twenty parcels is run by the packing lead every Friday.\n"
        "2. Tip: give each measure an owner and a day of the week.\n"
        "- Owner: [name]\n"
    )
    assert _slots(text) == [
        "Example: A weekly audit of twenty parcels is run by the packing lead every Friday.",
        "Tip: give each measure an owner and a day of the week.",
        "[name]",
    ]


def test_an_order_to_the_writer_with_an_example_after_it_is_one_slot_in_a_template() -> None:
    """In a template (slots already found), "Explain what went wrong. e.g. "Our packer …"" is
    an order followed by an example of what to write: the example speaks as the seller it is
    written for, and is part of the guidance, even where the line before (a heading with no
    stop) does not end a sentence. A plan's own sentence with "e.g." in it speaks as "we"."""
    line = 'Explain what went wrong. e.g. "Our packer used the old label roll."'
    template = f"Store: [store name]\nCase: [case number]\nDate: [date]\n\n1. Root Cause\n{line}\n"
    assert line in _slots(template)
    own = (
        "Store: [store name]\nCase: [case number]\nDate: [date]\n\n1. Root Cause\n"
        "We used the old label roll. e.g. the one from March.\n"
    )
    assert _slots(own) == ["[store name]", "[case number]", "[date]"]
    # without slots elsewhere the document is not shown to be a template: this scan is not run
    filled = f"1. Root Cause\n{line}\nOur packer used the old label roll on 3 May.\n"
    assert line not in _slots(filled)


_WRITTEN = (
    "# Plan of action\n\n## Root cause\n\nOn 3 May our packer used the old label roll, so 41 "
    "parcels left with a wrong carrier code.\n\n## Corrective actions\n\n- On 5 May we "
    "re-labelled the 41 parcels and sent each buyer the new tracking number.\n\n"
    "## Preventive measures\n\n"
)


def _unwritten(tmp_path: Path, preventive: str) -> tuple[list[Finding], int, dict[str, int]]:
    plan = tmp_path / "plan.md"
    plan.write_text(_WRITTEN + preventive, encoding="utf-8")
    report = review(plan)
    return [f for f in report.findings if f.rule == "S1"], report.score, score(report.findings)[1]


def test_a_part_that_is_mostly_the_templates_slots_is_not_written(tmp_path: Path) -> None:
    """A part made of the template's slots ("[Preventive measure]", "[Owner]", "TBD") has a
    heading but was never written: it is missing, as a part with no heading is, and costs its
    whole area. A written part with one slot left in it is a written part with a slot."""
    found, slotted, areas = _unwritten(
        tmp_path, "- [Preventive measure]\n- [Owner, how often]\n- TBD\n"
    )
    assert [(f.area, f.severity) for f in found] == [("preventive", "error")]
    assert "still the template's" in found[0].message
    assert areas["preventive"] == 0  # its 20 points are all gone
    assert areas["root_cause"] > 0 and areas["corrective"] > 0  # the written parts keep theirs
    written = (
        "- From 6 May the shift lead scans the first label of each roll against the carrier "
        "list every morning, and logs it; owner: [name].\n"
    )
    found, kept, areas = _unwritten(tmp_path, written)
    assert found == []
    assert areas["preventive"] > 0
    assert kept > slotted


def test_people_counted_as_capacity_are_not_a_measures_owner(tmp_path: Path) -> None:
    """ "Make sure we have enough staff", "extra packers at peak": a headcount says how many
    people work, not who runs the measure, so the measures still name no owner (P2). A role
    that runs it ("the packing lead") is one, and so is "more" before something else."""

    def owner_missing(preventive: str) -> bool:
        plan = tmp_path / "plan.md"
        plan.write_text(_WRITTEN + preventive, encoding="utf-8")
        p2 = [f for f in review(plan).findings if f.rule == "P2"]
        return any("no owner" in f.message for f in p2)

    assert owner_missing(
        "- Before every campaign we make sure we have enough staff and extra packers on shift.\n"
    )
    assert not owner_missing(
        "- Before every campaign the packing lead books extra packers and checks the queue.\n"
    )


def test_a_bracket_holding_a_question_words_clause_describes_its_value() -> None:
    """ "<where the wording came from>", "[when it was fixed]": a question word opening a
    clause in brackets, with no question mark, says what goes there. A bracketed aside in the
    seller's own voice ("[what we changed is in Exhibit 2]") is not a slot."""
    text = (
        "I copied the wording from <where the wording came from>.\n"
        "The listings were corrected [when it was fixed].\n"
    )
    assert _slots(text) == ["<where the wording came from>", "[when it was fixed]"]
    assert _slots("The new titles [what we changed is in Exhibit 2] went live.\n") == []
