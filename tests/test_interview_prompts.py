"""The questionary prompts, driven in-process through prompt_toolkit's pipe input."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.input.base import PipeInput
from prompt_toolkit.output import DummyOutput

from poa.interview.prompts import Prompter
from poa.interview.steps import Back, Kind, Step, not_future

ENTER, DOWN, ALT_ENTER, SPACE = "\r", "\x1b[B", "\x1b\r", " "
TODAY = dt.date(2026, 11, 22)


@pytest.fixture
def pipe() -> Iterator[PipeInput]:
    with create_pipe_input() as pipe_input:
        yield pipe_input


def _prompter(pipe: PipeInput, tmp_path: Path) -> Prompter:
    return Prompter(tmp_path, input=pipe, output=DummyOutput())


def _step(kind: Kind, **extra: Any) -> Step:
    return Step(("x",), kind, "Question?", "Help text.", "example", "Seller and notice", **extra)


def test_a_rejected_answer_stays_on_the_line_to_be_corrected(
    pipe: PipeInput, tmp_path: Path
) -> None:
    step = _step("number", check=lambda v: None if v >= 100 else "Enter 100 or more")
    pipe.send_text("12" + ENTER + "3" + ENTER)  # "12" is refused, then becomes "123"
    assert _prompter(pipe, tmp_path).ask(step, "progress", None) == 123


def test_dates_are_read_in_the_forms_sellers_type(pipe: PipeInput, tmp_path: Path) -> None:
    step = _step("date", check=not_future(TODAY, "only past dates"))
    pipe.send_text("3 Nov 2026" + ENTER)
    assert _prompter(pipe, tmp_path).ask(step, "progress", None) == dt.date(2026, 11, 3)


def test_a_future_date_is_refused_with_the_models_rule(pipe: PipeInput, tmp_path: Path) -> None:
    step = _step("date", check=not_future(TODAY, "only past dates"))
    # 2026-12-01 is refused; deleting two characters and typing 11-01 gives 2026-11-01.
    pipe.send_text("2026-12-01" + ENTER + "\x7f" * 5 + "11-01" + ENTER)
    assert _prompter(pipe, tmp_path).ask(step, "progress", None) == dt.date(2026, 11, 1)


def test_less_than_goes_back(pipe: PipeInput, tmp_path: Path) -> None:
    pipe.send_text("<" + ENTER)
    with pytest.raises(Back):
        _prompter(pipe, tmp_path).ask(_step("text"), "progress", None)


def test_question_mark_shows_help_and_asks_again(pipe: PipeInput, tmp_path: Path) -> None:
    pipe.send_text("?" + ENTER + "answer" + ENTER)
    assert _prompter(pipe, tmp_path).ask(_step("text"), "progress", None) == "answer"


def test_select_returns_the_value_not_the_label(pipe: PipeInput, tmp_path: Path) -> None:
    step = _step("select", choices=(("days_10", "Last 10 days"), ("days_30", "Last 30 days")))
    pipe.send_text(DOWN + ENTER)
    assert _prompter(pipe, tmp_path).ask(step, "progress", None) == "days_30"


def test_add_another_is_a_yes_no_choice(pipe: PipeInput, tmp_path: Path) -> None:
    pipe.send_text(DOWN + ENTER)
    assert _prompter(pipe, tmp_path).ask(_step("more"), "progress", None) is False


def test_multiselect_returns_the_ticked_values(pipe: PipeInput, tmp_path: Path) -> None:
    step = _step("multiselect", choices=(("a", "A"), ("b", "B"), ("c", "C")))
    pipe.send_text(SPACE + DOWN + DOWN + SPACE + ENTER)
    assert _prompter(pipe, tmp_path).ask(step, "progress", None) == ["a", "c"]


def test_a_list_answer_is_split_into_items(pipe: PipeInput, tmp_path: Path) -> None:
    step = _step("text", extra={"list": True})
    pipe.send_text("B0C7K2M4QZ, B0D1EXAMP2" + ENTER)
    assert _prompter(pipe, tmp_path).ask(step, "progress", None) == ["B0C7K2M4QZ", "B0D1EXAMP2"]


def test_the_current_answer_is_offered_for_editing(pipe: PipeInput, tmp_path: Path) -> None:
    pipe.send_text(" LLC" + ENTER)
    answer = _prompter(pipe, tmp_path).ask(_step("text"), "progress", "Example Goods")
    assert answer == "Example Goods LLC"


def test_a_picked_suggestion_is_edited_in_place(pipe: PipeInput, tmp_path: Path) -> None:
    step = _step("multiline", suggestions=("We shipped late.", "We had no cover."))
    prompter = _prompter(pipe, tmp_path)
    pipe.send_text(DOWN + ENTER)  # the second suggestion
    picked = prompter._suggestion(step, None)
    assert picked == "We had no cover."
    pipe.send_text(" Two packers were away on 10-12 October." + ALT_ENTER)
    assert prompter._text(step, picked) == (
        "We had no cover. Two packers were away on 10-12 October."
    )


@pytest.mark.parametrize("kind", ["multiselect", "select"])
def test_question_mark_and_less_than_work_in_lists_too(
    kind: Kind, pipe: PipeInput, tmp_path: Path
) -> None:
    step = _step(kind, choices=(("a", "A"), ("b", "B")))
    said: list[str] = []
    prompter = _prompter(pipe, tmp_path)
    prompter.say = said.append  # type: ignore[method-assign,assignment]
    pipe.send_text("?" + (SPACE + ENTER if kind == "multiselect" else ENTER))
    assert prompter.ask(step, "progress", None) == (["a"] if kind == "multiselect" else "a")
    assert any("Help text." in line for line in said)  # ? showed the help, then asked again
    pipe.send_text("<")
    with pytest.raises(Back):
        _prompter(pipe, tmp_path).ask(step, "progress", None)


def test_meanwhile_runs_in_the_background_while_the_first_question_waits(
    pipe: PipeInput, tmp_path: Path
) -> None:
    """Issue 18: what later questions need is loaded once the first question is drawn, not
    before; the answer is returned once it is loaded; later questions start nothing."""
    import threading

    started, release = threading.Event(), threading.Event()
    ran: list[str] = []

    def meanwhile() -> None:
        ran.append(threading.current_thread().name)
        started.set()
        release.wait(timeout=30)
        ran.append("done")

    seen_at_answer: list[bool] = []

    def check(value: str) -> None:  # runs when Enter is pressed, in the main thread
        seen_at_answer.append(started.is_set())
        release.set()

    prompter = Prompter(tmp_path, input=pipe, output=DummyOutput(), meanwhile=meanwhile)
    pipe.send_text("first" + ENTER)
    assert prompter.ask(_step("text", check=check), "progress", None) == "first"
    assert seen_at_answer[-1] is True  # it had started while the question waited
    assert ran == ["poa-meanwhile", "done"]  # in its own thread, and finished before the answer
    pipe.send_text("second" + ENTER)
    assert prompter.ask(_step("text"), "progress", None) == "second"
    assert ran == ["poa-meanwhile", "done"]  # once only


def test_an_error_in_meanwhile_is_left_for_the_question_that_needs_the_work(
    pipe: PipeInput, tmp_path: Path
) -> None:
    from poa.errors import BankError

    def meanwhile() -> None:
        raise BankError("a broken bank: reported by the question that lists it")

    prompter = Prompter(tmp_path, input=pipe, output=DummyOutput(), meanwhile=meanwhile)
    pipe.send_text(DOWN + ENTER)
    step = _step("select", choices=(("a", "A"), ("b", "B")))
    assert prompter.ask(step, "progress", None) == "b"


def test_every_prompt_shares_one_set_of_default_key_bindings(
    pipe: PipeInput, tmp_path: Path
) -> None:
    """Built once per process (a third of the work before the first question), and still
    working for each prompt that uses them: emacs keys move and edit in a second prompt."""
    import questionary

    first = questionary.select("a", ["x", "y"], input=pipe, output=DummyOutput())
    second = questionary.text("b", input=pipe, output=DummyOutput())
    assert first.application._default_bindings is second.application._default_bindings
    prompter = _prompter(pipe, tmp_path)
    pipe.send_text("ab" + "\x01" + "c" + "\x05" + "d" + ENTER)  # Ctrl-A: home, Ctrl-E: end
    assert prompter.ask(_step("text"), "1 of 1", None) == "cabd"
    pipe.send_text("xy" + "\x08" + ENTER)  # backspace
    assert prompter.ask(_step("text"), "1 of 1", None) == "x"
