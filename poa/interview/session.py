"""Running an interview: ask, save after every answer, resume, review, render.

``run_interview`` is the library call behind ``poa interview``. Answers live in the case file
itself and each one is written atomically the moment it is confirmed, so Ctrl-C or a kill
loses nothing that was confirmed.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from ruamel.yaml.comments import CommentedMap

from poa.casefile import CaseFile, open_case
from poa.caselock import holding
from poa.errors import CaseValidationError, Interrupted, NotReadyError
from poa.interview import paths
from poa.interview.engine import Engine
from poa.interview.evidence import give_ids
from poa.interview.replay import MissingAnswersError, check_shape, layer_answers
from poa.interview.steps import Back, Step
from poa.model import SCHEMA_VERSION

if TYPE_CHECKING:
    from poa.workspace import Workspace

Lint = Callable[[str, str], list[str]]
"""(text, kind) → what a reviewer would object to in it, one message per problem."""


class Note(Protocol):
    """One finding of the review, as the review screen shows it (the review makes these; the
    interview only places and prints them)."""

    @property
    def rule(self) -> str: ...
    @property
    def severity(self) -> str: ...
    @property
    def location(self) -> str: ...
    @property
    def lines(self) -> tuple[str, ...]: ...


Reviewer = Callable[[Path], Sequence[Note]]
"""The saved case → the review's findings, in ``poa check``'s words."""

Renderer = Callable[[Path, Path, bool], Sequence[Path]]
"""(the saved case, the output folder, draft) → the files written. It goes through the same
gate as ``poa render`` and raises NotReadyError, writing nothing, when the review refuses the
case. The caller (the command line) makes it, so the interview never imports rendering."""


class Asker(Protocol):
    def say(self, text: str = "") -> None: ...
    def ask(self, step: Step, progress: str, current: Any) -> Any: ...
    def choose(self, message: str, choices: Sequence[tuple[str, str]]) -> str: ...


def open_or_create(case_path: Path) -> CaseFile:
    if case_path.exists():
        return open_case(case_path)
    data = CommentedMap()
    data["schema_version"] = SCHEMA_VERSION
    return CaseFile(path=case_path, data=data)


def run_interview(
    case_path: str | Path,
    asker: Asker | None = None,
    *,
    answers: str | Path | None = None,
    values: Mapping[str, str] | None = None,
    banks: Sequence[str | Path] = (),
    out_dir: Path = Path("out"),
    today: dt.date | None = None,
    lint: Lint | None = None,
    reviewer: Reviewer | None = None,
    renderer: Renderer | None = None,
    workspace: Workspace | None = None,
) -> CaseFile:
    """Fill the case at ``case_path``: by asking (``asker``) or by replaying answers.

    Without an asker, ``answers`` (a partial case file) and ``values`` (path=value pairs from
    the command line) are layered over the saved answers and defaults; anything still missing
    is an error naming it. ``lint`` reviews a root cause, action or measure as soon as it is
    given, and the seller may revise it; the review screen offers to render only with a
    ``renderer``. The banks and the date are ``workspace``'s; without one, a workspace is
    built from ``banks``, ``today`` and the environment (this call is then the boundary).
    """
    if workspace is None:
        from poa.workspace import Workspace

        workspace = Workspace.load(banks=banks, today=today)
    path = Path(case_path)
    # Held from the first read to the last save: a second writer stops at once, by name.
    with holding(path, "poa interview" if asker else "poa interview --answers"):
        new = not path.exists()
        case_file = open_or_create(path)
        engine = Engine(workspace.banks, case_file.base_dir, workspace.today)
        if answers is not None or values:
            layer_answers(case_file.data, None if answers is None else Path(answers), values or {})
        if not new or answers is not None or values:
            # A new case holds its schema_version and nothing else to check (and the Case
            # model's validator, built on first use, is not needed before the first question).
            check_shape(case_file.data, case_file.path)
        give_ids(case_file.data)  # an entry written by hand or by an older poa gets its id
        if asker is None:
            _replay(engine, case_file)
            return case_file
        case_file.save()
        Session(
            engine, case_file, asker, out_dir, lint, new=new, reviewer=reviewer, renderer=renderer
        ).run()
        return case_file


def _replay(engine: Engine, case_file: CaseFile) -> None:
    missing: list[str] = []
    skipped: set[str] = set()
    while (step := _next(engine, case_file, skipped)) is not None:
        value = step.default
        if step.kind == "more":
            minimum = int(step.extra.get("min", 0))
            if len(paths.get(case_file.data, step.path) or []) < minimum:
                missing.append(
                    f"{paths.text(step.path)}: at least {minimum} entr"
                    f"{'y' if minimum == 1 else 'ies'} needed"
                )
                skipped.add(step.key)
            else:
                engine.answer(case_file.data, step, False)
        elif value is None and step.required:
            missing.append(f"{paths.text(step.path)}: {step.prompt}")
            skipped.add(step.key)
        elif problem := step.problem(value):
            missing.append(f"{paths.text(step.path)}: {problem}")
            skipped.add(step.key)
        else:
            engine.answer(case_file.data, step, value)
        if step.key not in skipped and not step.is_answered(case_file.data):
            # The saved answer does not settle the step (say, an issue without a reason):
            # asking it again would never end.
            missing.append(f"{paths.text(step.path)}: {step.prompt}")
            skipped.add(step.key)
    case_file.save()
    if missing:
        raise MissingAnswersError(case_file.path, missing)


def _next(engine: Engine, case_file: CaseFile, skipped: set[str]) -> Step | None:
    return engine.next_step(case_file.data, skipped)


class Session:
    """One sitting at the terminal."""

    def __init__(
        self,
        engine: Engine,
        case_file: CaseFile,
        asker: Asker,
        out_dir: Path,
        lint: Lint | None = None,
        *,
        new: bool = False,
        reviewer: Reviewer | None = None,
        renderer: Renderer | None = None,
    ) -> None:
        self.new = new
        self.reviewer = reviewer
        self.renderer = renderer
        self.lint = lint
        self.engine = engine
        self.case_file = case_file
        self.asker = asker
        self.out_dir = out_dir

    @property
    def data(self) -> Any:
        return self.case_file.data

    def run(self) -> None:
        try:
            self._summary()
            self._todos()
            while True:
                self._ask_until_complete()
                if self._review():
                    return
        except KeyboardInterrupt:
            self.case_file.save()
            where = self.case_file.path
            raise Interrupted(f"Saved to {where}. Resume with: poa interview {where}") from None

    def _summary(self) -> None:
        done = self.engine.answered(self.data)
        if not done or self.new:
            self.asker.say(
                f"Starting a new case in {self.case_file.path}. Every answer is saved "
                "as soon as you give it."
            )
            return
        self.asker.say(f"Resuming {self.case_file.path}: {len(done)} answers so far.")
        for step, value in done[-5:]:
            self.asker.say(f"  {step.prompt[:60]}  →  {_shown(value)}")

    def _todos(self) -> None:
        """The parts a rejection asked to change (poa revise) come first: what it asks, then
        each answer holding that part's words, asked again with the current text to edit."""
        from poa.interview.todos import open_todos, steps_about

        for todo, location in open_todos(self.data):
            steps = steps_about(self.engine.answered(self.data), location)
            if not steps:
                continue
            self.asker.say(f"\nThe answer to the last attempt asks: {todo.get('ask', '')}")
            for step in steps:
                current = paths.get(self.data, step.path)
                try:
                    value = self.asker.ask(step, self.engine.progress(self.data, step), current)
                except Back:
                    break
                self.engine.change(self.data, step, value)
            todo["done"] = True
            self.case_file.save()

    def _ask_until_complete(self, first: Step | None = None) -> None:
        pending = first
        while True:
            step = pending or self.engine.next_step(self.data)
            pending = None
            if step is None:
                return
            current = paths.get(self.data, step.path) if step.kind != "more" else None
            try:
                value = self.asker.ask(step, self.engine.progress(self.data, step), current)
            except Back:
                pending = self.engine.back(self.data, step)
                self.case_file.save()
                continue
            try:
                self.engine.answer(self.data, step, value)
            finally:
                # Saved even when the next question cannot be planned (say, a broken bank of
                # the user's, read once the marketplace is known): no answer given is lost.
                self.case_file.save()
            if self._objections(step, value):
                pending = step

    def _objections(self, step: Step, value: Any) -> bool:
        """Review the answer at once; True when the seller wants to revise it."""
        kind = step.extra.get("review")
        if self.lint is None or not kind or not isinstance(value, str):
            return False
        messages = self.lint(value, str(kind))
        if not messages:
            return False
        for message in messages:
            self.asker.say(f"  ! {message}")
        choice = self.asker.choose(
            "A reviewer would object to this. Revise it now?",
            [("revise", "Revise it (your text stays for editing)"), ("keep", "Keep it as it is")],
        )
        return choice == "revise"

    def _review(self) -> bool:
        """The review screen; True when the seller is done (rendered, or saved to finish later).

        It shows the answers by section with the review's findings under the answer each is
        about, in the words ``poa check`` uses, and offers to go straight to that answer.
        "Render" follows the same gate as ``poa render``: with an error open, only a draft.
        """
        while True:
            problems = self._problems()
            findings = [] if problems else self._findings()
            self.asker.say("\nReview · section 6 of 6")
            for line in self._overview(findings):
                self.asker.say(line)
            for problem in problems:
                self.asker.say(f"  ! {problem}")
            errors = sum(f.severity == "error" for f in findings)
            choices: list[tuple[str, str]] = []
            if not problems and not errors and self.renderer:
                choices.append(("render", f"Render the documents to {self.out_dir}/"))
            for finding in findings:
                step = self._step_for(finding)
                if step is not None and finding.severity != "info":
                    label = f"Go to the answer: {finding.rule} {step.prompt[:50]}"
                    if ("goto:" + step.key, label) not in choices:
                        choices.append(("goto:" + step.key, label))
            if not problems and errors and self.renderer:
                count = sum(f.severity != "info" for f in findings)
                choices.append(
                    (
                        "draft",
                        f"Render a draft to {self.out_dir}/ (marked not ready "
                        f"to send: {count} open finding"
                        f"{'s' if count != 1 else ''})",
                    )
                )
            choices += [("change", "Change an answer"), ("quit", "Save and quit")]
            action = self.asker.choose("What next?", choices)
            if action == "quit":
                self.asker.say(f"Saved to {self.case_file.path}.")
                return True
            if action in ("render", "draft"):
                if self._render(draft=action == "draft"):
                    return True
            elif action.startswith("goto:"):
                self._revise(
                    next(s for s, _ in self.engine.answered(self.data) if s.key == action[5:])
                )
            else:
                self._change()

    def _change(self) -> None:
        answered = self.engine.answered(self.data)
        picked = self.asker.choose(
            "Which answer?",
            [
                (step.key, f"{step.section}: {step.prompt[:50]} → {_labelled(step, v)[:40]}")
                for step, v in answered
            ]
            + [("", "← Back to the review")],
        )
        step = next((s for s, _ in answered if s.key == picked), None)
        if step is not None:
            self._revise(step)

    def _revise(self, step: Step) -> None:
        current = paths.get(self.data, step.path)
        try:
            value = self.asker.ask(step, self.engine.progress(self.data, step), current)
        except Back:
            return
        cleared = self.engine.change(self.data, step, value)
        self.case_file.save()
        if cleared:
            self.asker.say(f"{len(cleared)} answer(s) depended on it and will be asked again.")
        self._ask_until_complete()

    def _findings(self) -> Sequence[Note]:
        """The review of the saved case, as ``poa check`` gives it."""
        return self.reviewer(self.case_file.path) if self.reviewer else ()

    def _step_for(self, finding: Note) -> Step | None:
        """The answer a finding is about: the question whose path is the finding's location
        or the nearest one above it (``issues[0].root_causes[0]`` → its description)."""
        best: Step | None = None
        for step, _ in self.engine.answered(self.data):
            where = paths.text(step.path)
            if finding.location == where:
                return step
            inside = finding.location.startswith((where + ".", where + "["))
            below = where.startswith((finding.location + ".", finding.location + "["))
            if best is None and (inside or below):
                best = step
        return best

    def _overview(self, findings: Sequence[Note] = ()) -> list[str]:
        about: dict[str, list[Note]] = {}
        loose: list[Note] = []
        for finding in findings:
            step = self._step_for(finding)
            if step is None:
                loose.append(finding)
            else:
                about.setdefault(step.key, []).append(finding)
        lines: list[str] = []
        section = None
        for step, value in self.engine.answered(self.data):
            title = step.section if step.issue is None else f"Issue {step.issue + 1}"
            if title != section:
                lines.append(f"\n{title}")
                section = title
            lines.append(f"  {step.prompt[:56]:<56}  {_labelled(step, value)[:60]}")
            for finding in about.get(step.key, []):
                lines += ["    " + line for line in finding.lines]
        if loose:
            lines.append("\nThe whole case")
            for finding in loose:
                lines += ["    " + line for line in finding.lines]
        if findings:
            errors = sum(f.severity == "error" for f in findings)
            lines.append(
                f"\n{errors} error{'s' if errors != 1 else ''}, "
                f"{len(findings) - errors} other finding"
                f"{'s' if len(findings) - errors != 1 else ''}: "
                + (
                    "fix the errors to render, or render a draft."
                    if errors
                    else "none stops the documents."
                )
            )
        return lines

    def _problems(self) -> list[str]:
        try:
            self.case_file.validate()
        except CaseValidationError as err:
            return [p.format() for p in err.problems]
        return []

    def _render(self, *, draft: bool = False) -> bool:
        """Render through the gate; True when documents were written."""
        if self.renderer is None:
            return False
        try:
            written = self.renderer(self.case_file.path, self.out_dir, draft)
        except NotReadyError as err:  # the same gate as poa render: show why, write nothing
            self.asker.say(str(err))
            return False
        for path in written:
            self.asker.say(f"  wrote {path}")
        return True


def _labelled(step: Step, value: Any) -> str:
    """An answer as the seller chose it: the choice's label, Yes or No, not the stored code."""
    labels = dict(step.choices)
    if isinstance(value, bool):
        return "Yes" if value else "No"
    if isinstance(value, list) and labels:
        return ", ".join(str(labels.get(v, v)) if isinstance(v, str) else _shown(v) for v in value)
    if isinstance(value, str) and value in labels:
        return str(labels[value])
    return _shown(value)


def _shown(value: Any) -> str:
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, list):
        return ", ".join(_shown(v) if not isinstance(v, dict) else "…" for v in value)
    return " ".join(str(value).split()) if value is not None else "(empty)"


__all__ = ["Asker", "Renderer", "Reviewer", "open_or_create", "run_interview"]
