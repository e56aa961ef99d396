"""Templates from a user's folder run sandboxed: known Jinja escape payloads cannot read
files, import modules, run commands or reach attributes outside the sandbox."""

from __future__ import annotations

from pathlib import Path

import pytest

from poa.cli import main
from tests.conftest import WriteCase, minimal_case

HEADER = """{#- poa-template
name: poa
kind: poa
title: Plan of Action
description: A user's override, here carrying an escape attempt.
version: 1
-#}
"""
MARKER = "POA-SANDBOX-BREACH"
PAYLOADS = {
    "class walk to subclasses": "{{ ''.__class__.__mro__[1].__subclasses__() }}",
    "globals of a method": "{{ case.model_dump.__globals__ }}",
    "builtins via a filter": "{{ (1|attr('__class__')).__base__.__subclasses__() }}",
    "cycler globals": "{{ cycler.__init__.__globals__.os.popen('echo " + MARKER + "').read() }}",
    "lipsum globals": "{{ lipsum.__globals__['os'].popen('echo " + MARKER + "').read() }}",
    "joiner globals": "{{ joiner.__init__.__globals__['os'].system('touch " + MARKER + "') }}",
    "namespace init": "{{ namespace.__init__.__globals__ }}",
    "self context": "{{ self._TemplateReference__context.environment.__init__.__globals__ }}",
    "request-style config": "{{ config.__class__.__init__.__globals__['os'] }}",
    "format string attribute": "{{ '{0.__class__.__mro__}'.format(case) }}",
    "str.format_map": "{{ '{x.__class__}'.format_map({'x': case}) }}",
    "import statement": "{% import 'os' as os %}{{ os }}",
    "include a system file": "{% include '/etc/passwd' %}",
    "include by parent path": "{% include '../../../../../../etc/passwd' %}",
    "extends a system file": "{% extends '/etc/hostname' %}",
    "pydantic model class": "{{ case.__class__.__init__.__globals__ }}",
    "private attribute": "{{ case._abc_impl }}",
    "gi frame": "{{ (case.issues|map(attribute='__class__')|list)[0].__subclasses__() }}",
}


@pytest.mark.parametrize("payload", list(PAYLOADS.values()), ids=list(PAYLOADS))
def test_an_escape_payload_in_a_user_template_is_stopped(
    tmp_path: Path,
    write_case: WriteCase,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
    payload: str,
) -> None:
    monkeypatch.chdir(tmp_path)  # a payload that got through would write here, not in the repo
    folder = tmp_path / "my-templates"
    folder.mkdir()
    (folder / "poa.md.j2").write_text(HEADER + payload + "\n", encoding="utf-8")
    case = write_case(minimal_case())
    out = tmp_path / "out"
    argv = ["render", str(case), "-o", str(out), "--format", "md", "--templates", str(folder)]
    code = main([*argv, "--document", "poa"]) if _has_document_option() else main(argv)

    shown = capsys.readouterr()
    written = "".join(p.read_text(encoding="utf-8") for p in out.rglob("*.md"))
    everything = shown.out + shown.err + written
    assert code != 0, f"the payload rendered: {written[:300]!r}"
    assert "Traceback" not in everything
    assert "root:" not in everything  # /etc/passwd
    assert MARKER not in everything and not (tmp_path / MARKER).exists()
    assert "<module 'os'" not in everything and "subprocess" not in everything


def _has_document_option() -> bool:
    import contextlib
    import io

    with contextlib.redirect_stdout(io.StringIO()) as out, contextlib.suppress(SystemExit):
        main(["render", "--help"])
    return "--document" in out.getvalue()
