"""Every example in poa's docstrings runs and shows what poa does today (issue 17: an
example that drifts from the code is a wrong answer a reader trusts)."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import poa

MODULES = sorted(
    m.name for m in pkgutil.walk_packages(poa.__path__, "poa.") if not m.name.endswith("__main__")
)


@pytest.mark.parametrize("name", MODULES)
def test_the_examples_in_each_module_run(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0, f"{name}: {result.failed} of {result.attempted} examples failed"


def test_the_examples_are_found() -> None:
    """The finder sees the examples (a test of no examples cannot fail)."""
    found = sum(
        len(t.examples)
        for name in MODULES
        for t in doctest.DocTestFinder().find(importlib.import_module(name))
    )
    assert found >= 50
