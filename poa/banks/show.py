"""A bank as text a person reads in the terminal (``poa banks show``)."""

from __future__ import annotations

import textwrap

from poa.banks.schema import Bank, Marketplaces, Question, Threshold, Thresholds
from poa.model import CADENCE_LABELS, EVIDENCE_KIND_LABELS, MARKETPLACE_LABELS

_WIDTH = 92


def _wrap(text: str, indent: str) -> str:
    """Wrap to the terminal width; continuation lines align under the text, not the bullet."""
    return textwrap.fill(
        " ".join(text.split()),
        _WIDTH,
        initial_indent=indent,
        subsequent_indent=" " * len(indent),
    )


def _threshold(item: Threshold) -> str:
    unit = " %" if item.unit == "percent" else f" {item.unit}"
    window = "/".join(str(d) for d in item.window_days)
    return f"{item.name} {item.comparison} {item.target:g}{unit}" + (
        f" over {window} days" if window else ""
    )


def _question(number: str, question: Question) -> list[str]:
    kind = question.type + (f", {question.unit}" if question.unit else "")
    lines = [_wrap(f"{number} {question.prompt} [{kind}]", "  ")]
    lines.append(_wrap(question.help, "       "))
    if question.when:
        lines.append(f"       asked when: {question.when}")
    for choice in question.choices:
        lines.append(_wrap(f"- {choice.value}: {choice.label}", "       "))
    if question.validate_:
        lines.append(_wrap(f"check: {question.validate_.message}", "       "))
    if question.type != "group":
        lines.append(_wrap(f"e.g. {question.example}", "       "))
    for index, inner in enumerate(question.questions, start=1):
        lines += ["    " + line for line in _question(f"{number}{index}.", inner)]
    return lines


def format_bank(
    bank: Bank, thresholds: Thresholds | None = None, marketplaces: Marketplaces | None = None
) -> str:
    """Everything in the bank, in the order a seller needs it."""
    out = [f"{bank.id} — {bank.title}"]
    out.append(
        f"{MARKETPLACE_LABELS[bank.marketplace]} · {bank.category.replace('_', ' ')} · "
        f"sources: {', '.join(bank.sources)}"
    )
    standards = [
        _threshold(t)
        for t in (getattr(thresholds, bank.marketplace, []) if thresholds else [])
        if t.metric in bank.metrics and t.default
    ]
    if standards:
        out.append("Standard: " + "; ".join(standards))
    out += ["", "What the notice means", _wrap(bank.meaning, "  ")]
    out += ["", "Questions"]
    for number, question in enumerate(bank.questions, start=1):
        out += _question(f"{number}.", question)
    out += ["", "Suggestions (starting points: make each one specific to your case)"]
    groups = (
        ("Root causes", bank.suggestions.root_causes),
        ("Corrective actions", bank.suggestions.corrective_actions),
    )
    for title, suggestions in groups:
        out.append(f"  {title}")
        out += [_wrap(s.text, "    - ") for s in suggestions]
    out.append("  Preventive measures")
    for measure in bank.suggestions.preventive_measures:
        out.append(_wrap(measure.text, "    - "))
        cadence = CADENCE_LABELS[measure.cadence]
        out.append(
            _wrap(
                f"owner: {measure.owner}; runs {cadence}; checked by: {measure.verification}",
                "      ",
            )
        )
    out += ["", "Evidence"]
    for need in bank.evidence:
        flag = " (required)" if need.required else ""
        out.append(_wrap(f"- {need.title}{flag} [{EVIDENCE_KIND_LABELS[need.kind]}]", "  "))
        out.append(_wrap(need.why, "      "))
        if need.max_age_days:
            out.append(f"      issued within {need.max_age_days} days before the notice")
        out += [_wrap(f"accepted: {rule}", "      ") for rule in need.accept]
        out += [_wrap(f"refused: {rule}", "      ") for rule in need.refuse]
    channel = bank.channel
    usual = getattr(marketplaces, bank.marketplace).appeal_route if marketplaces else None
    route = channel.route or usual
    out += ["", "Where to send it"] + ([_wrap(route, "  ")] if route else [])
    if not channel.appeal_needed:
        out.append("  No appeal is needed for this reason.")
    if channel.deadline_days:
        out.append(f"  Deadline: {channel.deadline_days} days")
    if channel.deadline_note:
        out.append(_wrap(channel.deadline_note, "  "))
    if channel.attempts:
        out.append(f"  Appeals allowed: {channel.attempts}")
    if channel.max_chars:
        out.append(f"  Length limit: {channel.max_chars:,} characters")
    return "\n".join(out) + "\n"
