"""Every code example in the README and in docs/ runs (issue 17: an example that no longer runs
is a wrong answer a reader trusts).

sybil collects the fenced blocks of each document. Python blocks run in order in one namespace
per document, as a reader would type them; ``sh`` blocks run each ``poa`` command they hold, in
a shell, and must end with exit code 0 or 1 (1: the review found errors, which is an answer)
and no traceback. Each document runs in its own folder holding the files its examples name
(the samples, a case, a notice, reports, written plans, a bank folder), made by
``example_folder``. Three kinds of line are not run, each for its reason (``NOT_RUN``).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from sybil import Example, Sybil
from sybil.parsers.markdown import CodeBlockParser, PythonCodeBlockParser, SkipParser

from tests.conftest import ROOT

DOCUMENTS = sorted(
    [ROOT / "README.md", *(ROOT / "docs").rglob("*.md")], key=lambda p: str(p.relative_to(ROOT))
)

NOT_RUN = {
    "make": "a make target sets up .venv and runs the whole suite",
    "pbpaste": "reads the macOS clipboard",
    "interview": "asks its questions at a terminal (the --answers form is run)",
}
"""The lines of ``sh`` blocks that are not run, by what they start with, and why."""

FIXTURES = ROOT / "tests" / "fixtures"
FILES = {
    "notice.txt": FIXTURES / "notices" / "01-amazon-late-shipment-forwarded.txt",
    "notice.eml": FIXTURES / "notices" / "12-amazon-code-of-conduct-qp.eml",
    "perf.json": FIXTURES / "metrics" / "amazon-v2-schema-example.json",
    "all-orders.txt": FIXTURES / "metrics" / "amazon-all-orders.txt",
    "orders.txt": FIXTURES / "metrics" / "amazon-all-orders.txt",
    "orders.json": FIXTURES / "metrics" / "amazon-orders-api-2026.json",
    "answer.txt": FIXTURES / "notices" / "14-amazon-rejection-inauthentic.txt",
    "cases/late-shipment.yaml": ROOT / "samples" / "amazon-late-shipment.yaml",
    **{
        f"cases/amazon-late-shipment/{name}": ROOT / "samples" / "amazon-late-shipment" / name
        for name in (
            "late-orders.pdf",
            "handling-time.png",
            "tracking-export.pdf",
            "packing-sop.pdf",
        )
    },
    "our-plan.md": FIXTURES / "review" / "plans" / "good-two-issues.md",
    "our-plan.docx": FIXTURES / "review" / "plans" / "word-plan.docx",
    "my-case.yaml": ROOT / "samples" / "amazon-late-shipment.yaml",
    "case.yaml": ROOT / "samples" / "amazon-late-shipment.yaml",
    "my-banks/amazon/late_shipment_rate.yaml": ROOT
    / "question_banks"
    / "amazon"
    / "late_shipment_rate.yaml",
}
"""The files the examples name, and what each is a copy of."""

ANSWERS = "seller:\n  legal_name: Example Outdoor Goods LLC\ndocument:\n  paper: letter\n"


def example_folder(folder: Path) -> Path:
    """A folder with every file the documented examples name, as a reader would have it."""
    shutil.copytree(ROOT / "samples", folder / "samples")
    # The sample case copied as my-case.yaml and case.yaml finds its evidence beside it.
    shutil.copytree(ROOT / "samples" / "amazon-late-shipment", folder / "amazon-late-shipment")
    for name, source in FILES.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, folder / name)
    (folder / "answers.yaml").write_text(ANSWERS, encoding="utf-8")
    (folder / "my-templates").mkdir()
    # `.venv/bin/poa`, `poa` and `python` as the README writes them: this checkout's poa.
    shims = folder / ".venv" / "bin"
    shims.mkdir(parents=True)
    for name, command in (("poa", f"{sys.executable} -m poa"), ("python", sys.executable)):
        (shims / name).write_text(f'#!/bin/sh\nexec {command} "$@"\n', encoding="utf-8")
        (shims / name).chmod(0o755)
    return folder


def not_run(line: str) -> str | None:
    """Why a line of an ``sh`` block is not run, or None when it is.

    >>> not_run("make demo"), not_run("pbpaste | poa check -"), not_run("poa check x.md")
    ('make', 'pbpaste', None)
    >>> not_run(".venv/bin/poa interview my-case.yaml"), not_run("poa interview c --answers a")
    ('interview', None)
    """
    words = shlex.split(line)
    if words[0] in ("make", "pbpaste"):
        return words[0]
    if "interview" in words and "--answers" not in words:
        return "interview"
    return None


def run_shell(example: Example) -> None:
    """Run each command of an ``sh`` block in the document's folder."""
    folder = example.namespace["__folder__"]
    env = {
        **{k: v for k, v in os.environ.items() if k not in ("POA_BANKS", "POA_TEMPLATES")},
        "PATH": f"{folder / '.venv' / 'bin'}{os.pathsep}{os.environ.get('PATH', '')}",
        "PYTHONPATH": str(ROOT),
        "XDG_CONFIG_HOME": str(folder / "config"),  # no template folder of the machine's user
    }
    for number, raw in enumerate(example.parsed.splitlines()):
        line = re.split(r"\s+#\s", raw, maxsplit=1)[0].strip()
        if not line or not_run(line):
            continue
        ran = subprocess.run(
            ["bash", "-c", line],
            cwd=folder,
            env=env,
            stdin=subprocess.DEVNULL,
            capture_output=True,
            text=True,
            check=False,
        )
        where = f"{example.path}:{example.line + number + 1}: {line}"
        assert "Traceback" not in ran.stderr, f"{where}\n{ran.stderr}"
        assert ran.returncode in (0, 1), f"{where}: exit {ran.returncode}\n{ran.stderr[-2000:]}"


SYBIL = Sybil(
    parsers=[
        PythonCodeBlockParser(),
        CodeBlockParser(language="sh", evaluator=run_shell),
        SkipParser(),
    ]
)


@pytest.mark.slow
@pytest.mark.parametrize("path", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_example_runs(path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = example_folder(tmp_path / "work")
    monkeypatch.chdir(folder)
    monkeypatch.delenv("POA_BANKS", raising=False)
    monkeypatch.delenv("POA_TEMPLATES", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder / "config"))
    document = SYBIL.parse(path)
    document.namespace["__folder__"] = folder
    for example in document:
        example.evaluate()


def test_the_examples_are_found() -> None:
    """The README's Python and shell blocks are collected (a test of no examples cannot fail)."""
    evaluators = [example.region.evaluator for example in SYBIL.parse(ROOT / "README.md")]
    shell = sum(evaluator is run_shell for evaluator in evaluators)
    python = sum(evaluator is not run_shell and evaluator is not None for evaluator in evaluators)
    assert shell >= 8 and python >= 2, (shell, python)
