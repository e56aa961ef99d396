"""What a heading of a plan is about: one of the three parts, an issue, or something else.

A heading is read as a handful of concepts, not matched against a list of phrases: its words
are reduced to stems ("prevented", "prevention", "preventive" → ``prevent``) and each stem or
stem pair counts toward the parts it suggests. "Steps taken to prevent recurrence" has a
corrective word (taken) and two preventive ones (prevent, recur): it is a preventive heading.
A heading that counts strongly for two parts ("Corrective and preventive actions", Etsy's
"plan to remediate" in a shop that lists both) is a mixed section, split later by content.

Everything here is linear in the length of the text: one pass of a simple word pattern.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import pairwise

from poa import linear

ROOT, FIX, PREVENT = "root_cause", "corrective", "preventive"
PARTS = (ROOT, FIX, PREVENT)

ISSUE, CONTEXT, ASIDE = "issue", "context", "aside"
"""Other headings: an issue's title; text a reviewer expects but that is no part (summary,
evidence, the notice, closing); background a reviewer skips (company history)."""

_WORD = linear.compile(r"[a-z0-9]+")

# Stems: the word reduced by _stem. Weights: 3 decides alone, 2 is a clear cue, 1 helps.
_PART_STEMS: dict[str, dict[str, float]] = {
    ROOT: {
        "root": 2, "cause": 2.5, "why": 2.5, "happen": 1.5, "investigate": 2, "analysis": 1.5,
        "analyse": 1.5, "analyze": 1.5, "origin": 1.5, "factor": 2, "wrong": 1.5, "reason": 2,
        "diagnose": 2, "diagnosis": 2, "understand": 1, "identify": 0.5, "finding": 2,
        "explanation": 1.5, "explain": 1, "led": 1, "underlying": 1.5, "went": 1, "lead": 0.5,
        "contribute": 1, "occur": 1, "problem": 0.5, "failure": 0.5, "source": 0.5,
        "broke": 2, "break": 2, "broken": 2, "fail": 1.5, "gap": 1.5, "mistake": 1.5,
        "error": 1,
    },
    FIX: {
        "correct": 2.5, "corrective": 2.5, "fix": 2.5, "resolve": 2.5, "resolution": 2.5,
        "remediate": 2.5, "remedy": 2.5, "immediate": 2, "taken": 1, "done": 1.5, "did": 1.5,
        "action": 1, "address": 1.5, "repair": 2, "contain": 1.5, "complete": 1,
        "rectify": 2.5, "solve": 2, "solution": 1.5, "response": 0.5, "cleanup": 2,
        "short": 0.5, "step": 0.5, "made": 0.5, "remove": 1, "refund": 1, "handle": 0.5,
        "took": 1.5, "already": 1,
    },
    PREVENT: {
        "prevent": 3, "preventive": 3, "preventative": 3, "future": 2.5, "again": 2,
        "recur": 2.5, "recurrence": 2.5, "long": 1, "ongoing": 2, "forward": 2,
        "safeguard": 2.5, "control": 1.5, "improve": 2, "improvement": 2, "systemic": 2,
        "monitor": 2, "sustain": 2, "avoid": 2.5, "place": 0.5, "keep": 2, "maintain": 1.5,
        "measure": 1, "change": 1, "repeat": 1.5, "process": 0.5, "never": 1.5, "policy": 0.3,
        "stop": 1.5, "ensure": 1.5, "protect": 1.5, "proactive": 2, "system": 0.5,
        "running": 1, "kept": 2, "differently": 2.5, "henceforth": 2.5,
        # what stands between the fixed cause and its return: a guard, a barrier, a check
        "guard": 2.5, "barrier": 2, "shield": 2, "defence": 2, "defense": 2,
    },
}  # fmt: skip
_PAIRS: dict[tuple[str, str], tuple[str, float]] = {
    ("root", "caus"): (ROOT, 2), ("went", "wrong"): (ROOT, 1.5), ("led", "to"): (ROOT, 1),
    ("long", "term"): (PREVENT, 2), ("go", "forward"): (PREVENT, 1), ("now", "on"): (PREVENT, 2),
    ("in", "place"): (PREVENT, 1.5), ("short", "term"): (FIX, 1.5), ("we", "did"): (FIX, 1),
    ("what", "happen"): (ROOT, 1.5), ("action", "taken"): (FIX, 1.5),
    ("step", "taken"): (FIX, 1), ("plan", "to"): (FIX, 0.5), ("have", "done"): (FIX, 1),
    ("action", "complet"): (FIX, 1.5), ("now", "run"): (PREVENT, 1.5),
    ("put", "right"): (FIX, 2.5), ("make", "right"): (FIX, 2.5), ("set", "right"): (FIX, 2.5),
    ("made", "right"): (FIX, 2.5), ("put", "it"): (FIX, 0.5), ("so", "far"): (FIX, 1),
    ("kept", "fix"): (PREVENT, 2), ("keep", "fix"): (PREVENT, 2), ("we", "chang"): (FIX, 2),
    ("have", "chang"): (FIX, 1.5), ("will", "we"): (PREVENT, 1),
    # advice to the team on what to do ("What you should do now"): the actions to take
    ("should", "do"): (FIX, 1.5), ("must", "do"): (FIX, 1.5),
}  # fmt: skip
"""Pairs of words, each the start of a word in the heading ("we did", "root causes")."""
_ONE_WRITER = {"i": "we"}
"""A plan written by one person says "i" where a team says "we" ("what i did", "i changed",
"how will i stop it"): the same pairs, read as the team's. Only the whole word: "in" or "it" is
no speaker. A question of what the writer will do ("How will we stop it?") asks what
comes after the fix: asked so, a cue for the prevention that a word of the heading must confirm."""
_CONTEXT_STEMS = {
    "summary": 2, "summarise": 2, "overview": 2, "description": 1.5, "describe": 1.5,
    "evidence": 2.5, "attachment": 2.5, "attached": 2.5, "document": 2, "exhibit": 2.5,
    "enclosure": 2.5, "enclosed": 2.5, "supporting": 1.5, "notice": 2, "reference": 1.5,
    "subject": 2, "detail": 1, "contact": 2, "signature": 3, "signed": 2, "conclusion": 2.5,
    "closing": 2.5, "commitment": 1.5, "request": 1.5, "account": 1, "seller": 0.5,
    "store": 0.5, "information": 1, "fit": 1.5, "compliance": 1, "thank": 2.5,
    "sincerely": 3, "regards": 2.5, "date": 1.5, "ticket": 1.5, "case": 0.5, "appendix": 3,
    "annex": 3, "affected": 1, "issue": 0.5, "violation": 0.5, "statement": 1,
    "acknowledge": 1.5, "response": 0.5, "owner": 0.5, "declaration": 1.5, "confirm": 1,
    "introduction": 1.5, "purpose": 1.5, "policy": 1, "result": 1.5, "outcome": 1.5,
    "meet": 1.5, "metric": 2, "figure": 1.5, "data": 1.5, "table": 1.5, "index": 2,
    "id": 2, "ids": 2, "number": 1.5, "no": 0.5,
}  # fmt: skip
"""Identifiers ("Violation IDs", "Order numbers") are the notice's references, not an issue."""
_ASIDE_STEMS = {
    "about": 1.5, "background": 2.5, "history": 2, "company": 1, "profile": 2, "story": 2,
    "who": 1, "mission": 2, "founder": 2, "experience": 1,
}  # fmt: skip
_ISSUE_WORDS = frozenset(
    {
        "issue",
        "violation",
        "problem",
        "complaint",
        "concern",
        "matter",
        "allegation",
    }
)
ISSUE_WORDS = _ISSUE_WORDS
"""Words that name an issue as such ("issue", "violation", "complaint")."""
_FIELD_WORDS = frozenset({
    "record", "records", "type", "category", "status", "history", "list", "detail", "details",
    "date", "code", "id", "ids", "number", "numbers",
})  # fmt: skip
"""A field of the platform's own form about the violation: "Violation record", "Violation
type" hold what the notice says (its reference), not one issue of the plan."""
_MARKETS = frozenset({"amazon", "walmart", "ebay", "etsy", "tiktok"})
_SUFFIXES = ("ations", "ation", "ings", "ing", "ions", "ion", "ives", "ive",
             "ies", "ied", "ed", "es", "s", "e", "y", "al", "ly")  # fmt: skip


