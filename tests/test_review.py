"""The review: rule precision on labelled sentences, written plans, case files, score, output."""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from poa.cli import main
from poa.errors import EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK
from poa.review import review
from poa.review.findings import Finding, Severity
from poa.review.ownership import owns_the_problem
from poa.review.plan import parse_plan
from poa.review.plan_text import read_plan
from poa.review.rules import RULES_BY_ID, objections
from poa.review.score import score
from tests.conftest import ROOT, SAMPLES, WriteCase, minimal_case

FIXTURES = ROOT / "tests" / "fixtures" / "review"
PLANS = sorted((FIXTURES / "plans").glob("*.expect.yaml"))


def _corpus(name: str) -> dict[str, Any]:
    loaded: dict[str, Any] = YAML(typ="safe").load((FIXTURES / name).read_text(encoding="utf-8"))
    return loaded


def _flags(rule: str, text: str) -> bool:
    if rule == "T6":
        return not owns_the_problem(text)
    return RULES_BY_ID[rule].match(text) is not None


def _tally(corpus: dict[str, Any]) -> tuple[list[str], list[str], int, int]:
    missed, false, flags, passes = [], [], 0, 0
    for rule, spec in corpus.items():
        flags += len(spec["flag"])
        passes += len(spec["pass"])
        missed += [f"{rule}: {s}" for s in spec["flag"] if not _flags(rule, s)]
        false += [f"{rule}: {s}" for s in spec["pass"] if _flags(rule, s)]
    return missed, false, flags, passes


def test_rules_on_the_sentences_they_were_written_against() -> None:
    """labelled.yaml was written before the rules and used to tune them: near perfect."""
    missed, false, flags, _ = _tally(_corpus("labelled.yaml"))
    assert false == []
    assert len(missed) / flags <= 0.05, missed


def test_rules_on_held_out_sentences_keep_precision_high() -> None:
    """heldout.yaml was written by someone who never saw the rules or the first corpus.

    Measured when written: 2 false alarms in 130 clean sentences (98.5 % precision) and 30
    misses in 104 problem sentences (71 % recall). A rule that cries wolf gets ignored, so
    precision is held high and recall may only improve.
    """
    missed, false, flags, passes = _tally(_corpus("heldout.yaml"))
    assert len(false) / passes <= 0.03, false
    assert 1 - len(missed) / flags >= 0.65, missed


@pytest.mark.parametrize("expect", PLANS, ids=[p.name.split(".")[0] for p in PLANS])
def test_written_plans_are_split_and_reviewed(expect: Path) -> None:
    spec = YAML(typ="safe").load(expect.read_text(encoding="utf-8"))
    plan_file = next(
        p
        for p in expect.parent.glob(expect.name.split(".")[0] + ".*")
        if not p.name.endswith(".expect.yaml") and p.suffix != ".py"
    )
    plan = parse_plan(read_plan(plan_file))
    sections = [s for s in spec["sections"] if s]
    assert len(plan.issues) == len(sections)
    for issue, expected in zip(plan.issues, sections, strict=True):
        assert sorted(k for k, v in issue.sections.items() if v) == sorted(expected)
    assert len(plan.unplaced) == spec["unplaced"] or not sections
    rules = {f.rule for f in review(plan_file).findings}
    assert set(spec["should_flag"]) <= rules, set(spec["should_flag"]) - rules
    assert not set(spec["must_not_flag"]) & rules


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_the_samples_pass_the_review(sample: Path) -> None:
    report = review(sample)
    assert report.errors == [], report.errors
    assert report.score >= 85
    assert all(f.line for f in report.findings if f.location.startswith(("issues", "evidence")))


def _review_case(write_case: WriteCase, data: dict[str, Any]) -> list[Finding]:
    return review(write_case(data)).findings


def test_a_future_tense_corrective_action_is_an_error_with_its_line(write_case: WriteCase) -> None:
    data = minimal_case()
    data["issues"][0]["corrective_actions"][0]["action"] = "We will refund the 12 buyers."
    path = write_case(data)
    report = review(path)
    c1 = next(f for f in report.findings if f.rule == "C1")
    assert c1.severity == "error"
    assert c1.location == "issues[0].corrective_actions[0].action"
    assert c1.line == next(
        n for n, line in enumerate(path.read_text().splitlines(), 1) if "We will refund" in line
    )
    assert "past tense" in c1.fix
    assert not report.ready and report.score < 100


