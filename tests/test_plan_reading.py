"""Reading plans written anywhere: every layout people use, template slots, the ranking, and
poa's own documents read back.

The graded corpus (tests/fixtures/review/corpus, see its README) holds the figures: floors
are set at what was measured, on the development set and on the held-out set that was never
tuned on.
"""

from __future__ import annotations

import io
import json
import re
import sys
from pathlib import Path

import pytest

from poa.cli import main
from poa.errors import EXIT_BAD_INPUT, EXIT_FINDINGS, EXIT_OK
from poa.review import review
from poa.review.catalog import BY_ID, RULES, markdown_table
from poa.review.checks import CHECKS
from poa.review.findings import Finding
from poa.review.placeholders import slots
from poa.review.plan import COVER_LETTER, EVIDENCE_INDEX, PLAN, parse_plan
from poa.review.plan_text import read_plan, unmarked
from poa.review.rules import SENTENCE_RULES
from tests import plan_eval
from tests.conftest import ROOT, SAMPLES

PARTS = ["corrective", "preventive", "root_cause"]

CAUSE = (
    "On 3 October 2026 we moved our stock to a new warehouse and kept the handling time at "
    "1 day; 41 of 620 orders shipped late. We take full responsibility for this."
)
FIX = "On 15 November 2026 we shipped all 12 open orders and raised the handling time to 2 days."
CONTROL = (
    "The operations manager checks the unshipped-orders view at 14:00 every day; the late "
    "shipment rate is reviewed each Monday against a 2 % target."
)


def _parts(text: str) -> list[list[str]]:
    plan = parse_plan(text)
    return [sorted(k for k, v in issue.sections.items() if v) for issue in plan.issues]


def _plan(root: str, fix: str, prevent: str, *, between: str = "\n\n") -> str:
    return between.join(
        [
            "Plan of Action",
            "Dear Seller Performance Team,",
            root,
            CAUSE,
            fix,
            FIX,
            prevent,
            CONTROL,
            "Operations Manager, Example Goods LLC",
        ]
    )


@pytest.mark.parametrize(
    ("root", "fix", "prevent"),
    [
        ("Root cause", "Corrective actions taken", "Preventive measures"),
        ("ROOT CAUSE", "CORRECTIVE ACTIONS", "PREVENTIVE MEASURES"),
        ("1. ROOT CAUSE ANALYSIS", "2. Corrective Actions Taken", "3. Preventive measures"),
        ("Section 1 - Why it happened", "Section 2 - What we fixed", "Section 3 - Prevention"),
        ("Part I: The cause", "Part II: Remediation", "Part III: Keeping it from recurring"),
        ("Root cause:", "Corrective actions:", "Preventive measures:"),
        ("## Root cause", "## Corrective actions", "## Preventive measures"),
        ("**Root cause**", "**Actions taken**", "**Steps to prevent recurrence**"),
        ("What caused the late shipments", "What we have already done",
         "What keeps it from happening again"),
        ("What was the root cause that led to the issue?",
         "What actions have you taken to resolve the issue?",
         "What steps have you taken to prevent future issues?"),
        ("Why it went wrong", "Immediate fixes", "Long-term safeguards"),
    ],
    ids=["bare", "caps", "numbered-caps", "section-dash", "part-roman", "colon", "markdown",
         "bold", "own-words", "amazon-form", "synonyms"],
)  # fmt: skip
def test_the_three_parts_are_found_in_any_heading_style(root: str, fix: str, prevent: str) -> None:
    assert _parts(_plan(root, fix, prevent)) == [PARTS]


def test_a_strong_plan_with_bare_line_headings_has_no_error_and_colons_change_nothing(
    tmp_path: Path,
) -> None:
    bare = tmp_path / "bare.txt"
    bare.write_text(_plan("Root cause", "Corrective actions taken", "Preventive measures"))
    colons = tmp_path / "colons.txt"
    colons.write_text(_plan("Root cause:", "Corrective actions taken:", "Preventive measures:"))
    assert review(bare).errors == []
    assert review(bare).score == review(colons).score


def test_setext_headings_and_pdf_like_text_without_blank_lines() -> None:
    setext = _plan(
        "Root cause\n----------",
        "Corrective actions\n------------------",
        "Preventive measures\n-------------------",
    )
    assert _parts(setext) == [PARTS]
    # A PDF's text layer: no blank lines, and a heading after a line with no full stop.
    squeezed = _plan(
        "Root cause", "Corrective actions completed", "Preventive measures in place", between="\n"
    ).replace(CAUSE, CAUSE + "\nOrders: 112-4839201-5562814")
    assert _parts(squeezed) == [PARTS]


@pytest.mark.parametrize(
    "headings",
    [
        ["Please provide a description of the issue",
         "A concise description that demonstrates your understanding of the root cause",
         "What steps have you taken to correct the issue?",
         "What steps have you taken to prevent further violations?"],
        ["The reason for the violation", "Supporting evidence", "Improvements made"],
        ["Your business history with Etsy", "The factors that led to the suspension",
         "Your plan to remediate", "How your items fit Etsy's policies"],
    ],
    ids=["walmart-case-form", "tiktok-appeal", "etsy-four-items"],
)  # fmt: skip
def test_the_marketplace_forms_own_questions_as_headings(headings: list[str]) -> None:
    bodies = {
        "description": "Our on-time delivery rate fell to 84 % in October 2026.",
        "root": CAUSE,
        "correct": FIX,
        "prevent": CONTROL,
        "evidence": "E1: carrier report. E2: list of late orders.",
        "improve": FIX + "\n\n" + CONTROL,
        "history": "We opened the shop in 2019 and sell stoneware mugs.",
        "remediate": f"- {FIX}\n- Running daily since 9 November 2026: {CONTROL}",
        "fit": "Every item is made in our studio; no production partner is used.",
    }
    text = []
    for heading in headings:
        key = next((k for k in ("root", "factors", "reason", "correct", "prevent", "improve",
                                "remediate", "evidence", "history", "fit", "description")
                    if k in heading.lower()), "description")  # fmt: skip
        body = {"factors": CAUSE, "reason": CAUSE}.get(key) or bodies[key]
        text += [heading, body]
    assert _parts("\n\n".join(text)) == [PARTS]


