"""The fast YAML loader reads what ruamel's own safe loader reads (issue 18)."""

from __future__ import annotations

import math
from pathlib import Path

import pytest

from poa import yamldoc


def test_the_fast_loader_reads_every_scalar_as_ruamel_does() -> None:
    """The fast loader's resolver keeps its table of implicit types for the document (issue
    18): every scalar still reads as ruamel's own safe loader reads it, in YAML 1.2 and with
    a version directive, and every shipped case and bank loads the same."""
    from ruamel.yaml import YAML

    from poa.common import data_dir

    tricky = (
        "a: yes\nb: 010\nc: 2026-01-02\nd: 1:30\ne: on\nf: 0o17\ng: .inf\nh: ~\ni: 1e3\n"
        "j: '3'\nk: 2026-01-02T10:00:00Z\nl: -.5\nm: null\nn: True\no: 0x1F\np: ''\n"
    )
    texts = [tricky, "%YAML 1.1\n---\n" + tricky]
    for folder in (data_dir("question_banks"), Path(__file__).parent.parent / "samples"):
        texts += [p.read_text(encoding="utf-8") for p in sorted(folder.rglob("*.yaml"))]
    assert len(texts) > 60
    for text in texts:
        fast, plain = yamldoc.fast_load(text), YAML(typ="safe").load(text)
        assert fast == plain
    assert math.isinf(yamldoc.fast_load(tricky)["g"])
    assert yamldoc.fast_load(tricky)["a"] == "yes"  # YAML 1.2: no Yes/No booleans


def test_brackets_nested_past_any_parser_are_refused_before_parsing(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """1,200 open brackets took the round-trip parser seconds to give up on (100,000: 5 s):
    such a file is refused before any parser reads it, with the message a deep file got."""
    from poa.errors import CaseFileError

    def no_parser(text: str) -> None:
        raise AssertionError("the round-trip parser was asked to read it")

    monkeypatch.setattr(yamldoc, "_parse", no_parser)
    with pytest.raises(CaseFileError, match="nested too deeply to be a case file"):
        yamldoc.parse(Path("deep.yaml"), "[" * 1200, CaseFileError, "case file")


def test_brackets_are_counted_open_at_once_not_in_all() -> None:
    deep = "[" * (yamldoc.MAX_PARSE_DEPTH + 1)
    assert yamldoc._brackets_deeper(deep, yamldoc.MAX_PARSE_DEPTH)
    many = "[1] " * (yamldoc.MAX_PARSE_DEPTH * 3)  # many pairs, never more than one open
    assert not yamldoc._brackets_deeper(many, yamldoc.MAX_PARSE_DEPTH)
    assert not yamldoc._brackets_deeper("]" * 5 + "[" * yamldoc.MAX_PARSE_DEPTH, 600)
    from poa.errors import CaseFileError

    listed = "a:\n" + "- [1, [2]]\n" * (yamldoc.MAX_PARSE_DEPTH * 3)
    data, _ = yamldoc.parse(Path("ok.yaml"), listed, CaseFileError, "case file")
    assert len(data["a"]) == yamldoc.MAX_PARSE_DEPTH * 3 and data["a"][0] == [1, [2]]
