"""Classes first met in the thirty-second round of plans: each test is a small document
written for the class, not a line of any plan in the corpus."""

from __future__ import annotations

from poa.review.headings import FIX, PREVENT, ROOT
from poa.review.plan import parse_plan


def test_a_part_at_the_level_of_plainly_named_issue_titles_covers_every_issue() -> None:
    """Issues titled only by what went wrong ("## 1. Late dispatch", no "Issue" word), each
    with its cause and fixes a level deeper, then "## 3. Prevention" at the titles' level: the
    prevention is a section beside the issues and covers both, not a part of the last one
    only. Under the last issue's own level ("### Prevention") it stays that issue's part."""
    opening = "# Plan of Action\n\nOur store was paused on 2 May.\n\n"
    issue_a = (
        opening + "## 1. Late dispatch\n\n### Root cause\n\nA software switch held labels back.\n\n"
    )
    fixes_a = "### Corrective actions\n\n- 3 May: the label job now runs every ten minutes.\n\n"
    issue_b = "## 2. Tracking uploads\n\n### Root cause\n\nCarrier names went out as text.\n\n"
    fixes_b = "### Corrective actions\n\n- 4 May: carrier codes mapped for every order.\n\n"
    shared = "## 3. Prevention\n\n- A daily check at 15:00 that every order has a label.\n"
    plan = parse_plan(issue_a + fixes_a + issue_b + fixes_b + shared)
    assert [issue.title for issue in plan.issues] == ["Late dispatch", "Tracking uploads"]
    assert [sorted(issue.sections) for issue in plan.issues] == [sorted([ROOT, FIX, PREVENT])] * 2
    own = parse_plan(issue_a + fixes_a + issue_b + fixes_b + shared.replace("## 3.", "###"))
    assert [PREVENT in issue.sections for issue in own.issues] == [False, True]


def _rule_ids(text: str) -> list[str]:
    from poa.banks import load_library
    from poa.review.plan_review import review_plan

    return [finding.rule for finding in review_plan(parse_plan(text), load_library(()), "amazon")]


def test_a_word_that_starts_with_a_case_label_is_no_case_reference() -> None:
    """ "case notifications", "case notices", "case numbers with refund dates": a word that
    only begins like a label ("no", "id", "number") is the business's own noun, not a
    reference to another support case. "Case no. 4471" and "case ID: 99" still are."""
    fixes = "Corrective actions\n\n- 3 May: {} now go to the main helpdesk queue.\n"
    plan = (
        "Root cause\n\nNobody read the shared inbox.\n\n"
        + fixes
        + ("\nPreventive measures\n\n- The support lead checks the queue every day at 10:00.\n")
    )
    for words in ("Case notifications", "Case notices", "All 9 case numbers with dates"):
        assert "S7" not in _rule_ids(plan.format(words))
    for reference in ("Replies on case no. 4471", "Replies on case ID: 99"):
        assert "S7" in _rule_ids(plan.format(reference))


def test_a_person_named_as_the_one_who_runs_a_check_is_its_owner() -> None:
    """ "Nell checks the returns queue every weekday", "Mr. Okoro reviews the report each
    Monday": a person by name doing the check owns it as surely as a role does, so P2 does
    not say the measures name no owner. A name that only promises ("Nell promises to be
    careful"), a marketplace doing something ("Etsy reviews ...") or a plan with no person
    at all still names none."""
    from poa.review.measures import names_an_owner

    assert names_an_owner("Nell checks the returns queue every weekday at 9:00.")
    assert names_an_owner("Every Monday Mr. Okoro reviews the late-order report.")
    assert not names_an_owner("Nell promises to be careful with every order from now on.")
    assert not names_an_owner("Etsy reviews every listing, and we keep the stock sheet.")
    assert not names_an_owner("The stock sheet is compared with the shelves every Friday.")
    plan = (
        "Root cause\n\nOn 2 May our 14 orders waited while the only packer was away.\n\n"
        "Corrective actions\n\n- 3 May: all 14 orders shipped with tracking.\n\n"
        "Preventive measures\n\n- {} the unshipped-orders view every day at 14:00.\n"
    )
    assert "P2" not in _rule_ids(plan.format("Nell checks"))
    assert "P2" in _rule_ids(plan.format("Someone checks"))