def test_a_forms_numbered_prompts_pasted_as_headings() -> None:
    """An appeal form's numbered questions pasted with their answers: a request ending in a
    full stop and a field with "(optional)" are headings like the questions around them; the
    seller's own numbered points, and an answer's last point before the next question, are
    not."""
    text = "\n\n".join(
        [
            "Violation type: Late dispatch rate",
            "Shop code: SHOP0042",
            "1. Please explain the reason for the violation.",
            CAUSE,
            "2. What actions have you taken to resolve the violation?",
            "1. We shipped all 12 open orders on 15 November 2026.",
            "2. Handling time raised to 2 days on 15 November 2026.",
            "3. What measures will you take to prevent this from happening again?",
            CONTROL,
            "4. Additional information (optional)",
            "We have sold on the platform since 2021.",
        ]
    )
    plan = parse_plan(text)
    assert _parts(text) == [PARTS]
    assert "Please explain the reason for the violation." in plan.headings
    assert "Additional information (optional)" in plan.headings
    assert not {h for h in plan.headings if "shipped" in h or "Handling" in h}
    fixes = " ".join(p.text for p in plan.issues[0].sections["corrective"])
    assert "shipped all 12" in fixes and "Handling time raised" in fixes
    assert not [f for f in review_text(text) if f.rule == "S1" and f.severity == "error"]


def test_a_template_title_is_judged_by_its_own_cell_in_a_table_row() -> None:
    """A row of a timeline with names and dates in its other cells is no template's title;
    a cell that is one still is."""
    assert not list(slots("- 15 Apr; Reno shipping template live; D. Fenwick; Done\n"))
    assert [s.text for s in slots("- Seller Appeal Template v2; Draft\n")]


def test_a_letter_whose_parts_are_numbered_paragraphs() -> None:
    letter = "\n\n".join([
        "Dear Seller Performance Team,",
        "We write about the notice of 24 November 2026 on our late shipment rate.",
        "1. The late shipments happened because " + CAUSE[0].lower() + CAUSE[1:],
        "2. To fix this we have already acted. " + FIX,
        "3. To keep it from happening again, " + CONTROL[0].lower() + CONTROL[1:],
        "Sincerely,", "Operations Manager",
    ])  # fmt: skip
    plan = parse_plan(letter)
    assert _parts(letter) == [PARTS]
    assert plan.assumptions, "a reading from paragraph openings is reported (U2), not silent"
    assert "U2" in {f.rule for f in review_text(letter)}


def test_two_issues_each_with_its_parts_and_labels_inside_one_paragraph() -> None:
    two = "\n\n".join([
        "Issue 1: Late shipment rate", "Root cause", CAUSE, "Corrective actions", FIX,
        "Preventive measures", CONTROL,
        "Issue 2: Order defect rate", "Root cause", CAUSE, "Corrective actions", FIX,
        "Preventive measures", CONTROL,
    ])  # fmt: skip
    assert _parts(two) == [PARTS, PARTS]
    pasted = f"Reason: {CAUSE} Fixed by 15 November 2026: {FIX} Control: {CONTROL}"
    assert _parts(pasted) == [PARTS]


def test_a_mixed_section_is_split_by_what_its_points_say() -> None:
    text = "\n\n".join(["Root cause", CAUSE, "Our plan to remediate",
                        f"- Done 15 November 2026: {FIX}",
                        f"- Running daily since 9 November 2026: {CONTROL}"])  # fmt: skip
    plan = parse_plan(text)
    assert _parts(text) == [PARTS]
    assert any(a.part == "preventive" for a in plan.assumptions)


def review_text(text: str) -> list[Finding]:
    from poa.banks import load_library
    from poa.review.plan_review import review_plan

    return list(review_plan(parse_plan(text), load_library(()), "amazon"))


def test_structure_is_never_claimed_missing_when_only_background_is_unplaced() -> None:
    text = _plan("Root cause", "Corrective actions", "Preventive measures") + (
        "\n\nAbout our company\n\nWe were founded in 2016 and have sold on Amazon since 2018."
    )
    findings = review_text(text)
    assert not [f for f in findings if f.rule == "S1"]
    assert "U1" in {f.rule for f in findings}


def test_a_faint_cause_heading_after_the_whole_plan_is_not_a_second_issue() -> None:
    text = _plan("Root cause", "What I have done", "Going forward") + (
        "\n\nWhy my items fit Etsy\n\nEvery piece is thrown and glazed by me in my own studio."
    )
    findings = review_text(text)
    assert not [f for f in findings if f.rule == "S1"], findings
    assert any(f.rule == "U2" and "not an issue of its own" in f.message for f in findings)
    # The same heading with fixes and prevention of its own after it is a second issue.
    second = (
        text
        + "\n\nActions taken\n\nOn 3 May we refunded 4 buyers.\n\nPrevention\n\n"
        + ("Every Monday the owner checks the orders.")
    )
    assert len(parse_plan(second).issues) == 2


