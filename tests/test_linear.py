"""Linear time on any text (issue 15): the proof is structural, not a stopwatch.

Every pattern that reads user text is compiled by RE2 (poa.linear.compile), which has no
backtracking, or by poa.linear.bounded, which refuses a pattern that can read more than a
bounded stretch from where it starts. These tests make any other way impossible: a module
that imports Python's ``re`` must be listed below with its reason, and every compiled pattern
found in the modules that read user text must have come through poa.linear.
"""

from __future__ import annotations

import ast
import dataclasses
import importlib
import pkgutil
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import poa
from poa import linear
from tests.conftest import examples

POA = Path(poa.__file__).parent

PYTHON_RE_ALLOWED = {
    "poa/linear.py": "compiles linear.bounded patterns, each checked for a bounded reach",
    # Rendering writes a case (its answers are user text) to Markdown, Word and PDF; its
    # patterns are audited in issue 15's render part (branch h15-render). Read here: each is
    # tried where its look-behind allows and reads one run of spaces or one entity, so a scan
    # is linear; sentence_ends, which a case review runs, is under a hang guard.
    "poa/render/escape.py": "rendering, issue 15's render part: single runs, linear scans",
    "poa/render/library.py": "rendering, issue 15's render part: sentence ends, linear",
    "poa/render/manage.py": "templates a user installs, not case text: rendering's part",
    "poa/render/channel.py": "template sources, not user text",
    "poa/render/catalog.py": "template headers, not user text",
    "poa/render/wordml.py": "one character class over the rendered text: linear by itself",
}
"""Modules that may import Python's ``re``, and why."""


def _imports_of(path: Path) -> set[str]:
    names: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def test_no_module_imports_python_re_unless_listed() -> None:
    offenders = []
    for path in sorted(POA.rglob("*.py")):
        name = path.relative_to(POA.parent).as_posix()
        imported = _imports_of(path)
        if {"re", "sre_compile", "sre_parse", "regex"} & imported and name not in PYTHON_RE_ALLOWED:
            offenders.append(name)
        if "re2" in imported and name != "poa/linear.py":
            offenders.append(f"{name} (re2: go through poa.linear)")
    assert not offenders, (
        "these modules use Python's backtracking engine: compile their patterns with "
        f"poa.linear.compile (or linear.bounded, with a reason) instead: {offenders}"
    )


def _user_text_modules() -> list[str]:
    names = []
    for info in pkgutil.walk_packages(poa.__path__, "poa."):
        if info.name.endswith("__main__"):
            continue  # runs the command line when imported
        path = POA.parent / (
            info.name.replace(".", "/") + ("/__init__.py" if info.ispkg else ".py")
        )
        if path.relative_to(POA.parent).as_posix() not in PYTHON_RE_ALLOWED:
            names.append(info.name)
    return names


def _patterns_in(value: Any, seen: set[int], depth: int = 0) -> list[Any]:
    """Every compiled pattern reachable from ``value`` (a module's global) in a few steps."""
    if id(value) in seen or depth > 4:
        return []
    seen.add(id(value))
    if isinstance(value, re.Pattern) or type(value).__name__ == "_Compiled":
        return [value]
    if isinstance(value, dict):
        items = [*value.keys(), *value.values()]
    elif isinstance(value, list | tuple | set | frozenset):
        items = list(value)
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        items = list(vars(value).values())
    else:
        return []
    return [p for item in items for p in _patterns_in(item, seen, depth + 1)]


def test_every_pattern_in_the_readers_of_user_text_is_linear() -> None:
    found: dict[str, list[str]] = {}
    for name in _user_text_modules():
        module = importlib.import_module(name)
        seen: set[int] = set()
        for value in list(vars(module).values()):
            for pattern in _patterns_in(value, seen):
                if isinstance(pattern, re.Pattern) and pattern.pattern not in linear.BOUNDED:
                    found.setdefault(name, []).append(pattern.pattern[:60])
    assert not found, f"Python patterns not made by poa.linear: {found}"


def test_the_readers_do_hold_patterns() -> None:
    """The search above finds something: RE2 patterns in the review, bounded ones too."""
    import poa.review.bracket_slots as bracket_slots
    import poa.review.rules as rules

    seen: set[int] = set()
    kinds = {type(p).__name__ for v in vars(rules).values() for p in _patterns_in(v, seen)}
    assert "_Compiled" in kinds
    assert isinstance(bracket_slots._BRACKETED, re.Pattern)
    assert bracket_slots._BRACKETED.pattern in linear.BOUNDED


def test_every_bounded_pattern_has_a_reason() -> None:
    importlib.import_module("poa.review.plan_review")  # imports every reader of plans
    assert linear.BOUNDED
    for pattern, reason in linear.BOUNDED.items():
        assert len(reason.split()) >= 5, pattern


@pytest.mark.parametrize(
    "pattern",
    [r"(?<=\.)\s+", r"\bwill\b(?! not)", r"(a)\1"],
)
def test_re2_refuses_what_it_cannot_run_in_linear_time(pattern: str) -> None:
    with pytest.raises(linear.PatternError):
        linear.compile(pattern)


