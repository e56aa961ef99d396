"""poa banks list / show / validate / example, and poa check reading a case against the banks."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from poa.banks import load_library
from poa.banks.answers import answer_problem, parse_date
from poa.cli import main
from poa.errors import EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK
from tests.conftest import ROOT, WriteCase, minimal_case

BROKEN = ROOT / "tests" / "fixtures" / "broken-banks"


def test_list_prints_one_line_per_reason_grouped_by_marketplace(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["banks", "list"]) == EXIT_OK
    out = capsys.readouterr().out
    library = load_library()
    rows = [line.split("  ", 1) for line in out.splitlines() if line]
    order = ["amazon", "walmart", "ebay", "tiktok", "etsy"]
    assert [reason for reason, _ in rows] == sorted(
        library.ids, key=lambda r: (order.index(r.split(".")[0]), r)
    )
    titles = dict((reason, title) for reason, title in rows)
    assert titles["amazon.late_shipment_rate"] == library.get("amazon.late_shipment_rate").title
    blocks = out.strip().split("\n\n")
    assert len(blocks) == len({reason.split(".")[0] for reason in library.ids})


def test_show_prints_the_bank_readably(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["banks", "show", "amazon.late_shipment_rate"]) == EXIT_OK
    out = capsys.readouterr().out
    bank = load_library().get("amazon.late_shipment_rate")
    for heading in ("What the notice means", "Questions", "Suggestions", "Evidence",
                    "Where to send it"):  # fmt: skip
        assert f"\n{heading}" in out
    assert "Late Shipment Rate < 4 % over 10/30 days" in out
    assert bank.questions[0].prompt in out
    assert "Deadline: 17 days" in out


def test_show_an_unknown_reason_names_the_closest(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["banks", "show", "amazon.late_shipment"]) == EXIT_BAD_INPUT
    assert "Did you mean amazon.late_shipment_rate" in capsys.readouterr().err


def test_validate_names_file_and_line_of_every_problem(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert main(["banks", "validate", str(BROKEN)]) == EXIT_BAD_INPUT
    out = capsys.readouterr().out.splitlines()
    bank = str(BROKEN / "amazon" / "broken.yaml")
    assert f"{bank}:15: questions[0].exmaple: unknown key 'exmaple'; did you mean 'example'?" in out
    assert any(line.startswith(f"{bank}:11: questions[0].example: required") for line in out)
    assert any(
        line.startswith(f"{bank}:16: questions[1]: ") and "two choices" in line for line in out
    )
    assert any(
        line.startswith(f"{bank}:33: suggestions.preventive_measures[0].cadence: ") for line in out
    )
    thresholds = str(BROKEN / "thresholds.yaml")
    assert any(line.startswith(f"{thresholds}:6: amazon[0].comparison: ") for line in out)


def test_validate_the_built_in_banks(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["banks", "validate"]) == EXIT_OK
    assert "every bank is valid" in capsys.readouterr().out


def test_example_gives_a_case_that_checks(tmp_path: Path) -> None:
    out = tmp_path / "starter.yaml"
    assert main(["banks", "example", "amazon.late_shipment_rate", "-o", str(out)]) == EXIT_OK
    assert main(["check", str(out)]) == EXIT_OK


def test_check_names_unknown_reasons_and_bad_facts(
    write_case: WriteCase, capsys: pytest.CaptureFixture[str]
) -> None:
    case = minimal_case()
    case["issues"][0]["facts"] = {"late_rate": 140, "handling_tme": 1}
    second = dict(case["issues"][0], reason="amazon.late_shipment_rte", facts={})
    case["issues"].append(second)
    path = write_case(case)

    assert main(["check", str(path)]) == EXIT_FINDINGS
    out = capsys.readouterr().out
    assert "issues[0].facts.late_rate: Enter a percentage between 0 and 100" in out
    assert "issues[0].facts.handling_tme: amazon.late_shipment_rate asks no question " in out
    assert "did you mean 'handling_time_days'?" in out
    assert "issues[1].reason: no question bank knows the reason 'amazon.late_shipment_rte'" in out
    assert "did you mean amazon.late_shipment_rate" in out


def test_a_users_bank_folder_is_used_by_check(
    write_case: WriteCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    library = load_library()
    mine = tmp_path / "mine"
    (mine / "amazon").mkdir(parents=True)
    yaml = YAML()
    data = yaml.load(library.files["amazon.late_shipment_rate"].read_text(encoding="utf-8"))
    data["id"] = "amazon.late_dispatch_uk"
    with (mine / "amazon" / "late_dispatch_uk.yaml").open("w", encoding="utf-8") as handle:
        yaml.dump(data, handle)
    case = minimal_case()
    case["issues"][0]["reason"] = "amazon.late_dispatch_uk"
    path = write_case(case)

    assert main(["check", str(path)]) == EXIT_FINDINGS
    capsys.readouterr()
    assert main(["check", str(path), "--banks", str(mine)]) == EXIT_OK


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2026-11-03", "2026-11-03"), ("3 Nov 2026", "2026-11-03"),
     ("3 November 2026", "2026-11-03"), ("November 3, 2026", "2026-11-03"),
     ("Nov 3 2026", None), ("2026-02-30", None), ("soon", None)],
)  # fmt: skip
def test_dates_in_the_forms_sellers_write(text: str, expected: str | None) -> None:
    parsed = parse_date(text)
    assert (parsed.isoformat() if parsed else None) == expected


def _answer(question: Any, value: object) -> str | None:
    return answer_problem(question, value, dt.date(2026, 11, 20))


def test_answers_are_checked_against_the_question() -> None:
    bank = load_library().get("amazon.late_shipment_rate")
    questions = {q.id: q for q in bank.all_questions()}
    assert _answer(questions["late_rate"], 9.8) is None
    assert _answer(questions["late_rate"], 101) == "Enter a percentage between 0 and 100, e.g. 9.8"
    assert _answer(questions["late_rate"], "nine") is not None
    assert _answer(questions["window_days"], "days_7") == "Choose one of: days_10, days_30."
    assert _answer(questions["late_causes"], ["staff_absence", "weather"]) is not None
    assert _answer(questions["open_orders_cleared"], "yes") == "Answer yes or no."
    examples = questions["examples"]
    assert _answer(examples, []) == "Give at least 1 entry."
    bad_order = [{"order_id": "112-483920-5562814", "cause": "x"}]
    problem = _answer(examples, bad_order)
    assert problem is not None and problem.startswith("Entry 1, Order id: An Amazon order id")
