"""The plan kept between answers (issue 18) is the plan built afresh: the same cases written,
the same questions in the same order at every step, the same suggestion chosen; and the work
per answer does not grow with the number of issues."""

from __future__ import annotations

import dataclasses
import datetime as dt
import difflib
import random
import shutil
from pathlib import Path
from typing import Any

import pytest

from poa.banks import load_library
from poa.banks.schema import Bank, MeasureSuggestion
from poa.interview import Engine, run_interview
from poa.interview.flow import Flow
from poa.interview.replay import MissingAnswersError
from poa.interview.steps import Step
from poa.interview.suggestions import MeasureIndex
from tests.conftest import ROOT, SAMPLES
from tests.interview_driver import auto_answer
from tests.many_issues import issues_answers

TODAY = dt.date(2026, 11, 22)
LIBRARY = load_library()
WRITTEN = ROOT / "tests" / "fixtures" / "replay"
"""What the replay wrote before the plan was kept between answers (commit 5cb0a42, which
rebuilt the whole plan after every answer), for each sample and for answers of 1 to 3 issues."""


def _answers(name: str, folder: Path) -> Path:
    if name.startswith("answers-"):
        count, _, bare = name.removeprefix("answers-").removesuffix(".yaml").partition("-")
        return issues_answers(int(count), folder, bare=bool(bare))
    return folder / name


@pytest.mark.parametrize("name", sorted(p.name for p in WRITTEN.glob("*.yaml")))
def test_replay_writes_the_same_bytes_as_before(name: str, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "samples", tmp_path, dirs_exist_ok=True)
    new = tmp_path / f"replayed-{name}"
    missing = "complete"
    try:
        run_interview(new, answers=_answers(name, tmp_path), today=TODAY)
    except MissingAnswersError as err:
        missing = str(err).replace(str(tmp_path), "WORK")
    assert new.read_bytes() == (WRITTEN / name).read_bytes()
    told = WRITTEN / name.replace(".yaml", ".missing.txt")
    assert missing == (told.read_text(encoding="utf-8").strip() if told.exists() else "complete")


def test_every_sample_has_its_written_case() -> None:
    assert {p.name for p in SAMPLES} <= {p.name for p in WRITTEN.glob("*.yaml")}


def _closest_before(text: str, bank: Bank) -> MeasureSuggestion | None:
    """The matching as it was written before the index (commit 5cb0a42)."""
    options = bank.suggestions.preventive_measures
    if not text or not options:
        return None
    scored = [(difflib.SequenceMatcher(None, text, o.text).ratio(), o) for o in options]
    score, best = max(scored, key=lambda pair: pair[0])
    return best if score >= 0.6 else None


