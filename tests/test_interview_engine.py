"""The interview engine, driven by a scripted seller: every bank, going back, edits, replay."""

from __future__ import annotations

import ast
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

from poa.banks import load_library
from poa.casefile import load_case, open_case
from poa.errors import EXIT_INTERRUPTED, Interrupted
from poa.interview import Engine, paths, run_interview
from poa.interview.replay import MissingAnswersError
from poa.interview.steps import Back, Step
from poa.model import Case
from poa.render import render_markdown
from tests.conftest import ROOT, SAMPLES
from tests.interview_driver import auto_answer

TODAY = dt.date(2026, 11, 22)
LIBRARY = load_library()


def _complete(engine: Engine, data: dict[str, Any], reasons: list[str]) -> int:
    count = 0
    while (step := engine.next_step(data)) is not None:
        value = auto_answer(step, LIBRARY, reasons, TODAY)
        assert step.problem(value) is None, (step.key, value, step.problem(value))
        engine.answer(data, step, value)
        count += 1
        assert count < 400, f"the interview does not end; stuck at {step.key}"
    return count


@pytest.mark.parametrize("reason", LIBRARY.ids)
def test_every_bank_can_be_answered_to_a_valid_case(reason: str, tmp_path: Path) -> None:
    engine = Engine(LIBRARY, tmp_path, TODAY)
    data: dict[str, Any] = {"schema_version": 1}
    asked = _complete(engine, data, [reason])
    bank = LIBRARY.get(reason)
    assert asked >= len(bank.questions)
    case = Case.model_validate(data, context={"today": TODAY, "base_dir": tmp_path})
    assert case.issues[0].reason == reason
    assert f"Issue 1: {bank.title}" in render_markdown(case)
    assert data["interview"]["finished"] is True


def test_two_reasons_make_two_issues_with_their_own_sections(tmp_path: Path) -> None:
    engine = Engine(LIBRARY, tmp_path, TODAY)
    data: dict[str, Any] = {"schema_version": 1}
    reasons = ["tiktok.late_dispatch_rate", "tiktok.seller_fault_cancellation_rate"]
    seen: list[str] = []
    while (step := engine.next_step(data)) is not None:
        seen.append(engine.progress(data, step))
        engine.answer(data, step, auto_answer(step, LIBRARY, reasons, TODAY))
    assert "Issue 1 of 2 · Corrective actions · section 3 of 6" in seen
    assert "Issue 2 of 2 · Preventive measures · section 3 of 6" in seen
    assert "Seller and notice · section 2 of 6" in seen
    case = Case.model_validate(data, context={"today": TODAY})
    assert [i.reason for i in case.issues] == reasons


def _answer_until(engine: Engine, data: dict[str, Any], key: str, reasons: list[str]) -> Step:
    while (step := engine.next_step(data)) is not None and step.key != key:
        engine.answer(data, step, auto_answer(step, LIBRARY, reasons, TODAY))
    assert step is not None
    return step


def test_back_goes_to_the_previous_question_and_keeps_its_answer(tmp_path: Path) -> None:
    engine = Engine(LIBRARY, tmp_path, TODAY)
    data: dict[str, Any] = {"schema_version": 1}
    step = _answer_until(engine, data, "seller.store_name", ["amazon.late_shipment_rate"])
    previous = engine.back(data, step)
    assert previous is not None and previous.key == "seller.legal_name"
    assert paths.get(data, previous.path) == "Example Home Goods LLC"
    first = engine.plan(data)[0]
    assert engine.back(data, first) is None


def test_back_from_a_new_entry_removes_it_and_asks_add_another_again(tmp_path: Path) -> None:
    engine = Engine(LIBRARY, tmp_path, TODAY)
    data: dict[str, Any] = {"schema_version": 1}
    more = _answer_until(engine, data, "more:issues[0].root_causes", ["amazon.late_shipment_rate"])
    engine.answer(data, more, True)
    new = engine.next_step(data)
    assert new is not None and new.key == "issues[0].root_causes[1].description"
    back = engine.back(data, new)
    assert back is not None and back.key == more.key
    assert len(data["issues"][0]["root_causes"]) == 1
    again = engine.next_step(data)
    assert again is not None and again.key == more.key