@dataclass(frozen=True)
class Meaning:
    """What a heading is about, and how sure the reading is."""

    kind: str | None  # a part, ISSUE, CONTEXT, ASIDE, or None (unknown)
    score: float  # the evidence for ``kind``; 3 or more is a sure reading
    also: str | None = None  # a second part the heading names as strongly (a mixed section)
    words: tuple[str, ...] = ()  # the words that decided


def _stem(word: str) -> str:
    if word in {"issue", "issues"}:
        return "issu"
    for suffix in _SUFFIXES:
        if len(word) - len(suffix) >= 3 and word.endswith(suffix):
            return word[: -len(suffix)]
    return word


_OTHER_WORDS = frozenset({"against", "agent", "agents", "plane", "places"})
"""Words that begin like a concept and mean something else ("against" is not "again")."""


def stems(text: str) -> list[tuple[str, str]]:
    """(word, stem) for every word of ``text``, lower case."""
    return [
        (word, word if word in _OTHER_WORDS else _stem(word))
        for word in _WORD.findall(text.lower())
    ]


@lru_cache(maxsize=8192)
def _weights(stem: str) -> tuple[float, float, float, float, float]:
    """The stem's weight for root cause, fix, prevention, context and aside."""
    if not stem[:1].isalpha():
        # Every key is a word: a number weighs nothing, and a plan of many numbers (ids,
        # counts) would otherwise look each one up in every table.
        return 0.0, 0.0, 0.0, 0.0, 0.0
    tables = (*(_PART_STEMS[part] for part in PARTS), _CONTEXT_STEMS, _ASIDE_STEMS)
    found = tuple(_lookup(stem, table) for table in tables)
    return found[0], found[1], found[2], found[3], found[4]


