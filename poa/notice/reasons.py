"""Which reasons a notice cites, read from what it says rather than from fixed strings.

Each bank says how notices put its reason: ``notice_phrases`` (the marketplace's own words) and
``notice_concepts`` (cues: groups of synonyms, named in question_banks/concepts.yaml, that must
all stand in one sentence within a few words: "sold as new" near "signs of use"). Words match
whole, in any inflection of their own ("shipped" for "ship"), never inside another word.

A reason is *found* when one of its cues is there; ``found`` keeps the notice's words that say
it. Some words are not enough on their own, and only make a reason *closest*:

* a phrase several banks share ("customer service standards");
* a policy named with nothing said to break it ("the Seller Code of Conduct applies to every
  listing": background, not a citation);
* words after a rule or a tip in their sentence ("to avoid late shipments", "sellers must not
  sell counterfeit goods");
* a metric named where the notice says it is fine ("your late shipment rate is fine"), or a
  category of an Account Health page with a count of 0 beside it;
* a matter the notice says is closed ("the earlier warning has since been resolved"), or a
  line under a heading of settled records ("Resolved records");
* a part of an appeal decision that was accepted, beside a part refused ("Return Rate -
  appeal approved"), or a policy named only for completeness.

This module assembles the reading: it finds each cue and asks the checks whether its words are
enough (:mod:`poa.notice.verdicts` for metrics said to be fine, :mod:`poa.notice.mentions` for
places a notice sets aside, :mod:`poa.notice.denials` for denials and closed matters, all over
:mod:`poa.notice.matching`), then weighs the evidence across reasons.

When two or more reasons are found, which the notice cites is decided last, by the role of
the sentences that say each (:mod:`poa.notice.citation`): a reason said where the notice finds
or decides about the seller's own account, listing, order or rate, in its subject, or beside
the seller's ids or a breaching value, is cited; one said only where it explains a policy,
gives advice or points to pages, late and once, is a passing mention and becomes a closest
reason. A small logistic model, fitted on the development sets by scripts/fit_citation.py,
weighs these roles with where each reason is first said and how often; the likeliest reason
is always kept.

When nothing is found, the closest reasons are the banks whose own words the notice reads most
like (:mod:`poa.notice.likeness`), each with the words that point to it: never a silent guess.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

from poa.banks.library import BankLibrary
from poa.banks.notice_words import Concept
from poa.banks.schema import Threshold
from poa.errors import BankError
from poa.notice.asking import in_yes_no_question
from poa.notice.citation import Said, cited, roles
from poa.notice.denials import closed_after, denied, marked_resolved, resolved
from poa.notice.matching import (
    ADVICE,
    APART,
    AT_ISSUE,
    BREACH,
    CONTRAST,
    FAILING,
    MAX_EVIDENCE,
    NEGATION,
    PASSING,
    POLICY,
    PURPOSE,
    RECOUNTED,
    RESOLVED,
    SCOPE,
    NoticeText,
)
from poa.notice.mentions import (
    advice,
    asked_for,
    background,
    in_accepted_part,
    in_code,
    in_footer,
    in_list_to_send,
    in_questions,
    in_scope,
    in_title,
    named_for_completeness,
    names_rule,
    points_to_help,
    quoted_claim,
    quoted_rule,
    rights_line,
    under_tips,
)
from poa.notice.verdicts import (
    fine_rows,
    meets_its_mark,
    none_counted,
    parent_line,
    passing,
    row_meets,
    unflagged_row,
)
from poa.notice.words import Lexicon, stretches, term_words

WITHIN = 15
"""The most words a cue may span, from its first concept's first word to its last one's last."""
_FRAMING = (POLICY, BREACH, PASSING, FAILING, CONTRAST, ADVICE)
_SELLERS = frozenset({"you", "your", "yours"})
"""Words that make a sentence speak of the seller's own matter."""


READ_LIMIT = 256 * 1024
"""Characters of a notice the reasons are read from: a notice, forwards and replies included,
is a few kilobytes; past this a text only costs time (its ids and dates are still read)."""
_TIGHT = 2
"""The most words apart that the first and last word of a tight cue stand ("late dispatch")."""