def test_changing_an_answer_asks_again_what_depended_on_it(tmp_path: Path) -> None:
    engine = Engine(LIBRARY, tmp_path, TODAY)
    data: dict[str, Any] = {"schema_version": 1}
    reasons = ["amazon.late_shipment_rate"]
    method = _answer_until(engine, data, "issues[0].facts.confirmation_method", reasons)
    engine.answer(data, method, "software")
    integration = engine.next_step(data)
    assert integration is not None and integration.key == "issues[0].facts.integration_name"
    engine.answer(data, integration, "Example connector")
    _complete(engine, data, reasons)

    cleared = engine.change(data, method, "manual")

    assert "integration_name" not in data["issues"][0]["facts"]
    assert engine.next_step(data) is None  # nothing else depended on it
    engine.change(data, method, "software")
    again = engine.next_step(data)
    assert again is not None and again.key == "issues[0].facts.integration_name"
    assert cleared == []  # the answer was pruned, not cleared: its question disappeared


def test_changing_the_marketplace_asks_the_reasons_again(tmp_path: Path) -> None:
    engine = Engine(LIBRARY, tmp_path, TODAY)
    data: dict[str, Any] = {"schema_version": 1}
    _complete(engine, data, ["amazon.late_shipment_rate"])
    marketplace = engine.plan(data)[0]

    cleared = engine.change(data, marketplace, "walmart")

    assert ("issues",) in cleared
    step = engine.next_step(data)
    assert step is not None and step.key == "issues"
    assert all(value.startswith("walmart.") for value, _ in step.choices)


def test_an_evidence_file_given_for_an_action_becomes_an_evidence_item(tmp_path: Path) -> None:
    (tmp_path / "evidence").mkdir()
    (tmp_path / "evidence" / "tracking.pdf").write_bytes(b"%PDF-1.4")
    engine = Engine(LIBRARY, tmp_path, TODAY)
    data: dict[str, Any] = {"schema_version": 1}
    step = _answer_until(
        engine, data, "issues[0].corrective_actions[0].evidence", ["amazon.late_shipment_rate"]
    )
    assert step.problem("evidence/missing.pdf") is not None
    assert step.problem(str(tmp_path / "evidence" / "tracking.pdf")) is None
    engine.answer(data, step, "evidence/tracking.pdf")
    assert data["evidence"] == [{"id": "tracking", "file": "evidence/tracking.pdf"}]
    assert data["issues"][0]["corrective_actions"][0]["evidence"] == ["tracking"]
    _complete(engine, data, ["amazon.late_shipment_rate"])
    case = Case.model_validate(data, context={"today": TODAY, "base_dir": tmp_path})
    assert case.evidence[0].kind and case.evidence[0].title


def test_a_completed_action_dated_in_the_future_is_refused(tmp_path: Path) -> None:
    engine = Engine(LIBRARY, tmp_path, TODAY)
    data: dict[str, Any] = {"schema_version": 1}
    step = _answer_until(
        engine, data, "issues[0].corrective_actions[0].completed_on", ["amazon.late_shipment_rate"]
    )
    problem = step.problem(TODAY + dt.timedelta(days=1))
    assert problem is not None and "in the future" in problem
    asins = Engine(LIBRARY, tmp_path, TODAY).plan({"marketplace": "amazon"})
    cited = next(s for s in asins if s.key == "notice.asins")
    assert cited.problem(["B0C7K2M4Q"]) == (
        "'B0C7K2M4Q' is not an ASIN: an ASIN is 10 capital letters or digits, e.g. B0C7K2M4QZ"
    )


class ScriptedAsker:
    """Answers like a seller would; raises KeyboardInterrupt after ``stop_after`` answers."""

    def __init__(self, reasons: list[str], stop_after: int | None = None) -> None:
        self.reasons = reasons
        self.stop_after = stop_after
        self.asked: list[str] = []
        self.said: list[str] = []
        self.menu: list[str] = []

    def say(self, text: str = "") -> None:
        self.said.append(text)

    def ask(self, step: Step, progress: str, current: Any) -> Any:
        if self.stop_after is not None and len(self.asked) >= self.stop_after:
            raise KeyboardInterrupt
        self.asked.append(step.key)
        return auto_answer(step, LIBRARY, self.reasons, TODAY)

    def choose(self, message: str, choices: Any) -> str:
        self.menu.append(message)
        return "quit"


