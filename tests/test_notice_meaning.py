"""Issue 16: a notice's reasons from what it says (paraphrase, word order, inflection,
synonyms), never from part of a word or from background; its ids wherever they stand."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from pathlib import Path

import pytest

from poa.banks import load_library, validate_folder
from poa.banks.library import builtin_dir
from poa.notice import read_notice
from poa.notice.ids import order_ids, skus
from poa.notice.matching import ADVICE, BREACH, CONTRAST, FAILING, PASSING, POLICY
from poa.notice.reasons import read_reasons
from poa.notice.words import Lexicon, forms, stretches, tokens

ROOT = Path(__file__).resolve().parent.parent

LIBRARY = load_library()


def reasons(text: str, marketplace: str) -> list[str]:
    return read_reasons(text, marketplace, LIBRARY).reasons


PARAPHRASES = [
    # the issue's own example, and other ways to say a used item was sold as new
    ("amazon", "Customers say items you listed as new arrived used: opened boxes, scuffs.",
     "amazon.used_sold_as_new"),
    ("amazon", "Units sold in brand-new condition showed signs of wear and prior use.",
     "amazon.used_sold_as_new"),
    ("amazon", "Signs of previous use were found on products you shipped as new.",
     "amazon.used_sold_as_new"),
    ("amazon", "Items sold as unused and factory sealed reached buyers in resealed boxes.",
     "amazon.used_sold_as_new"),
    # inflection and word order
    ("amazon", "Too many of your orders were dispatched late.", "amazon.late_shipment_rate"),
    ("amazon", "Late, buyers told us, is how most shipments left your warehouse.",
     "amazon.late_shipment_rate"),
    ("amazon", "You cancelled 31 orders before shipping them.",
     "amazon.pre_fulfillment_cancel_rate"),
    # synonyms
    ("amazon", "Buyers report that the goods were knock-offs.", "amazon.inauthentic"),
    ("walmart", "Customers told us the items were replicas of a famous brand.",
     "walmart.counterfeit"),
    ("ebay", "The buyer said the watch is an imitation.", "ebay.counterfeit"),
    ("tiktok", "The product page did not match the item customers received.",
     "tiktok.significantly_not_as_described"),
    ("etsy", "You replied to only half of buyers' messages within 24 hours.",
     "etsy.message_response"),
    ("walmart", "Several customers say their orders never arrived.",
     "walmart.item_not_received_rate"),
    ("amazon", "A rights holder says your photos were copied from its website.",
     "amazon.ip_copyright"),
    ("amazon", "Your account is connected to another seller account that was closed.",
     "amazon.related_accounts"),
    ("amazon", "Your listing claims the tea cures diabetes.", "amazon.restricted_products"),
]  # fmt: skip


@pytest.mark.parametrize(("marketplace", "text", "reason"), PARAPHRASES)
def test_a_reason_said_in_other_words_is_found_with_its_words(
    marketplace: str, text: str, reason: str
) -> None:
    reading = read_reasons(text, marketplace, LIBRARY)
    assert reading.reasons == [reason]
    said = reading.found[reason]
    assert said and said in text.lower()  # the notice's own words


NEAR_MISSES = [
    # common words are no cue
    ("amazon", "You cannot create new listings until the tracking number you used is fixed."),
    ("amazon", "Please use the new Account Health page."),
    ("amazon", "The two accounts' owner opened new listings."),
    # a policy named as background, with nothing said to break it
    (
        "amazon",
        "Remember that the Seller Code of Conduct and our Restricted Products policy "
        "apply to every listing.",
    ),
    ("walmart", "The Marketplace Retailer Agreement requires sellers to keep tax forms current."),
    # a metric said to be fine
    ("ebay", "Your late shipment rate is fine."),
    ("walmart", "Your on-time delivery and cancellation rates meet our standards."),
    # a tip, a rule or a consequence
    ("amazon", "To avoid late shipments, confirm orders promptly."),
    ("tiktok", "Sellers must not sell counterfeit products."),
    ("walmart", "If a customer did not receive the order, issue a refund."),
    ("amazon", "If you have questions, reply to this message within 24 hours."),
    # what 'unless' rules out: eBay's closed cases counted as defects, counterfeit 'not allowed'
    ("ebay", "A defect is counted when a buyer's request is closed without your help."),
    ("ebay", "Replica and counterfeit goods are not allowed on eBay."),
    # an Account Health page with a count of 0 beside a category
    ("amazon", "Restricted Product Policy Violations    0\nListing Policy Violations    0"),
]


@pytest.mark.parametrize(("marketplace", "text"), NEAR_MISSES)
def test_near_misses_find_no_reason(marketplace: str, text: str) -> None:
    expected = {"ebay.counterfeit"} if "Replica" in text else set()
    assert set(reasons(text, marketplace)) == expected


def test_a_name_is_no_phrase_and_a_word_is_no_other_word() -> None:
    """'Mr Goldrick' is not 'ldr'; 'us' is no form of 'use', 'news' is no concept 'new'."""
    facts = read_notice("TikTok Shop: Dear seller, Mr Goldrick wrote to us about an order.")
    assert facts.marketplace == "tiktok" and facts.reasons == [] and facts.found == {}
    assert reasons("Your LDR is above 4% this week.", "tiktok") == ["tiktok.late_dispatch_rate"]
    assert [t.word for t in tokens("Goldrick didn't ship 9.6% — e.g. the brand's")] == [
        "goldrick",
        "didnt",
        "ship",
        "9",
        "6",
        "percent",
        "e",
        "g",
        "the",
        "brands",
    ]
    assert {"ship", "ships", "shipped", "shipping"} <= forms("ship")
    assert "shipper" not in forms("ship") and "us" not in forms("use")
    assert {"replies", "replied"} <= forms("reply") and forms("as") == {"as"}
    assert "canceled" in forms("cancel") and "cancellation" not in forms("cancel")


def test_cues_hold_within_one_sentence_and_a_few_words() -> None:
    words = Lexicon({"new": ["sold as new"], "used": ["signs of use"]})
    near = tokens("Items sold as new showed signs of use.")
    assert list(stretches(words.find(near), ["new", "used"], 15)) == [(1, 7)]
    apart = tokens("Items were sold as new. Buyers saw signs of use.")
    assert list(stretches(words.find(apart), ["new", "used"], 15)) == []
    far = tokens("Items sold as new" + " and then" * 10 + " showed signs of use.")
    assert list(stretches(words.find(far), ["new", "used"], 15)) == []


def test_a_notice_citing_two_reasons_gets_both() -> None:
    text = (
        "Customers who ordered brand new units found scratches. Separately, 2% of your "
        "orders had a defect, from A-to-z claims and chargebacks."
    )
    assert sorted(reasons(text, "amazon")) == [
        "amazon.order_defect_rate",
        "amazon.used_sold_as_new",
    ]


def test_weak_evidence_is_reported_as_closest_with_its_words() -> None:
    facts = read_notice("Amazon: remember that our Restricted Products policy applies to all.")
    assert facts.reasons == [] and facts.found == {}
    assert facts.closest[0] == "amazon.restricted_products"
    assert "restricted products" in facts.closest_found["amazon.restricted_products"]
    unknown = read_notice("Amazon Seller Support: misuse of Selling Partner Support cases.")
    assert unknown.reasons == [] and 1 <= len(unknown.closest) <= 3
    assert all(r.startswith("amazon.") for r in unknown.closest)


def test_every_bank_says_its_reason_in_concepts_that_exist() -> None:
    vocabulary = LIBRARY.concepts
    assert {POLICY, BREACH, PASSING, FAILING, CONTRAST, ADVICE} <= vocabulary.keys()
    for reason, bank in LIBRARY.banks.items():
        assert bank.notice_concepts, f"{reason} has no notice_concepts"
    assert validate_folder(builtin_dir()) == []


def test_a_bank_naming_an_unknown_concept_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "banks"
    (folder / "amazon").mkdir(parents=True)
    text = (builtin_dir() / "amazon" / "fair_pricing.yaml").read_text(encoding="utf-8")
    broken = text.replace("  - [price, too_high]", "  - [price, too_pricey]")
    assert broken != text
    (folder / "amazon" / "fair_pricing.yaml").write_text(broken, encoding="utf-8")
    problems = validate_folder(folder)
    assert len(problems) == 1
    assert "too_pricey" in problems[0][1][0].message
    assert problems[0][1][0].loc == ("notice_concepts", 0, 1)
    shutil.copy(builtin_dir() / "concepts.yaml", folder / "concepts.yaml")  # a user's own words
    with (folder / "concepts.yaml").open("a", encoding="utf-8") as extra:
        extra.write("  too_pricey: [far too expensive]\n")
    assert validate_folder(folder) == []
    user = load_library([folder])
    assert read_reasons("Your price was far too expensive.", "amazon", user).reasons == [
        "amazon.fair_pricing"
    ]


# --- ids ---------------------------------------------------------------------------------


ID_LISTS = [
    ("walmart", "Purchase orders: 1830554920113, 1830569017728",
     ["1830554920113", "1830569017728"]),
    ("walmart", "POs 1834410082275/1834419963310/183441996331099",
     ["1834410082275", "1834419963310", "183441996331099"]),
    ("walmart", "Orders 1830554920113 and 1830569017728 were late.",
     ["1830554920113", "1830569017728"]),
    ("walmart", "Orders with low ratings: 1832006617740, 1832011829903",
     ["1832006617740", "1832011829903"]),
    ("walmart", "| PO | Tracking |\n| 1830554920113 | 9405511899223400112233 |",
     ["1830554920113"]),
    ("walmart", "Item ID\tSKU\tPurchase order\n612093874\tEX-1\t2904417738012",
     ["2904417738012"]),
    ("walmart", "Late orders:\n\n1831102294471\n1831117730085", ["1831102294471", "1831117730085"]),
    ("walmart", "Purchase Order / Tracking number\n1831190048827 / 9405511899223400112233",
     ["1831190048827"]),
    ("tiktok", "Order IDs: 577412093348815026, 577412209957741330 and 577412301184426057",
     ["577412093348815026", "577412209957741330", "577412301184426057"]),
    ("tiktok", "Order ID\tTracking number\n577612093384401275\tTT0000000000001",
     ["577612093384401275"]),
    ("etsy", "Orders: #3701184526, #3703399017 and #3708820143",
     ["3701184526", "3703399017", "3708820143"]),
    ("etsy", "Order / receipt: 3690014472/3690118856", ["3690014472", "3690118856"]),
    ("etsy", "Receipts 987654321 and 123456789012", ["987654321", "123456789012"]),
]  # fmt: skip


@pytest.mark.parametrize(("marketplace", "text", "expected"), ID_LISTS)
def test_every_id_of_a_list_or_table_is_found(
    marketplace: str, text: str, expected: list[str]
) -> None:
    assert order_ids(text, marketplace) == expected


TRAPS = [
    ("walmart", "Case 1830554920113, phone 18005550199123; Partner ID: 10001992017"),
    ("walmart", "Tracking numbers:\n1830554920113\n1830569017728"),
    ("walmart", "Item ID | GTIN\n612093874 | 0012345678905\n612093875 | 1830554920113"),
    ("walmart", "Call us at 1830554920113 if you have questions."),
    ("tiktok", "Product ID: 173005521884772003\nConversation ID: 740291883645102976"),
    ("tiktok", "Tracking: 940011189922381746"),
    ("etsy", "Case #482771039 - listing https://www.etsy.com/listing/1589034627/candle"),
    ("etsy", "Listing ID: 1611207734\nPhone: 4420794609"),
    ("etsy", "Reference 3621845907"),  # a lone number after another label: not an order
]


@pytest.mark.parametrize(("marketplace", "text"), TRAPS)
def test_other_numbers_are_no_order_ids(marketplace: str, text: str) -> None:
    assert order_ids(text, marketplace) == []


def test_amazon_and_ebay_ids_are_found_in_any_list() -> None:
    amazon = "Orders: 111-4028813-7730461/112-9081273-0051846 and 114-3375520-6627193"
    assert order_ids(amazon, "amazon") == [
        "111-4028813-7730461",
        "112-9081273-0051846",
        "114-3375520-6627193",
    ]
    facts = read_notice(f"Amazon.com\nASINs: B0CX4L7RTA, B0D9KM2PQE and B0BQ3TW9LM\n{amazon}")
    assert facts.asins == ["B0CX4L7RTA", "B0D9KM2PQE", "B0BQ3TW9LM"]
    ebay = read_notice("eBay\nTransactions: 11-13904-52281, 14-13977-08834\nItem 296501183347")
    assert ebay.order_ids == ["11-13904-52281", "14-13977-08834"]
    assert ebay.listing_ids == ["296501183347"]


def test_skus_in_a_list_and_in_a_column() -> None:
    assert skus("SKUs: EX-HOVER-8, EX-BUGSPRAY-1L and EX-3") == ["EX-HOVER-8", "EX-BUGSPRAY-1L",
                                                                   "EX-3"]  # fmt: skip
    table = "SKU\tASIN\tPrice\nEXW-TORCH-2\tB0CM3RT7KJ\t$74.99\nEXW-BATT-8\tB0CM3S0WQP\t$59.00"
    assert skus(table) == ["EXW-TORCH-2", "EXW-BATT-8"]


def test_an_html_table_keeps_its_columns() -> None:
    html = (
        "<html><body><p>Walmart</p><table><tr><th>Item ID</th><th>Purchase order</th></tr>"
        "<tr><td>493027716</td><td>1830027495516</td></tr>\n"
        "<tr><td>512884390</td><td>1830041872209</td></tr></table></body></html>"
    )
    assert read_notice(html).order_ids == ["1830027495516", "1830041872209"]


def test_each_bank_is_found_from_its_own_meaning() -> None:
    """A bank's ``meaning`` says its reason in words nobody wrote for the reader: read as a
    notice, it finds its own reason and no other. Measured 58 of 59 (first look 50, and 4
    reasons of other banks); etsy.message_response's opens "Etsy expects a reply", a rule, so
    it is only the closest."""
    found = others = 0
    for reason, bank in LIBRARY.banks.items():
        reading = read_reasons(bank.meaning, bank.marketplace, LIBRARY)
        found += reason in reading.reasons
        others += len(set(reading.reasons) - {reason})
        assert reason in reading.reasons or reading.closest[0] == reason, reason
    assert found >= 58 and others == 0


# -- the notice as a document: denials, headings and rows, stated standards (issue 16) ----------

DENIED = [
    # a thing denied after the denial: the reason is not cited
    ("amazon", "The brand owner's report concerns copied photos. It does not raise a patent "
     "question, and no trademark claim was made.", {"amazon.ip_patent", "amazon.ip_trademark"}),
    ("amazon", "We removed the listing under the restricted products policy. This is not a "
     "recall notification.", {"amazon.recalled_product"}),
    ("tiktok", "Orders already paid were cancelled by us; those cancellations won't be counted "
     "in your seller-fault cancellation rate.", {"tiktok.seller_fault_cancellation_rate"}),
    # the thing first, then the denial that it is at issue
    ("ebay", "Your other figures, your late shipment rate among them, are not part of this "
     "review.", {"ebay.late_shipment_rate"}),
    ("amazon", "Your order defect rate is not affected by this warning.",
     {"amazon.order_defect_rate"}),
]  # fmt: skip


@pytest.mark.parametrize(("marketplace", "text", "absent"), DENIED)
def test_a_reason_the_notice_denies_is_not_cited(
    marketplace: str, text: str, absent: set[str]
) -> None:
    assert not absent & set(reasons(text, marketplace))


@pytest.mark.parametrize(
    ("marketplace", "text", "reason"),
    [
        # a negation that says what went wrong denies nothing
        ("amazon", "Many of your orders were not shipped on time.", "amazon.late_shipment_rate"),
        ("walmart", "Buyers did not receive the orders listed below.",
         "walmart.item_not_received_rate"),
        ("amazon", "Customers told us the goods they got were not authentic.",
         "amazon.inauthentic"),
    ],
)  # fmt: skip
def test_a_negation_that_tells_the_problem_still_cites_it(
    marketplace: str, text: str, reason: str
) -> None:
    assert reason in reasons(text, marketplace)


def test_a_heading_and_a_table_row_are_sentences_of_their_own() -> None:
    """A heading line without a full stop does not run into the next line, nor a dashboard
    row into the next row; a row of dots is no full stop."""
    words = tokens("Why we could not approve it\nThe photos show another batch.")
    assert words[5].sentence != words[6].sentence  # "it" | "The"
    dashboard = (
        "  Replies within 24 hours ........ 100%   (target 95%)  - On track\n"
        "  Orders shipped on time .......... 71%    (target 95%)  - Below target\n"
    )
    assert reasons(dashboard, "etsy") == ["etsy.on_time_shipping"]
    wrapped = "Your shop has shipped a number of orders after the dates promised to the\nBuyers"
    assert len({t.sentence for t in tokens(wrapped)}) == 1  # a long line broken to fit


def test_a_term_stays_within_one_sentence() -> None:
    lexicon = Lexicon({"pair": ["details you"]})
    assert lexicon.find(tokens("Confirm the details; you will be asked again.")) == {}
    assert "pair" in lexicon.find(tokens("Check the details you sent."))


def test_a_rating_is_no_rate() -> None:
    assert "rating" not in forms("rate") and "rated" in forms("rate")
    assert "listing" in forms("listing")
    text = "One buyer gave a 1-star rating after the return was refused."
    assert "walmart.return_rate" not in reasons(text, "walmart")


def test_the_notices_own_standard_decides_whether_a_value_fails() -> None:
    """6.3 % meets eBay's usual standard for late shipments but not the 3 % this notice sets
    beside it: the reason is cited, and the standard is kept with the value."""
    notice = (
        "eBay\nSent 4 September 2026\n\nMeasure\tYou\tRequired\n"
        "Late shipment rate\t6.3%\t3% or less\n"
    )
    facts = read_notice(notice)
    assert facts.metrics == [{"metric": "late_shipment_rate", "value": 6.3, "target": 3.0}]
    assert facts.reasons == ["ebay.late_shipment_rate"]
    met = "eBay\nSent 4 September 2026\nYour late shipment rate is 2.1% (target 3%)."
    assert read_notice(met).reasons == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Purchase orders without valid tracking: 1830027495516, 1830041872209",
            ["1830027495516", "1830041872209"],
        ),
        (
            "The carrier's tracking number for the second of these orders, 794612385501236, "
            "shows a late scan.",
            [],
        ),
        (
            "Tracking for orders 1830027495516 and 1830041872209 was missing.",
            ["1830027495516", "1830041872209"],
        ),
    ],
)
def test_a_label_names_what_its_head_noun_names(text: str, expected: list[str]) -> None:
    assert order_ids(text, "walmart") == expected


def test_ids_under_a_paragraph_ending_in_their_label() -> None:
    text = (
        "Buyers said the product they got did not match the listing. The affected orders "
        "include:\n\n578800245196630427, 578806913370258154\n"
    )
    assert order_ids(text, "tiktok") == ["578800245196630427", "578806913370258154"]


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        ("Please reply to this message within 14 days.", "2026-05-18"),
        ("Within ten days, send an action plan.", "2026-05-14"),
        ("Respond to the case within 48 hours.", "2026-05-06"),
        ("Provide the documents within 5 business days.", "2026-05-11"),  # Mon 4 May → Mon 11
        # a service standard, the marketplace's own promise, what happened: none
        ("Answer buyer messages within 24 hours.", None),
        ("We will reply within 2 business days of your appeal.", None),
        ("There was no response from you within 3 business days.", None),
    ],
)
def test_a_time_allowed_is_a_deadline_only_when_it_asks_the_seller(
    sentence: str, deadline: str | None
) -> None:
    facts = read_notice(f"Etsy\nDate: 4 May 2026\n\n{sentence}")
    usual = "usual" in (facts.deadline_basis or "")
    stated = None if usual else facts.deadline
    assert (stated.isoformat() if stated else None) == deadline, facts.deadline_basis


def test_an_elided_article_does_not_hide_the_english_word() -> None:
    from poa.notice import languages

    text = "Il tuo account è stato disattivato per reclami sull'autenticità dei prodotti."
    assert "' authenticity" in languages.gloss(text, "it")
    assert "amazon.inauthentic" in read_notice("Amazon.it\n" + text).reasons


# -- the notice among other voices; tables laid out with spaces; dashboards (issue 16) ----------


def test_a_note_above_a_forwarded_notice_is_not_the_notice() -> None:
    notice = (
        "Team - on top of the late-dispatch trouble and last month's VeRO takedown, now this.\n\n"
        "---------- Forwarded message ---------\nFrom: eBay <notices@ebay.example>\n"
        "Date: 3 April 2026\n\nHello, we removed your listing of a laser pointer because items "
        "of this kind are prohibited on eBay. Please cancel the open order for it and refund "
        "the buyer within 3 days of this message. Repeated listings of prohibited items may "
        "lead to restrictions on your account.\n"
    )
    facts = read_notice(notice)
    assert facts.reasons == ["ebay.prohibited_items"]
    assert facts.deadline is not None and facts.deadline.isoformat() == "2026-04-06"


def test_a_sellers_quoted_message_is_not_the_notice_but_a_quoted_notice_is() -> None:
    reply = (
        "Amazon Seller Support\n\nThank you for writing. The banner is about your On-Time "
        "Delivery Rate, which fell to 82% over the last 14 days against a target of 97%. "
        "Please reply with proof of delivery for any order listed in Account Health that "
        "reached its buyer by the promised date.\n\n"
        "You wrote · 2 June 2026, 16:40\n"
        "> We also had a trademark complaint in April but it was withdrawn.\n"
        "> Is the banner about that?\n"
    )
    assert read_notice(reply).reasons == ["amazon.on_time_delivery_rate"]
    forwarded = (
        "Can we talk about this today?\n\nOn Mon, 16 Nov 2026 at 09:02, eBay <x@ebay.example> "
        "wrote:\n> We removed three of your listings because the owner of the rights told us\n"
        "> they infringe its intellectual property, through our Verified Rights Owner (VeRO)\n"
        "> program.\n"
    )
    assert read_notice(forwarded).reasons == ["ebay.vero_ip_infringement"]


def test_a_dashboard_that_names_no_marketplace_is_told_by_its_terms() -> None:
    dashboard = (
        "ACCOUNT HEALTH - MONTHLY SUMMARY\n\n"
        "Late dispatch rate                 2.1%     <= 4%       Good\n"
        "Seller-fault cancellation rate     0.4%     <= 2.5%     Good\n"
        "Valid tracking rate                88.0%    >= 95%      At risk\n\n"
        "Violation points on your account: 0\n"
    )
    facts = read_notice(dashboard)
    assert facts.marketplace == "tiktok"
    assert facts.reasons == ["tiktok.valid_tracking_rate"]
    assert read_notice("Dear Mr Goldrick, thank you for your order.").marketplace is None


def test_a_table_laid_out_with_spaces_keeps_its_columns() -> None:
    notice = (
        "Walmart Marketplace\nDate: 2 February 2026\n\nLate orders:\n\n"
        "PO number         Promised by   Carrier   Tracking\n"
        "1088248292112     01/21/2026    FedEx     612999012345678\n"
        "1088484018771     01/24/2026    FedEx     612999012398765\n"
    )
    assert read_notice(notice).order_ids == ["1088248292112", "1088484018771"]


def test_a_policy_named_as_the_rule_another_reason_breaks_is_not_a_second_reason() -> None:
    text = (
        "Buyers and a brand reported that items you sold are counterfeit. Selling counterfeit "
        "items violates our Prohibited Products Policy."
    )
    assert reasons(text, "walmart") == ["walmart.counterfeit"]
    both = "We removed listings under the Prohibited Products Policy: they offered pesticides."
    assert "walmart.prohibited_products" in reasons(both, "walmart")


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        ("Please send your plan by Friday, June 5, 2026.", "2026-06-05"),
        ("Reports dated before January 1, 2025 are not accepted.", None),
        ("Refund the buyer within 3 days of this message.", "2026-05-07"),
        ("17 of them did not get a reply\nwithin 24 hours.", None),
        ("Buyers on Amazon.in expect an answer within 24 hours.", None),
    ],
)
def test_what_makes_a_date_a_deadline(sentence: str, deadline: str | None) -> None:
    facts = read_notice(f"Etsy\nDate: 4 May 2026\n\n{sentence}")
    usual = "usual" in (facts.deadline_basis or "")
    stated = None if usual else facts.deadline
    assert (stated.isoformat() if stated else None) == deadline, facts.deadline_basis


def test_a_row_that_meets_its_standard_cites_nothing() -> None:
    """A metric's line with its value and a standard the value meets is fine, whichever way
    the metric must go and wherever the standard stands (after the value, before it, on the
    next line in brackets); the row's own words for when it fails ("over 2%") do not turn
    the comparison."""
    page = (
        "Amazon.com Account Health\n\n"
        "Order defect rate (target < 1%)      0.4%\n"
        "Pre-fulfilment cancel rate           4.1%     < 2.5%     At risk\n"
        "Buyer messages answered within 24 hours: 93%\n(we recommend more than 90%)\n"
    )
    assert reasons(page, "amazon") == ["amazon.pre_fulfillment_cancel_rate"]
    ebay = (
        "eBay seller level\n\n"
        "Measure                                 Your rate   Below standard if\n"
        "Transaction defect rate                 2.41%       over 2.00%\n"
        "Cases closed without seller resolution  0.13%       over 0.30%\n"
    )
    assert reasons(ebay, "ebay") == ["ebay.transaction_defect_rate"]


def test_a_policy_heading_an_item_of_the_reasons_is_cited() -> None:
    notice = (
        "Why did we take this action?\n\n"
        "1) Review manipulation. You offered buyers gift cards for five-star reviews.\n\n"
        "2) Seller Code of Conduct.\n   Section 3 asks you to act fairly and honestly.\n\n"
        "Please read our Customer Product Reviews policy and the Seller Code of Conduct again."
    )
    assert set(reasons(notice, "amazon")) == {
        "amazon.review_manipulation",
        "amazon.code_of_conduct",
    }
    background = "Please read the Seller Code of Conduct before you list again."
    assert "amazon.code_of_conduct" not in reasons(background, "amazon")


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        ("You have 17 days from the date of this message to send us a plan.", "2026-05-21"),
        ("Please cancel this order and refund the buyer in full within 3 days.", "2026-05-07"),
        ("Refund buyers within 2 days of a return reaching you.", None),
    ],
)
def test_more_ways_a_notice_gives_time(sentence: str, deadline: str | None) -> None:
    facts = read_notice(f"Etsy\nDate: 4 May 2026\n\n{sentence}")
    usual = "usual" in (facts.deadline_basis or "")
    stated = None if usual else facts.deadline
    assert (stated.isoformat() if stated else None) == deadline, facts.deadline_basis


def test_an_id_in_brackets_after_its_phrase_is_named_by_the_phrase_head() -> None:
    text = (
        "Pending orders for these products (576920334718265504, 576920871102994387) were cancelled."
    )
    assert order_ids(text, "tiktok") == ["576920334718265504", "576920871102994387"]
    text = "Order 576920334718265504 (product 1730911475330298561) was cancelled."
    assert order_ids(text, "tiktok") == ["576920334718265504"]


def test_a_metric_heading_over_its_figures_and_a_fine_word_denied() -> None:
    page = (
        "Walmart Seller Center - Performance\n\n"
        "  REFUND RATE\n  Your rate: 2.2%      Standard: <= 6%      Status: Meets standard\n\n"
        "  SELLER RESPONSE RATE\n  Your rate: 78.5%     Standard: >= 95%     Status: Below\n"
    )
    assert reasons(page, "walmart") == ["walmart.seller_response_rate"]
    assert reasons("Your shop isn't meeting our on-time shipping standard.", "etsy") == [
        "etsy.on_time_shipping"
    ]
    assert reasons("Your shop is meeting our on-time shipping standard.", "etsy") == []


def test_a_table_cell_beside_the_value_is_its_standard() -> None:
    notice = (
        "Etsy\nApril 7, 2026\n\nStandard\tYour shop\tGoal\n"
        "On-time shipping with tracking\t84%\t95%\n"
    )
    facts = read_notice(notice)
    assert facts.metrics == [{"metric": "on_time_shipping_rate", "value": 84.0, "target": 95.0}]
    assert facts.reasons == ["etsy.on_time_shipping"]


def test_a_thread_is_dated_by_the_marketplaces_latest_reply() -> None:
    thread = (
        "[TikTok Shop Platform]  14/04/2026 15:37\nWe reviewed your photos; the dispute stays "
        "closed for the buyer.\n\n[You]  12/04/2026 09:05\nHere are my photos.\n\n"
        "[TikTok Shop Platform]  10/04/2026 18:20\nPlease send photos of the item.\n"
    )
    assert read_notice(thread).received == dt.date(2026, 4, 14)


@pytest.mark.parametrize(
    ("marketplace", "text", "absent"),
    [
        ("etsy", "This notice is not about intellectual property; it concerns ivory listings.",
         "etsy.ip_infringement"),
        ("tiktok", "This removal does not affect your indicators (late dispatch, cancellations).",
         "tiktok.late_dispatch_rate"),
        ("ebay", "While your account is restricted, you can't create new listings for items.",
         "ebay.prohibited_items"),
        ("walmart", "Please continue to ship all open orders with valid tracking.",
         "walmart.valid_tracking_rate"),
    ],
)  # fmt: skip
def test_more_things_a_notice_names_without_citing(
    marketplace: str, text: str, absent: str
) -> None:
    assert absent not in reasons(text, marketplace)


def test_authenticity_is_not_inauthenticity_in_the_gloss() -> None:
    proof = (
        "Amazon.fr\nVeuillez nous transmettre des factures attestant de l'authenticité des "
        "produits."
    )
    assert "amazon.inauthentic" not in read_notice(proof).reasons
    doubt = (
        "Amazon.fr\nNous avons reçu des réclamations de clients concernant l'authenticité de "
        "vos produits."
    )
    assert "amazon.inauthentic" in read_notice(doubt).reasons


@pytest.mark.parametrize(
    ("marketplace", "text", "absent"),
    [
        ("tiktok", "This removal leaves your other orders alone. Your late dispatch rate is "
         "unaffected.", "tiktok.late_dispatch_rate"),
        ("walmart", "This review is separate from intellectual property claims by brands.",
         "walmart.ip_infringement"),
        ("etsy", "My case rate is only 0.4% so I do not understand the warning.",
         "etsy.case_rate"),
        ("tiktok", "Bring them within standard, or new product listings will be restricted.",
         "tiktok.prohibited_products"),
    ],
)  # fmt: skip
def test_set_apart_fine_or_a_sanction(marketplace: str, text: str, absent: str) -> None:
    assert absent not in reasons(text, marketplace)


def test_a_heading_with_a_dash_names_its_list_by_the_part_after_it() -> None:
    text = (
        "Valid tracking rate — orders with invalid tracking (sample)\n"
        "579008740015263381   Tracking 420900119200190312345678\n"
    )
    assert order_ids(text, "tiktok") == ["579008740015263381"]


def test_the_date_to_fix_by_and_a_forwarders_time_is_no_deadline() -> None:
    facts = read_notice(
        "Etsy\nJune 22, 2026\n\nPlease use the next 30 days to improve. If your shop still "
        "doesn't meet the standards after July 22, 2026, we may reduce its visibility.\n"
    )
    assert facts.deadline == dt.date(2026, 7, 22)
    forwarded = read_notice(
        "Team - please answer every return request within 2 days from now on.\n\n"
        "---------- Forwarded message ---------\nFrom: eBay <x@ebay.example>\n"
        "Date: 20 Feb 2026\n\nToo many of your cases were closed without your resolution: "
        "buyers asked us to step in on 4 of 180 transactions in the last 12 months. Cases "
        "closed this way count against your seller level, and a shop with too many of them "
        "may pay higher fees. Reply to buyers' requests quickly and offer a solution before "
        "they ask us to help.\n"
    )
    assert forwarded.deadline is None or "usual" in (forwarded.deadline_basis or "")


@pytest.mark.parametrize(
    ("marketplace", "text", "absent"),
    [
        ("walmart", "Your negative feedback rate and other metrics were not a factor in this "
         "decision.", "walmart.negative_feedback_rate"),
        ("walmart", "No action is needed on your return rate after this removal.",
         "walmart.return_rate"),
        ("tiktok", "We removed it: replica firearms and airsoft guns are prohibited products.",
         "tiktok.counterfeit"),
        ("etsy", "For general guidance, see our creativity standards and the seller handbook.",
         "etsy.creativity_standards"),
    ],
)  # fmt: skip
def test_a_factor_denied_a_fine_rate_a_toy_gun_a_reference(
    marketplace: str, text: str, absent: str
) -> None:
    assert absent not in reasons(text, marketplace)
    if marketplace == "tiktok":
        assert "tiktok.prohibited_products" in reasons(text, marketplace)


def test_a_section_of_tips_or_praise_cites_nothing() -> None:
    notice = (
        "Etsy\n\nYour shop has too many low reviews: buyers gave 1 and 2 star reviews on 9% of "
        "your orders.\n\nWhat's going well\nYour orders were shipped on time with tracking.\n\n"
        "Tips\n- Reply to buyers within 24 hours.\n"
    )
    assert reasons(notice, "etsy") == ["etsy.review_rating"]
    recall = "If you are aware of a recall affecting this product, stop selling it."
    assert "amazon.recalled_product" not in reasons(recall, "amazon")


def test_the_closest_reasons_words_are_the_same_in_every_run() -> None:
    """The words given beside each closest reason do not depend on the interpreter's hash seed:
    the shared words are weighed and sorted in their own order, not a set's. (They once did: a
    notice's "invoices" changed to "sent" from one run to the next.)"""
    import subprocess
    import sys

    notice = ROOT / "tests" / "fixtures" / "notices-unseen-10" / "languages-14-ja-shohi-kigen.txt"
    code = (
        "import sys; from pathlib import Path; from poa.notice import read_notice_file; "
        "print(sorted(read_notice_file(Path(sys.argv[1]))[1].closest_found.items()))"
    )
    readings = {
        subprocess.run(
            [sys.executable, "-c", code, str(notice)],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
        ).stdout
        for seed in range(4)
    }
    assert len(readings) == 1 and "amazon." in next(iter(readings)), readings
