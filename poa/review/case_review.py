"""Reviewing a case file: every text field through the sentence rules, then the rules that
need the whole case (coverage of the notice, evidence windows, suggestions left unchanged)."""

from __future__ import annotations

import datetime as dt
import difflib
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from poa import linear
from poa.banks.library import BankLibrary
from poa.banks.schema import Suggestion, Suggestions
from poa.model import ORDER_EXHIBIT, Case, Issue
from poa.review.attempt_rules import attempt_findings
from poa.review.checks import C2, C3, E1, E2, E5, E6, P3, P4, P5, R3, R4, S2, T6, T7, X1, X2
from poa.review.figures import figure_findings
from poa.review.findings import Finding
from poa.review.language import has_specifics
from poa.review.ownership import apologies, owns_the_problem
from poa.review.rules import sentence_hits
from poa.review.sentence_rule import ANY, FIX, PREVENT, ROOT
from poa.review.text_rules import finding_for, length_findings

if TYPE_CHECKING:
    from poa.workspace import Workspace

_REFUSED = linear.compile(
    r"\b(pro[- ]?forma|receipt|quot(e|ation)|order confirmation|packing slip|bill of lading|"
    r"self[- ]issued)\b",
    linear.I,
)
_STOP = frozenset(
    [
        "about",
        "after",
        "again",
        "also",
        "because",
        "before",
        "being",
        "between",
        "could",
        "every",
        "from",
        "have",
        "into",
        "more",
        "other",
        "over",
        "same",
        "some",
        "such",
        "than",
        "that",
        "their",
        "them",
        "then",
        "there",
        "these",
        "they",
        "this",
        "those",
        "through",
        "under",
        "very",
        "were",
        "what",
        "when",
        "which",
        "while",
        "with",
        "would",
        "your",
        "orders",
        "order",
    ]
)


def review_case(case: Case, workspace: Workspace) -> list[Finding]:
    """Every finding about a valid case, judged with the workspace's banks, templates (for
    the length of what poa writes) and date."""
    library, today = workspace.banks, workspace.today
    found: list[Finding] = []
    for path, text, kind in _texts(case):
        found += [
            finding_for(rule, path, sentence, trigger, kind=kind)
            for rule, sentence, trigger in sentence_hits(text, kind)
        ]
    found += list(_issue_rules(case, library, today))
    found += list(_evidence_rules(case, library))
    found += list(figure_findings(case, library))
    found += list(_case_rules(case, library))
    found += list(length_findings(case, workspace))
    found += list(attempt_findings(case))
    return found


def _texts(case: Case) -> Iterator[tuple[str, str, str]]:
    yield "notice.reference", case.notice.reference or "", ANY
    for i, issue in enumerate(case.issues):
        at = f"issues[{i}]"
        yield f"{at}.title", issue.title, ANY
        yield f"{at}.summary", issue.summary or "", ANY
        for j, cause in enumerate(issue.root_causes):
            yield f"{at}.root_causes[{j}].description", cause.description, ROOT
        for j, action in enumerate(issue.corrective_actions):
            yield f"{at}.corrective_actions[{j}].action", action.action, FIX
        for j, measure in enumerate(issue.preventive_measures):
            yield f"{at}.preventive_measures[{j}].measure", measure.measure, PREVENT
            yield f"{at}.preventive_measures[{j}].verification", measure.verification or "", PREVENT


