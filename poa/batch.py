"""Render many cases at once: each case reviewed and rendered as ``poa render`` does one, in
several worker processes.

Each worker keeps its weasyprint font configuration and parsed stylesheets from one case to the
next (see :func:`poa.render.pdf.shared_fonts`), so neither time nor memory is spent again per
document. A case that fails does not stop the others: every case comes back as a
:class:`CaseOutcome` — written, refused by the review, or failed with the reason.

>>> from poa.batch import RenderJob, render_cases
>>> outcomes = render_cases(["a.yaml", "b.yaml"], RenderJob("out"), jobs=2)  # doctest: +SKIP
>>> [o.status for o in outcomes]                                              # doctest: +SKIP
['written', 'refused']
"""

from __future__ import annotations

import os
import signal
import warnings
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Literal

from poa.errors import NotReadyError, PoaError, PoaWarning

if TYPE_CHECKING:
    from poa.render import RenderOptions

__all__ = ["CaseOutcome", "RenderJob", "default_jobs", "render_case_file", "render_cases"]


@dataclass(frozen=True)
class RenderJob:
    """What to render for every case: the arguments of :func:`poa.gate.render_reviewed`."""

    out_dir: Path | str = "out"
    formats: tuple[str, ...] = ("md", "docx", "pdf")
    paper: str | None = None
    documents: Sequence[str] | str | None = None
    options: RenderOptions | None = None
    draft: bool = False
    banks: tuple[Path, ...] = ()


@dataclass(frozen=True)
class CaseOutcome:
    """What became of one case."""

    case: Path
    status: Literal["written", "refused", "failed"]
    """written; refused: the review found errors (nothing written); failed: a PoaError."""
    files: tuple[Path, ...] = ()
    reason: str = ""
    """Why it was refused or failed: the error's whole message."""
    exit_code: int = 0
    """The exit code ``poa render`` gives this case alone (0, 1 refused, 2 bad input…)."""
    warnings: str = ""
    """The review's warnings, as ``poa check`` words them ("" when none)."""
    warning_count: int = 0
    notes: tuple[str, ...] = field(default=())
    """What rendering warned about (a PoaWarning's text: a file the PDF goes without…)."""


def default_jobs() -> int:
    """The cores this process may run on."""
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def render_case_file(case: Path | str, job: RenderJob) -> CaseOutcome:
    """Review and render one case; a PoaError becomes its outcome instead of stopping."""
    from poa.gate import findings_text, render_reviewed

    case = Path(case)
    other: list[warnings.WarningMessage] = []
    notes: list[str] = []
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", PoaWarning)
        try:
            files, report = render_reviewed(
                case,
                job.out_dir,
                job.formats,
                job.paper,
                job.documents,
                options=job.options,
                draft=job.draft,
                banks=job.banks,
            )
        except NotReadyError as err:
            outcome = CaseOutcome(case, "refused", reason=str(err), exit_code=err.exit_code)
        except PoaError as err:
            outcome = CaseOutcome(case, "failed", reason=str(err), exit_code=err.exit_code)
        else:
            found = [f for f in report.findings if f.severity == "warning"]
            text = findings_text(found, str(case)) if found else ""
            outcome = CaseOutcome(
                case, "written", tuple(files), warnings=text, warning_count=len(found)
            )
    for message in caught:
        if issubclass(message.category, PoaWarning):
            notes.append(str(message.message))
        else:
            other.append(message)
    for message in other:  # not ours: shown the way Python shows it
        warnings.showwarning(message.message, message.category, message.filename, message.lineno)
    if notes:
        outcome = _with_notes(outcome, notes)
    return outcome


def _with_notes(outcome: CaseOutcome, notes: list[str]) -> CaseOutcome:
    from dataclasses import replace

    return replace(outcome, notes=tuple(dict.fromkeys(notes)))


def render_cases(
    cases: Sequence[Path | str],
    job: RenderJob,
    jobs: int | None = None,
    on_done: Callable[[CaseOutcome], None] | None = None,
) -> list[CaseOutcome]:
    """Render every case; the outcomes in the order of ``cases``.

    ``jobs`` worker processes (default: the number of cores; never more than there are cases);
    with one, the cases are rendered in this process. ``on_done`` is called with each outcome
    as it comes. On Ctrl-C no new case is started, the cases being rendered are finished (a
    worker ignores Ctrl-C, so no case is left half-written), ``on_done`` hears of them, and
    KeyboardInterrupt is raised.
    """
    paths = [Path(case) for case in cases]
    workers = min(jobs or default_jobs(), len(paths))
    report = on_done or (lambda outcome: None)
    if workers <= 1:
        outcomes = []
        for path in paths:
            outcomes.append(render_case_file(path, job))
            report(outcomes[-1])
        return outcomes
    return _in_workers(paths, job, workers, report)


def _in_workers(
    paths: list[Path], job: RenderJob, workers: int, report: Callable[[CaseOutcome], None]
) -> list[CaseOutcome]:
    import multiprocessing

    # A fresh interpreter per worker, not a fork: a fork of a process with threads (a test
    # runner's, a caller's) can deadlock, and the workers need nothing of this process's state.
    method = "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
    context = multiprocessing.get_context(method)
    results: dict[int, CaseOutcome] = {}
    executor = ProcessPoolExecutor(workers, mp_context=context, initializer=_worker_start)
    futures: dict[Future[CaseOutcome], int] = {}
    try:
        futures = {executor.submit(render_case_file, p, job): i for i, p in enumerate(paths)}
        for future in as_completed(futures):
            results[futures[future]] = future.result()
            report(results[futures[future]])
    except KeyboardInterrupt:
        executor.shutdown(wait=True, cancel_futures=True)  # the running cases finish whole
        for future, index in futures.items():
            finished = future.done() and not future.cancelled()
            if index not in results and finished and future.exception() is None:
                results[index] = future.result()
                report(results[index])
        raise
    finally:
        executor.shutdown(wait=True, cancel_futures=True)
    return [results[i] for i in range(len(paths))]


def _worker_start() -> None:
    # Ctrl-C reaches every process of the terminal's group: the parent stops handing out cases
    # and waits, and a worker finishes the case it is writing instead of dying in the middle.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
