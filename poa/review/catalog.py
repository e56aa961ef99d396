"""Every rule of the review, in words a seller can follow: what it catches, why reviewers care,
where that guidance comes from, and a bad and a good example.

``poa rules`` lists them, ``poa rules ID`` explains one, and the README's rule table is
generated from here (``poa rules --format markdown``); a test keeps the two the same.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from typing import Any

from poa.review.findings import Severity

AMAZON_HELP = "Amazon's Seller Central help on writing a plan of action"
AMAZON_NOTICES = "the wording of Amazon's notices and appeal rejections"
PRACTICE = "appeal consultants and seller lawyers who publish their practice"
LINTER = "an open-source plan-of-action checker's rubric"
INVOICE_HELP = "Amazon staff guidance on invoices"


@dataclass(frozen=True)
class Rule:
    """One rule: its id, the severity it usually has, and what a user needs to know."""

    id: str
    severity: Severity
    area: str
    applies: str  # "cases", "plans" (written elsewhere) or "both"
    catches: str
    why: str
    sources: tuple[str, ...]
    bad: str
    good: str

    @property
    def source(self) -> str:
        """Where the guidance comes from, in one line (the ``source`` of a finding)."""
        return "; ".join(self.sources)

    def as_json(self) -> dict[str, Any]:
        return {**asdict(self), "sources": list(self.sources)}


RULES: tuple[Rule, ...] = (
    Rule(
        "S1", "error", "structure", "both",
        "A root cause, corrective actions or preventive measures missing for an issue.",
        "Every marketplace asks the same three questions of each problem it cites: why it "
        "happened, what you fixed, and what now stops it happening again. A plan that skips one "
        "is sent back without the others being weighed.",
        (AMAZON_HELP, AMAZON_NOTICES, PRACTICE),
        "A plan that explains the cause and lists refunds, and ends there.",
        "Root cause / Corrective actions taken / Preventive measures, for each issue, under "
        "headings of their own.",
    ),
    Rule(
        "S2", "error", "structure", "cases",
        "A reason or an order the notice cites that no issue of the case answers.",
        "When a notice names several problems, reviewers expect an answer to each; one left "
        "out reads as not understood or ignored.",
        (AMAZON_HELP, AMAZON_NOTICES),
        "A notice about late shipments and order defects, answered only for late shipments.",
        "One issue per cited reason, each with its own root cause, fixes and prevention.",
    ),
    Rule(
        "S3", "warning", "structure", "both",
        "The three parts in another order than cause, fix, prevention.",
        "Reviewers read in that order; a plan that starts with the prevention makes them hunt "
        "for the cause.",
        (PRACTICE, LINTER),
        "Preventive measures first, then the root cause at the end.",
        "Root cause, then corrective actions, then preventive measures.",
    ),
    Rule(
        "S4", "warning", "structure", "both",
        "A wall of text: long paragraphs and no lists, or one paragraph over 150 words.",
        "Reviewers skim. Short numbered points, one fact each, are read; a page of prose is "
        "not.",
        (PRACTICE, LINTER),
        "A 200-word paragraph that mixes the cause, three fixes and a promise.",
        "Numbered points: one cause, one action or one control each.",
    ),
    Rule(
        "S6", "warning", "structure", "both",
        "Company background or history: how long you have sold, how good your record is.",
        "Amazon's help asks sellers not to introduce their business; reviewers skip it and it "
        "costs length. (Etsy asks for your history with Etsy: keep that to its own item.)",
        (AMAZON_HELP, PRACTICE),
        "We have been selling on Amazon for 8 years with thousands of happy customers.",
        "Start with the issue: what failed, since when, how many orders.",
    ),
    Rule(
        "S7", "warning", "structure", "both",
        "A question to the reviewer, or a reference to another support case or ticket.",
        "A plan answers; it does not ask. Reviewers do not look up other cases, so everything "
        "must be in the plan.",
        (AMAZON_HELP, PRACTICE),
        "Could you tell us which orders were affected? See our case 123456789.",
        "The 41 affected orders are listed in Exhibit 2.",
    ),
    Rule(
        "T1", "error", "tone", "both",
        "An emotional plea: family, staff who depend on the shop, a long record to weigh, "
        "hardship, begging for another chance.",
        "Amazon's help asks for no emotive language; reviewers decide on facts and processes, "
        "and a plea reads as having nothing better to offer.",
        (AMAZON_HELP, PRACTICE, LINTER),
        "Our family depends on this store; please give us one more chance.",
        "State what failed, what you fixed and what now prevents it.",
    ),
    Rule(
        "T2", "error", "tone", "both",
        "Blame of someone else: the carrier, buyers, a supplier, a competitor, the marketplace; a "
        "cause put outside your control.",
        "Even when a carrier or supplier was involved, reviewers want the step in your own "
        "process that let it happen; blame reads as not owning the problem.",
        (PRACTICE, LINTER),
        "The carrier lost the parcels and the buyers lied to get refunds.",
        "We shipped with a service that had no tracking, so lost parcels could not be traced.",
    ),
    Rule(
        "T3", "error", "tone", "both",
        "A threat: lawyers, legal action, the press, regulators.",
        "A threat ends the conversation about the plan; legal questions belong elsewhere.",
        (LINTER, PRACTICE),
        "If the account is not reinstated our lawyer will take legal action.",
        "Leave it out; keep to the facts of the plan.",
    ),
    Rule(
        "T4", "warning", "tone", "both",
        "A demand: reinstate immediately, you must, we expect.",
        "The reviewer decides; demands read as pressure and do not speed anything up.",
        (LINTER,),
        "Reinstate our account within 24 hours.",
        "We ask you to consider this plan.",
    ),
    Rule(
        "T5", "warning", "tone", "both",
        "Criticism of the marketplace's decision, process, speed or staff.",
        "Opinions about the decision do not help the case; the reviewer looks for your process "
        "and evidence.",
        (PRACTICE,),
        "Your team's decision was unfair and nobody answered our messages for weeks.",
        "Leave it out; describe your own process and the evidence.",
    ),
    Rule(
        "T6", "warning", "tone", "both",
        "No sentence anywhere that says the failure was yours.",
        "Reviewers look for ownership first; consultants advise one plain sentence of "
        "responsibility near the start.",
        (PRACTICE, LINTER),
        "A plan that describes what happened without ever saying whose process failed.",
        "We take full responsibility: our handling time did not match our packing capacity.",
    ),
    Rule(
        "T7", "info", "tone", "both",
        "More than three apologies.",
        "One short apology is fine; reviewers are looking for facts, and repeated apologies "
        "crowd them out. Practitioners disagree on apologies, so this is only a note.",
        (LINTER, PRACTICE),
        "We are so sorry… we apologise again… sorry once more…",
        "One apology, then the facts.",
    ),
    Rule(
        "R1", "error", "root_cause", "both",
        "A vague root cause: a glitch, human error, a misunderstanding, a mistake was made.",
        "A reviewer must see which step failed, who ran it and since when; a vague cause "
        "cannot be checked and suggests it was never found.",
        (PRACTICE, LINTER),
        "A system glitch caused some issues with our orders.",
        "Our stock-sync job stopped on 2 October when its API token expired, and nobody "
        "checked the sync log for 3 days.",
    ),
    Rule(
        "R2", "warning", "root_cause", "both",
        "Ignorance as the root cause: we were not aware of the policy.",
        "Not knowing a policy is not a process that failed; reviewers want the missing check.",
        (PRACTICE,),
        "We were not aware that this product was restricted.",
        "No one compared new listings with the restricted-products list before publishing.",
    ),
    Rule(
        "R3", "warning", "root_cause", "both",
        "A root cause with no numbers: no dates, counts or ids.",
        "Specifics make a cause checkable: how many orders, since when, which SKUs.",
        (PRACTICE, LINTER),
        "Some orders shipped late because we were busy.",
        "38 of 528 orders from 3 to 31 October shipped late: one packer for 1.5 times the "
        "usual volume.",
    ),
    Rule(
        "R4", "warning", "root_cause", "cases",
        "A root cause that only restates the symptom the notice gave.",
        "The notice already says what happened; the root cause says why.",
        (PRACTICE,),
        "We received complaints about the condition of our items.",
        "Returned units went back to New stock without a seal check.",
    ),
    Rule(
        "R5", "error", "root_cause", "both",
        "A denial without evidence: we did nothing wrong, wrongly suspended.",
        "Reviewers read an unsupported denial as refusing to fix anything. If the notice is "
        "wrong, the documents must show it.",
        (PRACTICE, LINTER),
        "Our products are 100 % genuine and the complaints are false.",
        "Invoices E1-E3 cover all 540 units sold; the three complaints trace to one lot.",
    ),
    Rule(
        "C1", "error", "corrective", "both",
        "A corrective action in the future tense: we will, we plan to.",
        "The corrective part is what is already done; reviewers are clear that planned work "
        "does not count as a fix.",
        (PRACTICE, LINTER, AMAZON_NOTICES),
        "We will refund the affected buyers.",
        "On 12 November we refunded the 14 buyers whose parcels arrived late.",
    ),
    Rule(
        "C2", "warning", "corrective", "both",
        "Corrective actions with nothing to verify: no dates, counts or ids, or most with no "
        "day they were done.",
        "A reviewer can only accept what could be checked.",
        (PRACTICE, LINTER),
        "We fixed our listings and contacted buyers.",
        "On 10 November we corrected 38 listings and messaged the 12 buyers (Exhibit 3).",
    ),
    Rule(
        "C3", "warning", "corrective", "cases",
        "Corrective actions that share no subject with the root causes.",
        "Each cause should be answered by the action that fixed it.",
        (PRACTICE,),
        "Cause: the handling time was too short. Fix: we apologised to buyers.",
        "Cause: the handling time was too short. Fix: raised it from 1 to 2 days on 64 SKUs.",
    ),
    Rule(
        "P1", "error", "preventive", "both",
        "A promise instead of a mechanism: we will be more careful, keep an eye on it, try to, "
        "make every effort, it will never happen again.",
        "Nobody can check a promise. Reviewers and the platforms' own guidance ask for a "
        "control that runs: what it is, who owns it, how often and how it is checked.",
        (PRACTICE, LINTER, "Etsy's guidance on appeals"),
        "We will be more careful and make sure this never happens again.",
        "Since 5 November the shipping lead checks the unshipped-orders view at 15:00 daily.",
    ),
    Rule(
        "P2", "warning", "preventive", "plans",
        "Preventive measures with no owner (a role, or a person by name) or no cadence.",
        "A control without an owner or a schedule is a wish; practitioners ask for both.",
        (PRACTICE, LINTER),
        "We will monitor our metrics.",
        "The operations manager reviews the late-shipment rate every Monday.",
    ),
    Rule(
        "P3", "warning", "preventive", "both",
        "Preventive measures with no way to check they work: no report, audit or metric.",
        "Amazon's guidance on corrective actions asks how the fix is maintained; a measure "
        "with a check shows that.",
        (LINTER, AMAZON_HELP),
        "A new packing checklist.",
        "A new packing checklist; 20 orders audited each Friday, target zero errors.",
    ),
    Rule(
        "P4", "warning", "preventive", "cases",
        "More than eight preventive measures: a wish list.",
        "Reviewers trust a few controls that address the causes more than a long list.",
        (PRACTICE,),
        "Twelve measures, most of them generic.",
        "Three controls, one per root cause, each running.",
    ),
    Rule(
        "P5", "warning", "preventive", "cases",
        "A measure that has not started yet but is presented as in place.",
        "Claiming a control you do not run yet is the kind of statement that sinks an appeal "
        "when checked.",
        (PRACTICE,),
        "Started on: next month.",
        "Start it before sending, or leave it out.",
    ),
    Rule(
        "P6", "warning", "preventive", "plans",
        "Preventive measures most of which are only intended: future tense, no start date.",
        "A measure the seller will run one day is a promise; reviewers look for controls "
        "already running, or at least the day each starts.",
        (PRACTICE,),
        "We will monitor the scorecard every week. We will train the team.",
        "Since 3 May the shipping lead checks the scorecard every Monday.",
    ),
    Rule(
        "E1", "error", "evidence", "cases",
        "An ASIN the notice cites with no invoice covering it (authenticity cases).",
        "For authenticity complaints Amazon asks for invoices for every cited product.",
        (AMAZON_HELP, INVOICE_HELP),
        "Three ASINs cited, invoices for two.",
        "An invoice listing each cited ASIN's product, with the ASIN in the evidence item.",
    ),
    Rule(
        "E2", "error", "evidence", "cases",
        "An invoice that is refused (pro forma, receipt, order confirmation), too old for the "
        "notice's window, undated, or with no supplier named.",
        "Amazon staff describe what an invoice must show; documents outside that are refused.",
        (INVOICE_HELP,),
        "A pro-forma invoice from 2023.",
        "The supplier's final invoice from the last 365 days, with its contact details.",
    ),
    Rule(
        "E6", "warning", "evidence", "cases",
        "A document enclosed that no root cause, corrective action or preventive measure cites.",
        "A reviewer reads each exhibit for what it proves; one that nothing in the plan points "
        "to is skipped, or read as padding.",
        (AMAZON_HELP, PRACTICE),
        "An SOP and an invoice attached, and no part of the plan mentions them.",
        "'Since 11 November every label is bought through Buy Shipping (Exhibit E4, packing "
        "SOP).'",
    ),
    Rule(
        "E7", "error", "evidence", "cases",
        "A figure the plan quotes that the seller's own reports, read into the case, "
        "contradict: the plan says 3.2 % where the report says 9.8 %.",
        "The reviewer has the marketplace's own figures in front of them; a plan that quotes "
        "another number reads as not knowing the problem, or as playing it down.",
        (AMAZON_HELP, PRACTICE),
        "'Our Late Shipment Rate of 3.2 %…' where the Seller Performance report gives 9.8 %.",
        "'Our Late Shipment Rate of 9.8 % (Seller Performance report, 9 November 2026)…'",
    ),
    Rule(
        "E5", "info", "evidence", "cases",
        "A reminder to highlight the key facts in each document.",
        "Amazon's help suggests highlighting ASINs and supplier details; reviewers read "
        "documents quickly.",
        (AMAZON_HELP,),
        "A 10-page supplier statement with nothing marked.",
        "The ASINs, quantities and supplier name highlighted.",
    ),
    Rule(
        "L1", "warning", "length", "both",
        "Over the appeal form's character limit, or far longer (or shorter) than a readable "
        "plan.",
        "Practitioners advise about 250-800 words; TikTok Shop's form boxes hold about 1,800 "
        "and 500 characters. Over a box's limit is an error for text to paste, a warning for "
        "a document you attach.",
        (PRACTICE, LINTER, "a TikTok Shop seller-tools vendor's notes on form limits"),
        "A 2,400-word plan, or 2,300 characters for an 1,800-character box.",
        "About a page: the essentials per issue, the detail in the exhibits.",
    ),
    Rule(
        "X1", "warning", "structure", "cases",
        "An appeal after an earlier one was rejected.",
        "Attempts are limited; a resubmission that repeats the first is refused again.",
        (PRACTICE,),
        "The same plan sent a second time.",
        "A plan that answers what the rejection said was missing.",
    ),
    Rule(
        "X2", "warning", "structure", "cases",
        "A question bank's suggestion used word for word.",
        "Generic boilerplate is a known reason for rejection; reviewers see the same text "
        "from many sellers.",
        (PRACTICE,),
        "The suggested sentence, unchanged.",
        "The same idea with your dates, counts, ids and the names of your own steps.",
    ),
    Rule(
        "X3", "error", "structure", "plans",
        "Text left from a template: [Your Name], <insert date>, {order_id}, B0XXXXXXXX, TBD, "
        "lorem ipsum, blank lines to fill in, instructions to the writer.",
        "A reviewer who sees an unfilled slot knows the plan was not written for this case "
        "and stops reading.",
        (PRACTICE,),
        "On [date] we refunded [number] buyers. [Your Name]",
        "On 12 November we refunded 14 buyers. Operations Manager, Example Goods LLC",
    ),
    Rule(
        "X4", "error", "structure", "cases",
        "A next attempt that sends again, word for word, a part the last answer asked to "
        "change, or the whole text of an earlier attempt.",
        "Appeals are limited, often to two. A reviewer who asked for more detail on the root "
        "cause and gets the same root cause back refuses again, and the attempt is spent.",
        (PRACTICE, AMAZON_NOTICES),
        "After 'greater detail on the root cause', the same two sentences of root cause.",
        "The root cause rewritten with the step that failed, its dates, counts and ids.",
    ),
    Rule(
        "U1", "info", "structure", "plans",
        "A paragraph under no part: background or text after an unrelated heading.",
        "Text a reviewer cannot place is skimmed or skipped.",
        (AMAZON_HELP,),
        "An 'About us' section between the fixes and the prevention.",
        "Move it under the part it belongs to, or delete it.",
    ),
    Rule(
        "U2", "info", "structure", "plans",
        "How the review read a plan whose layout left it unsure: which part it assumed a "
        "heading or paragraph to be, and why. Costs no points.",
        "poa reads any layout; when headings are faint it says what it assumed instead of "
        "guessing silently.",
        (),
        "A letter with no headings.",
        "'Root cause', 'Corrective actions taken', 'Preventive measures' as headings.",
    ),
)  # fmt: skip

BY_ID = {rule.id: rule for rule in RULES}


def rule(rule_id: str) -> Rule | None:
    """The rule with this id (case-insensitive), or None."""
    return BY_ID.get(rule_id.upper())


def markdown_table() -> str:
    """The README's rule table."""
    lines = ["| rule | severity | applies to | what it catches |", "|---|---|---|---|"]
    for entry in RULES:
        applies = {"both": "cases and plans", "cases": "case files", "plans": "written plans"}
        lines.append(f"| {entry.id} | {entry.severity} | {applies[entry.applies]} | "
                     f"{entry.catches} |")  # fmt: skip
    return "\n".join(lines)
