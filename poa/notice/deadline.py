"""The day a notice was received and the day by which the seller must answer it.

The received day is the notice's "Date:" header, the date its notes label as the day it was
sent, or a thread's latest reply by the marketplace, else its first date that is no bound of a
period. The deadline is a day the notice's own message states ("by June 5, 2026"), not one a
forwarder, a question or a sanction's length gives; else a time allowed
(:mod:`poa.notice.within`); else only the reason's usual time, kept apart as an estimate.
"""

from __future__ import annotations

import datetime as dt
from itertools import islice

from poa import linear
from poa.banks.library import BankLibrary
from poa.notice import messages
from poa.notice.clean import names_marketplace
from poa.notice.dates import DATE, DATES_READ, DAY, MONTH, parse_date
from poa.notice.facts import NoticeFacts
from poa.notice.within import within


def _last_reply(text: str, day_first: bool) -> dt.date | None:
    """In a thread of messages, the date of the marketplace's latest one: a short line that
    names the marketplace's team and a date ("Walmart Trust & Safety (Oct 7, 2026 1:15 PM)",
    "--- Amazon Selling Partner Support, 2 Jul 2026 10:05 ---")."""
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
        int(m["a"]) > 12 for line in lines for m in DATE.finditer(line) if m["a"]
    )
    dates = [
        day
        for line in lines
        if (match := DATE.search(line)) is not None
        and (day := parse_date(match, day_first)) is not None
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
    for match in islice(DATE.finditer(text), DATES_READ):
        if _MESSAGE_DATE.search(text[max(0, match.start() - 40) : match.start()]):
            return parse_date(match, day_first)
    return None


_COPIED = linear.compile(
    r"\b(?:copied|exported|printed|saved|downloaded|captured|pasted)(?:[ \t]+on)?\W*$", linear.I
)
"""Words before the day a page was copied from the marketplace's site ("exported 14 Apr
2026"): the seller's day, not the day the notice was sent when its message gives one below."""

_STAMP = linear.compile(
    # a line that opens with the day and time a notification came: "[Today 08:14]",
    # "15 Sep 2026 07:12", "Nov 3, 2026 - 9:20 AM" (a chat's "[10:14] You:" has no day)
    rf"(?m)^[ \t]*\[?(?:(?:today|yesterday|\d{{1,2}} {MONTH}(?: \d{{4}})?|"
    rf"{MONTH} \d{{1,2}}(?:, \d{{4}})?)[ \t,-]*)(?:at[ \t]+)?\d{{1,2}}:\d{{2}}"
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
            rf"restricted|limited|on hold|paused)\s+until\W*{DAY}$",
            before,
        )
        is not None
    )


def _in_question(before: str) -> bool:
    """A date in a question someone asks ("she asks whether the order can still arrive
    before 27 June"): what a buyer hopes for, not a day by which the seller must act."""
    sentence = linear.split(r"[.!?;](?:\s|$)|\n[ \t]*\n", before)[-1]
    return linear.search(r"\bwhether\b", sentence, linear.I) is not None


def read_dates(
    facts: NoticeFacts, text: str, day_first: bool, library: BankLibrary, own: str | None
) -> None:
    """Fill in the day the notice was received, its deadline (or the reason's usual time) and
    the window its figures cover; ``own`` is its own words (a thread's newest reply), if known."""
    header = (own and (messages.header(own, "date") or messages.header(own, "sent"))) or (
        messages.header(text, "date") or messages.header(text, "sent")
    )
    if header:
        match = DATE.search(header)
        facts.received = parse_date(match, day_first) if match else None
    else:
        facts.received = _message_date(text, day_first) or _last_reply(text, day_first)
    text = own if own is not None else text  # a forwarder's "by Friday" is no deadline
    text = _first_notification(messages.without(text, messages.notes(text)))
    copied: dt.date | None = None
    for match in DATE.finditer(text):
        before = text[max(0, match.start() - 50) : match.start()].lower()
        still = text[max(0, match.start() - 140) : match.start()].lower()
        day = parse_date(match, day_first)
        if (
            day
            and facts.deadline is None
            and (
                linear.search(
                    rf"(by|before|no later than|until|deadline|on or before)\W*{DAY}$", before
                )
                # "if your shop still doesn't meet the standards after July 22": fix by then
                or linear.search(rf"\bstill\b[^.]{{0,100}}\bafter\W*{DAY}$", still)
                # "plans submitted after June 29 may not be considered": the last day is that
                or linear.search(
                    rf"\b(?:submitted|sent|received|filed|uploaded)\s+after\W*{DAY}$", before
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
        within(facts, text, day_first)
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
