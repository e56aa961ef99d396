"""Issue 16, the forty-first set's leftovers: a notice's own verdict on a metric it names, and
a browser's translation of a condition complaint.

A notice may say in the sentence that names a metric that it is a problem ("too many orders
were handed to the carrier late") while its figure meets the metric's usual standard: the
notice's verdict stands. A translated notice says an item offered in the condition "New" had
"traces of use" and "did not correspond to" its description: a translation's wording of
used-sold-as-new and not-as-described."""

from __future__ import annotations

from poa.notice import read_notice


def test_a_metric_the_notice_calls_a_problem_in_its_own_sentence_is_kept() -> None:
    text = (
        "Etsy\nMay 4, 2026\n\nHi Maple Loft,\n\n"
        "Too many orders were marked as shipped after the dispatch date you set. "
        "Over the last 90 days your on-time shipping rate was 91%.\n\n"
        "Thanks,\nThe Etsy Team\n"
    )
    assert read_notice(text).reasons == ["etsy.on_time_shipping"]


def test_a_status_line_above_a_metric_row_is_no_verdict_on_it() -> None:
    text = (
        "eBay Seller Hub\nSeller level: Below Standard\n"
        "Period: 12 months used for defects\n\n"
        "Metric                     Your rate   Requirement   Status\n"
        "Transaction defect rate    0.40%       2% or less    OK\n"
        "Late shipment rate         9.1%        7% or less    Below standard\n"
    )
    assert "ebay.transaction_defect_rate" not in read_notice(text).reasons


def test_a_translated_notice_of_used_goods_offered_as_new_is_used_sold_as_new() -> None:
    text = (
        "[Translated from German]\n\nAmazon.de Seller Central\n\nDate: 02.03.2026\n\n"
        "Hello,\n\nbuyers sent back goods you offered in the condition 'New' with "
        "visible traces of use.\n\nAffected order: 305-1234567-7654321\n\n"
        "Send us a plan of action within 17 days.\n"
    )
    assert read_notice(text).reasons == ["amazon.used_sold_as_new"]


def test_a_translated_notice_of_goods_unlike_their_description_is_not_as_described() -> None:
    text = (
        "[Translated from French]\n\nAmazon.fr Seller Central\n\nDate: 11.05.2026\n\n"
        "Hello,\n\ncustomers reported that the delivered item did not correspond to the "
        "description on the product page (another size).\n\n"
        "Affected order: 171-7654321-1234567\n\nSend us a plan of action within 17 days.\n"
    )
    assert read_notice(text).reasons == ["amazon.not_as_described"]