def test_more_of_the_same_watching_at_a_frequency_is_still_a_promise() -> None:
    """ "We will monitor our orders more closely every day", "we will check stock more
    often": more watching by a degree nobody can measure, a frequency with nothing named
    that runs or is looked at. It stays a promise (P1). The same frequency with what is
    looked at and when, or who does it, is a control."""
    plan = (
        "Root cause\n\nOn 2 May our 14 orders waited while the only packer was away.\n\n"
        "Corrective actions\n\n- 3 May: all 14 orders shipped with tracking.\n\n"
        "Preventive measures\n\n- {}\n"
    )
    for promise in (
        "We will monitor our orders more closely every day.",
        "We will check our stock more often.",
        "From now on we will keep a closer eye on orders and check them regularly.",
    ):
        assert "P1" in _rule_ids(plan.format(promise)), promise
    for control in (
        "We will check the unshipped-orders view more closely, every day at 14:00.",
        "Every day the shipping lead checks orders more closely against the dispatch report.",
        "We now check the stock sheet every Friday.",
    ):
        assert "P1" not in _rule_ids(plan.format(control)), control


def test_the_sellers_own_deeds_in_a_dated_log_told_as_the_cause_are_its_fixes() -> None:
    """A plan that tells its story as a dated log ("**3 June** - ...") under a heading that
    names no part, then "Going forward": the entries that report what the seller did
    ("Refunded ...", "We rebuilt ...") are the fixes, the entries that tell what happened
    (a rush of orders, a notice received) stay the cause. A log with no deed of the seller's
    in it has no fixes to find."""
    head = "Hello Seller Support,\n\nThis is what happened and what we did.\n\n## Timeline\n\n"
    log = (
        "- **2 June 2026** – A sale tripled our orders overnight, and we did not have a\n"
        "  second label printer when the only one broke that evening.\n"
        "- **3 June 2026** – About 120 orders missed the dispatch window because labels\n"
        "  could not be printed until the repair.\n"
        "- **4 June 2026** – Received the warning about late dispatch.\n"
        "- **5 June 2026** – Refunded the 31 buyers who asked and shipped every late order.\n"
        "- **6 June 2026** – We bought a second label printer and tested it on 40 orders.\n"
    )
    tail = (
        "\n## Going forward\n\n"
        "The shipping lead checks the unshipped-orders view at 14:00 every day.\n"
    )
    plan = parse_plan(head + log + tail)
    (issue,) = plan.issues
    assert [p.text[:21] for p in issue.sections[FIX]] == [
        "**5 June 2026** – Ref",
        "**6 June 2026** – We ",
    ]
    assert len(issue.sections[ROOT]) >= 3
    story_only = "".join(log.splitlines(keepends=True)[:5])
    assert FIX not in parse_plan(head + story_only + tail).issues[0].sections


def test_a_fix_paragraph_that_ends_on_what_will_keep_it_fixed_holds_both_parts() -> None:
    """One paragraph under "What we changed": a fix done on its date, then "going forward
    we will ..." in its last sentence, and no prevention elsewhere. The last sentence is the
    prevention (so no structure error says it is missing); the dated fix stays the fix. A
    paragraph of fixes only gains no prevention."""
    text = (
        "Issue 1: Misleading title\n\n"
        "Why this happened: We copied a supplier's wording without checking the label, so "
        "the title said silk for a polyester item.\n\n"
        "What we changed: On 14 May 2026 we rewrote the title and removed the word silk from "
        "all 3 listings. {}\n"
    )
    ahead = "Going forward every new title is checked against the fabric label before it goes live."
    (issue,) = parse_plan(text.format(ahead)).issues
    assert [p.text for p in issue.sections[PREVENT]] == [ahead]
    assert issue.sections[FIX][0].text.startswith("On 14 May 2026 we rewrote")
    (only_fixes,) = parse_plan(text.format("We refunded the 6 buyers on 15 May.")).issues
    assert PREVENT not in only_fixes.sections


def test_a_heading_straight_over_a_cause_heading_titles_the_next_issue() -> None:
    """A metric's name that reads like a document's section ("RETURNS CLOSED WITHOUT A
    REFUND": "closed" as in a closing) standing straight over "WHAT HAPPENED", after an
    issue that has its parts, is the next issue's title: the cause under it opens a named
    issue, not a second cause of the one before."""
    parts = (
        "WHAT HAPPENED\nOn 3 May our label printer broke and 40 orders shipped late.\n\n"
        "WHAT WE DID\nOn 4 May we bought a second printer and shipped all 40 orders.\n\n"
        "GOING FORWARD\nThe shipping lead checks the printer log every day at 9:00.\n\n"
    )
    text = (
        "Dear eBay team,\n\nOur account fell below standard.\n\nLATE SHIPMENT RATE\n\n"
        + parts
        + "RETURNS CLOSED WITHOUT A REFUND\n\n"
        + parts
    )
    plan = parse_plan(text)
    assert [issue.title for issue in plan.issues] == [
        "LATE SHIPMENT RATE",
        "RETURNS CLOSED WITHOUT A REFUND",
    ]
    assert all(issue.named for issue in plan.issues)