def _lookup(stem: str, table: dict[str, float]) -> float:
    """The weight of the key that ``stem`` is a form of: the key itself, the key with up to
    four more letters ("investig" → "investigat"), or a shorter form of a longer key."""
    if stem in table:
        return table[stem]
    if stem in _OTHER_WORDS:
        return 0.0
    best, weight = 0, 0.0
    for key, value in table.items():
        size = _common(stem, key)
        if size < 3 or size <= best:
            continue
        if (size == len(key) >= 4 and len(stem) - size <= 4) or (
            size == len(stem) and size >= 4 and len(key) - size <= 3
        ):
            best, weight = size, value
    return weight


def _common(a: str, b: str) -> int:
    size = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        size += 1
    return size


def _stemmed(table: dict[str, float]) -> dict[str, float]:
    return {_stem(key): weight for key, weight in table.items()}


_TIMELINE = linear.compile(
    r"\b[0-9]{1,3}[- ]?(?:day|week|month)s?[- ](?:plan|schedule|roadmap|timeline)\b", linear.I
)
"""'30/60/90-day schedule', '12-week plan': what is to be done over a span ahead, counted in
days, weeks or months: the plan's prevention, however its other words read."""


def part_scores(text: str) -> tuple[dict[str, float], dict[str, list[str]]]:
    """How strongly ``text`` names each of the three parts, and the words that do."""
    found = stems(text)
    scores = dict.fromkeys(PARTS, 0.0)
    words: dict[str, list[str]] = {part: [] for part in PARTS}
    if (timeline := _TIMELINE.search(text)) is not None:
        scores[PREVENT] += 3
        words[PREVENT].append(timeline.group(0))
    for word, stem in found:
        for part, weight in zip(PARTS, _weights(stem)[:3], strict=False):
            if weight:
                scores[part] += weight
                words[part].append(word)
    plain = _as_stated([word for word, _ in found])
    for at, (said, second) in enumerate(pairwise(plain)):
        if plain[at + 2 : at + 3] == ["not"]:
            continue  # "we did not list …", "i did not check": what failed, not what was done
        first, second = _ONE_WRITER.get(said, said), _ONE_WRITER.get(second, second)
        for (a, b), (part, weight) in _PAIRS.items():
            if first.startswith(a) and second.startswith(b):
                scores[part] += weight
    return scores, words


