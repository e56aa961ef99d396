"""Patterns over user text, run by RE2: time linear in the text, whatever the text holds.

Python's own engine backtracks, and a pattern as plain as ``\\s+x`` searched over a long run of
spaces takes time quadratic in the run. Every pattern that reads a plan, a notice, a case or
an interview answer is compiled here instead, by RE2 (the ``google-re2`` package), which has
no backtracking and guarantees time linear in the text for each search.

    >>> from poa import linear
    >>> linear.compile(r"\\bsorry\\b", linear.I).search("We are SORRY.").group(0)
    'SORRY'

Written as for Python's ``re``, with three differences to know:

* no look-around and no back-reference (RE2 refuses them at compile time: rewrite the pattern,
  or check the neighbouring characters in Python);
* ``$`` without :data:`M` matches only at the very end of the text, not before a final newline;
* ``\\b`` is a boundary between an ASCII word character and anything else.

``\\s``, ``\\w``, ``\\d`` and their negations keep Python's Unicode meaning (``\\s`` matches a
no-break space), and ``\\uXXXX`` and ``\\Z`` are accepted as in Python.

The methods take no ``pos``: RE2's binding encodes the whole text on each call, so a loop of
``search(text, pos)`` would be quadratic. Slice the text instead, or use ``finditer``.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Mapping
from functools import lru_cache
from typing import Any, Literal, Protocol, cast, overload

I = IGNORECASE = 2  # noqa: E741 - re's own name; the values are those of re's flags
M = MULTILINE = 8
S = DOTALL = 16
_FLAGS = I | M | S

# Python's \s, \w and \d on str (Unicode), written for RE2, whose own are ASCII only.
_SPACE = r"\t-\r\x1c-\x20\x{85}\p{Z}"
_WORD = r"\p{L}\p{N}_"
_DIGIT = r"\p{Nd}"


def _classes(space: str, word: str, digit: str) -> tuple[dict[str, str], dict[str, str]]:
    """(inside [...], standing alone) for each class letter."""
    alone = {
        "s": f"[{space}]",
        "S": f"[^{space}]",
        "w": f"[{word}]",
        "W": f"[^{word}]",
        "d": f"[{digit}]",
        "D": f"[^{digit}]",
    }
    return {"s": space, "w": word, "d": digit}, alone


_IN_CLASS, _ALONE = _classes(_SPACE, _WORD, _DIGIT)
# The same classes for ASCII text, where they match exactly the same characters. RE2 builds
# a pattern with Unicode classes slowly (a pattern of the review's rules took 20 ms, in every
# run); one built with these is used for ASCII text, the other only once a text holds a
# character beyond ASCII that the two tell apart (see _tells_apart).
_ASCII_CLASSES = _classes(r"\t-\r\x1c-\x20", "A-Za-z0-9_", "0-9")
_ALIKE = r"[^\x00-\x7f\p{P}\p{S}\p{Cc}\p{Cf}\p{Co}]|\x{85}"
"""A character beyond ASCII that is not punctuation, a symbol, a control or a private one (or
is U+0085, a control that ``\\s`` matches): the only kind a class built for ASCII and one built
for Unicode may read differently. Letters, digits and spaces are what the classes hold;
marks, unassigned characters and surrogates are counted too, to be safe (a mark may be a case
variant of a letter)."""


class Match(Protocol):
    """A match, as Python's ``re.Match``."""

    @overload
    def group(self, group: Literal[0] = 0, /) -> str: ...
    @overload
    def group(self, group: int | str, /) -> Any: ...
    def groups(self) -> tuple[Any, ...]: ...
    def groupdict(self) -> dict[str, Any]: ...
    # By number only: RE2's binding takes a group's name in group() and [] but not here.
    def start(self, group: int = 0, /) -> int: ...
    def end(self, group: int = 0, /) -> int: ...
    def span(self, group: int = 0, /) -> tuple[int, int]: ...
    def __getitem__(self, group: int | str) -> Any: ...


class Pattern(Protocol):
    """A compiled pattern, as Python's ``re.Pattern`` without ``pos`` and ``endpos``."""

    @property
    def pattern(self) -> str: ...
    @property
    def groupindex(self) -> Mapping[str, int]: ...
    def search(self, text: str, /) -> Match | None: ...
    def match(self, text: str, /) -> Match | None: ...
    def fullmatch(self, text: str, /) -> Match | None: ...
    def finditer(self, text: str, /) -> Iterator[Match]: ...
    def findall(self, text: str, /) -> list[Any]: ...
    def split(self, text: str, /, maxsplit: int = 0) -> list[str]: ...
    def sub(self, repl: str | Callable[[Match], str], text: str, /, count: int = 0) -> str: ...


