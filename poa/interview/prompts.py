"""The terminal side of the interview: one function turns a Step into a questionary prompt.

This is the only module that imports questionary. Every prompt offers help and an example on
demand ("?") and a way back one question ("<", or the "Back" entry of a list); answers are
checked as they are typed, with the same rules as the model, and a rejected answer stays on
the line to be corrected.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import threading
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import questionary
from questionary import Choice

from poa import linear
from poa.banks.answers import parse_date
from poa.common import long_date
from poa.interview.steps import Back, Step

BACK = "<"
HELP = "?"
_OWN = "__own__"
_TEXT_HINT = "(? help and example · < back · Ctrl-C saves and stops)"


def _share_default_key_bindings() -> None:
    """Build prompt_toolkit's default key bindings once per process instead of once per prompt.

    Every prompt_toolkit Application builds its ~1,000 default bindings (emacs, vi, mouse)
    afresh, and questionary makes three Applications per question: a third of the work before
    the first question appears. The bindings keep no state of their own (each handler acts on
    the application it is given), so one set serves every prompt.
    """
    from prompt_toolkit.application import application

    name = "load_key_bindings"  # what Application.__init__ calls, in its own module
    build = getattr(application, name, None)
    if callable(build) and not hasattr(build, "cache_info"):
        setattr(application, name, functools.cache(build))


_share_default_key_bindings()


class Prompter:
    """Asks steps in a terminal. ``input``/``output`` let tests drive it in-process.

    ``meanwhile`` is work the next questions need (loading the banks), done while the first
    question waits for its answer: it starts once that question is on the screen, and the
    answer is returned once it is done. An error in it is left for the question that needs
    the work to meet, and to report.
    """

    def __init__(
        self,
        base_dir: Path,
        input: Any = None,
        output: Any = None,
        *,
        meanwhile: Callable[[], object] | None = None,
    ) -> None:
        self.base_dir = base_dir
        self._meanwhile = meanwhile
        self._io: dict[str, Any] = {}
        if input is not None:
            self._io["input"] = input
        if output is not None:
            self._io["output"] = output

    def say(self, text: str = "") -> None:
        # Plain text needs no terminal of prompt_toolkit's, which questionary.print builds
        # anew for every line (issue 18: before the first question, too).
        if "output" in self._io:
            questionary.print(text, output=self._io["output"])
        else:
            print(text, flush=True)

    def ask(self, step: Step, progress: str, current: Any) -> Any:
        """The checked answer to ``step``; raises Back, or KeyboardInterrupt on Ctrl-C."""
        self.say(f"\n{progress}")
        while True:
            value = self._ask_once(step, current)
            if value is not HELP:
                return value
            self.say(f"  {step.help}\n  For example: {step.example}")

    def choose(self, message: str, choices: Sequence[tuple[str, str]]) -> str:
        """A plain menu (the review screen)."""
        picked = self._asked(
            questionary.select(
                message, [Choice(label, value) for value, label in choices], **self._io
            )
        )
        return str(picked)

    def _asked(self, question: Any) -> Any:
        """The answer to ``question`` (questionary's); the first time, with ``meanwhile``
        done in the background from the moment the question is drawn."""
        work, self._meanwhile = self._meanwhile, None
        if work is None:
            return question.unsafe_ask()
        worker = threading.Thread(target=_quietly, args=(work,), name="poa-meanwhile", daemon=True)

        def drawn(_app: Any) -> None:
            if worker.ident is None:  # after the first drawing only
                worker.start()

        question.application.after_render += drawn
        try:
            return question.unsafe_ask()
        finally:
            question.application.after_render -= drawn
            if worker.ident is not None:
                worker.join()

    # -- one prompt ------------------------------------------------------------------------

    def _ask_once(self, step: Step, current: Any) -> Any:
        default = current if current is not None else step.default
        if step.kind in {"select", "confirm", "more"}:
            return self._select(step, default)
        if step.kind == "multiselect":
            return self._checkbox(step, default)
        if step.suggestions:
            picked = self._suggestion(step, default)
            if picked is HELP:
                return HELP
            default = picked
        return self._text(step, default)

    def _select(self, step: Step, default: Any) -> Any:
        if step.kind in {"confirm", "more"}:
            options: list[tuple[Any, str]] = [(True, "Yes"), (False, "No")]
        else:
            options = list(step.choices)
        choices = [Choice(label, value) for value, label in options]
        choices += [Choice("? Help and example", HELP), Choice("← Back", BACK)]
        start = next((c for c in choices if c.value == default), None)
        question = questionary.select(step.prompt, choices, default=start, **self._io)
        picked = self._asked(_with_keys(question, {HELP: HELP, BACK: BACK}))
        if picked == BACK:
            raise Back
        return picked

    def _checkbox(self, step: Step, default: Any) -> Any:
        chosen = set(default or [])
        choices = [Choice(label, value, checked=value in chosen) for value, label in step.choices]
        choices += [Choice("? Help and example", HELP), Choice("← Back", BACK)]

        def validate(values: list[Any]) -> bool | str:
            if BACK in values or HELP in values:
                return True
            return step.problem(list(values)) or True

        question = questionary.checkbox(step.prompt, choices, validate=validate, **self._io)
        picked = self._asked(_with_keys(question, {HELP: [HELP], BACK: [BACK]}))
        if BACK in picked:
            raise Back
        return HELP if HELP in picked else list(picked)

    def _suggestion(self, step: Step, default: Any) -> Any:
        """Pick a bank suggestion to start from (then edit it), or write your own."""
        choices = [Choice(_short(text), text) for text in step.suggestions]
        if default and default not in step.suggestions:
            choices.insert(0, Choice("Keep my current answer", default))
        choices += [Choice("Write my own", _OWN), Choice("? Help and example", HELP),
                    Choice("← Back", BACK)]  # fmt: skip
        picked = self._asked(
            questionary.select(
                f"{step.prompt}\n  Start from a suggestion (you can edit it next):",
                choices,
                **self._io,
            )
        )
        if picked == BACK:
            raise Back
        return "" if picked == _OWN else picked

    def _text(self, step: Step, default: Any) -> Any:
        shown = _shown(default)

        def validate(typed: str) -> bool | str:
            if typed.strip() in {HELP, BACK}:
                return True
            value = self._convert(step, typed)
            if isinstance(value, _Unreadable):
                return value.message
            return step.problem(value) or True

        kwargs: dict[str, Any] = {"default": shown, "validate": validate, **self._io}
        if step.kind == "path":
            question = questionary.path(
                step.prompt, get_paths=lambda: [str(self.base_dir)], **kwargs
            )
        else:
            hint = _TEXT_HINT + (
                "\n  Alt+Enter (or Esc then Enter) to finish" if step.kind == "multiline" else ""
            )
            question = questionary.text(
                step.prompt, multiline=step.kind == "multiline", instruction=hint, **kwargs
            )
        typed = str(self._asked(question))
        if typed.strip() == BACK:
            raise Back
        if typed.strip() == HELP:
            return HELP
        value = self._convert(step, typed)
        if step.kind == "date" and isinstance(value, dt.date):
            self.say(f"  → {long_date(value)}")
        return value

    def _convert(self, step: Step, typed: str) -> Any:
        text = typed.strip()
        if not text:
            return None
        if step.kind == "date":
            day = parse_date(text)
            return day if day else _Unreadable("Enter a date such as 2026-11-03 or 3 Nov 2026.")
        if step.kind == "number":
            try:
                number = float(text.replace(",", "").rstrip("%").strip())
            except ValueError:
                return _Unreadable(f"Enter a number, e.g. {step.example}")
            return int(number) if number.is_integer() else number
        if step.extra.get("list"):
            return [part for part in linear.split(r"[\s,;]+", text) if part]
        return text


def _quietly(work: Callable[[], object]) -> None:
    # Whatever fails here fails again, and is reported, where the work is needed.
    with contextlib.suppress(Exception):
        work()


class _Unreadable:
    def __init__(self, message: str) -> None:
        self.message = message


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)


def _short(text: str, width: int = 110) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


def _with_keys(question: Any, keys: dict[str, Any]) -> Any:
    """``?`` shows the help and ``<`` goes back in a list too, as they do at a text prompt:
    each key ends the prompt with the value the menu's own "? Help" or "← Back" gives."""
    from prompt_toolkit.key_binding import KeyBindings, merge_key_bindings

    bindings = KeyBindings()
    for key, result in keys.items():

        def finish(event: Any, result: Any = result) -> None:
            event.app.exit(result=result)

        bindings.add(key, eager=True)(finish)
    app = question.application
    app.key_bindings = merge_key_bindings([app.key_bindings, bindings])
    return question
