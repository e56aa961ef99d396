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


COSTLY = {
    "a loop inside a loop": (
        "{% for i in range(99999) %}{% for j in range(99999) %}{% endfor %}{% endfor %}",
        "more than 500,000 steps",
    ),
    "a text multiplied": ("{% set s = 'A' * 10**8 %}{{ s }}", "multiplied a str of 1 items"),
    "a list multiplied": ("{{ ([0] * 10**8)|length }}", "multiplied a list of 1 items"),
    "a text doubled in a loop": (
        "{% set n = namespace(v='ab') %}{% for i in range(40) %}{% set n.v = n.v ~ n.v %}"
        "{% endfor %}{{ n.v|length }}",
        "built a str of 2,097,152 items",
    ),
    "a list grown by +": (
        "{% set n = namespace(v=[0]) %}{% for i in range(40) %}{% set n.v = n.v + n.v %}"
        "{% endfor %}{{ n.v|length }}",
        "built a list of 2,097,152 items",
    ),
    "a huge power": ("{{ 2 ** 100000000 }}", "raised a number to the power 100,000,000"),
    "a padded method": ("{{ 'x'.center(10**9) }}", "passed the number 1e+09"),
    "a padded filter": ("{{ 'x'|center(10**9) }}", "passed the number 1e+09"),
    "an indent filter": ("{{ 'a\nb'|indent(10**9) }}", "passed the number 1e+09"),
    "a wide % format": ("{{ '%0999999999d' % 1 }}", "a width or precision of 7 digits"),
    "a wide format filter": ("{{ '%0999999999d'|format(1) }}", "a width or precision of 7"),
    "a star width": ("{{ '%*d' % (10**9, 1) }}", "passed the number 1e+09"),
    "a wide str.format": ("{{ '{:>999999999}'.format(1) }}", "a width or precision of 7"),
    "a nested width": ("{{ '{:>{}}'.format(1, 10**9) }}", "passed the number 1e+09"),
    "too much output": (
        "{% for i in range(99999) %}{{ 'x' * 1000 }}{% endfor %}",
        "wrote more than 2,000,000 characters",
    ),
    "endless recursion": ("{% macro f(n) %}{{ f(n + 1) }}{% endmacro %}{{ f(0) }}", "f"),
}


@pytest.mark.parametrize("template, said", list(COSTLY.values()), ids=list(COSTLY))
def test_a_costly_template_stops_with_a_message_naming_it(
    tmp_path: Path,
    write_case: WriteCase,
    capsys: pytest.CaptureFixture[str],
    template: str,
    said: str,
) -> None:
    folder = tmp_path / "my-templates"
    folder.mkdir()
    (folder / "poa.md.j2").write_text(HEADER + template + "\n", encoding="utf-8")
    case = write_case(minimal_case())
    argv = ["render", str(case), "-o", str(tmp_path / "out"), "--format", "md"]
    code = main([*argv, "--templates", str(folder)])

    err = capsys.readouterr().err
    assert code == 2
    assert f"{folder / 'poa.md.j2'}" in err and said in err, err
    assert "Traceback" not in err
    assert not list((tmp_path / "out").rglob("poa.md"))


def test_templates_check_reports_a_costly_template(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "my-templates"
    folder.mkdir()
    (folder / "poa.md.j2").write_text(HEADER + COSTLY["a text multiplied"][0], encoding="utf-8")
    code = main(["templates", "check", "--templates", str(folder)])
    out = capsys.readouterr().out
    assert code == 1
    assert "FAIL poa" in out and "multiplied a str of 1 items by 100,000,000" in out


def test_numbers_in_a_letter_are_not_mistaken_for_costs(tmp_path: Path) -> None:
    from poa.render.library import environment, render_template

    (tmp_path / "figures.md.j2").write_text(
        "{{ '{:,}'.format(2500000) }} {{ '%d' % 3000000 }} {{ 3000000|string }} "
        "{{ (['-'] * 40)|join }} {{ 12345678|round }}",
        encoding="utf-8",
    )
    environment.cache_clear()
    text = render_template("figures", [str(tmp_path)], syntax="text")
    assert text.startswith("2,500,000 3000000 3000000 " + "-" * 40)