def test_an_issue_counter_heading_opens_one_issue() -> None:
    """ "Issue 1 of 2 — …": the counter is the issue's number; and a numbered row under an
    evidence appendix after the whole plan is a row of that list, not a third issue."""
    block = ["Root cause", CAUSE, "Corrective actions", FIX, "Preventive measures", CONTROL]
    row = "1 Dispatch analysis by cause (40 orders) 3 May"
    first, second = "Issue 1 of 2 — Late dispatch", "Issue 2 of 2 — Cancellations"
    text = "\n\n".join([first, *block, second, *block, "Appendix — Evidence", row])
    plan = parse_plan(text)
    assert _parts(text) == [PARTS, PARTS]
    assert [i.title for i in plan.issues] == ["Issue 1 of 2", "Issue 2 of 2"]
    assert not [f for f in review_text(text) if f.rule == "S1"]
    assert len(parse_plan(text.replace(" of 2", "/2")).issues) == 2
    prose = "Issue 1 of our plan was the label printer, which jammed on 3 May."
    assert _parts(_plan("Root cause", "Fixes", "Prevention") + "\n\n" + prose) == [PARTS]


def test_a_sentence_running_into_a_colon_is_text_in_a_plan_whose_parts_have_headings() -> None:
    """A summary's sentence that names a cause before its colon ("Both delays came from gaps
    in how we pack: …") is not a root-cause label when the plan gives its parts headings of
    their own (Markdown here, Word heading styles in a .docx): the issue's own heading opens
    its parts, and no empty first issue is made of the summary."""
    block = ["### Root cause", CAUSE, "### Corrective actions", FIX,
             "### Preventive measures", CONTROL]  # fmt: skip
    summary = "Both delays came from gaps in how we pack and book pickups: " + FIX
    text = "\n\n".join(["## Summary", summary, "## Issue 1: Late dispatch", *block])
    plan = parse_plan(text)
    assert [i.title for i in plan.issues] == ["Late dispatch"]
    assert _parts(text) == [PARTS]
    assert not [f for f in review_text(text) if f.rule == "S1"]
    assert any("gaps in how we pack" in p.text for p in plan.context)
    # Near misses: a short label still opens its part in the same plan (here a part alone
    # before an issue with all three, so it is then told to be the plan's summary), and a
    # sentence with a colon still does where no part has a heading of its own.
    short = parse_plan(text.replace(summary, "Root cause: " + CAUSE))
    assert [sorted(i.sections) for i in short.issues] == [sorted(PARTS)]
    assert any(a.part == "context" and "summary" in a.why for a in short.assumptions)
    bare = "\n\n".join([
        "Plan of Action", "The late orders were caused by a gap in our packing: " + CAUSE,
        "Corrective actions: " + FIX, "Preventive measures: " + CONTROL,
    ])  # fmt: skip
    assert _parts(bare) == [PARTS]


def test_the_marketplace_appeal_forms_fields_are_not_parts() -> None:
    """An appeal form's fields used as headings: the record of violations is the notice's
    reference, the reason chosen is a value, the description holds the plan's own parts."""
    text = "\n".join([
        "Violation type:", "Late dispatch rate 7% (21 of 300 orders)", "",
        "Appeal reason:", "Other - we found the cause and fixed it", "",
        "Appeal description:", "", "What happened:", CAUSE, "", "What we did:", FIX, "",
        "How we keep it from happening again:", CONTROL, "",
        "Supporting documents:", "- Dispatch report, 3 May",
    ])  # fmt: skip
    assert _parts(text) == [PARTS]
    assert not [f for f in review_text(text) if f.rule == "S1"]


def test_what_then_happens_to_what_a_done_action_acted_on_is_not_a_future_fix() -> None:
    done = "3.1 27 Nov 2026 - Created a removal order for all 58 units. "
    assert not [f for f in _fix_findings(done + "The units will be destroyed once received.")]
    # A new plan in the future tense is still one, after a done action or alone.
    assert _fix_findings(done + "We will also retrain the team next month.")
    bold_date = "- **February 24, 2026:** Created removal order R-5529018 for 247 units. "
    assert not _fix_findings(bold_date + "Units will be re-boxed in branded packaging.")
    assert _fix_findings("The units will be destroyed once received.")


def test_a_law_firms_letterhead_is_not_a_threat() -> None:
    letterhead = "Marketplace & Trade Practices Lawyers | Level 9, 88 Kent Street | Our ref: 0117"
    findings = review_text(letterhead + "\n\n" + _plan("Root cause", "Fixes", "Prevention"))
    assert "T3" not in {f.rule for f in findings}
    threat = "Our lawyers are ready to take this further."
    plan = _plan("Root cause", "Fixes", "Prevention").replace(CAUSE, CAUSE + " " + threat)
    assert "T3" in {f.rule for f in review_text(plan)}


def _fix_findings(point: str) -> list[object]:
    text = _plan("Root cause", "Corrective actions", "Preventive measures").replace(FIX, point)
    return [f for f in review_text(text) if f.rule == "C1"]


# -- Word and PDF -----------------------------------------------------------------------------


def _docx(path: Path, style: str) -> Path:
    import docx

    document = docx.Document()
    document.add_paragraph("Plan of Action", style="Title")
    for heading, body in (("Root cause", CAUSE), ("Corrective actions", FIX),
                          ("Preventive measures", CONTROL)):  # fmt: skip
        if style == "table":
            continue
        if style == "styles":
            document.add_heading(heading, level=1)
        else:
            document.add_paragraph().add_run(heading).bold = True
        document.add_paragraph(body, style="List Number" if style == "numbered" else None)
    if style == "table":
        table = document.add_table(rows=3, cols=2)
        rows = (("Root cause", CAUSE), ("Actions taken", FIX), ("Prevention", CONTROL))
        for row, (label, body) in zip(table.rows, rows, strict=True):
            row.cells[0].text, row.cells[1].text = label, body
    document.save(str(path))
    return path