@pytest.mark.parametrize("pattern", [r"a+", r"\s*x", r"(?:ab){1,400}(?:cd){1,400}", r"(a)\1"])
def test_bounded_refuses_a_pattern_that_can_read_far(pattern: str) -> None:
    with pytest.raises(linear.PatternError):
        linear.bounded(pattern, reason="a test of the check itself, not kept")


def test_bounded_counts_a_look_ahead_inside_a_repetition_once() -> None:
    linear.bounded(r"(?:[^\n]|\n(?![ \t]{0,40}\n)){1,400}", reason="a test of the check itself")


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"\s+", "a\u00a0\u2009\x85b\tc"),
        (r"\w+", "café naïve 42 Ünïcode_x"),
        (r"\d+", "٣٤ and 12"),
        (r"[^\w\s]+", "a — b… c"),
        (r"\S+", "x\u3000y"),
        (r"\D+|\W+", "a1 -2"),
        (r"[\s,]+", "a,\u00a0b"),
        (r"\u00a0", "a\u00a0b"),
        (r"ab\Z", "xab"),
    ],
)
def test_classes_keep_pythons_unicode_meaning(pattern: str, text: str) -> None:
    assert linear.findall(pattern, text) == re.findall(pattern, text)


def test_sub_keeps_non_ascii_replacements_and_groups() -> None:
    assert linear.sub(r'"[^"]*"', " … ", 'a "b" c') == "a  …  c"
    assert linear.sub(r"(a)(?P<x>b)", r"[\2\1\g<x>]", "ab") == "[bab]"
    assert linear.compile("a").sub("b", "aaaa", count=2) == "bbaa"
    with pytest.raises(linear.PatternError):
        linear.sub("a", r"\n", "a")


def test_split_at_keeps_what_the_pattern_reads_around_the_cut() -> None:
    cut = linear.compile(r"[.!?](\s+)[A-Z]")
    assert linear.split_at(cut, "One. Two!  Three? four") == ["One.", "Two!", "Three? four"]


@pytest.mark.parametrize(
    ("phrase", "text", "found"),
    [
        ("ldr", "mr goldrick wrote to us", False),
        ("ldr", "your ldr is 6%", True),
        ("late shipment rate", "late shipment rates", False),
        ("late shipment rate", "the late shipment rate.", True),
        ("5%", "above 5% now", True),
        ("#1", "ranked #1 seller", True),
    ],
)
def test_a_phrase_is_found_only_as_whole_words(phrase: str, text: str, found: bool) -> None:
    assert linear.has_phrase(phrase, text) is found


@pytest.mark.parametrize(
    "text", ["One. Two, three: 4.5 x", "naïve café. Ünï, 4.5 x", "😀 x “é” 4.5\udc80 ż"]
)
@pytest.mark.parametrize(
    "pattern", [r"\w+", r"(\w)(\w)?", r"[,.:]\s*", r"x*", r"(?P<word>[a-zé]+)|(\d)", r"^\w+|\w+$"]
)
def test_ascii_and_other_text_read_as_in_re(pattern: str, text: str) -> None:
    """RE2 answers in bytes of UTF-8; the offsets, turned into characters, agree with re (in
    ASCII text, in two-, three- and four-byte characters, and a lone surrogate)."""
    ours, theirs = linear.compile(pattern), re.compile(pattern)
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in theirs.finditer(text)]
    assert [m.groups() for m in ours.finditer(text)] == [m.groups() for m in theirs.finditer(text)]
    assert ours.findall(text) == theirs.findall(text)
    assert ours.split(text) == theirs.split(text)
    assert ours.sub("-", text) == theirs.sub("-", text)
    for name in ("search", "match", "fullmatch"):
        found, expected = getattr(ours, name)(text), getattr(theirs, name)(text)
        assert (found and (found.span(), found.group(0))) == (
            expected and (expected.span(), expected.group(0))
        )
    if found := ours.search(text):
        assert found.groupdict() == theirs.search(text).groupdict()  # type: ignore[union-attr]


def test_a_bank_pattern_is_one_re2_can_run() -> None:
    """A bank's answer pattern checks what a seller types: RE2 only, so no answer can hang."""
    from pydantic import ValidationError

    from poa.banks.schema import Validation

    assert Validation(pattern=r"^\d{12}$", message="Twelve digits.").pattern == r"^\d{12}$"
    with pytest.raises(ValidationError, match=r"a look-around or atomic group in"):
        Validation(pattern=r"^(?!0)\d+$", message="No leading zero.")


_CLASSES = [
    r"\w+",
    r"\s+",
    r"\d+",
    r"\W+",
    r"\S+",
    r"\D+",
    r"[\w'&-]+",
    r"[^\w\s]+",
    r"\b\w+\b",
    r"[\s\d]+",
    r"(\w)(\s)?",
    r"^\s*\w",
    r"\w\s*$",
]


