"""Issue 16, classes left when the thirty-seventh set was tuned on: a Japanese metric's name
written with or without the particle の between its parts, and a Japanese clause that puts the
other account's id in brackets between the account and "related to"."""

from __future__ import annotations

import pytest

from poa.notice import read_notice

_ON_TIME_JA = """件名：配達の遅れについて
日付：2026年3月2日

出品者様

過去30日間の{name}は81.5%で、Amazonの目標値である90%以上を下回っています。
2026年3月16日までに、改善計画書をご提出ください。

Amazon.co.jp 出品者パフォーマンスチーム
"""


@pytest.mark.parametrize("name", ["配達予定日内の配達率", "期限内の配達率", "予定日どおり配達率"])
def test_a_japanese_on_time_delivery_rate_reads_with_or_without_its_particle(name: str) -> None:
    """Japanese joins the parts of a metric's name with の or runs them together: the due
    day, "within" or "as" it, then the delivery rate name one metric either way."""
    facts = read_notice(_ON_TIME_JA.format(name=name))
    assert facts.reasons == ["amazon.on_time_delivery_rate"]
    assert {m["metric"]: m["value"] for m in facts.metrics}["on_time_delivery_rate"] == 81.5


def test_a_japanese_related_account_with_its_id_in_brackets_is_the_reason() -> None:
    """The other account's id, in brackets after it, does not part the account from the words
    that relate the seller's account to it."""
    notice = (
        "件名：出品用アカウントの停止について\n日付：2026年4月3日\n\n出品者様\n\n"
        "出品者様のアカウントは、停止中の別の出品アカウント（出品者ID：A3ZZ8Q1KX0PLM7）と"
        "関連があると判断したため、停止いたしました。\n"
        "2026年4月17日までに、本人確認書類をご提出ください。\n\n"
        "Amazon.co.jp 出品者パフォーマンスチーム\n"
    )
    assert read_notice(notice).reasons == ["amazon.related_accounts"]
