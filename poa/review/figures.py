"""Rule E7: the figures a case quotes against the ones read from the seller's own reports.

A reviewer has the marketplace's dashboard open: a plan that says 3.2 % where Amazon's report
says 9.8 % reads as not knowing the problem, or as hiding it. Three kinds of quoted figure
are compared with the readings ``poa metrics --into`` put in the case (``metrics[]`` with a
``report``):

* a reading typed into ``metrics:``, with the imported one of the same metric, day and window;
* an interview answer that gives a metric's value (the figure the notice quoted), with the
  imported reading nearest the notice's date, when one lies within a week of it;
* a rate written in the plan's own words next to the metric's name or its initials ("Late
  Shipment Rate of 9.8 %", "a 9.8 % LSR"), in the issue about that metric, likewise.

A quoted figure agrees when it is one of the imported readings to the precision it is written
in (3.2 for 3.24, 10 for 9.8); a figure next to a word of targets or change ("below 4 %",
"from 2.1 %") is not the metric's value and is left alone. Where no imported reading is near
the notice, the words are not judged: the plan may quote a day the reports do not cover.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import TYPE_CHECKING

from poa import linear
from poa.common import long_date
from poa.model import Case, Issue, MetricSnapshot
from poa.review.checks import E7
from poa.review.findings import Finding

if TYPE_CHECKING:
    from poa.banks.library import BankLibrary

NEAR_NOTICE = dt.timedelta(days=7)
"""How far from the notice's date a reading still shows the figure the notice was about."""
_NUMBER = r"(?P<number>\d{1,3}(?:[.,]\d{1,3})?)\s?(?:%|percent\b|per cent\b)"
_AWAY = linear.compile(
    r"\b(target|targets|limit|threshold|standard|below|under|above|over|less|more|least|most|"
    r"max|maximum|min|minimum|from|half|goal|must|should|allowed|up to|down to|than|within|"
    r"not|never|keep|kept|aim)\b",
    linear.I,
)
_SPAN = linear.compile(r"\b(?:over|in|during) the (?:last|past|previous) \d+ days\b", linear.I)
"""'over the last 30 days': the window, not a comparison."""
_DAYS = linear.compile(r"\b(\d+)[- ]days?\b", linear.I)


def figure_findings(case: Case, banks: BankLibrary) -> Iterator[Finding]:
    """E7 findings: every quoted figure of a metric the imported readings contradict."""
    imported: dict[str, list[MetricSnapshot]] = {}
    for reading in case.metrics:
        if reading.report:
            imported.setdefault(reading.metric, []).append(reading)
    if not imported:
        return
    yield from _typed(case, imported)
    names = {t.metric: t.name for t in getattr(banks.thresholds, case.marketplace) if t.default}
    for i, issue in enumerate(case.issues):
        bank = banks.find(issue.reason)
        metrics = [m for m in (bank.metrics if bank else []) if m in imported]
        for metric in metrics:
            near = _near_notice(case, imported[metric])
            if near is None:
                continue
            if bank is not None:
                for question in bank.all_questions():
                    value = issue.facts.get(question.id)
                    if question.metric == metric and isinstance(value, int | float):
                        quoted = _Quoted(float(value), _decimals(str(value)))
                        yield from _compare(
                            quoted, f"issues[{i}].facts.{question.id}", imported[metric], near
                        )
            pattern = _pattern(metric, names.get(metric))
            for path, text in _texts(i, issue):
                for quoted, excerpt in _quoted_in(pattern, text):
                    yield from _compare(quoted, path, imported[metric], near, excerpt)


class _Quoted:
    """A figure as written: its value, how many decimals it was written with, and the window
    it names, if any ("the 10-day rate")."""

    def __init__(self, value: float, decimals: int, window: int | None = None) -> None:
        self.value, self.decimals, self.window = value, decimals, window

    def agrees(self, reading: MetricSnapshot) -> bool:
        return abs(reading.value - self.value) < 10.0**-self.decimals

    def text(self, unit: str) -> str:
        return f"{self.value:.{self.decimals}f}" + (" %" if unit == "percent" else "")


def _typed(case: Case, imported: dict[str, list[MetricSnapshot]]) -> Iterator[Finding]:
    for k, typed in enumerate(case.metrics):
        if typed.report:
            continue
        same_day = [
            r
            for r in imported.get(typed.metric, [])
            if r.as_of == typed.as_of
            and (typed.window_days is None or r.window_days in (None, typed.window_days))
        ]
        quoted = _Quoted(typed.value, _decimals(f"{typed.value:g}"))
        if same_day and not any(quoted.agrees(r) for r in same_day):
            reading = same_day[0]
            yield E7.finding(
                location=f"metrics[{k}].value",
                message=(
                    f"The case reads {_label(typed.metric)} as {quoted.text(typed.unit)} on "
                    f"{long_date(typed.as_of)}; {reading.source or reading.report}, gives "
                    f"{_value(reading)} for that day."
                ),
                fix=(
                    f"Correct the value to {_value(reading)}, the report's figure, or remove "
                    "this reading if it was taken over another window."
                ),
            )


