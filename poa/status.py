"""``poa status``: where every case under a folder stands, most urgent first.

One line per case: the seller, marketplace and reasons, the attempt, the days left to its
deadline, the review's verdict and score, the evidence still missing and the next step. Each
line is kept per file content (:mod:`poa.status_cache`), so a second run over unchanged
cases reviews nothing again.

>>> lines = case_statuses(Path("cases"), workspace=ws)                 # doctest: +SKIP
>>> lines[0].next_step                                                  # doctest: +SKIP
'fix 2 errors: poa check cases/a.yaml'
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from poa.errors import PoaError, UsageError

if TYPE_CHECKING:
    from poa.model import Case
    from poa.status_cache import StatusCache
    from poa.workspace import Workspace

__all__ = ["CaseStatus", "case_statuses", "find_cases"]

_SKIPPED_FOLDERS = {".git", ".hg", ".svn", "node_modules", "__pycache__", ".venv", "out"}


@dataclass
class CaseStatus:
    """Where one case stands."""

    path: str
    seller: str | None = None
    marketplace: str | None = None
    reasons: list[str] = field(default_factory=list)
    attempt: int | None = None
    deadline: str | None = None
    """The day the attempt being written is due (ISO), if anything gives one."""
    deadline_estimated: bool = False
    deadline_basis: str | None = None
    state: str = "writing"
    """writing, waiting (sent, no answer yet), accepted, or invalid (the file has problems)."""
    verdict: str | None = None
    """ready or not ready, as poa check says; None for a file that is not a valid case."""
    score: int | None = None
    errors: int = 0
    warnings: int = 0
    missing_evidence: list[str] = field(default_factory=list)
    next_step: str = ""

    def days_left(self, today: dt.date) -> int | None:
        if self.deadline is None or self.state in {"waiting", "accepted"}:
            return None
        return (dt.date.fromisoformat(self.deadline) - today).days

    def urgency(self, today: dt.date) -> tuple[int, int, str]:
        """Sort key: cases to act on by days left (overdue first), then without a deadline,
        then waiting for an answer, then accepted."""
        days = self.days_left(today)
        group = {"waiting": 2, "accepted": 3}.get(self.state, 0 if days is not None else 1)
        return group, days if days is not None else 0, self.path

    def as_json(self, today: dt.date) -> dict[str, Any]:
        return {**asdict(self), "days_left": self.days_left(today)}


def find_cases(folder: Path) -> list[Path]:
    """Every case file under ``folder``: a .yaml or .yml file whose top level has a seller and
    a notice (question banks, answers files and a conflict's ``.mine.yaml`` are left out)."""
    from poa.casefile import MAX_CASE_BYTES
    from poa.errors import CaseFileError
    from poa.fsutil import open_limited

    if folder.is_file():
        return [folder]
    if not folder.is_dir():
        raise UsageError(f"{folder}: no such folder. Give a folder that holds case files.")
    found = []
    for path in sorted(_yaml_files(folder)):
        if path.name.endswith((".mine.yaml", ".mine.yml")):
            continue
        try:
            with open_limited(path, MAX_CASE_BYTES, CaseFileError, "case file") as handle:
                head = handle.read(64 * 1024)
        except (PoaError, OSError):  # unreadable or too large: not a case poa can read
            continue
        text = b"\n" + head.replace(b"\r\n", b"\n")
        if b"\nseller:" in text and b"\nnotice:" in text and b"\nschema_version:" in text:
            found.append(path)
    return found


def _yaml_files(folder: Path) -> Iterator[Path]:
    for entry in sorted(folder.iterdir()):
        if entry.is_symlink():
            continue
        if entry.is_dir():
            if entry.name not in _SKIPPED_FOLDERS and not entry.name.startswith("."):
                yield from _yaml_files(entry)
        elif entry.suffix.lower() in {".yaml", ".yml"} and entry.is_file():
            yield entry


def case_statuses(
    folder: Path,
    *,
    workspace: Workspace,
    cache: StatusCache | None = None,
    jobs: int | None = None,
) -> list[CaseStatus]:
    """The status of every case under ``folder``, most urgent first. Without ``cache``, one
    in the workspace's cache folder is used. Cases not in it are reviewed in ``jobs`` worker
    processes (default: one per core, when there are many)."""
    from poa.casefile import MAX_CASE_BYTES
    from poa.errors import CaseFileError
    from poa.fsutil import read_limited

    cases = find_cases(folder)
    if cache is None:
        cache = status_cache(workspace)
    lines: list[CaseStatus] = []
    misses: list[tuple[Path, bytes, str]] = []
    for path in cases:
        try:
            data = read_limited(path, MAX_CASE_BYTES, CaseFileError, "case file")
        except PoaError as err:
            lines.append(CaseStatus(str(path), state="invalid", next_step=str(err)))
            continue
        key = cache.key(path, data)
        kept = _kept(cache, key)
        if kept is None:
            misses.append((path, data, key))
        else:
            lines.append(kept)
    found = _statuses(misses, workspace, jobs)
    for (_, _, key), (line, depends) in zip(misses, found, strict=True):
        cache.put(key, asdict(line), depends)
        lines.append(line)
    cache.prune()
    return sorted(lines, key=lambda line: line.urgency(workspace.today))


def _kept(cache: StatusCache, key: str) -> CaseStatus | None:
    kept = cache.get(key)
    if kept is None:
        return None
    try:
        return CaseStatus(**kept)
    except TypeError:  # an entry of another layout: a miss
        return None


_PARALLEL_FROM = 24
"""Below this many cases to review, worker processes cost more than they save."""
_CHUNK = 16


def _statuses(
    misses: list[tuple[Path, bytes, str]], workspace: Workspace, jobs: int | None
) -> list[tuple[CaseStatus, dict[str, Any]]]:
    """The status of each case not in the cache, in order: in worker processes, one per
    core, when there are many."""
    from poa.batch import default_jobs

    if jobs is None:
        jobs = default_jobs() if len(misses) >= _PARALLEL_FROM else 1
    jobs = min(jobs, (len(misses) + _CHUNK - 1) // _CHUNK)
    if jobs <= 1:
        return [case_status(path, workspace, data) for path, data, _ in misses]
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # A fresh interpreter per worker, as poa render -j starts them (poa.batch says why).
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    settings = _workspace_settings(workspace)
    chunks = [misses[i : i + _CHUNK] for i in range(0, len(misses), _CHUNK)]
    with ProcessPoolExecutor(jobs, mp_context=context) as executor:
        futures = [
            executor.submit(_chunk_statuses, [(p, d) for p, d, _ in chunk], settings)
            for chunk in chunks
        ]
        return [result for future in futures for result in future.result()]


def _workspace_settings(workspace: Workspace) -> dict[str, Any]:
    """What a worker needs to build the same workspace (not its loaded banks)."""
    names = ("bank_options", "template_options", "today", "environ", "user_templates", "cache")
    return {name: getattr(workspace, name) for name in names} | {"environ": dict(workspace.environ)}


def _chunk_statuses(
    chunk: list[tuple[Path, bytes]], settings: dict[str, Any]
) -> list[tuple[CaseStatus, dict[str, Any]]]:
    from poa.workspace import Workspace

    # A worker keeps one workspace (its banks and compiled templates) for all its chunks.
    key = repr(sorted(settings.items()))
    workspace = _WORKER_WORKSPACES.get(key)
    if workspace is None:
        workspace = _WORKER_WORKSPACES[key] = Workspace(**settings)
    return [case_status(path, workspace, data) for path, data in chunk]


_WORKER_WORKSPACES: dict[str, Workspace] = {}


def status_cache(workspace: Workspace) -> StatusCache:
    """The cache of status lines in the workspace's cache folder, for its day and folders."""
    from poa.common import data_dir
    from poa.status_cache import StatusCache, environment

    folders = [*workspace.bank_folders, *workspace.template_folders, data_dir("templates")]
    return StatusCache(workspace.cache, environment(workspace.today, dict.fromkeys(folders)))


def case_status(
    path: Path, workspace: Workspace, data: bytes | None = None
) -> tuple[CaseStatus, dict[str, Any]]:
    """The status of one case (``data``: the file's bytes, when already read), and the files
    it depends on besides itself (as :func:`poa.status_cache.file_states` gives them).

    A sound case is parsed once and reviewed from what was parsed; a case with any problem
    goes through the careful loader, which says what is wrong."""
    from poa.casefile import MAX_CASE_BYTES
    from poa.errors import CaseFileError
    from poa.fsutil import decode_text, read_limited
    from poa.review import review_loaded
    from poa.status_cache import file_states

    line = CaseStatus(str(path))
    try:
        raw = (
            data if data is not None else read_limited(path, MAX_CASE_BYTES, CaseFileError, "case")
        )
        parsed = _sound_case(path, decode_text(raw, path, CaseFileError, "case file"), workspace)
    except PoaError as err:
        line.state, line.next_step = "invalid", str(err)
        return line, {}
    if parsed is None:
        return _invalid(line, path, workspace)
    case, referenced = parsed
    depends = file_states(referenced)
    _describe(line, case, workspace)
    report = review_loaded(case, str(path), workspace=workspace)
    line.verdict = "ready" if report.ready else "not ready"
    line.score = report.score
    line.errors = len(report.errors)
    line.warnings = sum(f.severity == "warning" for f in report.findings)
    line.next_step = _next_step(line, case, path)
    return line, depends


def _sound_case(path: Path, text: str, workspace: Workspace) -> tuple[Case, list[str]] | None:
    """The case and the files it names, when the file is a case without a single problem;
    None otherwise."""
    from pydantic import ValidationError

    from poa import yamldoc
    from poa.errors import CaseFileError
    from poa.model import SCHEMA_VERSION, Case

    try:
        data = yamldoc.fast_load(text)
    except Exception:  # the careful loader explains it
        return None
    if data is not None:
        yamldoc.check_expansion(data, path, CaseFileError, "case file")
    if not isinstance(data, dict) or type(data.get("schema_version")) is not int:
        return None
    if data["schema_version"] != SCHEMA_VERSION:
        return None
    try:
        case = Case.model_validate(data, context={"defer_cross_checks": True})
    except ValidationError:
        return None
    base = path.resolve().parent
    if case.problems(base_dir=base, today=workspace.today):
        return None
    names = [item.file for item in case.evidence if item.file]
    if case.document.letterhead is not None and case.document.letterhead.logo:
        names.append(case.document.letterhead.logo)
    return case, [str(base / name) for name in names]


def _invalid(
    line: CaseStatus, path: Path, workspace: Workspace
) -> tuple[CaseStatus, dict[str, Any]]:
    from poa.casefile import read_case
    from poa.errors import CaseValidationError
    from poa.status_cache import file_states

    depends = file_states(_referenced_files(path))
    try:
        case, _ = read_case(path, workspace.today)
    except CaseValidationError as err:
        _describe_invalid(line, path, err)
        return line, depends
    except PoaError as err:
        line.state, line.next_step = "invalid", str(err)
        return line, depends
    # Sound after all (the quick reader refused something the careful one accepts).
    from poa.review import review_loaded

    _describe(line, case, workspace)
    report = review_loaded(case, str(path), workspace=workspace)
    line.verdict = "ready" if report.ready else "not ready"
    line.score, line.errors = report.score, len(report.errors)
    line.warnings = sum(f.severity == "warning" for f in report.findings)
    line.next_step = _next_step(line, case, path)
    return line, depends


def _describe(line: CaseStatus, case: Case, workspace: Workspace) -> None:
    from poa.timeline import FOLLOW_UP_DAYS, deadline

    line.seller = case.seller.store_name or case.seller.legal_name
    line.marketplace = case.marketplace
    line.reasons = [issue.reason for issue in case.issues]
    line.attempt = case.notice.attempt
    due = deadline(case, workspace.banks)
    if due is not None:
        line.deadline = due.day.isoformat()
        line.deadline_estimated, line.deadline_basis = due.estimated, due.basis
    current = [a for a in case.history if a.number == case.notice.attempt]
    if current and current[-1].outcome == "accepted":
        line.state = "accepted"
    elif current and current[-1].submitted_on is not None and current[-1].outcome == "pending":
        line.state = "waiting"
        follow = current[-1].submitted_on + dt.timedelta(days=FOLLOW_UP_DAYS)
        line.next_step = f"wait for the answer; follow up from {follow}"
    line.missing_evidence = _missing_evidence(case, workspace)


def _missing_evidence(case: Case, workspace: Workspace) -> list[str]:
    """The documents a reason's bank requires that the case does not enclose, by kind."""
    kinds = {item.kind for item in case.evidence}
    missing = []
    for issue in case.issues:
        bank = workspace.banks.find(issue.reason)
        for need in bank.evidence if bank is not None else []:
            if need.required and need.kind not in kinds and need.title not in missing:
                missing.append(need.title)
    return missing


def _next_step(line: CaseStatus, case: Case, path: Path) -> str:
    if line.state == "accepted":
        return "none: the appeal was accepted"
    if line.state == "waiting":
        return line.next_step
    if line.errors:
        return f"fix {line.errors} error(s): poa check {path}"
    if line.missing_evidence:
        return f"add the evidence still missing, then poa check {path}"
    return f"send it: poa render {path}, then poa submitted {path}"


def _describe_invalid(line: CaseStatus, path: Path, err: Any) -> None:
    """What can be said of a case file that does not validate: its problems, and the
    evidence files it names that are not there."""
    from poa import yamldoc
    from poa.casefile import MAX_CASE_BYTES
    from poa.errors import CaseFileError

    line.state = "invalid"
    problems = list(err.problems)
    line.errors = len(problems)
    line.missing_evidence = [
        p.message.split(" does not exist", 1)[0].strip("'")
        for p in problems
        if p.loc[:1] == ("evidence",) and p.loc[-1:] == ("file",) and "does not exist" in p.message
    ]
    line.next_step = f"fix {len(problems)} problem(s) in the case file: poa check {path}"
    try:
        data = yamldoc.fast_load(yamldoc.read_text(path, MAX_CASE_BYTES, CaseFileError, "case"))
    except Exception:  # the problems above already say what is wrong
        return
    if isinstance(data, dict):
        seller = data.get("seller")
        if isinstance(seller, dict):
            name = seller.get("store_name") or seller.get("legal_name")
            line.seller = str(name) if name else None
        market = data.get("marketplace")
        line.marketplace = str(market) if market else None
        issues = data.get("issues")
        if isinstance(issues, list):
            line.reasons = [
                str(i["reason"]) for i in issues if isinstance(i, dict) and "reason" in i
            ]


def _referenced_files(path: Path) -> list[str]:
    """The files a case names beside itself (evidence files, the logo), as absolute paths."""
    from poa import yamldoc
    from poa.casefile import MAX_CASE_BYTES
    from poa.errors import CaseFileError

    try:
        data = yamldoc.fast_load(yamldoc.read_text(path, MAX_CASE_BYTES, CaseFileError, "case"))
    except Exception:  # a file that does not parse depends on nothing else
        return []
    if not isinstance(data, dict):
        return []
    names = []
    evidence = data.get("evidence")
    for item in evidence if isinstance(evidence, list) else []:
        if isinstance(item, dict) and isinstance(item.get("file"), str):
            names.append(item["file"])
    document = data.get("document")
    letterhead = document.get("letterhead") if isinstance(document, dict) else None
    if isinstance(letterhead, dict) and isinstance(letterhead.get("logo"), str):
        names.append(letterhead["logo"])
    base = path.resolve().parent
    return [str(base / name) for name in names]
