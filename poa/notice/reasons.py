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

from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from itertools import islice

from poa import linear
from poa.banks.library import BankLibrary
from poa.banks.notice_words import Concept
from poa.banks.schema import Threshold
from poa.errors import BankError
from poa.notice.citation import Said, cited, roles
from poa.notice.parts import decision_parts
from poa.notice.tables import standard_first
from poa.notice.words import Hit, Lexicon, asides, stretches, term_words, tokens

WITHIN = 15
"""The most words a cue may span, from its first concept's first word to its last one's last."""

POLICY, BREACH, PASSING, FAILING = "policy", "breach", "passing", "failing"
CONTRAST, ADVICE, NEGATION, AT_ISSUE = "contrast", "advice", "negation", "at_issue"
APART, RESOLVED, SCOPE, PURPOSE = "apart", "resolved", "scope", "purpose"
RECOUNTED = "recounted"
"""Concepts of concepts.yaml the reader itself uses: a rule's name, words that say it was
broken, words that say a metric is fine or is not, words that turn a sentence ("but"), words
that make what follows a rule or a tip ("to avoid late shipments, ..."), and the words of a
denial: a negation, and words that say a thing is at issue ("is not part of this notice"),
and words that say a matter is closed and done with ("has since been resolved"), and words
that say what a policy reaches ("our policies cover copyright and patents") or what a rule
is for ("designed to deter the sale of counterfeit goods"), and words that say a metric will
be counted again or watched ("will be recalculated"), bookkeeping to come, not a standard
missed."""

_LIGHT = frozenset(
    {"a", "an", "the", "any", "this", "that", "these", "those", "your", "our", "their", "its",
     "his", "her", "be", "been", "being", "is", "are", "was", "were", "will", "would", "has",
     "have", "had", "so", "as", "of", "in", "on", "by", "for", "to", "with", "from"}
)  # fmt: skip
"""Words with no content of their own, which a negation reaches across ("not be counted in
your cancellation rate", "not a recall notice")."""
_ARTICLES = frozenset({"a", "an", "any"})
_ADVERBS = frozenset({"yet", "fully", "clearly", "sufficiently", "properly", "correctly", "always"})
"""Words that may stand between a negation and the verb it negates ("does not yet show")."""
_FINDING_WORDS = """find found identify identified see seen detect detected observe observed
notice noticed note noted"""
_FINDING = frozenset(_FINDING_WORDS.split())
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
_SEND = frozenset(("provide", "upload", "send", "submit", "attach", "share", "supply"))
"""Verbs that open a request for a document ("Provide valid tracking information")."""
_SEND_LIST = _SEND | {"include", "reply", "respond"}
"""Words that close the line leading a list of what to send ("please send:", "include:",
"reply to this case with:")."""
_ITEM = r"[ \t]*(?:[-*\x{2022}\x{2013}\x{b7}\x{25aa}\x{25e6}]|\d{1,2}[.)])[ \t]+\S"
"""The start of a list item, marked or numbered."""
_LIST_REACH = 12
"""The most lines read up from a cue for the line that leads its list."""
_LEAD_CHARS = 30
"""The end of a lead line read for its request ("..., please send:")."""
"""Verbs of finding, which a negation reaches across to an article ("we have not found any
issue with ... under our Creativity Standards" denies a thing)."""
_TIPS = (
    r"(?:\W*(?:\d{1,2}[.)]\W*)?(?:our )?(?:tips?|quick tips|good to know|"
    r"(?:what'?s|what is|things?(?:[ \t]+that)?(?:[ \t]+(?:are|is))?)?[ \t]*going[ \t]+well|"
    r"what you(?:'re| are) doing well|how to improve|ways to improve|best practices?|"
    r"we[ \t]+(?:also[ \t]+)?(?:suggest|recommend)(?:[ \t]+(?:that[ \t]+)?you)?|"
    r"to avoid (?:this|problems) in (?:the )?future|why (?:this|it) matters|"
    r"(?:resolved|closed|expired|past|earlier|previous|archived|settled)[ \t]+"
    r"(?:records?|issues?|violations?|warnings?|cases?|notices?|matters?)|"
    r"(?:reinstatement|reactivation|probation|probationary)[ \t]+(?:conditions|terms)|"
    r"(?:conditions|terms)[ \t]+(?:of|for)[ \t]+(?:reinstatement|reactivation|probation)|"
    r"(?:your[ \t]+)?(?:star[ \t]+seller|top[ \t-]+rated(?:[ \t]+seller)?|badge|rewards?)[ \t]+"
    r"(?:progress|status|stats|statistics)|"
    r"(?:for|just[ \t]+for)[ \t]+(?:your[ \t]+)?information(?:[ \t]+only)?|fyi|"
    r"(?:to[ \t]+)?learn[ \t]+more(?:[ \t]+(?:here|about[ \t]+\w+))?|see[ \t]+also|related|"
    r"suggestions?|"
    r"(?:for[ \t]+)?(?:more|further|greater)[ \t]+(?:information|info|details?|help)"
    r"(?:,?[ \t]+see)?|"
    r"(?:helpful|useful|related)[ \t]+(?:help[ \t]+)?"
    r"(?:resources|links|pages?|articles?|topics|policies|guides?)|"
    r"(?:resources|references|help[ \t]+(?:pages?|articles?|links))"
    r")\W*)"
)
"""Headings (numbered or not) of a section of tips or praise, of records of the past
("Resolved records"), of the terms a reinstated account keeps to from now on
("Reinstatement conditions"), or of the progress toward an optional badge ("Your Star
Seller progress"): figures shown for information, not a standard the notice enforces; or
of a list of links to help pages ("Learn more:", "Helpful resources", and "Greater detail:",
the gloss of a language notice's "Más información:", "Related:"), which name policies for
reading, not as the one broken; or of suggestions ("Suggestions:")."""
_HELP_POINTER = (
    r"\b(?:learn[ \t]+more|for[ \t]+(?:more|further)[ \t]+information|general[ \t]+information|"
    r"(?:for|as)[ \t]+background|background[ \t]+reading|"
    r"help[ \t]+(?:pages?|cent(?:er|re)|articles?|section))\b"
)
"""Words that point to where to read more: a help page, "learn more", "for more information"
("we need more information" asks for it), or that name a page as background."""
_FOR_COMPLETENESS = (
    r"\b(?:for|as)[ \t\n]+(?:the[ \t\n]+sake[ \t\n]+of[ \t\n]+)?"
    r"(?:completeness|background|context)(?:[ \t\n]+only)?\b"
)
"""Words that say a thing is named only to be complete or as background, not as cited."""
_RIGHTS_LINE = r"[ \t]*(?:\(c\)|\x{a9})|[ \t]+(?:19|20)\d\d(?:\D|$)"
"""What follows "copyright" in a rights line: a copyright sign or a year."""
_RIGHTS_MARK = (
    r"\ball[ \t\n]+rights[ \t\n]+reserved\b|(?:\(c\)|\x{a9})[ \t]*(?:19|20)\d\d\b|"
    r"\bcopyright[ \t]+(?:\(c\)|\x{a9})"
)
"""The mark of a legal footer: "All rights reserved", "(c) 2026", "Copyright ©"."""
_LIST_ITEM = r"[ \t]*[-*\x{2022}\x{2013}\x{b7}\x{25aa}\x{25e6}][ \t]+\S"
"""A bulleted line: an item of a list, whose heading stands above its first item; the mark
a dash, an asterisk, or a bullet, middle dot, small square or white bullet."""
_STANDARD_MARK = (
    r"(?:target|standard|maximum|max|minimum|min|limit|requirement|required|allowed|threshold|"
    r"recommend\w*|under|over|above|below|at least|at most|more than|less than|[<>≤≥=])"
    r"[^\d%]{0,6}$"
)
"""Words or signs just before a percentage that make it a standard, not the seller's value."""
_CODE = r"(?:[a-z0-9]+[-_/])+[a-z0-9]+"
"""A code: parts of letters or digits joined by hyphens, one part with a digit (checked apart)."""
_FRAMING = (POLICY, BREACH, PASSING, FAILING, CONTRAST, ADVICE)
_STANDARD_LINE = (
    r"[ \t]*(?:target|standard|goal|threshold|objective|minimum|maximum|limit|required)\b"
)
"""A line that gives the standard of the figure on the line above."""
_MARK_WORDS = frozenset(
    {
        "vs",
        "versus",
        "against",
        "target",
        "standard",
        "limit",
        "max",
        "maximum",
        "min",
        "minimum",
        "the",
        "and",
        "or",
        "of",
        "our",
        "is",
        "at",
        "most",
        "least",
        "under",
        "over",
        "below",
        "above",
        "required",
        "requirement",
        "threshold",
        "allowed",
        "goal",
    }
)
"""Words that may stand between a row's value and its standard ("0.6% vs 1%")."""
_CAPS = frozenset({"cap", "caps", "capped", "to", "within", "than", "by", "from"})
"""Words before a figure that make it a bound, not the seller's value ("caps it at 6 %")."""