_AUXILIARIES = frozenset({"have", "has", "did", "do", "does", "will", "would", "can", "are"})


def _as_stated(words: list[str]) -> list[str]:
    """A question put to the writer ("What have you done since?", "How did you fix it?") in
    the order of the statement that answers it: without the "you" set between the auxiliary
    and its verb, so its pairs are those of "have done", "did fix"."""
    return [
        word
        for at, word in enumerate(words)
        if not (word == "you" and at and words[at - 1] in _AUXILIARIES)
    ]


_DOCUMENT = linear.compile(
    r"\b(plan of action|action plan|poa|appeal|reinstatement|improvement plan|pip|"
    r"letter|response to|reply to|plan for|"
    # the document speaking of itself: "Why this plan exists", "About this document"
    r"this (?:plan|document|letter|report|appeal))\b",
    linear.I,
)
_NAMED = linear.compile(r"^(?P<name>[^–—:-]{3,60}?)\s{1,3}[–—-]\s{1,3}(?P<subject>\S.*)$")
"""A heading in two halves, "Corrective Action Plan – eBay VeRO removals": a name, a dash set
off by spaces, then what it is about."""


def _document_name(heading: str) -> bool:
    """Whether ``heading`` is the document's own name before a dash, then its subject: the
    name read alone says it is the document ("Corrective Action Plan"), and the subject names
    no part ("- listing removals", not "- what we fixed"), so the words of the two halves do
    not add up to a corrective heading."""
    halves = _NAMED.match(heading)
    if halves is None or not _DOCUMENT.search(halves.group("name")):
        return False
    name_scores, _ = part_scores(halves.group("name"))
    subject_scores, _ = part_scores(halves.group("subject"))
    return max(name_scores.values()) < 4 and max(subject_scores.values()) < 2


_PART_NAMES = {
    ROOT: ("root cause", "root cause analysis"),
    FIX: ("corrective action", "corrective measure"),
    PREVENT: ("preventive action", "preventive measure"),
}
_INITIALS = {
    "".join(word[0] for word in name.split()).upper(): part
    for part, names in _PART_NAMES.items()
    for name in names
}
"""A part's name written as its initials ("RC:", "CA:", "PM:", as quality teams shorten
"root cause", "corrective action", "preventive measure"): only the whole label in capitals,
so "CA" in an address or "3 PM" is not one."""


@lru_cache(maxsize=4096)
def meaning(heading: str) -> Meaning:
    """What a heading's words say it introduces (cached: plans repeat their headings)."""
    if (part := _INITIALS.get(heading.strip().replace(".", ""))) is not None:
        return Meaning(part, 2.5, None, (heading.strip(),))
    scores, words = part_scores(heading)
    if (_DOCUMENT.search(heading) and max(scores.values()) < 4) or _document_name(heading):
        return Meaning(CONTEXT, 3)  # the document's own title: "Plan of Action - ..."
    ranked = sorted(PARTS, key=lambda part: -scores[part])
    best, second = ranked[0], ranked[1]
    context = sum(_weights(stem)[3] for _, stem in stems(heading))
    aside = sum(_weights(stem)[4] for _, stem in stems(heading))
    plain = [word for word, _ in stems(heading)]
    if aside >= 2 and scores[best] < 2:
        # "Your business history with Etsy" is what Etsy asks for; "Our history" is padding.
        return Meaning(CONTEXT if _MARKETS & set(plain) else ASIDE, aside)
    if scores[best] >= 2 and scores[best] >= context:
        # "Root cause and corrective action": two parts named about as strongly as each other.
        also = second if scores[second] >= 2 and scores[second] >= scores[best] * 0.6 else None
        return Meaning(best, scores[best], also, tuple(words[best]))
    if context >= 2:
        return Meaning(CONTEXT, context)
    if len(plain) >= 2 and plain[0] in _ISSUE_WORDS and set(plain[1:]) <= _FIELD_WORDS:
        return Meaning(CONTEXT, 2)
    if plain and plain[0] in _ISSUE_WORDS and len(plain) <= 12:
        return Meaning(ISSUE, 2)
    if scores[best] > 0:
        return Meaning(best, scores[best], None, tuple(words[best]))
    return Meaning(None, 0)


