"""A case's timeline and poa calendar: dates with their basis, an .ics that parses, stable UIDs."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import icalendar
import pytest

from poa.casefile import load_case
from poa.cli import main
from poa.errors import EXIT_OK
from poa.timeline import FOLLOW_UP_DAYS, deadline, timeline
from poa.workspace import Workspace
from tests.conftest import ROOT, WriteCase, minimal_case

LATE = ROOT / "samples" / "amazon-late-shipment.yaml"
TIKTOK = ROOT / "samples" / "tiktok-late-dispatch.yaml"


@pytest.fixture(scope="module")
def ws() -> Workspace:
    return Workspace.load(today=dt.date(2026, 12, 6))


def _events(path: Path) -> list[icalendar.Component]:
    calendar = icalendar.Calendar.from_ical(path.read_bytes())
    return calendar.walk("VEVENT")


def test_a_stated_deadline_is_the_notices(ws: Workspace) -> None:
    case = load_case(LATE)
    due = deadline(case, ws.banks)
    assert due is not None
    # The sample's notice (received 9 November) says "within 17 days": 26 November.
    assert (due.day, due.estimated, due.attempt) == (dt.date(2026, 11, 26), False, 1)


def test_without_a_deadline_the_reasons_usual_rule_is_marked_as_such(
    write_case: WriteCase, ws: Workspace
) -> None:
    # amazon.late_shipment_rate's bank gives 17 days; the notice of 2 November states none.
    due = deadline(load_case(write_case(minimal_case())), ws.banks)
    assert due is not None
    assert (due.day, due.estimated) == (dt.date(2026, 11, 19), True)
    assert due.basis.startswith("usual rule: 17 days")


def test_after_a_rejection_the_marketplaces_window_counts_from_the_answer(
    write_case: WriteCase, ws: Workspace
) -> None:
    data = minimal_case()
    data["marketplace"] = "tiktok"
    data["notice"] = {"received_on": "2026-11-02", "attempt": 2}
    data["issues"][0].update(reason="tiktok.late_dispatch_rate", asins=[], order_ids=[])
    data["history"] = [
        {
            "number": 1,
            "submitted_on": "2026-11-05",
            "outcome": "rejected",
            "answered_on": "2026-11-10",
        }
    ]
    due = deadline(load_case(write_case(data)), ws.banks)
    assert due is not None
    # TikTok Shop: a second and last appeal within 15 days of the rejection.
    assert (due.day, due.estimated, due.attempt) == (dt.date(2026, 11, 25), True, 2)


def test_a_sent_attempt_gets_a_follow_up_and_the_appeals_left(
    write_case: WriteCase, ws: Workspace
) -> None:
    data = minimal_case()
    data["marketplace"] = "tiktok"
    data["notice"] = {"received_on": "2026-11-02"}
    data["issues"][0].update(reason="tiktok.late_dispatch_rate", asins=[], order_ids=[])
    data["history"] = [{"number": 1, "submitted_on": "2026-11-05"}]
    events = {e.key: e for e in timeline(load_case(write_case(data)), ws.banks)}
    follow = events["follow-up-1"]
    assert follow.day == dt.date(2026, 11, 5) + dt.timedelta(days=FOLLOW_UP_DAYS)
    assert "Appeals allowed for this reason: 2; after this one, 1 left." in follow.note
    assert events["sent-1"].day == dt.date(2026, 11, 5)


def test_pip_checkpoints_run_until_the_window_has_rolled_over(ws: Workspace) -> None:
    events = [e for e in timeline(load_case(LATE), ws.banks) if e.kind == "checkpoint"]
    # The last fix was completed on 17 November; the Late Shipment Rate is read over 30
    # days: weekly checks from then, and the first whole window after it ends on 17 December.
    assert [e.day.isoformat() for e in events] == [
        "2026-11-24",
        "2026-12-01",
        "2026-12-08",
        "2026-12-15",
        "2026-12-17",
    ]
    assert events[-1].title == "Late Shipment Rate: first full window after the fixes ends"


def test_calendar_parses_and_its_uids_are_stable(tmp_path: Path) -> None:
    first, second = tmp_path / "one.ics", tmp_path / "two.ics"
    moved = tmp_path / "elsewhere" / "renamed.yaml"
    shutil.copytree(LATE.parent / LATE.stem, moved.parent / LATE.stem)
    shutil.copyfile(LATE, moved)
    assert main(["calendar", str(LATE), str(TIKTOK), "-o", str(first)]) == EXIT_OK
    assert main(["calendar", str(moved), str(TIKTOK), "-o", str(second)]) == EXIT_OK
    events = _events(first)
    uids = [str(e["UID"]) for e in events]
    assert len(uids) == len(set(uids))
    # The same cases, exported again (one under another name): the same UIDs.
    assert uids == [str(e["UID"]) for e in _events(second)]
    due = [e for e in events if str(e["SUMMARY"]).startswith("Attempt 1 due: Example Outdoor")]
    assert len(due) == 1
    assert due[0].decoded("DTSTART") == dt.date(2026, 11, 26)
    assert due[0].decoded("DTEND") == dt.date(2026, 11, 27)
    assert list(due[0].walk("VALARM"))


def test_a_moved_deadline_keeps_its_uid(write_case: WriteCase, tmp_path: Path) -> None:
    data = minimal_case()
    data["notice"]["deadline"] = "2026-11-20"
    before = tmp_path / "before.ics"
    assert main(["calendar", str(write_case(data)), "-o", str(before)]) == EXIT_OK
    data["notice"]["deadline"] = "2026-11-24"
    after = tmp_path / "after.ics"
    assert main(["calendar", str(write_case(data)), "-o", str(after)]) == EXIT_OK

    def deadline_event(path: Path) -> icalendar.Component:
        (found,) = [e for e in _events(path) if "due" in str(e["SUMMARY"])]
        return found

    old, new = deadline_event(before), deadline_event(after)
    assert str(old["UID"]) == str(new["UID"])
    assert (old.decoded("DTSTART"), new.decoded("DTSTART")) == (
        dt.date(2026, 11, 20),
        dt.date(2026, 11, 24),
    )