@settings(max_examples=examples(300))
@given(
    st.sampled_from(_CLASSES),
    st.sampled_from([0, linear.I, linear.M]),
    st.text(alphabet=st.characters(max_codepoint=127), max_size=40),
)
def test_ascii_text_is_read_as_re_reads_it(pattern: str, flags: int, text: str) -> None:
    """ASCII text is read by a pattern built with ASCII classes (RE2 builds Unicode ones
    slowly): every ASCII character, the control ones that Python counts as space too."""
    ours = linear.compile(pattern, flags)
    assert [m.span() for m in ours.finditer(text)] == [
        m.span() for m in re.finditer(pattern, text, flags)
    ]
    assert ours.findall(text) == re.findall(pattern, text, flags)


def test_the_unicode_pattern_is_built_for_the_first_text_that_is_not_ascii() -> None:
    pattern: Any = linear.compile(r"\w+\s(\s)?x\d", linear.I)
    assert pattern.search("ab X2") is not None
    assert pattern._unicode is None  # ASCII text so far: not built
    text = "ab x1 ab\u00a0x٣ café\u2009X3"
    assert pattern.findall(text) == re.findall(r"\w+\s(\s)?x\d", text, re.I)
    assert [m.group(0) for m in pattern.finditer(text)] == ["ab x1", "ab\u00a0x٣", "café\u2009X3"]
    assert pattern._unicode is not None
    plain: Any = linear.compile(r"[a-z]+ \(x\)")
    assert plain._ascii is plain._unicode  # nothing to build twice


@settings(max_examples=examples(300))
@given(
    st.sampled_from(_CLASSES),
    st.sampled_from([0, linear.I, linear.M]),
    st.text(
        alphabet=st.one_of(
            st.characters(max_codepoint=127),
            st.characters(min_codepoint=128, categories=("P", "S", "Cc", "Cf", "Co")),
        ),
        max_size=40,
    ),
)
def test_punctuation_and_symbols_beyond_ascii_are_read_as_re_reads_them(
    pattern: str, flags: int, text: str
) -> None:
    """Beyond ASCII, dashes, quotes, ellipses, signs and emoji are in no class: the pattern
    built for ASCII reads such text as Python's re does."""
    ours = linear.compile(pattern, flags)
    assert [m.span() for m in ours.finditer(text)] == [
        m.span() for m in re.finditer(pattern, text, flags)
    ]
    assert ours.findall(text) == re.findall(pattern, text, flags)


def test_the_unicode_pattern_waits_for_a_letter_digit_or_space_beyond_ascii() -> None:
    """The review reads a quotation as " … ": that alone does not build the Unicode pattern
    (some 50 ms for the review's rules); a letter, a digit, a space or a mark beyond ASCII
    does."""
    pattern: Any = linear.compile(r"\w+\W+\w+", linear.I)
    assert pattern.search("Daily check of the  …  and “x” — 5 € 😀").group(0) == "Daily check"
    assert pattern._unicode is None
    for text in ("café x", "a\u00a0b", "٣ x", "x\u0345 y", "a\x85b", "a\u3000b", "x\U000e01ef y"):
        fresh: Any = linear.compile(rf"\w+\W+\w+(?:{len(text)})?")  # one not built yet
        assert fresh.findall(text) == re.findall(r"\w+\W+\w+", text), text
        assert fresh._unicode is not None, text


def test_a_pattern_is_checked_for_text_that_is_not_ascii_too() -> None:
    """``\\w{1000}`` fits RE2's limits in ASCII classes only: a bank may not have it."""
    from pydantic import ValidationError

    from poa.banks.schema import Validation

    assert linear.compile(r"\w{1000}").search("a" * 999) is None
    with pytest.raises(linear.PatternError, match="too large"):
        linear.check(r"\w{1000}")
    with pytest.raises(ValidationError, match="too large"):
        Validation(pattern=r"^\w{1000}$", message="A thousand letters.")


def test_every_re2_pattern_of_the_readers_builds_for_any_text() -> None:
    for name in _user_text_modules():
        seen: set[int] = set()
        for value in list(vars(importlib.import_module(name)).values()):
            for pattern in _patterns_in(value, seen):
                if type(pattern).__name__ == "_Compiled":
                    assert isinstance(pattern.search("é, ü ٣\u00a0x"), object), name


def test_every_pattern_poa_compiles_is_one_re2_builds() -> None:
    """RE2 builds a pattern when it is first used (a command uses some of its patterns); every
    pattern compiled by poa's own modules still builds, on ASCII and on other text. In a
    process of its own, so that every module compiles its patterns under the recorder."""
    script = """
import importlib, pkgutil
from poa import linear
made = []
real = linear.compile
linear.compile = lambda pattern, flags=0: made.append(real(pattern, flags)) or made[-1]
import poa
for module in pkgutil.walk_packages(poa.__path__, "poa."):
    if not module.name.startswith("poa.__main__"):
        importlib.import_module(module.name)
for pattern in made:
    pattern.search("plain")
    pattern.search("d\u00e9j\u00e0")
print(len(made))
"""
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=False
    )
    assert done.returncode == 0, done.stderr
    assert int(done.stdout) > 100
