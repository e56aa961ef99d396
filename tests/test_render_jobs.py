"""``poa render`` of several cases: worker processes (-j), one line per case, a progress bar only
for a person at a terminal, and one font configuration and stylesheet per process."""

from __future__ import annotations

import os
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from poa.cli import main
from poa.errors import EXIT_FINDINGS, EXIT_OK
from tests.conftest import ROOT, WriteCase, minimal_case
from tests.extract import docx_text, pdf_text

SELLERS = ("Alder Goods LLC", "Birch Supply Co", "Cedar Trading Ltd")


def _cases(write_case: WriteCase, names: tuple[str, ...] = SELLERS) -> list[Path]:
    paths = []
    for number, seller in enumerate(names, 1):
        data = minimal_case()
        data["seller"]["legal_name"] = seller
        paths.append(write_case(data, f"case{number}.yaml"))
    return paths


def _weak(write_case: WriteCase) -> Path:
    data = minimal_case()
    data["issues"][0]["corrective_actions"][0]["action"] = (
        "We will retrain all warehouse staff on grading returns."
    )
    return write_case(data, "weak.yaml")


def test_jobs_write_every_case(
    write_case: WriteCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = _cases(write_case)
    out = tmp_path / "out"
    argv = ["render", *map(str, cases), "-o", str(out), "-f", "md,docx", "--doc", "poa", "-j", "2"]
    assert main(argv) == EXIT_OK
    lines = capsys.readouterr().out.splitlines()
    for case, seller in zip(cases, SELLERS, strict=True):
        folder = out / case.stem
        assert seller in (folder / "poa.md").read_text(encoding="utf-8")
        assert seller in docx_text(folder / "poa.docx")
        assert any(line.startswith(f"written  {case} → {folder} (2 files") for line in lines)
    assert lines[-1] == "3 cases: 3 written, 0 refused, 0 failed"


def test_a_failing_case_gives_exit_1_and_its_reason_while_the_others_are_written(
    write_case: WriteCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = _cases(write_case, SELLERS[:2])
    broken = minimal_case()
    broken["marketplace"] = "nowhere"
    bad = write_case(broken, "bad.yaml")
    out = tmp_path / "out"
    argv = ["render", str(cases[0]), str(bad), str(cases[1]), "-o", str(out), "-f", "md", "-j", "2"]
    assert main(argv) == EXIT_FINDINGS
    captured = capsys.readouterr()
    failed = [line for line in captured.out.splitlines() if line.startswith("failed")]
    assert len(failed) == 1 and str(bad) in failed[0] and "marketplace" in failed[0], failed
    assert "marketplace" in captured.err  # the whole message, every problem, on stderr
    for case, seller in zip(cases, SELLERS[:2], strict=True):
        assert seller in (out / case.stem / "poa.md").read_text(encoding="utf-8")
    assert not (out / "bad").exists()


def test_a_case_the_review_refuses_is_reported_as_refused(
    write_case: WriteCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (sound,) = _cases(write_case, SELLERS[:1])
    weak = _weak(write_case)
    out = tmp_path / "out"
    assert main(["render", str(weak), str(sound), "-o", str(out), "-f", "md", "-j", "1"]) == 1
    captured = capsys.readouterr()
    lines = captured.out.splitlines()
    assert any(
        line.startswith(f"refused  {weak}: not rendered — the review found") for line in lines
    )
    assert any(line.startswith(f"written  {sound}") for line in lines)
    assert lines[-1] == "2 cases: 1 written, 1 refused, 0 failed"
    assert "C1" in captured.err and "--draft" in captured.err  # the findings and the way out
    assert not (out / "weak").exists() or not any((out / "weak").iterdir())


def test_no_progress_bar_when_the_output_is_not_a_terminal(
    write_case: WriteCase, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cases = _cases(write_case, SELLERS[:2])
    assert main(["render", *map(str, cases), "-o", str(tmp_path / "out"), "-f", "md"]) == 0
    captured = capsys.readouterr()
    assert "rendering" not in captured.err and "\x1b[" not in captured.err + captured.out
    assert "rich" not in sys.modules or "rich.progress" not in sys.modules


@pytest.mark.parametrize(
    ("argv", "environ", "wanted"),
    [([], {}, True), (["--quiet"], {}, False), ([], {"NO_COLOR": "1"}, False)],
)
def test_the_bar_is_for_a_terminal_without_no_color_or_quiet(
    monkeypatch: pytest.MonkeyPatch, argv: list[str], environ: dict[str, str], wanted: bool
) -> None:
    from poa.cli import build_parser
    from poa.cli_render import _bar_wanted

    monkeypatch.delenv("NO_COLOR", raising=False)
    for key, value in environ.items():
        monkeypatch.setenv(key, value)
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.setattr(sys.stderr, "isatty", lambda: True)
    assert _bar_wanted(build_parser().parse_args(["render", "a.yaml", *argv])) is wanted


@pytest.mark.slow
def test_the_bar_shows_at_a_terminal_and_the_summary_stays(tmp_path: Path) -> None:
    import pexpect
    from ruamel.yaml import YAML

    names = []
    for number in (1, 2):
        with (tmp_path / f"case{number}.yaml").open("w", encoding="utf-8") as handle:
            YAML().dump(minimal_case(), handle)
        names.append(f"case{number}.yaml")
    env = {k: v for k, v in os.environ.items() if k != "NO_COLOR"}
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")])
    child = pexpect.spawn(
        sys.executable,
        ["-m", "poa", "render", *names, "-o", "out", "-f", "md", "-j", "2"],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=120,
        dimensions=(24, 100),
    )
    child.expect(pexpect.EOF)
    child.close()
    assert child.exitstatus == 0, child.before
    assert "rendering" in child.before  # the bar was drawn…
    assert "2 cases: 2 written, 0 refused, 0 failed" in child.before  # …and the summary stays


def test_one_font_configuration_and_stylesheet_per_process(
    write_case: WriteCase, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import weasyprint
    import weasyprint.document
    import weasyprint.text.fonts

    from poa.batch import RenderJob, render_cases
    from poa.render import pdf

    built: Counter[str] = Counter()
    fonts: Any = weasyprint.text.fonts.FontConfiguration

    class CountedFonts(fonts):  # type: ignore[misc]  # weasyprint has no types
        def __init__(self) -> None:
            built["FontConfiguration"] += 1
            super().__init__()

    class CountedCSS(weasyprint.CSS):  # type: ignore[misc]
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            built["CSS"] += 1
            super().__init__(*args, **kwargs)

    # Both names weasyprint builds a configuration by: its own default per document counts too.
    monkeypatch.setattr(weasyprint.text.fonts, "FontConfiguration", CountedFonts)
    monkeypatch.setattr(weasyprint.document, "FontConfiguration", CountedFonts)
    monkeypatch.setattr(weasyprint, "CSS", CountedCSS)
    monkeypatch.setattr(pdf, "_SHEETS", {})  # as in a fresh process
    pdf.shared_fonts.cache_clear()
    try:
        sellers = (*SELLERS, "Dogwood Wares Inc", "Elm Street Sellers LLC")
        cases = _cases(write_case, sellers)
        job = RenderJob(tmp_path / "out", ("pdf",), documents=("poa", "letter"))
        outcomes = render_cases(cases, job, jobs=1)
    finally:
        pdf.shared_fonts.cache_clear()  # the next test's fonts are not the counting kind
    assert [o.status for o in outcomes] == ["written"] * 5
    for case, seller in zip(cases, sellers, strict=True):  # each PDF is its own case's
        assert seller in pdf_text(tmp_path / "out" / case.stem / "letter.pdf")
    assert built == {"FontConfiguration": 1, "CSS": 1}, built  # 10 PDFs, 1 of each