def _near_notice(case: Case, readings: list[MetricSnapshot]) -> MetricSnapshot | None:
    """The imported reading nearest the notice's date, if it lies within a week of it."""
    day = case.notice.received_on
    nearest = min(readings, key=lambda r: abs(r.as_of - day))
    return nearest if abs(nearest.as_of - day) <= NEAR_NOTICE else None


def _compare(
    quoted: _Quoted,
    path: str,
    readings: list[MetricSnapshot],
    near: MetricSnapshot,
    excerpt: str | None = None,
) -> Iterator[Finding]:
    if any(quoted.agrees(reading) for reading in readings):
        return
    if quoted.window and all(reading.window_days != quoted.window for reading in readings):
        return  # a window no report read gives: nothing to compare it with
    yield E7.finding(
        location=path,
        message=(
            f"The plan gives {_label(near.metric)} as {quoted.text(near.unit)}; "
            f"{near.source or near.report}, gives {_value(near)} on {long_date(near.as_of)}, "
            "near the day of the notice."
        ),
        fix=(
            f"Quote the report's figure, {_value(near)}: the reviewer sees the same report. If "
            "your figure is from another day or window, say which."
        ),
        excerpt=excerpt,
    )


def _texts(i: int, issue: Issue) -> Iterator[tuple[str, str]]:
    at = f"issues[{i}]"
    yield f"{at}.title", issue.title
    yield f"{at}.summary", issue.summary or ""
    for j, cause in enumerate(issue.root_causes):
        yield f"{at}.root_causes[{j}].description", cause.description
    for j, action in enumerate(issue.corrective_actions):
        yield f"{at}.corrective_actions[{j}].action", action.action


def _pattern(metric: str, name: str | None) -> linear.Pattern:
    """The metric's name, its id in words and its initials (LSR, ODR, PFCR), before or after
    a rate."""
    names = {metric.replace("_", " ")}
    if name:
        names.add(name)
    initials = {"".join(w[0] for w in linear.findall(r"[A-Za-z]+", n)).upper() for n in names}
    spelled = [r"[\s-]+".join(linear.findall(r"[A-Za-z]+", n)) for n in sorted(names)]
    words = "|".join(sorted(spelled, key=len, reverse=True))
    letters = "|".join(sorted(i for i in initials if len(i) >= 3))
    between = r"[^.%;\n]{0,60}?"
    parts = [
        rf"(?:\b\d+[- ]days?\s+)?\b(?:{words})\b(?P<between>{between}){_NUMBER}",
        rf"\b{_NUMBER.replace('number', 'before')}\s+(?:[A-Za-z]+\s+)??(?:{words})\b",
    ]
    if letters:
        short = _NUMBER.replace("number", "short")
        parts.append(rf"\b(?:{letters})\b(?P<tail>{between}){short}")
    return linear.compile("|".join(f"(?:{p})" for p in parts), linear.I)


def quoted_rates(text: str, metric: str, name: str | None = None) -> list[float]:
    """The rates ``text`` gives as the value of ``metric`` (``name``: its name in
    thresholds.yaml).

    >>> quoted_rates("Our LSR was 9.8 %, against a target of under 4 %.", "late_shipment_rate")
    [9.8]
    """
    return [quoted.value for quoted, _ in _quoted_in(_pattern(metric, name), text)]


def _quoted_in(pattern: linear.Pattern, text: str) -> Iterator[tuple[_Quoted, str]]:
    for match in pattern.finditer(text):
        groups = match.groupdict()
        between = _SPAN.sub(" ", groups.get("between") or groups.get("tail") or "")
        number = groups.get("number") or groups.get("before") or groups.get("short")
        if number is None or _AWAY.search(between) or len(between.split()) > 6:
            continue
        value = number.replace(",", ".")
        days = _DAYS.search(match.group(0))
        window = int(days.group(1)) if days else None
        yield _Quoted(float(value), _decimals(value), window), match.group(0)


def _decimals(text: str) -> int:
    return len(text.split(".", 1)[1]) if "." in text else 0


def _value(reading: MetricSnapshot) -> str:
    return f"{reading.value:g}" + (" %" if reading.unit == "percent" else "")


def _label(metric: str) -> str:
    return "the " + metric.replace("_", " ")