@pytest.mark.parametrize("style", ["styles", "bold", "numbered", "table"])
def test_word_plans_in_every_layout(tmp_path: Path, style: str) -> None:
    path = _docx(tmp_path / f"{style}.docx", style)
    assert _parts(read_plan(path)) == [PARTS]
    assert not [f for f in review(path).findings if f.rule == "S1"]


@pytest.mark.slow
def test_a_pdf_plan_and_a_pdf_without_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from weasyprint import HTML

    html = "".join(f"<h2>{h}</h2><p>{b}</p>" for h, b in (("Root cause", CAUSE),
                   ("Corrective actions", FIX), ("Preventive measures", CONTROL)))  # fmt: skip
    pdf = tmp_path / "plan.pdf"
    HTML(string=f"<h1>Plan of Action</h1>{html}").write_pdf(pdf)
    assert main(["check", str(pdf), "--format", "json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["ready"] is True
    blank = tmp_path / "scan.pdf"
    HTML(string="<div style='width:10cm;height:5cm;background:#000'></div>").write_pdf(blank)
    assert main(["check", str(blank)]) == EXIT_BAD_INPUT
    assert "no text layer" in capsys.readouterr().err
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 not really")
    assert main(["check", str(broken)]) == EXIT_BAD_INPUT


def test_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    good = _plan("Root cause", "Corrective actions", "Preventive measures")
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(good.encode())))
    assert main(["check", "-", "--format", "json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    assert data["source"] == "<stdin>" and data["ready"] is True
    assert {"score", "ready", "findings"} <= data.keys()
    template = "Root cause\n\n[Describe the root cause here]\n\nSigned: [Your Name]"
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(template.encode())))
    assert main(["check", "-"]) == EXIT_FINDINGS
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"x" * (3 * 1024 * 1024))))
    assert main(["check", "-"]) == EXIT_BAD_INPUT


# -- template slots ---------------------------------------------------------------------------

SLOTS = [
    "[Your Name]", "[Seller Name]", "[SELLER NAME]", "[Describe the specific reason here]",
    "[Action 1, with date]", "<insert date>", "<invoice number>", "{order_id}",
    "{{ seller_name }}", "XXX", "B0XXXXXXXX", "123-XXXXXXX-XXXXXXX", "XX/XX/2026", "20XX",
    "TBD", "lorem ipsum", "__________", "DD/MM/YYYY", "(add details)", "[yes/no]",
    "[copyright / trademark - choose one]", "[How many orders? Since when?]",
    "TIP: explain the gap in your own process, not the supplier's fault.",
    "__/__/2026", "[year]", "[other]",
    "[AM: explain WHY the claim was on the listing. Be specific. Do NOT blame the platform.]",
    "%DATE%", "(AM to complete)", "……", "XX", "__", "__%", "2026-07-__",
    "(attach screenshots of your dashboard here)", "(Pro tip from the blog: add order numbers)",
    "[Note to AM: keep the section numbers]", "[NOTE FOR AM: internal use only]",
    "Previous removals: N/A – to confirm", "Cause: stock ran out. ?? ask the warehouse",
    "«ASIN»", "«ROOT_CAUSE_1»", "【Shop ID】", "【4%】", "[●]", "[ ]", "☐",
    "VA NOTE: add one line per ASIN.", "TO BE FILLED BY CLIENT: who runs the check?",
    "(Why did it happen? Be specific.)", "[ALT 1 — no SDS: the seller did not upload one]",
    "[were removed from sale / were blocked from inbound]", "(strike what is not applicable)",
    "Footnotes — delete before sending", "Appeal Letter Template — General Edition V3.2",
    "Example: because of the holiday the warehouse was closed for a week.",
    "(Please fill in 1-3 reasons, the more specific the better)", "DRAFT 2 — HL to settle",
    "RMA-XXXXX", "PO-2026-XXXX", "Courier: Evri / DPD (tick one)",
    "// Jonas: the refund total is still missing",
    "DD Month 2026", "Month DD, YYYY", "DD MMM YYYY", "for XX listings", "«Ships_Own»",
    '{ IF «Ships_Own» = "Y" "We pack in our unit." "Our 3PL packs." }',
    "Error! MergeField was not found in header record of data source.",
    "Guide by Hartwell Appeals - get more free templates at hartwell.example",
    "Gemma's tip: put the date first in every line.", "[Attachment 1 name]", "[Exhibit B title]",
    "CLIENT – PLEASE CONFIRM: were these refunds issued by you?", "{% if fba %}",
    "{{#each orders}}", "DRAFT - NOT FOR SUBMISSION",
    "<If there is a refund for the buyer, write here>", "[Letter of Authorization, if applicable]",
    "10001XXXXX", "55XXX", "[Person responsible]", "<owner>",
    "WRITER NOTE: keep this to one page if you can.", "WM-IP-XXXXXX", "AMZ-CASE-2026-XXXX",
]  # fmt: skip
ON_THEIR_OWN_LINE = ("TIP", "CLIENT", "Previous", "Cause", "VA NOTE", "TO BE", "Footnotes",
                     "Appeal", "Example", "DRAFT", "Courier", "//", "Guide", "Gemma",
                     "WRITER")  # fmt: skip
