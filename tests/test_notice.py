"""The notice reader, measured on 33 notices written for the purpose (tests/fixtures/notices)."""

from __future__ import annotations

import io
import json
import socket
from pathlib import Path

import pytest

from poa.banks import load_library
from poa.casefile import open_case
from poa.cli import main
from poa.errors import EXIT_BAD_INPUT, EXIT_OK
from poa.notice import read_notice_file
from poa.notice.clean import clean, own_words
from poa.notice.extract import extract
from poa.notice.facts import NoticeFacts
from tests.notice_eval import HELD_OUT, NOTICES, REWORDED, SECOND_LOOK, cases, evaluate

REASONS, IDS, FACTS = evaluate()
CASES = cases()


def test_reason_detection_precision_and_recall() -> None:
    # Measured: 37 reasons expected in 33 notices, all found, none extra (1.00 / 1.00).
    assert REASONS.precision >= 0.95, REASONS.errors
    assert REASONS.recall >= 0.95, REASONS.errors


def test_id_extraction_precision_and_recall() -> None:
    # Measured: 71 ASINs and order ids, all found; none of the traps (case, complaint, item,
    # listing and product numbers) taken for one (1.00 / 1.00).
    assert IDS.precision >= 0.95, IDS.errors
    assert IDS.recall >= 0.95, IDS.errors


@pytest.mark.parametrize(
    ("folder", "measured"),
    [
        # 12 notices written by someone else after the phrase reader was finished (it read them
        # at reasons 0.85 / 0.92); a development set since issue 16.
        (HELD_OUT, "reasons 12 of 12, none false; ids 33 of 33, none false"),
        # 61 notices saying each reason in other words (the phrase reader: 0.50 / 0.10, ids
        # 80 of 102), and 38 in other words again, read once before tuning (0.91 / 0.83 and
        # 0.81 / 0.87): issue 16's development sets.
        (REWORDED, "reasons 61 of 61, none false; ids 102 of 102, none false"),
        (SECOND_LOOK, "reasons 39 of 39, none false; ids 49 of 49, none false"),
    ],
    ids=["second development", "reworded", "second look"],
)
def test_more_development_notices(folder: Path, measured: str) -> None:
    """Floors at the measured levels (issue 16): every reason and id, no false one."""
    reasons, ids, _ = evaluate(folder)
    assert reasons.precision >= 1.0 and reasons.recall >= 1.0, (measured, reasons.errors)
    assert ids.precision >= 1.0 and ids.recall >= 1.0, (measured, ids.errors)


@pytest.mark.parametrize(("notice", "expected"), CASES, ids=[n.name for n, _ in CASES])
def test_marketplace_dates_and_rejection(notice: Path, expected: dict[str, object]) -> None:
    facts = FACTS[notice.name]
    assert facts.marketplace == expected["marketplace"]
    assert facts.received == expected.get("received")
    if expected.get("deadline"):
        assert facts.deadline == expected["deadline"], facts.deadline_basis
    elif facts.deadline is not None:  # not stated: only the reason's usual rule may set it
        assert facts.deadline_basis is not None and "usual" in facts.deadline_basis
    assert facts.is_rejection == bool(expected.get("is_rejection"))


def test_metrics_and_requests_mostly_exact() -> None:
    """Measured: metric values exact in 28 of 33 notices, requests exact in 28 of 33."""
    metrics = requests = 0
    for notice, expected in CASES:
        facts = FACTS[notice.name]
        wanted = {(m["metric"], float(m["value"])) for m in expected.get("metrics") or []}
        metrics += {(m["metric"], m["value"]) for m in facts.metrics} == wanted
        requests += set(facts.requests) == set(expected.get("requests") or [])
    assert metrics >= 0.8 * len(CASES)
    assert requests >= 0.8 * len(CASES)


def test_an_unknown_reason_is_said_plainly(capsys: pytest.CaptureFixture[str]) -> None:
    notice = NOTICES / "16-amazon-support-misuse-unknown.txt"
    assert main(["notice", str(notice)]) == EXIT_OK
    out = capsys.readouterr().out
    assert "Reason: not recognised" in out
    assert "Closest reasons" in out and "\n    amazon." in out


def test_html_is_reduced_to_text_and_nothing_is_fetched(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("the notice reader opened a network connection")

    monkeypatch.setattr(socket.socket, "connect", refuse)
    html = (NOTICES / "13-amazon-identity-verification.html").read_text(encoding="utf-8")
    text = clean(html)
    assert "<" not in text and "{" not in text  # no markup, no CSS left
    _, facts = read_notice_file(NOTICES / "13-amazon-identity-verification.html")
    assert facts.reasons == ["amazon.identity_verification"]


def test_json_has_the_documented_keys(capsys: pytest.CaptureFixture[str]) -> None:
    notice = NOTICES / "15-amazon-uk-two-issues.txt"
    assert main(["notice", str(notice), "--format", "json"]) == EXIT_OK
    data = json.loads(capsys.readouterr().out)
    keys = {"marketplace", "reasons", "asins", "order_ids", "deadline", "metrics", "requests",
            "is_rejection"}  # fmt: skip
    assert keys <= data.keys()
    assert data["reasons"] == ["amazon.late_shipment_rate", "amazon.pre_fulfillment_cancel_rate"]


def test_a_case_skeleton_starts_the_interview(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notice = NOTICES / "05-amazon-inauthentic-asins.txt"
    case = tmp_path / "case.yaml"
    assert main(["notice", str(notice), "-o", str(case)]) == EXIT_OK
    data = open_case(case).data
    assert data["marketplace"] == "amazon"
    assert [i["reason"] for i in data["issues"]] == ["amazon.inauthentic"]
    assert data["notice"]["asins"] == FACTS[notice.name].asins
    assert main(["notice", str(notice), "-o", str(case)]) == EXIT_BAD_INPUT  # never overwritten
    assert "poa interview" in capsys.readouterr().err


def test_interview_with_a_notice_fills_what_the_notice_says(tmp_path: Path) -> None:
    notice = NOTICES / "01-amazon-late-shipment-forwarded.txt"
    case = tmp_path / "case.yaml"
    code = main(["interview", str(case), "--notice", str(notice), "--set",
                 "seller.legal_name=Example Seller LLC"])  # fmt: skip
    assert code == EXIT_BAD_INPUT  # the rest of the answers are missing, and listed
    data = open_case(case).data
    assert data["seller"]["legal_name"] == "Example Seller LLC"
    assert data["issues"][0]["reason"] == "amazon.late_shipment_rate"
    assert data["notice"]["received_on"] == FACTS[notice.name].received


def test_standard_input(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = (NOTICES / "26-tiktok-late-dispatch.txt").read_text(encoding="utf-8")
    monkeypatch.setattr("sys.stdin", io.StringIO(text))
    assert main(["notice", "-"]) == EXIT_OK
    assert "tiktok.late_dispatch_rate" in capsys.readouterr().out


def test_html_is_read_by_a_linear_scan_that_never_fails() -> None:
    from poa.notice.clean import clean

    assert clean("<p>hello</p><![ CDATA[x]]>") == "hello"  # the stdlib parser raised here
    assert clean("<body><p>x < y and z > w</p><p>a<b>b</b></p></body>") == "x < y and z > w\n\nab"
    page = "<html><head><style>p{}</style></head><body><p>Dear seller,</p><!-- x --></body>"
    assert clean(page) == "Dear seller,"
    # Quadratic in the standard parser (45 s for 16,000 of them); one pass here.
    assert clean("<p>" + "<a " * 100_000).startswith("<a <a")


def test_hostile_notices_are_read_in_one_pass() -> None:
    from poa.banks import load_library
    from poa.notice.extract import extract

    library = load_library(())
    assert extract("A-" * 100_000, library).policy is None  # the policy name scan was O(n²)
    assert extract("\n" * 100_000 + "Subject: x", library).subject == "x"
    named = extract("Your listing breaks our Restricted Products Policy.", library)
    assert named.policy == "Restricted Products Policy"


def _holds_floors(
    folder: Path,
    *,
    reasons: tuple[int, int, int],
    ids: tuple[int, int, int],
    deadlines: tuple[int, int, int],
) -> None:
    """A set's figures hold their floors: ``reasons`` and ``ids`` as (right at least, false at
    most, missed at most), ``deadlines`` as (notices, right at least, exact at least)."""
    from tests.notice_eval import deadlines_exact, deadlines_right, evaluate

    found, cited, _ = evaluate(folder)
    assert found.true_positive >= reasons[0] and found.false_positive <= reasons[1], found.errors
    assert found.false_negative <= reasons[2], found.errors
    assert cited.true_positive >= ids[0] and cited.false_positive <= ids[1], cited.errors
    assert cited.false_negative <= ids[2], cited.errors
    right, total = deadlines_right(folder)
    assert total == deadlines[0] and right >= deadlines[1]
    assert deadlines_exact(folder)[0] >= deadlines[2]


def test_the_third_development_set() -> None:
    """Issue 16's first held-out set (49 notices), measured once when the reader was first
    done: reasons 0.84 / 0.93 (53 right, 10 extra, 4 missed), ids 0.99 / 0.96, deadlines
    exact 37 of 49. Then tuned on, as models rather than phrases: a denial's scope ("has not
    made a trademark claim", "is not part of this message"), headings and table rows as
    sentences of their own, a standard the notice states beside a value, a label's head noun.
    Measured after: every reason and id, none false; deadlines right in 48 of 49 (an eBay tip
    to answer requests "within 3 business days" is taken for one)."""
    from tests.notice_eval import UNSEEN, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN)
    assert reasons.precision == reasons.recall == 1.0, reasons.errors
    assert ids.precision == ids.recall == 1.0, ids.errors
    right, total = deadlines_right(UNSEEN)
    assert total == 49 and right >= 48


def test_the_fourth_development_set() -> None:
    """Issue 16's second held-out set (56 notices), measured once when the reader was done
    for the round (4d0fc78): reasons 0.73 / 0.91 (61 right, 22 extra, 6 missed), ids 1.00 /
    0.96, deadlines right 47 of 56. Then tuned on: the marketplace's own words apart from a
    forwarder's note and a seller's quoted message, a marketplace told by its terms when a
    dashboard names none, space-aligned tables read as tables, a rule's name that another
    reason breaks, words of the five languages for used items sold as new. Measured after:
    reasons 67 right, 3 extra (the rights owner of a counterfeit rejection read as a VeRO
    report; refunds paid outside Amazon in a review-manipulation notice read as a breach of
    conduct; a Spanish reminder that reviews must not be manipulated, since the gloss reads
    "manipular las valoraciones"), none missed; every id; deadlines right 55 of 56. After the
    seventeenth set's tuning (a rights owner who confirms that items are fakes bears out a
    counterfeit finding, no VeRO report), 2 extra."""
    from tests.notice_eval import UNSEEN_2, by_language, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_2)
    assert reasons.recall == 1.0 and reasons.false_positive <= 2, reasons.errors
    assert ids.precision == ids.recall == 1.0, ids.errors
    right, total = deadlines_right(UNSEEN_2)
    assert total == 56 and right >= 55
    for code, fig in by_language(UNSEEN_2, prefix="languages-").items():
        assert fig.notices == 3 and fig.marketplace == fig.received == fig.deadline == 3, code
        assert fig.reasons.recall == 1.0 and fig.reasons.precision >= 0.75, (
            code,
            fig.reasons.errors,
        )


def test_the_fifth_development_set() -> None:
    """Issue 16's third held-out set (49 notices), measured once when the reader was done
    for the round (baf39c3): reasons 0.80 / 0.95 (57 right, 14 extra, 3 missed), ids 1.00 /
    0.98, deadlines right 46 of 49. Then tuned on: a metric's row judged by its own numbers
    (value against the standard beside it, the metric's own direction), denials in the five
    languages ("ne sont pas en cause", "no está relacionado con", "とは関係ありません"), a
    policy heading an item of the list of reasons, rows that say "OK" or "no action needed",
    "you have N days", a one-time order about "this order", an id in brackets after its
    phrase. Measured after: reasons 60 right, 4 extra, none missed; every id; deadlines right
    48 of 49."""
    from tests.notice_eval import UNSEEN_3, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_3)
    assert reasons.recall == 1.0 and reasons.precision >= 0.93, reasons.errors
    assert ids.precision == ids.recall == 1.0, ids.errors
    right, total = deadlines_right(UNSEEN_3)
    assert total == 49 and right >= 49