def _named_standard(before: str, after: str) -> bool:
    """A figure that is the name of a standard ("inside the 1% target", "our 4% limit"): an
    article or "our" before it and the standard's word right after it."""
    return (
        linear.search(r"\b(?:the|our|a|your)\s$", before) is not None
        and linear.match(r" (?:target|standard|limit|threshold|maximum|minimum)\b", after)
        is not None
    )


def _another_label(between: str) -> bool:
    """A word between a row's first value and an unmarked one that is no standard's mark:
    the next figure is another metric's ("0.17% · Chargebacks 0.00%", "rate (3.6%) and your
    return rate (11.2%)"), not this one's standard."""
    return any(w.lower() not in _MARK_WORDS for w in linear.findall(r"[A-Za-z]{3,}", between))


_SCOPE = 12
"""How many words after a denial it covers, within its clause."""
_TITLE_AND_POLICY = (
    r"[ \t]*(?:[-*•][ \t]*|\d{1,2}[.)][ \t]*)?#?(?:\d{9,15}|b0[a-z0-9]{8})[ \t]+[-–—:|][ \t]+"
    r"([^()\t|]*[^\s()])[ \t]*\([^()]*\b(?:policy|policies|rules|guidelines)\)[ \t.;]*"
)
"""A row of a list of items: number, title, and the policy the item broke in brackets."""
_VALUE_AND_MARK = (
    r"[^\d\n]{0,40}?(\d{1,3}(?:[.,]\d+)?)(?:[ \t]*(?:stars?|/[ \t]*5|out of 5|hours?|days?))?"
    r"[ \t]+(?:(at least|minimum|min)[ \t:]*|(at most|maximum|max|under|below)[ \t:]*)?"
    r"(\d{1,3}(?:[.,]\d+)?)(?:[ \t]*(?:stars?|/[ \t]*5|hours?|days?))?"
    r"(?:[ \t]+or[ \t]+(?:(above|higher|more|better)|(below|lower|less|fewer)))?"
)
"""A row's value, then its standard and the way the value must go ("4.8 stars  4.0 or
above"): groups 1 and 4 the figures, 2 or 5 says up, 3 or 6 says down."""
_ROW_WORDS = 6
"""The most words of a dashboard row whose status is its verdict ("[ OK ] Cases")."""
_LOOK_UP = 8
_SELLERS_TEXT = (
    r"\b(?:listing|item|product|title|titled|called|claim|bullet points?|description|"
    r"wording|text|such as|e\.g\.|like)s?\W{0,3}$"
)
"""Words right before a quotation that make it the seller's own text."""
_BUYERS_WORDS = r"\b(?:feedback|comments?|reviews?|wrote|said|says|complained|message)\W{0,3}$"
"""Words right before a quotation that make it a buyer's own words."""
_OPENING = ("\u201c", "\u300c", "\u00ab", "\u201e")
_CLOSING = ('"', "\u201d", "\u300d", "\u00bb", "\u201c")
"""Quotation marks: curly, Japanese corner brackets, angle and low ones (and straight)."""
_ALTERNATIVES = 3
"""The most words of other names joined to a policy's name by slashes."""
_SELLERS = frozenset({"you", "your", "yours"})
"""Words that make a sentence speak of the seller's own matter."""
_POINTING_BACK = frozenset({"both", "these", "they", "this", "that", "each", "all", "those"})
"""The first word of a sentence that speaks of what the one before it named."""

_DENIALS = frozenset({"nothing", "not", "never", "no", "none"})
_JOINERS = frozenset({"and", "or", "nor"})
"""The words that join a list's last item to the others."""
_EXAMPLES = frozenset({"such", "including", "like"})
_EXAMPLE_NOUNS = frozenset({"example", "instance"})
"""Words that open examples of what a clause names: "such as", "including", "for example"."""

_DENIAL_REACH = 3
"""How many words before a breach's words a denial of them may stand."""
_FEWEST_ROWS = 3
"""The fewest rows of a list of figures read as a scorecard."""
_ROW_LIMIT = 16
"""The most words of a row of a list of figures."""
"""How many lines above a detail line its row may stand."""


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
        notice = _Notice(text[:READ_LIMIT])
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
                        and not notice.background(span)
                        and not notice.advice(span, cue.names)
                        and not notice.under_tips(span)
                        and not (metric and notice.passing(span))
                        and not (standard is not None and notice.row_meets(span, standard))
                        and not (metric and notice.meets_its_mark(span))
                        and not notice.none_counted(span)
                        and not notice.denied(span, cue.names)
                        and not notice.resolved(span)
                        and not notice.closed_after(span)
                        and not notice.in_scope(span)
                        and not notice.marked_resolved(span)
                        and not notice.in_title(span)
                        and not notice.quoted_claim(span, cue.names)
                        and not notice.asked_for(span)
                        and not notice.in_code(span)
                        and not notice.rights_line(span)
                        and not notice.in_footer(span)
                        and not notice.quoted_rule(span)
                        and not notice.in_questions(span)
                        and not notice.unflagged_row(span)
                        and not notice.named_for_completeness(span)
                        and not notice.in_accepted_part(span)
                        and not notice.in_list_to_send(span)
                    )
                    met = standard is not None and notice.row_meets(span, standard)
                    piece = _Evidence(*span, strong, cue.phrase, notice.names_rule(span), met)
                    piece.pointer = strong and notice.points_to_help(span)
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
                reading.found[reason] = notice.say(best)
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
                    reading.closest_found[reason] = notice.say(best)
                elif words_like:
                    reading.closest_found[reason] = ", ".join(words_like)
        return reading


READ_LIMIT = 256 * 1024
"""Characters of a notice the reasons are read from: a notice, forwards and replies included,
is a few kilobytes; past this a text only costs time (its ids and dates are still read)."""
MAX_EVIDENCE = 50
"""Pieces of evidence read per cue, and strong ones compared per reason: a notice says a
reason a few times, hostile text may say it a million times."""
REACH = 40

_RECORD_LINE = 200
"""The longest line read as one record of a list of history."""
_TIGHT = 2
"""The most words apart that the first and last word of a tight cue stand ("late dispatch")."""

_CLOSED_BACK = (
    r"\b(?:that|this)[ \t\n]+(?:matter|issue|problem|concern)[ \t\n]+"
    r"(?:(?:is|was|has|been|now|since|already|fully|as)[ \t\n]+){0,3}(?:closed|resolved|settled)\b"
)
"""Words that close a matter named before them ("we consider that matter closed", "this
issue has since been resolved"); a negation between breaks them ("that issue is not
resolved")."""
_STATUS_DONE = r"(?:^|[^\w])(?:resolved|closed|fixed)[ \t]*:|\([ \t]*(?:resolved|closed|fixed)\b"
"""A status label that says a record's matter is done with: "Resolved:", "(closed 2 May)"."""
"""How many words either side of a cue the checks read (within its sentence)."""


_QUOTATION = (
    r"(?:^|[^\w\"\x{201c}\x{201d}])[\"\x{201c}\x{ab}\x{201e}]"
    r"([^\"\x{201c}\x{201d}\x{ab}\x{bb}\x{201e}]{60,})[\"\x{201d}\x{bb}](?:\W|$)"
)
"""A quotation in straight, curly or angle quotes, of a few lines at least: its opening mark
after no letter, its closing one before none (a title's closing quote opens no quotation)."""
_QUOTED_WORDS = 20
"""The fewest words of a quoted rule: a short quote is a title, a term or a buyer's words."""