_READERS: dict[tuple[int, str | None], tuple[BankLibrary, ReasonReader]] = {}


def _say(notice: NoticeText, evidence: _Evidence) -> str:
    """The notice's own words for a piece of evidence, on one line."""
    start, end = notice.words[evidence.first].start, notice.words[evidence.last].end
    return " ".join(notice.lower[start:end].split())


def _explains(notice: NoticeText, at: int) -> bool:
    """Whether the sentence of word ``at`` speaks in general up to it: it opens with no
    turn ("However, ...") and names nothing of the seller's ("your", "you") before it."""
    sentence = notice.words[at].sentence
    start = at
    while start > 0 and notice.words[start - 1].sentence == sentence:
        start -= 1
    if any(h.first == start for h in notice.near(CONTRAST, start, start)):
        return False
    return not any(notice.words[w].word in _SELLERS for w in range(start, at + 1))


@dataclass
class Cue:
    """Concepts that together say a reason, unless one of ``unless`` is in the sentence;
    ``shared`` when another reason has the same cue."""

    names: list[str]
    unless: list[str] = field(default_factory=list)
    shared: bool = False
    phrase: bool = False  # one of the bank's notice_phrases


@dataclass
class Reading:
    """The reasons a notice cites and the words for each; when none is, the closest ones and
    the words that point to each."""

    reasons: list[str] = field(default_factory=list)
    found: dict[str, str] = field(default_factory=dict)
    closest: list[str] = field(default_factory=list)
    closest_found: dict[str, str] = field(default_factory=dict)


@dataclass
class _Evidence:
    first: int
    last: int
    strong: bool
    phrase: bool = False
    rule: bool = False  # a rule's name: "... the Prohibited Products Policy"
    met: bool = False  # on a row that gives a value meeting the metric's standard
    pointer: bool = False  # in a sentence that points to help pages to read
    names: list[str] = field(default_factory=list)  # the concepts of its cue