def test_the_sixth_development_set() -> None:
    """Issue 16's fourth held-out set (45 notices), measured once when the reader was done
    for the round (e41dc08): reasons 0.80 / 0.91 (53 right, 13 extra, 5 missed), ids 1.00 /
    1.00, deadlines right 41 of 45. Then tuned on: a metric's heading over its figures, a
    fine word denied ("isn't meeting"), a table's next cell as the standard, "not about",
    a denial reaching into brackets, a restricted account that is no restricted item, a
    request to keep shipping, authenticity kept apart from inauthenticity in the gloss, a
    document asked for before a reason in the gloss, a thread dated by the marketplace's
    latest reply. Measured after: reasons 57 right, none extra, 1 missed; every id;
    deadlines right 45 of 45. After set 34's round (a mark named by the French word for brand)
    58 right, none missed."""
    from tests.notice_eval import UNSEEN_4, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_4)
    assert reasons.precision == reasons.recall == 1.0, reasons.errors
    assert ids.precision == ids.recall == 1.0, ids.errors
    right, total = deadlines_right(UNSEEN_4)
    assert total == 45 and right >= 45


def test_the_seventh_development_set() -> None:
    """Issue 16's fifth held-out set (45 notices), measured once when the reader was done for
    the round (d00832a): reasons 0.85 / 0.93 (55 right, 10 extra, 4 missed), ids 1.00 /
    0.98, deadlines right 41 of 45. Then tuned on: words that set a thing apart
    ("unaffected", "separate from"), a value alone judged by the metric's usual standard, a
    restriction threatened as a sanction, instructions and definitions ("should be", "count
    as", "you can"), a heading's list named after its dash, threads dated without a time,
    deadlines read from the marketplace's own words, "still ... after <date>". Measured
    after: reasons 58 right, 1 extra, 1 missed; every id; deadlines right 45 of 45."""
    from tests.notice_eval import UNSEEN_5, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_5)
    assert reasons.precision >= 0.98 and reasons.recall >= 0.98, reasons.errors
    assert ids.precision == ids.recall == 1.0, ids.errors
    right, total = deadlines_right(UNSEEN_5)
    assert total == 45 and right >= 45


def test_the_eighth_development_set() -> None:
    """Issue 16's sixth held-out set (45 notices), measured once when the reader was done for
    the round (cf8ec07): reasons 0.91 / 0.94 (59 right, 6 extra, 4 missed), ids 1.00 / 1.00,
    deadlines right 44 of 45. Then tuned on: "were not a factor", "no action is needed on",
    a replica firearm is no counterfeit, a reference ("see our ...") cites nothing, and words
    of the languages (a metric's name for messages answered within 24 hours, a sudden rise in
    sales, promotional text, "nicht Gegenstand dieser"). Measured after: reasons 62 right, 1
    extra, 1 missed; every id; deadlines right 44 of 45."""
    from tests.notice_eval import UNSEEN_6, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_6)
    assert reasons.precision >= 0.98 and reasons.recall >= 0.98, reasons.errors
    assert ids.precision == ids.recall == 1.0, ids.errors
    right, total = deadlines_right(UNSEEN_6)
    assert total == 45 and right >= 44


def test_the_ninth_development_set() -> None:
    """Issue 16's seventh held-out set (45 notices), measured once when the reader was done
    for the round (b5f2c33): reasons 0.81 / 0.90 (56 right, 13 extra, 6 missed), ids 1.00 /
    1.00, deadlines right 44 of 45. Then tuned on, briefly: a section headed as tips or
    praise ("Tips", "What's going well") cites nothing, and "if you are aware of a recall"
    is no recall. Measured after: reasons 56 right, 10 extra, 6 missed. Since later sets'
    classes, and set 21's (a marketplace's message quoted one level deeper in a forward):
    reasons 59 right, 4 extra, 3 missed; deadlines right 45 of 45. Round 36 (the share of
    messages answered within 24 hours read in Japanese): reasons 60 right, 2 missed."""
    from tests.notice_eval import UNSEEN_7, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_7)
    assert reasons.true_positive >= 60 and reasons.false_positive <= 4, reasons.errors
    assert reasons.false_negative <= 2, reasons.errors
    assert ids.precision == ids.recall == 1.0, ids.errors
    right, total = deadlines_right(UNSEEN_7)
    assert total == 45 and right >= 45


def test_the_tenth_development_set() -> None:
    """Issue 16's eighth held-out set (45 notices), measured once when the reader was done for
    the round (93f128d): reasons 0.83 / 0.86 (49 right, 10 extra, 8 missed), ids 1.00 / 0.97,
    deadlines right 39 of 45. Then tuned on: a thing said to be clear or outside the review
    ("sections show no open issues", "excluded from your metrics", Japanese "とは別の手続き",
    "に関するものではありません"), "within target", a rule's hypothetical ("would also count
    towards"), "no later than" is a deadline and no lateness, document mismatches are not an
    item not as described, resold items presented as handmade are Etsy's creativity
    standards, a sudden increase in sales said in other words, a standard stated as "we expect
    at least 95%" (the pattern now prefers the branch with the word), and words of the
    languages. Measured after: reasons 55 right, 3 extra, 2 missed; ids 113 right, 4
    missed. Since set 20's classes (a metric quoted as fine sets no usual deadline):
    deadlines right 40 of 45, exact 31. Since set 21's (a marketplace's message quoted one
    level deeper in a forward, under its header or an attribution): reasons 56 right, 2
    extra, 1 missed; deadlines right 41, exact 32."""
    from tests.notice_eval import UNSEEN_8, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_8)
    assert reasons.true_positive >= 56 and reasons.false_positive <= 2, reasons.errors
    assert reasons.false_negative <= 1, reasons.errors
    # issue 16: 1 id(s) the notice sets aside left the key (cited-only convention)
    assert ids.true_positive >= 112 and ids.false_positive == 0, ids.errors
    right, total = deadlines_right(UNSEEN_8)
    assert total == 45 and right >= 41
    assert deadlines_exact(UNSEEN_8)[0] >= 41


def test_the_eleventh_development_set() -> None:
    """Issue 16's ninth held-out set (45 notices), measured once when the reader was done for
    the round (179cd5a): reasons 0.79 / 0.88 (50 right, 13 extra, 7 missed), ids 1.00 / 0.94
    (116 right, 8 missed), deadlines right 42 of 45. Then tuned on, as classes: "0.17
    percent" is a value; a row's next cell that names another metric is not its standard
    ("0.17% · Chargebacks 0.00%"), and a value after a label of a few words or a row of dots
    is the row's own; a table drawn with box characters ends a sentence at each row; a
    reference or warning before a policy's name ("For more on …", "repeated violations of
    …"); a thing reviewed separately, not evaluated, not taken into account, not caused by,
    or not included (English, Italian, Spanish, Japanese, and "had no role" in each
    language); a negation before an adverb and the cue's own verb says what is wrong ("does
    not yet demonstrate that the products meet the safety requirements"); the eBay Money Back
    Guarantee is no case closed without resolution; an increase in sales in any words;
    "confirmation of your identity"; Italian metric names with "percentuale"; ids listed
    after the first of a list on one line; "within" and its days across a line break.
    Measured after: reasons 57 right, none extra, none missed; ids 123 right, 1 missed;
    deadlines right 43 of 45. Since set 20's classes (a metric quoted as fine sets no usual
    deadline): deadlines right 44, exact 35."""
    from tests.notice_eval import UNSEEN_9, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_9)
    assert reasons.true_positive >= 57 and reasons.false_positive == 0, reasons.errors
    # issue 16: 1 id(s) the notice sets aside left the key (cited-only convention)
    assert ids.true_positive >= 122 and ids.false_positive == 0, ids.errors
    right, total = deadlines_right(UNSEEN_9)
    assert total == 45 and right >= 44
    assert deadlines_exact(UNSEEN_9)[0] >= 44


