"""Where a notice names a reason without citing it: the places it sets aside.

A policy's name as background, a rule or a tip ("to avoid late shipments"), a section of tips,
questions and answers or a legal footer, a rule quoted as the notice's frame, a listing's title
or the seller's own quoted words, a code such as a SKU, a document the notice asks for, a part of
an appeal accepted. Each check takes a cue's words and says whether they stand in such a place,
so that the cue makes its reason only *closest*, never *found*.
"""

from __future__ import annotations

from poa import linear
from poa.notice.matching import (
    ADVICE,
    BREACH,
    LIGHT,
    LIST_ITEM,
    NEGATION,
    POLICY,
    PURPOSE,
    REACH,
    SCOPE,
    NoticeText,
)

_SEND = frozenset(("provide", "upload", "send", "submit", "attach", "share", "supply"))
"""Verbs that open a request for a document ("Provide valid tracking information")."""
_TO_WHOM = LIGHT | {"us", "me"}
"""Words without content that may stand between a request's verb and what it asks for ("send
us the", "provide me with")."""
_AIMS = frozenset({"to", "for", "before"})
"""Words that open a clause saying what a request is for ("To reinstate your listing, ...")."""
_SEND_LIST = _SEND | {"include", "reply", "respond"}
"""Words that close the line leading a list of what to send ("please send:", "include:",
"reply to this case with:")."""
_ITEM = r"[ \t]*(?:[-*\x{2022}\x{2013}\x{b7}\x{25aa}\x{25e6}]|\d{1,2}[.)])[ \t]+\S"
"""The start of a list item, marked or numbered."""
_LIST_REACH = 12
"""The most lines read up from a cue for the line that leads its list."""
_LEAD_CHARS = 30
"""The end of a lead line read for its request ("..., please send:")."""
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
_CODE = r"(?:[a-z0-9]+[-_/])+[a-z0-9]+"
"""A code: parts of letters or digits joined by hyphens, one part with a digit (checked apart)."""
_TITLE_AND_POLICY = (
    r"[ \t]*(?:[-*•][ \t]*|\d{1,2}[.)][ \t]*)?#?(?:\d{9,15}|b0[a-z0-9]{8})[ \t]+[-–—:|][ \t]+"
    r"([^()\t|]*[^\s()])[ \t]*\([^()]*\b(?:policy|policies|rules|guidelines)\)[ \t.;]*"
)
"""A row of a list of items: number, title, and the policy the item broke in brackets."""
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
_SUPPOSING = frozenset({"if", "can", "could", "may", "might", "would", "whether", "unless"})
"""Words that make a sentence a supposition ("if your listing violates ..."), not a finding."""


