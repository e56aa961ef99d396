"""The order of the interview: which questions exist, given the answers so far.

Marketplace and reasons → seller → notice → for each issue: what happened, the reason's own
questions, root causes, corrective actions, preventive measures → evidence → document.
Everything here is pure: data in, steps out; the steps of each issue and of the evidence are
kept from one answer to the next until an answer they depend on changes (parts.py).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Iterator, MutableMapping
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from poa.banks.answers import answer_problem
from poa.banks.conditions import holds, names_in
from poa.interview import paths
from poa.interview.entries import Entries
from poa.interview.evidence import EvidenceFiles
from poa.interview.parts import Parts, evidence_reads, issue_reads
from poa.interview.paths import FieldPath
from poa.interview.steps import SECTIONS, Step, each, more, not_future, pattern
from poa.model import (
    MARKETPLACE_LABELS,
    MARKETPLACES,
    asin_problem,
    order_id_problem,
)

if TYPE_CHECKING:
    # The bank models are built with the first bank the interview needs (the reasons
    # question), not before the first question (issue 18).
    from poa.banks.library import BankLibrary
    from poa.banks.schema import Bank, Question

LIST_WORDS = {
    "root_causes": "root cause",
    "corrective_actions": "corrective action",
    "preventive_measures": "preventive measure",
    "evidence": "evidence file",
}


class Flow:
    """Builds the steps of the interview for the current answers.

    Asked after every answer, it keeps the parts of the plan no answer touched (``parts``)
    and matches each measure's text with the suggestions once (``entries.measures``).
    """

    def __init__(self, library: BankLibrary, base_dir: Path, today: dt.date) -> None:
        self.library = library
        self.today = today
        self.files = EvidenceFiles(base_dir, today)
        self.parts = Parts()
        self.entries = Entries(today, self.files)
        self._banks: dict[str, list[Bank]] = {}
        self._fixed = (list(self._seller()), list(self._document()))

    def steps(self, data: Any) -> list[Step]:
        return [step for _, part in self._parts(data) for step in part]

    def next_open(self, data: Any, skip: Container[str] = ()) -> Step | None:
        """The first unanswered step whose key is not in ``skip``; only the parts before it
        are looked at."""
        for name, part in self._parts(data):
            open_steps = part if name is None else self.parts.unanswered(name, data)
            for step in open_steps:
                if step.key not in skip and (name is not None or not step.is_answered(data)):
                    return step
        return None

    def touched(self, path: FieldPath) -> None:
        """An answer at ``path`` was written or removed (by the engine)."""
        self.parts.touched(path)

    def _parts(self, data: Any) -> Iterator[tuple[Any, list[Step]]]:
        """The plan part by part, each built when it is reached: (name or None, steps)."""
        self.parts.bind(data)
        issues = _issues(data)
        yield None, [*self._marketplace(data, issues), *self._fixed[0], *self._notice(data)]
        for i in range(len(issues)):
            reads = partial(issue_reads, data, issues, i)
            yield ("issue", i), self.parts.steps(("issue", i), reads, partial(self._issue, data, i))
        evidence = partial(evidence_reads, data)
        yield "evidence", self.parts.steps("evidence", evidence, partial(self.files.steps, data))
        yield None, self._fixed[1]

    # -- marketplace and reasons ---------------------------------------------------------

    def _marketplace(self, data: Any, issues: list[Any]) -> Iterator[Step]:
        section = SECTIONS[0]
        yield Step(
            ("marketplace",),
            "select",
            "Which marketplace sent the notice?",
            "The marketplace decides which reasons, rules and limits apply.",
            "amazon",
            section,
            choices=tuple((m, MARKETPLACE_LABELS[m]) for m in MARKETPLACES),
        )
        marketplace = paths.get(data, ("marketplace",))
        if marketplace not in MARKETPLACES:
            return
        if marketplace not in self._banks:
            self._banks[marketplace] = sorted(
                (self.library.get(i) for i in self.library.ids if i.startswith(marketplace + ".")),
                key=lambda bank: bank.title.lower(),
            )
        banks = self._banks[marketplace]
        yield Step(
            ("issues",),
            "multiselect",
            "Which reasons does the notice cite? Pick every one: each gets its own root cause, "
            "corrective actions and preventive measures.",
            "Marketplaces expect one answer per cited issue; a plan that covers only one of two "
            "reasons is sent back. Use 'poa banks show ID' to read what a reason means.",
            banks[0].title if banks else "",
            section,
            choices=tuple((b.id, b.title) for b in banks),
            default=[i.get("reason") for i in issues if isinstance(i, MutableMapping)],
            store=_store_reasons,
            answered=_reasons_answered,
            depends_on=(("marketplace",),),
        )

    # -- seller and notice -----------------------------------------------------------------

    def _seller(self) -> Iterator[Step]:
        section = SECTIONS[1]
        yield Step(
            ("seller", "legal_name"),
            "text",
            "Your business's legal name?",
            "Exactly as registered on the seller account.",
            "Example Home Goods LLC",
            section,
        )
        yield Step(
            ("seller", "store_name"),
            "text",
            "Store name buyers see (optional)?",
            "Leave empty if it is the same as the legal name.",
            "Example Home",
            section,
            required=False,
        )
        yield Step(
            ("seller", "seller_id"),
            "text",
            "Seller or merchant id (optional)?",
            "Amazon's Merchant Token, Walmart's Partner ID, ... It helps the reviewer "
            "find the account.",
            "A3EXAMPLE0001",
            section,
            required=False,
        )
        yield Step(
            ("seller", "contact_email"),
            "text",
            "The e-mail address on the account?",
            "Use the one registered with the marketplace.",
            "owner@example.com",
            section,
            required=False,
            check=pattern(
                r"[^@\s]+@[^@\s]+\.[^@\s]+", "Enter an e-mail address such as owner@example.com"
            ),
        )
        yield Step(
            ("seller", "signatory", "name"),
            "text",
            "Who signs the plan (optional)?",
            "The owner or a director; a named person reads as accountable.",
            "Account owner",
            section,
            required=False,
            store=_store_signatory,
            answered=lambda d: paths.has(d, ("seller", "signatory")),
        )

    def _notice(self, data: Any) -> Iterator[Step]:
        section = SECTIONS[1]
        marketplace = paths.get(data, ("marketplace",))
        yield Step(
            ("notice", "received_on"),
            "date",
            "When did the notice arrive?",
            "The date on the e-mail or in the account's notifications.",
            "2026-11-03",
            section,
            check=not_future(self.today, "the notice cannot arrive later than today"),
        )
        yield Step(
            ("notice", "reference"),
            "text",
            "Notice or case reference (optional)?",
            "Any reference the notice gives; it helps the reviewer find your case.",
            "Account Health notification, Late Shipment Rate",
            section,
            required=False,
        )
        received = paths.get(data, ("notice", "received_on"))
        yield Step(
            ("notice", "deadline"),
            "date",
            "By when must you answer (optional)?",
            "Some notices give a number of days; write the last day.",
            "2026-11-20",
            section,
            required=False,
            check=_not_before(received),
        )
        if marketplace == "amazon":
            yield Step(
                ("notice", "asins"),
                "text",
                "Which ASINs does the notice cite (optional)?",
                "Separate them with spaces or commas. Each cited ASIN must be covered "
                "by an issue or by evidence.",
                "B0C7K2M4QZ B0D1EXAMP2",
                section,
                required=False,
                check=each(_asin_check),
                extra={"list": True},
            )
        if marketplace in MARKETPLACES:
            yield Step(
                ("notice", "order_ids"),
                "text",
                "Which order ids does the notice cite (optional)?",
                "Separate them with spaces or commas.",
                _order_example(marketplace),
                section,
                required=False,
                check=each(lambda v: order_id_problem(marketplace, v)),
                extra={"list": True},
            )

    # -- one issue -------------------------------------------------------------------------

    def _issue(self, data: Any, i: int) -> Iterator[Step]:
        issue = _issues(data)[i]
        bank = self.library.find(str(issue.get("reason", "")))
        if bank is None:
            return
        base: FieldPath = ("issues", i)
        common: dict[str, Any] = {"section": SECTIONS[2], "issue": i}
        yield Step(
            (*base, "title"),
            "text",
            "A short title for this issue?",
            "It heads this issue in the plan.",
            bank.title,
            **common,
            subsection="What happened",
            default=bank.title,
        )
        yield Step(
            (*base, "summary"),
            "multiline",
            "What happened, in two or three factual sentences (optional)?",
            "Dates, counts and what the notice says; no background history, no pleas.",
            bank.worked_example.summary if bank.worked_example else bank.meaning,
            **common,
            subsection="What happened",
            required=False,
        )
        cited = paths.get(data, ("notice", "asins")) or []
        if cited:
            yield Step(
                (*base, "asins"),
                "multiselect",
                "Which cited ASINs does this issue concern?",
                "Every ASIN the notice cites must be covered by an issue or evidence.",
                str(cited[0]),
                **common,
                subsection="What happened",
                required=False,
                choices=tuple((a, a) for a in cited),
                default=list(cited) if len(_issues(data)) == 1 else None,
                depends_on=(("notice", "asins"),),
            )
        yield from self._facts(data, bank, base)
        yield from self._entries(data, base, "root_causes", bank, common, min_count=1)
        yield from self._entries(data, base, "corrective_actions", bank, common, min_count=1)
        yield from self._entries(data, base, "preventive_measures", bank, common, min_count=1)

    def _facts(self, data: Any, bank: Bank, base: FieldPath) -> Iterator[Step]:
        facts = paths.get(data, (*base, "facts")) or {}
        for question in bank.questions:
            if not holds(question.when, facts):
                continue
            depends = tuple((*base, "facts", name) for name in names_in(question.when or ""))
            where: FieldPath = (*base, "facts", question.id)
            if question.type != "group":
                yield _fact_step(
                    question, where, self.today, bank, depends, int(base[1]), facts=facts
                )
                continue
            entries = paths.get(data, where) or []
            for n in range(max(len(entries), question.min)):
                for inner in question.questions:
                    # The group's own question leads: "List the ASINs with complaints (2): ASIN"
                    yield _fact_step(
                        inner,
                        (*where, n, inner.id),
                        self.today,
                        bank,
                        depends,
                        int(base[1]),
                        list_path=where,
                        lead=f"{question.prompt} ({n + 1}): ",
                    )
            yield more(
                data,
                where,
                question.add_prompt or "Add another?",
                question.min,
                question.max,
                _issue_common(int(base[1]), "About this reason"),
                depends,
            )

    def _entries(
        self,
        data: Any,
        base: FieldPath,
        name: str,
        bank: Bank,
        common: dict[str, Any],
        min_count: int,
    ) -> Iterator[Step]:
        where: FieldPath = (*base, name)
        entries = paths.get(data, where) or []
        label = {"root_causes": "Root causes", "corrective_actions": "Corrective actions",
                 "preventive_measures": "Preventive measures"}[name]  # fmt: skip
        facts = paths.get(data, (*base, "facts")) or {}
        suggestions = getattr(bank.suggestions, name)
        offered = tuple(s.text for s in suggestions if holds(s.when, facts))
        count = max(len(entries), min_count)
        for n in range(count):
            yield from self.entries.steps(
                data, (*where, n), name, offered, bank, {**common, "subsection": label}
            )
        yield more(data, where, f"Add another {LIST_WORDS[name]}?", min_count, None,
                    {**common, "subsection": label}, ())  # fmt: skip

    # -- evidence and document ----------------------------------------------------------------

    def _document(self) -> Iterator[Step]:
        section = SECTIONS[4]
        yield Step(
            ("document", "date"),
            "date",
            "Date to print on the plan?",
            "Usually the day you send it.",
            self.today.isoformat(),
            section,
            default=self.today,
        )
        yield Step(("document", "paper"), "select", "Paper size?",
                   "Letter in the US and Canada, A4 elsewhere.", "a4", section,
                   choices=(("a4", "A4"), ("letter", "US Letter")))  # fmt: skip


def _fact_step(
    question: Question,
    where: FieldPath,
    today: dt.date,
    bank: Bank,
    depends: tuple[FieldPath, ...],
    issue: int,
    list_path: FieldPath | None = None,
    lead: str = "",
    facts: Any = None,
) -> Step:
    kind = question.type if question.type != "group" else "text"

    def check(value: Any) -> str | None:
        if problem := answer_problem(question, value, today):
            return problem
        answers = {**(facts or {}), question.id: value}
        for relation in question.relations:
            if names_in(relation.rule) <= answers.keys() and not holds(relation.rule, answers):
                return relation.message
        return None

    return Step(
        where,
        kind,
        lead + question.prompt,
        question.help,
        _example(question.example),
        SECTIONS[2],
        subsection="About this reason",
        issue=issue,
        choices=tuple((c.value, c.label) for c in question.choices),
        default=question.default,
        required=question.required,
        check=check,
        depends_on=depends,
        list_path=list_path,
        extra={"unit": question.unit, "bank": bank.id},
    )


def _issue_common(issue: int, subsection: str) -> dict[str, Any]:
    return {"section": SECTIONS[2], "issue": issue, "subsection": subsection}


def _issues(data: Any) -> list[Any]:
    issues = paths.get(data, ("issues",))
    return list(issues) if isinstance(issues, list) else []


def _store_reasons(data: MutableMapping[str, Any], _at: FieldPath, value: Any) -> None:
    kept = {i.get("reason"): i for i in _issues(data) if isinstance(i, MutableMapping)}
    data["issues"] = [kept.get(reason) or {"reason": reason} for reason in value]


def _reasons_answered(data: Any) -> bool:
    issues = _issues(data)
    return bool(issues) and all(isinstance(i, MutableMapping) and i.get("reason") for i in issues)


def _store_signatory(data: MutableMapping[str, Any], _at: FieldPath, value: Any) -> None:
    if value:
        paths.put(data, ("seller", "signatory"), {"name": value})
    else:
        paths.put(data, ("seller", "signatory"), None)


def _not_before(earliest: Any) -> Any:
    def check(value: Any) -> str | None:
        if isinstance(earliest, dt.date) and isinstance(value, dt.date) and value < earliest:
            return f"The deadline cannot be before the notice arrived ({earliest.isoformat()})."
        return None

    return check


def _asin_check(value: str) -> str | None:
    return asin_problem(value)


def _order_example(marketplace: str) -> str:
    return {"amazon": "112-4839201-5562814", "ebay": "23-10482-77315", "walmart": "1796277083022",
            "tiktok": "576913204857731926", "etsy": "3284719550"}[marketplace]  # fmt: skip


def _example(value: Any) -> str:
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    return str(value)