def _issue_rules(case: Case, library: BankLibrary, today: dt.date) -> Iterator[Finding]:
    for i, issue in enumerate(case.issues):
        at = f"issues[{i}]"
        for j, cause in enumerate(issue.root_causes):
            if not has_specifics(cause.description):
                yield R3.finding(
                    location=f"{at}.root_causes[{j}].description",
                    message="The root cause has no numbers: no dates, counts or ids.",
                    fix=(
                        "Add what makes it checkable: how many orders, since when, which "
                        "SKUs or ASINs, which setting."
                    ),
                )
            if (
                linear.search(
                    r"\bwe (received|got|had) (\w+ )?(complaints?|negative feedback|claims?)\b"
                    r"|\bour \w+ (rate )?(was|went|rose) (above|over|too high)\b",
                    cause.description,
                    linear.I,
                )
                and len(cause.description.split()) < 25
            ):
                yield R4.finding(
                    location=f"{at}.root_causes[{j}].description",
                    message="The root cause restates the symptom the notice already gave.",
                    fix="Say why the complaints or the rate happened: which step failed.",
                )
        for j, action in enumerate(issue.corrective_actions):
            if not has_specifics(action.action):
                yield C2.finding(
                    location=f"{at}.corrective_actions[{j}].action",
                    message="The action has nothing a reviewer could verify: no count or id.",
                    fix=(
                        "Add the number of orders, units, listings or refunds, or the "
                        "removal-order or case ids."
                    ),
                )
        if not _overlap(
            [c.description for c in issue.root_causes], [a.action for a in issue.corrective_actions]
        ):
            yield C3.finding(
                location=f"{at}.corrective_actions",
                message="The corrective actions share no subject with the root causes.",
                fix=(
                    "Answer each root cause with the action that fixed it, in the same "
                    "words (the setting, the supplier, the step)."
                ),
            )
        for j, measure in enumerate(issue.preventive_measures):
            if not measure.verification:
                yield P3.finding(
                    location=f"{at}.preventive_measures[{j}]",
                    message="No way to check that the measure works.",
                    fix=(
                        "Add the report, audit or KPI and its target, e.g. 'late rate "
                        "below 2 % in the weekly report'."
                    ),
                )
            if measure.started_on > today:
                yield P5.finding(
                    location=f"{at}.preventive_measures[{j}].started_on",
                    message="This measure has not started yet; the plan says it is in place.",
                    fix="Start it before you send the plan, or leave it out.",
                )
        if len(issue.preventive_measures) > 8:
            yield P4.finding(
                location=f"{at}.preventive_measures",
                message=f"{len(issue.preventive_measures)} measures read as a wish list.",
                fix="Keep the few that address the root causes and that you run.",
            )
        bank = library.find(issue.reason)
        if bank is not None:
            yield from _unchanged(at, issue, bank.suggestions)


def _unchanged(at: str, issue: Issue, suggestions: Suggestions) -> Iterator[Finding]:
    pairs: tuple[tuple[str, str, Sequence[Suggestion]], ...] = (
        ("root_causes", "description", suggestions.root_causes),
        ("corrective_actions", "action", suggestions.corrective_actions),
        ("preventive_measures", "measure", suggestions.preventive_measures),
    )
    for group, name, offered in pairs:
        for j, entry in enumerate(getattr(issue, group)):
            text = " ".join(str(getattr(entry, name)).split()).lower()
            for suggestion in offered:
                model = " ".join(suggestion.text.split()).lower()
                if _alike(text, model):
                    yield X2.finding(
                        location=f"{at}.{group}[{j}].{name}",
                        message="This is the bank's suggestion, word for word.",
                        fix=(
                            "Make it yours: add your dates, counts, ids and the names of "
                            "your own steps and tools."
                        ),
                        area=_area(group),
                    )
                    break


def _alike(text: str, model: str) -> bool:
    """Nine tenths the same. The full comparison takes time the product of the two lengths:
    only a pair whose lengths, then letters, allow it gets there (a root cause pasted 500 KB
    long is no copy of a 200-character suggestion). The first bound is the lengths' own, so
    most pairs are told apart before a matcher is made."""
    total = len(text) + len(model)
    if total and 2.0 * min(len(text), len(model)) / total < 0.9:
        return False  # real_quick_ratio()'s own sum, without building a matcher
    matcher = difflib.SequenceMatcher(None, text, model)
    return matcher.quick_ratio() >= 0.9 and matcher.ratio() >= 0.9


