"""The sentence rules: what a marketplace reviewer rejects in the wording of a plan.

Each rule is a set of patterns over one sentence, with quoted words set aside and a negation
just before a match taken into account, and (for some rules) a condition that clears a
sentence that is specific enough. Sources are keys of the project's domain research (§2.2).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from poa import linear
from poa.review.findings import Severity
from poa.review.language import negated_before, sentences, unquoted
from poa.review.measures import names_an_owner

ANY, ROOT, FIX, PREVENT = "any", "root_cause", "corrective", "preventive"
UNSORTED = "unsorted"
"""Text of a plan with no sections: every rule applies."""


@dataclass(frozen=True)
class SentenceRule:
    id: str
    area: str
    severity: Severity
    kinds: frozenset[str]
    source: str
    message: str
    fix: str
    patterns: tuple[str, ...]
    """Each may end in ``(?!…)``: the words that must not follow a match (read in at most
    200 characters after it). One that ends in an empty ``(?!)`` is a shield: words that
    look like a trigger and are not one, read first so that no other pattern takes them."""
    example: str | None = None
    negatable: bool = True
    negation_reach: int = 5
    """How many words before a match a negation may stand ("not a misunderstanding": one)."""
    cleared_by: Callable[[str], bool] | None = None

    def __post_init__(self) -> None:
        # One scan per sentence: the rule's patterns joined into a single alternation, each
        # in a named group so that a match knows the words that must not follow it.
        joined, vetoes = [], {}
        for n, source in enumerate(self.patterns):
            pattern, veto = _split_veto(source)
            joined.append(f"(?P<p{n}>{pattern})")
            if veto is not None:
                vetoes[f"p{n}"] = linear.compile(veto, linear.I)
        object.__setattr__(self, "_combined", linear.compile("|".join(joined), linear.I))
        object.__setattr__(self, "_vetoes", vetoes)

    def match(self, sentence: str, *, quoted_removed: bool = False) -> str | None:
        """The words that trigger the rule in ``sentence``, or None."""
        text = sentence if quoted_removed else unquoted(sentence)
        combined: linear.Pattern = getattr(self, "_combined")  # noqa: B009 - set in __post_init__
        vetoes: dict[str, linear.Pattern] = getattr(self, "_vetoes")  # noqa: B009 - as above
        for found in combined.finditer(text):
            if any(
                found.group(group) is not None and veto.match(text[found.end() : found.end() + 200])
                for group, veto in vetoes.items()
            ):
                continue
            if self.negatable and negated_before(text, found.start(), self.negation_reach):
                continue
            if self.cleared_by and self.cleared_by(text):
                return None
            return found.group(0)
        return None


def _split_veto(pattern: str) -> tuple[str, str | None]:
    """``r"\\bwill\\b(?! not\\b)"`` → (``r"\\bwill\\b"``, ``r" not\\b"``): RE2 has no
    look-ahead, so a final ``(?!…)`` is checked after the match instead."""
    if not pattern.endswith(")"):
        return pattern, None
    depth, opened = 0, -1
    for at in range(len(pattern) - 1, -1, -1):
        escaped = at > 0 and pattern[at - 1] == "\\"
        if pattern[at] == ")" and not escaped:
            depth += 1
        elif pattern[at] == "(" and not escaped:
            depth -= 1
            if depth == 0:
                opened = at
                break
    if opened < 0 or not pattern.startswith("(?!", opened):
        return pattern, None
    return pattern[:opened], pattern[opened + 3 : -1]


def _p(*patterns: str) -> tuple[str, ...]:
    return patterns


_PROCESS = linear.compile(
    r"\b(process|procedure|step|check|checklist|job|sync|integration|setting|template|rota|"
    r"schedule|label|listing|supplier|invoice|inventory|stock|handling time|sku|asin|order|"
    r"upload|column|csv|file|feed|field|spreadsheet|update|import|export|script|"
    r"carrier|warehouse|packer|team|staff|software|token|rule|filter|report|review|sop|audit)s?\b",
    linear.I,
)
_MECHANISM = linear.compile(
    r"\b(daily|weekly|monthly|quarterly|every (day|week|month|morning|shift|monday|friday)|"
    r"automated|automatic(ally)?|checklist|sop|procedure|software|audit|report|alert|rule|"
    r"training|log|dashboard|sign-?off|approval|implemented|introduced|in place|since \d|"
    r"checks?|before (each|every|any|a|the)|each|every)\b",
    linear.I,
)
_DAY = r"\d{1,2}(?:st|nd|rd|th)?(?:\s?[–-]\s?\d{1,2}(?:st|nd|rd|th)?)?"
"""A day of the month, or a range of days ("5-6", with any dash)."""
_DONE = linear.compile(
    r"\b(have|has|had|'ve)\s+(\w+ly\s+)?(been\s+)?\w+(ed|en|ne|nt|lt|ld|de|ck|ght|pt|un|id|ut|ot)\b"
    r"|\b(we|i|they|the team|our [a-z ]{1,30}?)\s+(\w+ly\s+)?"
    r"(\w+ed|sent|made|took|built|set|put|wrote|began|ran|paid|gave|told|found|bought|sold|"
    r"held|did|got|kept|cut|split|shut|brought|met|spoke|left|chose|drew|rebuilt|withdrew|"
    r"sought)\b"
    r"|\b(was|were)\s+(\w+ly\s+)?\w+(ed|en|ne|nt|lt|ld|de|ck|ght|pt|un|id|ut|ot)\b"
    # a point that opens with its date or a done verb, after its number if it has one
    r"|^[\s*_•>-]{0,8}(?:\d{1,3}(?:\.\d{1,3}){0,2}[.)]?\s+)?[*_]{0,2}"
    r"(?:(on|by|between|from) \d|\w+ed\b"
    r"|\d{1,2}(st|nd|rd|th)?[ -](jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w*[ -]\d{2,4}"
    r"|\d{4}-\d{2}-\d{2}|(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{1,2},? \d{4}"
    # "March 6: closed …", "5-6 Mar - identified …": its date with no year, then a done verb
    r"|(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.? "
    + _DAY
    + r"|"
    + _DAY
    + r" (?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]{0,6}\.?)"
    r"[*_]{0,2}\s{0,3}[:–—-]?[*_]{0,2}\s{1,3}\w+ed\b)",
    linear.I,
)


def specific_process(text: str) -> bool:
    """Whether ``text`` names a process with a figure, in a dozen words or more."""
    return (
        bool(linear.search(r"\d", text)) and bool(_PROCESS.search(text)) and len(text.split()) >= 12
    )


_POINTED_BACK = linear.compile(
    r"\b(?:this|that|these|those) (?:[a-z-]+ )?(?:mistake|error)s? "
    r"(?:was|were|has been|have been|had been) made\b",
    linear.I,
)


def _pointed_back(text: str) -> bool:
    """ "This labelling mistake was made by us in May": a mistake pointed back at is the
    failure the sentences before it told, only owned here; "mistakes were made" with nothing
    to point at is vague. Anything else vague in the sentence still counts."""
    found = _POINTED_BACK.search(text)
    if found is None:
        return False
    rest = text[: found.start()] + text[found.end() :]
    return RULES_BY_ID["R1"].match(rest, quoted_removed=True) is None


def _cause_told(text: str) -> bool:
    """Whether a sentence R1 would call vague tells its cause after all: a process with a
    figure, or a mistake pointed back at."""
    return specific_process(text) or _pointed_back(text)


_EFFORT = linear.compile(
    r"^ (possible |reasonable |conceivable |single )?(efforts?|attempts?|precautions?)\b", linear.I
)
"""'every effort', 'each and every precaution': a quantity of effort, not of occasions."""


def routine(pattern: linear.Pattern, text: str) -> bool:
    """Whether ``pattern`` finds a routine in ``text``, where "each" and "every" count only
    when they quantify occasions or things ("every order", "each Monday"), not effort ("make
    every effort", which promises and schedules nothing)."""
    for found in pattern.finditer(text):
        word = found.group(0).lower()
        if word in ("each", "every") and _EFFORT.match(text[found.end() : found.end() + 40]):
            continue
        return True
    return False


def _mechanism(text: str) -> bool:
    return routine(_MECHANISM, text)


_HEDGED = r"\b(will|'ll|shall|going to|gonna)( also| then)? try (to|and)\b"
"""A measure promised as an attempt: "we will try to check the orders every day"."""
_TENTATIVE = (
    r"^\W{0,4}(?:(?:we|i)(?: will| shall|'ll| are going to| plan to| may| might| could)? )?"
    r"(?:look into|consider|explore|think about)\b"
    r"|\b(?:make|making) (?:any )?(?:improvements?|changes?|adjustments?) "
    r"(?:where|as|if|when) (?:needed|necessary|required)\b"
)
"""A measure left to a later judgment: "Look into a stock app", "We will consider a second
courier", "make improvements where needed" name something to weigh up, not a control ("made
changes where needed" is a fix told, if vaguely)."""
_HEDGE = linear.compile(_HEDGED + "|" + _TENTATIVE, linear.I)


_DEGREE = linear.compile(
    r"\bmore (closely|carefully|strictly|thoroughly|attentively|rigorously|diligently|"
    r"seriously|often|frequently|regularly)\b|\bcloser (eye|look|watch)\b",
    linear.I,
)
"""More of the same watching, by a degree nobody can measure ("monitor our orders more
closely", "check stock more often")."""
_CONCRETE = linear.compile(
    r"\b(automated|automatic(ally)?|checklist|sop|procedure|software|audit|report|alert|rule|"
    r"training|log|dashboard|sign-?off|approval|implemented|introduced|in place|since \d|"
    r"view|queue|spreadsheet|sheet|tool|target|threshold|limit)s?\b"
    r"|\b\d{1,2}(:\d\d)? ?(am|pm|a\.m\.|p\.m\.)|\b\d{1,2}:\d\d\b",
    linear.I,
)
"""What makes a schedule a control: a thing that runs or is looked at (a report, a queue, a
checklist), a set hour, a target, a start that has happened."""


def _committed_mechanism(text: str) -> bool:
    """A routine that clears a promise, unless the sentence only promises to try it: "we will
    try to check the orders every day" names a cadence and commits to none. A promise of
    more of the same watching ("we will monitor our orders more closely every day") is not
    made a control by a frequency alone: it needs what runs or is looked at, an hour, a
    target or an owner ("the shipping lead checks the unshipped-orders view at 14:00")."""
    if _HEDGE.search(text) or not _mechanism(text):
        return False
    if _DEGREE.search(text):
        return bool(_CONCRETE.search(text)) or names_an_owner(text)
    return True


_NONE_WILL = linear.compile(
    r"^(none|nothing|neither|no (one|unit|item|order|listing|product|parcel)s?)\b[^.]{0,40}?"
    r"\b(will|shall)\b",
    linear.I,
)


def _done(text: str) -> bool:
    # "None will be sold as new": a state the fix leaves, like "they will not be sold".
    return bool(_DONE.search(text) or _NONE_WILL.search(text))


SENTENCE_RULES: tuple[SentenceRule, ...] = (
    SentenceRule(
        "T1",
        "tone",
        "error",
        frozenset({ANY}),
        "A1, T4, T26, G3",
        "An emotional plea: reviewers decide on facts and processes, not on hardship.",
        "Delete the plea; state what failed, what you fixed and what now prevents it.",
        _p(
            r"\bplead(ing)?\b",
            r"\bstruggl\w+ to (survive|pay|keep going)\b",
            r"\b(life|family) savings\b",
            r"\b(enormous|great|huge|a lot of|so much) stress\b",
            r"\bhealth has suffered\b",
            r"\b(lose|losing) (their|our|my) (jobs?|homes?|house)\b",
            r"\b(take|taking) (it|this|our \w+) away from us\b",
            r"\bbeg(ging)?\b",
            r"\bdesperate(ly)?\b",
            r"\blivelihood\b",
            r"\b(our|my) (whole )?famil(y|ies)('s)? (depend|rel(y|ies)|will suffer|future|income)",
            # people who depend on the account: an appeal to sympathy, not a fact of the case
            r"\b(employees|staff|workers|people|famil(y|ies)|children|kids|dependants|"
            r"dependents|households?|colleagues)\b[^.]{0,30}\b(depend|depends|rely|relies|count)"
            r" (\w+ )?on (this|the|our|my|us|these|their)\b[^.]{0,25}\b(account|store|shop|"
            r"sales|income|business|jobs?|wages|salar(y|ies)|amazon|walmart|ebay|etsy|tiktok|"
            r"marketplace|us|listings?)\b",
            r"\b(jobs|livelihoods?|wages|salaries|families) (of|for) (\d+|our|my|\w+) [^.]{0,20}"
            r"\b(depend|rely|at (risk|stake))\b",
            # the seller's past as the reason to decide for them
            r"\b(take|taking|bear|bearing|keep|keeping) (our|my) (\w+ ){0,2}(history|record|years|"
            r"tenure|past performance|reputation|standing)\b[^.]{0,30}\b(into (account|"
            r"consideration)|in mind)\b",
            r"\b(in (light|view) of|given|consider(ing)?) (our|my) (\w+ ){0,2}(history|"
            r"track record|record|tenure|years (of|on|as))\b",
            # asking for indulgence instead of showing the fix
            r"\b(ask|asking|request|requesting|hope|hoping|appeal|appealing) (\w+ ){0,2}(for |to )"
            r"(your )?(understanding|leniency|sympathy|compassion|forgiveness|indulgence|"
            r"goodwill|kindness)\b",
            r"\b(leniency|compassion|sympathy)\b",
            r"\bfeed (my|our) (family|children|kids)\b",
            r"\bheart ?broken\b",
            r"\bdevastat",
            r"\bmercy\b",
            r"\blose everything\b",
            r"\b(an|another|a second|one more|last) chance\b",
            r"\bplease,? (help us|reinstate|reactivate|restore|reconsider|give)\b",
            r"\bkindly (reinstate|reactivate|restore|consider our (situation|circumstances))\b",
            r"\b(financial|great|severe) hardship\b",
            r"\bsleepless\b",
            r"\bin tears\b",
            r"\b(only|whole|entire|sole) (source of )?income\b",  # "the shop is our whole income"
            r"\b(cannot|can't|won't) survive\b",
            r"\bour (small )?business (will|would) (close|die|not survive|go under)\b",
            r"\bbankrupt",
            # what the decision costs the seller, given as the reason to reverse it: the sales
            # lost, the income needed, the wages that cannot be paid, how hard it is
            r"\blo{1,2}s(e|es|ing|t) (\w+ ){0,2}(sales|income|money|revenue)\b",
            r"\b(sales|income|revenue) (\w+ )?(go|goes|went|have gone|has gone|are going|"
            r"is going|are|is)( \w+)? down\b",
            r"\b(sales|income|revenue) (have |has )?(dropped|fallen|fell|collapsed)\b",
            r"\b(we|i) (really |badly |urgently )?need (the|our|these|this|my|those) (sales|"
            r"income|money|account|shop|store)\b",
            r"\b(cannot|can't|could not|couldn't|can not|unable to) pay (the|our|my) (salaries|"
            r"wages|rent|bills|staff|employees|workers|loans?|mortgage)\b",
            r"\b(very|so|extremely|really) (hard|difficult|tough) (for|on) (us|me)\b",
            # trust, belief or understanding asked for in place of the facts
            r"\bplease,? (trust|believe|understand) (us|me)\b",
            r"\b(hope|hoping) (that )?you (can|will|could|would) understand\b",
            r"\bgive (us|me) chance\b",  # with no article; "another chance" is above
        ),
        example="Remove: 'Our family depends on this store, please give us another chance.'",
    ),
    SentenceRule(
        "T2",
        "tone",
        "error",
        frozenset({ANY}),
        "T4, T5, T12, G3",
        "Blame of someone else: the reviewer reads it as not owning the problem.",
        "Describe what in your own process allowed it to happen (e.g. 'we used a service "
        "without tracking'), even when a carrier, buyer or supplier was involved.",
        _p(
            r"\b(caused|was caused|were caused) (entirely |solely |only )?by (the |a )?(courier|"
            r"carrier|buyer|customer|manufacturer|supplier|rights owner|competitor|delivery "
            r"partner)\w*",
            r"\b(outside( of)?|beyond|out of) (our|my) (\w+ )?(control|hands)\b",
            # the other party as the one that failed: its failure, its problems, its poor work
            r"\b(carriers?|couriers?|suppliers?|manufacturers?|vendors?|factory|factories|3pl|"
            r"prep cent(er|re)|delivery (company|partner|service)|logistics (company|partner)|"
            r"(ups|usps|fedex|dhl|royal mail))('s|s')? (\w+ ){0,2}(failures?|negligence|"
            r"incompetence|poor (performance|service|scanning|handling))\b",
            r"\b(carriers?|couriers?|suppliers?|manufacturers?|vendors?|factory|3pl|"
            r"delivery (company|partner|service)|logistics (company|partner))\b('s|s')?"
            r"( (\w+ ){0,2}(systems?|network|staff|drivers?|scanners?))? (has|have|had) (had |"
            r"been having |experienced )?((serious|repeated|ongoing|many|major|constant|frequent|"
            r"persistent|recurring|significant|big|huge|technical|scanning|system|network|"
            r"capacity) )?(problems|issues|failures|difficulties|trouble)\b",
            r"\b(carriers?|couriers?|suppliers?|manufacturers?|vendors?|3pl|delivery partner)"
            r"\b[^.,;]{0,50}\b(poorly|badly|carelessly|sloppily)\b",
            # the seller as the one who suffered what another did
            r"\b(affected|penali[sz]ed|punished|harmed|hurt|blamed|impacted) (\w+ ){0,2}(by|for) "
            r"(the |a |an |this |their |one )?(\w+ )?(carrier|courier|supplier|manufacturer|"
            r"vendor|buyer|customer|delivery partner)('s|s')?\b",
            r"\b(appears?|seems?) to have (mishandled|lost|damaged|misrouted)\b",
            r"\b(buyers?|customers?|people) (may have|might have|just|simply) (left|opened|"
            r"filed|claimed|wanted)\b",
            r"\bto (obtain|get|claim) (a )?(discount|free \w+)",
            r"\b(rival|competing) (seller|brand|account)s?\b",
            r"\b(rights|brand) owner\b[^.]{0,30}\b(trying to|wants to|abus\w+|push\w*)\b",
            r"\b(amazon|walmart|ebay|tiktok|etsy)('s)? (\w+ )?(team|catalog(ue)?|system)\b"
            r"[^.]{0,20}\b(changed|altered|edited|merged)\b",
            r"\b(manufacturer|supplier|vendor|factory),? (who |which |that )?(failed|neglected|"
            r"refused) to\b",
            r"\b(buyers?|customers?) who (had )?already received\b",
            # a motive put on the people who complained: after something free, or a rival
            # reporting the seller ("are just trying to get a free refund", "a competitor is
            # reporting me")
            r"\b(buyers?|customers?|complainants?|they)( who \w+)? (are|were|is|was) (just |only "
            r"|simply )?(trying|looking|out|wanting) (to|for) (get |obtain |scam |abuse |exploit )"
            r"?(a |an )?(free|discount|cheap)\w*",
            r"\bcompetitors? (is|are|was|were|has been|have been|keeps?) (\w+ )?(reporting|"
            r"targeting|attacking|sabotaging|flagging)\b",
            r"\b(buyers?|customers?|the buyer|the customer)\b[^.]{0,20}\b(lied|lying|falsely|"
            r"scam(med)?|abus(e|ed|ing) (the|our)|made (up|false)|filed false|left false|"
            r"dishonest|fraudulent(ly)?)\b",
            r"\b(carrier|courier|ups|usps|fedex|dhl|royal mail|post office|postal service|"
            r"delivery (company|partner))('s)?\b[^.,;]{0,12}\b(lost|failed|fault|mistakes?|errors?|"
            r"negligen\w*|mishandl\w*|damaged|did not deliver|didn't deliver|delayed our)\b",
            r"\b(lost|damaged|delayed|mishandled|misrouted) by (the |our )?(carrier|courier|"
            r"post|ups|usps|fedex|dhl|royal mail)\b",
            r"\b(amazon|walmart|ebay|tiktok|etsy)('s)? (own )?(errors?|mistakes?|fault|glitch|"
            r"system (error|glitch|failure|made)|algorithm (is|was|made)|bots?)\b",
            r"\bcompetitors?\b[^.]{0,40}\b(false|fake|malicious|sabotag\w*|attack\w*|"
            r"report(ed|ing)? us|target(ed|ing) us|complain(ed|ts)?)\b",
            r"\b(malicious|fake|false) (reports?|complaints?|claims?) (from|by|filed)\b",
            r"\bnot (really |entirely |completely |totally )?(our|my) fault\b",
            # other sellers doing the same, given as the reason it seemed allowed
            r"\b(other|many|most|all the|lots of|a lot of|alot of|several|plenty of) (\w+ ){0,2}"
            r"(sellers|shops|stores|vendors)\b[^.\n]{0,40}?\b(sell|selling|sold|use|using|"
            r"used|list|listing|listed|write|writing|wrote|doing|did)\b[^.\n]{0,60}\b(same|"
            r"similar|like this|like that|too|as well|still (active|live|selling|up|online)|"
            r"not (been )?removed)\b",
            # another party named as the real cause, the seller's own part left out
            r"\bthe (real|actual|main|true|whole) (problem|issue|cause|culprit) (was|is|were) "
            r"(the |our |their )?(carriers?|couriers?|suppliers?|manufacturers?|buyers?|"
            r"customers?|post office|delivery (company|partner)|algorithm)\b",
            r"\b(carrier|courier|buyer|customer|supplier|seller|platform|amazon|ebay|walmart|"
            r"etsy|tiktok)'?s'? fault\b",
            r"\b(was|is) (not|never) (our|my) (fault|responsibility)\b",
            r"\bdue to (the )?(buyer|customer|carrier|courier|amazon|supplier|competitor)('s|s')? "
            r"(error|mistake|negligence|fault|dishonesty)\b",
            r"\b(supplier|manufacturer|vendor|3pl|prep cent(er|re))('s)? (fault|lied|misled us|"
            r"deceived us|cheated)\b",
            r"\bblame(d|s)? (lies with |on )?(the |our )?(buyers?|customers?|carriers?|couriers?|"
            r"amazon|supplier|competitors?)\b",
        ),
        example="Instead of 'the carrier lost the parcels', write 'we shipped with a service "
        "that had no tracking, so lost parcels could not be traced'.",
        cleared_by=lambda text: _owned_here(text),  # defined below, with the ownership words
    ),
    SentenceRule(
        "T3",
        "tone",
        "error",
        frozenset({ANY}),
        "G3",
        "A threat (lawyers, legal action, the press): it ends the conversation, not the issue.",
        "Remove it. If you have legal questions, take them up separately from the appeal.",
        _p(
            # Shields (see ``patterns``): the seller's own legal team as the one who approves,
            # reviews or wrote something of the seller's ("approved by the Legal Department",
            # "Legal reviews a sample every quarter") is a control or an author, addressed to
            # nobody; it threatens no one.
            r"\b(approved|reviewed|checked|vetted|cleared|signed off|submitted|written|"
            r"prepared|drafted)\b[^.]{0,40}\bby (the |our )?legal (counsel|team|department)\b(?!)",
            r"\blegal (counsel|team|department) (now )?(reviews|approves|checks|signs off|"
            r"updates|audits|samples|maintains|owns)\b(?!)",
            r"\bcourt\b",
            r"\blegal (remed\w+|counsel|team|department)\b",
            r"\breserve the right\b",
            r"\b(file|lodge|submit) (a |an )?(formal )?complaint with\b",
            r"\b(report|complain\w*|escalate|contact|inform|tell)\b[^.]{0,60}\b(authority|"
            r"commission|ftc|cma|regulators?|trading standards|consumer protection)\b",
            r"\b(journalists?|the press|media|news)\b[^.]{0,30}\b(hear|know|learn|report)\b",
            # the seller's own lawyer, or one brought in; a firm's name on its letterhead
            # ("Trade Practices Lawyers | Level 9 …") threatens nobody
            r"\b(our|my) (own )?(lawyers?|attorneys?|solicitors?)\b(?! general)",
            r"\b(lawyers?|attorneys?|solicitors?) (will|would|are|is|have|has|can|may|could|"
            r"involved)\b",
            r"\b(consult\w*|contact\w*|instruct\w*|involv\w*|hir\w*|engag\w*|retain\w*|get|"
            r"speak\w* (to|with)|spoke (to|with)|talk\w* (to|with)) (a |an |our |my )?(legal )?"
            r"(lawyers?|attorneys?|solicitors?)\b",
            r"\blegal (action|steps|proceedings|measures)\b",
            r"\bsu(e|ing)\b",
            r"\blawsuit\b",
            r"\blitigat\w*",
            r"\b(take|bring|see) (you|this|amazon|the matter) (to|in) court\b",
            r"\bin court\b",
            r"\barbitration\b",
            r"\bclass action\b",
            r"\b(contact|inform|go to|alert|tell|report (this|it) to|share (this|it) with)\b"
            r"[^.]{0,20}"
            r"\b(press|media|journalists?|news|better business bureau|bbb|ftc|attorney general)\b",
        ),
    ),
    SentenceRule(
        "T4",
        "tone",
        "warning",
        frozenset({ANY}),
        "G3",
        "A demand: the reviewer decides; demands read as pressure.",
        "Ask the reviewer to consider the plan, or simply end with the facts.",
        _p(
            r"\b(needs?|have|has) to be (reinstated|reactivated|restored|released)\b",
            r"\bimmediate (reinstatement|reactivation|release|restoration)\b",
            r"^(release|restore|reinstate|reactivate|unblock)\b",
            r"\b(is|are) obliged to\b",
            r"\b(has|have) to (reinstate|reactivate|restore|release)\b",
            r"\bwe expect (the|our) (account|listings?|asins?|funds|store)\b[^.]{0,40}"
            r"\b(reactivat|reinstat|restor|releas)\w*",
            r"\bno later than\b[^.]{0,20}\b(today|tomorrow|\w+day)\b",
            r"\b(reinstate|restore|reactivate|unblock|lift|remove)\b[^.]{0,60}\b(immediately|"
            r"at once|right away|asap|without (any )?(further )?delay|within \d+ (hours|days))\b",
            r"\byou (must|have to|need to|are obliged to) (reinstate|restore|reactivate|review|"
            r"fix|remove|lift|reverse|respond)\b",
            r"\bwe (demand|insist)\b",
            r"\bwe (expect|require) (you|amazon|walmart|ebay|tiktok|"
            r"etsy) to\b",
        ),
    ),
    SentenceRule(
        "T5",
        "tone",
        "warning",
        frozenset({ANY}),
        "T5, T12",
        "Criticism of the marketplace's process or decision: it does not help the case.",
        "Leave out opinions about the decision; keep to your own process and evidence.",
        _p(
            r"\b(review|decision|process|notice|check)\b[^.]{0,30}\b(was|is|were) (careless|"
            r"unfair|wrong|flawed|rushed)\b",
            r"\b(seller support|support|the (performance|review|catalog(ue)?|account health|"
            r"seller performance) team|your team|amazon|walmart|ebay|tiktok|etsy)\b[^.]{0,40}"
            r"\b(ignored|careless(ly)?|vague|inconsistent(ly)?|different answer|without checking|"
            r"not (done|read|checked) by a human)\b",
            r"\b(too|far too|extremely|very) slow\b",
            r"\b(took|takes|taking) \d+ (days|weeks|months)\b[^.]{0,30}\b(look|respond|review|"
            r"answer|reply)",
            r"\b(it is|it's) (so |very )?(frustrating|unacceptable)\b",
            r"\bapplied inconsistently\b",
            r"\bbots?\b[^.]{0,30}\b(deactivat|suspend|remov|flag)",
            r"\bso vague\b",
            r"\b(your|amazon's|walmart's|ebay's|the marketplace's|their) (system|algorithm|"
            r"process|bots?|team|support|review|decision)s? (is|was|are|were) (broken|unfair|"
            r"flawed|wrong|useless|incompetent|unreasonable|ridiculous|a joke)\b",
            r"\b(unfair(ly)?|unjust(ly)?|ridiculous|absurd|outrageous|unacceptable)\b",
            r"\b(no one|nobody) (has |ever )?(answered|responded|replied|helped|bothered)\b",
            r"\bwe are (very |deeply |extremely )?(disappointed|frustrated|upset|angry|shocked)"
            r"\b(?! in ourselves| with ourselves)",
            r"\b(took|taking|waited|waiting) (\w+ )?(weeks|months|days) (for|to get) (a |an )?"
            r"(response|reply|answer)\b",
        ),
        negatable=False,
    ),
    SentenceRule(
        "S6",
        "structure",
        "warning",
        frozenset({ANY}),
        "A1, T12, T16",
        "Background or company history: reviewers skip it and it costs length.",
        "Start with the issue; keep only dates and counts that belong to it.",
        _p(
            r"\b(was|were) (founded|established|started|set up) in \d{4}\b",
            r"\bbegan selling on (amazon|walmart|ebay|etsy|tiktok)( shop)? in \d{4}\b",
            r"\b(is|are) (a|an|one of the) (leading|top|trusted|reputable|well-known|"
            r"market leader)\b",
            r"\bover the (past|last) \w+ years\b",
            r"\bour mission\b",
            r"\b(we|i) (started|began) (as|out as|in (a|our|my))\b",
            r"\bwe (also )?sell on (ebay|etsy|walmart|amazon|tiktok|our own)\b",
            r"\blet (us|me) introduce\b",
            r"\byears of experience\b",
            r"\bwe pride ourselves\b",
            r"\bwithout a single complaint\b",
            r"\bfeedback score\b",
            r"\b(we have|we've|i have|i've) been (selling|in business|trading|operating|an? "
            r"(\w+ ){0,2}seller|on (amazon|walmart|ebay|etsy|tiktok))\b"
            r"(?![^.]{0,25}\b(since|from) \d{1,2} "
            r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec))",
            r"\b(for|over) (\d+|many|several|more than \d+) years\b",
            r"\b(our|my) (company|business|store|shop|brand) (was )?(founded|started|established|"
            r"began|launched|created) (in|back in)\b",
            r"\bwe are an? (small|family|family-owned|family-run|trusted|reputable|growing|"
            r"long-standing|established|veteran)\b",
            r"\b(thousands|hundreds|millions) of (happy|satisfied|loyal|repeat) "
            r"(customers|buyers)\b",
            r"\b(excellent|perfect|spotless|clean|impeccable) (track record|history|record)\b",
            r"\b(always|consistently) (maintained|had|kept|held|met) (\w+ )?(excellent|good|great|"
            r"strong|perfect|healthy|high|outstanding) (metrics|ratings?|feedback|standing|"
            r"performance|record|scores?)\b",
        ),
        negatable=False,
    ),
    SentenceRule(
        "S7",
        "structure",
        "warning",
        frozenset({ANY}),
        "A1, T16",
        "A question to the reviewer, or a reference to another support case: a plan answers, "
        "it does not ask, and reviewers do not look up other cases.",
        "Turn the question into a statement of what you did; put every fact in this plan.",
        _p(
            r"\b(refer you to|see) (our |the )?(earlier|previous|last|prior) (appeal|"
            r"submission|case|ticket|message)",
            r"\bticket\s*(#|no\.?|number)?\s*\d{5,}",
            r"\b(kindly|please) (advise|let us know|tell us|explain|clarify)\b",
            r"\?\s*$",
            r"\bcase (#|(id|number|no)\b\.?)\s*:?\s*\d*",  # "case no. 1", not "case notifications"
            r"\bcase \d{6,}\b",
            r"\b(previous|earlier|prior|other) (case|ticket|appeal|submission)s? (id|number|#)",
            r"\b(as|like) (we )?(mentioned|stated|explained|said) (in|on) (our |the )?"
            r"(previous|earlier|last|prior) (case|appeal|message|email|ticket)",
        ),
        negatable=False,
    ),
    SentenceRule(
        "R1",
        "root_cause",
        "error",
        frozenset({ROOT}),
        "T8, T6, T18, G3",
        "A vague root cause: the reviewer cannot see which process failed.",
        "Name the step that failed, who ran it, since when and how many orders, listings or "
        "units it affected.",
        _p(
            r"\b(an? )?(internal|simple|small|honest) (mistake|error|issue)\b",
            r"\b(some|certain|a few|various) (issues|problems|errors|difficulties)\b",
            r"\b(system|technical|software|computer|it) (glitch|errors?|issues?|problems?|bugs?|"
            r"failures?)\b",
            r"\b(a|an|some) (misunderstanding|oversight|miscommunication)\b",
            r"\bhuman error\b",
            r"\b(unknown|unclear|unexplained) (reasons?|causes?)\b",
            r"\b(we are|we're|we were) (not sure|unsure|uncertain)\b",
            r"\bfor some reason\b",
            r"\bunforeseen circumstances\b",
            r"\bmistakes? (was|were|have been) made\b",
            r"\bthings? went wrong\b",
            r"\b(a|an) (honest |simple |small )?mistake\b",
            r"\b(some|a|the) glitch(es)?\b",
            r"\ba (mix|combination) of (things|factors|reasons|issues)\b",
        ),
        # "my mistake, not a misunderstanding": the negation right before the words; "not suspend
        # my shop over a misunderstanding" still calls the cause one
        negation_reach=1,
        cleared_by=_cause_told,
        example="Instead of 'a system glitch', write 'our stock-sync job stopped on 2 October "
        "when its API token expired, and nobody checked the sync log for 3 days'.",
    ),
    SentenceRule(
        "R2",
        "root_cause",
        "warning",
        frozenset({ROOT}),
        "T7, T11, T18",
        "Ignorance as the root cause: not knowing a policy is not a process that failed.",
        "Say which check was missing (e.g. 'no one compared new listings with the restricted "
        "products list before publishing') and what now does it.",
        _p(
            r"\bnobody (told|informed) us\b",
            r"\b(were|was) (never|not) (informed|told)\b",
            r"\bnot familiar with\b",
            r"\b(was|were|are|is) (simply |just |completely )?"
            r"(not |un)aware\b",
            r"\bignorant of\b",
            r"\b(we|i) (were|was|are) (not |un)aware\b",
            r"\bunaware of\b",
            r"\b(we|i) (did not|didn't|do not|don't) (know|realise|realize|understand)\b",
            r"\bwe (had|have) no (idea|knowledge)\b",
            r"\bwe were (new|unfamiliar) (to|with)\b",
            r"\bwithout (knowing|realising|realizing)\b",
            # not knowing, said as not being able to know
            r"\b(we|i) (had|have) no (way|means) (of|to) (know|knowing|tell|telling|foresee|"
            r"foreseeing|predict|predicting|anticipate|anticipating)\b",
            r"\b(we|i) (could not|couldn't|cannot|can't|could never) (have )?(known|foreseen|"
            r"predicted|anticipated)\b",
        ),
        negatable=False,
        cleared_by=lambda text: (
            specific_process(text)
            or bool(
                linear.search(
                    r"\b(no one|nobody) (checked|compared|reviewed|verified|looked)\b"
                    r"|\bno (step|check|process|procedure)\b"
                    r"|\bwe had no (check|process|procedure|step)\b",
                    text,
                    linear.I,
                )
            )
        ),
    ),
    SentenceRule(
        "R5",
        "root_cause",
        "error",
        frozenset({ANY}),
        "T3, G3, T10",
        "A denial without evidence: the reviewer reads it as refusing to fix anything.",
        "If the notice is wrong, show the documents that prove it; otherwise name the cause.",
        _p(
            r"\b(suspension|deactivation|complaint|decision) is (a |an )?(misunderstanding|"
            r"mistake|error|baseless|unfounded)\b",
            r"\bbaseless\b",
            r"\bno (policy )?violation\b",
            r"\b(deny|denies|denied|reject) (the|this|these|any) (allegation|claim|accusation|"
            r"complaint)s?\b",
            r"\bwe have always (complied|followed)\b",
            r"\bour (products|items) are (100 ?% )?(genuine|authentic)\b",
            r"\b(we|i) (did|have done) nothing wrong\b",
            r"\b(suspended|deactivated|flagged|removed|blocked|penali[sz]ed) (us )?(by mistake|in "
            r"error|wrongly|mistakenly|unfairly|unjustly|without (any )?(reason|cause))\b",
            r"\b(wrongly|mistakenly|unfairly|unjustly|falsely) (suspended|deactivated|flagged|"
            r"accused|removed|blocked|penali[sz]ed)\b",
            r"\b(the|these|this|all) (complaints?|claims?|reports?|allegations?|accusations?) "
            r"(is|are|was|were) (false|untrue|baseless|fake|fabricated|unfounded|invalid)\b",
            r"\bwe have never (sold|listed|violated|broken|done)\b",
            r"\bwe (have not|haven't|did not|didn't|never) (violate|break|breach)\w*\b",
            r"\bno (violation|wrongdoing) (occurred|took place|happened)\b",
            r"\bthere (was|is) no (violation|wrongdoing)\b",
        ),
        negatable=False,
    ),
    SentenceRule(
        "C1",
        "corrective",
        "error",
        frozenset({FIX}),
        "T6, T7, T15, G3, T25",
        "A corrective action in the future tense: the reviewer wants what is already done.",
        "Do it first, then write it in the past tense with its date and count; planned work "
        "belongs under preventive measures.",
        _p(
            # "will not be sold", "will never be listed": a state the fix leaves, not a plan
            r"\b(will|shall|'ll)\b(?! not\b| never\b| no longer\b)",
            r"\b(plan(ning)? to|intend(ing)? to|(are|is|am) going to|aim to|would like to|"
            r"hope to|are about to|are in the process of)\b",
        ),
        negatable=False,
        cleared_by=_done,
        example="Instead of 'we will refund the buyers', write 'on 12 November we refunded the "
        "14 buyers whose parcels arrived late'.",
    ),
    SentenceRule(
        "P1",
        "preventive",
        "error",
        frozenset({PREVENT, FIX}),  # a promise among the fixes is still a promise
        "T7, G5, G3, Y8",
        "A promise, not a mechanism: 'more careful' cannot be checked by anyone.",
        "Describe the control: what runs, who owns it, how often, and how you check it works.",
        _p(
            r"\b(will|shall) make (sure|certain)\b",
            r"\bwe (promise|pledge)\b",
            r"\b(do|doing) our (utmost|very best)\b",
            r"\bstrive\b",
            r"\bendeavou?r\b",
            r"\b(be|being|stay) (more|extra|very) (careful|cautious|vigilant|attentive|diligent)\b",
            r"\btry (our|my) (best|hardest)\b",
            r"\b(do|doing) (our|my) (very )?best\b",
            r"\b(will )?never (ever )?happen again\b",
            r"\b(won't|will not) (ever )?happen again\b",
            r"\bpay (more|closer|extra|special) attention\b",
            r"\bwork (harder|more carefully)\b",
            r"\bmake (sure|certain) (that )?(this|it|such (a|an) \w+|the (issue|problem|mistake))"
            r" (does not|doesn't|will not|won't|never)\b",
            r"\bavoid (such|similar) (mistakes|"
            r"issues|problems) in the future\b",
            r"\bkeep (this|it) in mind\b",
            r"\blearn(ed|t)? (our|a|the) lesson\b",
            # an outcome promised, with nothing that would bring it about
            r"\b(ensure|ensuring|guarantee|see to it)\b[^.]{0,20}\b(this|it|that|such|these|"
            r"the (issue|problem|error|mistake|situation))\b[^.]{0,20}\b(does not|doesn't|do not|"
            r"don't|will not|won't|never|cannot|can't) (happen|occur|recur|repeat|arise)",
            # effort promised
            r"\b(make|making|take|taking) (every|all) (possible |reasonable )?(efforts?|"
            r"precautions?)\b",
            r"\b(best|every|all) (possible )?efforts? to\b",
            # more attention promised, by a degree nobody can measure
            r"\b(will|shall|'ll|going to|from now on)\b[^.]{0,50}\bmore (closely|carefully|"
            r"strictly|thoroughly|attentively|rigorously|diligently|seriously|often|frequently|"
            r"regularly)\b",
            r"\b(keep|keeping|have|take) a closer (eye|look|watch)\b",
            # an attempt promised, or something only to weigh up: nothing is committed to run
            _HEDGED,
            _TENTATIVE,
            # watching, with nothing said about what is looked at, when or by whom
            r"\b(keep|keeping) an eye on\b",
        ),
        negatable=False,
        cleared_by=_committed_mechanism,
        example="Instead of 'we will be more careful', write 'since 5 November the shipping "
        "lead checks the unshipped-orders view at 15:00 every day'.",
    ),
)

