"""Classes of plan from round 49, each with new examples of its own."""

from __future__ import annotations

from pathlib import Path

from poa.review.plan_text import read_plan
from tests.plan_classes import slot_texts


def _highlighted_plan(path: Path, lines: list[list[tuple[str, bool]]]) -> Path:
    """A Word file of one paragraph per line, each run ``(text, highlighted)``."""
    import docx
    from docx.enum.text import WD_COLOR_INDEX

    document = docx.Document()
    for runs in lines:
        paragraph = document.add_paragraph()
        for text, highlighted in runs:
            run = paragraph.add_run(text)
            if highlighted:
                run.font.highlight_color = WD_COLOR_INDEX.BRIGHT_GREEN
    document.save(str(path))
    return path


def test_a_highlighted_fields_name_in_a_word_template_is_a_slot(tmp_path: Path) -> None:
    """A template highlights a value's name where the writer fills it in, with no brackets."""
    path = _highlighted_plan(
        tmp_path / "template.docx",
        [
            [("Seller ID: ", False), ("Account number", True)],
            [("On ", False), ("Day of", True), (" the return", True), (" we shipped.", False)],
            [("The parcels were packed by ", False), ("Warehouse lead", True), (".", False)],
        ],
    )
    found = slot_texts(read_plan(path))
    assert found == ["[Account number]", "[Day of the return]", "[Warehouse lead]"]


def test_a_filled_plans_highlighted_stress_is_no_slot(tmp_path: Path) -> None:
    """A writer's highlight on a sentence, a date or a figure stresses it: no field."""
    path = _highlighted_plan(
        tmp_path / "plan.docx",
        [
            [("Since ", False), ("14 May 2026", True), (" every order ships within a day.", False)],
            [("We refunded ", False), ("all 42 buyers", True), (" the same week.", False)],
            [("Every parcel is now weighed and checked by a second person.", True)],
        ],
    )
    assert slot_texts(read_plan(path)) == []