def test_invoices_outside_the_window_or_refused_are_errors(
    write_case: WriteCase, tmp_path: Path
) -> None:
    data = minimal_case()
    data["issues"][0]["reason"] = "amazon.inauthentic"
    data["evidence"] = [
        {"id": "old", "kind": "invoice", "title": "Invoice 1", "issued_on": "2025-06-01",
         "issuer": "Example Wholesale", "asins": ["B0TESTASN1"]},
        {"id": "pf", "kind": "invoice", "title": "Pro forma invoice 7", "issued_on": "2026-10-01",
         "issuer": "Example Wholesale"},
    ]  # fmt: skip
    found = {(f.rule, f.location) for f in _review_case(write_case, data) if f.severity == "error"}
    assert ("E2", "evidence[0].issued_on") in found  # 519 days before the notice; window 365
    assert ("E2", "evidence[1]") in found


def test_an_unchanged_bank_suggestion_is_flagged(write_case: WriteCase) -> None:
    from poa.banks import load_library

    bank = load_library().get("amazon.late_shipment_rate")
    data = minimal_case()
    data["issues"][0]["root_causes"][0]["description"] = bank.suggestions.root_causes[0].text
    x2 = [f for f in _review_case(write_case, data) if f.rule == "X2"]
    assert [f.location for f in x2] == ["issues[0].root_causes[0].description"]


def test_a_reason_in_the_notice_without_an_issue_is_an_error(write_case: WriteCase) -> None:
    data = minimal_case()
    data["notice"]["text"] = "Your late shipment rate and your order defect rate are too high."
    s2 = [f for f in _review_case(write_case, data) if f.rule == "S2"]
    assert len(s2) == 1 and "Order Defect Rate" in s2[0].message


def _found(rule: str, severity: Severity, area: str, location: str) -> Finding:
    return Finding(
        rule=rule, severity=severity, area=area, location=location, message="m", fix="f", source="s"
    )


def test_score_rubric() -> None:
    assert score([]) == (100, {"root_cause": 22, "corrective": 18, "preventive": 20, "tone": 12,
                               "evidence": 12, "structure": 10, "length": 6})  # fmt: skip
    warning = _found("T6", "warning", "tone", "x")
    assert score([warning])[0] == 100 - round(12 * 0.2)
    error = _found("T2", "error", "tone", "x")
    assert score([error])[0] == 100 - 6
    # More and worse problems always cost more: one error ranks above seven.
    assert score([error])[0] > score([error] * 2)[0] > score([error] * 7)[0]
    assert score([warning] * 3)[0] > score([error, warning])[0]
    missing = _found("S1", "error", "preventive", "issue 1")
    assert score([missing])[1]["preventive"] == 0
    # No part found anywhere: none can be checked, so each part's area loses half as well.
    nothing = _found("S1", "error", "structure", "the whole plan")
    total, areas = score([nothing])
    assert areas["root_cause"] == 11 and areas["preventive"] == 10 and areas["structure"] == 5
    assert total < score([missing])[0]
    assured = _found("U2", "info", "structure", "line 3")
    assert score([assured])[0] == 100


def test_json_output_is_stable(capsys: pytest.CaptureFixture[str]) -> None:
    plan = FIXTURES / "plans" / "bad-wall-of-text.txt"
    assert main(["check", str(plan), "--format", "json"]) == EXIT_FINDINGS
    data = json.loads(capsys.readouterr().out)
    assert isinstance(data["score"], int) and data["ready"] is False
    assert {"version", "source", "kind", "score", "ready", "findings"} <= data.keys()
    for finding in data["findings"]:
        assert {"rule", "severity", "location", "message", "fix"} <= finding.keys()
        assert finding["severity"] in {"error", "warning", "info"}


