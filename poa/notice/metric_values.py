"""The metric values a notice quotes ("your Late Shipment Rate is 6.2%"), with the standard
it states beside them, and the reasons those values show are not an issue.

A notice's figures are the seller's values, not the marketplace's targets: a figure after
"target" or "less than" is the standard, and the value is the row's next figure. A performance
reason whose quoted value meets its standard is dropped, unless the notice itself says a
standard is not met.
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from poa import linear
from poa.banks.library import BankLibrary
from poa.notice.facts import NoticeFacts
from poa.notice.matching import FAILING
from poa.notice.tables import standard_first
from poa.notice.words import Lexicon, tokens

_METRIC_ALIASES: dict[str, tuple[str, ...]] = {
    "late (shipment|dispatch) rate": ("late_shipment_rate", "late_dispatch_rate"),
    "order defect rate|odr": ("order_defect_rate",),
    "pre-?fulfil(l)?ment cancel(lation)? rate": ("pre_fulfillment_cancel_rate",),
    "seller[- ]fault cancellation rate": ("seller_fault_cancellation_rate",),
    "cancel(lation)? rate": ("cancellation_rate", "pre_fulfillment_cancel_rate"),
    "valid tracking rate": ("valid_tracking_rate",),
    "on-?time delivery( rate)?": ("on_time_delivery_rate", "on_time_delivery"),
    "on-?time shipping( rate)?": ("on_time_shipping_rate",),
    "transaction defect rate": ("transaction_defect_rate",),
    "refund rate": ("refund_rate",),
    "return rate": ("return_rate", "seller_fault_return_rate"),
    "negative feedback rate": ("negative_feedback_rate",),
    "item not received rate": ("item_not_received_rate",),
    "cases closed without (?:seller )?resolution": ("cases_closed_without_resolution",),
    "(seller )?response rate": (
        "seller_response_rate",
        "message_response_rate",
        "buyer_message_response_rate",
    ),
    "message response": ("message_response_rate", "buyer_message_response_rate"),
    # the share itself, as the languages' glosses name the metric
    "messages answered within 24 hours": (
        "message_response_rate",
        "buyer_message_response_rate",
    ),
}

_SHARES_OF_ORDERS: dict[str, tuple[str, ...]] = {
    "(?:shipped|dispatched|sent) on[- ]?time": ("on_time_shipping_rate",),
    "(?:arrived|were delivered|delivered) (?:on[- ]?time|by the (?:promised|estimated) date)": (
        "on_time_delivery_rate",
        "on_time_delivery",
    ),
}
"""Metrics a notice states as the share of orders that did a thing, value first, with no
name of the metric: "99% of orders shipped on time", "86.9% of your orders arrived by the
promised date"."""

RATING_NAME = "account health rating"
"""Amazon's Account Health Rating: a score (0-1000), not a percentage, so read apart from the
rates above; the language glosses turn its name in each language into these words."""


_NOT_MEETING = linear.compile(
    r"\b(?:(?:is|are|was|were)(?:n['\x{2019}]?t|\s+not)|not|no\s+longer|fail(?:s|ed|ing)?\s+to|"
    r"(?:does|do|did)(?:n['\x{2019}]?t|\s+not))\s+(?:currently\s+|yet\s+|still\s+)?"
    r"meet(?:ing)?\s+(?:\S+\s+){0,4}?(?:standards?|targets?|requirements?|expectations?|"
    r"thresholds?|minimum)\b"
    r"|\b(?:still|now|currently|remains?)\s+(?:above|over|beyond)\s+(?:the|our|that)\s+"
    r"(?:thresholds?|standards?|targets?|limits?|level)\b",
    linear.I,
)
"""The notice's own verdict that a standard is not met ("your shop isn't currently meeting
Etsy's customer service standards", "if your rate is still over the threshold then")."""


def drop_passing(facts: NoticeFacts, library: BankLibrary, text: str) -> None:
    """A performance reason whose quoted value meets its standard is not a cited issue, unless
    the sentence naming it says it is a problem (:func:`_judged_failing`);
    and unless the notice says a standard is not met and that would leave it citing nothing:
    the notice's own verdict stands over the metric's usual standard, which may have
    changed ("84% shipped on time ... Shops need to ship at least 95%" against a usual 80)."""
    standards = {
        t.metric: t for t in getattr(library.thresholds, facts.marketplace or "", []) if t.default
    }
    values = {m["metric"]: m["value"] for m in facts.metrics}
    stated = {m["metric"]: m["target"] for m in facts.metrics if "target" in m}
    for metric, target in stated.items():  # the notice's own standard over the usual one
        if metric in standards:
            standards[metric] = standards[metric].model_copy(update={"target": target})
    failing = tuple(library.concepts.get(FAILING, []))
    lower = text.lower()
    kept, judged = [], []
    for reason in facts.reasons:
        metrics = [m for m in library.get(reason).metrics if m in values and m in standards]
        if not metrics or not all(standards[m].met_by(values[m]) for m in metrics):
            kept.append(reason)
        elif _judged_failing(lower, facts.found.get(reason, ""), failing):
            judged.append(reason)
    if kept or _NOT_MEETING.search(text) is None:
        facts.reasons = [r for r in facts.reasons if r in kept or r in judged]


