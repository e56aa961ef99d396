"""Issue 16, the twenty-second set's classes: a record said to be absent ("no such violation
has been recorded") and a matter closed by two verbs in a row ("was looked into and
dismissed") are history or denial, not what the notice cites."""

from __future__ import annotations

from poa.banks import load_library
from poa.notice.reasons import read_reasons

LIBRARY = load_library()


def reasons(text: str, marketplace: str) -> list[str]:
    return read_reasons(text, marketplace, LIBRARY).reasons


def test_a_violation_said_not_to_be_recorded_is_not_cited() -> None:
    text = (
        "A rights owner has reported that your listing uses their registered trademark in its "
        "title without permission. Please send a letter of authorization within 5 days.\n\n"
        "So far no counterfeit violation has been recorded against your shop; this request "
        "is about the trademark report alone.\n"
    )
    found = reasons(text, "tiktok")
    assert "tiktok.counterfeit" not in found
    assert "tiktok.ip_infringement" in found


def test_a_report_looked_into_and_dismissed_is_history() -> None:
    text = (
        "Your cases closed without seller resolution have gone above the limit, so your "
        "selling limits were lowered. Respond to every return request within 3 business days.\n"
        "An earlier counterfeit report on one of your listings was investigated and dismissed.\n"
    )
    found = reasons(text, "ebay")
    assert "ebay.counterfeit" not in found
    assert "ebay.cases_closed_without_resolution" in found


def test_a_report_still_open_after_review_is_cited() -> None:
    """The step over "reviewed and" does not hide a clause that says it stays open."""
    text = (
        "A counterfeit report on your listing was reviewed and upheld: the item is a fake copy "
        "of a branded product, and the listing has been removed.\n"
    )
    assert "ebay.counterfeit" in reasons(text, "ebay")
