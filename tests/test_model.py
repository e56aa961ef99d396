"""The Case model's cross-field rules: each mistake is found, at the exact field, with the fix."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from poa.casefile import load_case
from poa.errors import CaseValidationError, Problem
from poa.model import MARKETPLACE_LABELS, Case, Marketplace, PreventiveMeasure
from tests.conftest import WriteCase, minimal_case

# The minimal case's dates (2026-11-02 .. 2026-11-04) are all in the past on this day.
TODAY = dt.date(2026, 11, 20)


def cross_problems(
    data: dict[str, Any], today: dt.date = TODAY, base_dir: Path | None = None
) -> list[Problem]:
    """The cross-field problems of ``data``, which must pass the field-level validation.

    ``defer_cross_checks`` is the switch poa.casefile uses to get the problems as a list
    (with their locations) instead of one ValueError.
    """
    case = Case.model_validate(data, context={"defer_cross_checks": True})
    return case.problems(base_dir=base_dir, today=today)


def paths(problems: list[Problem]) -> list[str]:
    return [problem.path for problem in problems]


def on_marketplace(marketplace: Marketplace) -> dict[str, Any]:
    """The minimal case moved to ``marketplace``: its reason, and no Amazon ASINs or order ids."""
    data = minimal_case()
    data["marketplace"] = marketplace
    data["notice"]["asins"] = []
    issue = data["issues"][0]
    issue["reason"] = f"{marketplace}.late_shipment_rate"
    issue["asins"] = []
    issue["order_ids"] = []
    return data


def with_evidence(data: dict[str, Any], *items: dict[str, Any]) -> dict[str, Any]:
    data["evidence"] = [{"kind": "invoice", "title": "Supplier invoice", **item} for item in items]
    return data


def test_minimal_case_has_no_problems() -> None:
    # Every test below breaks this case in one way; it must start out sound.
    assert cross_problems(minimal_case()) == []


# --- dates -----------------------------------------------------------------------------------


def test_corrective_action_completed_after_today_is_in_the_future() -> None:
    problems = cross_problems(minimal_case(), today=dt.date(2026, 11, 2))

    assert paths(problems) == ["issues[0].corrective_actions[0].completed_on"]
    assert problems[0].message.startswith("2026-11-03 is in the future")
    assert "move planned work to preventive_measures" in problems[0].message


def test_corrective_action_completed_today_is_not_in_the_future() -> None:
    assert cross_problems(minimal_case(), today=dt.date(2026, 11, 3)) == []


def test_validation_uses_today_from_the_context() -> None:
    data = minimal_case()

    with pytest.raises(ValidationError) as caught:
        Case.model_validate(data, context={"today": dt.date(2026, 11, 2)})
    assert "issues[0].corrective_actions[0].completed_on: 2026-11-03 is in the future" in str(
        caught.value
    )

    case = Case.model_validate(data, context={"today": dt.date(2026, 11, 3)})
    assert case.issues[0].corrective_actions[0].completed_on == dt.date(2026, 11, 3)


@pytest.mark.parametrize(
    ("change", "path", "message"),
    [
        pytest.param(
            {"received_on": "2026-11-21"},
            "notice.received_on",
            "2026-11-21 is in the future",
            id="notice-received-tomorrow",
        ),
        pytest.param(
            {"deadline": "2026-11-01"},
            "notice.deadline",
            "the deadline is before the day the notice was received",
            id="deadline-before-received",
        ),
    ],
)
def test_notice_dates(change: dict[str, str], path: str, message: str) -> None:
    data = minimal_case()
    data["notice"].update(change)

    problems = cross_problems(data)

    assert [(p.path, p.message) for p in problems] == [(path, message)]


def test_deadline_on_the_day_received_is_fine() -> None:
    data = minimal_case()
    data["notice"]["deadline"] = data["notice"]["received_on"]
    assert cross_problems(data) == []


def test_evidence_issued_in_the_future() -> None:
    data = with_evidence(minimal_case(), {"id": "inv", "issued_on": "2026-12-01"})

    problems = cross_problems(data)

    assert [(p.path, p.message) for p in problems] == [
        ("evidence[0].issued_on", "2026-12-01 is in the future")
    ]


# --- preventive measures (through a file, as a seller meets them) ----------------------------


@pytest.mark.parametrize("field", ["owner", "cadence", "started_on"])
def test_preventive_measure_without_required_field(write_case: WriteCase, field: str) -> None:
    data = minimal_case()
    del data["issues"][0]["preventive_measures"][0][field]
    path = write_case(data)
    measure_line = _line_with(path, "- measure: Labels bought")

    with pytest.raises(CaseValidationError) as caught:
        load_case(path)

    description = PreventiveMeasure.model_fields[field].description
    assert description  # the message is only helpful if the field explains itself
    assert [(p.path, p.message, p.line) for p in caught.value.problems] == [
        (f"issues[0].preventive_measures[0].{field}", f"required: {description}", measure_line)
    ]


# --- evidence files --------------------------------------------------------------------------


def test_evidence_file_missing_next_to_the_case(tmp_path: Path) -> None:
    data = with_evidence(minimal_case(), {"id": "inv", "file": "evidence/invoice.pdf"})

    problems = cross_problems(data, base_dir=tmp_path)

    assert paths(problems) == ["evidence[0].file"]
    assert "'evidence/invoice.pdf' does not exist next to the case" in problems[0].message
    assert str(tmp_path / "evidence" / "invoice.pdf") in problems[0].message


def test_evidence_file_present_next_to_the_case(tmp_path: Path) -> None:
    (tmp_path / "evidence").mkdir()
    (tmp_path / "evidence" / "invoice.pdf").write_bytes(b"%PDF-1.4\n")
    data = with_evidence(minimal_case(), {"id": "inv", "file": "evidence/invoice.pdf"})

    assert cross_problems(data, base_dir=tmp_path) == []


def test_evidence_file_checked_against_the_case_files_folder(write_case: WriteCase) -> None:
    data = with_evidence(minimal_case(), {"id": "inv", "file": "invoice.pdf"})
    path = write_case(data)

    with pytest.raises(CaseValidationError) as caught:
        load_case(path)

    assert [(p.path, p.line) for p in caught.value.problems] == [
        ("evidence[0].file", _line_with(path, "file: invoice.pdf"))
    ]

    (path.parent / "invoice.pdf").write_bytes(b"%PDF-1.4\n")
    assert load_case(path).evidence[0].file == "invoice.pdf"


@pytest.mark.parametrize(
    "name", ["../x.pdf", "evidence/../../x.pdf", "/etc/passwd", "..\\x.pdf", "C:\\x.pdf"]
)
def test_evidence_file_outside_the_case_folder(tmp_path: Path, name: str) -> None:
    # The file exists where the path points: the path itself is what is wrong.
    folder = tmp_path / "case"
    folder.mkdir()
    (tmp_path / "x.pdf").write_bytes(b"%PDF-1.4\n")
    data = with_evidence(minimal_case(), {"id": "inv", "file": name})

    for base_dir in (folder, None):
        problems = cross_problems(data, base_dir=base_dir)
        assert paths(problems) == ["evidence[0].file"]
        assert problems[0].message == (
            f"{name!r} must be a path inside the case's folder, e.g. evidence/invoice.pdf"
        )


# --- identifiers -----------------------------------------------------------------------------


NOT_AN_ASIN = "is not an ASIN: an ASIN is 10 capital letters or digits, e.g. B0C7K2M4QZ"


@pytest.mark.parametrize(
    ("asin", "message"),
    [
        pytest.param("B0TESTASN", f"'B0TESTASN' {NOT_AN_ASIN}", id="nine-characters"),
        pytest.param("B0TESTASN12", f"'B0TESTASN12' {NOT_AN_ASIN}", id="eleven-characters"),
        pytest.param(
            "b0testasn2",
            "'b0testasn2' must be written in capitals without spaces: 'B0TESTASN2'",
            id="lower-case",
        ),
        pytest.param("B0-TEST-AS", f"'B0-TEST-AS' {NOT_AN_ASIN}", id="punctuation"),
    ],
)
def test_malformed_asin(asin: str, message: str) -> None:
    data = minimal_case()
    data["issues"][0]["asins"].append(asin)

    problems = cross_problems(data)

    assert [(p.path, p.message) for p in problems] == [("issues[0].asins[1]", message)]


@pytest.mark.parametrize("asin", ["B0C7K2M4QZ", "0316769487", "031676948X"])
def test_well_formed_asin(asin: str) -> None:
    data = minimal_case()
    data["issues"][0]["asins"].append(asin)
    assert cross_problems(data) == []


@pytest.mark.parametrize("marketplace", ["walmart", "ebay", "tiktok", "etsy"])
def test_asins_on_a_case_that_is_not_amazon(marketplace: Marketplace) -> None:
    data = on_marketplace(marketplace)
    assert cross_problems(data) == []
    data["notice"]["asins"] = ["B0TESTASN1"]
    data["issues"][0]["asins"] = ["B0TESTASN1"]
    data = with_evidence(data, {"id": "inv", "asins": ["B0TESTASN1"]})

    problems = cross_problems(data)

    assert [(p.path, p.message) for p in problems] == [
        (path, "ASINs exist only on Amazon; use listing_ids")
        for path in ("notice.asins[0]", "issues[0].asins[0]", "evidence[0].asins[0]")
    ]


@pytest.mark.parametrize(
    ("marketplace", "order_id"),
    [
        ("amazon", "112-4839201-5562814"),
        ("ebay", "23-10482-77315"),
        ("ebay", "110543262912-2871540021"),
        ("walmart", "1234567890123"),
        ("walmart", "123456789012345"),
    ],
)
def test_well_formed_order_id(marketplace: Marketplace, order_id: str) -> None:
    data = on_marketplace(marketplace)
    data["issues"][0]["order_ids"] = [order_id]
    data["notice"]["order_ids"] = [order_id]
    assert cross_problems(data) == []


@pytest.mark.parametrize(
    ("marketplace", "order_id", "expected"),
    [
        ("amazon", "112-483920-5562814", "3-7-7, e.g. 112-4839201-5562814"),
        ("amazon", "1124839201556281", "3-7-7, e.g. 112-4839201-5562814"),
        ("amazon", "23-10482-77315", "3-7-7, e.g. 112-4839201-5562814"),
        ("ebay", "23-1048-77315", "2-5-5, e.g. 23-10482-77315"),
        ("ebay", "112-4839201-5562814", "2-5-5, e.g. 23-10482-77315"),
        ("walmart", "123456789012", "the 13-digit purchase order number"),
        ("walmart", "12345678901234", "the 13-digit purchase order number"),
    ],
)
def test_malformed_order_id(marketplace: Marketplace, order_id: str, expected: str) -> None:
    data = on_marketplace(marketplace)
    data["issues"][0]["order_ids"] = [order_id]
    data["notice"]["order_ids"] = [order_id]

    problems = cross_problems(data)

    assert paths(problems) == ["notice.order_ids[0]", "issues[0].order_ids[0]"]
    for problem in problems:
        assert problem.message.startswith(f"{order_id!r} is not ")
        label = MARKETPLACE_LABELS[marketplace]
        assert f"is not a valid {label} order id: expected " in problem.message
        assert expected in problem.message


# --- what the notice cites -------------------------------------------------------------------


def test_notice_asin_not_covered_by_any_issue_or_evidence() -> None:
    data = minimal_case()
    data["notice"]["asins"].append("B0OTHER001")

    problems = cross_problems(data)

    assert paths(problems) == ["notice.asins[1]"]
    assert problems[0].message.startswith(
        "B0OTHER001 is cited in the notice but no issue or evidence covers it"
    )
    assert "add it to the asins of the issue (or evidence)" in problems[0].message


def test_notice_asin_covered_by_evidence_is_fine() -> None:
    data = minimal_case()
    data["notice"]["asins"].append("B0OTHER001")
    data = with_evidence(data, {"id": "inv", "asins": ["B0OTHER001"]})

    assert cross_problems(data) == []


def test_reason_of_another_marketplace() -> None:
    data = minimal_case()
    data["issues"][0]["reason"] = "walmart.on_time_delivery"

    problems = cross_problems(data)

    assert paths(problems) == ["issues[0].reason"]
    assert problems[0].message.startswith(
        "'walmart.on_time_delivery' is a reason of Walmart Marketplace, but this case is for Amazon"
    )
    assert problems[0].message.endswith("; use a reason starting with 'amazon.'")


# --- evidence ids ----------------------------------------------------------------------------


@pytest.mark.parametrize("group", ["root_causes", "corrective_actions", "preventive_measures"])
def test_unknown_evidence_id(group: str) -> None:
    data = with_evidence(minimal_case(), {"id": "inv-2026-03"}, {"id": "sop"})
    data["issues"][0][group][0]["evidence"] = ["sop", "inv-2026-3"]

    problems = cross_problems(data)

    assert [(p.path, p.message) for p in problems] == [
        (
            f"issues[0].{group}[0].evidence[1]",
            "no evidence has the id 'inv-2026-3'; known ids: inv-2026-03, sop",
        )
    ]


def test_unknown_evidence_id_when_there_is_no_evidence() -> None:
    data = minimal_case()
    data["issues"][0]["root_causes"][0]["evidence"] = ["inv"]

    problems = cross_problems(data)

    assert [(p.path, p.message) for p in problems] == [
        ("issues[0].root_causes[0].evidence[0]", "no evidence has the id 'inv'")
    ]


def test_duplicate_evidence_ids() -> None:
    data = with_evidence(minimal_case(), {"id": "inv"}, {"id": "sop"}, {"id": "inv"})

    problems = cross_problems(data)

    assert [(p.path, p.message) for p in problems] == [
        ("evidence[2].id", "the id 'inv' is used twice")
    ]


# --- all at once -----------------------------------------------------------------------------


def test_one_load_reports_every_problem(write_case: WriteCase) -> None:
    data = minimal_case()
    data["notice"]["deadline"] = "2026-10-30"
    data["issues"][0]["reason"] = "ebay.late_shipment_rate"
    data["issues"][0]["asins"].append("b0testasn2")
    data["issues"][0]["corrective_actions"][0]["evidence"] = ["tracking"]
    path = write_case(data)

    with pytest.raises(CaseValidationError) as caught:
        load_case(path)

    found = {(p.path, p.line) for p in caught.value.problems}
    assert found == {
        ("notice.deadline", _line_with(path, "deadline:")),
        ("issues[0].reason", _line_with(path, "reason: ebay.")),
        ("issues[0].asins[1]", _line_with(path, "- b0testasn2")),
        ("issues[0].corrective_actions[0].evidence[0]", _line_with(path, "- tracking")),
    }
    assert str(caught.value).startswith(f"{path} has 4 problems:\n")


def test_problems_come_in_document_order(write_case: WriteCase) -> None:
    # Case.problems promises "document order": a reader fixes them top to bottom.
    data = minimal_case()
    data["notice"]["deadline"] = "2026-10-30"
    data["issues"][0]["order_ids"] = ["112-483920-5562814"]
    data = with_evidence(data, {"id": "inv", "issued_on": "2099-01-01"})

    assert paths(cross_problems(data)) == [
        "notice.deadline",
        "issues[0].order_ids[0]",
        "evidence[0].issued_on",
    ]

    with pytest.raises(CaseValidationError) as caught:
        load_case(write_case(data))
    lines = [p.line for p in caught.value.problems]
    assert lines == sorted(line or 0 for line in lines)


def _line_with(path: Path, needle: str) -> int:
    """The 1-based number of the only line of ``path`` that contains ``needle``."""
    found = [n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if needle in line]
    assert len(found) == 1, f"{needle!r} is on lines {found}"
    return found[0]