_OWNERSHIP = linear.compile(
    r"\b(we|i) (take|accept|bear) (full |complete |total )?(responsibility|ownership|"
    r"accountability)\b|\b(our|my) (own )?(mistake|error|failure|fault|responsibility|"
    r"oversight)\b|\bwe (failed|neglected) to\b|\bwe (accept|acknowledge|recogni[sz]e|admit) "
    r"(that|our|the|we)\b|\bwe were (wrong|at fault|responsible)\b|\bwe own (this|the|our)\b"
    r"|\b(was|were|is) (entirely |fully )?(on us|our responsibility)\b"
    r"|\b(fault|mistake|error|failure|responsibility) (was|is|lies|lay) (entirely |fully )?"
    r"(ours|mine|with us)\b|\bwe are (fully |entirely |solely )?responsible\b",
    linear.I,
)
_APOLOGY = linear.compile(r"\b(sorry|apolog\w+)\b", linear.I)


_OUR_PART = linear.compile(
    r"\b(we|i)( have| had)?( (since|already|then|also|now|\w+ly))? (own|owned|chose|picked|"
    r"selected|decided|switched|changed|replaced|dropped|moved|covered|fixed|added|set up|"
    r"introduced|stopped|should have)\b"
    r"|\b(our|my) (own )?(choice|decision|gap|fault|mistake|error|failure|responsibility|"
    r"oversight)\b",
    linear.I,
)
"""The seller's own part in what happened, or in what was done about it."""


