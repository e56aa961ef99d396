"""Whether the notice says a reason is not at issue, or that its matter is closed.

A denial names a thing to say it is not what the notice is about ("this is not a recall notice",
"your late shipment rate is not part of this message", "no trademark complaint was received"),
unlike a negation that says what went wrong ("orders not shipped on time"). A closed matter is
history ("the earlier warning has since been resolved", "Resolved: ..."), not a citation. Both
read the clause of a cue with the words of concepts.yaml's negation, at-issue and resolved
concepts.
"""

from __future__ import annotations

from poa import linear
from poa.notice.matching import (
    APART,
    AT_ISSUE,
    BREACH,
    LIGHT,
    NEGATION,
    REACH,
    RESOLVED,
    NoticeText,
)
from poa.notice.words import Hit

_ARTICLES = frozenset({"a", "an", "any"})
_ADVERBS = frozenset({"yet", "fully", "clearly", "sufficiently", "properly", "correctly", "always"})
"""Words that may stand between a negation and the verb it negates ("does not yet show")."""
_FINDING_WORDS = """find found identify identified see seen detect detected observe observed
notice noticed note noted"""
_FINDING = frozenset(_FINDING_WORDS.split())
"""Verbs of finding, which a negation reaches across to an article ("we have not found any
issue with ... under our Creativity Standards" denies a thing)."""
_RECEIVING = frozenset({"receive", "received", "get", "got"})
"""Verbs of receiving, which a negation reaches across only to an article ("we did not receive
a complaint"): "Item Not Received claims" names a claim, it denies none."""
_CLAIMS = frozenset(
    {
        *("report", "reports", "complaint", "complaints", "claim", "claims"),
        *("notices", "notifications", "allegations"),
    }
)
"""Words of a claim made against a seller: "no" right before one denies the claim ("there are
no reports against your shop"), unlike "no tracking", which says what went wrong."""
_HELPERS = frozenset({"have", "has", "had", "did", "do", "does", "we"})
"""Words before a negation that make it a verb's ("we have not received")."""
_BE = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had"})
_STILL = frozenset({"since", "now", "already", "also", "fully", "successfully", "then", "all"})
"""Words of a verb that says a matter is closed ("has since been resolved")."""
_WHICH = frozenset({"that", "which", "who", "whose"})
"""Words that open a clause about the last thing named ("connected to an account that was
closed"): what was closed is that thing, not the matter of the cue."""
_WHY = frozenset({"for", "because", "due", "without", "after", "following", "as", "over"})
"""Words after "closed" that give why: a sanction's reason, not a settled matter."""

_RECORD_LINE = 200
"""The longest line read as one record of a list of history."""

_CLOSED_BACK = (
    r"\b(?:that|this)[ \t\n]+(?:matter|issue|problem|concern)[ \t\n]+"
    r"(?:(?:is|was|has|been|now|since|already|fully|as)[ \t\n]+){0,3}(?:closed|resolved|settled)\b"
)
"""Words that close a matter named before them ("we consider that matter closed", "this
issue has since been resolved"); a negation between breaks them ("that issue is not
resolved")."""
_STATUS_DONE = r"(?:^|[^\w])(?:resolved|closed|fixed)[ \t]*:|\([ \t]*(?:resolved|closed|fixed)\b"
"""A status label that says a record's matter is done with: "Resolved:", "(closed 2 May)"."""