_NUMBERING = linear.compile(
    r"^(?:(?:(?:section|part|step|chapter|question|q|point|item|issue|violation|problem)\s*"
    r"(?:[0-9]{1,3}(?:\s*(?:of|/)\s*[0-9]{1,3}\b)?|[ivxlc]{1,6}|[a-h])\b\.?"
    r"|[0-9]{1,3}(?:\.[0-9]{1,3}){1,3}\.?|[0-9]{1,3}[.)])"
    r"\s*(?:[-–—:.]\s*)?"
    # "3 - Root cause": a bare number only before its dash or colon, which goes with it
    r"|[0-9]{1,3}\s*[-–—:]\s*"
    r"|(?:[ivxlc]{1,6}[.)]|[a-h][.)]|\([0-9a-h]{1,3}\))\s*(?:[-–—:.]\s*)?)",
    linear.I,
)


def hashtag_words(tag: str) -> str:
    """The words a hashtag runs together, apart ("#whatwedid" → "what we did"): at each place
    the longest word a heading is read by (a part's, context's or an issue's word, or one of a
    telling pair) starts there; letters no such word starts are kept as a word of their own.
    A tag is short (at most ``_TAG_LETTERS`` letters are read), so the look is bounded; an
    underscore parts words as a space would ("#root_cause")."""
    tag = tag.lower()[:_TAG_LETTERS]
    return " ".join(word for piece in tag.split("_") for word in _run_apart(piece))


def _run_apart(tag: str) -> list[str]:
    """The words of a tag with no underscore, as :func:`hashtag_words` finds them."""
    known = _tag_vocabulary()
    words: list[str] = []
    at, unknown = 0, 0
    while at < len(tag):
        word = next((w for w in known if tag.startswith(w, at)), "")
        if not word:
            at += 1
            continue
        if unknown < at:
            words.append(tag[unknown:at])
        words.append(word)
        at += len(word)
        unknown = at
    if unknown < len(tag):
        words.append(tag[unknown:])
    return words


_TAG_LETTERS = 40
"""Letters of a hashtag read as words: a label is a few words run together."""


@lru_cache(maxsize=1)
def _tag_vocabulary() -> tuple[str, ...]:
    """The words a heading is read by, longest first (stems of the tables, as prefixes)."""
    tables = (*_PART_STEMS.values(), _CONTEXT_STEMS, _ASIDE_STEMS)
    words = {key for table in tables for key in table} | _ISSUE_WORDS
    words |= {word for pair in _PAIRS for word in pair}
    return tuple(sorted((w for w in words if len(w) >= 2), key=lambda w: (-len(w), w)))


def unnumbered(text: str) -> str:
    """The heading without its number: "1. ROOT CAUSE" → "ROOT CAUSE", "Part III:" → ""."""
    return _NUMBERING.sub("", text, count=1).strip()


for _part, _table in list(_PART_STEMS.items()):
    _PART_STEMS[_part] = _stemmed(_table)
_CONTEXT_STEMS = _stemmed(_CONTEXT_STEMS)
_ASIDE_STEMS = _stemmed(_ASIDE_STEMS)
