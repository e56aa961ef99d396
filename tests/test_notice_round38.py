"""Issue 16, classes left when the thirty-seventh set was tuned on: a Japanese metric's name
written with or without the particle の between its parts, and a Japanese clause that puts the
other account's id in brackets between the account and "related to", a phone app's page that
names no marketplace but lists its orders under a label of their own, a Japanese notice that
says another product is not affected, a case's log whose heads put the date before "From:"."""

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


def test_an_apps_page_with_its_orders_under_a_label_of_their_own_is_tiktoks() -> None:
    """A page copied from a phone app names no marketplace, wraps its sentences at a narrow
    width and lists the orders under a label on a line of its own: 18-digit order ids under it
    are TikTok Shop's as much as its "seller-fault" is, so its reasons are TikTok's (a rate
    within its standard is not one) and the ids are cited."""
    page = (
        "10:02          64%\n<  Shop health\n\nViolation\nJune 9, 2026\n\n"
        "Your late dispatch was\n7.2% of orders over\nthe last 30 days.\nStandard: below 4%\n\n"
        "Seller-fault cancellations\n1.1% of orders\nStandard: below 2.5%\n\n"
        "Details\n\nAffected orders\n579311024785519023\n  shipped 4 days late\n"
        "579311098871204466\n  shipped 2 days late\n\nAppeal    Dismiss\n"
    )
    facts = read_notice(page)
    assert facts.marketplace == "tiktok"
    assert facts.reasons == ["tiktok.late_dispatch_rate"]
    assert facts.order_ids == ["579311024785519023", "579311098871204466"]


def test_a_japanese_product_said_not_to_be_affected_is_set_aside() -> None:
    """The words "...には影響はございません" (is not affected), politely or plainly, set aside
    the ids of their clause as much as "影響を受けません" does."""
    notice = (
        "件名：出品の削除について\n日付：2026年7月1日\n\n出品者様\n\n"
        "権利者から著作権侵害の申し立てがあったため、ASIN B0DQ7TR2LM の出品を削除しました。\n"
        "なお、同じシリーズの商品（ASIN B0DQ7TS9KP）には影響はありません。\n\n"
        "Amazon.co.jp 出品者パフォーマンスチーム\n"
    )
    assert read_notice(notice).asins == ["B0DQ7TR2LM"]


def test_a_case_logs_message_heads_with_the_date_before_from_part_the_thread() -> None:
    """A case's log heads each message with its date, a bar and its sender; the seller's
    message under the marketplace's is not the notice, and the ids it asks about are not
    cited."""
    page = (
        "Case ID: 55120987341\nStatus: Answered\n\n"
        "== 2026-05-04 09:15 PDT | From: Amazon.com Seller Performance ==\n"
        "Hello,\n\nWe removed the listing for ASIN B0F3K8ZQ21 because customers reported the "
        "charger they received was not authentic. Send supplier invoices dated within the last "
        "365 days for this ASIN so that we can review it again.\n\n"
        "== 2026-05-05 11:40 PDT | From: You ==\n"
        "Thanks. Is our other charger, B0F3K9AB77, also under review?\n"
    )
    assert read_notice(page).asins == ["B0F3K8ZQ21"]