def _owned_here(sentence: str) -> bool:
    """T2 is about who a sentence makes responsible: one that names another party's failure
    and, in the same breath, the seller's own part ('the courier missed the pickup; the choice
    of courier was ours and we changed it on 3 May') owns it."""
    return any(
        not negated_before(sentence, found.start())
        for pattern in (_OUR_PART, _OWNERSHIP)
        for found in pattern.finditer(sentence)
    )  # "not our fault" disowns it


def owns_the_problem(text: str) -> bool:
    """Rule T6: somewhere the plan says, with no 'not' before it, that the seller is
    responsible."""
    plain = unquoted(text)
    return any(not negated_before(plain, m.start()) for m in _OWNERSHIP.finditer(plain))


def apologies(text: str) -> int:
    """Rule T7: how many times the plan apologises."""
    return len(_APOLOGY.findall(text))


_FOLLOW_THROUGH = linear.compile(r"^([^.;]{0,200}?)\b(?:will|shall) (?:then )?be\b", linear.I)
_OUR_OWN = linear.compile(r"^(?:we|i|our|my|the team)\b", linear.I)
_WE = frozenset({"we", "i", "us", "me"})


def _follow_through(sentence: str) -> bool:
    """'The units will be destroyed once received', '38 units at the warehouse (removal RM-4)
    are held and will be returned': what happens next to what a done action acted on, not a
    new plan. The things are the subject, however long their name; "we" before the "will"
    makes it our own plan ("the refund we owe will be paid")."""
    found = _FOLLOW_THROUGH.search(sentence)
    if found is None or _OUR_OWN.match(sentence):
        return False
    words = {w.strip("(),:'\"").lower() for w in found.group(1).split()}
    return not words & _WE


