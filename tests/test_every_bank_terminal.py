"""Every bank, at a real pseudo-terminal: from a new file, answered key by key as a person
would, to a case that every command reads and that renders. Long (59 interviews): run by
``make test-long``; ``make test`` runs the same path for one bank in test_interview_terminal."""

from __future__ import annotations

from pathlib import Path

import pexpect
import pytest

from poa.casefile import load_case
from poa.review import review
from tests.test_interview_terminal import ENTER, LIBRARY, UP, _answer, _spawn

BANKS = sorted(LIBRARY.banks)

pytestmark = [pytest.mark.slow, pytest.mark.long]


@pytest.mark.parametrize("reason", BANKS)
def test_every_bank_ends_in_a_case_that_renders(reason: str, tmp_path: Path) -> None:
    case = tmp_path / "case.yaml"
    child = _spawn(case)
    child.expect("Starting a new case")
    _answer(child, case, 10_000, reasons=[reason])
    child.expect("What next")
    report = review(case)
    assert not [f for f in report.findings if f.rule == "model"], report.findings
    # With an error open the gate offers only a draft, third from the end of the menu.
    child.send(ENTER if report.ready else UP * 3 + ENTER)
    child.expect(r"wrote .*poa\.pdf")
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0
    assert load_case(case).issues[0].reason == reason
    assert (tmp_path / "out" / "case" / "poa.docx").stat().st_size > 0
