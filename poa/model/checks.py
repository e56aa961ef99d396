"""The rules that bind the parts of a case: ids well-formed for the marketplace, dates that
make sense, evidence that exists and is referred to correctly, cited ASINs covered.

Part-level rules (one notice, one issue, one evidence item) run on their own too, so a case
with a typo elsewhere still gets every other problem reported in the same pass.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING, Any, TypeVar

from pydantic import BaseModel, ValidationError

from poa.errors import Problem
from poa.model.ids import MARKETPLACE_LABELS, MARKETPLACES, asin_problem, order_id_problem
from poa.model.introspect import Loc
from poa.model.parts import CorrectiveAction, Evidence, Issue, Letterhead, Notice

if TYPE_CHECKING:
    from poa.model.case import Case

_M = TypeVar("_M", bound=BaseModel)


def case_problems(case: Case, today: dt.date, base_dir: Path | None) -> list[Problem]:
    """Every rule, part-level and whole-case, for a case whose fields are all valid."""
    found = notice_problems(case.notice, case.marketplace, today)
    for i, issue in enumerate(case.issues):
        found += issue_problems(i, issue, case.marketplace, today)
    for i, item in enumerate(case.evidence):
        found += evidence_problems(i, item, case.marketplace, today, base_dir)
    found += _reference_problems(case)
    found += _coverage_problems(case)
    found += _history_problems(case)
    if case.document.letterhead is not None:
        found += letterhead_problems(case.document.letterhead, base_dir)
    return found


def letterhead_problems(letterhead: Letterhead, base_dir: Path | None) -> list[Problem]:
    """The logo must be a PNG or JPEG file inside the case folder."""
    if letterhead.logo is None:
        return []
    loc: Loc = ("document", "letterhead", "logo")
    if PurePosixPath(letterhead.logo).suffix.lower() not in {".png", ".jpg", ".jpeg"}:
        return [Problem(loc, f"{letterhead.logo!r}: the logo must be a .png or .jpg image")]
    return _file_problems(loc, letterhead.logo, base_dir)


def partial_problems(
    data: Mapping[str, Any], today: dt.date, base_dir: Path | None
) -> list[Problem]:
    """The part-level rules for the parts of ``data`` that validate on their own."""
    marketplace = data.get("marketplace")
    market = marketplace if marketplace in MARKETPLACES else None
    found: list[Problem] = []
    notice = _valid(Notice, data.get("notice"))
    if notice is not None:
        found += notice_problems(notice, market, today)
    for i, raw in enumerate(_items(data.get("issues"))):
        found += _partial_issue_problems(i, raw, market, today)
    for i, raw in enumerate(_items(data.get("evidence"))):
        item = _valid(Evidence, raw)
        if item is not None:
            found += evidence_problems(i, item, market, today, base_dir)
    document = data.get("document")
    letterhead = (
        _valid(Letterhead, document.get("letterhead")) if isinstance(document, dict) else None
    )
    if letterhead is not None:
        found += letterhead_problems(letterhead, base_dir)
    return found


def notice_problems(notice: Notice, marketplace: str | None, today: dt.date) -> list[Problem]:
    found = _id_problems(("notice",), marketplace, notice.asins, notice.order_ids)
    if notice.received_on > today:
        found.append(Problem(("notice", "received_on"), f"{notice.received_on} is in the future"))
    if notice.deadline and notice.deadline < notice.received_on:
        found.append(
            Problem(
                ("notice", "deadline"), "the deadline is before the day the notice was received"
            )
        )
    return found


def issue_problems(
    index: int, issue: Issue, marketplace: str | None, today: dt.date
) -> list[Problem]:
    loc: Loc = ("issues", index)
    found = _reason_problems(loc, issue.reason, marketplace)
    found += _id_problems(loc, marketplace, issue.asins, issue.order_ids)
    for j, action in enumerate(issue.corrective_actions):
        found += _action_problems((*loc, "corrective_actions", j), action, today)
    return found


def _partial_issue_problems(
    index: int, raw: object, marketplace: str | None, today: dt.date
) -> list[Problem]:
    """The rules for an issue that does not validate as a whole: those its valid bits allow."""
    issue = _valid(Issue, raw)
    if issue is not None:
        return issue_problems(index, issue, marketplace, today)
    if not isinstance(raw, Mapping):
        return []
    loc: Loc = ("issues", index)
    reason = raw.get("reason")
    found = _reason_problems(loc, reason, marketplace) if isinstance(reason, str) else []
    found += _id_problems(
        loc, marketplace, _strings(raw.get("asins")), _strings(raw.get("order_ids"))
    )
    for j, raw_action in enumerate(_items(raw.get("corrective_actions"))):
        action = _valid(CorrectiveAction, raw_action)
        if action is not None:
            found += _action_problems((*loc, "corrective_actions", j), action, today)
    return found


def _reason_problems(loc: Loc, reason: str, marketplace: str | None) -> list[Problem]:
    prefix = reason.split(".", 1)[0]
    if marketplace is None or prefix == marketplace:
        return []
    return [
        Problem(
            (*loc, "reason"),
            f"{reason!r} is a reason of {MARKETPLACE_LABELS.get(prefix, prefix)}, "
            f"but this case is for {MARKETPLACE_LABELS[marketplace]}; "
            f"use a reason starting with '{marketplace}.'",
        )
    ]


def _action_problems(loc: Loc, action: CorrectiveAction, today: dt.date) -> list[Problem]:
    if action.completed_on <= today:
        return []
    return [
        Problem(
            (*loc, "completed_on"),
            f"{action.completed_on} is in the future: list only actions already "
            "completed; move planned work to preventive_measures",
        )
    ]


def evidence_problems(
    index: int, item: Evidence, marketplace: str | None, today: dt.date, base_dir: Path | None
) -> list[Problem]:
    loc: Loc = ("evidence", index)
    found = _id_problems(loc, marketplace, item.asins, item.order_ids)
    if item.issued_on and item.issued_on > today:
        found.append(Problem((*loc, "issued_on"), f"{item.issued_on} is in the future"))
    if item.file is not None:
        found += _file_problems((*loc, "file"), item.file, base_dir)
    return found


def _id_problems(
    loc: Loc, marketplace: str | None, asins: Iterable[str], order_ids: Iterable[str]
) -> list[Problem]:
    found: list[Problem] = []
    if marketplace is None:  # the shapes depend on the marketplace
        return found
    for j, asin in enumerate(asins):
        if marketplace != "amazon":
            found.append(Problem((*loc, "asins", j), "ASINs exist only on Amazon; use listing_ids"))
        elif message := asin_problem(asin):
            found.append(Problem((*loc, "asins", j), message))
    for j, order_id in enumerate(order_ids):
        if message := order_id_problem(marketplace, order_id):  # type: ignore[arg-type]
            found.append(Problem((*loc, "order_ids", j), message))
    return found


def _reference_problems(case: Case) -> list[Problem]:
    found: list[Problem] = []
    known: set[str] = set()
    for i, item in enumerate(case.evidence):
        if item.id in known:
            found.append(Problem(("evidence", i, "id"), f"the id {item.id!r} is used twice"))
        known.add(item.id)
    hint = f"; known ids: {', '.join(sorted(known))}" if known else ""
    for i, issue in enumerate(case.issues):
        groups: list[tuple[str, list[list[str]]]] = [
            ("root_causes", [c.evidence for c in issue.root_causes]),
            ("corrective_actions", [a.evidence for a in issue.corrective_actions]),
            ("preventive_measures", [m.evidence for m in issue.preventive_measures]),
        ]
        for group, refs_per_item in groups:
            for j, refs in enumerate(refs_per_item):
                found += [
                    Problem(
                        ("issues", i, group, j, "evidence", k),
                        f"no evidence has the id {ref!r}{hint}",
                    )
                    for k, ref in enumerate(refs)
                    if ref not in known
                ]
    return found


def _history_problems(case: Case) -> list[Problem]:
    """An attempt in the history is one already sent: numbered at most the current one, and
    its to-dos about issues the case has."""
    found: list[Problem] = []
    for i, attempt in enumerate(case.history):
        if attempt.number is not None and attempt.number > case.notice.attempt:
            found.append(
                Problem(
                    ("history", i, "number"),
                    f"attempt {attempt.number} is after the current one "
                    f"(notice.attempt is {case.notice.attempt})",
                )
            )
        for j, todo in enumerate(attempt.todos):
            if todo.issue is not None and todo.issue >= len(case.issues):
                found.append(
                    Problem(
                        ("history", i, "todos", j, "issue"),
                        f"there is no issue {todo.issue}: the case has {len(case.issues)} "
                        "(the first is 0)",
                    )
                )
    return found


def _coverage_problems(case: Case) -> list[Problem]:
    covered = {a for issue in case.issues for a in issue.asins}
    covered |= {a for item in case.evidence for a in item.asins}
    return [
        Problem(
            ("notice", "asins", j),
            f"{asin} is cited in the notice but no issue or evidence covers it; "
            "add it to the asins of the issue (or evidence) that deals with it",
        )
        for j, asin in enumerate(case.notice.asins)
        if asin not in covered
    ]


def _file_problems(loc: Loc, name: str, base_dir: Path | None) -> list[Problem]:
    relative = PurePosixPath(name.replace("\\", "/"))
    if relative.is_absolute() or ".." in relative.parts or ":" in name.split("/", 1)[0]:
        message = f"{name!r} must be a path inside the case's folder, e.g. evidence/invoice.pdf"
        return [Problem(loc, message)]
    if base_dir is None:
        return []
    path = base_dir / relative
    if not path.exists():
        return [Problem(loc, f"{name!r} does not exist next to the case (looked for {path})")]
    if not path.is_file():  # a folder, or a link to a device: nothing a reviewer can open
        kind = "a folder" if path.is_dir() else "not a regular file (a device or a pipe)"
        return [Problem(loc, f"{name!r} is {kind}; give the path of the file itself")]
    if not path.resolve().is_relative_to(base_dir.resolve()):
        # A link inside the folder pointing out of it: poa reads only the case's own folder.
        message = (
            f"{name!r} is a link to {path.resolve()}, outside the case's folder; copy the file in"
        )
        return [Problem(loc, message)]
    return []


def _valid(model: type[_M], raw: object) -> _M | None:
    try:
        return model.model_validate(raw)
    except ValidationError:
        return None


def _items(raw: object) -> list[object]:
    return list(raw) if isinstance(raw, list) else []


def _strings(raw: object) -> list[str]:
    return [item for item in raw if isinstance(item, str)] if isinstance(raw, list) else []
