"""What a well-formed product, listing and order identifier looks like on each marketplace.

These are shape checks: they catch a pasted SKU where an ASIN belongs, a missing digit or a
stray space. They cannot tell whether the id exists.
"""

from __future__ import annotations

from typing import Literal

from poa import linear

Marketplace = Literal["amazon", "walmart", "ebay", "tiktok", "etsy"]
MARKETPLACES: tuple[Marketplace, ...] = ("amazon", "walmart", "ebay", "tiktok", "etsy")
MARKETPLACE_LABELS: dict[str, str] = {
    "amazon": "Amazon",
    "walmart": "Walmart Marketplace",
    "ebay": "eBay",
    "tiktok": "TikTok Shop",
    "etsy": "Etsy",
}

# Amazon: ASINs are 10 characters, upper-case letters and digits (books use their ISBN-10,
# which may end in X). Order ids are three groups of digits: 3-7-7.
_ASIN = linear.compile(r"[A-Z0-9]{10}")
_ORDER_ID: dict[Marketplace, tuple[linear.Pattern, str]] = {
    "amazon": (
        linear.compile(r"\d{3}-\d{7}-\d{7}"),
        "three groups of digits, 3-7-7, e.g. 112-4839201-5562814",
    ),
    # eBay: current order numbers are 2-5-5 digits; older ones are the 12-digit item number
    # and the transaction id joined by a hyphen.
    "ebay": (
        linear.compile(r"\d{2}-\d{5}-\d{5}|\d{12}-\d{10,14}"),
        "digits in groups of 2-5-5, e.g. 23-10482-77315 (or item number-transaction id)",
    ),
    # Walmart: the purchase order number is 13 digits; the customer order number 15.
    "walmart": (
        linear.compile(r"\d{13}|\d{15}"),
        "the 13-digit purchase order number (or the 15-digit customer order number)",
    ),
    "tiktok": (linear.compile(r"\d{15,20}"), "the 15- to 20-digit order id shown in Seller Center"),
    "etsy": (linear.compile(r"\d{9,12}"), "the 9- to 12-digit order (receipt) number"),
}


def asin_problem(value: str) -> str | None:
    """Why ``value`` is not a well-formed ASIN, or None when it is.

    >>> asin_problem("B0C1234567") is None
    True
    """
    if _ASIN.fullmatch(value):
        return None
    if _ASIN.fullmatch(value.strip().upper()):
        return f"{value!r} must be written in capitals without spaces: {value.strip().upper()!r}"
    return f"{value!r} is not an ASIN: an ASIN is 10 capital letters or digits, e.g. B0C7K2M4QZ"


def order_id_problem(marketplace: Marketplace, value: str) -> str | None:
    """Why ``value`` is not a well-formed order id on ``marketplace``, or None when it is."""
    pattern, expected = _ORDER_ID[marketplace]
    if pattern.fullmatch(value):
        return None
    return (
        f"{value!r} is not a valid {MARKETPLACE_LABELS[marketplace]} order id: expected {expected}"
    )
