"""The round-trip YAML reader and writer (ruamel's), set up to keep a seller's file as they
wrote it: comments, key order, quoting, indentation and the text of every number.

Loaded by :mod:`poa.yamldoc` when a file is parsed for its lines or written back, not before.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.constructor import RoundTripConstructor
from ruamel.yaml.representer import RoundTripRepresenter
from ruamel.yaml.scalarfloat import ScalarFloat

Indent = tuple[int, int, int]
"""mapping, sequence, dash offset (:data:`poa.yamldoc.Indent`)."""


class _Constructor(RoundTripConstructor):
    """Keeps an impossible date such as 2026-02-30 as text; the model reports it with its line."""

    def construct_yaml_timestamp(self, node: Any, values: Any = None) -> Any:
        try:
            return super().construct_yaml_timestamp(node, values)
        except ValueError:
            return self.construct_scalar(node)


_Constructor.add_constructor("tag:yaml.org,2002:timestamp", _Constructor.construct_yaml_timestamp)


class _Representer(RoundTripRepresenter):
    """Writes a float read from a file as it was written, unless that would change its value.

    ruamel rebuilds the text of a float such as ``-3.111900604495468e+21`` from its digits
    and can get the last one wrong; the file is saved after every interview answer, so the
    value would drift. Those are written as Python writes the float, which reads back exactly.
    """

    def ignore_aliases(self, data: Any) -> bool:
        """A date or a number written twice is written twice, not as ``&id001`` and
        ``*id001``: a seller reads the file. Anchors a user wrote on a mapping stay."""
        return isinstance(data, (dt.date, int, float, str)) or bool(super().ignore_aliases(data))

    def represent_scalar_float(self, data: Any) -> Any:
        node = super().represent_scalar_float(data)
        try:
            same = float(str(node.value).replace("_", "")) == float(data)
        except ValueError:  # .inf, .nan
            same = True
        return node if same else self.represent_float(float(data))

    def represent_str(self, data: Any) -> Any:
        # ruamel writes NEL (U+0085) inside a plain or single-quoted scalar, where YAML
        # reads it as a line break: "a\x85b" came back as "a b". Double quotes escape it.
        if any(char in data for char in "\x85\u2028\u2029"):
            return self.represent_scalar("tag:yaml.org,2002:str", data, style='"')
        return super().represent_str(data)


_Representer.add_representer(ScalarFloat, _Representer.represent_scalar_float)
_Representer.add_representer(str, _Representer.represent_str)


def round_trip(indent: Indent) -> YAML:
    """A round-trip reader and writer with ``indent``."""
    yaml = YAML(typ="rt")
    yaml.Constructor = _Constructor
    yaml.Representer = _Representer
    yaml.preserve_quotes = True
    yaml.width = 4096  # never re-wrap a seller's long lines
    mapping, sequence, offset = indent
    yaml.indent(mapping=mapping, sequence=sequence, offset=offset)
    return yaml