def test_the_twelfth_development_set() -> None:
    """Issue 16's tenth held-out set (45 notices), measured once when the reader was done for
    the round (8ea6891): reasons 0.75 / 0.92 (59 right, 20 extra, 5 missed), ids 1.00 / 1.00,
    deadlines right 40 of 45. Then tuned on, as classes: a category with a count of 0 in a
    table's cell, in brackets or as "0件"; an unmarked figure after another metric's name is
    not this row's standard ("rate (3.6%) and your return rate (11.2%)"); "met" and "no data"
    say a metric is fine; denials, reasons and breaches in each language ("nicht betrifft",
    "ne fait pas partie", "non disponibile per il periodo", "no forman parte", "no tiene
    objetivo", "今回ございません"; "weil", "parce que", "perché", "porque"; "verstößt",
    "enfreint", "viola", "infringe"); "zur fairen Preisgestaltung". Measured after: reasons 62
    right, 2 extra, 2 missed; every id. Since set 20's classes (a French date after a line
    break, "satisfactory"): deadlines right 42 of 45 (exact 32)."""
    from tests.notice_eval import UNSEEN_10, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_10)
    assert reasons.true_positive >= 62 and reasons.false_positive <= 2, reasons.errors
    assert ids.true_positive >= 111 and ids.false_positive == 0, ids.errors
    right, total = deadlines_right(UNSEEN_10)
    assert total == 45 and right >= 42
    assert deadlines_exact(UNSEEN_10)[0] >= 42


def test_the_thirteenth_development_set() -> None:
    """Issue 16's eleventh held-out set (45 notices), measured once when the reader was done
    for the round (9af722c): reasons 0.81 / 0.93 (57 right, 13 extra, 4 missed), ids 1.00 /
    0.96, deadlines right 42 of 45. Then tuned on, as classes: a row's standard on the next
    line ("91,3 %" over "target above 90 %"); denials, consequences and "within target" in
    each language ("führen zu", "ne repose pas sur", "non dipende da", "in linea con gli
    obiettivi", "ni con la", "目標値の範囲内です"); "not allowed on Etsy" alone is no
    prohibited item. Measured after: reasons 57 right, 5 extra, 4 missed; after set 26's
    round (a matter closed by a later sentence that points back to it, "we consider that
    matter closed") 4 extra; after the leftovers round (a denial reaches the examples it names
    and what "nor" joins to it) 2 extra; after set 34's round (a mark named by the French word
    for brand) 59 right, 1 extra, 2 missed."""
    from tests.notice_eval import UNSEEN_11, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_11)
    assert reasons.true_positive >= 59 and reasons.false_positive <= 1, reasons.errors
    assert ids.true_positive >= 101 and ids.false_positive == 0, ids.errors
    right, total = deadlines_right(UNSEEN_11)
    assert total == 45 and right >= 42


def test_the_fourteenth_development_set() -> None:
    """Issue 16's twelfth held-out set (45 ordinary notices), measured once when the reader
    was done for the round (4346c2d): reasons 0.81 / 0.95 (55 right, 13 extra, 3 missed), ids
    1.00 / 1.00, deadlines right 44 of 45. Then tuned on, as classes: "no … violations are
    open" denies them; a listing's quoted title is the seller's words ("… 2026 Replica Short
    Sleeve"); a mail's copyright footer names no complaint; "within the targets", "not the
    subject of this notice", "meet our targets", "are not the reason for" in Italian and
    Spanish; Japanese 公正価格 and 販売数の急激な増加; items "produced by other parties" are
    Etsy's creativity standards. Measured after: reasons 57 right, 3 extra, 1 missed; after
    set 18's round ("intellectual property complaint" names no one kind of right) 2 extra."""
    from tests.notice_eval import UNSEEN_12, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_12)
    assert reasons.true_positive >= 57 and reasons.false_positive <= 2, reasons.errors
    assert ids.true_positive >= 119 and ids.false_positive == 0, ids.errors
    right, total = deadlines_right(UNSEEN_12)
    assert total == 45 and right >= 44


def test_the_fifteenth_development_set() -> None:
    """Issue 16's thirteenth held-out set (45 ordinary notices), measured once when the reader
    was done for the round (75aa2fb): reasons 0.90 / 0.97 (56 right, 6 extra, 2 missed), ids
    1.00 / 1.00, deadlines right 44 of 45. Then tuned on, as classes: a table whose header
    puts the standard's column first ("Target   Seller"); a line set in under a row that meets
    its goal is the row's detail; "other metrics are within our targets", "this is not
    about" and "violation" in each language; a Japanese full stop ends a sentence; a
    complaint "withdrawn by" its owner or retracted is history. Measured after: reasons 58
    right, none extra, none missed. After set 24's round (a time inside a standard's brackets
    is no deadline) deadlines right 45 of 45."""
    from tests.notice_eval import UNSEEN_13, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_13)
    assert reasons.true_positive >= 58 and reasons.false_positive == 0, reasons.errors
    assert ids.true_positive >= 92 and ids.false_positive == 0 and not ids.false_negative
    right, total = deadlines_right(UNSEEN_13)
    assert total == 45 and right == 45


def _facts(text: str) -> NoticeFacts:
    """What the reader finds in a pasted notice, read as ``poa notice`` reads it."""
    return extract(clean(text), load_library(), own_words(text))


DASHBOARD_STANDARD_FIRST = """Account Health - Amazon.es

Shipping Performance
                                  Target        Seller
Late Shipment Rate                < 4 %         2.1 %
   10 days
Valid Tracking Rate               95 %          93.2 %   Does not meet target
   30 days
"""


def test_a_table_whose_header_puts_the_standard_first() -> None:
    """Under "Target   Seller" a row's first figure is the standard, marked or not: the
    tracking rate is 93.2 % against 95 %, below it, and a reason; lateness meets its own."""
    facts = _facts(DASHBOARD_STANDARD_FIRST)
    assert facts.reasons == ["amazon.valid_tracking_rate"]
    rates = {m["metric"]: (m["value"], m.get("target")) for m in facts.metrics}
    assert rates["valid_tracking_rate"] == (93.2, 95.0)
    assert rates["late_shipment_rate"] == (2.1, 4.0)


def test_the_same_table_with_the_seller_first_is_read_the_other_way() -> None:
    swapped = DASHBOARD_STANDARD_FIRST.replace("Target        Seller", "Your rate     Target")
    swapped = swapped.replace("95 %          93.2 %", "96.1 %        95 %")
    facts = _facts(swapped)
    assert "amazon.valid_tracking_rate" not in facts.reasons
    rates = {m["metric"]: m["value"] for m in facts.metrics}
    assert rates["valid_tracking_rate"] == 96.1


def test_a_rows_detail_line_shares_the_rows_verdict() -> None:
    """A count set in under a row that meets its goal ("You shipped 118 of 122 orders on
    time") is that row's detail, not a second complaint; the failing row still counts."""
    page = (
        "Etsy Shop Manager - Star Seller\n\n"
        "Message responses             64%    Goal: 95%    Not meeting\n"
        "  You responded to 29 of 45 first messages within 24 hours.\n"
        "Shipping on time with tracking  97%  Goal: 95%    Meeting\n"
        "  You shipped 118 of 122 orders on time with tracking.\n"
    )
    facts = _facts(page)
    assert facts.reasons == ["etsy.message_response"]
    flat = page.replace("\n  You", "\nYou")  # the same words as a sentence of their own
    assert "etsy.on_time_shipping" in _facts(flat).reasons


OTHER_METRICS_FINE = {
    "de": "Ihre Bestellmängelquote liegt bei 1,8 % und damit über dem Zielwert von 1 %. "
    "Ihre übrigen Kennzahlen, etwa die Verspätungsquote, liegen innerhalb der Zielvorgaben.",
    "fr": "Votre taux de commandes défectueuses est de 1,8 %, au-dessus de l'objectif de 1 %. "
    "Vos autres indicateurs, comme le taux d'expéditions en retard, se situent dans les "
    "objectifs.",
    "it": "Il tuo tasso di ordini difettosi è dell'1,8 %, oltre l'obiettivo dell'1 %. Gli altri "
    "indicatori, come il tasso di spedizioni in ritardo, sono entro gli obiettivi.",
    "es": "Su tasa de pedidos defectuosos es del 1,8 %, por encima del objetivo del 1 %. Sus "
    "demás métricas, como la tasa de envíos con retraso, se encuentran dentro de los "
    "objetivos.",
    "ja": "お客様の注文不良率は1.8%で、目標値である1%未満を満たしていません。"
    "なお、出荷遅延率につきましては、目標値を満たしているため、改善計画に含める必要はありません。",
}


@pytest.mark.parametrize("code", sorted(OTHER_METRICS_FINE))
def test_metrics_said_to_be_within_target_are_no_reason_in_each_language(code: str) -> None:
    text = f"Amazon.{'co.jp' if code == 'ja' else code}\n\n{OTHER_METRICS_FINE[code]}"
    facts = _facts(text)
    assert facts.language == code
    assert facts.reasons == ["amazon.order_defect_rate"]


NOT_ABOUT = {
    "de": "Es handelt sich dabei nicht um ein Problem der Produktsicherheit.",
    "fr": "Il ne s'agit pas d'un problème de sécurité des produits.",
    "it": "Non si tratta di un problema di sicurezza dei prodotti.",
    "es": "No se trata de un problema de seguridad del producto.",
}


@pytest.mark.parametrize("code", sorted(NOT_ABOUT))
def test_this_is_not_about_denies_a_reason_in_each_language(code: str) -> None:
    said = {
        "de": "Wir haben Ihr Angebot auf Amazon.de entfernt, weil es gegen unsere Richtlinie "
        "zu eingeschränkten Produkten verstößt.",
        "fr": "Nous avons supprimé votre offre sur Amazon.fr car elle enfreint notre politique "
        "relative aux produits soumis à restrictions.",
        "it": "Abbiamo rimosso la tua offerta su Amazon.it perché viola la nostra politica sui "
        "prodotti con restrizioni.",
        "es": "Hemos eliminado tu anuncio en Amazon.es porque infringe nuestra política de "
        "productos restringidos.",
    }[code]
    facts = _facts(f"{said} {NOT_ABOUT[code]}")
    assert facts.reasons == ["amazon.restricted_products"]


def test_a_complaint_said_to_be_withdrawn_is_no_reason() -> None:
    """A complaint the notice says was withdrawn or retracted is history, not an issue; the
    one the notice is about still is."""
    said = (
        "Amazon.com: We removed your listing for patent infringement. Separately, the "
        "trademark complaint we told you about in June 2026 was withdrawn by the rights owner."
    )
    assert _facts(said).reasons == ["amazon.ip_patent"]
    kept = said.replace("was withdrawn by the rights owner", "is still open")
    assert _facts(kept).reasons == ["amazon.ip_patent", "amazon.ip_trademark"]