def _evidence_rules(case: Case, library: BankLibrary) -> Iterator[Finding]:
    windows = [
        need.max_age_days
        for issue in case.issues
        if (bank := library.find(issue.reason)) is not None
        for need in bank.evidence
        if need.kind == "invoice" and need.max_age_days
    ]
    window = min(windows) if windows else None
    for k, item in enumerate(case.evidence):
        at = f"evidence[{k}]"
        if item.kind != "invoice":
            continue
        words = f"{item.title} {item.description or ''}"
        if match := _REFUSED.search(words):
            yield E2.finding(
                location=at,
                message=f"A {match.group(0)} is not accepted as an invoice.",
                fix="Attach the supplier's final invoice for a completed purchase.",
            )
        if item.issued_on is None:
            yield E2.finding(
                location=f"{at}.issued_on",
                message="The invoice has no date; reviewers check its age.",
                fix="Add issued_on: the date printed on the invoice.",
                severity="warning",
            )
        elif window and (case.notice.received_on - item.issued_on).days > window:
            yield E2.finding(
                location=f"{at}.issued_on",
                message=f"The invoice is older than {window} days before the notice.",
                fix=(
                    f"Use invoices issued within {window} days before "
                    f"{case.notice.received_on.isoformat()}."
                ),
            )
        if not item.issuer:
            yield E2.finding(
                location=f"{at}.issuer",
                message="The supplier is not named; reviewers may contact them.",
                fix=(
                    "Add issuer: the supplier's name (their contact details should be on the "
                    "invoice)."
                ),
                severity="warning",
            )
    authenticity = [
        issue
        for issue in case.issues
        if (bank := library.find(issue.reason)) and bank.category in {"authenticity"}
    ]
    if authenticity and case.notice.asins:
        invoiced = {a for item in case.evidence if item.kind == "invoice" for a in item.asins}
        for j, asin in enumerate(case.notice.asins):
            if asin not in invoiced:
                yield E1.finding(
                    location=f"notice.asins[{j}]",
                    message=f"No invoice covers {asin}.",
                    fix=(
                        "Attach an invoice that lists this ASIN's product and add the ASIN "
                        "to that evidence item's asins."
                    ),
                )
    cited = {ref for issue in case.issues for ref in issue.evidence_refs()}
    if any(issue.report_orders for issue in case.issues):
        cited.add(ORDER_EXHIBIT)  # the plan and the PIP cite it beside the issue's orders
    for k, item in enumerate(case.evidence):
        if item.id not in cited:
            yield E6.finding(
                location=f"evidence[{k}]",
                message=(
                    f"'{item.title}' is enclosed, but no root cause, action or measure cites it."
                ),
                fix=(
                    "Cite it from the cause, action or measure it proves (its evidence list), or "
                    "leave it out: a reviewer does not guess what a document is for."
                ),
            )
    if case.evidence:
        yield E5.finding(
            location="evidence",
            message="Reviewers read documents quickly.",
            fix="Highlight the ASINs, quantities and supplier details in each document.",
        )


def _case_rules(case: Case, library: BankLibrary) -> Iterator[Finding]:
    all_text = " ".join(
        " ".join([i.summary or "", *(c.description for c in i.root_causes)]) for i in case.issues
    )
    if not owns_the_problem(all_text):
        yield T6.finding(
            location="issues[0].summary",
            message="Nowhere does the plan say the failure was yours.",
            fix=(
                "Add one plain sentence of ownership to the summary, e.g. 'We take full "
                "responsibility: our handling time did not match our packing capacity.'"
            ),
        )
    if apologies(all_text) > 3:
        yield T7.finding(
            location="issues",
            message="More than three apologies.",
            fix="One short apology is enough; reviewers look for facts.",
        )
    reasons = {issue.reason for issue in case.issues}
    notice = (case.notice.text or "").lower()
    # Each bank's phrases from its notice words: a model is built only for a bank cited.
    for bank_id, said in library.notice_words(case.marketplace).items() if notice else ():
        if bank_id in reasons:
            continue
        if any(linear.has_phrase(p.lower(), notice) for p in said.phrases):
            bank = library.get(bank_id)
            yield S2.finding(
                location="issues",
                message=f"The notice cites '{bank.title}', which no issue answers.",
                fix=(
                    f"Add an issue with reason {bank_id}: one root cause, corrective "
                    "action and preventive measure triple per cited issue."
                ),
            )
    mentioned = " ".join(
        [*(o for i in case.issues for o in i.order_ids), *(str(i.facts) for i in case.issues),
         *(i.summary or "" for i in case.issues), *(c.description for i in case.issues
                                                     for c in i.root_causes),
         *(a.action for i in case.issues for a in i.corrective_actions)]
    )  # fmt: skip
    for j, order_id in enumerate(case.notice.order_ids):
        if order_id not in mentioned:
            yield S2.finding(
                location=f"notice.order_ids[{j}]",
                message=f"The notice cites order {order_id}, which no issue mentions.",
                fix=(
                    "Add it to the order_ids of the issue it belongs to, and say what "
                    "was done about it."
                ),
                severity="warning",
            )
    if case.notice.attempt > 1:
        yield X1.finding(
            location="notice.attempt",
            message=f"This is appeal number {case.notice.attempt}; attempts are limited.",
            fix=(
                "Change what the last answer rejected; a resubmission that repeats the "
                "first one is refused again."
            ),
        )


def _overlap(causes: list[str], actions: list[str]) -> bool:
    def content(texts: list[str]) -> set[str]:
        return {w for t in texts for w in linear.findall(r"[a-z]{5,}", t.lower()) if w not in _STOP}

    return bool(content(causes) & content(actions))


def _area(group: str) -> str:
    return {"root_causes": "root_cause", "corrective_actions": "corrective"}.get(
        group, "preventive"
    )
