"""The deadline a time allowed sets: "within 14 days", "within seven (7) business days".

Only a time the notice gives the seller to act on it counts, not a service standard ("ship
within 2 business days"), what the marketplace will do ("we will reply within 48 hours") nor
the window of a count. It is counted from the day the notice was received, from a day it
names and dates ("within 7 days of the violation date"), or, in an earlier message quoted in a
reply, from the day that message was sent.
"""

from __future__ import annotations

import datetime as dt

from poa import linear
from poa.notice.clean import names_marketplace
from poa.notice.dates import DATE, parse_date
from poa.notice.facts import NoticeFacts

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
    r"^\s{1,4}(?:of|from|after)\s{1,4}(?:the|this)\s{1,4}"
    r"(?:date\s{1,4}of\s{1,4}(?:(?:the|this|our)\s{1,4})?)?"
    r"(?P<event>[a-z]{4,})\b",
    linear.I,
)
"""What a time allowed is counted from, when it names a thing of its own ("within 7 days of
the violation date", "from the date of the suspension", "of this decision": a decision quoted
in a post or a reply is dated on its own line, not on the day it was passed on)."""
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
        if linear.search(rf"\b{event}\b", line, linear.I) and (date := DATE.search(line)):
            day = parse_date(date, day_first)
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
        dates = list(DATE.finditer(before[-_THAT_DAY_REACH:]))
        day = parse_date(dates[-1], day_first) if dates else None
        return ("earlier", day) if day else None
    said_of = set(linear.findall(r"[a-z]{4,}", clause.lower()))
    if said_of & _NOTICE_ITSELF:
        return None  # "from the date you received this email"
    words = said_of - _THE_NOTICE
    if len(words) < _CLAUSE_WORDS:
        return None
    for sentence in reversed(linear.split(r"[.!?](?:\s|$)|\n[ \t]*\n", before)):
        said = set(linear.findall(r"[a-z]{4,}", sentence.lower()))
        if len(words & said) >= _CLAUSE_WORDS and (date := DATE.search(sentence)):
            day = parse_date(date, day_first)
            return ("earlier", day) if day else None
    return None


_EVENT_LINES = 400
"""Lines of a notice searched for the date of what a time allowed is counted from."""


def within(facts: NoticeFacts, text: str, day_first: bool) -> None:
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
            match = DATE.search(stripped)
            if match is None or _quote_ended(lines[at + 1 :]):
                return None
            return parse_date(match, day_first)
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