def test_the_sixteenth_development_set() -> None:
    """Issue 16's fourteenth held-out set (45 ordinary notices), measured once when the reader
    was done for the round (c69eaab): reasons 0.81 / 0.98 (57 right, 13 extra, 1 missed), ids
    1.00 / 0.95, deadlines right 44 of 45. Then tuned on, as classes: a short dashboard row
    whose status says it is fine ("[ OK ] Cases") gives its detail lines its verdict; praise
    ("doing well", "keep it up") says a metric is fine; "for reference only", "does not mean
    we found", "no effect on", an announced policy revision; a copy of a document asked for is
    no copied work, and an evidence rule ("will not be accepted") no complaint; "not claimed",
    "ne résulte pas de", "we did not find any" in other languages; items "that cannot be
    offered"; ids after a pointer ("the following orders") when the phrase's head names
    nothing; returns are a service whose "within 3 business days" is no deadline. Measured
    after: reasons 58 right, none extra, none missed; ids 94 of 94; deadlines 45 of 45."""
    from tests.notice_eval import UNSEEN_14, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_14)
    assert reasons.true_positive >= 58 and reasons.false_positive == 0, reasons.errors
    # issue 16: 1 id(s) the notice sets aside left the key (cited-only convention)
    assert ids.true_positive >= 93 and ids.false_positive == 0 and not ids.false_negative
    right, total = deadlines_right(UNSEEN_14)
    assert total == 45 and right >= 45


NOT_CITED = [
    # (notice, the reasons it cites): each names one more thing it does not cite
    (
        "Walmart Marketplace: We removed 3 items after a trademark claim from the rights owner. "
        "This notice is not a finding that your items are counterfeit. Our Counterfeit and "
        "Inauthentic Items policy is listed here for reference only.",
        ["walmart.ip_infringement"],
    ),
    (
        "eBay: A rights owner reported 2 listings through the VeRO program and we removed them. "
        "Removal under VeRO does not mean we have found that your item is counterfeit.",
        ["ebay.vero_ip_infringement"],
    ),
    (
        "Etsy: Your case rate is 2.1%, above our 1% standard. We also noticed some things "
        "you're doing well: you replied to 98% of first messages within 24 hours.",
        ["etsy.case_rate"],
    ),
    (
        "TikTok Shop Account Health\nSeller-fault cancellation rate 3.9%  <= 2.5%  Below standard\n"
        "\nNotifications\n- New policy update: Prohibited products policy revised.",
        ["tiktok.seller_fault_cancellation_rate"],
    ),
    (
        "Amazon.in: We need to verify your identity. Upload a clear copy of your passport and a "
        "utility bill within 10 days.",
        ["amazon.identity_verification"],
    ),
    (
        "Etsy: We removed a listing after a copyright report from the rights owner. This "
        "removal has no effect on your status under our Creativity Standards.",
        ["etsy.ip_infringement"],
    ),
    (
        "Etsy customer service standards\n\n[ ! ] Messages\n  You answered 61% of first messages "
        "within 24 hours. Our standard: at least 95%.\n\n[ OK ] Cases\n  Buyers opened cases "
        "on 0.4% of your orders.\n",
        ["etsy.message_response"],
    ),
]


@pytest.mark.parametrize(("text", "cited"), NOT_CITED)
def test_what_a_notice_names_without_citing_is_no_reason(text: str, cited: list[str]) -> None:
    assert _facts(text).reasons == cited


def test_ids_under_a_pointer_to_the_orders_whatever_heads_the_phrase() -> None:
    """ "Buyers on the following orders reported …:" lists orders; "orders for these
    products (…)" are orders too, and "the tracking number on the first of these orders" is
    not one."""
    text = (
        "TikTok Shop\n\nBuyers on the following orders reported receiving fake items:\n"
        "  - 577918230495867123\n  - 577918233104958672\n\nThe tracking number on the first "
        "of these orders, 794612385501236000, shows a late hand-over.\n"
    )
    assert _facts(text).order_ids == ["577918230495867123", "577918233104958672"]


def test_a_service_rule_about_returns_sets_no_deadline() -> None:
    text = (
        "From: eBay\nDate: 20 January 2026\n\nYour rate of cases closed without seller "
        "resolution is 0.6%.\n\nTo improve:\n- Respond to return requests and item not "
        "received requests within 3 business days.\n"
    )
    facts = _facts(text)
    assert facts.deadline is None or "usual" in (facts.deadline_basis or "")


def test_the_seventeenth_development_set() -> None:
    """Issue 16's fifteenth held-out set (45 ordinary notices), measured once when the reader
    was done for the round (3da0139): reasons 0.81 / 0.94 (51 right, 12 extra, 3 missed), ids
    1.00 / 0.95, deadlines right 45 of 45. Then tuned on, as classes: a gloss term that would
    end inside a word gives way to the next one listed that reads the whole word ("viola" in
    "Violazione"); the marketplace of a page that never names it (the one whose reasons it
    cites; Amazon for an ASIN or another language); a row "1 (resolved)" or "Not enough
    orders" cites nothing; a detail line's value under a row that gives only the standard; a
    detail line's row may stand over its siblings; "up to 7%" is a standard; a frame policy
    ("is part of our … policy") and general truths ("buyers rely on") are advice; an
    invoice's mismatch is no listing's; denials in German, French and Spanish. Measured after:
    reasons 54 right, 1 extra, none missed; ids 107 of 107; deadlines 45 of 45. After the
    leftovers round (a metric to be recalculated or watched is not cited) no extra."""
    from tests.notice_eval import UNSEEN_15, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_15)
    assert reasons.true_positive >= 54 and reasons.false_positive == 0, reasons.errors
    # issue 16: 1 id(s) the notice sets aside left the key (cited-only convention)
    assert ids.true_positive >= 106 and ids.false_positive == 0 and not ids.false_negative
    right, total = deadlines_right(UNSEEN_15)
    assert total == 45 and right >= 45


def test_a_term_that_stops_inside_a_word_gives_way_to_the_next_that_fits() -> None:
    """ "viola" (violates) is listed before "violazione" (violation): where the first would end
    inside the word, the next term listed that reads the whole word is taken."""
    from poa.notice import languages

    assert "violation" in languages.gloss("Violazione delle norme sulle variazioni", "it").lower()
    assert "is not a" in languages.gloss("este aviso no es una reclamación", "es")


def test_the_marketplace_of_a_page_that_never_names_it() -> None:
    """A pasted page with no marketplace's name: the one whose reasons it cites (a Walmart
    dashboard's purchase orders are then read), or Amazon for an ASIN or another language."""
    page = (
        "Seller Center > Performance\n\nMetric              Your rate   Standard   Status\n"
        "Cancellation rate   3.4%        <= 2%      Below standard\n\nTop contributing orders\n"
        "PO Number          Cancel reason        Date\n200012284471935    Seller - out of "
        "stock  Aug 2, 2026\n"
    )
    facts = _facts(page)
    assert facts.marketplace == "walmart" and facts.order_ids == ["200012284471935"]
    french = "Nous avons retiré votre offre (ASIN B0B8VN3QJZ) : articles non authentiques."
    assert _facts(french).marketplace == "amazon"


def test_dashboard_rows_that_say_nothing_is_open() -> None:
    page = (
        "Account Health\nAmazon.com\n\nOrder Defect Rate    1.6%    target under 1%\n"
        "On-Time Delivery Rate    --    Not enough orders\n\nPolicy Compliance\n"
        "Product Condition Customer Complaints    1   (resolved)\n"
        "Product Safety Customer Complaints    0\n"
    )
    assert _facts(page).reasons == ["amazon.order_defect_rate"]


def test_a_rows_value_on_the_detail_line_under_its_standard() -> None:
    """ "Order defect rate   target less than 1 %" over "  Seller-fulfilled:  0,31 %": the
    value meets the standard, so the row cites nothing."""
    page = (
        "Kontozustand Amazon.de\n\nKUNDENSERVICE-LEISTUNG\nBestellmängelquote      Ziel unter 1 %\n"
        "  Vom Verkäufer versendet:      0,31 %\n  – Negative Bewertungen   4\n"
    )
    assert "amazon.order_defect_rate" not in _facts(page).reasons


def test_the_eighteenth_development_set() -> None:
    """Issue 16's sixteenth held-out set: 45 ordinary notices (30 English from all five
    marketplaces, among them pages pasted without the marketplace's name, threads and app
    notifications; 15 from Amazon's de, fr, it, es and ja sites) by two writers who never saw
    the reader, written after it was done for the round (f5e41b7) and opened once, never tuned
    on. Measured: reasons precision 0.84 recall 0.91 (48 right, 9 extra, 5 missed; English
    33/5/4, other languages 15/4/1), ids 1.00 / 0.96 (108 right, 5 missed), deadlines right 41
    of 45 (exact to the key 32 of 45). Then tuned on, as classes: a page naming no
    marketplace takes it from its order ids' shape or a "PO number" label, else from most of
    its reasons; a list under a heading that ends on "the following orders:" is orders; a
    seller's message quoted below the marketplace's reply is not the notice; a negation
    reaches over a verb of finding ("have not found any issue"), and "no complaints about"
    denies; a value the notice says is below its standard is not judged met; words in
    brackets do not part a cue; what a sentence asks the seller to provide is no reason; a
    glossed word that starts a line keeps its capital; the negations of de, fr, it and es; a
    forward marker ending in an accented letter, and "De :" with French spacing. Measured
    after: reasons 53 right, none extra, none missed; ids 113 right, none missed; deadlines
    right 43 of 45 (exact 35). After the seventeenth set's tuning, where only the first of a
    stack of app notifications sets the deadline (an eBay and an Etsy list): deadlines right
    45 of 45 (exact 36). The floors are those figures."""
    from tests.notice_eval import UNSEEN_16, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_16)
    assert reasons.true_positive >= 53 and reasons.false_positive == 0, reasons.errors
    # issue 16: 2 id(s) the notice sets aside left the key (cited-only convention)
    assert ids.true_positive >= 111 and ids.false_positive == 0 and not ids.false_negative
    right, total = deadlines_right(UNSEEN_16)
    assert total == 45 and right >= 45


