"""The deadline a notice sets, kept apart from the reason's usual time (issue 16).

``NoticeFacts.deadline`` is only what the notice itself says: a date, or a time allowed from
the day it was sent. Where it says none, ``usual_deadline`` is the reason's usual time from that
day, an estimate: the report says no deadline was stated, the case gets the estimate marked as
one ("the usual … days"), and nothing reads it as the marketplace's own date.
"""

from __future__ import annotations

import datetime as dt
import json

from poa.banks import load_library
from poa.notice import case_skeleton, read_notice
from poa.notice.report import describe

NO_DEADLINE = """From: seller-performance@amazon.com
Date: 3 March 2026
Subject: Your Late Shipment Rate

Hello,

Your Late Shipment Rate is 6.1%, above the 4% we expect of sellers. Please send us a plan of
action that explains the cause, what you changed and how you will prevent it.

Order 112-3345678-1234567 shipped after its expected ship date.
"""


def test_a_notice_that_sets_no_deadline_has_none_and_the_usual_time_apart() -> None:
    facts = read_notice(NO_DEADLINE)
    assert facts.reasons == ["amazon.late_shipment_rate"]
    assert facts.received == dt.date(2026, 3, 3)
    assert facts.deadline is None and facts.deadline_basis is None
    assert facts.usual_deadline == dt.date(2026, 3, 20)  # the reason's usual 17 days
    assert facts.usual_basis is not None and facts.usual_basis.startswith("the usual 17 days")


def test_the_report_says_none_was_stated_and_the_case_gets_the_estimate_marked() -> None:
    facts = read_notice(NO_DEADLINE)
    report = describe(facts, load_library())
    assert "Deadline: none stated; 20 March 2026 by the usual 17 days" in report
    notice = case_skeleton(facts, NO_DEADLINE)["notice"]
    assert notice["deadline"] == dt.date(2026, 3, 20)
    assert notice["deadline_basis"].startswith("the usual")  # the timeline shows it with ~
    data = json.loads(json.dumps(facts.as_json()))
    assert data["deadline"] is None and data["usual_deadline"] == "2026-03-20"


def test_a_stated_time_allowed_is_the_deadline_and_no_usual_time_is_given() -> None:
    text = NO_DEADLINE.replace("Please send us", "Within 10 days, please send us")
    facts = read_notice(text)
    assert facts.deadline == dt.date(2026, 3, 13)
    assert facts.deadline_basis == "10 days from the notice"
    assert facts.usual_deadline is None
    assert case_skeleton(facts, text)["notice"]["deadline"] == dt.date(2026, 3, 13)


def test_a_capitalised_past_tense_word_is_no_account_of_what_happened() -> None:
    """German "Was" (what) opening a heading line, and an English question, do not make the
    time allowed after them a thing that happened ("there was no reply within 3 days")."""
    german = (
        "Betreff: Ihre Verkaufsleistung auf Amazon.de\nDatum: 09.03.2026\n\n"
        "Ihre Quote verspäteter Lieferungen liegt bei 5,2 % (Zielwert: unter 4 %).\n\n"
        "Was Sie jetzt tun müssen\n"
        "Bitte senden Sie uns innerhalb von 12 Tagen einen Maßnahmenplan.\n"
    )
    facts = read_notice(german)
    assert facts.language == "de"
    assert facts.deadline == dt.date(2026, 3, 21)  # the 12 days asked, not the usual 17
    assert facts.usual_deadline is None
    happened = NO_DEADLINE.replace(
        "Please send us", "There was no reply from you within 3 days. Please send us"
    )
    assert read_notice(happened).deadline is None