def test_ctrl_c_saves_and_a_new_session_resumes_where_it_stopped(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    first = ScriptedAsker(["amazon.late_shipment_rate"], stop_after=12)
    with pytest.raises(Interrupted) as stopped:
        run_interview(case, first, today=TODAY)
    assert stopped.value.exit_code == EXIT_INTERRUPTED
    assert str(stopped.value) == f"Saved to {case}. Resume with: poa interview {case}"
    saved = open_case(case).data
    last = first.asked[-1]
    assert paths.has(saved, paths.parse(last))

    second = ScriptedAsker(["amazon.late_shipment_rate"])
    run_interview(case, second, today=TODAY)
    assert second.said[0].startswith(f"Resuming {case}: 12 answers so far.")
    assert second.asked[0] not in first.asked
    assert not set(first.asked) & set(second.asked)
    assert load_case(case).issues[0].reason == "amazon.late_shipment_rate"


def test_back_from_a_prompt_asks_the_previous_question_again(tmp_path: Path) -> None:
    class GoesBackOnce(ScriptedAsker):
        went_back = False

        def ask(self, step: Step, progress: str, current: Any) -> Any:
            if step.key == "seller.store_name" and not self.went_back:
                self.went_back = True
                raise Back
            return super().ask(step, progress, current)

    asker = GoesBackOnce(["amazon.late_shipment_rate"])
    run_interview(tmp_path / "case.yaml", asker, today=TODAY)
    assert asker.asked.count("seller.legal_name") == 2
    assert asker.asked.index("seller.store_name") > asker.asked.index("seller.legal_name")


def test_replay_layers_command_line_over_answers_file_over_saved(tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    engine_data: dict[str, Any] = {"schema_version": 1}
    _complete(Engine(LIBRARY, tmp_path, TODAY), engine_data, ["amazon.late_shipment_rate"])
    from poa import yamldoc

    engine_data["seller"]["legal_name"] = "Saved LLC"
    engine_data["seller"]["store_name"] = "Saved store"
    case.write_text(yamldoc.dump(engine_data), encoding="utf-8")
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "seller:\n  legal_name: File LLC\n  store_name: File store\n", encoding="utf-8"
    )

    run_interview(case, answers=answers, values={"seller.legal_name": "Flag LLC"}, today=TODAY)

    loaded = load_case(case)
    assert loaded.seller.legal_name == "Flag LLC"
    assert loaded.seller.store_name == "File store"
    assert loaded.issues[0].facts["late_rate"] == 9.8  # saved answers survive


def test_replay_names_every_missing_answer(tmp_path: Path) -> None:
    answers = tmp_path / "answers.yaml"
    answers.write_text(
        "marketplace: amazon\nseller:\n  legal_name: Example LLC\n", encoding="utf-8"
    )
    with pytest.raises(MissingAnswersError) as missing:
        run_interview(tmp_path / "case.yaml", answers=answers, today=TODAY)
    assert "issues: " in str(missing.value)
    assert "notice.received_on: When did the notice arrive?" in str(missing.value)
    assert open_case(tmp_path / "case.yaml").data["seller"]["legal_name"] == "Example LLC"


def test_without_a_terminal_the_interview_names_what_to_run_instead(tmp_path: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run(
        [sys.executable, "-m", "poa", "interview", str(tmp_path / "case.yaml")],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 2
    assert "needs a terminal" in result.stderr
    assert f"poa interview {tmp_path / 'case.yaml'} --answers answers.yaml" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "case.yaml").exists()


def _renderer(path: Path, out_dir: Path, draft: bool) -> list[Path]:
    raise AssertionError("this seller never renders")


def test_without_a_renderer_the_review_screen_offers_no_render(tmp_path: Path) -> None:
    """The interview renders only through what its caller hands it (the command line hands
    it the gate of poa render): it does not import rendering itself."""
    asker = ScriptedAsker(["amazon.late_shipment_rate"])
    menus: list[list[str]] = []
    choose = asker.choose

    def remember(message: str, choices: Any) -> str:
        if message == "What next?":
            menus.append([key for key, _ in choices])
        return choose(message, choices)

    asker.choose = remember  # type: ignore[method-assign]
    run_interview(tmp_path / "case.yaml", asker, today=TODAY, reviewer=_reviewer)
    assert menus and all("render" not in keys and "draft" not in keys for keys in menus)


def test_the_review_screen_lists_findings_under_their_answer_and_goes_to_it(
    tmp_path: Path,
) -> None:
    """A vague root cause kept at the prompt: the review screen shows the same finding as
    poa check under that answer, offers no final render (only a draft), goes straight to the
    answer, and once it is fixed offers the render."""
    cause = "issues[0].root_causes[0].description"

    class KeepsAVagueCause(ScriptedAsker):
        fixed = False

        def __init__(self, reasons: list[str]) -> None:
            super().__init__(reasons)
            self.menus: list[list[tuple[str, str]]] = []

        def ask(self, step: Step, progress: str, current: Any) -> Any:
            if step.key == cause:
                self.asked.append(step.key)
                if not self.menus:
                    return "A mistake happened in our warehouse."
                self.fixed = True
                return (
                    "Our handling time was 1 day on all 214 SKUs while one person packs and "
                    "nobody packs at weekends; 52 orders placed on Fridays shipped late."
                )
            return super().ask(step, progress, current)

        def choose(self, message: str, choices: Any) -> str:
            if message != "What next?":
                return "keep"  # keep the answer when the live check objects
            self.menus.append(list(choices))
            if not self.fixed:
                return f"goto:{cause}"
            return "quit"

    asker = KeepsAVagueCause(["amazon.late_shipment_rate"])
    case = tmp_path / "case.yaml"
    run_interview(case, asker, today=TODAY, reviewer=_reviewer, renderer=_renderer)
    first, last = asker.menus[0], asker.menus[-1]
    keys = [key for key, _ in first]
    assert "render" not in keys and "draft" in keys and f"goto:{cause}" in keys
    screen = "\n".join(asker.said)
    assert f"error R1 {cause}: A vague root cause" in screen
    shown = screen.index("error R1")  # under the answer it is about, inside its issue
    assert screen.rfind("A mistake happened", 0, shown) > screen.rfind("Issue 1", 0, shown) >= 0
    assert last[0][0] == "render"
    assert "A mistake" not in open_case(case).data["issues"][0]["root_causes"][0]["description"]


def test_evidence_entries_get_ids_in_order() -> None:
    from poa.interview.evidence import give_ids

    files = [{"file": "a.pdf"}, {"id": "E2", "file": "b.pdf"}, {"file": "c.pdf"},
             {"id": "sop", "file": "d.pdf"}]  # fmt: skip
    data: dict[str, Any] = {"evidence": files}
    give_ids(data)
    assert [item["id"] for item in data["evidence"]] == ["E1", "E2", "E3", "sop"]


@pytest.mark.parametrize("sample", sorted(p.name for p in SAMPLES))
def test_what_answers_replay_writes_reads_back(sample: str, tmp_path: Path) -> None:
    """Replaying a sample into a new file writes a case every command reads: no list left as
    an empty value, every evidence entry with an id."""
    import shutil

    shutil.copytree(ROOT / "samples", tmp_path / "samples")
    new = tmp_path / "samples" / "new.yaml"
    run_interview(new, answers=tmp_path / "samples" / sample, today=TODAY)
    empty = [
        key
        for key, value in _walk(open_case(new).data)
        if key in {"asins", "order_ids", "listing_ids"} and value is None
    ]
    assert empty == []
    load_case(new)  # the model reads it back
    run_interview(new, answers=None, today=TODAY)  # and so does the interview


def test_set_values_leave_lists_the_interview_reads_back(tmp_path: Path) -> None:
    case = tmp_path / "c.yaml"
    with pytest.raises(MissingAnswersError):
        run_interview(
            case, values={"marketplace": "amazon", "seller.legal_name": "Example LLC"}, today=TODAY
        )
    data = open_case(case).data
    assert data["notice"]["asins"] == [] and data["notice"]["order_ids"] == []
    from poa.interview.replay import check_shape

    check_shape(data, case)  # no "must be a list of '- ' entries"
    written = case.read_text(encoding="utf-8").replace("asins: []", "asins:")
    case.write_text(written, encoding="utf-8")  # a hand-written empty list reads back too
    check_shape(open_case(case).data, case)


def test_add_another_defaults_to_no_once_the_minimum_is_met() -> None:
    from poa.interview.steps import more

    data: dict[str, Any] = {"evidence": [{"file": "a.pdf"}]}
    assert more(data, ("evidence",), "Add another?", 0, None, {"section": "x"}, ()).default is False
    assert more(data, ("evidence",), "Add another?", 2, None, {"section": "x"}, ()).default is True


def test_a_repeat_groups_own_question_leads_its_fields(tmp_path: Path) -> None:
    engine = Engine(LIBRARY, tmp_path, TODAY)
    data: dict[str, Any] = {"schema_version": 1}
    step = _answer_until(
        engine, data, "issues[0].facts.examples[0].order_id", ["amazon.late_shipment_rate"]
    )
    group = next(
        q for q in LIBRARY.get("amazon.late_shipment_rate").questions if q.id == "examples"
    )
    assert step.prompt.startswith(f"{group.prompt} (1): ")


def _walk(node: Any) -> list[tuple[str, Any]]:
    if isinstance(node, dict):
        return [(str(k), v) for k, v in node.items()] + [
            pair for v in node.values() for pair in _walk(v)
        ]
    if isinstance(node, list):
        return [pair for v in node for pair in _walk(v)]
    return []


def test_a_bank_states_how_answers_relate_and_the_prompt_checks_it(tmp_path: Path) -> None:
    engine = Engine(LIBRARY, tmp_path, TODAY)
    data: dict[str, Any] = {"schema_version": 1}
    step = _answer_until(engine, data, "issues[0].facts.units_failed", ["amazon.used_sold_as_new"])
    inspected = data["issues"][0]["facts"]["units_inspected"]
    problem = step.problem(inspected + 6)
    assert problem is not None and problem.startswith("More units failed than you inspected")
    assert step.problem(inspected) is None and step.problem(0) is None


def test_a_relation_may_only_read_earlier_answers() -> None:
    from pydantic import ValidationError

    from poa.banks import Bank

    raw = LIBRARY.get("amazon.used_sold_as_new").model_dump(by_alias=True, exclude_none=True)
    first = raw["questions"][0]
    first["relations"] = [{"rule": "complaint_count <= units_inspected", "message": "x"}]
    with pytest.raises(ValidationError, match="units_inspected"):
        Bank.model_validate(raw)


def test_the_review_screen_shows_labels_not_codes(tmp_path: Path) -> None:
    asker = ScriptedAsker(["amazon.late_shipment_rate"])
    run_interview(tmp_path / "case.yaml", asker, today=TODAY, reviewer=_reviewer)
    screen = "\n".join(asker.said)
    overview = screen[screen.index("Review · section 6 of 6") :]
    assert (
        "True" not in overview
        and "per_order" not in overview
        and "handling_time_too_short" not in overview
    )
    assert "Yes" in overview


def test_controls_can_cite_evidence_and_the_summary_example_is_the_banks(tmp_path: Path) -> None:
    engine = Engine(LIBRARY, tmp_path, TODAY)
    data: dict[str, Any] = {"schema_version": 1}
    _complete(engine, data, ["amazon.used_sold_as_new"])
    keys = {step.key for step in engine.plan(data)}
    assert "issues[0].preventive_measures[0].evidence" in keys
    summary = next(s for s in engine.plan(data) if s.key == "issues[0].summary")
    worked = LIBRARY.get("amazon.used_sold_as_new").worked_example
    assert worked is not None and summary.example == worked.summary
    assert "late" not in summary.example.lower()  # not the late-shipment example any more


def test_a_second_writer_during_an_interview_loses_nothing(tmp_path: Path) -> None:
    """An interview is open; --answers writes a complete case into the same file; the next
    answer in the interview must not save its older copy over it."""
    import shutil

    from poa.errors import CaseConflictError

    shutil.copytree(ROOT / "samples", tmp_path / "samples")
    case = tmp_path / "samples" / "c.yaml"
    full = tmp_path / "samples" / "amazon-late-shipment.yaml"

    class SecondWriterArrives(ScriptedAsker):
        def ask(self, step: Step, progress: str, current: Any) -> Any:
            if len(self.asked) == 5:
                run_interview(case, answers=full, today=TODAY)  # the other terminal
            return super().ask(step, progress, current)

    with pytest.raises(CaseConflictError):
        run_interview(case, SecondWriterArrives(["amazon.late_shipment_rate"]), today=TODAY)
    assert load_case(case).issues[0].root_causes  # the complete case is still there
    assert (tmp_path / "samples" / "c.mine.yaml").is_file()  # and the interview's answers too


def test_a_brand_new_file_starts_even_with_values_given(tmp_path: Path) -> None:
    asker = ScriptedAsker(["amazon.late_shipment_rate"])
    run_interview(tmp_path / "new.yaml", asker, values={"marketplace": "amazon"}, today=TODAY)
    assert asker.said[0].startswith("Starting a new case")


@pytest.mark.parametrize(
    "notice",
    sorted((ROOT / "tests" / "fixtures" / "notices").glob("*.txt"))[:12],
    ids=lambda p: p.stem,
)
def test_what_notice_writes_reads_back(notice: Path, tmp_path: Path) -> None:
    """poa interview CASE --notice FILE without a terminal: what it writes, every command
    reads back (no list left empty as a bare key)."""
    from poa.cli import main
    from poa.interview.replay import check_shape

    case = tmp_path / "case.yaml"
    main(["interview", str(case), "--notice", str(notice)])  # exit 2: answers still missing
    data = open_case(case).data
    check_shape(data, case)
    assert not [
        key
        for key, value in _walk(data)
        if key in {"asins", "order_ids", "listing_ids"} and value is None
    ]


def _reviewer(path: Path) -> list[Any]:
    """The review the CLI gives the interview: poa check's findings, as screen notes."""
    from poa.review import review
    from poa.review.output import screen_notes

    return list(screen_notes(review(path)))


def _names_path_otherwise(tree: ast.Module) -> bool:
    """Whether a module gives the name ``Path`` to anything but pathlib's, or imports
    pathlib's under another name (the sign that something else took it)."""
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef | ast.FunctionDef) and node.name == "Path":
            return True
        if isinstance(node, ast.Assign | ast.AnnAssign):
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = (n.id for t in targets for n in ast.walk(t) if isinstance(n, ast.Name))
            if "Path" in names:
                return True
        if isinstance(node, ast.ImportFrom):
            for alias in node.names:
                pathlib_path = node.module == "pathlib" and alias.name == "Path"
                if pathlib_path != ((alias.asname or alias.name) == "Path"):
                    return True
    return False


def test_path_always_means_pathlibs_path() -> None:
    """A case field's place is a ``paths.FieldPath``; ``Path`` is a file's, in every module."""
    shadowing = [
        str(module.relative_to(ROOT))
        for module in sorted((ROOT / "poa").rglob("*.py"))
        if _names_path_otherwise(ast.parse(module.read_text(encoding="utf-8")))
    ]
    assert shadowing == []
    assert paths.parse("issues[0].facts.rate") == ("issues", 0, "facts", "rate")


def test_an_answer_is_saved_when_the_next_question_cannot_be_planned(tmp_path: Path) -> None:
    """A user's bank that is broken is read once the marketplace is known, planning the
    question after it: the error names the bank, and the marketplace chosen is on disk."""
    from poa.errors import BankError

    banks = tmp_path / "banks" / "amazon"
    banks.mkdir(parents=True)
    text = (ROOT / "question_banks" / "amazon" / "late_shipment_rate.yaml").read_text()
    (banks / "late_shipment_rate.yaml").write_text(text + "\ntitle: [never closed\n")
    case = tmp_path / "case.yaml"
    asker = ScriptedAsker(["amazon.late_shipment_rate"])
    with pytest.raises(BankError, match=r"late_shipment_rate\.yaml"):
        run_interview(case, asker, banks=[tmp_path / "banks"], today=TODAY)
    assert asker.asked  # the error came after an answer, not before the first question
    saved = open_case(case).data
    assert all(paths.has(saved, paths.parse(key)) for key in asker.asked)