def test_the_nineteenth_development_set() -> None:
    """Issue 16's seventeenth held-out set: 45 ordinary notices (30 English, six from each
    marketplace: dashboards, app notifications, threads, forwards, HTML and .eml; 15 from
    Amazon's de, fr, it, es and ja sites) by two writers who never saw the reader, written
    after it was done for the round (20b28a5) and opened once, never tuned on. Measured:
    reasons precision 0.83 recall 0.95 (54 right, 11 extra, 3 missed; English 38/9/0, other
    languages 16/2/3), ids 1.00 / 1.00 (119 right), deadlines right 42 of 45 (exact to the key
    30 of 45). The extras are passing mentions read as citations (a related-accounts request
    said to be closed, a resolved earlier issue, a fine metric on a dashboard, a recall denied);
    the misses a Japanese sales-velocity review, a second policy named in Italian and in
    Japanese. Then tuned on, as classes: a matter said to be closed ("has since been
    resolved") and a section of resolved records are history; an account that remains
    restricted is a sanction, a condition ("should you", "if an order will be late") is not
    what happened, evidence a notice will not take ("we do not accept forged or altered
    documents") is no breach, a rights owner who confirms fakes bears out a counterfeit
    finding, returns of items unlike their listing are not the return rate; German "ist
    kein", the Italian for promotional wording, the Japanese for sales history; a stack of
    app notifications takes its deadline from the first, a time the marketplace's staff will
    take is not the seller's, "plans submitted after June 29" states the last day. Measured
    after: reasons 57 right, 1 extra (a VeRO removal whose reported infringement calls the
    item a replica, read as counterfeit too), none missed; ids 119 right; deadlines right 45
    of 45 (exact 33). The floors are those figures; they may only rise, with one exception
    made on purpose: the citation model (poa/notice/citation.py) drops the VeRO notice's
    extra and also a second metric said only in German prose ("nur 81 % der buyer messages
    ..."), 56 right, none extra, 1 missed. Across every set, measured with each set left out of
    the fit, it removes 17 extras for 2 right reasons; on the thirty-second set, which no one
    who built it saw, 3 extras for none."""
    from tests.notice_eval import UNSEEN_17, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_17)
    assert reasons.true_positive >= 56 and reasons.false_positive == 0, reasons.errors
    assert reasons.false_negative <= 1, reasons.errors
    # issue 16: 2 id(s) the notice sets aside left the key (cited-only convention)
    assert ids.true_positive >= 117 and ids.false_positive == 0 and not ids.false_negative
    right, total = deadlines_right(UNSEEN_17)
    assert total == 45 and right >= 45
    assert deadlines_exact(UNSEEN_17)[0] >= 45


def test_the_twentieth_development_set() -> None:
    """Issue 16's eighteenth held-out set: 45 ordinary notices (30 English, six from each
    marketplace: a weekly digest, thanks for an earlier fix before a new problem, pages pasted
    as text, threads, app stacks, HTML and .eml; 15 from Amazon's de, fr, it, es and ja sites,
    none about late shipment) by two writers who never saw the reader, written after it was
    done for the round (8936174) and opened once, never tuned on. Measured: reasons precision
    0.82 recall 0.98 (61 right, 13 extra, 1 missed; English 46/6/0, other languages 15/7/1),
    ids 1.00 / 0.975 (117 right, 3 missed: TikTok order ids in a dashboard and a thread),
    deadlines right 43 of 45 (exact 33 of 45). The extras are mostly policies and metrics a
    notice names to say they are not the cause or are fine; the miss a Spanish used-as-new
    warning. Then tuned on, as classes: a "Why this matters" section; a note that the text
    was copied off a page; a table row whose status revokes the record; a matter
    recertified; a cue inside a code (an SKU); "intellectual property complaint" names no one
    kind of right; a list row that starts with its id labels nothing below it; a share
    measured within a time is no time allowed; denials and "fine" in German, Italian,
    Spanish and Japanese, and Spanish "condición «Nuevo»". Measured after: reasons 62 right,
    1 extra (a Japanese notice that names the seller's trademark licence), none missed; ids
    120 / 0 / 0; deadlines right 44 of 45 (exact 34 of 45; 35 once a metric quoted as fine no
    longer set the usual deadline)."""
    from tests.notice_eval import UNSEEN_18, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_18)
    assert reasons.true_positive >= 62 and reasons.false_positive <= 1, reasons.errors
    # issue 16: 1 id(s) the notice sets aside left the key (cited-only convention)
    assert ids.true_positive >= 119 and ids.false_positive == 0 and not ids.false_negative
    right, total = deadlines_right(UNSEEN_18)
    assert total == 45 and right >= 44
    assert deadlines_exact(UNSEEN_18)[0] >= 44


def test_the_twenty_first_development_set() -> None:
    """Issue 16's nineteenth held-out set, now a development set: 45 ordinary notices (30 English,
    six from each marketplace: final warnings, reinstatements with conditions, partial
    approvals, monthly summaries, support threads, forwards with the seller's notes; 15 from
    Amazon's de, fr, it, es and ja sites) by two writers who never saw the reader, written
    after it was done for the round (f6e2d54). Opened once at reasons 57 right, 8 extra, 3
    missed, ids 88 of 88, deadlines right 43 of 45 (exact 33); then tuned on as classes
    (tests/test_notice_set19_classes.py: a claim said not received or not made, a health
    page's row at zero beside a dash, the terms of a reinstatement, an item's name on a list
    of items, an accessory made a child, a time in which a thing will happen, and the other
    languages' words for a denial, a rule and the sales rank). Measured now: reasons 60
    right, 0 extra, 0 missed; ids 88 of 88; deadlines right 45 of 45, exact 34 of 45 (the
    others are a reason's usual time, given where a notice states none). The floors are
    those figures; they may only rise."""
    from tests.notice_eval import UNSEEN_19, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_19)
    assert reasons.true_positive >= 60 and reasons.false_positive == 0, reasons.errors
    assert not reasons.false_negative, reasons.errors
    assert ids.true_positive >= 88 and ids.false_positive == 0 and not ids.false_negative
    right, total = deadlines_right(UNSEEN_19)
    assert total == 45 and right >= 45
    assert deadlines_exact(UNSEEN_19)[0] >= 45


def test_the_twenty_second_development_set() -> None:
    """Issue 16's twentieth held-out set, now a development set: 45 ordinary notices (30 English,
    six from each marketplace: text copied out of a PDF with page headers, ticket exports, a
    notice pasted into a question to an adviser, digests of several notifications, listing-
    status tables, long policy quotes before the citation, follow-ups that close one problem
    and open another; 15 from Amazon's de, fr, it, es and ja sites) by two writers who never
    saw the reader, written after it was done for the round (21f2c7a) and measured once, at
    that commit: reasons 54 right, 8 extra, 4 missed (0.87 / 0.93; English 0.84 / 0.98, the
    other languages 1.00 / 0.81); ids 82 of 82, none false; deadlines right 44 of 45 (exact
    34). Then tuned on, as classes (tests/test_notice_set20_classes.py): a notice pasted
    into a seller's own question, a rule quoted as the frame, a rights owner who reports
    fakes, the seller's messages in a ticket, an optional badge's progress, heat a buyer
    felt, a fine metric that set the usual deadline; a gloss term's longer word and its line
    breaks, sales that grew, five-star reviews, described signs of use, "satisfactory".
    Measured after: reasons 58 right, none extra or missed; ids 82 of 82; deadlines right 45
    of 45 (exact 36)."""
    from tests.notice_eval import UNSEEN_20, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_20)
    assert reasons.true_positive >= 58 and reasons.false_positive == 0, reasons.errors
    assert not reasons.false_negative, reasons.errors
    assert ids.true_positive >= 82 and ids.false_positive == 0 and not ids.false_negative
    right, total = deadlines_right(UNSEEN_20)
    assert total == 45 and right >= 45
    assert deadlines_exact(UNSEEN_20)[0] >= 45


def test_the_twenty_third_development_set() -> None:
    """Issue 16's twenty-first held-out set, now a development set: 45 ordinary notices (30
    English, six from each marketplace: a notice read aloud and noted down by the seller,
    "Details" blocks of labelled lines, chains of app and text alerts, a listing restored
    beside one removed, monthly scorecards with changes, a follow-up that adds a reason to
    an earlier notice, questions and answers after the citation that name other policies,
    e-mails quoted several levels deep; 15 from Amazon's de, fr, it, es and ja sites) by two
    writers who never saw the reader, written after it was done for the round (75d9542) and
    measured once, at that commit: reasons 46 right, 28 extra, 2 missed (0.62 / 0.96;
    English 0.63 / 0.97, the other languages 0.61 / 0.93: the policies a FAQ names read as
    cited); ids 98 of 100, none false; deadlines right 39 of 45 (exact 34). Then tuned on,
    as classes (tests/test_notice_set21_classes.py): a section of questions and answers
    names what the notice is not about (headings in each language); a scorecard that flags
    one row cites that one; "things that are going well", "within the limit"; a breach
    denied ("nothing says we broke"), a policy's name of two names ("counterfeit /
    inauthentic items policy"), a rule for open orders ("must still be cancelled"); the
    listing's or a buyer's words quoted as examples; a marketplace's message quoted one
    level deeper in a forward; German words of a related account, and a callback number is
    no recall; ids after "such as" and Etsy's "#receipt"; in a seller's notes, the message's
    labelled date, "w/in", and a list item read on its own. Measured after: reasons 48
    right, none extra, none missed; ids 100 of 100; deadlines right 45 of 45 (exact 41)."""
    from tests.notice_eval import UNSEEN_21, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_21)
    assert reasons.true_positive >= 48 and reasons.false_positive == 0, reasons.errors
    assert reasons.false_negative == 0, reasons.errors
    # issue 16: 2 id(s) the notice sets aside left the key (cited-only convention)
    assert ids.true_positive >= 98 and ids.false_positive == 0 and ids.false_negative == 0
    right, total = deadlines_right(UNSEEN_21)
    assert total == 45 and right >= 45
    assert deadlines_exact(UNSEEN_21)[0] >= 45


