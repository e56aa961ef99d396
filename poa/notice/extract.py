"""What a notice says, found by patterns, and its reasons by what the question banks say of them."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import asdict, dataclass, field
from itertools import islice
from typing import Any

from poa import linear
from poa.banks.library import BankLibrary
from poa.model.ids import MARKETPLACES
from poa.notice import ids as notice_ids
from poa.notice import messages
from poa.notice.aside import cited
from poa.notice.clean import names_marketplace, newest_reply
from poa.notice.reasons import read_reasons
from poa.notice.tables import standard_first

_SITES = {  # whole words: "Betsy" names no marketplace
    "amazon": r"\bamazon\.(com|co\.uk|de|ca|in|fr|it|es|com\.au|ae|sa)\b|\bseller ?central\b"
    r"|\bamazon\b",
    "walmart": r"\bwalmart\b",
    "ebay": r"\bebay\b",
    "tiktok": r"\btik ?tok\b",
    "etsy": r"\betsy\b",
}
_TERMS = {
    "amazon": [r"\bseller central\b", r"\baccount health rating\b", r"\ba-to-z\b",
               r"\basins?\b", r"\bbuy box\b", r"\bfba\b", r"\b\d{3}-\d{7}-\d{7}\b"],
    "walmart": [r"\bseller center\b", r"\bpurchase orders?\b", r"\bwfs\b",
                r"\bretailer agreement\b", r"\bpo ?(?:numbers?\b|nos?\b|#)"],
    "ebay": [r"\bseller hub\b", r"\btop rated\b", r"\bvero\b", r"\bmoney back guarantee\b",
             r"\bbelow standard\b", r"\btransaction defect rate\b"],
    "tiktok": [r"\bviolation points?\b", r"\bseller[- ]fault\b", r"\bshop performance score\b",
               r"\blate dispatch rate\b", r"\blive ?streams?\b",
               r"\borders?\b[^\d\n]{0,24}\n?[ \t]*\b\d{18}\b"],
    "etsy": [r"\bstar seller\b", r"\bshop manager\b", r"\bpurchase protection\b",
             r"\bcreativity standards\b", r"\breceipts?\b"],
}  # fmt: skip
"""Each marketplace's own names for its pages, programmes and measures, and the shape of its
order ids where no other marketplace has it, read only where a notice names no marketplace
(an exported dashboard): "violation points" and "seller-fault" are TikTok Shop's, an order
"111-6620471-3309846" is Amazon's, an order of 18 digits TikTok's (Walmart's have 13 or 15,
Etsy's receipts 9 to 12), a "PO number" (purchase order) Walmart's. An app's page puts the
order label on a line of its own, over the ids it lists ("Orders included" / "5771...")."""


def _marketplace_by_terms(lower: str) -> str | None:
    """The marketplace whose own terms a notice uses most (two at least, and more than any
    other's); None when none does."""
    counts = {m: sum(bool(linear.search(t, lower)) for t in terms) for m, terms in _TERMS.items()}
    ranked = sorted(counts.values(), reverse=True)
    best = max(counts, key=lambda m: counts[m])
    return best if ranked[0] >= 2 and ranked[0] > ranked[1] else None


_DAY_FIRST_SITES = ("co.uk", ".de", ".in", ".fr", ".it", ".es", ".com.au", ".ae")
_MONTHS = {
    m: n
    for n, m in enumerate(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"],
        start=1,
    )
}
_MONTH = r"(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
_DATE = linear.compile(
    rf"\b(?P<d1>\d{{1,2}})(st|nd|rd|th)? {_MONTH},? (?P<y1>\d{{4}})\b"
    rf"|\b{_MONTH} (?P<d2>\d{{1,2}})(st|nd|rd|th)?,? (?P<y2>\d{{4}})\b"
    r"|\b(?P<iso>\d{4}-\d{2}-\d{2})\b"
    r"|\b(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y3>\d{4})\b"
    rf"|\b(?P<d4>\d{{1,2}})-{_MONTH}-(?P<y4>\d{{4}})\b",
    linear.I,
)
_REQUESTS = {
    # "send an action plan", "a written plan explaining ...": a plan asked for, not "your
    # action plan" the seller sent
    "plan_of_action": r"plan of action|\bpoa\b|a plan that (explains|describes)|business plan|"
    r"\b(?:an?|new|revised|updated)\s+(?:\w+\s+)?(?:(?:action|improvement)\s+plan\b|"
    r"plan\s+(?:that\s+|which\s+)?(?:explain|describ|detail|outlin|show))",
    "invoices": r"\binvoices?\b",
    "letter_of_authorization": r"letter of authori[sz]ation|\bloa\b",
    "test_reports": r"test reports?|laboratory|lab report|testing data",
    "compliance_documents": r"certificate|compliance (documents?|documentation)|"
    r"letter of compliance|safety documentation",
    "identity_documents": r"identity document|government[- ]issued|passport|proof of identity|"
    r"identification",
    "utility_bill": r"utility bill",
    "photos": r"\bphotos?\b|photographs?|images? of the (product|item)",
    "tracking": r"tracking (number|information|details)",
}
_REJECTION = linear.compile(
    r"(do not|don't) have enough information|not enough information|greater detail|"
    r"(appeal|plan of action|plan|submission) (has been|was) (denied|rejected|declined|"
    r"not accepted)|unable to (reinstate|accept your)|we reviewed your (appeal|plan|submission)",
    linear.I,
)
_IMPROVE = {
    "root_cause": r"root cause",
    "corrective": r"actions? (you have taken|taken) to (resolve|address|correct)|resolve",
    "preventive": r"(steps|measures) .{0,40}prevent|prevent",
}
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

RATING_NAME = "account health rating"
"""Amazon's Account Health Rating: a score (0-1000), not a percentage, so read apart from the
rates above; the language glosses turn its name in each language into these words."""


@dataclass
class NoticeFacts:
    """Everything found in a notice; ``found`` gives the notice's words that say each reason,
    ``closest_found`` the words that point to each closest reason (when no reason is found).

    ``deadline`` is only what the notice itself sets (a date, or a time allowed from the day it
    was sent); where it sets none, ``usual_deadline`` is the reason's usual time from that day,
    an estimate kept apart so that nothing reads it as the marketplace's own date.
    """

    marketplace: str | None = None
    region: str | None = None
    language: str = "en"  # the notice's; poa's documents stay in English
    reasons: list[str] = field(default_factory=list)
    found: dict[str, str] = field(default_factory=dict)
    closest: list[str] = field(default_factory=list)
    closest_found: dict[str, str] = field(default_factory=dict)
    policy: str | None = None
    subject: str | None = None
    asins: list[str] = field(default_factory=list)
    skus: list[str] = field(default_factory=list)
    order_ids: list[str] = field(default_factory=list)
    listing_ids: list[str] = field(default_factory=list)
    received: dt.date | None = None
    deadline: dt.date | None = None
    deadline_basis: str | None = None
    usual_deadline: dt.date | None = None
    usual_basis: str | None = None
    window_days: int | None = None
    metrics: list[dict[str, Any]] = field(default_factory=list)
    requests: list[str] = field(default_factory=list)
    is_rejection: bool = False
    improve: list[str] = field(default_factory=list)
    attempt: int = 1

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        for key in ("received", "deadline", "usual_deadline"):
            data[key] = data[key].isoformat() if data[key] else None
        return data


_PERCENT_WORD = linear.compile(r"(\d)[ \t]?(?:percent|per cent|pct)\b", linear.I)


def extract(text: str, library: BankLibrary, own: str | None = None) -> NoticeFacts:
    """The facts of a cleaned notice; its reasons from ``own``, the marketplace's own words
    in it (:func:`poa.notice.clean.own_words`), when other voices stand with them."""
    from poa.notice import languages

    facts = NoticeFacts(language=languages.language_of(text, library.cache))
    original = text
    if facts.language != "en":  # read through its English gloss (poa/notice/languages.py)
        text = languages.gloss(text, facts.language, library.cache)
        own = languages.gloss(own, facts.language, library.cache) if own is not None else None
    # "0.17 percent" is "0.17%" to every reader of values (a row's figure, a quoted metric)
    text = _PERCENT_WORD.sub(r"\1%", text)
    own = _PERCENT_WORD.sub(r"\1%", own) if own is not None else None
    lower = text.lower()
    facts.subject = _header(text, "subject")
    facts.marketplace = _marketplace(lower) or _marketplace_by_terms(lower)
    if facts.marketplace is None and (facts.language != "en" or notice_ids.asins(text)):
        facts.marketplace = "amazon"  # only Amazon writes in these languages, or has ASINs
    site = linear.search(r"amazon\.(co\.uk|co\.jp|de|ca|in|fr|it|es|com\.au|ae|com)\b", lower)
    facts.region = site.group(1) if site else None
    day_first = bool(site and any(s in site.group(0) for s in _DAY_FIRST_SITES))
    day_first = day_first or _writes_day_first(text)
    apart = messages.others(text, lambda line: _date_in(line, day_first))
    # the reasons of the notice's own message: another message's subject names another matter
    words = own if own is not None else messages.without(text, apart)
    reading = read_reasons(words, facts.marketplace, library)
    facts.reasons, facts.found = reading.reasons, reading.found
    facts.closest, facts.closest_found = reading.closest, reading.closest_found
    if facts.marketplace is None:  # a page that never names its marketplace
        _marketplace_of_reasons(facts)
    facts.policy = _policy(text)
    _ids(facts, text, library, apart)
    known = {t.metric for t in getattr(library.thresholds, facts.marketplace or "", [])}
    facts.metrics = _metrics(text, known)
    # before the dates: a metric that is fine sets no usual time
    _drop_passing(facts, library, text)
    newest = newest_reply(text) or own  # a thread's newest reply over the older messages
    _dates(facts, text, day_first, library, newest)
    # what the notice asks for is in its own words (a thread's newest reply): a policy pasted
    # under it lists every document it may ask for, a team's talk names its own plans
    asking = newest or text
    facts.requests = [
        key for key, pattern in _REQUESTS.items() if linear.search(pattern, asking, linear.I)
    ]
    facts.is_rejection = bool(_REJECTION.search(text))
    if facts.is_rejection:
        facts.improve = [
            k
            for k, p in _IMPROVE.items()
            if linear.search(
                rf"(greater|more) detail[^.]{{0,80}}{p}|{p}[^.]{{0,40}}(insufficient|unclear)",
                text,
                linear.I,
            )
        ]
        facts.attempt = 2
    if facts.language != "en":  # the subject as the notice wrote it, not its gloss
        facts.subject = languages.header(original, facts.language, "Subject", library.cache)
    return facts


def _marketplace_of_reasons(facts: NoticeFacts) -> None:
    """A notice that names no marketplace is one marketplace's all the same: the one most of
    its reasons belong to. Another marketplace's reasons were read from words the banks
    share ("cancel rate", "late shipment"), and are dropped; with no clear first, all stay."""
    markets = Counter(reason.split(".")[0] for reason in facts.reasons)
    ranked = markets.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return
    facts.marketplace = ranked[0][0]
    facts.reasons = [r for r in facts.reasons if r.split(".")[0] == facts.marketplace]
    facts.found = {r: w for r, w in facts.found.items() if r in facts.reasons}


def _header(text: str, name: str) -> str | None:
    match = linear.search(rf"^[ \t]*>?[ \t]*{name}:[ \t]*(.+)$", text, linear.I | linear.M)
    return match.group(1).strip() if match else None


def _policy(text: str) -> str | None:
    """The first named policy: each "policy" found, and the capitalised words just before
    it (a bounded look back, so any text is read in linear time)."""
    for found in linear.finditer(r"[Pp]olicy\b", text):
        window = text[max(0, found.start() - 200) : found.end()]
        if name := _policy_name(window):
            return name
    return None


_NAME_WORDS = 6
_NAME_WORD_CHARACTERS = 31
_SPACE = " \t\n"


def _policy_name(window: str) -> str | None:
    r"""The name of the policy that ``window`` ends with: up to six capitalised words (a
    capital A-Z and up to 30 more letters, digits or ``_'&-``), each followed by one space,
    tab or newline, then "Policy": "Restricted Products Policy". None without such a word.

    Read back from "Policy" word by word. It was the pattern
    ``(?:^|[^\w'&-])((?:[A-Z][\w'&-]{0,30}[ \t\n]){1,6}[Pp]olicy)$``, which RE2 took half a
    second to build (every Unicode letter, 186 times over) and run the first time, in every
    ``poa notice``.
    """
    start = end = len(window) - len("policy")
    for _ in range(_NAME_WORDS):
        if start == 0 or window[start - 1] not in _SPACE:
            break
        first = start - 1
        while first > 0 and _in_name_word(window[first - 1]):
            first -= 1
        word = window[first : start - 1]
        if not (0 < len(word) <= _NAME_WORD_CHARACTERS and "A" <= word[0] <= "Z"):
            break
        start = first
    return window[start:].strip() if start < end else None


def _in_name_word(char: str) -> bool:
    r"""``[\w'&-]``, with Python's Unicode ``\w``."""
    return char.isalnum() or char in "_'&-"


def _marketplace(lower: str) -> str | None:
    counts = {m: len(linear.findall(p, lower)) for m, p in _SITES.items()}
    best = max(counts, key=lambda m: counts[m])
    return best if counts[best] else None


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


def _drop_passing(facts: NoticeFacts, library: BankLibrary, text: str) -> None:
    """A performance reason whose quoted value meets its standard is not a cited issue;
    unless the notice says a standard is not met and that would leave it citing nothing:
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
    kept = []
    for reason in facts.reasons:
        metrics = [m for m in library.get(reason).metrics if m in values and m in standards]
        if metrics and all(standards[m].met_by(values[m]) for m in metrics):
            continue
        kept.append(reason)
    if kept or _NOT_MEETING.search(text) is None:
        facts.reasons = kept


def _ids(facts: NoticeFacts, text: str, library: BankLibrary, apart: list[tuple[int, int]]) -> None:
    """The ids the notice cites: those it names only to set aside ("... is not affected")
    are not (:mod:`poa.notice.aside`), nor those named only in other messages than the
    notice on the page (:mod:`poa.notice.messages`)."""
    market = facts.marketplace

    def in_notice(found: list[str]) -> list[str]:
        named = messages.named_outside(text, found, apart)
        mine = [value for value in found if value in named]
        return cited(text, mine, library.concepts)

    if market in (None, "amazon"):
        facts.asins = in_notice(notice_ids.asins(text))
    facts.order_ids = in_notice(notice_ids.order_ids(text, market))
    if market == "ebay":
        facts.listing_ids = list(
            dict.fromkeys(
                linear.findall(r"(?:item|listing)(?: number| id)?:?\s*#?(\d{12})\b", text, linear.I)
            )
        )
    facts.skus = notice_ids.skus(text)


def _writes_day_first(text: str) -> bool:
    """Whether a page writes its dates day first: one of them ("21/01/2026") has a first
    number no month has, and so "08/06/2026" on the same page is 8 June."""
    return any(
        int(m["a"]) > _MONTHS_IN_YEAR
        for m in islice(_DATE.finditer(text), _DATES_READ)
        if m["a"] and int(m["b"]) <= _MONTHS_IN_YEAR
    )


_MONTHS_IN_YEAR = 12


def _date_in(line: str, day_first: bool) -> dt.date | None:
    """The first date ``line`` names, if any."""
    match = _DATE.search(line)
    return _parse_date(match, day_first) if match else None


def _parse_date(match: linear.Match, day_first: bool) -> dt.date | None:
    try:
        if match.group("iso"):
            return dt.date.fromisoformat(match.group("iso"))
        if match.group("y3"):
            a, b = int(match.group("a")), int(match.group("b"))
            dotted = "." in match.group(0)  # 10.11.2026 is day first everywhere
            day, month = (a, b) if day_first or dotted or a > 12 else (b, a)
            return dt.date(int(match.group("y3")), month, day)
        month_word = linear.search(_MONTH, match.group(0), linear.I)
        month = _MONTHS[month_word.group(1).lower()[:3]] if month_word else 0
        day = int(match.group("d1") or match.group("d2") or match.group("d4"))
        year = match.group("y1") or match.group("y2") or match.group("y4")
        return dt.date(int(year), month, day)
    except (ValueError, KeyError):
        return None


def _last_reply(text: str, day_first: bool) -> dt.date | None:
    """In a thread of messages, the date of the marketplace's latest one: a short line that
    names the marketplace's team and a date ("Walmart Trust & Safety (Oct 7, 2026 1:15 PM)",
    "--- Amazon Selling Partner Support, 2 Jul 2026 10:05 ---")."""
    from poa.notice.clean import names_marketplace

    lines = [
        line
        for line in text.splitlines()
        if len(line) <= 100
        and names_marketplace(line)
        # a thread's line: who and when, with a time or in a few words
        and (linear.search(r"\d{1,2}:\d{2}", line) or len(line.split()) <= 8)
    ]
    # "14/04/2026" says the thread writes the day first, and so "10/04/2026" is 10 April
    day_first = day_first or any(
        int(m["a"]) > 12 for line in lines for m in _DATE.finditer(line) if m["a"]
    )
    dates = [
        day
        for line in lines
        if (match := _DATE.search(line)) is not None
        and (day := _parse_date(match, day_first)) is not None
    ]
    return max(dates, default=None)  # a thread may run newest first or oldest first


_MESSAGE_DATE = linear.compile(
    r"\b(?:msg|message|e-?mail|notice|notification|letter)\W{1,3}"
    r"(?:date|dated|posted|sent|received)(?:[ \t]+on[ \t]+it)?\W*$",
    linear.I,
)
"""Words that label a date as the day the notice was sent, in notes a seller made of it ("msg
date on it: 13 April 2026", "email date: 6 Nov 2026", "notice "sent 21 Aug 2026""), apart
from the day the notes were written ("typed up 14/04/26")."""


def _message_date(text: str, day_first: bool) -> dt.date | None:
    """The date a seller's notes of a notice give as the day it was sent
    (:data:`_MESSAGE_DATE`), when there is one."""
    for match in islice(_DATE.finditer(text), _DATES_READ):
        if _MESSAGE_DATE.search(text[max(0, match.start() - 40) : match.start()]):
            return _parse_date(match, day_first)
    return None


_COPIED = linear.compile(
    r"\b(?:copied|exported|printed|saved|downloaded|captured|pasted)(?:[ \t]+on)?\W*$", linear.I
)
"""Words before the day a page was copied from the marketplace's site ("exported 14 Apr
2026"): the seller's day, not the day the notice was sent when its message gives one below."""

_DATES_READ = 50
"""Dates of a notice read for the one its notes label as the day it was sent."""


_DAY = r"(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day\W*)?"
"""A weekday that may stand before a date ("by Friday, June 5, 2026")."""


_STAMP = linear.compile(
    # a line that opens with the day and time a notification came: "[Today 08:14]",
    # "15 Sep 2026 07:12", "Nov 3, 2026 - 9:20 AM" (a chat's "[10:14] You:" has no day)
    rf"(?m)^[ \t]*\[?(?:(?:today|yesterday|\d{{1,2}} {_MONTH}(?: \d{{4}})?|"
    rf"{_MONTH} \d{{1,2}}(?:, \d{{4}})?)[ \t,-]*)(?:at[ \t]+)?\d{{1,2}}:\d{{2}}"
    r"(?:[ \t]?[ap]\.?m\.?)?\]?(?:[ \t]|$)",
    linear.I,
)


def _first_notification(text: str) -> str:
    """A stack of app notifications (each under the time it came) up to the first that is
    not part of the first one: the first is the notice, the others are other things ("A buyer
    made an offer: respond within 48 hours") whose times are not its deadline. Pushes sent
    the same day within two minutes after it are its parts (its points, its details)."""
    stamps = _STAMP.finditer(text)
    opening = next(stamps, None)
    # the pushes that came within a minute or two of the first are its parts ("[Violation]",
    # then "[Violation details]" with the appeal date): the notice runs to the next other one
    first = _stamp_minute(opening.group(0)) if opening else None
    for stamp in stamps:
        minute = _stamp_minute(stamp.group(0))
        if first is None or minute is None or not 0 <= minute[1] - first[1] <= 2:
            return text[: stamp.start()]
        if minute[0] != first[0]:
            return text[: stamp.start()]
    return text


def _stamp_minute(stamp: str) -> tuple[str, int] | None:
    """A stamp's day as written and its minute of the day ("Mar 2, 2026 09:15" gives
    ("mar 2, 2026", 555)), or None when it names no day of its own."""
    found = linear.search(r"(\d{1,2}):(\d{2})(?:[ \t]?([ap])\.?m)?", stamp, linear.I)
    if found is None:
        return None
    hour = int(found.group(1)) % 12 if found.group(3) else int(found.group(1))
    hour += 12 if (found.group(3) or "").lower() == "p" else 0
    day = stamp[: found.start()].strip(" \t[,-").lower()
    if not day or day.startswith(("today", "yesterday")):
        return None
    return day, hour * 60 + int(found.group(2))


def _lasts_until(before: str) -> bool:
    """ "The restriction will stay in place until July 29": how long a sanction lasts, not a
    day by which the seller must act ("you have until July 29 to reply" still is one)."""
    return (
        linear.search(
            r"\b(?:stays?|remains?|in place|in effect|lasts?|applies|continues?|suspended|"
            rf"restricted|limited|on hold|paused)\s+until\W*{_DAY}$",
            before,
        )
        is not None
    )


def _in_question(before: str) -> bool:
    """A date in a question someone asks ("she asks whether the order can still arrive
    before 27 June"): what a buyer hopes for, not a day by which the seller must act."""
    sentence = linear.split(r"[.!?;](?:\s|$)|\n[ \t]*\n", before)[-1]
    return linear.search(r"\bwhether\b", sentence, linear.I) is not None


def _dates(
    facts: NoticeFacts, text: str, day_first: bool, library: BankLibrary, own: str | None
) -> None:
    header = (own and (_header(own, "date") or _header(own, "sent"))) or (
        _header(text, "date") or _header(text, "sent")
    )
    if header:
        match = _DATE.search(header)
        facts.received = _parse_date(match, day_first) if match else None
    else:
        facts.received = _message_date(text, day_first) or _last_reply(text, day_first)
    text = own if own is not None else text  # a forwarder's "by Friday" is no deadline
    text = _first_notification(messages.without(text, messages.notes(text)))
    copied: dt.date | None = None
    for match in _DATE.finditer(text):
        before = text[max(0, match.start() - 50) : match.start()].lower()
        still = text[max(0, match.start() - 140) : match.start()].lower()
        day = _parse_date(match, day_first)
        if (
            day
            and facts.deadline is None
            and (
                linear.search(
                    rf"(by|before|no later than|until|deadline|on or before)\W*{_DAY}$", before
                )
                # "if your shop still doesn't meet the standards after July 22": fix by then
                or linear.search(rf"\bstill\b[^.]{{0,100}}\bafter\W*{_DAY}$", still)
                # "plans submitted after June 29 may not be considered": the last day is that
                or linear.search(
                    rf"\b(?:submitted|sent|received|filed|uploaded)\s+after\W*{_DAY}$", before
                )
            )
            and (facts.received is None or day >= facts.received)  # a date gone is no deadline
            and not _lasts_until(before)
            and not _in_question(text[max(0, match.start() - 140) : match.start()])
        ):
            facts.deadline, facts.deadline_basis = day, "stated in the notice"
        elif (
            day
            and facts.received is None
            # a period's bounds ("last 90 days, ending 05/31/2026") are not the day it was sent
            and not linear.search(
                r"(from|between|to|since|\bending|\bended|\bthrough|\bthru)\W*$", before
            )
        ):
            if _COPIED.search(before) is None:
                facts.received = day
            else:  # the day the page was copied, if its messages name none of their own
                copied = copied or day
    facts.received = facts.received or copied
    if facts.deadline is None and facts.received:
        _within(facts, text, day_first)
    if facts.deadline is None and facts.received and facts.reasons:
        rules = [
            bank.channel.deadline_days
            for r in facts.reasons
            if (bank := library.find(r)) is not None and bank.channel.deadline_days
        ]
        if rules:
            facts.usual_deadline = facts.received + dt.timedelta(days=min(rules))
            facts.usual_basis = f"the usual {min(rules)} days for this reason; check the notice"
    window = linear.search(r"(?:last|past|over the) (\d{1,3})[- ]days?", text, linear.I)
    facts.window_days = int(window.group(1)) if window else None


_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "fourteen": 14, "fifteen": 15, "seventeen": 17, "twenty": 20,
    "thirty": 30, "sixty": 60, "ninety": 90,
}  # fmt: skip
_WITHIN = linear.compile(
    # a line may break anywhere in the phrase ("reply within\n14 days of this email")
    r"\b(?:within|w/in|you have|you've got|you will have)\s{1,4}"
    r"(?:the\s{1,4}next\s{1,4})?(?P<n>\d{1,3}|" + "|".join(_NUMBER_WORDS) + r")"
    r"(?:\s{1,4}\(\d{1,3}\))?\s{1,4}(?P<kind>calendar\s{1,4}|business\s{1,4}|working\s{1,4})?"
    r"(?P<unit>days?|hours?)\b",
    linear.I,
)
"""A time allowed from the notice: "within 17 days", "within seven (7) business days",
"within 48 hours"."""


_ASKED = linear.compile(
    r"\b(?:respond(?:s|ed)?|reply|replies|submit(?:ted)?|send|sent|provide|appeal|upload|"
    r"contact us|act|take action|complete|resolve|correct|fix|add|give us|write to us|"
    r"let us know)\b",
    linear.I,
)
_SERVED = linear.compile(
    r"\b(?:buyer|customer|message|conversation|inquir|question|ship|dispatch|deliver|handling|"
    r"refund|return"
    r"|not received)\w*",
    linear.I,
)


_REVIEWED = linear.compile(
    r"\b(?:is|are|will be|get|gets)\s+(?:usually\s+|typically\s+|normally\s+)?"
    r"(?:reviewed|processed|handled|answered|evaluated|checked)\W*$",
    linear.I,
)
"""What the marketplace does to what it is sent, said without naming who does it: "most plans
are reviewed within 48 hours"."""
_COUNT = linear.compile(
    r"\b(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten)\s+or\s+more\b"
    r"|\bmore\s+than\s+\d{1,3}\b",
    linear.I,
)
"""A count a rule sets ("12 or more violation points", "more than 3 warnings")."""


def _asks_you(text: str, at: int) -> bool:
    """Whether a time allowed at ``at`` is what the notice gives the seller to act on it
    ("reply to this email within 14 days", "Within 10 days, send a plan"), not a service
    standard ("answer buyers within 24 hours", "ship within 2 business days"), the
    marketplace's own ("we will reply within 2 business days") nor when a thing will change
    ("your metrics will update within 48 hours")."""
    # a sentence, a paragraph or an item of a list ("- ...") on its own
    before = linear.split(
        r"[.!?;:](?:\s|$)|\n[ \t]*\n|\n[ \t]*[-*•][ \t]|。", text[max(0, at - 160) : at]
    )[-1]
    before = linear.sub(r"\bthis (?:message|e-?mail|notice)", "", before, linear.I)
    after = linear.split(r"[.!?;](?:\s|$)|\n|。", text[at : at + 160])[0]
    if linear.search(
        r"^\W*\w+ \w+ (?:\w+ )?of (?:this|the date of this) (?:message|e-?mail|notice)",
        after,
        linear.I,
    ):
        return True  # "within 3 days of this message": counted from the notice itself
    # what the marketplace or its staff will do: "we will reply", "an associate will respond"
    promise = (
        r"\b(?:we|amazon|ebay|etsy|walmart|tiktok|associate|agent|specialist|representative|"
        r"team|support|someone)(?: will|'ll| shall| usually| aim| try)\b"
    )
    asked = _ASKED.search(before)
    if linear.search(promise, before, linear.I) or _REVIEWED.search(before):
        return False  # what the marketplace will do, or does to what it is sent
    if linear.search(r"\bif\b", before, linear.I) and _COUNT.search(before) and not asked:
        return False  # the window of a count: "if your shop reaches 12 points within 90 days"
    # "we'll take another look" after what the seller is asked to do ("you may reply to
    # this email within 14 days and we'll take another look") is what follows it
    seller_acts = asked and linear.search(r"\byou\b", before, linear.I)
    if not seller_acts and linear.search(promise, after[:60], linear.I):
        return False  # "within 2 business days our team will respond"
    if (
        linear.search(r"\b(?:will|should|may|shall)\b", before, linear.I)
        and not linear.search(r"\b(?:you|we)\b", before, linear.I)
        and not asked
    ):
        return False  # when a thing will happen: "they should be visible within 24 hours"
    if linear.search(
        r"\b(?:this|these|the following) (?:order|orders|listing|listings|item|items)\b",
        before,
        linear.I,
    ):
        return True  # one thing to do about the notice's own orders, not a standing rule
    # what happened: "there was no response from you within 3 days"; in lower case, since a
    # capital opens a question ("Was it sent within 3 days?") or is another language's word
    # (German "Was Sie jetzt tun müssen": what you must do now)
    if linear.search(r"\b(?:was|were|had|did|didn't)\b", linear.split(r",", before)[-1]):
        return False
    if linear.search(r"\d\s?% of\b", linear.split(r",", before)[-1]):
        return False  # a share measured: "you answered 61% of new messages within 24 hours"
    line = text[max(0, at - 80) : at].rsplit("\n", 1)[-1]
    bracket = line[line.rfind("(") + 1 :] if line.rfind("(") > line.rfind(")") else ""
    if "%" in bracket:
        return False  # a standard's terms in brackets: "81%  (standard: 95% within 48 hours)"
    return not (
        _SERVED.search(before) or linear.search(r"\b(?:buyer|customer|order)", after[:45], linear.I)
    )


_FROM_EVENT = linear.compile(
    r"^\s{1,4}(?:of|from|after)\s{1,4}the\s{1,4}"
    r"(?:date\s{1,4}of\s{1,4}(?:(?:the|this|our)\s{1,4})?)?"
    r"(?P<event>[a-z]{4,})\b",
    linear.I,
)
"""What a time allowed is counted from, when it names a thing of its own ("within 7 days of
the violation date", "from the date of the suspension")."""
_THE_NOTICE_WORDS = """message email notice notification letter date dated sent sending received
receipt mail above issue issued today same this that your first"""
_THE_NOTICE = frozenset(_THE_NOTICE_WORDS.split())
"""Words of that thing that name the notice itself, counted from the day it was received."""


def _event_day(text: str, after: str, day_first: bool) -> tuple[str, dt.date] | None:
    """The day a time allowed is counted from when it is counted from a thing the notice dates
    on a line of its own ("within 7 days of the violation date" under "Violation record -
    2026-06-12"): that thing and its first date. None when it counts from the notice."""
    named = _FROM_EVENT.match(after)
    if named is None or named["event"].lower() in _THE_NOTICE:
        return None
    event = named["event"].lower()
    for line in text.splitlines()[:_EVENT_LINES]:
        if linear.search(rf"\b{event}\b", line, linear.I) and (date := _DATE.search(line)):
            day = _parse_date(date, day_first)
            if day is not None:
                return event, day
    return None


_FROM_THAT_DAY = linear.compile(
    r"^\s{1,4}(?:of|from|after)\s{1,4}(?:that\s{1,4}(?:date|day)\b|the\s{1,4}(?:date|day)\s{1,4}"
    r"(?:on\s{1,4}which\s{1,4}|when\s{1,4})?(?P<clause>[^.,;:\n]{8,70}))",
    linear.I,
)
"""A time allowed counted from a day the notice dated before it: "of that date", "from the
date your shop was placed under review"."""
_NOTICE_ITSELF = frozenset(
    {"notice", "message", "email", "e-mail", "notification", "letter", "mail"}
)
_CLAUSE_WORDS = 2
"""Words of such a clause a sentence before must share to be where that day is dated."""


_THAT_DAY_REACH = 400
"""How far before "of that date" its date may stand."""


def _day_named_before(before: str, after: str, day_first: bool) -> tuple[str, dt.date] | None:
    """The day a time allowed is counted from when its words point back to a date the notice
    gave before it ("Your account has been flagged since 14 April 2026. ... within 17 days of
    that date"; "On June 1 your shop was placed under review ... 30 days from the date your
    shop was placed under review"): the last date before it, or the date of the last sentence
    before it that says the same thing (shares two of its words). None when it counts from
    the notice ("from the date of this message")."""
    named = _FROM_THAT_DAY.match(after)
    if named is None:
        return None
    clause = named["clause"]
    if clause is None:
        dates = list(_DATE.finditer(before[-_THAT_DAY_REACH:]))
        day = _parse_date(dates[-1], day_first) if dates else None
        return ("earlier", day) if day else None
    said_of = set(linear.findall(r"[a-z]{4,}", clause.lower()))
    if said_of & _NOTICE_ITSELF:
        return None  # "from the date you received this email"
    words = said_of - _THE_NOTICE
    if len(words) < _CLAUSE_WORDS:
        return None
    for sentence in reversed(linear.split(r"[.!?](?:\s|$)|\n[ \t]*\n", before)):
        said = set(linear.findall(r"[a-z]{4,}", sentence.lower()))
        if len(words & said) >= _CLAUSE_WORDS and (date := _DATE.search(sentence)):
            day = _parse_date(date, day_first)
            return ("earlier", day) if day else None
    return None


_EVENT_LINES = 400
"""Lines of a notice searched for the date of what a time allowed is counted from."""


def _within(facts: NoticeFacts, text: str, day_first: bool) -> None:
    """The deadline a time allowed sets from the day the notice was received, or from the
    day of what it names, dated in the notice ("of the violation date"): hours count in
    whole days, business days skip Saturdays and Sundays."""
    found = next((m for m in _WITHIN.finditer(text) if _asks_you(text, m.start())), None)
    if found is None or facts.received is None:
        return
    sent = _quoted_on(text[: found.start()], day_first)
    if sent is not None and sent < facts.received:
        _within_earlier(facts, found, sent)
        return
    after = text[found.end() : found.end() + 80]
    event = _event_day(text, after, day_first) or _day_named_before(
        text[: found.start()], after, day_first
    )
    if event is not None and event[1] <= facts.received:
        word = found["n"].lower()
        n = int(word) if word.isdigit() else _NUMBER_WORDS[word]
        if found["unit"].lower().startswith("day") and not found["kind"]:
            facts.deadline = event[1] + dt.timedelta(days=n)
            facts.deadline_basis = f"{n} days from the {event[0]} date, {event[1].isoformat()}"
            return
    word = found["n"].lower()
    n = int(word) if word.isdigit() else _NUMBER_WORDS[word]
    unit, kind = found["unit"].lower(), (found["kind"] or "").strip().lower()
    if unit.startswith("hour"):
        days = -(-n // 24)
        facts.deadline = facts.received + dt.timedelta(days=days)
        facts.deadline_basis = f"{n} hours from the notice"
    elif kind in ("business", "working"):
        day, left = facts.received, n
        while left:
            day += dt.timedelta(days=1)
            left -= day.weekday() < 5
        facts.deadline, facts.deadline_basis = day, f"{n} business days from the notice"
    else:
        facts.deadline = facts.received + dt.timedelta(days=n)
        facts.deadline_basis = f"{n} days from the notice"


def _quoted_on(before: str, day_first: bool) -> dt.date | None:
    """The day an earlier message of the marketplace's, quoted in a reply, was sent, when the
    words ``before`` end in one: the line that introduces it names a day and the marketplace
    and ends with a colon ("On 12 Feb 2026, Amazon <...> wrote:"). None in the reply's own
    words."""
    lines = before.splitlines()
    for at in range(len(lines) - 1, -1, -1):
        stripped = lines[at].strip()
        if (
            stripped.endswith(":")
            and len(stripped.split()) <= _ATTRIBUTION_WORDS
            and names_marketplace(stripped)
        ):
            match = _DATE.search(stripped)
            if match is None or _quote_ended(lines[at + 1 :]):
                return None
            return _parse_date(match, day_first)
    return None


def _quote_ended(lines: list[str]) -> bool:
    """Whether a quotation set off with '>' ends among ``lines`` (the lines after the one
    that introduces it): the reply's own words go on below it. A quotation whose marks were
    taken off runs to the end."""
    quoted = False
    for line in lines:
        if linear.match(r"[ \t]*>", line):
            quoted = True
        elif quoted and line.strip():
            return True
    return False


_ATTRIBUTION_WORDS = 16
"""The most words of the line that introduces a quoted message: a day, a time, a sender."""


def _within_earlier(facts: NoticeFacts, found: linear.Match, sent: dt.date) -> None:
    """The deadline a time allowed in an earlier message sets, counted from the day that
    message was sent; none when it ran out before the reply came. Only plain days are counted
    so: hours or business days in an earlier message set none."""
    word = found["n"].lower()
    n = int(word) if word.isdigit() else _NUMBER_WORDS[word]
    if not found["unit"].lower().startswith("day") or found["kind"]:
        return
    day = sent + dt.timedelta(days=n)
    if facts.received is not None and day >= facts.received:
        facts.deadline = day
        facts.deadline_basis = f"{n} days from the earlier message of {sent.isoformat()}"


_TARGET = linear.compile(
    r"(must be|target|goal|less than|fewer than|under|up to|at least|at most|threshold|limit|"
    r"standard( of| is)?|needs? to be|should be|no more than|below|above|maximum|minimum|"
    r"[<>≤≥])\W*$"
)


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


def _metrics(text: str, known: set[str]) -> list[dict[str, Any]]:
    """Quoted values ("your Late Shipment Rate is 6.2%") with the marketplace's metric id."""
    found: list[dict[str, Any]] = []
    for alias, ids in _METRIC_ALIASES.items():
        metric = next((i for i in ids if i in known), None) if known else ids[0]
        if metric is None or any(f["metric"] == metric for f in found):
            continue
        pattern = rf"\b(?:{alias})\b[^%\n]{{0,80}}?(?P<value>\d{{1,3}}(?:[.,]\d+)?)\s?%"
        compiled = linear.compile(pattern, linear.I)
        value = compiled.groupindex["value"]
        for match in compiled.finditer(text):
            before = text[max(0, match.start(value) - 30) : match.start(value)].lower()
            after = text[match.end() : match.end() + 15].lower()
            rest = text[match.end() : match.end() + 80]
            if (
                _TARGET.search(before)
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


__all__ = ["MARKETPLACES", "NoticeFacts", "extract"]
