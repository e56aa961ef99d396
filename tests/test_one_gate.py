"""One way in for files: outside ``poa/fsutil.py`` (the gate, with its limits and its checks
that a path is a regular file) no module of poa opens or reads a file itself.

A new reader that opens a path directly fails here; route it through
``fsutil.read_limited`` / ``read_text`` / ``digest_limited`` with a limit of its own.
"""

from __future__ import annotations

import ast
from pathlib import Path

from tests.conftest import ROOT

PACKAGE = ROOT / "poa"

GATE = PACKAGE / "fsutil.py"
"""The gate itself: the one place that calls open() on a user's path, after its checks."""

ALLOWED: dict[tuple[str, str, str], str] = {
    # (module, function, call): why it is not a reader of user files. Empty today.
}

_READERS = {"open", "read_text", "read_bytes", "fdopen", "copyfile", "copy", "copy2"}
"""Calls that open a file by path: builtins, os, io, pathlib, shutil and Pillow's Image.open."""
_PATH_TAKERS = {"ZipFile", "Document", "PdfDocument"}
"""Parsers that also accept a path (zipfile, python-docx, pypdfium2): given bytes, they are
fine; given ``str(path)`` or a ``…path`` name they read the file themselves."""


def _name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    return None


def _bypasses(call: ast.Call) -> bool:
    name = _name(call.func)
    first = call.args[0] if call.args else None
    if isinstance(first, ast.Call) and _name(first.func) == "BytesIO":
        return False  # reads bytes already in memory
    if name in {"read_text", "read_bytes"}:
        # Path.read_text(encoding=…) takes at most one argument; the gate's read_text (in
        # fsutil and yamldoc) takes the path, a limit, an error and a name.
        return isinstance(call.func, ast.Attribute) and len(call.args) < 3
    if name in _READERS:
        return True
    if name in _PATH_TAKERS and first is not None:
        as_text = isinstance(first, ast.Call) and _name(first.func) == "str"
        return as_text or "path" in (_name(first) or "").lower()
    return False


def readers_outside_the_gate() -> list[str]:
    found = []
    for module in sorted(PACKAGE.rglob("*.py")):
        if module == GATE:
            continue
        relative = module.relative_to(ROOT).as_posix()
        tree = ast.parse(module.read_text(encoding="utf-8"), str(module))
        functions = [n for n in ast.walk(tree) if isinstance(n, ast.FunctionDef)]
        for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call) and _bypasses(n)):
            inside = [f.name for f in functions if f.lineno <= call.lineno <= (f.end_lineno or 0)]
            key = (relative, inside[-1] if inside else "<module>", _name(call.func) or "")
            if key not in ALLOWED:
                found.append(f"{relative}:{call.lineno}: {key[1]}() calls {key[2]}()")
    return found


def test_no_module_reads_a_file_but_through_fsutil() -> None:
    assert readers_outside_the_gate() == []


def test_the_walk_finds_a_reader_that_bypasses_the_gate(tmp_path: Path) -> None:
    """The check itself works: each way of reading a path directly is caught."""
    source = (
        "def a(path):\n    return path.read_text(encoding='utf-8')\n"
        "def b(path):\n    with open(path) as f:\n        return f.read()\n"
        "def c(path):\n    return docx.Document(str(path))\n"
        "def d(data):\n    return docx.Document(io.BytesIO(data))\n"
        "def e(path):\n    return read_text(path, 1, Error, 'x')\n"
    )
    calls = [n for n in ast.walk(ast.parse(source)) if isinstance(n, ast.Call) and _bypasses(n)]
    assert sorted(_name(c.func) or "" for c in calls) == ["Document", "open", "read_text"]
