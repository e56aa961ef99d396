"""What the notice reader hands on: the facts of one notice, in one record.

Kept apart from the reading so that each part of it (the dates, the marketplace, the quoted
metrics) fills in its own fields of the record without importing the reader that calls it.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import asdict, dataclass, field
from typing import Any


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
