"""The tone rules: what a reviewer rejects in how a plan speaks, in any of its parts.

Pleas, blame put on others, threats, demands, criticism of the decision, background the
reviewer skips and questions to the reviewer: these are read in every sentence, whatever part
it stands in, because a reviewer holds them against the whole plan.
"""

from __future__ import annotations

from poa.review.ownership import owned_here
from poa.review.sentence_rule import ANY, SentenceRule
from poa.review.sentence_rule import patterns as _p

TONE_RULES: tuple[SentenceRule, ...] = (
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
        cleared_by=owned_here,
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
)
