"""The document set: letter, improvement plan, evidence index and form text, per case."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import docx
import pytest

from poa.cli import main
from poa.errors import EXIT_BAD_INPUT, EXIT_OK, TemplateError
from poa.model import Case
from poa.render import default_documents, render
from poa.render.channel import CUT_NOTE, cut, normalise
from poa.render.document import Draft, channel_text, render_markdown
from poa.render.pip import pip_metrics
from poa.workspace import Workspace
from tests.conftest import SAMPLES, WriteCase, minimal_case
from tests.extract import docx_text, pdf_text

WORKSPACE = Workspace.load()
BANKS = WORKSPACE.banks


def _channel(case: Case) -> tuple[str, list[Any]]:
    return channel_text(case, Draft.of(case, WORKSPACE))


LATE = next(s for s in SAMPLES if s.stem == "amazon-late-shipment")
TIKTOK = next(s for s in SAMPLES if s.stem == "tiktok-late-dispatch")


def _case(data: dict[str, Any]) -> Case:
    return Case.model_validate(data)


def _load(path: Path) -> Case:
    from poa.casefile import load_case

    return load_case(path)


def test_the_documents_that_fit_a_case_are_the_default() -> None:
    assert default_documents(_load(LATE), BANKS) == ("poa", "letter", "pip", "evidence", "channel")
    assert default_documents(_case(minimal_case()), BANKS) == ("poa", "letter", "channel")


def test_every_default_document_is_written_in_every_format(tmp_path: Path) -> None:
    files = render(LATE, tmp_path)
    names = sorted(f.name for f in files)
    expected = [
        f"{d}.{f}"
        for d in ("poa", "letter", "pip", "evidence", "channel")
        for f in ("md", "docx", "pdf")
    ]
    assert names == sorted([*expected, "channel.txt"])
    titles = {
        "poa": "Plan of Action",
        "letter": "Appeal letter",
        "pip": "Performance Improvement Plan",
        "evidence": "Evidence index",
        "channel": "Text for the appeal form",
    }
    for file in files:
        if file.suffix == ".docx":  # python-docx reads every Word file back
            assert docx_text(file).startswith(titles[file.stem]), file.name
            assert docx.Document(str(file)).core_properties.title.startswith(titles[file.stem])
        elif file.suffix == ".pdf":
            assert titles[file.stem] in pdf_text(file), file.name


def test_doc_option_picks_documents_and_refuses_unknown_ones(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code = main(["render", str(LATE), "-o", str(out), "--format", "md", "--doc", "letter,pip"])
    assert code == EXIT_OK
    assert sorted(p.name for p in (out / LATE.stem).glob("*.md")) == ["letter.md", "pip.md"]

    code = main(["render", str(LATE), "-o", str(out), "--doc", "poa,memo"])
    assert code == EXIT_BAD_INPUT
    assert "Unknown document memo" in capsys.readouterr().err


def test_asking_for_a_pip_without_metrics_says_where_to_add_them(
    write_case: WriteCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_case(minimal_case())
    code = main(["render", str(path), "-o", str(tmp_path / "out"), "--doc", "pip"])
    assert code == EXIT_BAD_INPUT
    err = capsys.readouterr().err
    assert "metrics:" in err and "poa interview" in err
    assert not (tmp_path / "out" / "case").exists() or not any((tmp_path / "out").rglob("*.md"))


# --- Performance Improvement Plan -------------------------------------------------------------


def _metric_case(value: float, window: int, last_action: str) -> Case:
    data = minimal_case()
    data["issues"][0]["corrective_actions"][0]["completed_on"] = last_action
    data["metrics"] = [
        {"metric": "late_shipment_rate", "value": value, "window_days": window,
         "as_of": "2026-11-02"}
    ]  # fmt: skip
    return _case(data)


def test_pip_takes_target_and_direction_from_the_thresholds_and_counts_the_window() -> None:
    (metric,) = pip_metrics(_metric_case(9.8, 30, "2026-11-05"), BANKS)
    assert metric.name == "Late Shipment Rate"
    assert (metric.snapshot.target, metric.snapshot.direction) == (4, "at_most")
    assert metric.failing is True
    assert metric.target_text == "< 4 %" and metric.goal_text == "below 4 %"
    assert metric.window_end == dt.date(2026, 12, 5)  # 30 days after the last correction
    assert metric.checkpoints == [
        dt.date(2026, 11, 12), dt.date(2026, 11, 19), dt.date(2026, 11, 26),
        dt.date(2026, 12, 3), dt.date(2026, 12, 5),
    ]  # fmt: skip
    assert [a.action for a in metric.actions] == ["Shipped all 12 open orders."]


def test_pip_checks_short_windows_more_often_and_a_value_on_a_strict_target_fails() -> None:
    (metric,) = pip_metrics(_metric_case(4.0, 7, "2026-11-05"), BANKS)
    assert metric.failing is True  # "< 4 %": exactly 4 % is still outside
    assert metric.checkpoints[0] == dt.date(2026, 11, 6)
    assert metric.checkpoints[-1] == dt.date(2026, 11, 12)
    assert len(metric.checkpoints) == 7
    (inside,) = pip_metrics(_metric_case(3.9, 7, "2026-11-05"), BANKS)
    assert inside.failing is False


def test_pip_uses_the_metric_answered_in_the_interview() -> None:
    data = minimal_case()
    data["issues"][0]["facts"] = {"late_rate": 9.8}
    (metric,) = pip_metrics(_case(data), BANKS)
    assert metric.snapshot.value == 9.8
    assert metric.snapshot.window_days == 30
    assert metric.snapshot.as_of == dt.date(2026, 11, 2)
    assert "pip" in default_documents(_case(data), BANKS)


def test_pip_document_states_value_target_owners_checkpoints_and_success() -> None:
    data = minimal_case()
    data["issues"][0]["corrective_actions"][0]["owner"] = "Warehouse lead"
    data["metrics"] = [{"metric": "late_shipment_rate", "value": 9.8, "as_of": "2026-11-02"}]
    text = render_markdown(_case(data), "pip")
    assert "| Late Shipment Rate | 9.8 % | \\< 4 % | 30 days | Outside the target |" in text
    assert "| Shipped all 12 open orders. | Warehouse lead | 3 November 2026 |" in text
    assert "| Labels bought through Buy Shipping confirm shipment at once. | Shipping lead |" in (
        text
    )
    assert "\n### Checkpoints\n" in text
    assert "| 3 December 2026 | The first full 30-day window after the last correction" in text
    assert "is below 4 % for the 30-day window that ends on 3 December 2026" in text


def test_a_metric_read_more_than_once_is_one_entry_whose_value_is_the_latest_reading() -> None:
    data = minimal_case()
    data["issues"][0]["corrective_actions"][0]["completed_on"] = "2026-11-03"
    reading = {"metric": "late_shipment_rate", "window_days": 7}
    data["metrics"] = [  # given newest first: the order in the file does not matter
        {**reading, "value": 1.2, "as_of": "2026-11-20", "source": "after the fixes"},
        {**reading, "value": 9.8, "as_of": "2026-11-02", "source": "the notice"},
    ]
    case = _case(data)
    (metric,) = pip_metrics(case, BANKS)
    assert [r.value for r in metric.readings] == [9.8, 1.2]
    assert (metric.first.value, metric.snapshot.value) == (9.8, 1.2)
    assert metric.failing is False and metric.failing_at(metric.first) is True
    text = render_markdown(case, "pip")
    assert text.count("\n## Late Shipment Rate\n") == 1
    assert "| Late Shipment Rate | 9.8 % (2 November 2026) | 1.2 % (20 November 2026) |" in text
    assert "| 2 November 2026 | 9.8 % |  | Outside the target | the notice |" in text
    assert "| 20 November 2026 | 1.2 % | down 8.6 points | Within the target | after the" in text
    assert "- Trend: down from 9.8 % on 2 November 2026 to 1.2 % on 20 November 2026" in text
    assert "The reading of 20 November 2026, 1.2 %, is within the target." in text
    letter = render_markdown(case, "letter")
    assert "concerns a performance metric," in letter


# --- letter and evidence index ----------------------------------------------------------------


def test_letter_addresses_the_team_quotes_the_notice_and_lists_every_attachment() -> None:
    case = _load(LATE)
    text = render_markdown(case, "letter", Draft.of(case, WORKSPACE, LATE.parent))
    assert "Dear Amazon Seller Performance team," in text
    assert "9 November 2026" in text and case.notice.reference and case.notice.reference in text
    assert "1. Performance Improvement Plan" in text
    for number, item in enumerate(case.evidence, start=1):
        assert f"E{number}: " in text
        assert item.file and item.file.split("/")[-1] in text
    assert "It raises one issue with our account. We have investigated it, found the cause," in text
    tiktok = render_markdown(_load(TIKTOK), "letter")
    assert "Dear TikTok Shop Seller Center Account Health team," in tiktok
    assert (
        "It raises two issues with our account. We have investigated each of them, "
        "found the causes," in tiktok
    )


def test_evidence_index_numbers_exhibits_and_says_what_each_covers_and_where_it_is_cited(
    write_case: WriteCase,
) -> None:
    data = minimal_case()
    data["evidence"] = [
        {"id": "orders", "kind": "order_list", "title": "Late orders", "file": "orders.csv",
         "description": "Every late order with its dates.", "asins": ["B0TESTASN1"],
         "order_ids": ["112-4839201-5562814"]},
        {"id": "sop", "kind": "sop", "title": "Shipping procedure"},
    ]  # fmt: skip
    data["issues"][0]["corrective_actions"][0]["evidence"] = ["orders"]
    text = render_markdown(_case(data), "evidence")
    assert "| E1 | List of affected orders: Late orders |  | orders.csv |" in text
    assert "## E1: Late orders" in text and "## E2: Shipping procedure" in text
    assert "- What it shows: Every late order with its dates." in text
    assert "- ASINs covered: B0TESTASN1" in text
    assert "- Orders covered: 112-4839201-5562814" in text
    assert "- Cited in the plan for: Issue 1" in text
    assert text.count("Cited in the plan for") == 1  # E2 is cited nowhere


# --- channel-ready text -----------------------------------------------------------------------


def test_amazon_form_text_has_one_box_per_question_with_counts() -> None:
    case = _load(LATE)
    text, fields = _channel(case)
    assert [f.id for f in fields] == ["root_cause", "actions", "prevention", "attachments"]
    for box in fields:
        assert box.limit is None and not box.cut
        assert f"=== {box.label} ({box.count:,} characters) ===" in text
        assert box.count == len(box.text)
    assert case.issues[0].root_causes[0].description in fields[0].text


def _with_form(folder: Path, form: str, data: dict[str, Any] | None = None) -> Draft:
    """A draft of ``data`` (the minimal case) whose channel template is ``form``."""
    (folder / "channel-short.txt.j2").write_text(form, encoding="utf-8")
    return Draft.of(_case(data or minimal_case()), Workspace.load(templates=[folder]))


SHORT_FORM = """{#- poa-template
name: channel-short
kind: channel
marketplaces: [amazon]
description: A form with one short box, for the test.
version: 1
fields:
  - id: summary
    label: Summary
    limit: 300
-#}
{% extends "channel-base" %}
{% block summary %}
{% for cause in case.issues[0].root_causes %}{{ cause.description }}
{% endfor %}
{% endblock %}
"""


def test_a_box_over_its_limit_is_cut_at_a_sentence_and_points_to_the_plan(
    tmp_path: Path,
) -> None:
    data = minimal_case()
    sentence = "Every parcel now gets its carrier scan before 15:00 on the day it is packed. "
    data["issues"][0]["root_causes"] = [{"description": sentence * 40}]
    draft = _with_form(tmp_path, SHORT_FORM, data)
    _, (box,) = channel_text(draft.case, draft)
    assert box.limit == 300 and box.cut and box.full_length > 3000
    assert box.count == len(box.text) <= 300
    assert box.text.endswith(CUT_NOTE)
    body = box.text[: -len(CUT_NOTE)].rstrip()
    assert body.endswith("packed.") and (sentence * 40).startswith(body)


VERSIONS_FORM = """{#- poa-template
name: channel-short
kind: channel
marketplaces: [amazon]
description: A box with two shorter versions, for the test.
version: 1
fields:
  - id: summary
    label: Summary
    limit: LIMIT
    shorter: [middle, least]
-#}
{% extends "channel-base" %}
{% block summary %}FULL {{ "a" * 200 }}{% endblock %}
{% block middle %}MIDDLE {{ "b" * 100 }}{% endblock %}
{% block least %}LEAST. {{ "Short sentence. " * 5 }}{% endblock %}
"""


@pytest.mark.parametrize(
    ("limit", "version", "start"),
    [(500, "", "FULL"), (150, "middle", "MIDDLE"), (100, "least", "LEAST"), (60, "least", "LEAST")],
)
def test_a_long_box_takes_the_first_shorter_version_that_fits_then_cuts_the_last(
    tmp_path: Path, limit: int, version: str, start: str
) -> None:
    draft = _with_form(tmp_path, VERSIONS_FORM.replace("LIMIT", str(limit)))
    _, (box,) = channel_text(draft.case, draft)
    assert (box.version, box.text.split()[0].rstrip(".")) == (version, start)
    assert box.count <= limit and box.full_length == len("FULL ") + 200
    assert box.text.endswith(CUT_NOTE) == (limit == 60)  # only a cut version says so


def test_a_shorter_version_without_its_block_names_the_block(tmp_path: Path) -> None:
    form = VERSIONS_FORM.replace("LIMIT", "100").replace("{% block least %}", "{% block lest %}")
    draft = _with_form(tmp_path, form)
    with pytest.raises(TemplateError, match=r"least.*\{% block NAME %\}"):
        channel_text(draft.case, draft)


def test_tiktok_appeal_keeps_reason_fix_control_and_evidence_of_every_issue_in_its_box() -> None:
    case = _load(TIKTOK)
    _, (appeal, _contact) = _channel(case)
    assert appeal.limit == 1800 and appeal.full_length > 1800 and appeal.count <= 1800
    assert appeal.version and not appeal.text.endswith(CUT_NOTE)
    paragraphs = appeal.text.split("\n\n")
    assert len(paragraphs) == len(case.issues)
    for number, (issue, paragraph) in enumerate(zip(case.issues, paragraphs, strict=True), 1):
        assert paragraph.startswith(f"Issue {number}: {issue.title}")
        for part in ("Reason: ", "Fixed by ", "Control: ", "Evidence: E"):
            assert part in paragraph, (number, part)
    # The seller's own first sentence leads: where it owns the failure, the box says so first.
    assert paragraphs[0].split(". ", 1)[1].startswith("We take responsibility")


def test_tiktok_appeal_that_fits_keeps_one_paragraph_per_issue_and_part() -> None:
    data = _load(TIKTOK).model_dump(mode="json")
    for issue in data["issues"]:  # short enough for the full version
        issue["summary"] = "We take responsibility for this."
        for key in ("root_causes", "corrective_actions", "preventive_measures"):
            issue[key] = issue[key][:1]
    case = _case(data)
    _, (appeal, _contact) = _channel(case)
    assert appeal.version == "" and not appeal.cut
    paragraphs = appeal.text.split("\n\n")
    assert len(paragraphs) == 3 * len(case.issues)
    assert paragraphs[2].startswith("Issue 1, fixed by") and paragraphs[3].startswith("Issue 2")
    assert paragraphs[4].startswith("Issue 1, controls in place")


@pytest.mark.parametrize("limit", [60, 120, 500, 1800])
def test_cut_keeps_whole_paragraphs_then_whole_sentences(limit: int) -> None:
    text = "\n\n".join(
        f"Paragraph {n}. It has two sentences, this is the second." for n in range(60)
    )
    result = cut(text, limit)
    assert len(result) <= limit
    assert result.endswith(CUT_NOTE)
    kept = result[: -len(CUT_NOTE)].rstrip()
    assert text.startswith(kept.rstrip("…").rstrip())


def test_cut_ends_at_a_sentence_not_at_an_abbreviation_or_a_list_number() -> None:
    first = "1. Orders waited for Monday, e.g. Saturday orders from the live sessions."
    text = f"{first}\n2. Stock was synced every 4 hours. It is now synced every 5 minutes."
    result = cut(text, len(first) + len(CUT_NOTE) + 10)
    assert result == f"{first}\n\n{CUT_NOTE}"
    # Line breaks inside the kept part stay as they were typed.
    two = f"{first}\n2. Stock was synced every 4 hours."
    assert cut(text, len(two) + len(CUT_NOTE) + 2) == f"{two}\n\n{CUT_NOTE}"


def test_normalise_keeps_paragraphs_and_drops_stray_whitespace() -> None:
    assert normalise("  a  \r\n\r\n\r\n\nb \n") == "a\n\nb"


def test_channel_sheet_shows_each_box_with_its_count(tmp_path: Path) -> None:
    files = render(TIKTOK, tmp_path, formats=("md",), documents=["channel"])
    sheet = (tmp_path / TIKTOK.stem / "channel.md").read_text(encoding="utf-8")
    plain = (tmp_path / TIKTOK.stem / "channel.txt").read_text(encoding="utf-8")
    assert {f.name for f in files} == {"channel.md", "channel.txt"}
    _, fields = _channel(_load(TIKTOK))
    for box in fields:
        assert f"## {box.label}" in sheet
        limit = f" of {box.limit:,}" if box.limit else ""
        assert f"{box.count:,}{limit} characters" in sheet
        assert box.text in plain
    # The template's description introduces the sheet, without the project's source keys.
    assert "1,800 characters" in sheet and "(K11)" not in sheet and "(K" not in sheet


def test_tiktok_box_leads_with_whole_first_sentences_past_abbreviations() -> None:
    data = _load(TIKTOK).model_dump(mode="json")
    cause = data["issues"][0]["root_causes"][0]
    cause["description"] = (
        "Weekend orders waited for Monday, e.g. Saturday orders from the live sessions. "
        "This second sentence stays in the plan."
    )
    appeal, _ = _channel(_case(data))[1]
    assert "e.g. Saturday orders from the live sessions." in appeal.text
    assert "This second sentence stays in the plan" not in appeal.text


def test_a_line_break_in_the_docx_starts_its_next_line_without_a_space(tmp_path: Path) -> None:
    etsy = next(s for s in SAMPLES if s.stem == "etsy-on-time-shipping")  # letterhead address
    (letter,) = render(etsy, tmp_path, formats=("docx",), documents=["letter"])
    lines = [
        line
        for paragraph in docx.Document(str(letter)).paragraphs
        for line in paragraph.text.split("\n")
    ]
    assert "48 Example Lane, Unit 3" in lines
    assert "Submitted through" not in " ".join(lines), "instructions for the seller stay out"
    assert [line for line in lines if line != line.strip()] == []