NOT_SLOTS = [
    "[Exhibit A]", "[1]", "[link](https://example.com)", "<ops@example.com>", "size XXL",
    "B07XK3M9QF", "112-4839201-7730512", "- [x] done", "(see Exhibit 2)", "Xbox", "[sic]",
    "(list attached as sku-lag-2026-11-25.csv)", "{a: b}", "(attached)", "__Exhibit 2__",
    "(to follow)", "XXL", "Part XX: Root cause", "(template and signed copy for lot tv-2603)",
    "- example: 577096613820459938.", "- Note: all 14 orders were merchant-fulfilled.",
    "«not as described»", "- [x] removal order created", "the listing template (v2)",
    "- internal packing cut-off 1:30 pm",
    "- Daily check; internal warning level 0.5%.\n- Carrier review (every Friday). Owner: Sam.",
    "INV-2026-0042", "- We ship with UPS / FedEx depending on weight.",
    "size XL-XXL",
    "01 May 2026", "XXL sizes", "Chapter XX", "«quoted» French-style marks in a sentence",
    "the MM 12 review", "see Appendix A (c) 2026 photos", "[Attachment 2]",
    "[Exhibit A: supplier invoice]", "- listing template by stock source, in use since May",
    "We confirm: all 14 orders were refunded.", "5XL", "size 3XL", "(If in doubt, we ask.)",
    "WM-IP-03", "- 15 Apr; Reno shipping template live; D. Fenwick; Done",
]  # fmt: skip


@pytest.mark.parametrize("slot", SLOTS)
def test_every_kind_of_template_slot_is_found(slot: str) -> None:
    own_line = slot.startswith(ON_THEIR_OWN_LINE)
    text = slot if own_line else f"On 3 November we refunded {slot} orders."
    found = [s.text for s in slots(text)]
    assert any(slot.strip() in f or f in slot for f in found), found


@pytest.mark.parametrize("text", NOT_SLOTS)
def test_real_text_is_not_a_slot(text: str) -> None:
    line = text if text.startswith("- ") else f"We attach {text} as evidence."
    assert [s.text for s in slots(line)] == []


def test_an_unfilled_template_is_not_ready_and_ranks_below_a_weak_plan(tmp_path: Path) -> None:
    template = tmp_path / "template.md"
    template.write_text(
        "# Plan of Action\n\nSeller: [Your Name]\nDate: <insert date>\n\n## Root cause\n\n"
        "[Describe the specific reason for the suspension here]\n\n## Corrective actions\n\n"
        "1. [Action 1, with date]\n2. [Action 2, with date]\n\n## Preventive measures\n\n"
        "1. [Measure 1 - who is responsible, how often]\n\nOrder: 123-XXXXXXX-XXXXXXX\n"
    )
    weak = tmp_path / "weak.txt"
    weak.write_text(
        _plan("Root cause", "Corrective actions", "Preventive measures").replace(
            CONTROL,
            "We will be more careful and it will never happen again. The carrier lost "
            "the parcels, not us.",
        )
    )
    report = review(template)
    assert not report.ready and report.score < review(weak).score
    x3 = [f for f in report.findings if f.rule == "X3"]
    assert x3 and all(f.severity == "error" and f.line and f.fix for f in x3)
    assert main(["check", str(template)]) == EXIT_FINDINGS


# -- the graded corpus --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def dev() -> plan_eval.Figures:
    return plan_eval.figures(plan_eval.grade_all(plan_eval.DEV))


def test_development_corpus(dev: plan_eval.Figures) -> None:
    """1340 plans (65 first, then fifty-three held-out sets of 24 to 27, each measured once and
    then tuned on, and round 54, given to development unmeasured). Measured: structure 765/768
    (the thirty-eighth set's letter whose two issues are bold topic lines is read as one issue;
    the forty-first's letter whose two issues are topic headings over paragraphs with no part
    headings; the fiftieth's PDF whose executive summary over an action log leaves its cause
    unfound), placeholders 4846/4860, unfilled 320/320, Spearman 0.9268 (0.92682 once the
    fifty-third set joined, tuned: tests/test_plan_reading_round53.py, _el6.py); five filled
    plans with false slots (one's notes between its writers, two's chatbot lines that their
    writers did not count, one checklist's "(internal form CR-07, rev. 3)", one PDF's summary
    table whose cells run together because its "#" column stands too close to the next). Every
    strong plan stands above every weak one. Round 54 joined with its floors re-based to what the
    reader read then (structure 748/754, placeholders 4753/4779, eight plans with false slots,
    Spearman 0.9223, two of its strong plans below weak ones) and its classes raised them
    (tests/test_plan_reading_round54.py, _slots54.py). The floor has moved by 0.0001 either way
    as sets joined and correct readings reordered strong plans. The held-out set is measured in
    tests/test_plan_heldout.py, which no one who changes the reader reads."""
    assert dev.plans >= 1340
    assert dev.structure_ok >= 765, dev.structure_misses
    assert dev.placeholders_found >= 4846, dev.placeholder_misses
    assert dev.unfilled_flagged == dev.unfilled_total and not dev.ready_unfilled
    # Notes between two writers ("[Comment: …]"), chatbot lines ("Certainly! Below is …") that
    # a writer did not count, a checklist's form name in brackets, a PDF table's run-together
    # cells: reported, against keys.
    assert len(dev.false_placeholders) <= 5, dev.false_placeholders
    assert dev.spearman >= 0.9268
    assert dev.strong_above_weak, dev.overlaps


def test_spearman_is_computed_right() -> None:
    assert plan_eval.spearman([1, 2, 3, 4], [10, 20, 30, 40]) == pytest.approx(1.0)
    assert plan_eval.spearman([1, 2, 3, 4], [40, 30, 20, 10]) == pytest.approx(-1.0)
    assert plan_eval.spearman([1, 1, 2, 2], [1, 2, 3, 4]) == pytest.approx(0.894, abs=1e-3)