def marked_resolved(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A cue on a short line of a record that carries a status label saying its matter
    is closed ("Resolved: ... (resolved 2 April)", "- January: late shipping. Resolved:
    back within the standard"): a list of history, not what the notice cites."""
    start = notice.line_of(span[0])
    end = notice.lower.find("\n", notice.words[span[1]].end)
    line = notice.lower[start : len(notice.lower) if end < 0 else end]
    return len(line) <= _RECORD_LINE and linear.search(_STATUS_DONE, line) is not None


def denied(notice: NoticeText, span: tuple[int, int], names: list[str]) -> bool:
    """A cue the notice says is not at issue (:meth:`_denied`), whole or each of its words
    in its own denial: a list of things denied one by one ("it is not a notice of
    infringement filed by a rights owner, and no trademark complaint was received") is
    no cue made of them."""
    if _denied(notice, span, names):
        return True
    own = [h for name in names for h in notice.near(name, *span) if span[0] <= h.first]
    own = [h for h in own if h.last <= span[1]]
    return len(own) > 1 and all(_denied(notice, (h.first, h.last), names) for h in own)


def _denied(notice: NoticeText, span: tuple[int, int], names: list[str]) -> bool:
    """A cue the notice says is not at issue: after a denial of a thing ("the rights owner
    has not made a trademark claim", "this is not a recall notice", "will not be counted
    in your cancellation rate"), or before a denial that it is at issue ("your late
    shipment rate is not part of this message"). A negation that says what went wrong
    ("orders not shipped on time", "no tracking") denies nothing: it is not followed by
    an article or by words that say a thing is at issue, and it does not stand right
    before the cue's own words ("not made or designed by you")."""
    own = {h.first for name in names for h in notice.near(name, *span)}
    for apart in notice.near(APART, *span):  # "your late dispatch rate is unaffected",
        if span[0] < apart.first and notice.clause_start(apart.first) <= span[0]:
            return True  # "this review is separate from intellectual property claims"
        if apart.last < span[0] and span[1] <= notice.clause_end(apart.last):
            return True
    at_issue = notice.hits.get(AT_ISSUE, [])
    issue_words = {h.first for h in at_issue}
    for negation in notice.near(NEGATION, *span):
        after = negation.last + 1
        adverb = after < len(notice.words) and notice.words[after].word in _ADVERBS
        if adverb and after + 1 in own:
            continue  # "does not yet demonstrate that … meet the safety requirements"
        if _denied_after(notice, negation, span):
            return True
        claim = after < len(notice.words) and notice.words[after].word in _CLAIMS
        if negation.last + 1 in own and not claim:
            continue  # the cue's own words, negated: "not made by you" says what is wrong
        after = negation.last + 1
        receiving = after < len(notice.words) and notice.words[after].word in _RECEIVING
        if after < len(notice.words) and notice.words[after].word in _FINDING | _RECEIVING:
            after += 1  # "not found any issue": the article still has to follow
            # "we have not received notices about ...": a claim received denied, unlike
            # "Item Not Received claims", a claim's name
            claim = (
                receiving
                and after < len(notice.words)
                and notice.words[after].word in _CLAIMS
                and negation.first > 0
                and notice.words[negation.first - 1].word in _HELPERS
            )
        article = claim  # "there are no reports from rights owners": none was made
        while (
            after < len(notice.words)
            and after - negation.last <= 4
            and (notice.words[after].word in LIGHT or notice.words[after].word in _ARTICLES)
        ):
            article = article or notice.words[after].word in _ARTICLES
            after += 1
        if after >= len(notice.words) or notice.words[after].sentence != negation.sentence:
            continue
        of_issue = after in issue_words  # "were not a factor in this decision"
        if (not of_issue or receiving) and not article:
            continue
        end = notice.clause_end(negation.last, lists=True)
        if span[0] > negation.last and span[1] <= end:
            return True  # the thing denied follows the denial
        if (
            of_issue
            and span[0] < negation.first
            and notice.clause_start(negation.first) <= (span[0])
        ):
            return True  # "X is not part of": the thing comes first
    return False


def resolved(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A cue that heads a clause saying its matter is closed and done with ("the negative
    feedback issue raised in January has since been resolved", "the earlier warning about
    your valid tracking rate was closed"): a record of the past, not what is cited. A
    clause that says what was broken ("removed because a related account was closed",
    "an account closed for fraud") or speaks of another thing ("connected to an account
    that was closed") tells of a sanction, not of a settled matter."""
    negations = notice.near(NEGATION, *span)  # "has not been resolved"
    for done in notice.near(RESOLVED, *span):
        if done.first <= span[1] or notice.clause_start(done.first) > span[0]:
            continue
        at, verb = done.first - 1, False
        while at > span[1]:
            word = notice.words[at].word
            if word == "and" and at - 1 > span[1] and notice.words[at - 1].word.endswith("ed"):
                at -= 2  # "was reviewed and dismissed": two steps of one verb
                continue
            if word not in _BE | _STILL:
                break
            verb = verb or word in _BE
            at -= 1
        after = done.last + 1
        if (
            verb
            and notice.words[at].word not in _WHICH
            and not any(done.first - 4 <= n.last < done.first for n in negations)
            and not (after < len(notice.words) and notice.words[after].word in _WHY)
            and not any(
                notice.clause_start(done.first) <= b.first < done.first
                for b in notice.near(BREACH, *span)
            )
        ):
            return True
    return False


def closed_after(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A cue whose matter the next sentence or two close by pointing back to it ("...
    after our message in June about first-message responses. Buyers now hear back
    within a day, and we consider that matter closed."): history, not what is cited."""
    sentence = notice.words[span[0]].sentence
    last = span[1]
    while (
        last + 1 < len(notice.words)
        and last - span[1] < 2 * REACH
        and notice.words[last + 1].sentence <= sentence + 2
    ):
        last += 1
    if notice.words[last].sentence == sentence:
        return False  # no sentence follows
    start = notice.words[span[1]].end
    return linear.search(_CLOSED_BACK, notice.lower[start : notice.words[last].end]) is not None


def _denied_after(notice: NoticeText, negation: Hit, span: tuple[int, int]) -> bool:
    """ "no trademark claim was made": a negation, the thing (the cue and at most two
    more words of it), then words that say it is at issue or a claim's word ("there were
    no trademark infringement complaints")."""
    if not (negation.last < span[0] and span[0] - negation.last <= 2):
        return False
    for at in range(span[0] + 1, min(span[0] + 4, len(notice.words))):
        if notice.words[at].sentence != negation.sentence:
            break
        if notice.words[at].word in _CLAIMS:  # "no trademark infringement complaints from"
            between = [notice.words[w].word for w in range(span[0] + 1, at)]
            return sum(w not in LIGHT for w in between) <= 2
    issue = {h.first for h in notice.near(AT_ISSUE, *span)}
    for at in range(span[1] + 1, min(span[1] + 7, len(notice.words))):
        # "no trademark claim was made", "there were no trademark complaints"
        if at in issue or notice.words[at].word in _CLAIMS:
            between = [notice.words[w].word for w in range(span[1] + 1, at)]
            return sum(w not in LIGHT for w in between) <= 2  # the rest of the thing
        if notice.words[at].sentence != negation.sentence:
            break
    return False