class ReasonReader:
    """The banks of one marketplace (or all) compiled once: their cues and one lexicon."""

    def __init__(self, library: BankLibrary, marketplace: str | None) -> None:
        self.library = library
        # Each bank's phrases, cues and metrics, not its models (poa/banks/notice_words.py)
        words = library.notice_words(marketplace)
        self.ids = list(words)
        self._metrics = {reason: said.metrics for reason, said in words.items()}
        vocabulary = library.concepts
        groups: dict[str, list[str]] = {
            name: vocabulary[name]
            for name in (*_FRAMING, NEGATION, AT_ISSUE, APART, RESOLVED, SCOPE, PURPOSE, RECOUNTED)
            if name in vocabulary
        }
        self.cues: dict[str, list[Cue]] = {}
        for reason, said in words.items():
            own: list[Cue] = []
            for phrase in said.phrases:
                name = "phrase:" + " ".join(term_words(phrase))
                groups[name] = [phrase]
                own.append(Cue([name], phrase=True))
            for i, (items, unless) in enumerate(said.cues):
                named = [
                    self._name(reason, f"{i}.{j}", item, groups)
                    for j, item in enumerate([*items, *unless])
                ]
                own.append(Cue(named[: len(items)], named[len(items) :]))
            self.cues[reason] = own
        counts = Counter(tuple(c.names) for cues in self.cues.values() for c in cues)
        for cues in self.cues.values():
            for cue in cues:
                cue.shared = counts[tuple(cue.names)] > 1
        self.lexicon = Lexicon(groups)
        self._standards: dict[str, Threshold] = {}  # a metric reason's usual standard
        for reason in self.ids:
            market, metrics = reason.split(".")[0], self._metrics[reason]
            for threshold in getattr(library.thresholds, market, []):
                if (
                    threshold.default
                    and threshold.unit == "percent"
                    and threshold.metric in metrics
                ):
                    self._standards.setdefault(reason, threshold)

    def _name(self, reason: str, at: str, item: Concept, groups: dict[str, list[str]]) -> str:
        """The lexicon's name for a cue's concept: its own, or one made for a list of words."""
        if isinstance(item, tuple):
            groups[f"{reason}:{at}"] = list(item)
            return f"{reason}:{at}"
        if item not in self.library.concepts:
            raise BankError(
                f"{reason}: notice_concepts names {item!r}, which no concepts.yaml has. "
                "Check the bank with: poa banks validate"
            )
        groups[item] = self.library.concepts[item]
        return item

    def read(self, text: str) -> Reading:
        notice = NoticeText(text[:READ_LIMIT])
        notice.find(self.lexicon)
        evidence: dict[str, list[_Evidence]] = {}
        for reason, cues in self.cues.items():
            metric = bool(self._metrics[reason])
            standard = self._standards.get(reason)
            kept = evidence.setdefault(reason, [])
            for cue in cues:
                # said this often, it is said: the first few are enough to judge
                found = stretches(notice.hits, cue.names, WITHIN, notice.asides)
                for span in islice(found, MAX_EVIDENCE):
                    strong = (
                        not cue.shared
                        and not any(notice.near(n, *span) for n in cue.unless)
                        and not background(notice, span)
                        and not advice(notice, span, cue.names)
                        and not under_tips(notice, span)
                        and not (metric and passing(notice, span))
                        and not (standard is not None and row_meets(notice, span, standard))
                        and not (metric and meets_its_mark(notice, span))
                        and not none_counted(notice, span)
                        and not denied(notice, span, cue.names)
                        and not resolved(notice, span)
                        and not closed_after(notice, span)
                        and not in_scope(notice, span)
                        and not marked_resolved(notice, span)
                        and not in_title(notice, span)
                        and not quoted_claim(notice, span, cue.names)
                        and not asked_for(notice, span)
                        and not in_code(notice, span)
                        and not rights_line(notice, span)
                        and not in_footer(notice, span)
                        and not quoted_rule(notice, span)
                        and not in_questions(notice, span)
                        and not unflagged_row(notice, span)
                        and not named_for_completeness(notice, span)
                        and not in_accepted_part(notice, span)
                        and not in_list_to_send(notice, span)
                        and not in_yes_no_question(notice, span)
                    )
                    met = standard is not None and row_meets(notice, span, standard)
                    piece = _Evidence(*span, strong, cue.phrase, names_rule(notice, span), met)
                    piece.pointer = strong and points_to_help(notice, span)
                    piece.names = cue.names
                    kept.append(piece)
            _details_of_met_rows(notice, kept)
        _pointers_among_others(notice, evidence)
        _words_taken(evidence)
        for pieces in evidence.values():
            _denials_explained(notice, pieces)
        reading = Reading()
        for reason, pieces in evidence.items():
            if sure := [e for e in pieces if e.strong]:
                reading.reasons.append(reason)
                best = max(sure, key=lambda e: e.last - e.first)  # the fullest words
                reading.found[reason] = _say(notice, best)
        reading.reasons = _most_specific(reading, evidence)
        reading.reasons = _not_the_rule_broken(reading, evidence, notice)
        reading.reasons = _not_only_pointed_to(reading, evidence)
        _cited(reading, evidence, notice)
        for reason in list(reading.found):
            if reason not in reading.reasons:
                del reading.found[reason]
        if not reading.reasons:
            from poa.notice.likeness import closest

            weak = {r: e for r, e in evidence.items() if e}
            for reason, words_like in closest(notice.words, self.library, self.ids, weak.keys()):
                reading.closest.append(reason)
                if reason in weak:
                    best = max(weak[reason], key=lambda e: e.last - e.first)
                    reading.closest_found[reason] = _say(notice, best)
                elif words_like:
                    reading.closest_found[reason] = ", ".join(words_like)
        return reading


