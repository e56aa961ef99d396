"""Every bank, at a real pseudo-terminal: from a new file, answered key by key as a person
would (adding an evidence file, starting another and going back), to a case that every
command reads and that renders. Long (59 interviews): run by
``make test-long``; ``make test`` runs the same path for one bank in test_interview_terminal."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pexpect
import pytest

from poa.casefile import load_case
from poa.interview.steps import Step
from poa.review import review
from tests.test_interview_terminal import BACK_KEY, ENTER, LIBRARY, UP, _answer, _spawn

BANKS = sorted(LIBRARY.banks)

pytestmark = [pytest.mark.slow, pytest.mark.long]


class Seller:
    """Answers as a person would, beyond the defaults: adds an evidence file, starts a second
    one and thinks better of it (back, which removes the empty entry), then says no more."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.more_evidence = 0

    def __call__(self, step: Step) -> Any:
        if step.key == "more:evidence":
            self.more_evidence += 1
            return self.more_evidence <= 2  # yes, yes, then no
        if step.key == "evidence[0].file":
            (self.folder / "evidence").mkdir(exist_ok=True)
            (self.folder / "evidence" / "export.pdf").write_bytes(b"%PDF-1.4 export")
            return "evidence/export.pdf"
        if step.key == "evidence[1].file":
            return BACK_KEY  # changed their mind: the empty second entry goes away
        return None


@pytest.mark.parametrize("reason", BANKS)
def test_every_bank_ends_in_a_case_that_renders(reason: str, tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    child = _spawn(case)
    child.expect("Starting a new case")
    seller = Seller(tmp_path)
    _answer(child, case, 10_000, reasons=[reason], script=seller)
    assert seller.more_evidence == 3
    child.expect("What next")
    report = review(case)
    assert not [f for f in report.findings if f.rule == "model"], report.findings
    # With an error open the gate offers only a draft, third from the end of the menu.
    child.send(ENTER if report.ready else UP * 3 + ENTER)
    child.expect(r"wrote .*poa\.pdf")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    loaded = load_case(case)
    assert loaded.issues[0].reason == reason
    assert [item.id for item in loaded.evidence if item.file == "evidence/export.pdf"] == ["E1"]
    assert (tmp_path / "out" / "case" / "poa.docx").stat().st_size > 0
