"""Every command, fed hostile input, ends in seconds with a clear answer: exit 2 for what it
cannot read, 0 or 1 for text it can, never a traceback, a kill or a hang.

Each run is a real ``poa`` process under a 2 GB address-space limit (``RLIMIT_AS``), stopped
if it is not done in 10 seconds (the issue's bound; each run takes well under two on an idle
machine). ``make test`` runs every input once and every target once; ``make test-long`` runs
every pair.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import MINIMAL_CASE

MEMORY = 2 * 1024**3
SECONDS = 10
ROOT = Path(__file__).parents[1]


def _text(text: str) -> Callable[[Path], object]:
    return lambda path: path.write_text(text, encoding="utf-8")


def _bytes(data: bytes) -> Callable[[Path], object]:
    return lambda path: path.write_bytes(data)


def _device(path: Path) -> None:
    path.symlink_to("/dev/zero")


def _huge(path: Path) -> None:
    with path.open("wb") as handle:  # sparse: 100 MB on paper, nothing on disk
        handle.truncate(100 * 1024 * 1024)


def _laughs(path: Path) -> None:
    lines = ['a0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    lines += [f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")


def _word(document_xml: bytes) -> Callable[[Path], object]:
    def write(path: Path) -> None:
        import docx

        buffer = io.BytesIO()
        docx.Document().save(buffer)
        with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(path, "w") as out:
            for item in source.infolist():
                data = source.read(item.filename)
                out.writestr(item, document_xml if item.filename == "word/document.xml" else data)

    return write


_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
_ENTITIES = b"".join(
    b'<!ENTITY e%d "%s">' % (i, b"".join(b"&e%d;" % (i - 1) for _ in range(10)) if i else b"lol")
    for i in range(10)
)
INPUTS: dict[str, Callable[[Path], object]] = {
    "a link to /dev/zero": _device,
    "a pipe": lambda path: os.mkfifo(path),
    "a folder": lambda path: path.mkdir(),
    "100 MB": _huge,
    "random bytes": _bytes(bytes((i * 7919 + 13) % 256 for i in range(65_536))),
    "UTF-16 text": _bytes("Root cause\nWe shipped late.\n".encode("utf-16")),
    "NUL bytes": _bytes(b"\0" * 10_000),
    "empty": _bytes(b""),
    "a heading and 500,000 spaces": _text("# a" + " " * 500_000 + "x\n"),
    "abbreviations": _text("E.g. " * 100_000),
    "a hyphen run": _text("A-" * 250_000),
    "tag soup": _text("<a " * 150_000),
    "a broken CDATA": _text("<![ CDATA[x]]>"),
    "deep nesting": _text("[" * 100_000),
    "a 5,000-digit number": _text("a: " + "9" * 5_000 + "\np { width: " + "9" * 5_000 + "px }\n"),
    "a billion laughs": _laughs,
    "Word: broken XML": _word(b"<w:document><w:body><w:p>broken"),
    "Word: entity expansion": _word(
        b'<?xml version="1.0"?><!DOCTYPE d ['
        + _ENTITIES
        + b"]><w:document "
        + _W
        + b"><w:body><w:p><w:r><w:t>&e9;</w:t></w:r></w:p></w:body></w:document>"
    ),
    "PDF: header only": _bytes(b"%PDF-1.7\n" + b"0" * 5_000),
}
UNREADABLE = {"a link to /dev/zero", "a pipe", "a folder", "100 MB", "random bytes", "NUL bytes"}
"""Inputs no command can read: each must end with exit 2."""


def _case_with(**document: str) -> str:
    from ruamel.yaml import YAML

    case = {**MINIMAL_CASE, "document": {**MINIMAL_CASE.get("document", {}), **document}}
    buffer = io.StringIO()
    YAML().dump(case, buffer)
    return buffer.getvalue()


# Each target: where the hostile input goes, and the command that reads it.
TARGETS: dict[str, tuple[str, Callable[[Path, Path], list[str]]]] = {
    "check a .md plan": ("plan.md", lambda f, d: ["check", str(f), "--format", "json"]),
    "check a .txt plan": ("plan.txt", lambda f, d: ["check", str(f)]),
    "check a .docx plan": ("plan.docx", lambda f, d: ["check", str(f)]),
    "check a .pdf plan": ("plan.pdf", lambda f, d: ["check", str(f)]),
    "check a case": ("case.yaml", lambda f, d: ["check", str(f)]),
    "a notice": ("notice.txt", lambda f, d: ["notice", str(f)]),
    "a metrics report": ("report.txt", lambda f, d: ["metrics", str(f), "--format", "json"]),
    "an HTML notice": ("notice.html", lambda f, d: ["notice", str(f)]),
    "an e-mail notice": ("notice.eml", lambda f, d: ["notice", str(f), "-o", str(d / "n.yaml")]),
    "render a case": ("case.yaml", lambda f, d: ["render", str(f), "-o", str(d / "out")]),
    "answers to replay": (
        "answers.yaml",
        lambda f, d: ["interview", str(d / "new.yaml"), "--answers", str(f)],
    ),
    "a stylesheet": (
        "extra.css",
        lambda f, d: [
            "render",
            str(d / "sound.yaml"),
            "-o",
            str(d / "out"),
            "--format",
            "pdf",
            "--css",
            str(f),
        ],
    ),
    "a template": (
        "templates/poa.md.j2",
        lambda f, d: [
            "templates",
            "check",
            "--templates",
            str(f.parent),
        ],
    ),
    "a question bank": (
        "banks/amazon/hostile.yaml",
        lambda f, d: [
            "banks",
            "validate",
            str(f.parents[1]),
        ],
    ),
    "a bank folder in use": (
        "banks/amazon/hostile.yaml",
        lambda f, d: [
            "notice",
            str(d / "sound.txt"),
            "--banks",
            str(f.parents[1]),
        ],
    ),
}


def _limits() -> None:  # in the child, before poa starts
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def _run(input_name: str, target_name: str, folder: Path) -> None:
    relative, command = TARGETS[target_name]
    path = folder / relative
    path.parent.mkdir(parents=True, exist_ok=True)
    INPUTS[input_name](path)
    (folder / "sound.yaml").write_text(_case_with(), encoding="utf-8")
    (folder / "sound.txt").write_text("Your account has been deactivated.\n", encoding="utf-8")
    argv = [sys.executable, "-m", "poa", *command(path, folder)]
    try:
        done = subprocess.run(
            argv,
            cwd=folder,
            capture_output=True,
            text=True,
            errors="replace",
            stdin=subprocess.DEVNULL,
            timeout=SECONDS,
            preexec_fn=_limits,
            check=False,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"{target_name} of {input_name}: still running after {SECONDS} s")
    said = f"{target_name} of {input_name} (exit {done.returncode}):\n{done.stderr[-2000:]}"
    assert "Traceback" not in done.stderr + done.stdout, said
    assert done.returncode in (0, 1, 2), said  # not killed (negative), not a crash
    if done.returncode == 2:
        assert done.stderr.strip(), said  # says why
        assert done.stderr.count("\n") < 40, said  # one message, not a dump
    if input_name in UNREADABLE and target_name != "a template":
        assert done.returncode == 2, said


# make test: every input against the first target that reads that kind of input, and every
# target against the inputs that break readers most (a device, a pipe, a folder, a huge file).
_TEXT_TARGETS = ["check a .md plan", "a notice", "an HTML notice", "check a case"]
QUICK = sorted(
    {(name, _TEXT_TARGETS[i % len(_TEXT_TARGETS)]) for i, name in enumerate(INPUTS)}
    | {("Word: broken XML", "check a .docx plan"), ("Word: entity expansion", "check a .docx plan")}
    | {("PDF: header only", "check a .pdf plan"), ("a 5,000-digit number", "a stylesheet")}
    | {(name, target) for target in TARGETS for name in ("a link to /dev/zero", "a pipe")}
    | {(name, target) for target in TARGETS for name in ("a folder", "100 MB")}
)


@pytest.mark.parametrize("input_name, target_name", QUICK, ids=[f"{t}: {i}" for i, t in QUICK])
def test_a_hostile_input_ends_with_a_clear_answer(
    input_name: str, target_name: str, tmp_path: Path
) -> None:
    _run(input_name, target_name, tmp_path)


@pytest.mark.long
@pytest.mark.parametrize("target_name", list(TARGETS))
@pytest.mark.parametrize("input_name", list(INPUTS))
def test_every_hostile_input_against_every_reader(
    input_name: str, target_name: str, tmp_path: Path
) -> None:
    _run(input_name, target_name, tmp_path)