def test_the_twenty_fourth_development_set() -> None:
    """Issue 16's twenty-second held-out set, now a development set: 45 ordinary notices (30
    English, six from each marketplace, in layouts the writers chose themselves: .eml with
    full headers, HTML bodies, dashboard pages, case threads, a chat transcript, app alerts,
    forwards, appeal decisions, weekly snapshots; 15 from Amazon's de, fr, it, es and ja
    sites) by two writers who never saw the reader, written after it was done for the round
    (7d4f71e) and measured once, at that commit: reasons 50 right, 12 extra, 2 missed (0.81
    / 0.96; English 0.83 / 1.00, the other languages 0.75 / 0.88); ids 97 of 97, none false;
    deadlines right 42 of 45 (exact 33). Then tuned on by class
    (tests/test_notice_set22_classes.py): reasons 52 right, 1 extra, none missed; deadlines
    right 45, exact 38. The floors are those figures."""
    from tests.notice_eval import UNSEEN_22, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_22)
    assert reasons.true_positive >= 52 and reasons.false_positive <= 1, reasons.errors
    assert not reasons.false_negative, reasons.errors
    # issue 16: 1 id(s) the notice sets aside left the key (cited-only convention)
    assert ids.true_positive >= 96 and ids.false_positive == 0 and not ids.false_negative
    right, total = deadlines_right(UNSEEN_22)
    assert total == 45 and right >= 45
    assert deadlines_exact(UNSEEN_22)[0] >= 45


def test_the_twenty_fifth_development_set() -> None:
    """Issue 16's twenty-third held-out set, now a development set: 45 ordinary notices (30
    English, six from each marketplace, in layouts the writers chose: e-mails with headers,
    inbox messages, forwards, HTML and .eml, metric tables, appeal rejections, removal lists,
    numbered warnings, order tables, a banner, a chat; 15 from Amazon's de, fr, it, es and ja
    sites) by two writers who never saw the reader, written after it was done for the round
    (0e62ae1) and measured once, at that commit: reasons 54 right, 9 extra, 2 missed (0.86 /
    0.96; English 0.88 / 1.00, the other languages 0.81 / 0.89); ids 82 of 83, none false;
    deadlines right 43 of 45 (exact 36). Then tuned on, by class
    (tests/test_notice_set23_classes.py): reasons 56 right, 1 extra, 0 missed (0.98 / 1.00);
    ids 83 of 83, none false; deadlines right 44 of 45 (exact 38); the floors are those
    figures."""
    from tests.notice_eval import UNSEEN_23, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_23)
    assert reasons.true_positive >= 56 and reasons.false_positive <= 1, reasons.errors
    assert reasons.false_negative == 0, reasons.errors
    # issue 16: 1 id(s) the notice sets aside left the key (cited-only convention)
    assert ids.true_positive >= 82 and ids.false_positive == 0 and ids.false_negative == 0
    right, total = deadlines_right(UNSEEN_23)
    assert total == 45 and right >= 44
    assert deadlines_exact(UNSEEN_23)[0] >= 44


def test_the_twenty_sixth_development_set() -> None:
    """Issue 16's twenty-fourth held-out set, now a development set: 45 ordinary notices (30
    English, six from each marketplace, in layouts the writers chose: metric tables, dashboard
    pastes with menus and inbox lists, forwards with a colleague's comment, full .eml, HTML,
    rejections, a reinstatement that still asks for invoices, quoted ">" lines; 15 from Amazon's
    de, fr, it, es and ja sites) by two writers who never saw the reader, written after it was
    done for the round (680fad6) and measured once, at that commit: reasons 54 right, 12 extra,
    2 missed (0.82 / 0.96; English 0.84 / 0.95, the other languages 0.78 / 1.00); ids 88 of 88,
    none false; deadlines right 44 of 45 (exact 36). Then tuned on, by class (policies named for
    reading: link lists, help pointers on several topics, a rights line; claims never received
    or made; a metric watched separately; what a rule does not allow; figures said to be within
    the standard in Japanese; a standard stated in the sentence after a value; the next item of
    a list read as a heading's figures; a time inside a standard's brackets): reasons 56 right,
    0 extra, 0 missed; deadlines right 45 of 45 (exact 37). The floors are those figures."""
    from tests.notice_eval import UNSEEN_24, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_24)
    assert reasons.true_positive >= 56 and reasons.false_positive == 0, reasons.errors
    assert reasons.false_negative == 0, reasons.errors
    assert ids.true_positive >= 88 and ids.false_positive == 0 and ids.false_negative == 0
    right, total = deadlines_right(UNSEEN_24)
    assert total == 45 and right == 45
    assert deadlines_exact(UNSEEN_24)[0] >= 45


def test_the_twenty_seventh_development_set() -> None:
    """Issue 16's twenty-fifth held-out set, now a development set: 45 ordinary notices (30
    English, six from each marketplace, in layouts the writers chose: app alerts, weekly digests
    that flag one metric among several, numbered lists of removed items, appeals approved in
    part, final warnings with the account's history, an account manager's e-mails, notices
    quoted in a forum post, full .eml and HTML; 15 from Amazon's de, fr, it, es and ja sites) by
    two writers who never saw the reader, written after it was done for the round (4690754) and
    measured once, at that commit: reasons 50 right, 13 extra, none missed (0.79 / 1.00; English
    0.82 / 1.00, the other languages 0.74 / 1.00); ids 95 of 95, none false; deadlines right 43
    of 45 (exact 30). Then tuned on, by class (tests/test_notice_set25_classes.py): reasons 50
    right, 2 extra, none missed; deadlines right 43 (exact 31). After the leftovers round (a
    "Related:" line of links; a metric to be recalculated) no extra. The floors are those
    figures."""
    from tests.notice_eval import UNSEEN_25, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_25)
    assert reasons.true_positive >= 50 and reasons.false_positive == 0, reasons.errors
    assert reasons.false_negative == 0, reasons.errors
    assert ids.true_positive >= 95 and ids.false_positive == 0 and ids.false_negative == 0
    right, total = deadlines_right(UNSEEN_25)
    assert total == 45 and right >= 43
    assert deadlines_exact(UNSEEN_25)[0] >= 43


def test_the_twenty_eighth_development_set() -> None:
    """Issue 16's twenty-sixth held-out set, now a development set: 45 short notices (30
    English, six from each marketplace: warnings with tables, a full .eml and an HTML e-mail,
    forwards, appeals rejected or accepted in part, weekly digests, removals with id traps; 15
    from Amazon's de, fr, it, es and ja sites) by two writers who never saw the reader, written
    after it was done for the round (4c1a855) and measured once, at that commit: reasons 48
    right, 7 extra, 3 missed (0.87 / 0.94; English 0.89 / 0.97, the other languages 0.82 /
    0.88); ids 73 of 73, none false; deadlines right 44 of 45 (exact 40). Then tuned on, by class
    (tests/test_notice_set26_classes.py): reasons 51 right, none extra or missed; deadlines right
    45 (exact 41). The floors are those figures."""
    from tests.notice_eval import UNSEEN_26, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_26)
    assert reasons.true_positive >= 51 and reasons.false_positive == 0, reasons.errors
    assert reasons.false_negative == 0, reasons.errors
    assert ids.true_positive >= 73 and ids.false_positive == 0 and ids.false_negative == 0
    right, total = deadlines_right(UNSEEN_26)
    assert total == 45 and right == 45
    assert deadlines_exact(UNSEEN_26)[0] >= 45


def test_the_twenty_ninth_development_set() -> None:
    """Issue 16's twenty-seventh held-out set, now a development set: 45 notices (30 English, six
    from each marketplace: a dashboard pasted as text, case-log threads quoting the seller's reply,
    an app alert above the full e-mail, numbered findings, appeals accepted in part, a third citing
    two or three reasons, most naming something not cited; 15 from Amazon's de, fr, it, es and ja
    sites) by two writers who never saw the reader, written after it was done for the round
    (24932b4) and measured once, at 85a3af8 (the same reader): reasons 58 right, 8 extra, 1 missed
    (0.88 / 0.98; English 0.87 / 0.98, the other languages 0.89 / 1.00); ids 110 of 112, none false;
    deadlines right 44 of 45 (exact 34). Then tuned on, by class
    (tests/test_notice_decision_classes.py): reasons 59 right, none extra or missed; ids 112 of 112;
    deadlines right 45 (exact 35). The floors are those figures."""
    from tests.notice_eval import UNSEEN_27, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_27)
    assert reasons.true_positive >= 59 and reasons.false_positive == 0, reasons.errors
    assert reasons.false_negative == 0, reasons.errors
    # issue 16: 1 id(s) the notice sets aside left the key (cited-only convention)
    assert ids.true_positive >= 111 and ids.false_positive == 0 and ids.false_negative == 0
    right, total = deadlines_right(UNSEEN_27)
    assert total == 45 and right == 45
    assert deadlines_exact(UNSEEN_27)[0] >= 45


def test_the_thirtieth_development_set() -> None:
    """Issue 16's twenty-eighth held-out set, now a development set: 45 notices (30 English, six
    from each marketplace, saved the odd ways sellers save them: copied from a PDF with its page
    lines, pasted into a support ticket under the seller's question, a notification centre
    listing several messages, with a FAQ or "what happens next", in machine-translated English;
    15 from Amazon's de, fr, it, es and ja sites) by two writers who never saw the reader,
    written after it was done for the round (4c56ff5) and measured once, at that commit: reasons
    50 right, 8 extra, 4 missed (0.86 / 0.93); ids 113 of 114, one false; deadlines right 37 of
    45 (exact 28). Then tuned on, by class (tests/test_notice_set28_classes.py), with the
    notice's own deadline kept apart from the reason's usual time (tests/test_notice_deadline.py):
    reasons 54 right, none extra or missed; ids 114 of 114, one false (an Etsy transaction id in
    a "you made a sale" notification); deadlines right 42 of 45, exact 42. The floors are those
    figures."""
    from tests.notice_eval import UNSEEN_28, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_28)
    assert reasons.true_positive >= 54 and reasons.false_positive == 0, reasons.errors
    assert reasons.false_negative == 0, reasons.errors
    # issue 16: 1 id(s) the notice sets aside left the key (cited-only convention)
    assert ids.true_positive >= 113 and ids.false_positive <= 1 and ids.false_negative == 0
    right, total = deadlines_right(UNSEEN_28)
    assert total == 45 and right >= 42
    assert deadlines_exact(UNSEEN_28)[0] >= 42