class PatternError(ValueError):
    """A pattern RE2 cannot run (a look-around, a back-reference) or that is not valid."""


def translate(pattern: str, ascii: bool = False) -> str:
    """``pattern`` in RE2's syntax, with Python's meaning of ``\\s``, ``\\w``, ``\\d``, ``\\Z``
    and ``\\uXXXX``; with ``ascii``, a pattern that means the same on ASCII text only."""
    return _translations(pattern)[1 if ascii else 0]


_PIECE = re.compile(r"\\.|\[\^?|\]|[^\\\[\]]+|\\", re.S)
"""A pattern's pieces as :func:`_translations` reads them: an escape, the start of a class (with
its ``^``), a ``]``, or a run of anything else (Python's engine: these alternatives never
backtrack, and the patterns are poa's own and banks', not the text they read)."""


_NOT_IN_RE2 = ("(?=", "(?!", "(?<=", "(?<!", "(?>", "(?P=")
"""Groups RE2 cannot run, refused when the pattern is compiled (RE2 itself builds it when it
is first used, and would only say so then)."""


@lru_cache(maxsize=1024)
def _translations(pattern: str) -> tuple[str, str]:
    """(:func:`translate` of ``pattern``, the same for ASCII text), in one pass over its pieces:
    a pattern is translated for ASCII text when compiled, and compared with the other to know
    whether the two differ (the review's rules are some 40 KB of patterns, read on every
    ``poa check``: a run of plain characters is copied whole)."""
    out: list[str] = []
    ascii_out: list[str] = []  # the same pieces, but the classes \s \w \d for ASCII
    at, size, in_class = 0, len(pattern), False
    class_start = -1  # where the current [...] began: a ']' right there is a literal
    while at < size:
        found = _PIECE.match(pattern, at)
        assert found is not None  # every character starts a piece
        piece = found.group()
        end = found.end()
        if piece[0] == "\\" and len(piece) == 2:
            code = piece[1]
            if code in _ALONE and not in_class:
                out.append(_ALONE[code])
                ascii_out.append(_ASCII_CLASSES[1][code])
                at = end
                continue
            if code in _IN_CLASS and in_class:
                out.append(_IN_CLASS[code])
                ascii_out.append(_ASCII_CLASSES[0][code])
                at = end
                continue
            if code in _ALONE:  # \S, \W, \D inside [...]: RE2 has no spelling that keeps it
                raise PatternError(f"\\{code} inside [...] in {pattern!r}: write [^...] instead")
            if code in "123456789":
                raise PatternError(f"a back-reference (\\{code}) in {pattern!r}: RE2 has none")
            if code == "Z":
                piece = r"\z"
            elif code in "uU":
                digits = 4 if code == "u" else 8
                piece = r"\x{" + pattern[end : end + digits] + "}"
                end += digits
        elif in_class:
            if piece == "]" and at > class_start:
                in_class = False
            elif piece[0] == "[":  # a '[' inside a class is a literal, and so is what follows
                piece, end = "[", at + 1
        elif piece[0] == "[":
            in_class = True
            class_start = end
        elif any(group in piece for group in _NOT_IN_RE2):
            raise PatternError(f"a look-around or atomic group in {pattern!r}: RE2 has none")
        out.append(piece)
        ascii_out.append(piece)
        at = end
    return "".join(out), "".join(ascii_out)