def _judged_failing(lower: str, words: str, failing: tuple[str, ...]) -> bool:
    """Whether the sentence that names a reason says, in its own words, that it is a problem
    ("too many orders are marked as shipped after the dispatch date"): the notice's verdict on
    its own matter stands over a usual standard its figure meets. Only the words' first place
    is read, on its own line, and only ``_VERDICT_WINDOW`` characters either side of it: a
    page's status line above a row ("Projected level: Below Standard") is no verdict on it."""
    at = lower.find(words.lower()) if words else -1
    if at < 0:
        return False
    start = lower.rfind("\n", max(0, at - _VERDICT_WINDOW), at) + 1 or max(0, at - _VERDICT_WINDOW)
    stop = lower.find("\n", at + len(words), at + len(words) + _VERDICT_WINDOW)
    window = tokens(lower[start : stop if stop >= 0 else at + len(words) + _VERDICT_WINDOW])
    named = [t.sentence for t in window if t.start >= at - start]
    if not named:
        return False
    hits = _failing_lexicon(failing).find(window).get(FAILING, [])
    return any(hit.sentence == named[0] for hit in hits)


_VERDICT_WINDOW = 200
"""How far either side of a reason's words its verdict is looked for (a long sentence)."""


@lru_cache(maxsize=4)
def _failing_lexicon(failing: tuple[str, ...]) -> Lexicon:
    """The words that say a standard is broken, compiled once per library."""
    return Lexicon({FAILING: failing})


_TARGET = linear.compile(
    r"(must be|target|goal|less than|fewer than|under|up to|at least|at most|threshold|limit|"
    r"standard( of| is)?|needs? to be|should be|no more than|below|above|maximum|minimum|"
    r"[<>≤≥]|(?:compared|against)(?:\s+(?:with|to))?(?:\s+(?:the|our|a|an))?)"
    # "the maximum allowed is 0.3%", "against a maximum of 0.30%"
    r"(?:\s+(?:allowed|permitted|required))?(?:\s+(?:is|of))?\W*$"
)

_BROKEN = linear.compile(
    r"\b(?:over|above|beyond|exceed(?:s|ed|ing)?|below|under)\s+(?:the|our|its|your)\s+"
    r"(?:limit|target|standard|threshold|minimum|maximum)\W*$"
)
"""A standard named as the one the value breaks, just before it ("is over the limit: 5.2%"):
the value after it is the seller's."""


_STANDARD_AFTER = linear.compile(
    # the word, when there is one, is preferred to a run of text alone (RE2 takes the first
    # way that matches, so the branch with the word comes first)
    r"^(?:[^\n%\d]{0,30}?(?P<word>target|standard|limit|threshold|requirement|goal|maximum|"
    r"minimum|must|should|allowed|expect(?:ed|s)?|required|at least|at most|no more than|"
    r"no less than|needs? to be)[^\n%\d]{0,20}?|[^\n%\d]{0,20}?)"
    r"(?P<value>\d{1,3}(?:[.,]\d+)?)\s?%"
    r"(?P<tail>[ \t]*(?:or (?:less|lower|fewer|below|under|more|higher|above|better)|"
    r"(?:target|standard|limit|maximum|minimum|or better)\b))?",
    linear.I,
)
"""A standard stated on the value's own line or sentence: "6.3%   3% or less" in a table row,
"6.3% (target 95%)", "9.1%, against a limit of 4%"."""


_STANDARD_NEXT = linear.compile(
    r"^[^\n%]{0,60}?[.;][ \t]+(?:our|the|your)?[ \t]*(?:standard|target|minimum|maximum|"
    r"requirement|goal|limit)[ \t]+(?:is|are)[ \t]+(?:at least|at most|no more than|"
    r"no less than|below|under|above|over|less than|more than)?[ \t]*"
    r"(?P<value>\d{1,3}(?:[.,]\d+)?)\s?%",
    linear.I,
)
"""A standard stated in the sentence after a value's, on its line ("88% of your orders shipped
on time. Our standard is at least 95%.")."""


def _stated_standard(after: str) -> float | None:
    """The standard the notice states just after a value, or None when it states none."""
    match = _STANDARD_AFTER.search(after)
    if match is None:
        following = _STANDARD_NEXT.search(after)
        return float(following["value"].replace(",", ".")) if following else None
    cell = linear.match(r"[ \t]*[\t|][ \t|]*(\d{1,3}(?:[.,]\d+)?)\s?%", after)
    if not (match["word"] or match["tail"]) and cell is None:
        return None  # a table's next cell is its standard: "84%\t95%"
    return float(match["value"].replace(",", "."))