def test_exit_codes_work_in_a_pre_commit_hook(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = FIXTURES / "plans" / "good-two-issues.md"
    assert main(["check", str(good)]) == EXIT_OK
    assert main(["check", str(FIXTURES / "plans" / "bad-wall-of-text.txt")]) == EXIT_FINDINGS
    assert main(["check", str(tmp_path / "missing.md")]) == EXIT_BAD_INPUT
    broken = tmp_path / "plan.docx"
    broken.write_bytes(b"not a zip")
    assert main(["check", str(broken)]) == EXIT_BAD_INPUT
    assert "not a Word (.docx) document" in capsys.readouterr().err


def test_a_docx_plan_reads_like_its_markdown(tmp_path: Path) -> None:
    docx_plan = FIXTURES / "plans" / "word-plan.docx"
    plan = parse_plan(read_plan(docx_plan))
    assert len(plan.issues) == 1
    assert all(plan.issues[0].sections.get(k) for k in ("root_cause", "corrective", "preventive"))
    copy = tmp_path / "copy.docx"
    shutil.copy(docx_plan, copy)
    assert review(copy).score == review(docx_plan).score


def test_the_interview_objects_to_a_promise_at_once() -> None:
    said = objections("We will be more careful and this will never happen again.", "preventive")
    assert said and said[0].startswith("P1")
    assert (
        objections(
            "Since 5 November the shipping lead checks the unshipped orders at 15:00 every day.",
            "preventive",
        )
        == []
    )


def test_enclosed_evidence_that_nothing_cites_is_flagged(write_case: WriteCase) -> None:
    data = minimal_case()
    data["evidence"] = [
        {"id": "sop", "kind": "sop", "title": "Packing procedure", "issued_on": "2026-11-01"},
        {"id": "log", "kind": "other", "title": "Dispatch log", "issued_on": "2026-11-01"},
    ]
    data["issues"][0]["corrective_actions"][0]["evidence"] = ["log"]
    e6 = [f for f in _review_case(write_case, data) if f.rule == "E6"]
    assert [(f.location, f.severity) for f in e6] == [("evidence[0]", "warning")]
    assert "Packing procedure" in e6[0].message


def test_the_length_rule_judges_what_poa_writes(tmp_path: Path) -> None:
    """The plan is attached, so the form's character limit is judged on the paste text poa
    makes, box by box: a long plan whose boxes fit (shorter versions) is not flagged; a box
    that even its shortest version overflows is, by name."""
    tiktok = review(ROOT / "samples" / "tiktok-late-dispatch.yaml").findings
    assert not [f for f in tiktok if f.rule == "L1"]  # 10,000 characters of plan; boxes fit
    import shutil

    copy = tmp_path / "samples"
    shutil.copytree(ROOT / "samples", copy)
    case = copy / "tiktok-late-dispatch.yaml"
    long = "; ".join(  # one sentence: the box leads with it, whole
        f"on day {n} packing station {n} stopped for {n} hours when its printer jammed"
        for n in range(1, 40)
    )
    text = case.read_text(encoding="utf-8")
    case.write_text(text.replace("Two people pack our orders by hand", long, 1), "utf-8")
    long_box = [f for f in review(case).findings if f.rule == "L1"]
    assert len(long_box) == 1 and "Seller Center appeal form" in long_box[0].location
    assert "1,800" in long_box[0].message


def test_a_negation_inside_the_subject_does_not_deny_ownership() -> None:
    from poa.review.ownership import owns_the_problem

    assert owns_the_problem("The 46 orders without valid tracking were our failure.")
    assert not owns_the_problem("It was not our failure.")
    assert not owns_the_problem("We didn't take responsibility for the carrier.")


# -- who a sentence makes responsible, pleas, promises (the eleventh round) ---------------------

BLAME = [
    "The courier's repeated failures left 30 parcels without a first scan.",
    "Our 3PL has had ongoing issues with its label printer since March.",
    "The late orders were out of our hands.",
    "Our ratings were penalised for a supplier's late delivery.",
    "The delivery partner handled our parcels very poorly this spring.",
    "This was not our fault: the courier's failure to scan is the whole story.",
]
OWNED_OR_NO_BLAME = [
    "The carrier scanned late; we own the choice of carrier and changed it on 3 May.",
    "The courier's failure to collect on 9 June hit us because of our choice to use one depot.",
    "We had problems with the label printer, which our own staff maintain.",
    "The supplier has had no problems since we added the goods-in inspection.",
]


@pytest.mark.parametrize("sentence", BLAME)
def test_blame_is_the_sentence_making_another_party_responsible(sentence: str) -> None:
    assert RULES_BY_ID["T2"].match(sentence) is not None


@pytest.mark.parametrize("sentence", OWNED_OR_NO_BLAME)
def test_another_partys_failure_with_the_sellers_own_part_is_not_blame(sentence: str) -> None:
    assert RULES_BY_ID["T2"].match(sentence) is None


PLEAS = [
    "Nine staff and their families rely on this shop for their wages.",
    "Please take our six years on the platform into consideration.",
    "We appeal to your compassion at this difficult time.",
    "We hope for your leniency.",
]
NOT_PLEAS = [
    "Thank you for your understanding.",
    "Our packers rely on the checklist at every shift change.",
    "We take each supplier's complaint history into account when we reorder.",
    "We understand why the listing was removed.",
]


@pytest.mark.parametrize("sentence", PLEAS)
def test_an_appeal_to_sympathy_is_a_plea(sentence: str) -> None:
    assert RULES_BY_ID["T1"].match(sentence) is not None


@pytest.mark.parametrize("sentence", NOT_PLEAS)
def test_facts_about_people_and_history_are_not_pleas(sentence: str) -> None:
    assert RULES_BY_ID["T1"].match(sentence) is None


PROMISES = [
    "Going forward we will watch our inventory levels much more carefully.",
    "We will make every effort to keep this from recurring.",
    "These steps ensure that the problem never happens again.",
    "We will keep a closer eye on the returns queue.",
]
MECHANISMS = [
    "The shipping lead reads the late-order report every morning, more closely in peak weeks.",
    "We will check tracking more closely: the dispatch lead compares scans daily at 16:00.",
    "What we changed so that it does not happen again",
    "Every order is weighed before the label prints.",
]


@pytest.mark.parametrize("sentence", PROMISES)
def test_a_promise_of_effort_or_attention_is_no_mechanism(sentence: str) -> None:
    assert RULES_BY_ID["P1"].match(sentence) is not None


@pytest.mark.parametrize("sentence", MECHANISMS)
def test_a_routine_or_a_purpose_is_no_promise(sentence: str) -> None:
    assert RULES_BY_ID["P1"].match(sentence) is None


def test_not_being_able_to_know_is_ignorance_but_a_process_gap_is_not() -> None:
    r2 = RULES_BY_ID["R2"]
    assert r2.match("We had no means of telling that the labels were printing blank.")
    assert r2.match("We could not have foreseen that the depot would close.")
    assert not r2.match("The bins were shared, so there was no way to tell which unit shipped.")


def test_every_effort_is_no_cadence_for_a_preventive_part(tmp_path: Path) -> None:
    plan = tmp_path / "plan.md"
    plan.write_text(
        "# Plan of Action\n\n## Root cause\n\nOn 2 May 2026 our pick list skipped 14 orders, "
        "so they shipped two days late; the failure was ours.\n\n## Corrective actions\n\n"
        "- On 6 May 2026 we shipped and refunded the 14 orders.\n\n## Preventive measures\n\n"
        "- The shop manager will make every effort to keep orders on time.\n",
        encoding="utf-8",
    )
    p2 = [f for f in review(plan).findings if f.rule == "P2"]
    assert p2 and "how often" in p2[0].message, review(plan).findings


def test_blame_in_the_root_cause_costs_the_root_cause(tmp_path: Path) -> None:
    """A cause put on another party is not owned: the rubric's root cause loses its share,
    where the same sentence elsewhere costs only the tone."""
    body = (
        "# Plan of Action\n\n## Root cause\n\n{cause}\n\n## Corrective actions\n\n"
        "- On 6 May 2026 we moved all 52 open orders to a tracked service.\n\n"
        "## Preventive measures\n\n- The shipping lead checks first scans every day at 15:00 "
        "against a 98 % target in the carrier report.\n\n{closing}\n"
    )
    blame = "The courier's failures left 52 parcels without a scan between 1 and 5 May 2026."
    owned = "Between 1 and 5 May 2026 we sent 52 parcels untracked; the fault was ours."
    in_cause = tmp_path / "in_cause.md"
    in_cause.write_text(body.format(cause=blame, closing=""), encoding="utf-8")
    closing = tmp_path / "closing.md"
    closing.write_text(body.format(cause=owned, closing=blame), encoding="utf-8")
    [t2] = [f for f in review(in_cause).findings if f.rule == "T2"]
    assert t2.area == "root_cause"
    [elsewhere] = [f for f in review(closing).findings if f.rule == "T2"]
    assert elsewhere.area == "tone"