_QUESTIONS_HEADING = (
    r"[ \t>#*|=-]*(?:(?:frequently|commonly|often)[ \t]+asked[ \t]+questions|faqs?|"
    r"(?:common[ \t]+|your[ \t]+|some[ \t]+)?questions?[ \t]+(?:and|&)[ \t]+answers?|"
    r"q[ \t]*&[ \t]*a|common[ \t]+questions|questions[ \t]+you[ \t]+may[ \t]+have)"
    r"[ \t:*#=-]*"
)
"""The heading of a section of questions and answers ("Frequently asked questions", "FAQ",
"Q&A"); a notice in another language is read through its gloss, which puts these words."""
_QUESTION_MARK = r"[ \t>]*(?:q|question[ \t]*\d{0,2})[ \t]*[:.)][ \t]*\S"
"""A line opened as a question ("Q: Is this a recall?", "Q. ...")."""
_SECTION_END = (
    r"[ \t>]*(?:(?:thanks|thank you|many thanks|best|regards|kind regards|best regards|"
    r"sincerely|warm regards|cheers)\b[^\n]{0,40}|(?:from|subject|sent|date|to):.*|"
    r"-{3,}.*|_{5,}.*|.*\bwrote:[ \t]*)"
)
"""A line that ends a section of questions: a closing ("Thanks,") or the start of another
message of a thread ("From:", "-----Original Message-----", "On ... wrote:")."""
_SUPPOSING = frozenset({"if", "can", "could", "may", "might", "would", "whether", "unless"})
"""Words that make a sentence a supposition ("if your listing violates ..."), not a finding."""


def _question_sections(lower: str) -> list[tuple[int, int]]:
    """Where the sections of questions and answers stand (first and past-last character):
    from a heading of their own ("Frequently asked questions") or the first line opened as a
    question ("Q: ..."), to a closing or the next message of a thread, or the end."""
    found: list[tuple[int, int]] = []
    if "?" not in lower and "\uff1f" not in lower:
        return found  # no question asked, no section of them
    start: int | None = None
    at = 0
    for line in lower.split("\n"):
        if start is None:
            if (
                linear.fullmatch(_QUESTIONS_HEADING, line.strip()) is not None
                or linear.match(_QUESTION_MARK, line) is not None
            ):
                start = at
        elif linear.fullmatch(_SECTION_END, line) is not None:
            found.append((start, at))
            start = None
        at += len(line) + 1
    if start is not None:
        found.append((start, len(lower)))
    return found


