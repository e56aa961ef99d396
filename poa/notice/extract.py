"""What a notice says, found by patterns, and its reasons by what the question banks say of them.

:func:`extract` assembles the reading: the notice's language and marketplace
(:mod:`poa.notice.marketplace`), its reasons, policy and ids, its quoted metrics
(:mod:`poa.notice.metric_values`), its dates and deadline (:mod:`poa.notice.deadline`), what it
asks for and whether it rejects an earlier plan.
"""

from __future__ import annotations

from poa import linear
from poa.banks.library import BankLibrary
from poa.model.ids import MARKETPLACES
from poa.notice import ids as notice_ids
from poa.notice import messages
from poa.notice.aside import cited
from poa.notice.clean import newest_reply
from poa.notice.dates import DAY_FIRST_SITES, date_in, writes_day_first
from poa.notice.deadline import read_dates
from poa.notice.facts import NoticeFacts
from poa.notice.marketplace import marketplace_by_terms, marketplace_named, marketplace_of_reasons
from poa.notice.metric_values import drop_passing, quoted_metrics
from poa.notice.reasons import read_reasons

_REQUESTS = {
    # "send an action plan", "a written plan explaining ...": a plan asked for, not "your
    # action plan" the seller sent
    "plan_of_action": r"plan of action|\bpoa\b|a plan that (explains|describes)|business plan|"
    r"\b(?:an?|new|revised|updated)\s+(?:\w+\s+)?(?:(?:action|improvement)\s+plan\b|"
    r"plan\s+(?:that\s+|which\s+)?(?:explain|describ|detail|outlin|show))",
    "invoices": r"\binvoices?\b",
    "letter_of_authorization": r"letter of authori[sz]ation|\bloa\b",
    "test_reports": r"test reports?|laboratory|lab report|testing data",
    "compliance_documents": r"certificate|compliance (documents?|documentation)|"
    r"letter of compliance|safety documentation",
    "identity_documents": r"identity document|government[- ]issued|passport|proof of identity|"
    r"identification",
    "utility_bill": r"utility bill",
    "photos": r"\bphotos?\b|photographs?|images? of the (product|item)",
    "tracking": r"tracking (number|information|details)",
}
_REJECTION = linear.compile(
    r"(do not|don't) have enough information|not enough information|greater detail|"
    r"(appeal|plan of action|plan|submission) (has been|was) (denied|rejected|declined|"
    r"not accepted)|unable to (reinstate|accept your)|we reviewed your (appeal|plan|submission)",
    linear.I,
)
_IMPROVE = {
    "root_cause": r"root cause",
    "corrective": r"actions? (you have taken|taken) to (resolve|address|correct)|resolve",
    "preventive": r"(steps|measures) .{0,40}prevent|prevent",
}
_PERCENT_WORD = linear.compile(r"(\d)[ \t]?(?:percent|per cent|pct)\b", linear.I)


