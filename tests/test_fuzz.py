"""Every loader, fed mutated real inputs: it loads them or raises a PoaError with a message.

A short, reproducible run (hypothesis, derandomized); ``make fuzz`` runs the same targets for
minutes with random mutations (tests/fuzz/run.py).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from ruamel.yaml.comments import CommentedMap

from poa.casefile import load_case
from poa.errors import CaseFileError, CaseValidationError, PoaError
from poa.interview import run_interview
from poa.interview.replay import layer_answers
from tests.conftest import examples
from tests.fuzz.targets import KINDS, SNIPPETS, TARGETS, Op, run_one

ops = st.lists(
    st.builds(
        Op,
        kind=st.sampled_from(KINDS),
        at=st.floats(0, 1),
        size=st.integers(1, 64),
        payload=st.sampled_from(SNIPPETS) | st.binary(min_size=1, max_size=16),
    ),
    min_size=1,
    max_size=6,
)
# Inputs per target, by how long one takes (the interview replays a whole case).
BUDGET = {"case": 120, "bank": 120, "notice": 150, "answers": 150, "interview": 60,
          "template-meta": 300, "plan": 150, "plan-docx": 200, "plan-pdf": 150}  # fmt: skip


@pytest.mark.parametrize("name", sorted(TARGETS))
def test_a_mutated_input_loads_or_is_refused_with_a_message(name: str, tmp_path: Path) -> None:
    target = TARGETS[name]
    count = 0

    @settings(max_examples=examples(BUDGET[name]))
    @given(seed=st.integers(0, 1000), changes=ops)
    def check(seed: int, changes: list[Op]) -> None:
        nonlocal count
        count += 1
        outcome = run_one(target, seed, changes, tmp_path / str(count))
        if outcome.failure is not None:
            raise outcome.failure

    check()


def test_the_unchanged_seeds_all_load(tmp_path: Path) -> None:
    """The mutations start from sound inputs: every seed loads as it is."""
    for name, target in TARGETS.items():
        for index in range(len(target.seeds())):
            outcome = run_one(target, index, [], tmp_path / name / str(index))
            assert outcome.failure is None, (name, index, outcome.failure)
            # Samples name evidence files that are not copied along, and a replayed
            # interview may miss answers: those two may refuse, never fail.
            assert outcome.loaded or name in {"case", "interview"}, (name, index, outcome.refused)


# --- what fuzzing found ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "shown"),
    [
        ('"foo bar": 1\n', "foo bar: unknown key 'foo bar'"),
        (
            "seller:\n  legal name!: x\n",
            "seller.legal name!: unknown key 'legal name!'; did you mean 'legal_name'?",
        ),
    ],
)
def test_an_unknown_key_of_any_spelling_is_named(tmp_path: Path, body: str, shown: str) -> None:
    path = tmp_path / "case.yaml"
    path.write_text("schema_version: 1\nmarketplace: amazon\n" + body, encoding="utf-8")
    with pytest.raises(CaseValidationError) as caught:
        load_case(path)
    assert shown in str(caught.value)


@pytest.mark.parametrize(
    ("setting", "message"),
    [
        ("seller.legal_name=[", "not valid YAML"),
        ("seller.legal_name=!!python/name:os.system", "not valid YAML"),
        ("issues[99999].title=x", "the list has 0 entries; add them in order"),
        ("seller=x", "seller must be a mapping"),
        ("issues[0]=5", "issues[0] must be a mapping"),
    ],
)
def test_a_bad_set_value_is_refused_with_a_message(
    tmp_path: Path, setting: str, message: str
) -> None:
    key, _, value = setting.partition("=")
    with pytest.raises(PoaError) as caught:
        run_interview(tmp_path / "case.yaml", values={key: value}, out_dir=tmp_path / "out")
    assert message in str(caught.value)


def test_setting_through_a_plain_value_is_refused() -> None:
    data = CommentedMap({"seller": "x"})
    with pytest.raises(CaseFileError, match="seller is not a mapping"):
        layer_answers(data, None, {"seller.legal_name": "y"})


@pytest.mark.parametrize(
    "body",
    ["issues: [5]", "issues: 5", "seller: x", "interview: 3", "notice: []",
     "issues:\n  - root_causes: x"],
)  # fmt: skip
def test_the_interview_refuses_a_case_of_the_wrong_shape(tmp_path: Path, body: str) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(f"schema_version: 1\nmarketplace: amazon\n{body}\n", encoding="utf-8")
    with pytest.raises(CaseFileError, match="must be a"):
        run_interview(path, values={}, out_dir=tmp_path / "out")


@pytest.mark.parametrize("value", ["!!int Sample case", "!!int ''", "!!float 1e2e3", "!!float"])
def test_a_value_that_does_not_fit_its_tag_is_refused(tmp_path: Path, value: str) -> None:
    path = tmp_path / "case.yaml"
    path.write_text(f"schema_version: 1\nmarketplace: {value}\n", encoding="utf-8")
    with pytest.raises(CaseFileError, match="does not fit its tag"):
        load_case(path)
    with pytest.raises(CaseFileError, match="does not fit its tag"):
        layer_answers(CommentedMap(), path, {})


def test_an_anchor_defined_twice_is_refused_with_its_line(tmp_path: Path) -> None:
    # ruamel only warns and keeps the later one; which one the writer meant is a guess.
    path = tmp_path / "case.yaml"
    path.write_text(
        "schema_version: 1\nmarketplace: &m amazon\nregion: &m US\nnote: *m\n", encoding="utf-8"
    )
    with pytest.raises(CaseFileError, match=r"case\.yaml:3: the anchor &m is defined twice"):
        load_case(path)
    with pytest.raises(CaseFileError, match="defined twice"):
        layer_answers(CommentedMap(), path, {})


def test_replaying_an_issue_without_a_reason_stops_and_names_the_question(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from poa.interview.engine import Engine
    from poa.interview.replay import MissingAnswersError

    path = tmp_path / "case.yaml"
    text = (Path("samples") / "ebay-transaction-defects.yaml").read_text(encoding="utf-8")
    path.write_text(text.replace("  - reason: ", "  - reasof: ", 1), encoding="utf-8")
    plans = 0
    plan = Engine.plan

    def counted(self: Engine, data: Any) -> Any:
        nonlocal plans
        plans += 1
        assert plans < 2_000, "the replay keeps asking the same step"  # found by make fuzz
        return plan(self, data)

    monkeypatch.setattr(Engine, "plan", counted)
    with pytest.raises(MissingAnswersError, match="issues: Which reasons does the notice cite"):
        run_interview(path, answers=None, values={}, out_dir=tmp_path / "out")
