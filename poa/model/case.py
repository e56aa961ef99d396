"""The Case: everything a Plan of Action is written from, and the checks that bind its parts."""

import datetime as dt
from pathlib import Path
from typing import Any

from pydantic import Field, ValidationInfo, model_validator

from poa.errors import Problem
from poa.model.base import Part
from poa.model.checks import case_problems
from poa.model.history import Attempt
from poa.model.ids import Marketplace
from poa.model.introspect import document_order
from poa.model.parts import (
    DocumentSettings,
    Evidence,
    InterviewProgress,
    Issue,
    MetricSnapshot,
    Notice,
    Seller,
)
from poa.model.values import SCHEMA_VERSION


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
    evidence: list[Evidence] = Field(default=[])
    metrics: list[MetricSnapshot] = Field(default=[])
    history: list[Attempt] = Field(
        default=[],
        description="The appeals sent on this notice, frozen as sent, and their answers.",
    )
    interview: InterviewProgress | None = Field(
        None, description="Kept by poa interview to resume where it stopped."
    )

    @model_validator(mode="after")
    def _cross_checks(self, info: ValidationInfo) -> "Case":
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
        found = case_problems(self, today or dt.date.today(), base_dir)
        return sorted(found, key=lambda problem: document_order(Case, problem.loc))


def case_schema() -> dict[str, Any]:
    """The case file's JSON Schema (what ``poa schema`` prints): for editors that complete
    and check case files, and for agencies' tools that write them."""
    return Case.model_json_schema()