def extract(text: str, library: BankLibrary, own: str | None = None) -> NoticeFacts:
    """The facts of a cleaned notice; its reasons from ``own``, the marketplace's own words
    in it (:func:`poa.notice.clean.own_words`), when other voices stand with them."""
    from poa.notice import languages

    facts = NoticeFacts(language=languages.language_of(text, library.cache))
    original = text
    if facts.language != "en":  # read through its English gloss (poa/notice/languages.py)
        text = languages.gloss(text, facts.language, library.cache)
        own = languages.gloss(own, facts.language, library.cache) if own is not None else None
    # "0.17 percent" is "0.17%" to every reader of values (a row's figure, a quoted metric)
    text = _PERCENT_WORD.sub(r"\1%", text)
    own = _PERCENT_WORD.sub(r"\1%", own) if own is not None else None
    lower = text.lower()
    facts.subject = messages.header(text, "subject")
    facts.marketplace = marketplace_named(lower) or marketplace_by_terms(lower)
    if facts.marketplace is None and (facts.language != "en" or notice_ids.asins(text)):
        facts.marketplace = "amazon"  # only Amazon writes in these languages, or has ASINs
    site = linear.search(r"amazon\.(co\.uk|co\.jp|de|ca|in|fr|it|es|com\.au|ae|com)\b", lower)
    facts.region = site.group(1) if site else None
    day_first = bool(site and any(s in site.group(0) for s in DAY_FIRST_SITES))
    day_first = day_first or writes_day_first(text)
    apart = messages.others(text, lambda line: date_in(line, day_first))
    # the reasons of the notice's own message: another message's subject names another matter
    words = own if own is not None else messages.without(text, apart)
    reading = read_reasons(words, facts.marketplace, library)
    facts.reasons, facts.found = reading.reasons, reading.found
    facts.closest, facts.closest_found = reading.closest, reading.closest_found
    if facts.marketplace is None:  # a page that never names its marketplace
        marketplace_of_reasons(facts)
    facts.policy = _policy(text)
    _ids(facts, text, library, apart)
    known = {t.metric for t in getattr(library.thresholds, facts.marketplace or "", [])}
    facts.metrics = quoted_metrics(text, known)
    # before the dates: a metric that is fine sets no usual time
    drop_passing(facts, library, text)
    newest = newest_reply(text) or own  # a thread's newest reply over the older messages
    read_dates(facts, text, day_first, library, newest)
    # what the notice asks for is in its own words (a thread's newest reply): a policy pasted
    # under it lists every document it may ask for, a team's talk names its own plans
    asking = newest or text
    facts.requests = [
        key for key, pattern in _REQUESTS.items() if linear.search(pattern, asking, linear.I)
    ]
    facts.is_rejection = bool(_REJECTION.search(text))
    if facts.is_rejection:
        facts.improve = [
            k
            for k, p in _IMPROVE.items()
            if linear.search(
                rf"(greater|more) detail[^.]{{0,80}}{p}|{p}[^.]{{0,40}}(insufficient|unclear)",
                text,
                linear.I,
            )
        ]
        facts.attempt = 2
    if facts.language != "en":  # the subject as the notice wrote it, not its gloss
        facts.subject = languages.header(original, facts.language, "Subject", library.cache)
    return facts


def _policy(text: str) -> str | None:
    """The first named policy: each "policy" found, and the capitalised words just before
    it (a bounded look back, so any text is read in linear time)."""
    for found in linear.finditer(r"[Pp]olicy\b", text):
        window = text[max(0, found.start() - 200) : found.end()]
        if name := _policy_name(window):
            return name
    return None


_NAME_WORDS = 6
_NAME_WORD_CHARACTERS = 31
_SPACE = " \t\n"


def _policy_name(window: str) -> str | None:
    r"""The name of the policy that ``window`` ends with: up to six capitalised words (a
    capital A-Z and up to 30 more letters, digits or ``_'&-``), each followed by one space,
    tab or newline, then "Policy": "Restricted Products Policy". None without such a word.

    Read back from "Policy" word by word. It was the pattern
    ``(?:^|[^\w'&-])((?:[A-Z][\w'&-]{0,30}[ \t\n]){1,6}[Pp]olicy)$``, which RE2 took half a
    second to build (every Unicode letter, 186 times over) and run the first time, in every
    ``poa notice``.
    """
    start = end = len(window) - len("policy")
    for _ in range(_NAME_WORDS):
        if start == 0 or window[start - 1] not in _SPACE:
            break
        first = start - 1
        while first > 0 and _in_name_word(window[first - 1]):
            first -= 1
        word = window[first : start - 1]
        if not (0 < len(word) <= _NAME_WORD_CHARACTERS and "A" <= word[0] <= "Z"):
            break
        start = first
    return window[start:].strip() if start < end else None


def _in_name_word(char: str) -> bool:
    r"""``[\w'&-]``, with Python's Unicode ``\w``."""
    return char.isalnum() or char in "_'&-"


def _ids(facts: NoticeFacts, text: str, library: BankLibrary, apart: list[tuple[int, int]]) -> None:
    """The ids the notice cites: those it names only to set aside ("... is not affected")
    are not (:mod:`poa.notice.aside`), nor those named only in other messages than the
    notice on the page (:mod:`poa.notice.messages`)."""
    market = facts.marketplace

    def in_notice(found: list[str]) -> list[str]:
        named = messages.named_outside(text, found, apart)
        mine = [value for value in found if value in named]
        return cited(text, mine, library.concepts)

    if market in (None, "amazon"):
        facts.asins = in_notice(notice_ids.asins(text))
    facts.order_ids = in_notice(notice_ids.order_ids(text, market))
    if market == "ebay":
        facts.listing_ids = list(
            dict.fromkeys(
                linear.findall(r"(?:item|listing)(?: number| id)?:?\s*#?(\d{12})\b", text, linear.I)
            )
        )
    facts.skus = notice_ids.skus(text)


__all__ = ["MARKETPLACES", "NoticeFacts", "extract"]
