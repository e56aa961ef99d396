"""A notice read as words and the concepts found in them, and where its sentences, clauses and
lines stand: what every check of :mod:`poa.notice.reasons` reads around a cue.

``NoticeText`` tokenises the notice once, finds every concept of the lexicon in it (whole words,
any inflection) and marks once the stretches the checks set apart: the parts of an appeal
decision, the rules it quotes as its frame, its sections of questions and its legal footers.
Its other methods answer where a word stands (its line, its sentence, its clause) and which
hits of a concept stand near it, so the checks built on them (:mod:`poa.notice.verdicts`,
:mod:`poa.notice.mentions`, :mod:`poa.notice.denials`) read the same sentence the same way.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from itertools import islice

from poa import linear
from poa.notice.parts import decision_parts
from poa.notice.words import Hit, Lexicon, asides, tokens

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

LIGHT = frozenset(
    {"a", "an", "the", "any", "this", "that", "these", "those", "your", "our", "their", "its",
     "his", "her", "be", "been", "being", "is", "are", "was", "were", "will", "would", "has",
     "have", "had", "so", "as", "of", "in", "on", "by", "for", "to", "with", "from"}
)  # fmt: skip
"""Words with no content of their own, which a negation reaches across ("not be counted in
your cancellation rate", "not a recall notice")."""
_RIGHTS_MARK = (
    r"\ball[ \t\n]+rights[ \t\n]+reserved\b|(?:\(c\)|\x{a9})[ \t]*(?:19|20)\d\d\b|"
    r"\bcopyright[ \t]+(?:\(c\)|\x{a9})"
)
"""The mark of a legal footer: "All rights reserved", "(c) 2026", "Copyright ©"."""
LIST_ITEM = r"[ \t]*[-*\x{2022}\x{2013}\x{b7}\x{25aa}\x{25e6}][ \t]+\S"
"""A bulleted line: an item of a list, whose heading stands above its first item; the mark
a dash, an asterisk, or a bullet, middle dot, small square or white bullet."""


_SCOPE = 12
"""How many words after a denial it covers, within its clause."""
_ALTERNATIVES = 3
"""The most words of other names joined to a policy's name by slashes."""

_DENIALS = frozenset({"nothing", "not", "never", "no", "none"})
_JOINERS = frozenset({"and", "or", "nor"})
"""The words that join a list's last item to the others."""
_EXAMPLES = frozenset({"such", "including", "like"})
_EXAMPLE_NOUNS = frozenset({"example", "instance"})
"""Words that open examples of what a clause names: "such as", "including", "for example"."""

_DENIAL_REACH = 3
"""How many words before a breach's words a denial of them may stand."""
MAX_EVIDENCE = 50
"""Pieces of evidence read per cue, and strong ones compared per reason: a notice says a
reason a few times, hostile text may say it a million times."""
REACH = 40
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


class NoticeText:
    """A notice's words and concepts, with the checks made around each cue found in it."""

    def __init__(self, text: str) -> None:
        self.lower = text.lower()
        self.words = tokens(text)
        self.hits: dict[str, list[Hit]] = {}
        self._firsts: dict[str, list[int]] = {}
        self.footers: list[tuple[int, int]] = []

    def find(self, lexicon: Lexicon) -> None:
        self.accepted, refused = decision_parts(self.lower)
        for first, last in refused:
            self._join_heading(first, last)
        self.hits = lexicon.find(self.words)
        self.asides = asides(self.words, self.lower)
        self._firsts = {name: [h.first for h in found] for name, found in self.hits.items()}
        self.rules_quoted = self._quoted_rules()
        self.questions = _question_sections(self.lower)
        self.footers = self._legal_footers()

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

    def sentence_around(self, span: tuple[int, int]) -> str:
        """The words of ``span``'s sentence within REACH words on either side, lower-cased."""
        first, last = self.sentence_bounds(span)
        return self.lower[self.words[first].start : self.words[last].end]

    def sentence_bounds(self, span: tuple[int, int], reach: int = REACH) -> tuple[int, int]:
        """The first and last words of ``span``'s sentence, at most ``reach`` words before and
        after ``span``: the sentence whole when it starts or ends inside those bounds."""
        sentence = self.words[span[0]].sentence
        first, last = span
        while first > 0 and span[0] - first < reach and self.words[first - 1].sentence == sentence:
            first -= 1
        while (
            last + 1 < len(self.words)
            and last - span[1] < reach
            and self.words[last + 1].sentence == sentence
        ):
            last += 1
        return first, last

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

    def line_of(self, word: int) -> int:
        """Where the line holding word ``word`` starts."""
        return self.lower.rfind("\n", 0, self.words[word].start) + 1

    def line_text(self, start: int) -> str:
        """The line that starts at ``start``."""
        end = self.lower.find("\n", start)
        return self.lower[start : end if end >= 0 else len(self.lower)]

    def name_end(self, last: int) -> int:
        """The last word of a policy's name that goes on after word ``last`` with other
        words for the same thing joined by slashes ("counterfeit / inauthentic items
        policy"): a name of two names is one name."""
        at = last
        while (
            at + 2 < len(self.words)
            and at - last < _ALTERNATIVES
            and self.words[at + 1].sentence == self.words[last].sentence
            and "/" in self.gap(at + 1)
        ):
            at += 1
        return at

    def breach_denied(self, breach: Hit) -> bool:
        """Words of a breach that a denial stands right before ("nothing says we broke it",
        "we have not found that you violated"): they say nothing was broken."""
        return any(
            self.words[at].word in _DENIALS and self.words[at].sentence == breach.sentence
            for at in range(max(0, breach.first - _DENIAL_REACH), breach.first)
        )

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

    def gap(self, at: int) -> str:
        """The signs between word ``at`` and the word before it."""
        return self.lower[self.words[at - 1].end : self.words[at].start] if at else ""

    def clause_end(self, at: int, lists: bool = False) -> int:
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
            gap = self.gap(following)
            if self.words[following].sentence != sentence or ";" in gap or ":" in gap:
                break
            if "," in gap and lists and self._examples_at(following):
                return self.clause_end(following, lists)  # the examples: a clause of their own
            if "," in gap and not (lists and self._list_goes_on(following, at + _SCOPE)):
                break
            end = following
        if lists:
            nor = [w for w in range(at + 1, end + 1) if self.words[w].word == "nor"]
            if nor:
                return max(end, self.clause_end(nor[-1], lists))
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
            gap = self.gap(following)
            if self.words[following].sentence != sentence or any(c in gap for c in ",;:"):
                return False
            if self.words[following].word in _JOINERS:
                return True
        return False

    def clause_start(self, at: int) -> int:
        """The first word of the clause of word ``at`` (looking back at most :data:`REACH`
        words): after a semicolon, a comma and "and" or "or", or a word that turns the
        sentence; a comma alone may set off an aside ("your other figures, your late shipment
        rate among them, are not part of this review")."""
        start, sentence = at, self.words[at].sentence
        turns = {h.first for h in self.near(CONTRAST, at, at)}
        while start > 0 and at - start < REACH:
            gap = self.gap(start)
            joined = "," in gap and self.words[start].word in ("and", "or")
            if ";" in gap or joined or start in turns:
                break
            if self.words[start - 1].sentence != sentence:
                break
            start -= 1
        return start
