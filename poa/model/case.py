"""The Case: everything a Plan of Action is written from, and the checks that bind its parts."""

from __future__ import annotations

import datetime as dt
from pathlib import Path, PurePosixPath
from typing import Any

from pydantic import Field, ValidationInfo, model_validator

from poa.errors import Problem
from poa.model.ids import MARKETPLACE_LABELS, Marketplace, asin_problem, order_id_problem
from poa.model.introspect import document_order
from poa.model.parts import (
    Attempt,
    DocumentSettings,
    Evidence,
    Issue,
    MetricSnapshot,
    Notice,
    Part,
    Seller,
)

SCHEMA_VERSION = 1


Loc = tuple[str | int, ...]


class Case(Part):
    """One seller's answer to one marketplace notice.

    Validation runs the cross-field checks too (see :meth:`problems`). Pass
    ``context={"base_dir": folder}`` to also check that evidence files exist, and
    ``context={"today": date}`` to fix the date "the future" is measured from, and
    ``context={"defer_cross_checks": True}`` to skip them here and call :meth:`problems`
    yourself (the case-file loader does, to give each problem its own location and line).
    """

    schema_version: int = Field(
        description=f"The case format version; this poa writes {SCHEMA_VERSION}.", ge=1
    )
    marketplace: Marketplace
    region: str | None = Field(
        None, description="Marketplace country or site, e.g. US or amazon.co.uk."
    )
    document: DocumentSettings = Field(default_factory=DocumentSettings)
    seller: Seller
    notice: Notice
    issues: list[Issue] = Field(min_length=1, description="One entry per issue the notice cites.")
    evidence: list[Evidence] = Field(default_factory=list)
    metrics: list[MetricSnapshot] = Field(default_factory=list)
    history: list[Attempt] = Field(
        default_factory=list, description="Earlier appeals on this notice."
    )

    @model_validator(mode="after")
    def _cross_checks(self, info: ValidationInfo) -> Case:
        context: dict[str, Any] = info.context or {}
        if context.get("defer_cross_checks"):
            return self
        found = self.problems(base_dir=context.get("base_dir"), today=context.get("today"))
        if found:
            raise ValueError("; ".join(f"{p.path}: {p.message}" for p in found))
        return self

    def problems(self, base_dir: Path | None = None, today: dt.date | None = None) -> list[Problem]:
        """Every cross-field mistake in the case, in document order.

        ``base_dir`` is the case file's folder: evidence files are looked for there. Without
        it the file checks are skipped.
        """
        today = today or dt.date.today()
        found: list[Problem] = []
        found += self._id_problems()
        found += self._date_problems(today)
        found += self._evidence_problems(base_dir)
        found += self._coverage_problems()
        return sorted(found, key=lambda problem: document_order(Case, problem.loc))

    def _id_problems(self) -> list[Problem]:
        found: list[Problem] = []
        places: list[tuple[Loc, list[str], list[str]]] = [
            (("notice",), self.notice.asins, self.notice.order_ids)
        ]
        places += [
            (("issues", i), issue.asins, issue.order_ids) for i, issue in enumerate(self.issues)
        ]
        places += [(("evidence", i), item.asins, []) for i, item in enumerate(self.evidence)]
        for loc, asins, order_ids in places:
            for j, asin in enumerate(asins):
                if self.marketplace != "amazon":
                    found.append(
                        Problem((*loc, "asins", j), "ASINs exist only on Amazon; use listing_ids")
                    )
                elif message := asin_problem(asin):
                    found.append(Problem((*loc, "asins", j), message))
            for j, order_id in enumerate(order_ids):
                if message := order_id_problem(self.marketplace, order_id):
                    found.append(Problem((*loc, "order_ids", j), message))
        for i, issue in enumerate(self.issues):
            prefix = issue.reason.split(".", 1)[0]
            if prefix != self.marketplace:
                found.append(
                    Problem(
                        ("issues", i, "reason"),
                        f"{issue.reason!r} is a reason of "
                        f"{MARKETPLACE_LABELS.get(prefix, prefix)}, "
                        f"but this case is for {MARKETPLACE_LABELS[self.marketplace]}; "
                        f"use a reason starting with '{self.marketplace}.'",
                    )
                )
        return found

    def _date_problems(self, today: dt.date) -> list[Problem]:
        found: list[Problem] = []
        if self.notice.received_on > today:
            found.append(
                Problem(("notice", "received_on"), f"{self.notice.received_on} is in the future")
            )
        if self.notice.deadline and self.notice.deadline < self.notice.received_on:
            found.append(
                Problem(
                    ("notice", "deadline"), "the deadline is before the day the notice was received"
                )
            )
        for i, issue in enumerate(self.issues):
            for j, action in enumerate(issue.corrective_actions):
                if action.completed_on > today:
                    found.append(
                        Problem(
                            ("issues", i, "corrective_actions", j, "completed_on"),
                            f"{action.completed_on} is in the future: list only actions already "
                            "completed; move planned work to preventive_measures",
                        )
                    )
        for i, item in enumerate(self.evidence):
            if item.issued_on and item.issued_on > today:
                found.append(
                    Problem(("evidence", i, "issued_on"), f"{item.issued_on} is in the future")
                )
        return found

    def _evidence_problems(self, base_dir: Path | None) -> list[Problem]:
        found: list[Problem] = []
        known: set[str] = set()
        for i, item in enumerate(self.evidence):
            if item.id in known:
                found.append(Problem(("evidence", i, "id"), f"the id {item.id!r} is used twice"))
            known.add(item.id)
            if item.file is not None:
                found += _file_problems(("evidence", i, "file"), item.file, base_dir)
        for i, issue in enumerate(self.issues):
            groups: list[tuple[str, list[list[str]]]] = [
                ("root_causes", [c.evidence for c in issue.root_causes]),
                ("corrective_actions", [a.evidence for a in issue.corrective_actions]),
                ("preventive_measures", [m.evidence for m in issue.preventive_measures]),
            ]
            for group, refs_per_item in groups:
                for j, refs in enumerate(refs_per_item):
                    for k, ref in enumerate(refs):
                        if ref not in known:
                            hint = f"; known ids: {', '.join(sorted(known))}" if known else ""
                            found.append(
                                Problem(
                                    ("issues", i, group, j, "evidence", k),
                                    f"no evidence has the id {ref!r}{hint}",
                                )
                            )
        return found

    def _coverage_problems(self) -> list[Problem]:
        covered = {a for issue in self.issues for a in issue.asins}
        covered |= {a for item in self.evidence for a in item.asins}
        return [
            Problem(
                ("notice", "asins", j),
                f"{asin} is cited in the notice but no issue or evidence covers it; "
                "add it to the asins of the issue (or evidence) that deals with it",
            )
            for j, asin in enumerate(self.notice.asins)
            if asin not in covered
        ]


def _file_problems(loc: Loc, name: str, base_dir: Path | None) -> list[Problem]:
    relative = PurePosixPath(name.replace("\\", "/"))
    if relative.is_absolute() or ".." in relative.parts or ":" in name.split("/", 1)[0]:
        return [
            Problem(
                loc, f"{name!r} must be a path inside the case's folder, e.g. evidence/invoice.pdf"
            )
        ]
    if base_dir is None:
        return []
    path = base_dir / relative
    if not path.is_file():
        return [Problem(loc, f"{name!r} does not exist next to the case (looked for {path})")]
    return []
