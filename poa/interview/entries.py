"""The questions of one entry of an issue: a root cause, a corrective action (what was done,
when, a file that shows it) or a preventive measure (the control, its owner, how often it runs,
since when, how it is checked, a file that shows it runs)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from poa.interview import paths
from poa.interview.evidence import EvidenceFiles
from poa.interview.paths import FieldPath
from poa.interview.steps import Step, not_future
from poa.interview.suggestions import MeasureIndex
from poa.model import CADENCE_LABELS

if TYPE_CHECKING:
    from poa.banks.schema import Bank


class Entries:
    """Builds an entry's steps; a measure's defaults come from the suggestion closest to it."""

    def __init__(self, today: dt.date, files: EvidenceFiles) -> None:
        self.today = today
        self.files = files
        self.measures = MeasureIndex()

    def steps(
        self,
        data: Any,
        at: FieldPath,
        name: str,
        offered: tuple[str, ...],
        bank: Bank,
        common: dict[str, Any],
    ) -> Iterator[Step]:
        lp = at[:-1]
        if name == "root_causes":
            yield Step(
                (*at, "description"),
                "multiline",
                "What failed in your process? Name who, what, when and how many.",
                "A root cause names the process that failed, with numbers: not 'a system "
                "glitch' or 'a misunderstanding'. Pick a suggestion to start from, then "
                "make it yours.",
                offered[0] if offered else "",
                suggestions=offered,
                list_path=lp,
                extra={"review": "root_cause"},
                **common,
            )
            return
        if name == "corrective_actions":
            yield Step(
                (*at, "action"),
                "multiline",
                "What did you already do to fix it?",
                "Past tense, done, checkable: counts, ids, dates. Planned work belongs "
                "under preventive measures.",
                offered[0] if offered else "",
                suggestions=offered,
                list_path=lp,
                extra={"review": "corrective"},
                **common,
            )
            yield Step(
                (*at, "completed_on"),
                "date",
                "When was it completed?",
                "A completed action has a date that is not in the future.",
                "2026-11-10",
                list_path=lp,
                check=not_future(self.today, "list only actions already completed"),
                **common,
            )
            yield Step(
                (*at, "evidence"),
                "path",
                "A file that shows it was done (optional; path to the file)?",
                "A screenshot, export or document next to the case file. Leave empty if "
                "there is none.",
                "evidence/removal-order.png",
                list_path=lp,
                required=False,
                check=self.files.check,
                store=self.files.store_for_action,
                **common,
            )
            return
        measure = paths.get(data, (*at, "measure")) or ""
        model = self.measures.closest(measure, bank)
        yield Step(
            (*at, "measure"),
            "multiline",
            "What control is now in place?",
            "A mechanism (procedure, software rule, check, audit), not a promise to be careful.",
            offered[0] if offered else "",
            suggestions=offered,
            list_path=lp,
            extra={"review": "preventive"},
            **common,
        )
        yield Step(
            (*at, "owner"),
            "text",
            "Who owns it (a role)?",
            "A role, not a person's name: 'Shipping lead', 'Owner'.",
            model.owner if model else "Operations manager",
            default=model.owner if model else None,
            list_path=lp,
            **common,
        )
        yield Step(
            (*at, "cadence"),
            "select",
            "How often does it run?",
            "Marketplaces look for controls that run on a schedule.",
            "weekly",
            choices=tuple(CADENCE_LABELS.items()),
            default=model.cadence if model else None,
            list_path=lp,
            **common,
        )
        yield Step(
            (*at, "started_on"),
            "date",
            "Since when has it been running?",
            "The day the control started.",
            "2026-11-11",
            list_path=lp,
            **common,
        )
        yield Step(
            (*at, "verification"),
            "text",
            "How do you check that it works?",
            "The report, audit or KPI that shows it, with a target.",
            model.verification if model else "Weekly review of the metric",
            default=model.verification if model else None,
            list_path=lp,
            required=False,
            **common,
        )
        yield Step(
            (*at, "evidence"),
            "path",
            "A file that shows the control runs (optional; path to the file)?",
            "The procedure, a training record or a report it produces, next to the case "
            "file. Leave empty if there is none.",
            "evidence/packing-sop.pdf",
            list_path=lp,
            required=False,
            check=self.files.check,
            store=self.files.store_for_action,
            **common,
        )