class _Compiled:
    """An RE2 pattern, called directly: the binding's own Python path costs some 10 µs a
    match, which a text of a hundred thousand short lines would pay a million times. RE2 reads
    UTF-8 and answers in bytes: for ASCII text (most plans) those are the offsets in the text;
    for other text they are turned into character offsets as the matches come, in one pass.

    ASCII text is read by the pattern built with ASCII classes; the one with Unicode classes
    is built for the first text that is not ASCII (when they differ at all)."""

    __slots__ = (
        "_anchor",
        "_ascii",
        "_flags",
        "_groupindex",
        "_groups",
        "_names",
        "_unicode",
        "pattern",
    )

    def __init__(self, pattern: str, flags: int, anchors: Any) -> None:
        self.pattern = pattern
        self._flags = flags
        self._anchor = anchors  # RE2's UNANCHORED, ANCHOR_START, ANCHOR_BOTH
        self._ascii: Any = None  # built on first use: a command uses some of its patterns
        self._unicode: Any = None

    @property
    def groupindex(self) -> Mapping[str, int]:
        if self._ascii is None:
            self._build()
        return self._groupindex

    def _build(self) -> Any:
        """RE2's program for ASCII text (and, when the two are the same, for any text)."""
        compiled = _re2(self.pattern, self._flags, ascii=True)
        self._groupindex: Mapping[str, int] = compiled.groupindex
        self._groups: int = compiled.groups
        self._names = dict(self._groupindex)
        unicode_source, ascii_source = _translations(self.pattern)
        if unicode_source == ascii_source:
            self._unicode = compiled._regexp
        self._ascii = compiled._regexp  # RE2 itself: Match(anchor, bytes, pos, endpos) -> spans
        return self._ascii

    def _re2(self, data: bytes, text: str) -> Any:
        """The RE2 pattern that reads ``text`` (``data`` its UTF-8): the one built for ASCII
        while nothing in the text tells the two apart (a dash, a curly quote, an ellipsis or
        an emoji does not: the review's own " … " for a quotation no longer costs every
        ``poa check`` the Unicode build of its rules)."""
        ascii = self._ascii or self._build()
        if len(data) == len(text):
            return ascii
        if self._unicode is None:
            if not _tells_apart(data, self._anchor.UNANCHORED):
                return ascii
            self._unicode = _re2(self.pattern, self._flags, ascii=False)._regexp
        return self._unicode

    def _first(self, anchor: int, text: str) -> Match | None:
        data = text.encode("utf-8", "surrogatepass")
        spans: list[tuple[int, int]] = self._re2(data, text).Match(anchor, data, 0, len(data))
        if spans[0][0] < 0:
            return None
        if len(data) != len(text):
            spans = _Characters(data).spans(spans)
        return _Found(text, spans, self._names)

    def search(self, text: str, /) -> Match | None:
        return self._first(self._anchor.UNANCHORED, text)

    def match(self, text: str, /) -> Match | None:
        return self._first(self._anchor.ANCHOR_START, text)

    def fullmatch(self, text: str, /) -> Match | None:
        return self._first(self._anchor.ANCHOR_BOTH, text)

    def finditer(self, text: str, /) -> Iterator[Match]:
        data = text.encode("utf-8", "surrogatepass")
        size, at = len(data), 0
        characters = None if size == len(text) else _Characters(data)
        unanchored = self._anchor.UNANCHORED
        program = self._re2(data, text)
        while at <= size:
            spans = program.Match(unanchored, data, at, size)
            if spans[0][0] < 0:
                return
            start, end = spans[0]
            yield _Found(text, characters.spans(spans) if characters else spans, self._names)
            if end > start:
                at = end
            else:  # an empty match: on to the next character
                at = end + 1
                while at < size and data[at] & 0xC0 == 0x80:
                    at += 1

    def findall(self, text: str, /) -> list[Any]:
        if self._ascii is None:
            self._build()
        found = self.finditer(text)
        if self._groups == 0:
            return [m.group(0) for m in found]
        if self._groups == 1:
            return [m.group(1) or "" for m in found]
        return [tuple(g or "" for g in m.groups()) for m in found]

    def split(self, text: str, /, maxsplit: int = 0) -> list[str]:
        pieces: list[str] = []
        last = 0
        for number, found in enumerate(self.finditer(text), start=1):
            start, end = found.span()
            pieces += [text[last:start], *found.groups()]
            last = end
            if number == maxsplit:
                break
        pieces.append(text[last:])
        return pieces

    def sub(self, repl: str | Callable[[Match], str], text: str, /, count: int = 0) -> str:
        expand = repl if callable(repl) else _template(repl)
        pieces: list[str] = []
        last = 0
        for number, found in enumerate(self.finditer(text), start=1):
            start, end = found.span()
            pieces += [text[last:start], expand(found)]
            last = end
            if number == count:
                break
        pieces.append(text[last:])
        return "".join(pieces)