def test_the_thirty_first_development_set() -> None:
    """Issue 16's twenty-ninth held-out set, now a development set: 45 notices (30 English, six
    from each marketplace, saved as forwards with quoting, forum posts quoting the notice,
    dashboard pages with their navigation, PDF copies with page numbers, support chats, legal
    footers, a notice pasted twice, a phone screenshot's OCR; 15 from Amazon's de, fr, it, es and
    ja sites) by two writers who never saw the reader, written after it was done for the round
    (3b25309) and measured once, at that commit: reasons 53 right, 12 extra, 4 missed (0.82 /
    0.93); ids 70 of 73, 5 false; deadlines right 41 of 45 (exact 41). Then tuned on briefly, by
    class (tests/test_notice_set29_classes.py): reasons 53 right, 11 extra, 4 missed; ids
    unchanged; deadlines 43 of 45. After the leftovers round (legal footers, a "Suggestions:"
    paragraph) 7 extra. The floors are those figures."""
    from tests.notice_eval import UNSEEN_29, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_29)
    assert reasons.true_positive >= 53 and reasons.false_positive <= 7, reasons.errors
    assert reasons.false_negative <= 4, reasons.errors
    assert ids.true_positive >= 70 and ids.false_positive <= 2 and ids.false_negative <= 3
    right, total = deadlines_right(UNSEEN_29)
    assert total == 45 and right >= 43
    assert deadlines_exact(UNSEEN_29)[0] >= 43


def test_the_thirty_second_development_set() -> None:
    """Issue 16's thirtieth held-out set, now a development set: 45 notices (30 English, six
    from each marketplace, saved as plain and HTML e-mails, ticket exports with field labels, a
    seller's notes around the notice, a colleague's chat message quoting it, a mobile app's one
    sentence a line, a browser's translation, a PDF copy with interleaved columns; numbered
    findings, a second warning, a monthly report with one row below standard, an informational
    notice citing nothing; 15 from Amazon's de, fr, it, es and ja sites) by two writers who
    never saw the reader, written after it was done for the round (6370d1f) and measured once,
    at that commit: reasons 47 right, 6 extra, 9 missed (0.89 / 0.84; English 0.97 / 0.90, the
    other languages 0.69 / 0.69); ids 74 of 74, 6 false; deadlines right 43 of 45 (exact 43).
    Then tuned on as classes (tests/test_notice_set30_classes.py): reasons 55 right, 1 extra, 1
    missed; ids and deadlines unchanged. The floors are the tuned figures, with one exception
    made on purpose: the citation model (poa/notice/citation.py) drops a second metric said
    only in prose ("only 91.5% ... short of the 95% we require"), 54 right, 1 extra, 2 missed,
    for 17 extras fewer across the sets (see the nineteenth)."""
    from tests.notice_eval import UNSEEN_30, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_30)
    assert reasons.true_positive >= 54 and reasons.false_positive <= 1, reasons.errors
    assert reasons.false_negative <= 2, reasons.errors
    # ids 5 false -> 4 when the thirty-eighth set was tuned on (an id "not mentioned")
    assert ids.true_positive >= 74 and ids.false_positive <= 4 and ids.false_negative == 0
    right, total = deadlines_right(UNSEEN_30)
    assert total == 45 and right >= 43
    assert deadlines_exact(UNSEEN_30)[0] >= 43


def test_the_thirty_third_development_set() -> None:
    """Issue 16's thirty-first held-out set, now a development set: 45 notices (30 English, six
    from each marketplace, saved as e-mails with their headers, dashboard pages with menus and
    footers, forwards with a colleague's note above, PDF text with page headers and broken
    lines, case replies quoting the seller, tables copied as tab-separated rows; monthly
    summaries, rejected appeals, lists of purchase orders; 15 from Amazon's de, fr, it, es and
    ja sites) by three writers who never saw the reader, written after it was done for the
    round (886f2d6) and measured once, at that commit: reasons 54 right, 12 extra, 2 missed
    (0.82 / 0.96; English 0.83 / 0.98, the other languages 0.78 / 0.93); ids 66 of 66, 2 false;
    deadlines right 42 of 45 (exact 42). The languages' keys named their reasons without the
    "amazon." prefix the brief asks for; that alone was corrected in them before these figures
    were taken. Then tuned on as classes (tests/test_notice_set31_classes.py): reasons 56
    right, 5 extra, none missed; ids and deadlines unchanged. The floors are the tuned
    figures."""
    from tests.notice_eval import UNSEEN_31

    _holds_floors(UNSEEN_31, reasons=(56, 5, 0), ids=(66, 1, 0), deadlines=(45, 42, 42))


def test_the_thirty_fourth_development_set() -> None:
    """Issue 16's thirty-second set: 45 notices (30 English, six from each marketplace, saved
    as e-mails printed to PDF and copied back with page numbers, notification-centre lists of
    several short notices, help-desk tickets with the agent's signature and a survey link, a
    notice quoted inside the seller's own reply, dashboards copied with their headers on one
    line and values on the next, a text message or push summary before the full notice; 15 from
    Amazon's de, fr, it, es and ja sites) by three writers who never saw the reader, written
    after it was done for the round (b85374d) and measured once, at that commit: reasons 53
    right, 11 extra, 3 missed (0.83 / 0.95; English 0.86 / 0.93, the other languages 0.76 /
    1.00); ids 64 of 64, 4 false (an Etsy notice's listing numbers and an order only the seller
    names); deadlines right 40 of 45 (exact 40). Then the citation model (poa/notice/citation.py)
    was measured on it, no one who built the model having seen the set: 53 right, 8 extra, 3
    missed; it is now a development set, not tuned on as classes. The floors are those figures;
    they may only rise."""
    from tests.notice_eval import UNSEEN_32

    _holds_floors(UNSEEN_32, reasons=(53, 8, 3), ids=(64, 4, 0), deadlines=(45, 41, 41))


def test_the_thirty_fifth_development_set() -> None:
    """Issue 16's thirty-third held-out set, now development: 45 notices (30 English, six from
    each marketplace, saved as text read by OCR from a screenshot with misread letters, reply
    threads with older messages below the newest, a notifications page copied whole with one new
    notice among older ones, a summary box over the detail, a letter with a reference box, a
    notice an agency forwarded with its own comments between the paragraphs; 15 from Amazon's
    de, fr, it, es and ja sites) by three writers who never saw the reader, written at 115e192
    and measured once at that commit: reasons 53 right, 6 extra, 3 missed (0.90 / 0.95; English
    0.91 / 0.97, the other languages 0.88 / 0.88); ids 68 of 68, 11 false (ids of older notices
    on a copied page, ids named as not affected in words the reader does not yet read, ids only
    an agency or the seller names); deadlines right 41 of 45. Never tuned on. Measured again
    after the round's work (ids a notice sets aside, the citation model), still never tuned on:
    reasons 52 right, 3 extra, 4 missed (0.95 / 0.93); ids 68 of 68, 10 false; deadlines 41 of
    45. Then tuned on as development (tests/test_notice_round33.py: a page's other messages, ids
    set aside in French, Spanish and Japanese): reasons 52 right, 2 extra, 4 missed; ids 68 of
    68, none false; deadlines 41 of 45. After set 34's round (tests/test_notice_round34.py:
    "valid" after a tracking number, doubts about authenticity, in the gloss; a thread's newest
    reply sets the day and the time allowed): reasons 54 right, 2 extra, 2 missed; deadlines 43
    of 45. After set 42's round (tests/test_notice_round43.py: a yes-or-no question names no
    reason): reasons 54 right, 1 extra, 2 missed. The floors are those figures; they may only
    rise."""
    from tests.notice_eval import UNSEEN_33, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_33)
    assert reasons.true_positive >= 54 and reasons.false_positive <= 1, reasons.errors
    assert reasons.false_negative <= 2, reasons.errors
    assert ids.true_positive >= 68 and ids.false_positive == 0 and ids.false_negative == 0
    right, total = deadlines_right(UNSEEN_33)
    assert total == 45 and right >= 43
    assert deadlines_exact(UNSEEN_33)[0] >= 43


def test_the_thirty_sixth_development_set() -> None:
    """Issue 16's thirty-fourth set: 45 notices (30 English, six from each marketplace, saved as
    web pages copied with their link labels and footnotes, a phone alert over the full message,
    a notice quoted in the seller's e-mail to an assistant, tables with tab or "|" columns,
    messages hard-wrapped at 60 characters, case logs oldest first; 15 from Amazon's de, fr, it,
    es and ja sites) by three writers who never saw the reader, written after ebc9104 and
    measured once at that commit: reasons 54 right, 5 extra, 2 missed (0.92 / 0.96); ids 87 of
    87, 1 false (an order only the seller's own question names); deadlines right 45 of 45.
    Unchanged after the thirty-third set's tuning (4e0ded6), never tuned on then; now a
    development set. Tuned on (tests/test_notice_round34.py: reasons named only to be set
    aside, a mark named by the French word for brand): reasons 55 right, none extra, 1 missed.
    The floors are those figures; they may only rise."""
    from tests.notice_eval import UNSEEN_34, deadlines_exact, deadlines_right, evaluate

    reasons, ids, _ = evaluate(UNSEEN_34)
    assert reasons.true_positive >= 55 and reasons.false_positive == 0, reasons.errors
    assert reasons.false_negative <= 1, reasons.errors
    assert ids.true_positive >= 87 and ids.false_positive <= 1 and ids.false_negative == 0
    right, total = deadlines_right(UNSEEN_34)
    assert total == 45 and right >= 45
    assert deadlines_exact(UNSEEN_34)[0] >= 45