class _Notice:
    """A notice's words and concepts, with the checks made around each cue found in it."""

    def __init__(self, text: str) -> None:
        self.lower = text.lower()
        self.words = tokens(text)
        self.hits: dict[str, list[Hit]] = {}
        self._firsts: dict[str, list[int]] = {}
        self._footers: list[tuple[int, int]] = []

    def find(self, lexicon: Lexicon) -> None:
        self._accepted, refused = decision_parts(self.lower)
        for first, last in refused:
            self._join_heading(first, last)
        self.hits = lexicon.find(self.words)
        self.asides = asides(self.words, self.lower)
        self._firsts = {name: [h.first for h in found] for name, found in self.hits.items()}
        self._rules_quoted = self._quoted_rules()
        self._questions = _question_sections(self.lower)
        self._footers = self._legal_footers()

    def _join_heading(self, first: int, last: int) -> None:
        """Read the heading of a part refused (characters ``first`` to ``last``: "Part 2 -
        Product safety (ASIN ...): NOT ACCEPTED") in one sentence with the first one under
        it, which tells what was found about the matter the heading names."""
        starts = [w.start for w in self.words]
        begin, end = bisect_left(starts, first), bisect_left(starts, last)
        if begin == end or end >= len(self.words):
            return
        sentence = self.words[end].sentence
        for at in range(begin, end):
            self.words[at] = self.words[at]._replace(sentence=sentence)

    def _quoted_rules(self) -> list[tuple[int, int]]:
        """The first and last words of each long quotation that a policy frames: introduced
        by a sentence that names a policy and ends with a colon ("From the eBay Seller
        performance policy:"), or followed by one that names a policy and breaks nothing
        ("This principle is part of our Customer Product Reviews policy."). A rule quoted as
        the frame of a notice, before what the notice cites."""
        starts = [w.start for w in self.words]
        policy = {h.first for h in self.hits.get(POLICY, [])}
        breach = {h.first for h in self.hits.get(BREACH, [])}

        def sentence_of(word: int) -> set[int]:
            """The words of word ``word``'s sentence, at most :data:`REACH` either side."""
            at = self.words[word].sentence
            low, high = word, word
            while low > max(0, word - REACH) and self.words[low - 1].sentence == at:
                low -= 1
            while high + 1 < min(len(self.words), word + REACH) and (
                self.words[high + 1].sentence == at
            ):
                high += 1
            return set(range(low, high + 1))

        found: list[tuple[int, int]] = []
        for quote in islice(linear.finditer(_QUOTATION, self.lower), MAX_EVIDENCE):
            first = bisect_left(starts, quote.start(1))
            last = bisect_left(starts, quote.end(1)) - 1
            if last - first < _QUOTED_WORDS:
                continue
            before = sentence_of(first - 1) if first else set()
            after = sentence_of(last + 1) if last + 1 < len(self.words) else set()
            framed = (
                bool(before & policy)
                and ":" in self.lower[self.words[first - 1].end : quote.start(1)]
            ) or (bool(after & policy) and not after & breach)
            if framed:
                found.append((first, last))
        return found

    def in_questions(self, span: tuple[int, int]) -> bool:
        """A cue in a section of questions and answers (:func:`_question_sections`) whose
        sentence does not say the seller broke it ("Is this a counterfeit issue? No.
        Counterfeit items are handled by another team"): what the answers name is what the
        notice is not about, or general help, unless an answer says "your listing violates
        ..." in so many words, and not as a condition ("if your listing violates ...")."""
        start = self.words[span[0]].start
        if not any(first <= start < last for first, last in self._questions):
            return False
        sentence = self.words[span[0]].sentence
        said = {
            token.word
            for token in self.words[max(0, span[0] - REACH) : span[1] + REACH]
            if token.sentence == sentence
        }
        return not (
            self.near(BREACH, *span)
            and {"you", "your"} & said
            and not _SUPPOSING & said
            and not self.near(NEGATION, *span)
        )

    def in_accepted_part(self, span: tuple[int, int]) -> bool:
        """A cue in a part of an appeal decision whose appeal was accepted, beside a part
        refused (:func:`poa.notice.parts.accepted_parts`): off the record, not cited."""
        start = self.words[span[0]].start
        return any(first <= start < last for first, last in self._accepted)

    def _sentence_around(self, span: tuple[int, int]) -> str:
        """The words of ``span``'s sentence within REACH words on either side, lower-cased."""
        sentence = self.words[span[0]].sentence
        first, last = span
        while first > 0 and span[0] - first < REACH and self.words[first - 1].sentence == sentence:
            first -= 1
        while (
            last + 1 < len(self.words)
            and last - span[1] < REACH
            and self.words[last + 1].sentence == sentence
        ):
            last += 1
        return self.lower[self.words[first].start : self.words[last].end]

    def named_for_completeness(self, span: tuple[int, int]) -> bool:
        """A cue in a sentence that says it is named only for completeness or as background
        ("our counterfeit policy is mentioned here only for completeness") and breaks
        nothing: named beside what is cited, not cited."""
        text = self._sentence_around(span)
        if linear.search(_FOR_COMPLETENESS, text) is None:
            return False
        # a breach's word in the policy's own name breaks nothing: "the Prohibited Products
        # Policy", "our policy against counterfeit goods"
        named = [p.last for p in self.near(POLICY, *span) if p.last < span[0]]
        start = min(named, default=span[0])
        end = self._name_end(span[1]) + 2
        return not [
            b
            for b in self.near(BREACH, *span)
            if not self._breach_denied(b) and not start <= b.first <= end
        ]

    def quoted_rule(self, span: tuple[int, int]) -> bool:
        """A cue inside a rule the notice quotes as its frame (:meth:`_quoted_rules`)."""
        return any(first <= span[0] and span[1] <= last for first, last in self._rules_quoted)

    def near(self, name: str, first: int, last: int) -> list[Hit]:
        """The hits of concept ``name`` in the sentence of word ``first``, at most
        :data:`REACH` words before ``first`` or after ``last``."""
        found = self.hits.get(name)
        if not found:
            return []
        sentence = self.words[first].sentence
        start = bisect_left(self._firsts[name], first - REACH)
        end = bisect_right(self._firsts[name], last + REACH)
        return [h for h in found[start:end] if h.sentence == sentence]

    def marked_resolved(self, span: tuple[int, int]) -> bool:
        """A cue on a short line of a record that carries a status label saying its matter
        is closed ("Resolved: ... (resolved 2 April)", "- January: late shipping. Resolved:
        back within the standard"): a list of history, not what the notice cites."""
        start = self.line_of(span[0])
        end = self.lower.find("\n", self.words[span[1]].end)
        line = self.lower[start : len(self.lower) if end < 0 else end]
        return len(line) <= _RECORD_LINE and linear.search(_STATUS_DONE, line) is not None

    def line_of(self, word: int) -> int:
        """Where the line holding word ``word`` starts."""
        return self.lower.rfind("\n", 0, self.words[word].start) + 1

    def unflagged_row(self, span: tuple[int, int]) -> bool:
        """A cue on a row of a list of figures ("- Case rate: 0.4%  (down 0.1 points)",
        "- Average review rating: 4.9 stars") where another row says it misses its standard
        ("- Responses within 24 hours: 84%  - below standard") and this row says nothing
        of the kind: a scorecard that flags one figure cites that one, the others are shown
        for information."""
        if not self.hits.get(FAILING):
            return False  # no row says it misses
        start = self.line_of(span[0])
        failing = {self.line_of(h.first) for h in self.hits[FAILING]}
        if start in failing:
            return False
        rows = self._rows_around(start)
        return len(rows) >= _FEWEST_ROWS and any(row in failing for row in rows)

    def _rows_around(self, start: int) -> list[int]:
        """Where the lines start of the list of figures that holds the line at ``start``:
        the lines next to it, up to a blank line, each a short row with a figure (a list
        item or a label and its value). Empty when that line is no such row."""

        def row(at: int) -> bool:
            text = self.line_text(at)
            return (
                len(text.split()) <= _ROW_LIMIT
                and linear.search(r"\d", text) is not None
                and linear.match(r"[ \t]*(?:[-*•·]|\d{1,2}[.)])[ \t]|[^:\n]{2,50}:[ \t]*\S", text)
                is not None
            )

        if not row(start):
            return []
        rows = [start]
        at = start
        while at > 0 and len(rows) < _LOOK_UP:
            above = self.lower.rfind("\n", 0, at - 1) + 1
            if above == at or not row(above):
                break
            rows.insert(0, above)
            at = above
        at = start
        while len(rows) < 2 * _LOOK_UP:
            end = self.lower.find("\n", at)
            if end < 0 or end + 1 >= len(self.lower) or not row(end + 1):
                break
            rows.append(end + 1)
            at = end + 1
        return rows

    def fine_rows(self) -> set[int]:
        """Where the short lines start (a dashboard's rows, of at most :data:`_ROW_WORDS`
        words) that say they are fine ("[ OK ] Cases", "Reviews  Meeting goal") and nothing
        that says they are not."""

        def lines(name: str) -> set[int]:
            return {self.line_of(h.first) for h in self.hits.get(name, [])}

        fine = lines(PASSING) - lines(FAILING) - lines(NEGATION)
        return {start for start in fine if len(self.line_text(start).split()) <= _ROW_WORDS}

    def line_text(self, start: int) -> str:
        """The line that starts at ``start``."""
        end = self.lower.find("\n", start)
        return self.lower[start : end if end >= 0 else len(self.lower)]

    def parent_line(self, word: int) -> int | None:
        """Where the line starts that the line of word ``word`` is set in under: the nearest
        line above indented less, over lines set in as far as it (None when a blank line or
        a line set in further comes first)."""
        start = self.line_of(word)

        own = _indent(self.line_text(start))
        for _ in range(_LOOK_UP):  # over the row's other detail lines, set in as far
            if start == 0:
                return None
            above = self.lower.rfind("\n", 0, start - 1) + 1
            over = self.line_text(above)
            if not over.strip() or _indent(over) > own:
                return None
            if _indent(over) < own:
                return above
            start = above
        return None

    def say(self, evidence: _Evidence) -> str:
        """The notice's own words for a piece of evidence, on one line."""
        start, end = self.words[evidence.first].start, self.words[evidence.last].end
        return " ".join(self.lower[start:end].split())

    def names_rule(self, span: tuple[int, int]) -> bool:
        """Whether a cue is the name of a rule: a policy's word right after it."""
        return any(span[0] <= h.first <= span[1] + 2 for h in self.near(POLICY, *span))

    def background(self, span: tuple[int, int]) -> bool:
        """A policy named ("the Restricted Products policy", "our counterfeit items policy")
        with nothing near it in its sentence that says it was broken."""
        reach = self._name_end(span[1]) + 2
        named = any(span[0] <= h.first <= reach for h in self.near(POLICY, *span))
        broken = [b for b in self.near(BREACH, *span) if not self._breach_denied(b)]
        return named and not broken and not self._item_head(span)

    def in_scope(self, span: tuple[int, int]) -> bool:
        """A cue in a sentence that says what a policy reaches ("our intellectual property
        policies cover copyright and patents as well as trademarks"), the policy named
        apart from the cue and nothing in the sentence said to be broken: a description of
        the rules, not the rule this notice cites. So is a cue after words that say what a
        rule or a law is for ("the act is designed to deter the sale of counterfeit goods")
        in a sentence that breaks nothing."""
        broken = [b for b in self.near(BREACH, *span) if not self._breach_denied(b)]
        if broken:
            return False
        if any(h.last < span[0] for h in self.near(PURPOSE, *span)):
            return True
        reaches = self.near(SCOPE, *span)
        if not reaches or any(span[0] <= h.first <= span[1] for h in reaches):
            return False
        return any(not span[0] <= h.first <= span[1] for h in self.near(POLICY, *span))

    def _name_end(self, last: int) -> int:
        """The last word of a policy's name that goes on after word ``last`` with other
        words for the same thing joined by slashes ("counterfeit / inauthentic items
        policy"): a name of two names is one name."""
        at = last
        while (
            at + 2 < len(self.words)
            and at - last < _ALTERNATIVES
            and self.words[at + 1].sentence == self.words[last].sentence
            and "/" in self._gap(at + 1)
        ):
            at += 1
        return at

    def _breach_denied(self, breach: Hit) -> bool:
        """Words of a breach that a denial stands right before ("nothing says we broke it",
        "we have not found that you violated"): they say nothing was broken."""
        return any(
            self.words[at].word in _DENIALS and self.words[at].sentence == breach.sentence
            for at in range(max(0, breach.first - _DENIAL_REACH), breach.first)
        )

    def _item_head(self, span: tuple[int, int]) -> bool:
        """Whether a cue heads an item of a numbered or bulleted list, with at most a word or
        two before it and a short sentence ("2) Seller Code of Conduct."): such a list under
        "Why did we take this action?" names what was broken, one item each."""
        start = self.words[span[0]].start
        line_start = self.lower.rfind("\n", 0, start) + 1
        head = self.lower[line_start:start]
        sentence = self.words[span[0]].sentence
        size = sum(1 for w in self.words[span[0] : span[1] + 8] if w.sentence == sentence)
        return size <= span[1] - span[0] + 4 and (
            linear.fullmatch(r"[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]*(?:\w+[ \t]+){0,2}", head)
            is not None
        )

    def asked_for(self, span: tuple[int, int]) -> bool:
        """A cue that is what a sentence asks the seller to send ("2. Provide valid tracking
        information showing delivery"): evidence the notice wants, not what went wrong. The
        sentence starts with the request ("please" allowed) and the cue follows it, at most
        two words without content between."""
        at, sentence = span[0] - 1, self.words[span[0]].sentence
        while at >= 0 and span[0] - at <= 3 and self.words[at].word in _LIGHT:
            at -= 1
        if at < 0 or self.words[at].word not in _SEND or self.words[at].sentence != sentence:
            return False
        start = at - 1 if at and self.words[at - 1].word == "please" else at
        return start == 0 or self.words[start - 1].sentence != sentence

    def in_list_to_send(self, span: tuple[int, int]) -> bool:
        """A cue in an item of a list that a request leads into ("please send:", "It must
        include:" over "2. compliance documents for ..."): the items are what the notice
        wants, not what went wrong. Read up from the cue's line, over the item's own lines,
        to the line that leads the list; a blank line ends the list."""
        end, item = self.line_of(span[0]), False
        for _ in range(_LIST_REACH):
            item = item or linear.match(_ITEM, self.lower[end : end + 8]) is not None
            if end == 0:
                return False
            start = self.lower.rfind("\n", 0, end - 1) + 1
            line = self.lower[start : end - 1].strip()
            if not line:
                return False
            if line.endswith(":") and not linear.match(_ITEM, line):
                asks = set(linear.findall(r"[a-z]+", line[-_LEAD_CHARS:]))
                return item and bool(asks & _SEND_LIST)
            end = start
        return False

    def in_code(self, span: tuple[int, int]) -> bool:
        """A cue wholly inside a code of letters and digits joined by hyphens ("SKU
        VTR-IP15-2PZ", "ref LSR-2291"): part of a name for a thing, not a word of the notice."""
        start, end = self.words[span[0]].start, self.words[span[1]].end
        left = start
        while left > 0 and (self.lower[left - 1].isalnum() or self.lower[left - 1] in "-_/"):
            left -= 1
            if start - left > 40:
                return False
        right = end
        while right < len(self.lower) and (
            self.lower[right].isalnum() or self.lower[right] in "-_/"
        ):
            right += 1
            if right - end > 40:
                return False
        chunk = self.lower[left:right]
        return (
            chunk != self.lower[start:end]
            and any(c.isdigit() for c in chunk)
            and linear.fullmatch(_CODE, chunk) is not None
        )

    def points_to_help(self, span: tuple[int, int]) -> bool:
        """A cue in a sentence that points to where to read more and says nothing was broken
        ("General information on trademarks, copyright and patents is on our help page",
        "To learn more, see ..."): a policy named for reading, not the one cited."""
        text = self._sentence_around(span)
        if linear.search(_HELP_POINTER, text) is None:
            return False
        # a breach's word inside the policy's own name ("the Prohibited Products Policy")
        # says nothing was broken
        name = (span[0], self._name_end(span[1]) + 2)
        return not [
            b
            for b in self.near(BREACH, *span)
            if not self._breach_denied(b) and not name[0] <= b.first <= name[1]
        ]

    def in_footer(self, span: tuple[int, int]) -> bool:
        """A cue in a legal footer (:meth:`_footers`): the boilerplate under every message
        names programs, policies and trademarks ("Nothing in this message waives our rights
        under the Prohibited Products Policy", "questions about the VeRO program? See the
        Help pages") whatever the message is about."""
        start = self.words[span[0]].start
        return any(first <= start < last for first, last in self._footers)

    def _legal_footers(self) -> list[tuple[int, int]]:
        """Where each paragraph starts and ends that carries a rights mark ("Copyright (c)
        1995-2026 ... All Rights Reserved"), but the first: a page's legal footer. A text
        with no paragraphs is no footer."""
        found: list[tuple[int, int]] = []
        for mark in islice(linear.finditer(_RIGHTS_MARK, self.lower), MAX_EVIDENCE):
            first = self.lower.rfind("\n\n", 0, mark.start())
            if first < 0:
                continue  # the first paragraph is the message itself
            last = self.lower.find("\n\n", mark.end())
            found.append((first, len(self.lower) if last < 0 else last))
        return found

    def rights_line(self, span: tuple[int, int]) -> bool:
        """A cue that is a page's rights line ("Copyright (c) 1995-2026 ... All Rights
        Reserved", "copyright 2026 Example Ltd"): the name of a site's owner, not a claim."""
        end = self.words[span[1]].end
        return (
            self.words[span[1]].word == "copyright"  # not a date after a claim's name
            and linear.match(_RIGHTS_LINE, self.lower[end : end + 12]) is not None
        )

    def in_title(self, span: tuple[int, int]) -> bool:
        """A cue inside a listing's title, quoted after the word that names it ("We removed
        your listing "Team Jersey 2026 Replica Short Sleeve"") or alone after its number on
        a list of items: the seller's words for the item, not what the notice says of it."""
        if self._item_row_title(span[0]) or self._title_beside_its_policy(span):
            return True
        start, end = self.words[span[0]].start, self.words[span[1]].end
        line_start = self.lower.rfind("\n", 0, start) + 1
        before = self.lower[line_start:start]
        opening = max(before.rfind('"'), before.rfind("\u201c"))
        if opening < 0 or (before.count('"') % 2 == 0 and "\u201c" not in before[opening:]):
            return False
        line_end = self.lower.find("\n", end)
        after = self.lower[end : line_end if line_end >= 0 else len(self.lower)]
        if '"' not in after and "\u201d" not in after:
            return False
        named = before[max(0, opening - 30) : opening]
        return (
            linear.search(r"\b(?:listing|item|product|title|titled|called)s?\W{0,3}$", named)
            is not None
        )

    def quoted_claim(self, span: tuple[int, int], names: list[str]) -> bool:
        """A cue of several concepts whose first, the one that tells the reason, stands only
        inside the seller's own words that the notice quotes ("claims not supported by the
        product ("100% herbal cure")"): the listing's text given as an example of what was
        wrong, which says nothing of the reason itself."""
        line = self.line_text(self.line_of(span[0]))
        if '"' not in line and not any(mark in line for mark in _OPENING):
            return False  # no quotation on the cue's line
        if self._in_quoted_text(span[0], _BUYERS_WORDS) and self._in_quoted_text(
            span[1], _BUYERS_WORDS
        ):
            return True  # a buyer's feedback quoted on an order: "feedback: "not as described""
        if len(names) < 2:
            return False
        own = [h for h in self.near(names[0], *span) if span[0] <= h.first <= span[1]]
        return bool(own) and all(self._in_quoted_text(h.first, _SELLERS_TEXT) for h in own)

    def _in_quoted_text(self, word: int, opened_after: str) -> bool:
        """Whether word ``word`` stands inside quotation marks on its line, opened after
        words that ``opened_after`` matches (a listing, a title, a buyer's feedback)."""
        start = self.words[word].start
        line_start = self.lower.rfind("\n", 0, start) + 1
        before = self.lower[line_start:start]
        curly = max(before.rfind(mark) for mark in _OPENING)
        opening = max(before.rfind('"'), curly)
        if opening < 0 or (
            before.count('"') % 2 == 0 and not any(m in before[opening:] for m in _OPENING)
        ):
            return False
        line_end = self.lower.find("\n", start)
        after = self.lower[start : line_end if line_end >= 0 else len(self.lower)]
        if not any(mark in after for mark in _CLOSING):
            return False
        return linear.search(opened_after, before[max(0, opening - 40) : opening]) is not None

    def _item_row_title(self, word: int) -> bool:
        """A word on a row of a list of items, each an item's number and then its title alone
        in one cell ("  395812746118  Brand replica logo insoles (pair)"), with another such
        row next to it: the seller's name for the item. A row with more cells ("id  SKU
        title  issue") may give the issue, and is read."""
        start = self.line_of(word)

        def title_row(at: int) -> bool:
            row = linear.fullmatch(
                r"[ \t]*(?:\d{9,15}|b0[a-z0-9]{8})[ \t]+([^\t|]*[^\s.:;])[ \t]*", self.line_text(at)
            )
            # one cell: no wide gap, dash or bar between parts, and no sentence's end
            return row is not None and linear.search(r"\S {2,}\S| [-–—] ", row.group(1)) is None

        if not title_row(start):
            return False
        above = self.lower.rfind("\n", 0, max(start - 1, 0)) + 1 if start else -1
        end = self.lower.find("\n", start)
        below = end + 1 if end >= 0 else -1
        return (above >= 0 and above != start and title_row(above)) or (
            0 < below < len(self.lower) and title_row(below)
        )

    def _title_beside_its_policy(self, span: tuple[int, int]) -> bool:
        """A cue inside an item's title on a row of a list that gives the item's number, its
        title and, in brackets, the policy it broke ("* 1877302254 - Replica police badge
        (Police-related items policy)"): the row's reason is the policy in brackets, the
        title is the seller's name for the item."""
        start = self.line_of(span[0])
        row = linear.fullmatch(_TITLE_AND_POLICY, self.line_text(start))
        if row is None:
            return False
        first, last = self.words[span[0]].start - start, self.words[span[1]].end - start
        return row.start(1) <= first and last <= row.end(1)

    def under_tips(self, span: tuple[int, int]) -> bool:
        """A cue in a section whose heading makes it tips or praise ("Tips", "What's going
        well", "How to improve"), history ("Resolved records") or terms for the future
        ("Reinstatement conditions"): what a seller could do, does well or must keep to from
        now on, or what is settled, not what was cited."""
        start = self.words[span[0]].start
        if self._after_tips_label(start):
            return True
        for _ in range(12):  # the lines above, up to the section's heading
            end = self.lower.rfind("\n", 0, start)
            if end < 0:
                return False
            line_start = self.lower.rfind("\n", 0, end) + 1
            raw = self.lower[line_start:end].rstrip(" \t")
            line = raw.strip(" \t#*:-\u2022\u00b7\u25aa\u25e6")
            lead_in = linear.split(r"[.!?][ \t]+", line)[-1]  # "No reply is needed. We suggest:"
            if raw.endswith(":") and lead_in != line and linear.fullmatch(_TIPS, lead_in):
                return True
            if line and len(line) <= 40 and line[-1:] not in ".!?,;":
                # a numbered heading names its kind after a dash ("Finding 3 - For
                # information"); a heading may say it in brackets ("Related (for reference)")
                kind = linear.split(r"[ \t][-\x{2013}\x{2014}|][ \t]", line)[-1]
                head, _, aside = line.partition("(")
                parts = (line, kind, head.rstrip(" \t"), aside.rstrip(") \t"))
                if any(linear.fullmatch(_TIPS, part) for part in parts):
                    return True
                if linear.match(_LIST_ITEM, raw) is None:
                    return False  # another heading: the section is not one of tips
            start = line_start  # a line of text, or another item of the same list
        return False

    def _after_tips_label(self, at: int) -> bool:
        """Character ``at`` in a paragraph that a label of tips or links opens on its first
        line ("Suggestions: compare your photos ... see the Prohibited Products Policy",
        "Related: VeRO program · Prohibited items"): a heading run into its text."""
        start = self.lower.rfind("\n", 0, at) + 1
        for _ in range(12):  # up to the paragraph's first line, a few lines above at most
            if start < 2 or self.lower[start - 2] == "\n":
                break
            start = self.lower.rfind("\n", 0, start - 1) + 1
        label, colon, _ = self.lower[start:at].partition(":")
        label = label.strip(" \t#*-\u2022\u00b7\u25aa\u25e6")
        return bool(colon) and len(label) <= 40 and linear.fullmatch(_TIPS, label) is not None

    def advice(self, span: tuple[int, int], names: list[str]) -> bool:
        """A cue after words, or around words, that make it a rule, a tip or a consequence
        ("Sellers must not sell counterfeit products", "To avoid late shipments, ...", "orders
        dispatched late are more likely to arrive late")."""
        own = [h for name in names for h in self.near(name, *span)]
        return any(
            h.first < span[0]
            or (h.first < span[1] and not any(o.first <= h.first <= o.last for o in own))
            for h in self.near(ADVICE, *span)
        )

    def passing(self, span: tuple[int, int]) -> bool:
        """A metric named in a clause that says it is fine, or that it will be counted again
        or watched ("your return rate will be recalculated within 48 hours", "which we will
        continue to monitor"), and nothing that says it misses its standard."""
        turns = [h.first for h in self.near(CONTRAST, *span)]
        start = max([t for t in turns if t <= span[0]], default=-1)
        end = min([t for t in turns if t > span[1]], default=len(self.words))

        negations = {h.last for h in self.near(NEGATION, *span)}

        def said(name: str, negated: bool) -> bool:
            return any(
                start <= h.first < end and (negated == bool({h.first - 1, h.first - 2} & negations))
                for h in self.near(name, *span)
            )

        # "isn't meeting our standard": a fine word denied says it is not fine
        clause = self._clause_text(span, start, end)
        recounted = said(RECOUNTED, False) and "%" not in clause  # a rate given is judged
        fine = said(PASSING, False) or recounted or self._within_bar(clause)
        if said(FAILING, False) or said(PASSING, True):
            return False
        return fine or self._said_fine_next(span)

    def explains(self, at: int) -> bool:
        """Whether the sentence of word ``at`` speaks in general up to it: it opens with no
        turn ("However, ...") and names nothing of the seller's ("your", "you") before it."""
        sentence = self.words[at].sentence
        start = at
        while start > 0 and self.words[start - 1].sentence == sentence:
            start -= 1
        if any(h.first == start for h in self.near(CONTRAST, start, start)):
            return False
        return not any(self.words[w].word in _SELLERS for w in range(start, at + 1))

    def _said_fine_next(self, span: tuple[int, int]) -> bool:
        """A metric whose verdict is the next sentence, which points back to it ("... and your
        cases closed rate is 0.2%. Both are within the standard."), says it is fine and
        nothing that says it is not."""
        following = span[1] + 1
        sentence = self.words[span[0]].sentence
        while following < len(self.words) and self.words[following].sentence == sentence:
            following += 1
        if following == len(self.words) or self.words[following].sentence != sentence + 1:
            return False
        if self.words[following].word not in _POINTING_BACK:
            return False
        negations = {h.last for h in self.near(NEGATION, following, following)}
        if self.near(FAILING, following, following):
            return False
        fine = [h for h in self.near(PASSING, following, following) if h.first >= following]
        return any(not {h.first - 1, h.first - 2} & negations for h in fine)

    def _clause_text(self, span: tuple[int, int], start: int, end: int) -> str:
        """The clause of a cue: words ``start`` to ``end``, within its sentence and
        :data:`REACH` words of it."""
        sentence = self.words[span[0]].sentence
        first, last = max(start, span[0] - REACH, 0), min(end - 1, span[1] + REACH)
        while self.words[first].sentence != sentence:
            first += 1
        while self.words[last].sentence != sentence:
            last -= 1
        return self.lower[self.words[first].start : self.words[last].end]

    @staticmethod
    def _within_bar(clause: str) -> bool:
        """Whether a cue's clause says it is inside a bar, whoever's bar it is ("are within
        eBay's standards", "within the 7% limit"), and not that it is not ("no longer within
        our targets")."""
        found = linear.search(_WITHIN_BAR, clause)
        return found is not None and found.group(1) is None

    def denied(self, span: tuple[int, int], names: list[str]) -> bool:
        """A cue the notice says is not at issue (:meth:`_denied`), whole or each of its words
        in its own denial: a list of things denied one by one ("it is not a notice of
        infringement filed by a rights owner, and no trademark complaint was received") is
        no cue made of them."""
        if self._denied(span, names):
            return True
        own = [h for name in names for h in self.near(name, *span) if span[0] <= h.first]
        own = [h for h in own if h.last <= span[1]]
        return len(own) > 1 and all(self._denied((h.first, h.last), names) for h in own)

    def _denied(self, span: tuple[int, int], names: list[str]) -> bool:
        """A cue the notice says is not at issue: after a denial of a thing ("the rights owner
        has not made a trademark claim", "this is not a recall notice", "will not be counted
        in your cancellation rate"), or before a denial that it is at issue ("your late
        shipment rate is not part of this message"). A negation that says what went wrong
        ("orders not shipped on time", "no tracking") denies nothing: it is not followed by
        an article or by words that say a thing is at issue, and it does not stand right
        before the cue's own words ("not made or designed by you")."""
        own = {h.first for name in names for h in self.near(name, *span)}
        for apart in self.near(APART, *span):  # "your late dispatch rate is unaffected",
            if span[0] < apart.first and self._clause_start(apart.first) <= span[0]:
                return True  # "this review is separate from intellectual property claims"
            if apart.last < span[0] and span[1] <= self._clause_end(apart.last):
                return True
        at_issue = self.hits.get(AT_ISSUE, [])
        issue_words = {h.first for h in at_issue}
        for negation in self.near(NEGATION, *span):
            after = negation.last + 1
            adverb = after < len(self.words) and self.words[after].word in _ADVERBS
            if adverb and after + 1 in own:
                continue  # "does not yet demonstrate that … meet the safety requirements"
            if self._denied_after(negation, span):
                return True
            claim = after < len(self.words) and self.words[after].word in _CLAIMS
            if negation.last + 1 in own and not claim:
                continue  # the cue's own words, negated: "not made by you" says what is wrong
            after = negation.last + 1
            receiving = after < len(self.words) and self.words[after].word in _RECEIVING
            if after < len(self.words) and self.words[after].word in _FINDING | _RECEIVING:
                after += 1  # "not found any issue": the article still has to follow
                # "we have not received notices about ...": a claim received denied, unlike
                # "Item Not Received claims", a claim's name
                claim = (
                    receiving
                    and after < len(self.words)
                    and self.words[after].word in _CLAIMS
                    and negation.first > 0
                    and self.words[negation.first - 1].word in _HELPERS
                )
            article = claim  # "there are no reports from rights owners": none was made
            while (
                after < len(self.words)
                and after - negation.last <= 4
                and (self.words[after].word in _LIGHT or self.words[after].word in _ARTICLES)
            ):
                article = article or self.words[after].word in _ARTICLES
                after += 1
            if after >= len(self.words) or self.words[after].sentence != negation.sentence:
                continue
            of_issue = after in issue_words  # "were not a factor in this decision"
            if (not of_issue or receiving) and not article:
                continue
            end = self._clause_end(negation.last, lists=True)
            if span[0] > negation.last and span[1] <= end:
                return True  # the thing denied follows the denial
            if (
                of_issue
                and span[0] < negation.first
                and self._clause_start(negation.first) <= (span[0])
            ):
                return True  # "X is not part of": the thing comes first
        return False

    def resolved(self, span: tuple[int, int]) -> bool:
        """A cue that heads a clause saying its matter is closed and done with ("the negative
        feedback issue raised in January has since been resolved", "the earlier warning about
        your valid tracking rate was closed"): a record of the past, not what is cited. A
        clause that says what was broken ("removed because a related account was closed",
        "an account closed for fraud") or speaks of another thing ("connected to an account
        that was closed") tells of a sanction, not of a settled matter."""
        negations = self.near(NEGATION, *span)  # "has not been resolved"
        for done in self.near(RESOLVED, *span):
            if done.first <= span[1] or self._clause_start(done.first) > span[0]:
                continue
            at, verb = done.first - 1, False
            while at > span[1]:
                word = self.words[at].word
                if word == "and" and at - 1 > span[1] and self.words[at - 1].word.endswith("ed"):
                    at -= 2  # "was reviewed and dismissed": two steps of one verb
                    continue
                if word not in _BE | _STILL:
                    break
                verb = verb or word in _BE
                at -= 1
            after = done.last + 1
            if (
                verb
                and self.words[at].word not in _WHICH
                and not any(done.first - 4 <= n.last < done.first for n in negations)
                and not (after < len(self.words) and self.words[after].word in _WHY)
                and not any(
                    self._clause_start(done.first) <= b.first < done.first
                    for b in self.near(BREACH, *span)
                )
            ):
                return True
        return False

    def closed_after(self, span: tuple[int, int]) -> bool:
        """A cue whose matter the next sentence or two close by pointing back to it ("...
        after our message in June about first-message responses. Buyers now hear back
        within a day, and we consider that matter closed."): history, not what is cited."""
        sentence = self.words[span[0]].sentence
        last = span[1]
        while (
            last + 1 < len(self.words)
            and last - span[1] < 2 * REACH
            and self.words[last + 1].sentence <= sentence + 2
        ):
            last += 1
        if self.words[last].sentence == sentence:
            return False  # no sentence follows
        start = self.words[span[1]].end
        return linear.search(_CLOSED_BACK, self.lower[start : self.words[last].end]) is not None

    def _denied_after(self, negation: Hit, span: tuple[int, int]) -> bool:
        """ "no trademark claim was made": a negation, the thing (the cue and at most two
        more words of it), then words that say it is at issue or a claim's word ("there were
        no trademark infringement complaints")."""
        if not (negation.last < span[0] and span[0] - negation.last <= 2):
            return False
        for at in range(span[0] + 1, min(span[0] + 4, len(self.words))):
            if self.words[at].sentence != negation.sentence:
                break
            if self.words[at].word in _CLAIMS:  # "no trademark infringement complaints from"
                between = [self.words[w].word for w in range(span[0] + 1, at)]
                return sum(w not in _LIGHT for w in between) <= 2
        issue = {h.first for h in self.near(AT_ISSUE, *span)}
        for at in range(span[1] + 1, min(span[1] + 7, len(self.words))):
            # "no trademark claim was made", "there were no trademark complaints"
            if at in issue or self.words[at].word in _CLAIMS:
                between = [self.words[w].word for w in range(span[1] + 1, at)]
                return sum(w not in _LIGHT for w in between) <= 2  # the rest of the thing
            if self.words[at].sentence != negation.sentence:
                break
        return False

    def _gap(self, at: int) -> str:
        """The signs between word ``at`` and the word before it."""
        return self.lower[self.words[at - 1].end : self.words[at].start] if at else ""

    def _clause_end(self, at: int, lists: bool = False) -> int:
        """The last word of the clause that word ``at`` stands in, at most :data:`_SCOPE`
        words on: before a comma, a semicolon or a colon (a bracket holds what the clause
        speaks of: "does not affect your indicators (late dispatch, cancellations)"); with
        ``lists``, not before a comma that parts the items of a list or opens examples of
        what the clause names, and on past "nor" to the end of the item it joins, for a
        denial reaches them all ("no reports on patents, safety or authenticity", "not
        based on your metrics, such as your late shipment rate", "not related to your
        shipping metrics nor to your order defect rate")."""
        end, sentence = at, self.words[at].sentence
        while end + 1 < len(self.words) and end - at < _SCOPE:
            following = end + 1
            gap = self._gap(following)
            if self.words[following].sentence != sentence or ";" in gap or ":" in gap:
                break
            if "," in gap and lists and self._examples_at(following):
                return self._clause_end(following, lists)  # the examples: a clause of their own
            if "," in gap and not (lists and self._list_goes_on(following, at + _SCOPE)):
                break
            end = following
        if lists:
            nor = [w for w in range(at + 1, end + 1) if self.words[w].word == "nor"]
            if nor:
                return max(end, self._clause_end(nor[-1], lists))
        return end

    def _examples_at(self, at: int) -> bool:
        """Word ``at`` opens examples of what the words before it name ("such as", "for
        example", "including")."""
        word = self.words[at].word
        if word in _EXAMPLES:
            return True
        following = self.words[at + 1].word if at + 1 < len(self.words) else ""
        return word == "for" and following in _EXAMPLE_NOUNS

    def _list_goes_on(self, at: int, limit: int) -> bool:
        """Word ``at``, after a comma, is an item of a list that the comma does not close: a
        word that joins a list's last item ("or", "and", "nor") follows before the next sign
        that parts a clause, and not right after the comma (", and we removed" starts one)."""
        if self.words[at].word in _JOINERS:
            return False
        sentence = self.words[at].sentence
        for following in range(at + 1, min(limit, len(self.words) - 1) + 1):
            gap = self._gap(following)
            if self.words[following].sentence != sentence or any(c in gap for c in ",;:"):
                return False
            if self.words[following].word in _JOINERS:
                return True
        return False

    def _clause_start(self, at: int) -> int:
        """The first word of the clause of word ``at`` (looking back at most :data:`REACH`
        words): after a semicolon, a comma and "and" or "or", or a word that turns the
        sentence; a comma alone may set off an aside ("your other figures, your late shipment
        rate among them, are not part of this review")."""
        start, sentence = at, self.words[at].sentence
        turns = {h.first for h in self.near(CONTRAST, at, at)}
        while start > 0 and at - start < REACH:
            gap = self._gap(start)
            joined = "," in gap and self.words[start].word in ("and", "or")
            if ";" in gap or joined or start in turns:
                break
            if self.words[start - 1].sentence != sentence:
                break
            start -= 1
        return start

    def row_meets(self, span: tuple[int, int], standard: Threshold) -> bool:
        """A metric on a line that gives its value and a standard which the value meets
        ("Order defect rate (target < 1%)  0.4%", "Cases closed without seller resolution
        0.13% (1)  0.30%", "my case rate is only 0.4%"): the line says it is fine. The
        value is the first percentage not
        marked as a standard; the standard the one marked ("target", "<", "maximum" ..., or
        "4% or lower") or else the next; which way it must compare is the metric's own (a
        row's "over 2%" says when it fails, not which way is good)."""
        end = self.words[span[1]].end
        line, _, following = self.lower[end : end + 240].partition("\n")
        below = [ln for ln in following.split("\n")[:3] if ln.strip()][:1]
        own_line = self.lower[self.lower.rfind("\n", 0, end) + 1 : end]
        if (
            below
            and linear.match(_LIST_ITEM, own_line)
            and linear.match(_LIST_ITEM, below[0])
            and _indent(own_line) == _indent(below[0])
        ):
            below = []  # the next item of a list ("* Reviews: ..." over "* Messages: 71%"),
            # not an item set in under it ("* Late shipment rate" over "    - 4.3%")
        if "%" not in line and below:  # a heading over its figures: "REFUND RATE\n
            rest = below[0]  #   Your rate: 2.2%   Standard: <= 6%"
        elif following.lstrip(" ")[:1] == "(" or linear.match(_STANDARD_LINE, following):
            # the standard on the next line: "91%\n(... 90%)", "91,3 %\ntarget above 90 %"
            rest = line + " " + following.split("\n", 1)[0]
        else:
            rest = line
        # a row ends with its sentence: "2.4% had a defect, against a maximum of 2%. On top of
        # that, 0.8% ..." gives the next metric's value (leaders and "res. 0.1%" end none)
        if stop := linear.search(_SENTENCE_END, rest):
            rest = rest[: stop.start() + 1]
        values: list[float] = []
        targets: list[float] = []
        last_end = -1
        for found in linear.finditer(r"(\d{1,3}(?:[.,]\d+)?)\s?%", rest):
            before = rest[max(0, found.start() - 16) : found.start()]
            number = float(found.group(1).replace(",", "."))
            after = rest[found.end() : found.end() + 14]
            marked = (
                linear.search(_STANDARD_MARK, before) is not None
                or linear.match(r"\s*or (?:lower|less|fewer|more|higher|better|below|above)", after)
                is not None
                or _named_standard(before, after)
            )
            if not marked and values and _another_label(rest[last_end : found.start()]):
                break  # "0.17% · Chargebacks 0.00%", "(3.6%) and your return rate (11.2%)"
            last_end = found.end()
            (targets if marked else values).append(number)
        if targets and not values and below and below[0][:1].isspace():
            # "Order defect rate   target less than 1 %" over "  Seller-fulfilled:  0,31 %"
            detail = linear.search(r"(\d{1,3}(?:[.,]\d+)?)\s?%", below[0])
            values = [float(detail.group(1).replace(",", "."))] if detail else []
        if (
            not targets
            and len(values) > 1
            and standard_first(self.lower, self.words[span[0]].start)
        ):
            targets, values = values[:1], values[1:]  # under "Target   Seller"
        if not values:
            return False
        target = targets[0] if targets else values[1] if len(values) > 1 else None
        if target is None:  # a value alone, said to be the seller's ("is only 0.4%"), is
            # judged by the metric's usual standard, as the notice's quoted values are
            said = (
                r"[\s.·…]*(?:(?:[\w-]+\s+){0,3}[\w-]*\s*:|is|was|are|were|stands at|—|–|-|=)?"
                r"[\s.·…]*(?:only|now|currently|just)?\s*\d{1,3}(?:[.,]\d+)?\s?%"
            )
            # the rest of the metric's name before its value ("A-to-z Guarantee claims
            # 0.17%"), unless a word of it marks a standard ("caps the rate at 6 %")
            lead = rest[: rest.find("%")]  # the words before the value
            label = linear.match(r"[\s.·…]*(?:[A-Za-z-]+[ \t]+){1,3}", rest)
            if label and not any(
                w.lower() in _MARK_WORDS or w.lower() in _CAPS
                for w in linear.findall(r"[A-Za-z]+", label.group(0))
            ):
                rest = rest[label.end() :]
            value = linear.match(said, rest)
            return (
                value is not None
                and standard.met_by(values[0])
                and not _said_short(rest[value.end() :], standard)
                and not _only_so_high(lead, standard)
            )
        return standard.model_copy(update={"target": target}).met_by(values[0])

    def meets_its_mark(self, span: tuple[int, int]) -> bool:
        """A metric on a row of figures that are no percentages, its value then its standard
        with the way it must go ("Review rating   4.8 stars   4.0 or above", "Response time
        3 hours   at most 24"): the row shows the value meets it."""
        end = self.words[span[1]].end
        line = self.lower[end : end + 120].split("\n", 1)[0]
        if "%" in line:
            return False  # percentages are judged by the metric's own standard (row_meets)
        row = linear.match(_VALUE_AND_MARK, line)
        if row is None:
            return False
        value, target = (float(row.group(n).replace(",", ".")) for n in (1, 4))
        if row.group(2) or row.group(5):
            return value >= target  # "at least 4.0", "4.0 or above"
        if row.group(3) or row.group(6):
            return value <= target  # "at most 24", "24 or less"
        return False  # no way given: the next figure may be anything

    def none_counted(self, span: tuple[int, int]) -> bool:
        """A category followed on its line by a count of 0 ("Listing Policy Violations    0",
        "Counterfeit products   0   -": the cells after it empty or a dash), or
        by a count said to be resolved, in brackets or in the row's status cell ("| 0 |
        Revoked")."""
        end = self.words[span[1]].end
        rest = self.lower[end : end + 82].split("\n", 1)[0]
        # a table's cells around the count: "| Listing Policy Violations | 0 |   |"
        return (
            linear.fullmatch(
                r"[^\d]{0,60}[\s\x{3000}:|│(]0(?:\)|件)?"
                r"(?:[ \t\x{3000}|│.]|[-–—](?:[ \t\x{3000}|│]|$)|n/a\b)*",  # "0   -", "0  n/a"
                rest,
            )
            is not None
            or linear.fullmatch(  # "Product Condition Customer Complaints   1 (resolved)"
                r"[^\d]{0,60}\s\d{1,3}\s*\((?:resolved|closed|withdrawn|reversed)\)[ \t.]*", rest
            )
            is not None
            or linear.fullmatch(  # "| Prohibited product listed | 0 | Revoked (appeal approved)"
                r"[^\d]{0,60}[|│][ \t]*\d{1,3}[ \t]*[|│][ \t]*"
                r"(?:resolved|closed|withdrawn|reversed|revoked|overturned|retracted|expired)\b.*",
                rest,
            )
            is not None
            or linear.fullmatch(  # a row's count, then a status cell: "IP   0   Appeal approved"
                r"[^\d]{0,60}[\s|│][ \t]*\d{1,3}[ \t|│]+appeal (?:approved|granted|accepted)\b.*",
                rest,
            )
            is not None
        )