_NAMED_WILL = linear.compile(r"\bWill( [A-Z](?:[a-z]|\.))")
"""'(IT - Will Brennan)': "Will" in capitals before a capitalised word is a person's first
name (before a surname or an initial), not the future tense; it is read as a name."""


_READER_WILL = linear.compile(r"\byou(?: will|'ll)( (?:find|see|note|notice)\b)", linear.I)
"""'You will find attached the invoices', 'you'll see in the log': the reader pointed to the
evidence, not an action still to be done; it is read as "you can"."""


def sentence_hits(text: str, kind: str) -> Iterable[tuple[SentenceRule, str, str]]:
    """(rule, sentence, trigger) for every sentence of ``text`` that breaks a rule.

    A point is read whole: after a sentence that reports a done action, a sentence on what
    will then happen to the things it acted on is that action's follow-through (C1 is not
    about it)."""
    done_before = False
    for sentence in sentences(text):
        plain = _NAMED_WILL.sub(lambda m: "Person" + m.group(1), unquoted(sentence))
        plain = _READER_WILL.sub(lambda m: "you can" + m.group(1), plain)
        follow_through = done_before and _follow_through(plain)
        for rule in SENTENCE_RULES:
            if rule.id == "C1" and follow_through:
                continue
            if ANY in rule.kinds or kind in rule.kinds or kind == UNSORTED:
                trigger = rule.match(plain, quoted_removed=True)
                if trigger is not None:
                    yield rule, sentence, trigger
        if not done_before and kind in (FIX, UNSORTED):  # only C1 asks, only among fixes
            done_before = _done(plain)


RULES_BY_ID = {rule.id: rule for rule in SENTENCE_RULES}


def objections(text: str, kind: str) -> list[str]:
    """What a reviewer would object to in one answer: '<rule>: <message> <fix>' per problem."""
    seen: set[str] = set()
    found: list[str] = []
    for rule, _sentence, trigger in sentence_hits(text, kind):
        if rule.id not in seen:
            seen.add(rule.id)
            found.append(f"{rule.id} ('{trigger}'): {rule.message} {rule.fix}")
    return found