def test_the_thirty_seventh_development_set() -> None:
    """Issue 16's thirty-fifth set: 45 notices (30 English, six from each marketplace, saved as
    the raw e-mail with its header block and legal footer, text exported from a PDF with page
    headers inside paragraphs, pasted into a team chat between names and times, HTML source
    with its tags, a short notice over the long policy text copied under it, two current
    notices of one day one after the other; 15 from Amazon's de, fr, it, es and ja sites) by
    three writers who never saw the reader, written after ebc9104 and measured once at that
    commit: reasons 48 right, 8 extra, 9 missed (0.86 / 0.84; four notices with no reason
    found: a raw e-mail, a chat, a PDF export, two e-mails of one day); ids 80 of 80, 3 false;
    deadlines right 39 of 45. Unchanged after the thirty-third set's tuning (4e0ded6); now a
    development set. Tuned on (tests/test_notice_round35.py: a notice pasted into a team chat
    in parts, two notices of one day forwarded together, policy text pasted under a notice, an
    HTML page's footer): reasons 55 right, 3 extra, 2 missed; ids unchanged; deadlines right
    43. After the fortieth set's tuning (test_notice_round41.py: a share of orders shipped on
    time read as a value): 2 extra. The floors are those figures; they may only rise."""
    from tests.notice_eval import UNSEEN_35

    _holds_floors(UNSEEN_35, reasons=(55, 2, 2), ids=(80, 3, 0), deadlines=(45, 43, 43))


def test_the_thirty_eighth_development_set() -> None:
    """Issue 16's thirty-sixth held-out set, now a development set: 45 notices (30 English, six
    from each marketplace, about half pasted as sent and the rest as a case's thread newest
    first with the earlier messages quoted, an Account Health page copied whole, an e-mail
    turned into Markdown, an agency's notes typed between the lines, a list of alerts some of
    them resolved, a notice forwarded twice; 15 from Amazon's de, fr, it, es and ja sites) by
    three writers who never saw the reader, written after 0e6258e and measured once at that
    commit: reasons 47 right, 7 extra, 9 missed (0.87 / 0.84); ids 77 right, 4 false, 4 missed
    (0.95 / 0.95); deadlines right 36 of 45. Then tuned on (test_notice_round37.py): reasons
    52 / 2 / 4, ids 81 / 3 / 0, deadlines 45 of 45; then, by set 37's classes
    (test_notice_round38.py), reasons 53 / 2 / 3. The floors are those figures; they may only
    rise."""
    from tests.notice_eval import UNSEEN_36

    _holds_floors(UNSEEN_36, reasons=(53, 2, 3), ids=(81, 3, 0), deadlines=(45, 45, 45))


def test_the_thirty_ninth_development_set() -> None:
    """Issue 16's thirty-seventh held-out set, now a development set: 45 notices (30 English, six
    from each marketplace, about half pasted as sent and the rest as a support ticket exported
    with its fields, an HTML e-mail whose layout tables became tabs and pipes, a seller's to-do
    list above the notice, a PDF turned to text with its headers and footers, a phone app's
    page with its button labels, a short app notification before the full message; 15 from
    Amazon's de, fr, it, es and ja sites) by three writers who never saw the reader, written
    after e1888eb and measured once at 2d8ac51: reasons 52 right, 4 extra, 3 missed (0.93 /
    0.95); ids 70 right, 3 false, 2 missed; deadlines right 45 of 45. Then tuned on
    (test_notice_round38.py): reasons 55 / 3 / 0, ids 72 / 1 / 0, deadlines 45 of 45. The
    floors are those figures; they may only rise."""
    from tests.notice_eval import UNSEEN_37

    _holds_floors(UNSEEN_37, reasons=(55, 3, 0), ids=(72, 1, 0), deadlines=(45, 45, 45))


def test_the_fortieth_development_set() -> None:
    """Issue 16's thirty-eighth held-out set, now a development set: 45 notices (30 English, six
    from each marketplace, about half pasted as sent and the rest retyped by an assistant with
    the marketplace's words in quotes, printed from a browser with its menu and cookie banner,
    under the seller's reply draft, with a table pasted one item per line, a text alert before
    the full e-mail, quoted in a forum post; 15 from Amazon's de, fr, it, es and ja sites) by
    three writers who never saw the reader, written after 8713b16 and measured once at
    7ef08cf: reasons 54 right, 4 extra, 1 missed (0.93 / 0.98); ids 82 right, 6 false, none
    missed; deadlines right 42 of 45. Then tuned on (test_notice_round39.py,
    test_notice_round39b.py): reasons 54 / 3 / 1, ids 82 / 2 / 0, deadlines 43 of 45. The
    floors are those figures; they may only rise."""
    from tests.notice_eval import UNSEEN_38

    _holds_floors(UNSEEN_38, reasons=(54, 3, 1), ids=(82, 2, 0), deadlines=(45, 43, 43))


def test_the_forty_first_development_set() -> None:
    """Issue 16's thirty-ninth held-out set, now a development set: 45 notices (30 English, six
    from each marketplace, about half pasted as sent and the rest forwarded under "FYI - see
    below", copied from a phone's notification list, kept as a spreadsheet's rows with the
    seller's notes column, followed by the seller's appeal and the answer, inside a support
    chat, or with a policy's general text and a list of other policies; 15 from Amazon's de,
    fr, it, es and ja sites) by three writers who never saw the reader, written after 978d349
    and measured once at it: reasons 52 right, 7 extra, 4 missed (0.88 / 0.93); ids 75 right,
    6 false, 5 missed; deadlines right 40 of 45. Then tuned on (test_notice_round40.py):
    reasons 55 / 7 / 1, ids 80 / 5 / 0, deadlines 43 of 45. After the fortieth set's tuning
    (test_notice_round41.py: cases closed read with their value, the citation model refitted
    with set 40): 5 extra. The floors are those figures; they may only rise."""
    from tests.notice_eval import UNSEEN_39

    _holds_floors(UNSEEN_39, reasons=(55, 5, 1), ids=(80, 5, 0), deadlines=(45, 43, 43))


def test_the_fortieth_held_out_set_now_development() -> None:
    """Issue 16's fortieth held-out set, now a development set: 45 notices (30 English, six
    from each marketplace, about half pasted as sent and the rest as a screenshot's recognised
    text with a few misread letters, pasted into a ticket with the seller's numbered questions
    between its paragraphs, an e-mail client's printout, an assistant's bullet summary before
    the full text, a reminder quoting the first notice, or tables of affected and unaffected
    items; 15 from Amazon's de, fr, it, es and ja sites) by three writers who never saw the
    reader, written after 5a1cd87 and measured once at 00ba933: reasons 50 right, 6 extra, 5
    missed (0.89 / 0.91); ids 76 right, 5 false, none missed; deadlines right 43 of 45. Then
    tuned on (test_notice_round41.py, the citation model refitted with it): reasons 55 / 1 /
    0, ids 76 / 3 / 0, deadlines 45 of 45. The floors are those figures; they may only rise."""
    from tests.notice_eval import UNSEEN_40

    _holds_floors(UNSEEN_40, reasons=(55, 1, 0), ids=(76, 3, 0), deadlines=(45, 45, 45))


def test_the_forty_first_held_out_set_now_development() -> None:
    """Issue 16's forty-first held-out set, now a development set: 45 notices (30 English, six
    from each marketplace, about half pasted as sent and the rest forwarded by a colleague
    with comments above it, as a phone shows it, copied from a web page with its menu and
    footer, with ids in a numbered list beside product names, translated by a browser add-on,
    or an HTML e-mail turned into text; 15 from Amazon's de, fr, it, es and ja sites) by three
    writers who never saw the reader, written after fd56975 and measured once at it: reasons
    48 right, 3 extra, 7 missed (0.94 / 0.87); ids 68 right, 1 false, none missed; deadlines
    right 45 of 45. Then tuned on (test_notice_round42.py): reasons 51 / 3 / 4; and on its
    leftovers (test_notice_round42b.py): 54 / 3 / 1. The floors are those figures; they may
    only rise."""
    from tests.notice_eval import UNSEEN_41

    _holds_floors(UNSEEN_41, reasons=(54, 3, 1), ids=(68, 1, 0), deadlines=(45, 45, 45))


def test_the_forty_second_held_out_set_now_development() -> None:
    """Issue 16's forty-second held-out set, now a development set: 45 notices (30 English, six
    from each marketplace, about half pasted as sent and the rest inside a thread of case
    messages, saved from a PDF with its lines broken, under the seller's spreadsheet note, with
    ids in a table, quoted in a consultant's intake form, or exported with a timestamp and the
    sender on every line; 15 from Amazon's de, fr, it, es and ja sites) by three writers who
    never saw the reader, written after 456d152 and measured once at it: reasons 52 right, 10
    extra, 3 missed (0.84 / 0.95); ids 78 right, 5 false, none missed; deadlines right 40 of
    45. Then tuned on (test_notice_round43.py): a French "ne ... ni X ni Y" denies each, a
    reason named in a yes-or-no question is asked about, a support chat's other speaker is the
    seller, a document asked for after what the request is for: reasons 53 / 5 / 2; and
    (test_notice_round43b.py) a status cell or a clause saying an id is not affected: ids 78 /
    3 / 0. The floors are those figures; they may only rise."""
    from tests.notice_eval import UNSEEN_42

    _holds_floors(UNSEEN_42, reasons=(53, 5, 2), ids=(78, 3, 0), deadlines=(45, 40, 40))


def test_looking_again_for_a_whole_word_term_has_a_budget(monkeypatch: pytest.MonkeyPatch) -> None:
    """A text of near-words ("violax" again and again) makes the first term found end inside a
    word at every place: the second look is made at most _RETRIES times, so the gloss stays
    linear in the text whatever it holds."""
    from poa.notice import languages

    calls = []
    real = languages._whole_term

    def counted(*args: object) -> object:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(languages, "_whole_term", counted)
    languages.gloss("violax " * 5000, "it")
    assert 0 < len(calls) <= languages._RETRIES


def test_the_forty_third_set_now_development() -> None:
    """Issue 16's forty-third set: 45 notices written after 4eaecdc by writers who never saw the
    reader, opened once (reasons 51 right, 3 extra, 4 missed; ids 77 / 8 / 5; deadlines 42 of
    45), then tuned on as classes (test_notice_round44.py): an order export pasted under the
    notice read by its header, ids 82 / 8 / 0; a time allowed "of this decision" counted from
    the decision's own date, a stamp east of Greenwich read day first: deadlines 44 of 45.
    Then (test_notice_round44b.py) every part of a notice pasted into a team's chat read, a
    chat export's bylines closed by a colon, accounts "connected to other selling accounts"
    and "confirm who" runs a business: reasons 55 / 3 / 0, deadlines 45 of 45.
    The floors are those figures; they may only rise."""
    from tests.notice_eval import UNSEEN_43

    _holds_floors(UNSEEN_43, reasons=(55, 3, 0), ids=(82, 8, 0), deadlines=(45, 45, 45))
