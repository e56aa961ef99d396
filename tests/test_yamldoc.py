"""The fast YAML loader reads what ruamel's own safe loader reads (issue 18)."""

from __future__ import annotations

import math
from pathlib import Path

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