# -- poa's own documents read back ----------------------------------------------------------------

ISSUE_13 = {"L1", "S4", "T6"}
"""Warnings that are true of poa's documents today: plans over 900 words and numbered items over
150 words, and no ownership sentence in the PIP and the form text. Issue 13 rewrites the
documents; the review is not bent to pass them."""


@pytest.mark.slow
def test_every_document_poa_renders_reads_back_without_error(tmp_path: Path) -> None:
    from poa.render import render

    kinds: dict[str, str] = {}
    for sample in SAMPLES:
        for path in render(sample, tmp_path, ["md", "docx", "pdf"]):
            report = review(path)
            assert report.errors == [], (path, report.errors)
            others = {f.rule for f in report.findings if f.severity == "warning"} - ISSUE_13
            assert others == set(), (path, others)
            kinds[path.name] = report.document or ""
        txt = tmp_path / sample.stem / "channel.txt"
        assert review(txt).errors == [], txt
    assert kinds["letter.md"] == COVER_LETTER and kinds["evidence.pdf"] == EVIDENCE_INDEX
    assert kinds["poa.docx"] == PLAN and kinds["pip.pdf"] == PLAN


# -- rules a user can look up ----------------------------------------------------------------------


def test_every_rule_the_review_can_report_is_in_the_catalogue() -> None:
    emitted = {rule.id for rule in CHECKS} | {rule.id for rule in SENTENCE_RULES}
    assert emitted <= set(BY_ID), emitted - set(BY_ID)
    assert all(rule.catches and rule.bad and rule.good and rule.why for rule in RULES)


def test_poa_rules_lists_and_explains(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["rules"]) == EXIT_OK
    listing = capsys.readouterr().out
    assert all(rule.id in listing for rule in RULES)
    assert main(["rules", "r1"]) == EXIT_OK
    one = capsys.readouterr().out
    assert "Why:" in one and "Instead of:" in one and "Write:" in one
    assert not re.search(r"\b[ATGKWEY]\d{1,2}\b", one), "source keys of research not shipped"
    assert main(["rules", "Z9"]) == EXIT_BAD_INPUT
    assert main(["rules", "X3", "--format", "json"]) == EXIT_OK
    assert json.loads(capsys.readouterr().out)["severity"] == "error"


def test_the_readme_rule_table_is_generated_from_the_catalogue() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    table = readme.split("<!-- rules:start -->")[1].split("<!-- rules:end -->")[0]
    assert table.strip() == markdown_table(), "run: poa rules --format markdown"


def test_a_paste_text_is_measured_box_by_box(tmp_path: Path) -> None:
    box = "=== Seller Center appeal form ({n} of 1,800 characters) ===\n\n{body}\n\n"
    fits = "We take responsibility. Reason: our stock sync ran every 4 hours; 119 orders failed."
    contact = "=== Contact form (90 of 500 characters) ===\n\nShop 07 appeals the notice.\n"
    plan = tmp_path / "channel.txt"
    plan.write_text(box.format(n=len(fits), body=fits) * 1 + contact * 20, encoding="utf-8")
    assert not [f for f in review(plan).findings if f.rule == "L1"]  # 2,000 characters, boxes fit
    long = fits + " More detail." * 150
    plan.write_text(box.format(n=len(long), body=long) + contact, encoding="utf-8")
    over = [f for f in review(plan).findings if f.rule == "L1"]
    assert len(over) == 1 and over[0].severity == "error"
    assert "Seller Center appeal form" in over[0].location


