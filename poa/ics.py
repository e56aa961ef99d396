"""``poa calendar``: the timelines of cases as one iCalendar file any calendar imports.

Each event is a whole day. Its UID is made from the case (marketplace, seller, notice date
and reference) and the event's key, never from the file's name or the date it is on: a
calendar that imports the file again updates the events it has (a deadline that moved)
instead of adding them twice.

>>> data = calendar_bytes([(case, events)], stamp=dt.date(2026, 12, 6))   # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Sequence

from poa.model import MARKETPLACE_LABELS, Case
from poa.timeline import Event

__all__ = ["calendar_bytes", "case_label", "event_uid"]

PRODID = "-//poa//Plan of Action timelines//EN"
_ALARM_DAYS = 2
"""A reminder this many days before each deadline."""


def case_label(case: Case) -> str:
    """``Example Outdoor Goods LLC (Amazon)``: the case as a calendar entry names it."""
    seller = case.seller.store_name or case.seller.legal_name
    return f"{seller} ({MARKETPLACE_LABELS.get(case.marketplace, case.marketplace)})"


def event_uid(case: Case, event: Event) -> str:
    """The event's UID: the same case and event key give the same UID on every export."""
    who = case.seller.seller_id or case.seller.legal_name
    identity = "\0".join(
        [case.marketplace, who, case.notice.received_on.isoformat(), case.notice.reference or ""]
    )
    digest = hashlib.sha256(f"{identity}\0{event.key}".encode()).hexdigest()[:32]
    return f"{digest}@poa"


def calendar_bytes(cases: Sequence[tuple[Case, list[Event]]], stamp: dt.date) -> bytes:
    """The iCalendar file of every event of ``cases``; ``stamp`` (the run's today) is each
    event's DTSTAMP, so the same cases on the same day give the same bytes."""
    import icalendar

    calendar = icalendar.Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", "poa: appeal deadlines")
    stamped = dt.datetime(stamp.year, stamp.month, stamp.day, tzinfo=dt.UTC)
    for case, events in cases:
        label = case_label(case)
        for event in events:
            entry = icalendar.Event()
            entry.add("uid", event_uid(case, event))
            entry.add("dtstamp", stamped)
            entry.add("dtstart", event.day)
            entry.add("dtend", event.day + dt.timedelta(days=1))
            entry.add("summary", f"{event.title}: {label}")
            description = event.note
            if event.estimated and "usual rule" not in description:
                description = f"Estimated from a usual rule. {description}".strip()
            if description:
                entry.add("description", description)
            entry.add("categories", [event.kind])
            entry.add("transp", "TRANSPARENT")
            if event.kind == "deadline":
                alarm = icalendar.Alarm()
                alarm.add("action", "DISPLAY")
                alarm.add("description", f"{event.title}: {label}")
                alarm.add("trigger", dt.timedelta(days=-_ALARM_DAYS))
                entry.add_component(alarm)
            calendar.add_component(entry)
    data: bytes = calendar.to_ical()
    return data
