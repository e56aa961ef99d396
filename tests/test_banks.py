"""The question banks: every reason covered, every bank valid, specific and replayable."""

from __future__ import annotations

import datetime as dt
import itertools
import re
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

import pytest

from poa.banks import Bank, Question, example_answers, example_case, load_library
from poa.banks.answers import answer_problem
from poa.banks.conditions import holds, names_in
from poa.banks.library import BankLibrary, builtin_dir, validate_folder
from poa.model import Case
from poa.render import render_markdown

TODAY = dt.date(2026, 11, 22)
LIBRARY = load_library()
BANKS = sorted(LIBRARY.banks.values(), key=lambda bank: bank.id)
IDS = [bank.id for bank in BANKS]

# The reasons the banks must cover (domain research, sections 1.1-1.5).
REQUIRED = {
    "amazon": [
        "order_defect_rate", "late_shipment_rate", "pre_fulfillment_cancel_rate",
        "valid_tracking_rate", "on_time_delivery_rate", "buyer_message_response_time",
        "inauthentic", "ip_trademark", "ip_copyright", "ip_patent", "product_safety",
        "recalled_product", "restricted_products", "used_sold_as_new", "not_as_described",
        "listing_policy", "variation_policy", "fair_pricing", "review_manipulation",
        "sales_rank_manipulation", "related_accounts", "code_of_conduct",
        "identity_verification", "inform_act", "drop_shipping", "sales_velocity",
        "compromised_account",
    ],
    "walmart": [
        "cancellation_rate", "on_time_delivery", "valid_tracking_rate", "refund_rate",
        "seller_response_rate", "return_rate", "item_not_received_rate",
        "negative_feedback_rate", "counterfeit", "ip_infringement", "prohibited_products",
    ],
    "ebay": [
        "transaction_defect_rate", "late_shipment_rate", "cases_closed_without_resolution",
        "vero_ip_infringement", "counterfeit", "prohibited_items",
    ],
    "tiktok": [
        "late_dispatch_rate", "seller_fault_cancellation_rate", "valid_tracking_rate",
        "seller_fault_return_rate", "ip_infringement", "counterfeit", "prohibited_products",
        "significantly_not_as_described",
    ],
    "etsy": [
        "message_response", "on_time_shipping", "review_rating", "case_rate",
        "ip_infringement", "prohibited_items", "creativity_standards",
    ],
}  # fmt: skip


def test_the_built_in_folder_is_valid() -> None:
    assert validate_folder(builtin_dir()) == []


@pytest.mark.parametrize("marketplace", sorted(REQUIRED))
def test_every_reason_has_a_bank(marketplace: str) -> None:
    missing = [r for r in REQUIRED[marketplace] if f"{marketplace}.{r}" not in LIBRARY.banks]
    assert missing == []


def _all_questions(bank: Bank) -> list[Question]:
    return bank.all_questions()


@pytest.mark.parametrize("bank", BANKS, ids=IDS)
def test_every_example_answers_its_own_question(bank: Bank) -> None:
    for question in bank.questions:
        assert answer_problem(question, question.example, TODAY) is None, question.id
        for inner in question.questions:
            assert answer_problem(inner, inner.example, TODAY) is None, f"{question.id}.{inner.id}"


@pytest.mark.parametrize("bank", BANKS, ids=IDS)
def test_conditions_are_reachable_both_ways(bank: Bank) -> None:
    """A `when` that no answer can make true hides its question or suggestion for good; one
    that no answer can make false asks it always, and should not be a condition."""
    suggestions = bank.suggestions
    offered = (
        *suggestions.root_causes,
        *suggestions.corrective_actions,
        *suggestions.preventive_measures,
    )
    conditions = [q.when for q in bank.questions if q.when] + [s.when for s in offered if s.when]
    unreachable = [
        (when, outcome)
        for when in conditions
        for outcome in (True, False)
        if not any(holds(when, answers) is outcome for answers in _answer_sets(bank, when))
    ]
    assert unreachable == []


def _answer_sets(bank: Bank, when: str) -> Iterator[dict[str, object]]:
    """The examples' answers, with every combination of values the seller could give (or
    not give) to the questions ``when`` reads."""
    asked = {q.id: q for q in bank.all_questions()}
    names = sorted(names_in(when))
    for values in itertools.product(*(_values(asked[name]) for name in names)):
        answers: dict[str, object] = dict(example_answers(bank))
        for name, value in zip(names, values, strict=True):
            if value is _SKIPPED:
                answers.pop(name, None)
            else:
                answers[name] = value
        yield answers


_SKIPPED = object()


def _values(question: Question) -> list[object]:
    """Answers worth trying: every choice, both booleans, a few numbers, the example."""
    choices = [c.value for c in question.choices]
    if question.type == "multiselect":
        return [_SKIPPED, [], *([c] for c in choices), choices]
    tried: list[object] = [_SKIPPED, question.example, *choices]
    if question.type == "confirm":
        tried += [True, False]
    elif question.type == "number":
        tried += [0, 1, 5, 24, 48, 100, 1000]
    return tried


@pytest.mark.parametrize("bank", BANKS, ids=IDS)
def test_example_answers_make_a_valid_case_that_renders(bank: Bank) -> None:
    case = Case.model_validate(example_case(bank, TODAY), context={"today": TODAY})
    markdown = render_markdown(case)
    assert f"Issue 1: {bank.title}" in markdown
    if bank.worked_example is not None:  # the case is the worked example: its owners show
        owners = [m.owner for m in bank.worked_example.preventive_measures]
    else:
        owners = [
            s.owner
            for s in bank.suggestions.preventive_measures
            if holds(s.when, example_answers(bank))
        ]
    for owner in owners:
        assert owner in markdown


