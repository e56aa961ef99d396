"""The language a notice is written in, and its English gloss for the notice reader.

Amazon writes to sellers on amazon.de, .fr, .it, .es and .co.jp in the site's language. The
reader reads English; a notice in German, French, Italian, Spanish or Japanese is read through
its *gloss*: the same text with its dates written as ISO dates and its key terms — metric
names, deadlines, the documents asked for, the words of a rejection, the words that name a
reason — replaced by the English the reader knows. The terms are data, one section per
language in ``languages.yaml``; ids and numbers are never touched, so whatever the reader
finds in the gloss stands in the notice.

    >>> language_of("Bitte senden Sie uns Ihren Maßnahmenplan, wir prüfen ihn und die Rechnungen.")
    'de'
    >>> gloss("Bitte innerhalb von 17 Tagen einen Maßnahmenplan senden.", "de")
    'Bitte within 17 days einen plan of action senden.'
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import lru_cache, partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from poa import linear

if TYPE_CHECKING:
    from poa.banks.cache import BankCache

DATA = Path(__file__).with_name("languages.yaml")
MAX_DATA_BYTES = 1024 * 1024
SECTIONS = ("dates", "metrics", "requests", "reasons", "appeals", "standards", "other")
"""The gloss's sections, in the order they are tried where two terms start at one place: a
document asked for before a reason ("本人確認書類", identity documents, before "本人確認")."""
_SAMPLE = 20_000
"""Characters read to tell the language: enough for any notice, bounded for any paste."""
_ISO_DATE = r"\d{4}-\d{2}-\d{2}"
_REIWA_START = 2018  # 令和元年 (year 1) is 2019


@dataclass(frozen=True)
class Term:
    """One pattern of the gloss and its English; ``added`` keeps the words and adds it."""

    section: str
    pattern: str
    english: str
    added: bool


@dataclass(frozen=True)
class Terms:
    """Terms read in one pass. Where one stands is found by a pattern of all of them without
    their groups (seven times faster in RE2 than with hundreds of groups); which one it is,
    and its groups, by each one alone."""

    terms: tuple[Term, ...]
    anywhere: linear.Pattern
    alone: tuple[linear.Pattern, ...]

    @classmethod
    def of(cls, terms: list[Term]) -> Terms:
        flags = linear.I | linear.M
        return cls(
            terms=tuple(terms),
            anywhere=_one_of([t.pattern for t in terms], flags),
            alone=tuple(linear.compile(t.pattern, flags) for t in terms),
        )


@dataclass(frozen=True)
class Language:
    code: str
    name: str
    script: bool  # told by its script and read without word boundaries (Japanese)
    months: dict[str, int]
    numbers: dict[str, int]
    dates: Terms  # groups day, month, year (or reiwa)
    # Two passes: first the terms whose English is added after their words (which stay, for
    # the second pass to read), then the terms whose English replaces them.
    added: Terms
    replaced: Terms
    headers: dict[str, str]  # the English header name -> this language's names (a pattern)
    elisions: str | None = None  # a pattern: the words that drop a vowel before one ("l'", "dell'")

    @property
    def terms(self) -> tuple[Term, ...]:
        return self.added.terms + self.replaced.terms


def names(cache: BankCache | None = None) -> dict[str, str]:
    """Each language poa reads, by code: {'en': 'English', 'de': 'German', ...}.

    ``cache`` (here and below): where the terms, once parsed, are kept (the banks' cache).
    """
    return {code: str(entry["name"]) for code, entry in _data(cache).items()}


def language_of(text: str, cache: BankCache | None = None) -> str:
    """The code of the language ``text`` is written in: 'en' unless another one's common
    words (or, for Japanese, its kana) outnumber English ones, two at least."""
    sample = text[:_SAMPLE]
    scores: dict[str, float] = dict.fromkeys(_data(cache), 0.0)
    for word in linear.findall(r"\w+", sample.lower()):
        for code in _languages_of_word(cache).get(word, ()):
            scores[code] += 1
    kana = len(linear.findall(r"[\p{Hiragana}\p{Katakana}]", sample))
    for code, entry in _data(cache).items():
        if entry.get("script"):
            scores[code] = kana / 2  # about one word in two kana
    best = max(scores, key=lambda code: scores[code])
    return best if scores[best] >= 2 and scores[best] > scores["en"] else "en"


def gloss(text: str, code: str, cache: BankCache | None = None) -> str:
    """``text`` in the English the notice reader knows: dates as ISO dates, known terms in
    English, everything else as it was (NFKC-normalised: full-width digits become digits)."""
    language = load(code, cache)
    text = unicodedata.normalize("NFKC", text).replace("\u2019", "'")
    text = _replace(language, language.dates, text, partial(_iso_date, language))
    for terms in (language.added, language.replaced):
        text = _replace(language, terms, text, partial(_english, language, terms))
    if language.elisions:  # "sull'inauthentic": the English word on its own
        text = linear.sub(rf"\b({language.elisions})'(\w)", r"\1' \2", text, linear.I)
    return text


def header(text: str, code: str, name: str, cache: BankCache | None = None) -> str | None:
    """The value of an e-mail header by its English name ("Subject"), as the notice wrote it."""
    labels = load(code, cache).headers.get(name)
    if labels is None:
        return None
    text = unicodedata.normalize("NFKC", text)
    pattern = rf"^[ \t]*>?[ \t]*(?:{labels})[ \t]*:[ \t]*(.+)$"
    found = linear.search(pattern, text, linear.I | linear.M)
    return found.group(1).strip() if found else None


@lru_cache(maxsize=8)
def load(code: str, cache: BankCache | None = None) -> Language:
    """The terms of one language, compiled (once)."""
    entry = _data(cache)[code]
    months = {str(k).lower(): int(v) for k, v in (entry.get("months") or {}).items()}
    numbers = {str(k).lower(): int(v) for k, v in (entry.get("numbers") or {}).items()}
    weekdays = str(entry.get("weekdays") or "").split()
    fill = {
        "<date>": _ISO_DATE,
        "<n>": _alternatives([r"\d{1,3}", *map(_escape, numbers)]),
        "<weekday>": rf"(?:{_alternatives(weekdays)},?\s+)?" if weekdays else "",
        "<months>": _alternatives([_escape(m) for m in months]),
    }
    dates = [_fill(pattern, fill) for pattern in entry.get("dates") or []]
    headers = {str(k): str(v) for k, v in (entry.get("headers") or {}).items()}
    terms = [
        Term("headers", rf"^[ \t]*>?[ \t]*(?:{labels})[ \t]*:", f"{english}:", added=False)
        for english, labels in headers.items()
    ]
    sections = entry.get("gloss") or {}
    for section in SECTIONS:
        for english, patterns in (sections.get(section) or {}).items():
            added = str(english).startswith("+")
            text = str(english).removeprefix("+").strip() if added else str(english)
            terms += [Term(section, _spaces(_fill(p, fill)), text, added) for p in patterns]
    return Language(
        code=code,
        name=str(entry["name"]),
        script=bool(entry.get("script")),
        months=months,
        numbers=numbers,
        dates=Terms.of([Term("dates", p, "", added=False) for p in dates]),
        added=Terms.of([t for t in terms if t.added]),
        replaced=Terms.of([t for t in terms if not t.added]),
        headers=headers,
        elisions=_alternatives(elided)
        if (elided := str(entry.get("elisions") or "").split())
        else None,
    )


_KIND = "notice terms"
"""The name of languages.yaml's parsed data in the cache."""


@lru_cache(maxsize=2)
def _data(cache: BankCache | None = None) -> dict[str, Any]:
    """languages.yaml, parsed: from ``cache`` when this text was parsed before (a 65 KB file
    took 25 ms of every ``poa notice``)."""
    from poa import yamldoc
    from poa.errors import PoaError

    text = yamldoc.read_text(DATA, MAX_DATA_BYTES, PoaError, "list of notice terms")
    kept = cache.recall(_KIND, text) if cache is not None else None
    if isinstance(kept, dict):
        return kept
    data: dict[str, Any] = yamldoc.fast_load(text)
    if cache is not None:
        cache.keep(_KIND, text, data)
    return data


@lru_cache(maxsize=2)
def _languages_of_word(cache: BankCache | None = None) -> dict[str, tuple[str, ...]]:
    found: dict[str, list[str]] = {}
    for code, entry in _data(cache).items():
        for word in str(entry.get("words") or "").split():
            found.setdefault(word.lower(), []).append(code)
    return {word: tuple(codes) for word, codes in found.items()}


def _escape(word: str) -> str:
    """A word of the data (a month, a number) as a pattern that reads just it."""
    return "".join(c if c.isalnum() or c == " " else "\\" + c for c in word)


def _alternatives(options: list[str]) -> str:
    """One group of alternatives, longest first: "märz" is tried before "mär"."""
    return "(?:" + "|".join(sorted(options, key=len, reverse=True)) + ")"


def _one_of(patterns: list[str], flags: int) -> linear.Pattern:
    """One pattern that finds any of ``patterns`` (the first listed where several start at
    one place), without their groups."""
    return linear.compile("|".join(f"(?:{_no_groups(p)})" for p in patterns) or "$^", flags)


def _pieces(pattern: str) -> Iterator[tuple[int, str, bool]]:
    """``pattern``'s escapes and characters in order, each with where it starts and whether it
    is plain: neither an escape nor inside a class of characters (``[...]``)."""
    at, in_class = 0, False
    while at < len(pattern):
        char = pattern[at]
        if char == "\\":
            yield at, pattern[at : at + 2], False
            at += 2
            continue
        plain = not in_class
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
        yield at, char, plain
        at += 1


def _no_groups(pattern: str) -> str:
    """``pattern`` with each group, named or not, made a non-capturing one."""
    out: list[str] = []
    past_name = 0  # a group's name is dropped with its "?P<...>"
    for at, piece, plain in _pieces(pattern):
        if at < past_name:
            continue
        if plain and piece == "(" and pattern.startswith("(?P<", at):
            out.append("(?:")
            past_name = pattern.index(">", at) + 1
        elif plain and piece == "(" and not pattern.startswith("(?", at):
            out.append("(?:")
        else:
            out.append(piece)
    return "".join(out)


_SPACE = r"[ \t]*[ \t\n][ \t]*"
"""A space of a term: any run of spaces and tabs, or a line break, as a notice copied from
a PDF breaks its lines mid-sentence ("avant" at a line's end, "le 22 avril 2026" on the
next)."""


def _spaces(pattern: str) -> str:
    """``pattern`` with each space outside a class of characters read as :data:`_SPACE`."""
    return "".join(
        _SPACE if plain and piece == " " else piece for _, piece, plain in _pieces(pattern)
    )


def _fill(pattern: str, fill: dict[str, str]) -> str:
    for slot, value in fill.items():
        pattern = pattern.replace(slot, value)
    return pattern


def _replace(
    language: Language,
    terms: Terms,
    text: str,
    english: Callable[[linear.Match], str | None],
) -> str:
    """Each match of the terms that stands as whole words replaced by ``english`` of it
    (where that is not None), with a space put between it and a letter it would touch, and
    a capital where it starts a line with one (a line that starts anew ends a sentence)."""
    pieces: list[str] = []
    last = 0
    known: dict[str, str | None] = {}  # the same words have the same English: asked once
    retries = _RETRIES  # each reads one term after another: a fixed budget keeps it linear
    for found in terms.anywhere.finditer(text):
        start, end = found.span()
        if start < last:
            continue  # inside words a longer term already took
        if start == end or not (language.script or _whole_words(text, start, end)):
            # the first term to match here stops inside a word ("viola" in "Violazione"):
            # the first one listed that reads whole words from here, if any
            if not retries:
                continue
            retries -= 1
            found = _whole_term(terms, text, start)  # type: ignore[assignment]
            if found is None:
                continue
            end = start + len(found.group(0))
        words = found.group(0)
        if words not in known:
            known[words] = english(found)
        new = known[words]
        if new is None:
            continue
        if new[:1].islower() and words[:1].isupper() and _starts_line(text, start):
            new = new[0].upper() + new[1:]  # a line starts anew, as a row's label does
        if new[:1].isalnum() and start and text[start - 1].isalnum():
            new = " " + new
        if new[-1:].isalnum() and end < len(text) and text[end].isalnum():
            new += " "
        pieces += [text[last:start], new]
        last = end
    pieces.append(text[last:])
    return "".join(pieces)


def _starts_line(text: str, at: int) -> bool:
    """Whether only an indent (of at most 40 signs) stands before ``at`` on its line."""
    indent = text[max(0, at - 41) : at]
    return not indent.rpartition("\n")[2].strip() and ("\n" in indent or at <= 40)


_RETRIES = 200
"""How many places of one text may look again for a term that reads whole words (a notice
has a handful; a text made of near-words is cut off there, never read for minutes)."""


def _whole_term(terms: Terms, text: str, start: int) -> linear.Match | None:
    """The match, from ``start``, of the first term listed that reads whole words there."""
    piece = text[start : start + 400]
    for alone in terms.alone:
        found = alone.match(piece)
        if found is None or not found.group(0):
            continue
        if _whole_words(text, start, start + found.end()):
            return found
        # RE2 takes the first alternative that matches, not the longest: "client|clients"
        # stops inside "clients". The same term may read the rest of that word.
        rest = linear.match(r"\w+", piece[found.end() :])
        if rest is not None and found.group(0)[-1:].isalnum():
            longer = alone.fullmatch(piece[: found.end() + rest.end()])
            if longer is not None and _whole_words(text, start, start + longer.end()):
                return longer
    return None


def _whole_words(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] neither starts nor ends inside a word ("Rechnung" is no
    invoice in "Rechnungsadresse"). A match that starts or ends with a sign may touch one."""

    def letter(char: str) -> bool:
        return char.isalnum() or char == "_"

    before = text[start - 1] if start else " "
    after = text[end] if end < len(text) else " "
    return not (letter(text[start]) and letter(before)) and not (
        letter(text[end - 1]) and letter(after)
    )


def _iso_date(language: Language, found: linear.Match) -> str | None:
    _, whole = _which(language.dates, found.group(0))
    if whole is None:  # cannot happen: one of them found these very words
        return None
    parts = {name: value for name, value in whole.groupdict().items() if value is not None}
    month = parts.get("month", "")
    month_number = int(month) if month.isdigit() else language.months.get(month.lower(), 0)
    if "reiwa" in parts:
        year = _REIWA_START + (1 if parts["reiwa"] == "元" else int(parts["reiwa"]))
    else:
        year = int(parts.get("year", 0))
    try:
        return dt.date(year, month_number, int(parts.get("day", 0))).isoformat()
    except ValueError:  # 31.02.2026 is no date: left as written
        return None


def _which(terms: Terms, words: str) -> tuple[Term | None, linear.Match | None]:
    """The term that found ``words``, and its match: the first that reads them whole (an
    earlier one that could read them would have been found instead)."""
    for term, alone in zip(terms.terms, terms.alone, strict=True):
        if (whole := alone.fullmatch(words)) is not None:
            return term, whole
    return None, None


def _english(language: Language, terms: Terms, found: linear.Match) -> str | None:
    matched = found.group(0)
    term, alone = _which(terms, matched)
    if term is None or alone is None:  # cannot happen: one of them found these very words
        return None

    def group(reference: linear.Match) -> str:
        value = alone.group(int(reference.group(1))) or ""
        return str(language.numbers.get(value.lower(), value))

    english = linear.sub(r"\\(\d)", group, term.english)
    return f"{matched} ({english})" if term.added else english
