"""Issue 16, the twenty-fourth set's classes: a policy the notice names for the seller to read
is not the one it cites (a list of links under "Learn more:", a sentence that points to help
pages on several topics, a page's rights line), and a claim the notice says was never
received or made is not at issue."""

from __future__ import annotations

from poa.notice import languages
from tests.notice_eval import reasons


def test_policies_in_a_list_of_links_are_for_reading() -> None:
    text = (
        "We took down two of your listings because they infringe a registered trademark.\n\n"
        "Learn more:\n- Trademark policy\n- Copyright policy\n- Patent policy\n"
    )
    assert reasons(text, "amazon") == ["amazon.ip_trademark"]


def test_a_links_heading_with_see_and_later_items_of_its_list() -> None:
    text = (
        "We unpublished these items because they do not comply with our Prohibited Products "
        "Policy.\n\nFor more information, see:\n- Prohibited Products Policy\n"
        "- Seasonal product guidelines\n- Intellectual Property Policy\n"
    )
    assert reasons(text, "walmart") == ["walmart.prohibited_products"]


def test_a_short_line_that_is_not_a_links_heading_still_ends_the_look_up() -> None:
    text = (
        "We took down two of your listings.\n\nWhat happened\n"
        "- They infringe a registered trademark\n"
    )
    assert reasons(text, "amazon") == ["amazon.ip_trademark"]


def test_a_help_pointer_naming_several_topics_cites_none_of_them() -> None:
    text = (
        "We removed the listings because they infringe a trademark. General information on "
        "trademarks, copyright and patents is on the help page."
    )
    assert reasons(text, "amazon") == ["amazon.ip_trademark"]


def test_a_help_pointer_naming_one_topic_still_counts() -> None:
    text = (
        "We removed the listings below. For reference, see the Product Condition Complaints "
        "help page."
    )
    assert reasons(text, "amazon") == ["amazon.used_sold_as_new"]


def test_asking_for_more_information_is_not_a_pointer() -> None:
    text = (
        "We need more information to verify your identity. Please upload a government-issued "
        "identity document."
    )
    assert "amazon.identity_verification" in reasons(text, "amazon")


def test_a_rights_line_is_no_copyright_claim() -> None:
    text = (
        "We removed your listing because it is a prohibited item under our drugs and drug "
        "paraphernalia policy.\n\nCopyright (c) 1995-2026 eBay Inc. All Rights Reserved.\n"
    )
    assert reasons(text, "ebay") == ["ebay.prohibited_items"]
    sign = "We removed your listing because it infringes the owner's copyright.\n© 2026 eBay"
    assert reasons(sign, "ebay") == ["ebay.vero_ip_infringement"]
    dated = "Trademark complaint 2026-04-03: we removed your listing."
    assert reasons(dated, "amazon") == ["amazon.ip_trademark"]  # a date, not a rights line


def test_claims_never_received_or_made_are_denied() -> None:
    received = (
        "We removed the listings because they infringe a patent. This complaint concerns only "
        "the patent named; we have not received notices about trademarks or copyright."
    )
    assert reasons(received, "amazon") == ["amazon.ip_patent"]
    made = (
        "Your listings were found to be inauthentic. Note: there were no trademark "
        "infringement complaints from rights owners."
    )
    assert reasons(made, "amazon") == ["amazon.inauthentic"]


def test_a_claims_name_after_not_received_denies_nothing() -> None:
    text = "Buyers opened Item Not Received claims on orders you shipped late: late shipment."
    assert "amazon.late_shipment_rate" in reasons(text, "amazon")


def test_the_gloss_says_claims_never_received_and_help_pages() -> None:
    spanish = languages.gloss("No hemos recibido avisos sobre marcas.", "es")
    assert "we have not received any" in spanish.lower()
    italian = languages.gloss("Non ci sono state segnalazioni.", "it")
    assert "there were no" in italian.lower()
    german = languages.gloss("Allgemeine Informationen finden Sie auf der Hilfeseite.", "de")
    assert "for more information" in german.lower() and "help page" in german


def test_a_metric_said_to_be_watched_separately_is_not_cited() -> None:
    text = (
        "We found that this product was significantly not as described. Refunds for these "
        "orders count toward your seller-fault return rate, which is monitored separately."
    )
    assert reasons(text, "tiktok") == ["tiktok.significantly_not_as_described"]


def test_what_a_rule_does_not_allow_is_the_rule_not_a_finding() -> None:
    text = (
        "We restricted your account because items you sold were counterfeit. eBay doesn't "
        "allow counterfeit items, including items that copy a brand's trademark without "
        "authorization."
    )
    assert reasons(text, "ebay") == ["ebay.counterfeit"]


def test_metrics_said_in_japanese_to_be_within_the_standard_are_not_cited() -> None:
    from poa.notice import read_notice

    text = (
        "件名：改善計画書の審査結果について\n\n"
        "Amazon.co.jp\n出荷前キャンセル率：3.8%（基準：2.5%未満）\n\n"
        "なお、注文不良率および出荷遅延率は基準内であり、今回の審査の対象ではございません。\n"
    )
    facts = read_notice(text)
    assert facts.language == "ja"
    assert facts.reasons == ["amazon.pre_fulfillment_cancel_rate"]


def test_a_standard_in_the_next_sentence_of_a_row_judges_its_value() -> None:
    from poa.notice import read_notice

    text = (
        "From: Etsy\nSubject: Your shop isn't meeting our customer service standards\n\n"
        "Your shop isn't meeting Etsy's customer service standards.\n\n"
        "- On-time shipping with tracking: 88% of your orders shipped on time with tracking. "
        "Our standard is at least 95%.\n"
        "- Message response: you replied to 98% of first messages within 24 hours. This meets "
        "our standard.\n"
    )
    facts = read_notice(text)
    shipping = [m for m in facts.metrics if m["metric"] == "on_time_shipping_rate"]
    assert shipping == [{"metric": "on_time_shipping_rate", "value": 88.0, "target": 95.0}]
    assert facts.reasons == ["etsy.on_time_shipping"]  # 98% meets the response standard


def test_the_next_item_of_a_list_holds_another_metrics_figures() -> None:
    text = (
        "Your shop was suspended because it was not meeting our customer service standards:\n\n"
        "* Reviews: too many of your recent orders received 1- or 2-star reviews.\n"
        "* Messages: you responded to only 71% of first messages within 24 hours. Our "
        "standard is 95%.\n"
    )
    assert reasons(text, "etsy") == ["etsy.message_response", "etsy.review_rating"]


def test_an_item_set_in_under_a_metric_still_gives_its_figures() -> None:
    text = (
        "Your account is Below Standard.\n\n"
        "* Transaction defect rate\n    - Your rate: 2.5%\n    - Below Standard if: more than 2%\n"
        "* Late shipment rate\n    - 4.3% - meets the standard\n"
    )
    assert reasons(text, "ebay") == ["ebay.transaction_defect_rate"]


def test_a_time_inside_a_standards_brackets_is_no_deadline() -> None:
    from poa.notice import read_notice

    text = (
        "From: Walmart Seller Support\nDate: Jul 8, 2026\n\n"
        "Seller Response Rate ..... 81%    (standard: 95% or more within 48 hours)\n\n"
        "You may submit one additional appeal within 10 days of this message.\n"
    )
    facts = read_notice(text)
    assert facts.deadline is not None and facts.deadline.isoformat() == "2026-07-18"