_WITHIN_BAR = (
    r"(?:\b(not|no longer|never)\s+)?\b(?:within|inside)\s+(?:[\w'%.,]+\s+){0,3}"
    r"(?:standards?|targets?|limits?|thresholds?|requirements?|expectations?|range)\b"
)
"""Words that put a figure inside a bar of any owner ("within eBay's standards", "inside the
acceptable range"); group 1, a negation before them, says it is not."""
_SENTENCE_END = r"[\w%)][.!?][ \t]+[a-z]"
"""The end of a sentence in prose, lowered: a stop after a word, a figure or a bracket, then a
word (leader dots, "res. 0.1%" and "1.5%" end none)."""
_SAID = r"\b(?:is|are|was|were|falls?|fell|sits?|stays?|remains?|still)\s+(?:\w+\s+)?"
"""A verb that says where a value stands: "is below" is a verdict, "Above Standard" a name."""
_SHORT_OF = rf"{_SAID}(?:below|under|short of|lower than|less than|beneath)\b"
_PAST = rf"(?:{_SAID}(?:above|over|higher than|more than|beyond)|\bexceed(?:s|ing)?)\b"
_BAR = (
    r"\b(?:standards?|targets?|thresholds?|minimum|maximum|limits?|requirements?|"
    r"expectations?)\b"
)


