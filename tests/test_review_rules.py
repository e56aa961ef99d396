"""Each rule the review applies by code, on a text that breaks it and one that does not; every
rule defined once; and a guard that every rule of the review is exercised by some test."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from pathlib import Path
from typing import Any

import pytest
from ruamel.yaml import YAML

from poa.review import review
from poa.review.catalog import BY_ID, RULES
from poa.review.checks import CHECKS, Check
from poa.review.rules import SENTENCE_RULES
from poa.review.sentence_rule import SentenceRule
from tests.conftest import ROOT, WriteCase, minimal_case

CaseEdit = dict[str, Any]


def _rules_of_case(write_case: WriteCase, data: CaseEdit) -> set[str]:
    return {f.rule for f in review(write_case(data)).findings}


def _issue(data: CaseEdit) -> dict[str, Any]:
    issue: dict[str, Any] = data["issues"][0]
    return issue


def _root_cause(text: str) -> CaseEdit:
    data = minimal_case()
    _issue(data)["root_causes"][0]["description"] = text
    return data


def _action(text: str) -> CaseEdit:
    data = minimal_case()
    _issue(data)["corrective_actions"][0]["action"] = text
    return data


def _verification(text: str | None) -> CaseEdit:
    data = minimal_case()
    measure = _issue(data)["preventive_measures"][0]
    if text is None:
        del measure["verification"]
    else:
        measure["verification"] = text
    return data


def _measures(count: int) -> CaseEdit:
    data = minimal_case()
    (measure,) = _issue(data)["preventive_measures"]
    _issue(data)["preventive_measures"] = [
        {**measure, "measure": f"Control {n}: {measure['measure']}"} for n in range(1, count + 1)
    ]
    return data


def _started(on: dt.date) -> CaseEdit:
    data = minimal_case()
    _issue(data)["preventive_measures"][0]["started_on"] = on.isoformat()
    return data


def _attempt(number: int) -> CaseEdit:
    data = minimal_case()
    data["notice"]["attempt"] = number
    return data


def _apologies(count: int) -> CaseEdit:
    data = minimal_case()
    _issue(data)["summary"] = " ".join(["We are sorry for the 12 late orders."] * count)
    return data


def _evidence(enclosed: bool) -> CaseEdit:
    data = minimal_case()
    if enclosed:
        data["evidence"] = [{"id": "late", "kind": "other", "title": "Late orders"}]
        _issue(data)["root_causes"][0]["evidence"] = ["late"]
    return data


NEXT_YEAR = dt.date.today() + dt.timedelta(days=365)

# (rule, a case that breaks it, a case that does not). The good case may break other rules;
# only its own rule must stay quiet.
CASES: list[tuple[str, CaseEdit, CaseEdit]] = [
    (
        "R3",
        _root_cause("Some orders shipped late because we were busy."),
        _root_cause("38 of 528 orders from 3 to 31 October shipped late: one packer."),
    ),
    (
        "R4",
        _root_cause("We received complaints from buyers about late parcels."),
        _root_cause("Handling time was 1 day with one packer for 1.5 times the usual volume."),
    ),
    (
        "C2",
        _action("Shipped the open orders."),
        _action("Shipped all 12 open orders."),
    ),
    (
        "C3",
        _action("Shipped all 12 open orders."),
        _action("Raised the handling time to 2 days and hired a second packer on 3 November."),
    ),
    (
        "P3",
        _verification(None),
        _verification("Daily 15:00 check of unshipped orders."),
    ),
    ("P4", _measures(9), _measures(8)),
    ("P5", _started(NEXT_YEAR), _started(dt.date(2026, 11, 4))),
    ("X1", _attempt(2), _attempt(1)),
    ("T7", _apologies(4), _apologies(1)),
    ("E5", _evidence(True), _evidence(False)),
]


@pytest.mark.parametrize(("rule", "bad", "good"), CASES, ids=[c[0] for c in CASES])
def test_a_case_rule_flags_the_bad_text_and_not_the_good(
    write_case: WriteCase, rule: str, bad: CaseEdit, good: CaseEdit
) -> None:
    assert rule in _rules_of_case(write_case, bad)
    assert rule not in _rules_of_case(write_case, good)


ROOT_CAUSE = "We take full responsibility: from 3 to 31 October 38 of 528 orders shipped late."
ACTION = "On 3 November we shipped all 12 open orders and refunded the 4 buyers."
MEASURE = "The shipping lead checks the unshipped-orders report every day at 15:00."


def _plan(*parts: tuple[str, str]) -> str:
    return "# Plan of Action\n\n" + "".join(f"## {head}\n\n1. {text}\n\n" for head, text in parts)


IN_ORDER = (
    ("Root cause", ROOT_CAUSE),
    ("Corrective actions", ACTION),
    ("Preventive measures", MEASURE),
)
PLANS: list[tuple[str, str, str]] = [
    (
        "S3",
        _plan(IN_ORDER[2], IN_ORDER[0], IN_ORDER[1]),
        _plan(*IN_ORDER),
    ),
    (
        "R3",
        _plan(("Root cause", "We take full responsibility: we were busy."), *IN_ORDER[1:]),
        _plan(*IN_ORDER),
    ),
    (
        "C2",
        _plan(IN_ORDER[0], ("Corrective actions", "We shipped the open orders."), IN_ORDER[2]),
        _plan(*IN_ORDER),
    ),
    (
        "P3",
        _plan(*IN_ORDER[:2], ("Preventive measures", "The shipping lead packs every day.")),
        _plan(*IN_ORDER),
    ),
]


@pytest.mark.parametrize(("rule", "bad", "good"), PLANS, ids=[f"plan-{p[0]}" for p in PLANS])
def test_a_plan_rule_flags_the_bad_text_and_not_the_good(
    tmp_path: Path, rule: str, bad: str, good: str
) -> None:
    found = {}
    for name, text in (("bad", bad), ("good", good)):
        path = tmp_path / f"{name}.md"
        path.write_text(text, encoding="utf-8")
        found[name] = {f.rule for f in review(path).findings}
    assert rule in found["bad"]
    assert rule not in found["good"]


def _mentioned_in_tests() -> set[str]:
    """Rule ids a test names: quoted in a test module, a rule of the sentence corpora, or
    expected (or ruled out) for a written plan."""
    tests = ROOT / "tests"
    source = "\n".join(p.read_text(encoding="utf-8") for p in tests.glob("test_*.py"))
    named = set(re.findall(r"[\"']([A-Z]\d{1,2})[\"']", source))
    yaml = YAML(typ="safe")
    for corpus in ("labelled.yaml", "heldout.yaml"):
        named |= set(yaml.load((tests / "fixtures" / "review" / corpus).read_text("utf-8")))
    for expect in (tests / "fixtures" / "review" / "plans").glob("*.expect.yaml"):
        spec = yaml.load(expect.read_text(encoding="utf-8"))
        named |= {*spec["should_flag"], *spec["must_not_flag"]}
    return named


def test_every_rule_of_the_review_is_named_by_some_test() -> None:
    defined = {rule.id for rule in RULES} | {rule.id for rule in SENTENCE_RULES}
    assert defined - _mentioned_in_tests() == set()


def test_each_rule_is_defined_once() -> None:
    rules: list[Check | SentenceRule] = [*CHECKS, *SENTENCE_RULES]
    defined = Counter(rule.id for rule in rules)
    assert [rule for rule, count in defined.items() if count > 1] == []
    described = Counter(rule.id for rule in RULES)
    assert [rule for rule, count in described.items() if count > 1] == []
    assert set(defined) == set(described)
    # What a rule usually is, the catalogue tells the user in the same words.
    for rule in rules:
        assert (rule.severity, rule.area) == (BY_ID[rule.id].severity, BY_ID[rule.id].area)


def test_findings_are_made_from_their_rule_only() -> None:
    """No module of the review states a rule's id, severity and area a second time: findings
    come from ``Check.finding`` or ``finding_for`` (and the case model's problems), and rules
    from the two tables."""
    review = ROOT / "poa" / "review"
    makers = {"checks.py", "text_rules.py", "__init__.py"}
    for module in review.glob("*.py"):
        source = module.read_text(encoding="utf-8")
        if module.name not in makers:
            assert not re.search(r"\bFinding\(", source), module.name
        if module.name != "checks.py":
            assert not re.search(r"\bCheck\(", source), module.name
        if module.name not in {"tone_rules.py", "part_rules.py"}:
            assert not re.search(r"\bSentenceRule\(", source), module.name
