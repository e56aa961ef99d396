"""The part rules: what a reviewer rejects in the root cause, the fixes and the prevention.

Each rule reads the sentences of one part (a denial, R5, is read everywhere): a vague cause,
ignorance given as a cause, a fix in the future tense, a promise in place of a control. Most are
cleared by a sentence that is specific enough (``specifics``).
"""

from __future__ import annotations

from poa import linear
from poa.review.sentence_rule import ANY, FIX, PREVENT, ROOT, SentenceRule
from poa.review.sentence_rule import patterns as _p
from poa.review.specifics import (
    HEDGED,
    TENTATIVE,
    committed_mechanism,
    done,
    specific_process,
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
    return _BY_ID["R1"].match(rest, quoted_removed=True) is None


def _cause_told(text: str) -> bool:
    """Whether a sentence R1 would call vague tells its cause after all: a process with a
    figure, or a mistake pointed back at."""
    return specific_process(text) or _pointed_back(text)


def _no_promise(sentence: str) -> bool:
    """A question promises nothing ("How do we make sure this doesn't happen again?" opens
    the measures that answer it), and a committed mechanism is a control, not a promise."""
    return sentence.rstrip().endswith("?") or committed_mechanism(sentence)


PART_RULES: tuple[SentenceRule, ...] = (
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
            # "No violation has been issued": no notice sent yet (a plan written ahead), no denial
            r"\bno (policy )?violation\b(?! (?:notice |warning )?(?:has |have |had |was |were )?"
            r"(?:yet )?(?:been )?(?:issued|sent|received|raised))",
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
        cleared_by=done,
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
            HEDGED,
            TENTATIVE,
            # watching, with nothing said about what is looked at, when or by whom
            r"\b(keep|keeping) an eye on\b",
        ),
        negatable=False,
        cleared_by=_no_promise,
        example="Instead of 'we will be more careful', write 'since 5 November the shipping "
        "lead checks the unshipped-orders view at 15:00 every day'.",
    ),
)

_BY_ID = {rule.id: rule for rule in PART_RULES}