@pytest.mark.parametrize("bank", BANKS, ids=IDS)
def test_metrics_named_by_a_bank_exist_in_the_thresholds(bank: Bank) -> None:
    known = {t.metric for t in getattr(LIBRARY.thresholds, bank.marketplace)}
    assert set(bank.metrics) <= known


def test_each_metric_has_exactly_one_default_version() -> None:
    for marketplace in REQUIRED:
        defaults: dict[str, int] = defaultdict(int)
        for threshold in getattr(LIBRARY.thresholds, marketplace):
            defaults[threshold.metric] += threshold.default
        assert all(count == 1 for count in defaults.values()), (marketplace, defaults)
    walmart_otd = [t for t in LIBRARY.thresholds.walmart if t.metric == "on_time_delivery"]
    assert {t.target for t in walmart_otd} == {90, 95}  # both versions kept


def _texts(bank: Bank) -> list[str]:
    """Every sentence-length text of a bank: what must be written for this reason alone."""
    texts = [bank.meaning]
    for question in _all_questions(bank):
        texts += [question.prompt, question.help]
        texts += [c.help for c in question.choices if c.help]
    s = bank.suggestions
    texts += [x.text for x in (*s.root_causes, *s.corrective_actions, *s.preventive_measures)]
    texts += [m.verification for m in s.preventive_measures]
    for need in bank.evidence:
        texts += [need.title, need.why, *need.accept, *need.refuse]
    texts += [t for t in (bank.channel.route, bank.channel.deadline_note) if t]
    return [" ".join(t.lower().split()) for t in texts if len(t.split()) >= 8]


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = re.findall(r"[a-z0-9%]+", text)
    return {tuple(words[i : i + 4]) for i in range(max(1, len(words) - 3))}


def test_no_paragraph_is_pasted_across_banks() -> None:
    """Texts of two different banks may share facts, not sentences (Jaccard of 4-word runs)."""
    owner: dict[tuple[str, ...], set[int]] = defaultdict(set)
    entries: list[tuple[str, str, set[tuple[str, ...]]]] = []
    for bank in BANKS:
        for text in _texts(bank):
            shingles = _shingles(text)
            for shingle in shingles:
                owner[shingle].add(len(entries))
            entries.append((bank.id, text, shingles))
    candidates: set[tuple[int, int]] = set()
    for holders in owner.values():
        if 1 < len(holders) <= 50:
            candidates.update(itertools.combinations(sorted(holders), 2))
    pasted = []
    for a, b in candidates:
        (bank_a, text_a, set_a), (bank_b, _, set_b) = entries[a], entries[b]
        if bank_a == bank_b:
            continue
        similarity = len(set_a & set_b) / len(set_a | set_b)
        if similarity >= 0.6:
            pasted.append((round(similarity, 2), bank_a, bank_b, text_a[:80]))
    assert sorted(pasted, reverse=True) == []


PLACEHOLDER = re.compile(r"\[[^\]]*\]|\bTODO\b|\bTBD\b|XXX|lorem ipsum|<[a-z]+>", re.IGNORECASE)


@pytest.mark.parametrize("bank", BANKS, ids=IDS)
def test_no_placeholders_are_left(bank: Bank) -> None:
    for text in _texts(bank):
        assert not PLACEHOLDER.search(text), text


def test_a_users_folder_adds_and_replaces_banks(tmp_path: Path) -> None:
    source = LIBRARY.files["amazon.late_shipment_rate"].read_text(encoding="utf-8")
    (tmp_path / "amazon").mkdir()
    replaced = source.replace("title: Late Shipment Rate above target", "title: Our own wording")
    (tmp_path / "amazon" / "late_shipment_rate.yaml").write_text(replaced, encoding="utf-8")
    added = source.replace("id: amazon.late_shipment_rate", "id: amazon.late_dispatch_uk")
    (tmp_path / "amazon" / "late_dispatch_uk.yaml").write_text(added, encoding="utf-8")

    library = load_library([tmp_path])

    assert library.get("amazon.late_shipment_rate").title == "Our own wording"
    assert "amazon.late_dispatch_uk" in library.banks
    assert len(library.banks) == len(LIBRARY.banks) + 1
    assert isinstance(library, BankLibrary)


@pytest.mark.parametrize("bank", BANKS, ids=IDS)
def test_the_example_case_is_a_model_answer(bank: Bank, tmp_path: Path) -> None:
    """`poa banks example` writes what an expert would send for the example facts: the review
    finds nothing above info, and no sentence is a suggestion copied word for word."""
    from poa import yamldoc
    from poa.review import review

    assert bank.worked_example is not None, f"{bank.id} has no worked_example"
    case = tmp_path / "case.yaml"
    case.write_text(yamldoc.dump(example_case(bank, TODAY)), encoding="utf-8")
    findings = [
        f"{f.severity} {f.rule} {f.location}: {f.message}"
        for f in review(case).findings
        if f.severity != "info"
    ]
    assert findings == []


def test_a_bank_without_a_worked_example_starts_from_its_suggestions() -> None:
    """An agency's own bank may have no worked example: its suggestions make the case."""
    bank = LIBRARY.get("amazon.late_shipment_rate").model_copy(update={"worked_example": None})
    data = example_case(bank, TODAY)
    case = Case.model_validate(data, context={"today": TODAY})
    first = bank.suggestions.root_causes[0].text
    assert case.issues[0].root_causes[0].description == first