def test_the_index_chooses_the_suggestion_the_matching_chose() -> None:
    index = MeasureIndex()
    chosen = 0
    for bank in LIBRARY.banks.values():
        texts = [o.text for o in bank.suggestions.preventive_measures]
        if bank.worked_example:
            texts += [m.measure for m in bank.worked_example.preventive_measures]
        texts += [t[: len(t) // 2] for t in texts] + [t + " Checked weekly." for t in texts]
        texts += ["", "x", texts[0].upper(), " ".join(reversed(texts[0].split()))]
        for text in texts * 2:  # the second time from what the index kept
            assert index.closest(text, bank) is _closest_before(text, bank), (bank.id, text)
            chosen += index.closest(text, bank) is not None
    assert chosen > 100  # most texts here are close to a suggestion; some are not


def _shape(step: Step, data: Any) -> tuple[Any, ...]:
    """Everything a step shows and does, its checks included (on the answer the scripted
    seller would give)."""
    fields = {f.name: getattr(step, f.name) for f in dataclasses.fields(step)}
    for name in ("check", "store", "answered"):
        fields.pop(name)
    value = auto_answer(step, LIBRARY, [str(step.extra.get("bank", ""))], TODAY)
    return (*fields.items(), step.is_answered(data), step.problem(value))


def _seller(step: Step, rng: random.Random, reasons: list[str]) -> Any:
    """A scripted seller who varies: adds entries, cites files, picks any choice, writes
    measures near a suggestion or not."""
    if step.kind == "more":
        return rng.random() < 0.3
    if step.kind == "path":
        return rng.choice([None, "evidence/a.pdf", "evidence/b.pdf"])
    if step.kind == "select" and step.path[2:3] != ("facts",) and step.path[0] != "marketplace":
        return rng.choice(step.choices)[0]
    if step.suggestions and step.kind == "multiline":
        text = rng.choice(step.suggestions)
        return rng.choice([text, text[: len(text) * 2 // 3], f"Our own control {rng.random()}"])
    if step.path[2:3] == ("facts",) and step.kind in {"select", "confirm"} and step.choices:
        return rng.choice(step.choices)[0] if step.kind == "select" else rng.random() < 0.5
    return auto_answer(step, LIBRARY, reasons, TODAY)


def _changed(step: Step, rng: random.Random, reasons: list[str]) -> Any:
    """Another answer to an answered question: other reasons (issues kept, dropped, moved),
    other cited ASINs (each issue's ASIN question depends on them), another choice."""
    if step.path == ("issues",):
        return [value for value, _ in rng.sample(step.choices, rng.randint(1, 3))]
    if step.path == ("notice", "asins"):
        return rng.sample(["B0C7K2M4QZ", "B0D1EXAMP2", "B0EXAMPLE3"], rng.randint(0, 3))
    return _seller(step, rng, reasons)


LISTS = {"issues", "notice.asins"}
REASON_SETS = [
    ["amazon.late_shipment_rate"],  # a repeated group, questions asked on conditions
    ["amazon.used_sold_as_new", "amazon.late_shipment_rate"],  # answers checked on others
    ["tiktok.late_dispatch_rate", "tiktok.seller_fault_cancellation_rate"],
    ["ebay.transaction_defect_rate", "ebay.cases_closed_without_resolution"],
]


@pytest.mark.parametrize("seed", range(len(REASON_SETS)))
def test_the_kept_plan_is_the_plan_built_afresh(seed: int, tmp_path: Path) -> None:
    """At every step of an interview that adds entries, cites files, goes back and changes
    answers, the kept plan shows what a plan built from nothing would."""
    (tmp_path / "evidence").mkdir()
    for name in ("a.pdf", "b.pdf"):
        (tmp_path / "evidence" / name).write_bytes(b"%PDF-1.4")
    rng = random.Random(seed)  # noqa: S311 - a reproducible seller, not a secret
    reasons = REASON_SETS[seed]
    engine = Engine(LIBRARY, tmp_path, TODAY)
    data: dict[str, Any] = {"schema_version": 1}
    steps = changes = 0
    while (step := engine.next_step(data)) is not None:
        fresh = Engine(LIBRARY, tmp_path, TODAY)
        assert [_shape(s, data) for s in engine.plan(data)] == [
            _shape(s, data) for s in fresh.plan(data)
        ]
        assert step.key == getattr(fresh.next_step(data), "key", None)
        roll = rng.random()
        answered = [
            s for s, _ in engine.answered(data) if s.kind in {"select", "confirm"} or s.key in LISTS
        ]
        if roll < 0.08:
            engine.back(data, step)
        elif roll < 0.12 and answered:
            lists = [s for s in answered if s.key in LISTS]
            earlier = rng.choice(lists if lists and rng.random() < 0.5 else answered)
            engine.change(data, earlier, _changed(earlier, rng, reasons))
            changes += 1
        else:
            engine.answer(data, step, _seller(step, rng, reasons))
        steps += 1
        assert steps < 1500, f"the interview does not end; stuck at {step.key}"
    fresh = Engine(LIBRARY, tmp_path, TODAY)
    assert [_shape(s, data) for s in engine.plan(data)] == [
        _shape(s, data) for s in fresh.plan(data)
    ]
    assert steps > 40 and changes > 0


def _replay_work(issues: int, folder: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, int]:
    """How often a replay of ``issues`` issues builds an issue's questions, looks whether a
    question is answered, and compares a text with a suggestion."""
    counts = dict.fromkeys(("issue built", "answered looked up", "texts compared"), 0)

    def counting(name: str, original: Any) -> Any:
        def counted(*args: Any, **kwargs: Any) -> Any:
            counts[name] += 1
            return original(*args, **kwargs)

        return counted

    with monkeypatch.context() as patch:
        patch.setattr(Flow, "_issue", counting("issue built", Flow._issue))
        patch.setattr(Step, "is_answered", counting("answered looked up", Step.is_answered))
        patch.setattr(
            difflib.SequenceMatcher,
            "ratio",
            counting("texts compared", difflib.SequenceMatcher.ratio),
        )
        run_interview(
            folder / f"case-{issues}.yaml", answers=issues_answers(issues, folder), today=TODAY
        )
    return counts


def test_replay_work_grows_with_the_issues_not_their_square(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Ten times the issues, at most eleven times the work (rebuilding the plan after every
    answer, as before issue 18, did about a hundred times the work)."""
    few = _replay_work(2, tmp_path, monkeypatch)
    many = _replay_work(20, tmp_path, monkeypatch)
    for what, count in few.items():
        assert count > 0 and many[what] <= 11 * count, (what, count, many[what])


def test_going_back_from_a_new_entry_plans_its_issue_again(tmp_path: Path) -> None:
    """Going back removes the entry just added: the issue it was in is planned again."""
    engine = Engine(LIBRARY, tmp_path, TODAY)
    data: dict[str, Any] = {"schema_version": 1}
    reasons = ["amazon.late_shipment_rate"]
    while (step := engine.next_step(data)) is not None and step.kind != "more":
        engine.answer(data, step, auto_answer(step, LIBRARY, reasons, TODAY))
    assert step is not None
    engine.answer(data, step, True)
    added = engine.next_step(data)
    assert added is not None and added.list_path is not None
    assert getattr(engine.back(data, added), "key", None) == step.key
    fresh = Engine(LIBRARY, tmp_path, TODAY).next_step(data)
    assert getattr(engine.next_step(data), "key", None) == step.key == getattr(fresh, "key", None)


def test_an_issue_left_alone_offers_every_cited_asin(tmp_path: Path) -> None:
    """Whether an issue is the only one decides its ASIN question's default: dropping the
    other reason plans the one left again."""
    engine = Engine(LIBRARY, tmp_path, TODAY)
    data: dict[str, Any] = {"schema_version": 1}
    reasons = ["amazon.late_shipment_rate", "amazon.used_sold_as_new"]
    while (step := engine.next_step(data)) is not None and step.key != "issues[0].asins":
        engine.answer(data, step, auto_answer(step, LIBRARY, reasons, TODAY))
    assert step is not None and step.default is None
    chosen = next(s for s in engine.plan(data) if s.key == "issues")
    engine.change(data, chosen, reasons[:1])
    alone = next(s for s in engine.plan(data) if s.key == "issues[0].asins")
    assert alone.default == data["notice"]["asins"] != []