def in_questions(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A cue in a section of questions and answers (:func:`_question_sections`) whose
    sentence does not say the seller broke it ("Is this a counterfeit issue? No.
    Counterfeit items are handled by another team"): what the answers name is what the
    notice is not about, or general help, unless an answer says "your listing violates
    ..." in so many words, and not as a condition ("if your listing violates ...")."""
    start = notice.words[span[0]].start
    if not any(first <= start < last for first, last in notice.questions):
        return False
    sentence = notice.words[span[0]].sentence
    said = {
        token.word
        for token in notice.words[max(0, span[0] - REACH) : span[1] + REACH]
        if token.sentence == sentence
    }
    return not (
        notice.near(BREACH, *span)
        and {"you", "your"} & said
        and not _SUPPOSING & said
        and not notice.near(NEGATION, *span)
    )


def in_accepted_part(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A cue in a part of an appeal decision whose appeal was accepted, beside a part
    refused (:func:`poa.notice.parts.accepted_parts`): off the record, not cited."""
    start = notice.words[span[0]].start
    return any(first <= start < last for first, last in notice.accepted)


def named_for_completeness(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A cue in a sentence that says it is named only for completeness or as background
    ("our counterfeit policy is mentioned here only for completeness") and breaks
    nothing: named beside what is cited, not cited."""
    text = notice.sentence_around(span)
    if linear.search(_FOR_COMPLETENESS, text) is None:
        return False
    # a breach's word in the policy's own name breaks nothing: "the Prohibited Products
    # Policy", "our policy against counterfeit goods"
    named = [p.last for p in notice.near(POLICY, *span) if p.last < span[0]]
    start = min(named, default=span[0])
    end = notice.name_end(span[1]) + 2
    return not [
        b
        for b in notice.near(BREACH, *span)
        if not notice.breach_denied(b) and not start <= b.first <= end
    ]


def quoted_rule(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A cue inside a rule the notice quotes as its frame (:meth:`_quoted_rules`)."""
    return any(first <= span[0] and span[1] <= last for first, last in notice.rules_quoted)


def names_rule(notice: NoticeText, span: tuple[int, int]) -> bool:
    """Whether a cue is the name of a rule: a policy's word right after it."""
    return any(span[0] <= h.first <= span[1] + 2 for h in notice.near(POLICY, *span))


def background(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A policy named ("the Restricted Products policy", "our counterfeit items policy")
    with nothing near it in its sentence that says it was broken."""
    reach = notice.name_end(span[1]) + 2
    named = any(span[0] <= h.first <= reach for h in notice.near(POLICY, *span))
    broken = [b for b in notice.near(BREACH, *span) if not notice.breach_denied(b)]
    return named and not broken and not _item_head(notice, span)


def in_scope(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A cue in a sentence that says what a policy reaches ("our intellectual property
    policies cover copyright and patents as well as trademarks"), the policy named
    apart from the cue and nothing in the sentence said to be broken: a description of
    the rules, not the rule this notice cites. So is a cue after words that say what a
    rule or a law is for ("the act is designed to deter the sale of counterfeit goods")
    in a sentence that breaks nothing."""
    broken = [b for b in notice.near(BREACH, *span) if not notice.breach_denied(b)]
    if broken:
        return False
    if any(h.last < span[0] for h in notice.near(PURPOSE, *span)):
        return True
    reaches = notice.near(SCOPE, *span)
    if not reaches or any(span[0] <= h.first <= span[1] for h in reaches):
        return False
    return any(not span[0] <= h.first <= span[1] for h in notice.near(POLICY, *span))


def _item_head(notice: NoticeText, span: tuple[int, int]) -> bool:
    """Whether a cue heads an item of a numbered or bulleted list, with at most a word or
    two before it and a short sentence ("2) Seller Code of Conduct."): such a list under
    "Why did we take this action?" names what was broken, one item each."""
    start = notice.words[span[0]].start
    line_start = notice.lower.rfind("\n", 0, start) + 1
    head = notice.lower[line_start:start]
    sentence = notice.words[span[0]].sentence
    size = sum(1 for w in notice.words[span[0] : span[1] + 8] if w.sentence == sentence)
    return size <= span[1] - span[0] + 4 and (
        linear.fullmatch(r"[ \t]*(?:\d{1,2}[.)]|[-*•])[ \t]*(?:\w+[ \t]+){0,2}", head) is not None
    )


def asked_for(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A cue that is what a sentence asks the seller to send ("2. Provide valid tracking
    information showing delivery"): evidence the notice wants, not what went wrong. The
    sentence starts with the request ("please" allowed), or with what it is for and a comma
    ("To have the listing reactivated, send us ..."), and the cue follows it, at most two
    words without content between ("send us the ...")."""
    at, sentence = span[0] - 1, notice.words[span[0]].sentence
    while at >= 0 and span[0] - at <= 3 and notice.words[at].word in _TO_WHOM:
        at -= 1
    if at < 0 or notice.words[at].word not in _SEND or notice.words[at].sentence != sentence:
        return False
    start = at - 1 if at and notice.words[at - 1].word == "please" else at
    return start == 0 or notice.words[start - 1].sentence != sentence or _after_aim(notice, start)


def _after_aim(notice: NoticeText, at: int) -> bool:
    """Whether word ``at`` follows a comma that closes the opening clause of its sentence,
    one that says what a request is for ("To have the listing reactivated, send ...")."""
    words, sentence = notice.words, notice.words[at].sentence
    if "," not in notice.lower[words[at - 1].end : words[at].start]:
        return False
    first, _ = notice.sentence_bounds((at, at))  # word ``at - 1`` is in its sentence (the caller)
    opened = first == 0 or words[first - 1].sentence != sentence
    return opened and words[first].word in _AIMS


def in_list_to_send(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A cue in an item of a list that a request leads into ("please send:", "It must
    include:" over "2. compliance documents for ..."): the items are what the notice
    wants, not what went wrong. Read up from the cue's line, over the item's own lines,
    to the line that leads the list; a blank line ends the list."""
    end, item = notice.line_of(span[0]), False
    for _ in range(_LIST_REACH):
        item = item or linear.match(_ITEM, notice.lower[end : end + 8]) is not None
        if end == 0:
            return False
        start = notice.lower.rfind("\n", 0, end - 1) + 1
        line = notice.lower[start : end - 1].strip()
        if not line:
            return False
        if line.endswith(":") and not linear.match(_ITEM, line):
            asks = set(linear.findall(r"[a-z]+", line[-_LEAD_CHARS:]))
            return item and bool(asks & _SEND_LIST)
        end = start
    return False


def in_code(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A cue wholly inside a code of letters and digits joined by hyphens ("SKU
    VTR-IP15-2PZ", "ref LSR-2291"): part of a name for a thing, not a word of the notice."""
    start, end = notice.words[span[0]].start, notice.words[span[1]].end
    left = start
    while left > 0 and (notice.lower[left - 1].isalnum() or notice.lower[left - 1] in "-_/"):
        left -= 1
        if start - left > 40:
            return False
    right = end
    while right < len(notice.lower) and (
        notice.lower[right].isalnum() or notice.lower[right] in "-_/"
    ):
        right += 1
        if right - end > 40:
            return False
    chunk = notice.lower[left:right]
    return (
        chunk != notice.lower[start:end]
        and any(c.isdigit() for c in chunk)
        and linear.fullmatch(_CODE, chunk) is not None
    )


def points_to_help(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A cue in a sentence that points to where to read more and says nothing was broken
    ("General information on trademarks, copyright and patents is on our help page",
    "To learn more, see ..."): a policy named for reading, not the one cited."""
    text = notice.sentence_around(span)
    if linear.search(_HELP_POINTER, text) is None:
        return False
    # a breach's word inside the policy's own name ("the Prohibited Products Policy")
    # says nothing was broken
    name = (span[0], notice.name_end(span[1]) + 2)
    return not [
        b
        for b in notice.near(BREACH, *span)
        if not notice.breach_denied(b) and not name[0] <= b.first <= name[1]
    ]


def in_footer(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A cue in a legal footer (:meth:`_footers`): the boilerplate under every message
    names programs, policies and trademarks ("Nothing in this message waives our rights
    under the Prohibited Products Policy", "questions about the VeRO program? See the
    Help pages") whatever the message is about."""
    start = notice.words[span[0]].start
    return any(first <= start < last for first, last in notice.footers)


def rights_line(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A cue that is a page's rights line ("Copyright (c) 1995-2026 ... All Rights
    Reserved", "copyright 2026 Example Ltd"): the name of a site's owner, not a claim."""
    end = notice.words[span[1]].end
    return (
        notice.words[span[1]].word == "copyright"  # not a date after a claim's name
        and linear.match(_RIGHTS_LINE, notice.lower[end : end + 12]) is not None
    )


def in_title(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A cue inside a listing's title, quoted after the word that names it ("We removed
    your listing "Team Jersey 2026 Replica Short Sleeve"") or alone after its number on
    a list of items: the seller's words for the item, not what the notice says of it."""
    if _item_row_title(notice, span[0]) or _title_beside_its_policy(notice, span):
        return True
    start, end = notice.words[span[0]].start, notice.words[span[1]].end
    line_start = notice.lower.rfind("\n", 0, start) + 1
    before = notice.lower[line_start:start]
    opening = max(before.rfind('"'), before.rfind("\u201c"))
    if opening < 0 or (before.count('"') % 2 == 0 and "\u201c" not in before[opening:]):
        return False
    line_end = notice.lower.find("\n", end)
    after = notice.lower[end : line_end if line_end >= 0 else len(notice.lower)]
    if '"' not in after and "\u201d" not in after:
        return False
    named = before[max(0, opening - 30) : opening]
    return (
        linear.search(r"\b(?:listing|item|product|title|titled|called)s?\W{0,3}$", named)
        is not None
    )


def quoted_claim(notice: NoticeText, span: tuple[int, int], names: list[str]) -> bool:
    """A cue of several concepts whose first, the one that tells the reason, stands only
    inside the seller's own words that the notice quotes ("claims not supported by the
    product ("100% herbal cure")"): the listing's text given as an example of what was
    wrong, which says nothing of the reason itself."""
    line = notice.line_text(notice.line_of(span[0]))
    if '"' not in line and not any(mark in line for mark in _OPENING):
        return False  # no quotation on the cue's line
    if _in_quoted_text(notice, span[0], _BUYERS_WORDS) and _in_quoted_text(
        notice, span[1], _BUYERS_WORDS
    ):
        return True  # a buyer's feedback quoted on an order: "feedback: "not as described""
    if len(names) < 2:
        return False
    own = [h for h in notice.near(names[0], *span) if span[0] <= h.first <= span[1]]
    return bool(own) and all(_in_quoted_text(notice, h.first, _SELLERS_TEXT) for h in own)


def _in_quoted_text(notice: NoticeText, word: int, opened_after: str) -> bool:
    """Whether word ``word`` stands inside quotation marks on its line, opened after
    words that ``opened_after`` matches (a listing, a title, a buyer's feedback)."""
    start = notice.words[word].start
    line_start = notice.lower.rfind("\n", 0, start) + 1
    before = notice.lower[line_start:start]
    curly = max(before.rfind(mark) for mark in _OPENING)
    opening = max(before.rfind('"'), curly)
    if opening < 0 or (
        before.count('"') % 2 == 0 and not any(m in before[opening:] for m in _OPENING)
    ):
        return False
    line_end = notice.lower.find("\n", start)
    after = notice.lower[start : line_end if line_end >= 0 else len(notice.lower)]
    if not any(mark in after for mark in _CLOSING):
        return False
    return linear.search(opened_after, before[max(0, opening - 40) : opening]) is not None


def _item_row_title(notice: NoticeText, word: int) -> bool:
    """A word on a row of a list of items, each an item's number and then its title alone
    in one cell ("  395812746118  Brand replica logo insoles (pair)"), with another such
    row next to it: the seller's name for the item. A row with more cells ("id  SKU
    title  issue") may give the issue, and is read."""
    start = notice.line_of(word)

    def title_row(at: int) -> bool:
        row = linear.fullmatch(
            r"[ \t]*(?:\d{9,15}|b0[a-z0-9]{8})[ \t]+([^\t|]*[^\s.:;])[ \t]*", notice.line_text(at)
        )
        # one cell: no wide gap, dash or bar between parts, and no sentence's end
        return row is not None and linear.search(r"\S {2,}\S| [-–—] ", row.group(1)) is None

    if not title_row(start):
        return False
    above = notice.lower.rfind("\n", 0, max(start - 1, 0)) + 1 if start else -1
    end = notice.lower.find("\n", start)
    below = end + 1 if end >= 0 else -1
    return (above >= 0 and above != start and title_row(above)) or (
        0 < below < len(notice.lower) and title_row(below)
    )


def _title_beside_its_policy(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A cue inside an item's title on a row of a list that gives the item's number, its
    title and, in brackets, the policy it broke ("* 1877302254 - Replica police badge
    (Police-related items policy)"): the row's reason is the policy in brackets, the
    title is the seller's name for the item."""
    start = notice.line_of(span[0])
    row = linear.fullmatch(_TITLE_AND_POLICY, notice.line_text(start))
    if row is None:
        return False
    first, last = notice.words[span[0]].start - start, notice.words[span[1]].end - start
    return row.start(1) <= first and last <= row.end(1)


def under_tips(notice: NoticeText, span: tuple[int, int]) -> bool:
    """A cue in a section whose heading makes it tips or praise ("Tips", "What's going
    well", "How to improve"), history ("Resolved records") or terms for the future
    ("Reinstatement conditions"): what a seller could do, does well or must keep to from
    now on, or what is settled, not what was cited."""
    start = notice.words[span[0]].start
    if _after_tips_label(notice, start):
        return True
    for _ in range(12):  # the lines above, up to the section's heading
        end = notice.lower.rfind("\n", 0, start)
        if end < 0:
            return False
        line_start = notice.lower.rfind("\n", 0, end) + 1
        raw = notice.lower[line_start:end].rstrip(" \t")
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
            if linear.match(LIST_ITEM, raw) is None:
                return False  # another heading: the section is not one of tips
        start = line_start  # a line of text, or another item of the same list
    return False


def _after_tips_label(notice: NoticeText, at: int) -> bool:
    """Character ``at`` in a paragraph that a label of tips or links opens on its first
    line ("Suggestions: compare your photos ... see the Prohibited Products Policy",
    "Related: VeRO program · Prohibited items"): a heading run into its text."""
    start = notice.lower.rfind("\n", 0, at) + 1
    for _ in range(12):  # up to the paragraph's first line, a few lines above at most
        if start < 2 or notice.lower[start - 2] == "\n":
            break
        start = notice.lower.rfind("\n", 0, start - 1) + 1
    label, colon, _ = notice.lower[start:at].partition(":")
    label = label.strip(" \t#*-\u2022\u00b7\u25aa\u25e6")
    return bool(colon) and len(label) <= 40 and linear.fullmatch(_TIPS, label) is not None


def advice(notice: NoticeText, span: tuple[int, int], names: list[str]) -> bool:
    """A cue after words, or around words, that make it a rule, a tip or a consequence
    ("Sellers must not sell counterfeit products", "To avoid late shipments, ...", "orders
    dispatched late are more likely to arrive late")."""
    own = [h for name in names for h in notice.near(name, *span)]
    return any(
        h.first < span[0]
        or (h.first < span[1] and not any(o.first <= h.first <= o.last for o in own))
        for h in notice.near(ADVICE, *span)
    )
