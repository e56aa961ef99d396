"""Which marketplace a notice is from: the one it names, else the one whose own terms it
uses, else the one most of its reasons belong to.

A notice that names its marketplace is read by that name; an exported dashboard often names
none, and then its programmes, measures and order ids tell (each marketplace has its own), and
last of all the reasons read from it.
"""

from __future__ import annotations

from collections import Counter

from poa import linear
from poa.notice.facts import NoticeFacts

_SITES = {  # whole words: "Betsy" names no marketplace
    "amazon": r"\bamazon\.(com|co\.uk|de|ca|in|fr|it|es|com\.au|ae|sa)\b|\bseller ?central\b"
    r"|\bamazon\b",
    "walmart": r"\bwalmart\b",
    "ebay": r"\bebay\b",
    "tiktok": r"\btik ?tok\b",
    "etsy": r"\betsy\b",
}
_TERMS = {
    "amazon": [r"\bseller central\b", r"\baccount health rating\b", r"\ba-to-z\b",
               r"\basins?\b", r"\bbuy box\b", r"\bfba\b", r"\b\d{3}-\d{7}-\d{7}\b"],
    "walmart": [r"\bseller center\b", r"\bpurchase orders?\b", r"\bwfs\b",
                r"\bretailer agreement\b", r"\bpo ?(?:numbers?\b|nos?\b|#)"],
    "ebay": [r"\bseller hub\b", r"\btop rated\b", r"\bvero\b", r"\bmoney back guarantee\b",
             r"\bbelow standard\b", r"\btransaction defect rate\b"],
    "tiktok": [r"\bviolation points?\b", r"\bseller[- ]fault\b", r"\bshop performance score\b",
               r"\blate dispatch rate\b", r"\blive ?streams?\b",
               r"\borders?\b[^\d\n]{0,24}\n?[ \t]*\b\d{18}\b"],
    "etsy": [r"\bstar seller\b", r"\bshop manager\b", r"\bpurchase protection\b",
             r"\bcreativity standards\b", r"\breceipts?\b"],
}  # fmt: skip
"""Each marketplace's own names for its pages, programmes and measures, and the shape of its
order ids where no other marketplace has it, read only where a notice names no marketplace
(an exported dashboard): "violation points" and "seller-fault" are TikTok Shop's, an order
"111-6620471-3309846" is Amazon's, an order of 18 digits TikTok's (Walmart's have 13 or 15,
Etsy's receipts 9 to 12), a "PO number" (purchase order) Walmart's. An app's page puts the
order label on a line of its own, over the ids it lists ("Orders included" / "5771...")."""


def marketplace_by_terms(lower: str) -> str | None:
    """The marketplace whose own terms a notice uses most (two at least, and more than any
    other's); None when none does."""
    counts = {m: sum(bool(linear.search(t, lower)) for t in terms) for m, terms in _TERMS.items()}
    ranked = sorted(counts.values(), reverse=True)
    best = max(counts, key=lambda m: counts[m])
    return best if ranked[0] >= 2 and ranked[0] > ranked[1] else None


def marketplace_named(lower: str) -> str | None:
    """The marketplace a notice names most often (its site, its name); None when it names
    none."""
    counts = {m: len(linear.findall(p, lower)) for m, p in _SITES.items()}
    best = max(counts, key=lambda m: counts[m])
    return best if counts[best] else None


def marketplace_of_reasons(facts: NoticeFacts) -> None:
    """A notice that names no marketplace is one marketplace's all the same: the one most of
    its reasons belong to. Another marketplace's reasons were read from words the banks
    share ("cancel rate", "late shipment"), and are dropped; with no clear first, all stay."""
    markets = Counter(reason.split(".")[0] for reason in facts.reasons)
    ranked = markets.most_common(2)
    if not ranked or (len(ranked) > 1 and ranked[0][1] == ranked[1][1]):
        return
    facts.marketplace = ranked[0][0]
    facts.reasons = [r for r in facts.reasons if r.split(".")[0] == facts.marketplace]
    facts.found = {r: w for r, w in facts.found.items() if r in facts.reasons}