def _indent(line: str) -> int:
    """How far a line is set in."""
    return len(line) - len(line.lstrip(" \t\u3000"))


def _only_so_high(lead: str, standard: Threshold) -> bool:
    """Whether the words before a value (``lead``) say it is "only" so much where more is
    better ("Only 81% of your orders were shipped on time"): the notice's own verdict that it
    falls short. Where less is better, "only 0.4%" says the rate is low, and fine."""
    return standard.comparison in (">", ">=") and linear.search(r"\bonly\b", lead) is not None


def _said_short(after: str, standard: Threshold) -> bool:
    """Whether the words after a value, in its sentence, say it misses its standard ("82%
    ..., which is below our customer service standard"): the notice's own verdict stands
    over the metric's usual standard, which may have changed. Which way misses is the
    metric's ("below" the standard of a rate that must be high, "above" one that must be
    low)."""
    sentence = linear.split(r"[.!?\n]", after[:200])[0]
    side = _SHORT_OF if standard.comparison in (">", ">=") else _PAST
    return (
        linear.search(rf"{side}[^.]{{0,40}}{_BAR}", sentence) is not None
        or linear.search(r"\b(?:not meet\w*|missed|miss(?:es|ing)?|fail\w*)\b", sentence)
        is not None
    )


def _details_of_met_rows(notice: _Notice, pieces: list[_Evidence]) -> None:
    """Weaken evidence on a line set in under a row that meets its standard, or a short row
    whose status says it is fine ("[ OK ] Cases"): the row's detail ("Shipping on time with
    tracking  97%  Goal: 95%  Meeting" over "  You shipped 118 of 122 orders on time"),
    which shares the row's verdict."""
    met_lines = {notice.line_of(p.first) for p in pieces if p.met} | notice.fine_rows()
    if not met_lines:
        return
    for piece in pieces:
        if piece.strong and notice.parent_line(piece.first) in met_lines:
            piece.strong = False


def _pointers_among_others(notice: _Notice, evidence: dict[str, list[_Evidence]]) -> None:
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


def _denials_explained(notice: _Notice, pieces: list[_Evidence]) -> None:
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
            and any(notice.denied((p.first, p.last), p.names) for p in before)
            and notice.explains(piece.first)
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
    reading: Reading, evidence: dict[str, list[_Evidence]], notice: _Notice
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


def _cited(reading: Reading, evidence: dict[str, list[_Evidence]], notice: _Notice) -> None:
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


_READERS: dict[tuple[int, str | None], tuple[BankLibrary, ReasonReader]] = {}


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
