"""Scoring the notice reader against tests/fixtures/notices: precision and recall of the
reasons it detects and of the ids it extracts (shared by the tests and make bench)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from poa.notice import read_notice_file
from poa.notice.extract import NoticeFacts

NOTICES = Path(__file__).resolve().parent / "fixtures" / "notices"
HELD_OUT = Path(__file__).resolve().parent / "fixtures" / "notices-heldout"
"""Written after the phrase reader was finished, by someone who never saw it; since issue 16 a
development set like the others."""
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