def test_the_verdict_for_a_companion_document_reads_as_english(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    index = tmp_path / "evidence.md"
    index.write_text(
        "# Evidence index\n\n| Ref | Document |\n|---|---|\n| E1 | Invoice 0642 |\n",
        encoding="utf-8",
    )
    main(["check", str(index)])
    out = capsys.readouterr()
    assert "read as an evidence index" in out.out + out.err


def test_a_negation_right_before_a_vague_cause_clears_it() -> None:
    """ "My mistake, not a misunderstanding" owns the cause; "do not suspend my shop over a
    misunderstanding" still calls it one."""
    r1 = next(rule for rule in SENTENCE_RULES if rule.id == "R1")
    assert r1.match("That was my mistake, not a misunderstanding on your side.") is None
    assert r1.match("Please do not suspend my shop over a misunderstanding.") is not None


def test_a_question_answered_in_prose_before_the_issues_is_background() -> None:
    """Etsy's own questions about a shop ("Who makes your items?"), answered before the issues
    that have their parts, are background with a note of their own, not issues missing parts."""
    text = (
        "Answers for the Etsy team\n=========================\n\n"
        "Who makes your items?\n=====================\n\nI make every bookmark by hand in my "
        "studio, and a pin workshop makes the enamel pins from my artwork, which I approve "
        "before each run, sample by sample.\n\nWhat went wrong\n===============\n\n"
        "Enamel pins\n-----------\n\n**Why it happened:** I listed the pins as made by me "
        "and never added the workshop as a production partner.\n\n**What I fixed:** On 11 "
        "March 2026 I added the workshop as a partner and edited all 14 listings.\n\n"
        "**How I stop it happening again:** Before a listing goes live I tick a checklist "
        "line for who made it; each quarter I re-read the standards.\n"
    )
    plan = parse_plan(text)
    assert [issue.title for issue in plan.issues] == ["Enamel pins"]
    assert any(a.heading == "Who makes your items?" for a in plan.assumptions)


def test_a_pasted_form_field_with_its_answer_is_a_heading_not_a_slot() -> None:
    text = (
        "[Reason for violation]\nOur courier missed six collections in March.\n\n"
        "[Corrective actions taken]\nWe shipped the 40 late orders by 2 April.\n\n"
        "[Explain any other contributing factors]\n\n[Signature block]\nMaria Lopez\n"
    )
    found = [s.text for s in slots(text)]
    assert "[Reason for violation]" not in found and "[Corrective actions taken]" not in found
    assert "[Explain any other contributing factors]" in found and "[Signature block]" in found


def test_guidance_left_in_a_template_is_a_slot_and_a_plans_own_orders_are_not() -> None:
    guidance = "Explain clearly why the violation happened. Do not blame the customer."
    template = f"Seller: [Seller Name]\nDate: [Date]\nOrder: [Order ID]\n\n{guidance}\n"
    assert guidance in [s.text for s in slots(template)]
    plan = f"Root cause: our packer skipped the label check.\n\n{guidance}\n"
    assert guidance not in [s.text for s in slots(plan)]


def test_an_order_to_the_writer_in_brackets_after_a_line_is_a_slot_in_a_template() -> None:
    """ "… to resolve it. *(If you got a retraction, attach it.)*": a condition on the writer
    whose clause is an order, in brackets, in a template; a plan's own aside is not one."""
    aside = "*(If you got a retraction, attach it.)*"
    template = (
        f"Seller: [Seller Name]\nDate: [Date]\n\n1. We contacted the rights owner at [email] to "
        f"resolve the complaint. {aside}\n"
    )
    assert aside in [s.text for s in slots(template)]
    plan = "We contacted the rights owner on 3 May. (If you need the reply, we attach it.)\n"
    assert not list(slots(plan))


def test_a_choice_nobody_made_is_a_slot_in_a_template_only() -> None:
    choice = "We refunded / replaced the orders for the customers."
    template = f"Seller: [Seller Name]\nDate: [Date]\nOrder: [Order ID]\n\n{choice}\n"
    assert "refunded / replaced" in [s.text for s in slots(template)]
    assert not list(slots(f"Root cause: a packer skipped the check.\n\n{choice}\n"))


def test_a_pasted_form_field_alone_on_its_line_is_answered_not_a_slot() -> None:
    form = "[Additional information]\nPlease restore the shop; all orders now ship tracked.\n"
    assert not list(slots(form))
    assert [s.text for s in slots("The [Person responsible] checks the rate daily.")] == [
        "[Person responsible]"
    ]


def test_a_summary_before_the_issues_is_no_issue_of_its_own() -> None:
    """A summary table's column "Root cause (one line)" before two issues that each have
    their three parts: background said as an assumption, not an issue missing two parts."""
    issue = (
        "{n}. Issue {x} - {name}\n{n}.1 Root cause\nOur {what} failed on 2 March.\n\n{n}.2 "
        "Corrective actions (completed)\n- 15 April 2026 - Fixed the {what}.\n\n{n}.3 "
        "Preventive measures\n- The {what} is checked every Monday. Owner: Ana.\n\n"
    )
    text = (
        "Plan of Action: On-Time Delivery and Cancellations\n\n1. Summary\nMetric Value "
        "Standard\n\nRoot cause (one line)\n\nOn-Time Delivery 83.9% 90% template out of date\n\n"
        + issue.format(n=2, x="A", name="On-Time Delivery", what="shipping template")
        + issue.format(n=3, x="B", name="Cancellations", what="inventory feed")
    )
    plan = parse_plan(text)
    assert [set(i.sections) for i in plan.issues] == [
        {"root_cause", "corrective", "preventive"}
    ] * 2
    assert any("summary" in a.why for a in plan.assumptions)


def test_a_letter_paragraph_of_fixes_since_the_notice_reads_as_the_fixes() -> None:
    text = (
        "Dear team,\n\nMy orders grew faster than I could keep up with, and I did not list my "
        "helper as a production partner. That was the reason for the suspension.\n\nSince "
        "getting the email I have deactivated the 6 listings for trimmers. I have also added my "
        "helper as a production partner and updated the 9 listings.\n\nGoing forward I add "
        "any new partner before listing, and I check my listings every month.\n\nKind "
        "regards,\nMaren\n"
    )
    plan = parse_plan(text)
    assert plan.issues and set(plan.issues[0].sections) == {
        "root_cause",
        "corrective",
        "preventive",
    }


def test_a_plan_laid_out_parts_first_with_issues_inside_the_cause() -> None:
    """ "ROOT CAUSE ANALYSIS", then "Issue 1 - …" and "Issue 2 - …" under it, then the plan's
    fixes and prevention: one plan with its three parts, not an empty issue and two more."""
    text = (
        "ROOT CAUSE ANALYSIS\n\nIssue 1 - Late Shipment Rate\n\nOn 14 February our shipping "
        "software stopped confirming shipments after the warehouse move.\n\nIssue 2 - Cancel "
        "Rate\n\nA hand count overstated stock by 74 units.\n\nCORRECTIVE ACTIONS "
        "(COMPLETED)\n\nOn 1 March we re-enabled automatic confirmation.\n\nPREVENTIVE "
        "MEASURES (ONGOING)\n\nThe operations lead checks the unshipped view every day at 2 pm.\n"
    )
    plan = parse_plan(text)
    parts = {"root_cause", "corrective", "preventive"}
    assert len(plan.issues) == 1 and set(plan.issues[0].sections) == parts


def test_headings_pasted_with_their_html_tags_are_headings() -> None:
    text = (
        "Dear team,<br><br>\n<b>Root Cause</b><br>\nReturns went back to stock unchecked."
        "<br><br>\n<b>Corrective Actions</b><br>\n&nbsp;- On 2 May we pulled 40 returned units."
        "<br><br>\n<b>Preventive Measures</b><br>\n&nbsp;- Every return is inspected by the "
        "returns lead before restocking.<br>\n"
    )
    plan = parse_plan(unmarked(text))
    assert set(plan.issues[0].sections) == {"root_cause", "corrective", "preventive"}


def test_a_paragraph_that_tells_a_whole_issue_is_split_into_its_parts() -> None:
    text = (
        "Dear team,\n\nNon-delivery cases. The root cause was my shipping method for cheap "
        "orders, which had no tracking. To correct this I refunded all four buyers on 3 April "
        "and switched to tracked post. Going forward every order ships tracked, and I check the "
        "tracking page each Friday.\n\nKind regards,\nMaren\n"
    )
    plan = parse_plan(text)
    assert plan.issues and set(plan.issues[0].sections) == {
        "root_cause",
        "corrective",
        "preventive",
    }


def test_na_values_are_slots_only_in_a_template() -> None:
    template = "Seller: [Seller Name]\nDate: [Date]\nOrder: [Order ID]\n\nAppeal ticket: N/A\n"
    assert "Appeal ticket: N/A" in [s.text for s in slots(template)]
    assert not list(slots("Chargebacks: N/A\nWe refunded every buyer on 3 May.\n"))


def test_text_in_word_content_controls_is_read(tmp_path: Path) -> None:
    """Word's "Click or tap here to enter text." fields are content controls, inline and as
    blocks of their own: their text is part of the plan, a slot left unfilled too."""
    import docx
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls

    document = docx.Document()
    document.add_paragraph("Root cause")
    document.add_paragraph("Our account ")._p.append(
        parse_xml(
            f"<w:sdt {nsdecls('w')}><w:sdtContent><w:r><w:t>was restricted on 3 May"
            "</w:t></w:r></w:sdtContent></w:sdt>"
        )
    )
    document.element.body.insert(
        2,
        parse_xml(
            f"<w:sdt {nsdecls('w')}><w:sdtContent><w:p><w:r><w:t>Click or tap here to enter "
            "text.</w:t></w:r></w:p></w:sdtContent></w:sdt>"
        ),
    )
    path = tmp_path / "controls.docx"
    document.save(str(path))
    text = read_plan(path)
    assert "Our account was restricted on 3 May" in text
    assert "Click or tap here to enter text." in text


def test_header_fields_over_a_purpose_section_are_no_issue() -> None:
    """A proactive plan's header of bold fields ("**Type:** Proactive plan"), then a section
    whose heading happens to say "why", before two issues that each have all three parts:
    the field labels the document, it names no issue, and the section is background."""
    issue = (
        "## Issue {n}: {name}\n\n### Root cause\n\nOur {what} failed on 2 March.\n\n"
        "### Corrective actions\n\n- **4 Mar 2026** - Fixed the {what}.\n\n"
        "### Preventive measures\n\n| Control | Owner |\n|---|---|\n"
        "| The {what} is checked every Monday | Ana |\n\n"
    )
    text = (
        "# Improvement Plan\n\n**Seller:** Larchwood Goods\n**Date:** 9 March 2026\n"
        "**Type:** Proactive plan (no notice received)\n\n## Why we are writing this\n\n"
        "Two metrics moved the wrong way in February, though neither has breached.\n\n"
        + issue.format(n=1, name="Late shipments", what="packing bench")
        + issue.format(n=2, name="Tracking", what="carrier mapping")
    )
    plan = parse_plan(text)
    assert [set(i.sections) for i in plan.issues] == [
        {"root_cause", "corrective", "preventive"}
    ] * 2
    assert "Type" not in [i.title for i in plan.issues]
    # A heading that titles an issue on its own line still does.
    titled = text.replace("**Type:** Proactive plan (no notice received)", "**Proactive plan**")
    assert len(parse_plan(titled).issues) == 3


def test_a_bracketed_attachment_with_its_condition_is_a_slot() -> None:
    attached = "Attached:\n1. Invoices\n2. [Lab test report, if any claim is kept]\n"
    assert [s.text for s in slots(attached)] == ["[Lab test report, if any claim is kept]"]
    assert [s.text for s in slots("See [Supplier Invoice, when it arrives] below.")] == [
        "[Supplier Invoice, when it arrives]"
    ]
    # a writer's own remark in brackets, with a condition, is no value's name
    assert not list(slots("We refunded the buyers [shipped 14 parcels, if that matters] in May."))


def test_a_one_letter_blank_at_the_start_of_a_wrapped_line_is_a_slot() -> None:
    """A PDF breaks a sentence before "[X] units": a blank to fill, not a ticked box."""
    wrapped = "Safety buffer: show stock as actual stock minus\n[X] units for the top SKUs\n"
    assert [s.text for s in slots(wrapped)] == ["[X]"]
    ticked = "Done so far:\n[x] Refunded the buyers\n[x] updated the handling time\n- [x] paid\n"
    assert not list(slots(ticked))


def test_a_point_opening_with_a_date_without_its_year_is_done() -> None:
    """ "March 6: closed … They will be destroyed …": the point is a done action, and what
    then happens to what it acted on is not a fix in the future tense."""
    point = (
        "March 6: closed our account with the wholesaler and set aside the 32 units still in "
        "our warehouse. They will be destroyed along with the returned units."
    )
    assert _fix_findings(point) == []
    assert _fix_findings("March 6: we will close our account with the wholesaler.")