class _Characters:
    """Byte offsets in the UTF-8 of a text turned into character offsets. The offsets come in
    order, match after match, so each byte is counted once (an earlier one would count back)."""

    __slots__ = ("_byte", "_character", "_data")

    def __init__(self, data: bytes) -> None:
        self._data, self._byte, self._character = data, 0, 0

    def spans(self, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
        at = {o: self._at(o) for o in sorted({o for span in spans for o in span if o >= 0})}
        return [(at[a], at[b]) if a >= 0 else (a, b) for a, b in spans]

    def _at(self, offset: int) -> int:
        if offset < self._byte:
            self._character -= len(self._data[offset : self._byte].decode("utf-8", "surrogatepass"))
        else:
            self._character += len(self._data[self._byte : offset].decode("utf-8", "surrogatepass"))
        self._byte = offset
        return self._character


class _Found:
    """A match: the text and each group's span in characters."""

    __slots__ = ("_names", "_spans", "_text")

    def __init__(self, text: str, spans: list[tuple[int, int]], names: dict[str, int]) -> None:
        self._text, self._spans, self._names = text, spans, names

    def _span(self, group: int | str) -> tuple[int, int]:
        return self._spans[self._names[group] if isinstance(group, str) else group]

    def group(self, group: int | str = 0, /) -> Any:
        start, end = self._span(group)
        return None if start < 0 else self._text[start:end]

    def __getitem__(self, group: int | str) -> Any:
        return self.group(group)

    def groups(self) -> tuple[Any, ...]:
        return tuple(self.group(n) for n in range(1, len(self._spans)))

    def groupdict(self) -> dict[str, Any]:
        return {name: self.group(n) for name, n in self._names.items()}

    def start(self, group: int = 0, /) -> int:
        return self._span(group)[0]

    def end(self, group: int = 0, /) -> int:
        return self._span(group)[1]

    def span(self, group: int = 0, /) -> tuple[int, int]:
        return self._span(group)


@lru_cache(maxsize=1024)
def compile(pattern: str, flags: int = 0) -> Pattern:
    """``pattern`` compiled by RE2; ``flags`` any of :data:`I`, :data:`M`, :data:`S`.

    Raises :class:`PatternError` where RE2 cannot run the pattern (on ASCII text: see
    :func:`check` for a pattern that must run on any text).
    """
    import re2  # type: ignore[import-untyped]  # google-re2 ships no type hints

    if flags & ~_FLAGS:
        raise PatternError(f"unsupported flags {flags} for {pattern!r}")
    _translations(pattern)  # a pattern RE2 cannot spell fails here; RE2 builds it when first used
    return cast(Pattern, _Compiled(pattern, flags, re2._Anchor))


def _tells_apart(data: bytes, unanchored: int) -> bool:
    """Whether ``data`` (UTF-8) holds a character of :data:`_ALIKE`."""
    found: list[tuple[int, int]] = _alike().Match(unanchored, data, 0, len(data))
    return found[0][0] >= 0


@lru_cache(maxsize=1)
def _alike() -> Any:
    return _re2(_ALIKE, 0, ascii=True)._regexp


def check(pattern: str, flags: int = 0) -> None:
    """Raise :class:`PatternError` unless RE2 runs ``pattern`` on any text, ASCII or not: for
    a pattern that comes from a file (a bank's answer pattern), checked once when read."""
    compiled = compile(pattern, flags)
    compiled.search("\u00e9")  # builds the pattern that reads text that is not ASCII


def _re2(pattern: str, flags: int, ascii: bool) -> Any:
    import re2

    options = re2.Options()
    options.log_errors = False  # the error is raised; RE2 would also print it to stderr
    options.case_sensitive = not flags & I
    options.dot_nl = bool(flags & S)
    source = ("(?m)" if flags & M else "") + translate(pattern, ascii)
    try:
        return re2.compile(source, options)
    except re2.error as err:
        detail = err.args[0] if err.args else ""
        detail = detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(detail)
        raise PatternError(f"{pattern!r}: {detail}") from err


_GROUP_REFERENCE = r"\\(?:([1-9][0-9]?)|g<(\w+)>)"


@lru_cache(maxsize=256)
def _template(repl: str) -> Callable[[Match], str]:
    """A replacement string as a function of the match: ``\\1`` and ``\\g<name>`` only."""
    literals: list[str] = []
    groups: list[int | str] = []
    last = 0
    for found in compile(_GROUP_REFERENCE).finditer(repl):
        literals.append(repl[last : found.start()])
        number, name = found.group(1), found.group(2)
        groups.append(int(number) if number else name)
        last = found.end()
    literals.append(repl[last:])
    if any("\\" in literal for literal in literals):
        raise PatternError(f"replacement {repl!r}: only \\1 and \\g<name> are understood")

    def expand(found: Match) -> str:
        pieces = [literals[0]]
        for group, literal in zip(groups, literals[1:], strict=True):
            pieces += [found.group(group) or "", literal]
        return "".join(pieces)

    return expand


MAX_BOUNDED_WIDTH = 1000
"""The most characters a :func:`bounded` pattern may read from where it starts."""
BOUNDED: dict[str, str] = {}
"""Every :func:`bounded` pattern and the reason it runs in Python's engine."""


def bounded(pattern: str, flags: int = 0, *, reason: str) -> re.Pattern[str]:
    """A pattern RE2 cannot run, in Python's engine, allowed only if it reads a bounded stretch
    of text from each place it is tried: every repetition has a maximum and all of it (its
    look-arounds too) spans at most :data:`MAX_BOUNDED_WIDTH` characters. Then a scan of any
    text is linear in it. ``reason`` says why RE2 will not do (kept in :data:`BOUNDED`).

    Raises :class:`PatternError` for an unbounded pattern or a back-reference.
    """
    from re import _constants as sre  # type: ignore[attr-defined]  # the parser's own opcodes
    from re import _parser  # type: ignore[attr-defined]  # no public way to read a pattern

    def reach(items: Any) -> tuple[int, int]:
        """(how far ``items``, a parsed pattern, can advance; how far it can read, its
        look-aheads included)."""
        advance = farthest = 0
        for op, arg in items:
            if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
                high, body = arg[1], arg[2]
                if high == sre.MAXREPEAT:
                    raise PatternError(f"{pattern!r} repeats without a maximum")
                step, read = reach(body)
                step, read = high * step, (high - 1) * step + read if high else 0
            elif op in (sre.SUBPATTERN, sre.ATOMIC_GROUP):
                step, read = reach(arg[-1] if op == sre.SUBPATTERN else arg)
            elif op == sre.BRANCH:
                options = [reach(branch) for branch in arg[1]]
                step, read = max(o[0] for o in options), max(o[1] for o in options)
            elif op in (sre.ASSERT, sre.ASSERT_NOT):
                step, read = 0, reach(arg[1])[1]  # a look-behind reads as far, the other way
            elif op in (sre.GROUPREF, sre.GROUPREF_EXISTS):
                raise PatternError(f"{pattern!r} has a back-reference")
            else:
                step = read = 0 if op == sre.AT else 1
            farthest = max(farthest, advance + read)
            advance += step
        return advance, max(farthest, advance)

    width = reach(_parser.parse(pattern, flags))[1]
    if width > MAX_BOUNDED_WIDTH:
        raise PatternError(f"{pattern!r} reads up to {width} characters")
    BOUNDED[pattern] = reason
    return re.compile(pattern, flags)


def search(pattern: str, text: str, flags: int = 0) -> Match | None:
    return compile(pattern, flags).search(text)


def match(pattern: str, text: str, flags: int = 0) -> Match | None:
    return compile(pattern, flags).match(text)


def fullmatch(pattern: str, text: str, flags: int = 0) -> Match | None:
    return compile(pattern, flags).fullmatch(text)


def finditer(pattern: str, text: str, flags: int = 0) -> Iterator[Match]:
    return compile(pattern, flags).finditer(text)


def findall(pattern: str, text: str, flags: int = 0) -> list[Any]:
    return compile(pattern, flags).findall(text)


def split(pattern: str, text: str, flags: int = 0) -> list[str]:
    return compile(pattern, flags).split(text)


def sub(pattern: str, repl: str | Callable[[Match], str], text: str, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, text)


def has_phrase(phrase: str, text: str) -> bool:
    """Whether ``phrase`` stands in ``text`` as whole words: "ldr" is in "LDR above 4%", not in
    "Mr Goldrick". Compare both in the same case."""
    return phrase in text and _phrase(phrase).search(text) is not None  # the plain test is quick


@lru_cache(maxsize=2048)
def _phrase(phrase: str) -> Pattern:
    import re2

    # \b only next to a letter or digit: a phrase may start or end with a sign ("#1", "5%").
    start = r"\b" if phrase[:1].isalnum() else ""
    end = r"\b" if phrase[-1:].isalnum() else ""
    return compile(start + re2.escape(phrase) + end)


def split_at(pattern: Pattern, text: str, group: int = 1) -> list[str]:
    """``text`` cut at each match's ``group``: the group dropped, the rest of the match kept.

    RE2's form of a split on ``(?<=[.!?])\\s+``: ``split_at(compile(r"[.!?](\\s+)"), text)``.
    The characters the pattern reads around the group must never start the next match.
    """
    pieces: list[str] = []
    last = 0
    for found in pattern.finditer(text):
        start, end = found.span(group)
        pieces.append(text[last:start])
        last = end
    pieces.append(text[last:])
    return pieces