def _details_of_met_rows(notice: NoticeText, pieces: list[_Evidence]) -> None:
    """Weaken evidence on a line set in under a row that meets its standard, or a short row
    whose status says it is fine ("[ OK ] Cases"): the row's detail ("Shipping on time with
    tracking  97%  Goal: 95%  Meeting" over "  You shipped 118 of 122 orders on time"),
    which shares the row's verdict."""
    met_lines = {notice.line_of(p.first) for p in pieces if p.met} | fine_rows(notice)
    if not met_lines:
        return
    for piece in pieces:
        if piece.strong and parent_line(notice, piece.first) in met_lines:
            piece.strong = False


def _pointers_among_others(notice: NoticeText, evidence: dict[str, list[_Evidence]]) -> None:
    """Weaken a reason's evidence in a sentence that points to help pages and names other
    reasons there too ("General information on trademarks, copyright and patents is on the
    help page"): a list of topics to read about, of which the notice cites one at most. A
    pointer that names one thing alone ("see the Product Condition Complaints help page")
    still tells what the notice is about."""
    sentences: dict[int, set[str]] = {}
    for reason, pieces in evidence.items():
        for piece in pieces:
            sentences.setdefault(notice.words[piece.first].sentence, set()).add(reason)
    for pieces in evidence.values():
        for piece in pieces:
            if piece.pointer and len(sentences[notice.words[piece.first].sentence]) > 1:
                piece.strong = False


def _words_taken(evidence: dict[str, list[_Evidence]]) -> None:
    """Weaken a reason's cue of concepts that starts or ends on the word of another reason's
    cue of words side by side, inside it ("a high late dispatch figure means buyers wait
    past the delivery promise": "late" is read in "late dispatch", not as a late delivery).
    A word says one thing: the tight cue holds it, and the loose one reaching across the
    sentence to it has lost it."""
    starts: dict[int, list[tuple[str, int]]] = {}  # a tight cue's first word: its reason, last
    ends: dict[int, list[tuple[str, int]]] = {}  # a tight cue's last word: its reason, first
    for reason, pieces in evidence.items():
        for held in pieces[:MAX_EVIDENCE]:
            if held.strong and held.last - held.first < _TIGHT:
                starts.setdefault(held.first, []).append((reason, held.last))
                ends.setdefault(held.last, []).append((reason, held.first))

    def taken(reason: str, piece: _Evidence) -> bool:
        return any(
            other != reason and last <= piece.last for other, last in starts.get(piece.first, ())
        ) or any(
            other != reason and first >= piece.first for other, first in ends.get(piece.last, ())
        )

    for reason, pieces in evidence.items():
        for piece in pieces:
            if piece.strong and not piece.phrase and piece.last - piece.first >= _TIGHT:
                piece.strong = not taken(reason, piece)


def _denials_explained(notice: NoticeText, pieces: list[_Evidence]) -> None:
    """Weaken a reason's evidence in the sentence right after one that denies the reason and
    cites it nowhere: the note goes on to explain what it denied ("This is not a recall
    notice. Products subject to a recall must be removed under our Recalled Products policy,
    but we have no record of one."). A sentence that turns back to it ("However, ...") or
    speaks of the seller's own ("your listing") says it after all."""
    by_sentence: dict[int, list[_Evidence]] = {}
    for piece in pieces:
        by_sentence.setdefault(notice.words[piece.first].sentence, []).append(piece)
    for piece in [p for p in pieces if p.strong]:
        before = by_sentence.get(notice.words[piece.first].sentence - 1, [])
        if (
            before
            and not any(p.strong for p in before)
            and any(denied(notice, (p.first, p.last), p.names) for p in before)
            and _explains(notice, piece.first)
        ):
            piece.strong = False


def _most_specific(reading: Reading, evidence: dict[str, list[_Evidence]]) -> list[str]:
    """Drop a reason whose every strong evidence is a phrase inside a longer phrase of another
    reason ("late shipment" inside "late shipment rate"). Cues span words of other things and
    may hold each other: they are not compared."""
    phrases = {
        r: [(e.first, e.last) for e in evidence[r] if e.strong and e.phrase][:MAX_EVIDENCE]
        for r in reading.reasons
    }

    def covered(reason: str) -> bool:
        def inside(piece: _Evidence) -> bool:
            return piece.phrase and any(
                first <= piece.first
                and piece.last <= last
                and (first, last) != (piece.first, piece.last)
                for other in reading.reasons
                if other != reason
                for first, last in phrases[other]
            )

        return all(inside(e) for e in [e for e in evidence[reason] if e.strong][:MAX_EVIDENCE])

    return [reason for reason in reading.reasons if not covered(reason)]


