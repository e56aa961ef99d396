"""Scoring the notice reader against tests/fixtures/notices: precision and recall of the
reasons it detects and of the ids it extracts (shared by the tests and make bench); and, per
language, on the notices in German, French, Italian, Spanish and Japanese
(tests/fixtures/notices-languages): marketplace and site, ids, dates and deadline, reasons."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from poa.notice import read_notice_file
from poa.notice.facts import NoticeFacts

NOTICES = Path(__file__).resolve().parent / "fixtures" / "notices"
HELD_OUT = Path(__file__).resolve().parent / "fixtures" / "notices-heldout"
"""Written after the phrase reader was finished, by someone who never saw it; since issue 16 a
development set like the others."""
LANGUAGES = Path(__file__).resolve().parent / "fixtures" / "notices-languages"
"""Amazon notices in German, French, Italian, Spanish and Japanese: ``dev-*`` written by
others for the purpose (tuned on), ``own-*`` written with the reader."""
UNSEEN = Path(__file__).resolve().parent / "fixtures" / "notices-unseen"
"""Issue 16's first held-out set: 49 notices (34 English from the five marketplaces, 15 from
Amazon's German, French, Italian, Spanish and Japanese sites) by writers who never saw the
reader, opened once when it was done; since then a development set."""
UNSEEN_2 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-2"
"""Issue 16's second held-out set: 56 notices by writers who never saw the reader, written
after it was done for the round (4d0fc78) and opened once (reasons 0.73 / 0.91, ids 1.00 /
0.96, deadlines 47/56); since then a development set."""
UNSEEN_3 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-3"
"""Issue 16's third held-out set: 49 notices written after baf39c3 and opened once (reasons
0.80 / 0.95, ids 1.00 / 0.98, deadlines 46/49); since then a development set."""
UNSEEN_4 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-4"
"""Issue 16's fourth held-out set: 45 notices written after e41dc08 and opened once (reasons
0.80 / 0.91, ids 1.00 / 1.00, deadlines 41/45); since then a development set."""
UNSEEN_5 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-5"
"""Issue 16's fifth held-out set: 45 notices written after d00832a and opened once (reasons
0.85 / 0.93, ids 1.00 / 0.98, deadlines 41/45); since then a development set."""
UNSEEN_6 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-6"
"""Issue 16's sixth held-out set: 45 notices written after cf8ec07 and opened once (reasons
0.91 / 0.94, ids 1.00 / 1.00, deadlines 44/45); since then a development set."""
UNSEEN_7 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-7"
"""Issue 16's seventh held-out set: 45 notices written after b5f2c33 and opened once (reasons
0.81 / 0.90, ids 1.00 / 1.00, deadlines 44/45); since then a development set."""
UNSEEN_8 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-8"
"""Issue 16's eighth held-out set: 45 notices written after 93f128d and opened once (reasons
0.83 / 0.86, ids 1.00 / 0.97, deadlines 39/45); since then a development set."""
UNSEEN_9 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-9"
"""Issue 16's ninth held-out set: 45 notices written after 179cd5a and opened once (reasons
0.79 / 0.88, ids 1.00 / 0.94, deadlines 42/45); since then a development set."""
UNSEEN_10 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-10"
"""Issue 16's tenth held-out set: 45 notices written after 8ea6891 and opened once (reasons
0.75 / 0.92, ids 1.00 / 1.00, deadlines 40/45); since then a development set."""
UNSEEN_11 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-11"
"""Issue 16's eleventh held-out set: 45 notices written after 9af722c and opened once
(reasons 0.81 / 0.93, ids 1.00 / 0.96, deadlines 42/45); since then a development set."""
UNSEEN_12 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-12"
"""Issue 16's twelfth held-out set: 45 ordinary notices written after 4346c2d and opened once
(reasons 0.81 / 0.95, ids 1.00 / 1.00, deadlines 44/45); since then a development set."""
UNSEEN_13 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-13"
"""Issue 16's thirteenth held-out set: 45 ordinary notices written after 75aa2fb and opened
once (reasons 0.90 / 0.97, ids 1.00 / 1.00, deadlines 44/45); since then a development set."""
UNSEEN_14 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-14"
"""Issue 16's fourteenth held-out set: 45 ordinary notices written after c69eaab and opened
once (reasons 0.81 / 0.98, ids 1.00 / 0.95, deadlines 44/45); since then a development set."""
UNSEEN_15 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-15"
"""Issue 16's fifteenth held-out set: 45 ordinary notices written after 3da0139 and opened
once (reasons 0.81 / 0.94, ids 1.00 / 0.95, deadlines 45/45); since then a development set."""
UNSEEN_16 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-16"
"""Issue 16's sixteenth held-out set: 45 ordinary notices written after f5e41b7 and opened
once (reasons 0.84 / 0.91, ids 1.00 / 0.96, deadlines 41/45); since then a development set."""
UNSEEN_17 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-17"
"""Issue 16's seventeenth held-out set: 45 ordinary notices written after 20b28a5 and opened
once (reasons 0.83 / 0.95, ids 1.00 / 1.00, deadlines 42/45); since then a development set."""
UNSEEN_18 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-18"
"""Issue 16's eighteenth held-out set: 45 ordinary notices written after 8936174 and opened
once (reasons 0.82 / 0.98, ids 1.00 / 0.975, deadlines 43/45); since then a development set."""
UNSEEN_19 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-19"
"""Issue 16's nineteenth held-out set, written by writers who never saw the reader after it
was done for the round (f6e2d54) and opened once (reasons 0.88 / 0.95, ids 1.00 / 1.00,
deadlines 43/45); since then tuned on as classes (60 right, none extra or missed) and a
development set."""
UNSEEN_20 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-20"
"""Issue 16's twentieth held-out set: 45 ordinary notices written after 21f2c7a and opened
once (reasons 0.87 / 0.93, ids 1.00 / 1.00, deadlines 44/45); since then tuned on as classes
(58 right, none extra or missed) and a development set."""
UNSEEN_21 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-21"
"""Issue 16's twenty-first held-out set: 45 ordinary notices written after 75d9542 and opened
once (reasons 0.62 / 0.96, ids 1.00 / 0.98, deadlines 39/45); since then tuned on as classes
(48 right, none extra or missed) and a development set."""
UNSEEN_22 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-22"
"""Issue 16's twenty-second held-out set: 45 ordinary notices written after 7d4f71e and opened
once (reasons 0.81 / 0.96, ids 1.00 / 1.00, deadlines 42/45); since then tuned on as classes
(52 right, 1 extra, none missed) and a development set."""
UNSEEN_23 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-23"
"""Issue 16's twenty-third held-out set: 45 ordinary notices written after 0e62ae1 and opened
once (reasons 0.86 / 0.96, ids 1.00 / 0.99, deadlines 43/45); since then tuned on as classes
(56 right, 1 extra, none missed) and a development set."""
UNSEEN_24 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-24"
"""Issue 16's twenty-fourth held-out set: 45 ordinary notices written after 680fad6 and opened
once (reasons 0.82 / 0.96, ids 1.00 / 1.00, deadlines 44/45); since then tuned on as classes
(56 right, none extra or missed) and a development set."""
UNSEEN_25 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-25"
"""Issue 16's twenty-fifth held-out set: 45 ordinary notices written after 4690754 and opened
once (reasons 0.79 / 1.00, ids 1.00 / 1.00, deadlines 43/45); since then tuned on as classes
(50 right, 2 extra, none missed) and a development set."""
UNSEEN_26 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-26"
"""Issue 16's twenty-sixth held-out set: 45 ordinary notices written after 4c1a855 and opened
once (reasons 0.87 / 0.94, ids 1.00 / 1.00, deadlines 44/45); since then tuned on as classes
(51 right, none extra or missed) and a development set."""
UNSEEN_27 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-27"
"""Issue 16's twenty-seventh held-out set: 45 notices written after 24932b4 and opened once
(reasons 0.88 / 0.98, ids 1.00 / 0.98, deadlines 44/45); since then tuned on as classes (59
right, none extra or missed) and a development set."""
UNSEEN_28 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-28"
"""Issue 16's twenty-eighth held-out set: 45 notices written after 4c56ff5 and opened once
(reasons 0.86 / 0.93, ids 0.99 / 0.99, deadlines 37/45); since then tuned on as classes (54
right, none extra or missed) and a development set."""
UNSEEN_29 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-29"
"""Issue 16's twenty-ninth held-out set: 45 notices written after 3b25309 and opened once
(reasons 0.82 / 0.93, ids 0.93 / 0.96, deadlines 41/45); since then tuned on as classes (53
right, 11 extra, 4 missed; deadlines 43/45) and a development set."""
UNSEEN_30 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-30"
"""Issue 16's thirtieth held-out set: 45 notices written after 6370d1f and opened once
(reasons 0.89 / 0.84, ids 0.93 / 1.00, deadlines 43/45); since then tuned on as classes (55
right, 1 extra, 1 missed) and a development set."""
UNSEEN_31 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-31"
"""Issue 16's thirty-first held-out set: 45 notices written after 886f2d6 and opened once
(reasons 0.82 / 0.96, ids 0.97 / 1.00, deadlines 42/45); since then tuned on as classes and a
development set."""
UNSEEN_32 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-32"
"""Issue 16's thirty-second held-out set: 45 notices written after b85374d and opened once
(reasons 0.83 / 0.95, ids 0.94 / 1.00, deadlines 40/45); then the citation model was measured on
it (no one who built it saw the set) and it became a development set, not tuned on as classes."""
UNSEEN_33 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-33"
"""Issue 16's thirty-third held-out set: 45 notices written after 115e192 and opened once
(reasons 0.90 / 0.95, ids 0.86 / 1.00, deadlines 41/45); measured again after its round (0.95 /
0.93), then tuned on as classes (a page's other messages, ids set aside in fr/es/ja) and a
development set."""
UNSEEN_34 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-34"
"""Issue 16's thirty-fourth held-out set: 45 notices written after ebc9104 and opened once
(reasons 0.92 / 0.96, ids 0.99 / 1.00, deadlines 45/45); measured again after the thirty-third
set's tuning (unchanged), then a development set."""
UNSEEN_35 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-35"
"""Issue 16's thirty-fifth held-out set: 45 notices written after ebc9104, saved in the forms a
seller keeps them in (raw e-mail, PDF export, team chat, HTML source, policy text under a
notice, two notices of one day), opened once (reasons 0.86 / 0.84, ids 0.96 / 1.00, deadlines
39/45); unchanged after the thirty-third and thirty-fourth sets' tuning, then tuned on as
classes and a development set."""
UNSEEN_36 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-36"
"""Issue 16's thirty-sixth held-out set: 45 notices written after 0e6258e (a case's thread, an
Account Health page copied whole, Markdown, an agency's notes, an alert list, a notice forwarded
twice), opened once (reasons 0.87 / 0.84, ids 0.95 / 0.95, deadlines 36/45); unchanged after
the development sets' leftovers were worked on, then tuned on as classes and a development
set."""
UNSEEN_37 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-37"
"""Issue 16's thirty-seventh held-out set: 45 notices written after e1888eb (a support ticket's
export, an HTML e-mail's tables as tabs and pipes, a to-do list above the notice, a PDF's text
with its headers, a phone app's page, an app notification before the message), opened once
(reasons 0.93 / 0.95, ids 0.96 / 0.97, deadlines 45/45), then tuned on as classes and a
development set."""
UNSEEN_38 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-38"
"""Issue 16's thirty-eighth held-out set: 45 notices written after 8713b16 (an assistant's
retyped copy, a browser printout, the seller's reply draft first, a table pasted one item per
line, a text alert before the e-mail, a forum post), opened once (reasons 0.93 / 0.98, ids 0.93
/ 1.00, deadlines 42/45), then tuned on as classes and a development set."""
UNSEEN_39 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-39"
"""Issue 16's thirty-ninth held-out set: 45 notices written after 978d349 (forwarded under
"FYI", a phone's notification list, a spreadsheet export with the seller's notes, a thread of
notice, appeal and answer, a support chat, a policy's general text), opened once (reasons 0.88
/ 0.93, ids 0.93 / 0.94, deadlines 40/45), then tuned on as classes and a development set."""
UNSEEN_40 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-40"
"""Issue 16's fortieth held-out set: 45 notices written after 5a1cd87 (a screenshot's
recognised text, a ticket with the seller's questions between paragraphs, an e-mail client's
printout, an assistant's summary before the full text, a reminder quoting the first notice,
tables of affected and unaffected items), opened once (reasons 0.89 / 0.91, ids 0.94 / 1.00,
deadlines 43/45), then tuned on as classes and a development set."""
UNSEEN_41 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-41"
"""Issue 16's forty-first held-out set: 45 notices written after fd56975 (forwarded by a
colleague with comments above, a phone's one line per field, a web page with its menu and
footer, ids in a numbered list beside product names, a browser add-on's translation, an HTML
e-mail's button leftovers), opened once (reasons 0.94 / 0.87, ids 0.99 / 1.00, deadlines
45/45), then tuned on as classes and a development set."""
UNSEEN_42 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-42"
"""Issue 16's forty-second held-out set: 45 notices written after 456d152 (a thread of case
messages, a PDF's broken lines, a spreadsheet note over the notice, ids in a table, a
consultant's intake form, a timestamped export), opened once (reasons 0.84 / 0.95, ids 0.94 /
1.00, deadlines 40/45), then tuned on as classes and a development set."""
UNSEEN_43 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-43"
"""Issue 16's forty-third set: 45 notices written after 4eaecdc (a seller-forum post, a mobile
app's view, a team chat export with reactions, a CSV export under the notice, a legal footer and
an FAQ naming other policies), opened once (reasons 0.94 / 0.93, ids 0.91 / 0.94, deadlines
42/45), then tuned on as classes and a development set."""
UNSEEN_44 = Path(__file__).resolve().parent / "fixtures" / "notices-unseen-44"
"""Issue 16's forty-fourth held-out set, written by writers who never saw the reader after its
last change (d2a0b49), opened once when it was finished. Never tuned on; its test is
tests/test_notice_heldout.py, which no one who changes the reader reads."""
REWORDED = Path(__file__).resolve().parent / "fixtures" / "notices-reworded"
"""Issue 16: 61 notices that say each reason of every marketplace in other words than its bank's
notice phrases, with ids in lists and tables among traps; written before the meaning reader."""
SECOND_LOOK = Path(__file__).resolve().parent / "fixtures" / "notices-second-look"
"""Issue 16: notices in yet other words, each batch read once by the meaning reader before it was
tuned on them: 1-24 after its first tuning (reasons 0.91 / 0.83 at that first look), 25-38 in
dashboard and violation-record styles after its second (0.81 / 0.87)."""


def cases(folder: Path = NOTICES) -> list[tuple[Path, dict[str, Any]]]:
    found = []
    for expect in sorted(folder.glob("*.expect.yaml")):
        stem = expect.name.removesuffix(".expect.yaml")
        notice = next(p for p in folder.glob(stem + ".*") if not p.name.endswith(".expect.yaml"))
        found.append((notice, YAML(typ="safe").load(expect.read_text(encoding="utf-8"))))
    return found


@dataclass
class Tally:
    true_positive: int = 0
    false_positive: int = 0
    false_negative: int = 0
    errors: list[str] = field(default_factory=list)

    def add(self, name: str, found: set[str], expected: set[str]) -> None:
        self.true_positive += len(found & expected)
        self.false_positive += len(found - expected)
        self.false_negative += len(expected - found)
        if found != expected:
            self.errors.append(f"{name}: found {sorted(found)}, expected {sorted(expected)}")

    @property
    def precision(self) -> float:
        return self.true_positive / max(1, self.true_positive + self.false_positive)

    @property
    def recall(self) -> float:
        return self.true_positive / max(1, self.true_positive + self.false_negative)


def evaluate(folder: Path = NOTICES) -> tuple[Tally, Tally, dict[str, NoticeFacts]]:
    reasons, ids = Tally(), Tally()
    facts_by_name: dict[str, NoticeFacts] = {}
    for notice, expected in cases(folder):
        _, facts = read_notice_file(notice)
        facts_by_name[notice.name] = facts
        reasons.add(notice.name, set(facts.reasons), set(expected.get("reasons") or []))
        found_ids = {*facts.asins, *facts.order_ids}
        expected_ids = {*(expected.get("asins") or []), *(expected.get("order_ids") or [])}
        ids.add(notice.name, {str(i) for i in found_ids}, {str(i) for i in expected_ids})
    return reasons, ids, facts_by_name


@dataclass
class LanguageFigures:
    """How the reader does on one language's notices: counts of notices read right, and the
    reasons and ids as precision and recall."""

    notices: int = 0
    language: int = 0  # the language told right
    marketplace: int = 0  # marketplace and site both right
    received: int = 0
    deadline: int = 0  # as expected; where none is given, only the reason's usual rule may set one
    metrics: int = 0  # every metric value exact
    requests: int = 0
    rejection: int = 0
    reasons: Tally = field(default_factory=Tally)
    ids: Tally = field(default_factory=Tally)
    errors: list[str] = field(default_factory=list)

    def line(self, code: str) -> str:
        n = self.notices
        return (
            f"{code}: {n} notices; language {self.language}/{n}, marketplace and site "
            f"{self.marketplace}/{n}, received {self.received}/{n}, deadline {self.deadline}/{n}; "
            f"reasons P {self.reasons.precision:.2f} R {self.reasons.recall:.2f}; ids P "
            f"{self.ids.precision:.2f} R {self.ids.recall:.2f}; metrics {self.metrics}/{n}, "
            f"requests {self.requests}/{n}, rejection {self.rejection}/{n}"
        )


def by_language(folder: Path = LANGUAGES, prefix: str = "") -> dict[str, LanguageFigures]:
    """The figures of each language (the expect file's ``language``), over the notices whose
    name starts with ``prefix``."""
    figures: dict[str, LanguageFigures] = {}
    for notice, expected in cases(folder):
        if not notice.name.startswith(prefix):
            continue
        _, facts = read_notice_file(notice)
        fig = figures.setdefault(str(expected["language"]), LanguageFigures())
        fig.notices += 1
        name = notice.name
        site = f"amazon.{facts.region}" if facts.region else None
        checks = {
            "language": facts.language == expected["language"],
            "marketplace": (facts.marketplace, site) == (expected["marketplace"], expected["site"]),
            "received": facts.received == expected.get("received"),
            "deadline": facts.deadline == expected.get("deadline")
            or (
                expected.get("deadline") is None
                and facts.deadline_basis is not None
                and "usual" in facts.deadline_basis
            ),
            "metrics": {(m["metric"], m["value"]) for m in facts.metrics}
            == {(m["metric"], float(m["value"])) for m in expected.get("metrics") or []},
            "requests": set(facts.requests) == set(expected.get("requests") or []),
            "rejection": facts.is_rejection == bool(expected.get("is_rejection")),
        }
        for check, right in checks.items():
            setattr(fig, check, getattr(fig, check) + right)
            if not right:
                fig.errors.append(f"{name}: {check} wrong")
        fig.reasons.add(name, set(facts.reasons), set(expected.get("reasons") or []))
        found_ids = {str(i) for i in (*facts.asins, *facts.order_ids)}
        wanted = {
            str(i) for i in (*(expected.get("asins") or []), *(expected.get("order_ids") or []))
        }
        fig.ids.add(name, found_ids, wanted)
    return figures


def deadlines_exact(folder: Path) -> tuple[int, int]:
    """How many notices' deadline is exactly the answer key's (None when the key has none):
    the strict count, where the usual time for a reason, given when a notice states none, is
    counted wrong."""
    right = total = 0
    for notice, expected in cases(folder):
        _, facts = read_notice_file(notice)
        want = expected.get("deadline")
        total += 1
        right += (str(want) if want else None) == (
            facts.deadline.isoformat() if facts.deadline else None
        )
    return right, total


def deadlines_right(folder: Path) -> tuple[int, int]:
    """How many notices' deadline is read right: where the notice states one (a date, or a
    time allowed from the day it was sent), exactly that date; where it states none, no date
    but the reason's usual time, said to be one ("the usual 17 days for this reason; check
    the notice")."""
    right = total = 0
    for notice, expected in cases(folder):
        if "deadline" not in expected:
            continue  # a set written before deadlines were keyed
        _, facts = read_notice_file(notice)
        want = expected["deadline"]
        total += 1
        if want:
            right += facts.deadline is not None and facts.deadline.isoformat() == str(want)
        else:
            right += facts.deadline is None or "usual" in (facts.deadline_basis or "")
    return right, total


@cache
def _library() -> Any:
    from poa.banks import load_library

    return load_library()


def reasons(text: str, marketplace: str) -> list[str]:
    """The bank ids the notice reader cites in ``text`` for ``marketplace``: the one question
    of the class tests (tests/test_notice_*_classes.py), with the shipped banks loaded once."""
    from poa.notice.reasons import read_reasons

    return read_reasons(text, marketplace, _library()).reasons
