"""What ``poa notice`` prints: each fact with the words it was found by."""

from __future__ import annotations

from poa.banks.library import BankLibrary
from poa.common import long_date
from poa.model import MARKETPLACE_LABELS
from poa.notice.facts import NoticeFacts
from poa.notice.languages import names

REQUEST_LABELS = {  # what a notice asks for, in words (the appeals' to-dos too)
    "plan_of_action": "a plan of action",
    "invoices": "invoices",
    "letter_of_authorization": "a letter of authorization",
    "test_reports": "test reports",
    "compliance_documents": "compliance documents or certificates",
    "identity_documents": "identity documents",
    "utility_bill": "a utility bill",
    "photos": "photos",
    "tracking": "tracking details",
}


def describe(facts: NoticeFacts, library: BankLibrary) -> str:
    """The notice's facts for a person, each reason with its bank's title from ``library``
    (the run's banks: a user's bank names its own reason)."""
    lines: list[str] = []
    market = facts.marketplace
    lines.append(
        f"Marketplace: {MARKETPLACE_LABELS[market] if market else 'not recognised'}"
        + (f" ({facts.region})" if facts.region else "")
    )
    if facts.language != "en":
        lines.append(
            f"Language: {names(library.cache).get(facts.language, facts.language)}; read through"
            " its English terms (the documents are written in English)"
        )
    if facts.reasons:
        for reason in facts.reasons:
            bank = library.get(reason)
            lines.append(f"Reason: {reason} — {bank.title} (found: '{facts.found[reason]}')")
    else:
        lines.append("Reason: not recognised. Nothing in the notice says one clearly enough.")
        if facts.closest:
            lines.append("  Closest reasons (pick one in the interview, or see poa banks list):")
            for reason in facts.closest:
                words = facts.closest_found.get(reason)
                lines.append(f"    {reason}" + (f" (from: '{words}')" if words else ""))
    if facts.policy:
        lines.append(f"Policy named: {facts.policy}")
    for label, values in (
        ("ASINs", facts.asins),
        ("SKUs", facts.skus),
        ("Order ids", facts.order_ids),
        ("Listing ids", facts.listing_ids),
    ):
        if values:
            lines.append(f"{label}: {', '.join(values)}")
    if facts.received:
        lines.append(f"Received: {long_date(facts.received)}")
    if facts.deadline:
        lines.append(f"Deadline: {long_date(facts.deadline)} ({facts.deadline_basis})")
    elif facts.usual_deadline:
        lines.append(
            f"Deadline: none stated; {long_date(facts.usual_deadline)} by {facts.usual_basis}"
        )
    if facts.window_days:
        lines.append(f"Measuring window: {facts.window_days} days")
    for metric in facts.metrics:
        target = f" (the notice's target: {metric['target']:g} %)" if "target" in metric else ""
        lines.append(f"Metric: {metric['metric']} = {metric['value']:g} %{target}")
    if facts.requests:
        lines.append("Asks for: " + ", ".join(REQUEST_LABELS[r] for r in facts.requests))
    if facts.is_rejection:
        improve = ", ".join(facts.improve) or "not said"
        lines.append(
            f"This answers an earlier appeal: it was not accepted. To improve: {improve}."
            f" This will be attempt {facts.attempt}."
        )
    return "\n".join(lines) + "\n"