def quoted_metrics(text: str, known: set[str]) -> list[dict[str, Any]]:
    """Quoted values ("your Late Shipment Rate is 6.2%") with the marketplace's metric id."""
    found: list[dict[str, Any]] = []
    for alias, ids in _METRIC_ALIASES.items():
        metric = next((i for i in ids if i in known), None) if known else ids[0]
        if metric is None or any(f["metric"] == metric for f in found):
            continue
        # a sentence wrapped onto the next line goes on there ("... for the past 30 days is
        # \ntherefore 91.2%"); a line that starts with a capital or a figure is a row of its own
        pattern = (
            rf"\b(?:{alias})\b(?:[^%\n]|\n(?-i:[a-z])){{0,80}}?(?P<value>\d{{1,3}}(?:[.,]\d+)?)\s?%"
        )
        compiled = linear.compile(pattern, linear.I)
        value = compiled.groupindex["value"]
        for match in compiled.finditer(text):
            before = text[max(0, match.start(value) - 30) : match.start(value)].lower()
            after = text[match.end() : match.end() + 15].lower()
            rest = text[match.end() : match.end() + 80]
            if (
                (_TARGET.search(before) and not _BROKEN.search(before))
                or linear.match(r"\s*or (lower|higher|less|more|above|below)", after)
                or standard_first(text.lower(), match.start())
            ):
                # the standard, not the seller's value: the value is the row's next figure
                # ("Valid Tracking Rate   > 95 %   93.2 %"), if the row has one
                row = linear.match(r"[^%\n]{0,40}?(\d{1,3}(?:[.,]\d+)?)\s?%", rest)
                if row is None:
                    continue
                found.append(
                    {
                        "metric": metric,
                        "value": float(row.group(1).replace(",", ".")),
                        "target": float(match["value"].replace(",", ".")),
                    }
                )
                break
            found.append({"metric": metric, "value": float(match["value"].replace(",", "."))})
            if (standard := _stated_standard(rest)) is not None:
                found[-1]["target"] = standard
            break
        else:  # "9.4% of your transactions were late shipments": the value comes first
            pattern = rf"(?P<value>\d{{1,3}}(?:[.,]\d+)?)\s?%[^%.\n]{{0,60}}?\b(?:{alias})\b"
            first = linear.search(pattern, text, linear.I)
            if first and not _TARGET.search(
                text[max(0, first.start() - 30) : first.start()].lower()
            ):
                found.append({"metric": metric, "value": float(first["value"].replace(",", "."))})
    found.extend(_shares_of_orders(text, known, {f["metric"] for f in found}))
    ratings = linear.finditer(rf"{RATING_NAME}(\D{{0,30}}?)(\d{{1,4}})\b", text, linear.I)
    # the rating is a number, not a percentage, and said in the sentence that names it
    rating = next(
        (
            r
            for r in ratings
            if not linear.match(r"\s?%", text[r.end() : r.end() + 2])
            and not linear.search(r"(?:^|[^.])[.!?;]\s", r.group(1))  # not dot leaders
        ),
        None,
    )
    if rating and "account_health_rating" in known:
        found.append({"metric": "account_health_rating", "value": float(rating.group(2))})
    return found


def _shares_of_orders(text: str, known: set[str], quoted: set[str]) -> list[dict[str, Any]]:
    """The values of metrics stated as a share of orders (:data:`_SHARES_OF_ORDERS`) that the
    notice quotes by no name of theirs (``quoted``), each the first such share it states."""
    found: list[dict[str, Any]] = []
    for doing, ids in _SHARES_OF_ORDERS.items():
        metric = next((i for i in ids if i in known), None) if known else ids[0]
        if metric is None or metric in quoted:
            continue
        share = linear.search(
            rf"(?P<value>\d{{1,3}}(?:[.,]\d+)?)\s?% of (?:your |the |all )?"
            rf"(?:orders|shipments|packages) (?:were |was )?(?:{doing})\b",
            text,
            linear.I,
        )
        if share and not _TARGET.search(text[max(0, share.start() - 30) : share.start()].lower()):
            found.append({"metric": metric, "value": float(share["value"].replace(",", "."))})
            line = text[share.end() : share.end() + 80].split("\n", 1)[0]
            if (standard := _stated_standard(line) or _standard_on_row(line)) is not None:
                found[-1]["target"] = standard
    return found


def _standard_on_row(line: str) -> float | None:
    """A standard a row gives after the value, in a cell of its own: "81% of orders shipped
    on time   Below standard (95%)"."""
    cell = linear.search(
        r"\b(?:standard|target|threshold|goal|minimum|maximum)\W{0,3}(\d{1,3}(?:[.,]\d+)?)\s?%",
        line,
        linear.I,
    )
    return float(cell.group(1).replace(",", ".")) if cell else None