def _not_the_rule_broken(
    reading: Reading, evidence: dict[str, list[_Evidence]], notice: NoticeText
) -> list[str]:
    """Drop a reason said only as the name of the rule another reason breaks, in the same
    sentence ("selling counterfeit items violates the Prohibited Products Policy"): the rule
    is where the marketplace files the problem, not a second problem."""

    def sentences(reason: str, rule: bool | None) -> set[int]:
        return {
            notice.words[e.first].sentence
            for e in evidence[reason][:MAX_EVIDENCE]
            if e.strong and (rule is None or e.rule == rule)
        }

    kept = []
    for reason in reading.reasons:
        as_rule = sentences(reason, True)
        others = set().union(*(sentences(r, False) for r in reading.reasons if r != reason))
        if as_rule and not sentences(reason, False) and as_rule <= others:
            continue
        kept.append(reason)
    return kept


def _not_only_pointed_to(reading: Reading, evidence: dict[str, list[_Evidence]]) -> list[str]:
    """Drop a reason said only as the name of a policy in sentences that point to pages to
    read ("Please review the Prohibited Products Policy for more information") when another
    reason is said outside them: the notice cites that one, and names the policy as reading.
    A help page on a matter ("see the Product Condition Complaints help page") still tells
    what the notice is about, and so does a pointer when nothing else is cited."""

    def named_to_read(reason: str) -> bool:
        sure = [e for e in evidence[reason][:MAX_EVIDENCE] if e.strong]
        return all(e.pointer and e.rule for e in sure)

    cited = [reason for reason in reading.reasons if not named_to_read(reason)]
    return cited or reading.reasons


def _cited(reading: Reading, evidence: dict[str, list[_Evidence]], notice: NoticeText) -> None:
    """Keep the reasons the notice cites (:mod:`poa.notice.citation`); the others, mentioned in
    passing, become its closest reasons, with their words."""
    if len(reading.reasons) < 2:
        return  # a single reason is cited: no roles to read
    by_role = roles(notice.words, notice.hits, notice.lower)
    said = {}
    for reason in reading.reasons:
        # Weak evidence (a rule's name alone) in a sentence that finds about the seller, as
        # their own row of a dashboard ("Variation policy | ASIN B0…"), is what it finds
        sure, named = [], 0
        for e in evidence[reason][:MAX_EVIDENCE]:
            if notice.words[e.first].sentence in by_role.finding and not e.met:
                sure.append(e)
                named += e.rule and not e.strong
            elif e.strong:
                sure.append(e)
        words = tuple(e.first for e in sure)
        explained = sum(e.rule or e.pointer or e.met for e in sure) - named
        said[reason] = Said(words, frozenset(notice.words[w].sentence for w in words), explained)
    kept = cited(said, len(notice.words), by_role)
    for reason in reading.reasons:
        if reason not in kept:
            reading.closest.append(reason)
            reading.closest_found[reason] = reading.found[reason]
    reading.reasons = kept


def _reader(library: BankLibrary, marketplace: str | None) -> ReasonReader:
    key = (id(library), marketplace)
    if key not in _READERS or _READERS[key][0] is not library:
        _READERS[key] = (library, ReasonReader(library, marketplace))
    return _READERS[key][1]


def read_reasons(text: str, marketplace: str | None, library: BankLibrary) -> Reading:
    """The reasons ``text`` cites among ``marketplace``'s banks (every bank when None).

    >>> from poa.banks import load_library
    >>> notice = "Buyers said items listed as brand new showed signs of prior use."
    >>> read_reasons(notice, "amazon", load_library()).reasons
    ['amazon.used_sold_as_new']
    """
    return _reader(library, marketplace).read(text)
