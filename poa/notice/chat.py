"""A team chat's page with a notice pasted into it in parts: the notice is the parts.

A seller's team passes a notice on in a chat (Slack, Teams, WhatsApp): each message stands
under a byline that names who wrote it and when ("Priya Nair  11:03 AM", "[9:14 AM] Jo Bell"),
and the notice comes in pieces, each quoted with '>' or set in quotation marks, with the
team's own talk between them ("wait, which metrics did they hit us on? I thought it was
shipping"). That talk is not the notice: it names problems the notice does not cite.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

from poa import linear

_BYLINE = linear.compile(r"\b\d{1,2}:\d{2}\b")
_BYLINE_WORDS = 12
_STAMPED = linear.compile(r"\[[^\]\n]{1,40}\][^:\n]{1,60}:$")
"""A byline of a chat's export: a stamp in brackets, who wrote, a colon to end the line."""
_QUOTED = linear.compile(r"[ \t]*>")
_OPENING = ('"', "\u201c", "\u201e", "\u00ab", "\u300c")
_CLOSING = ('"', "\u201d", "\u201c", "\u00bb", "\u300d")
_FEWEST_BYLINES = 3
_ENOUGH = 40
"""Words the pasted parts must have together to be a notice."""


def pasted_notice(lines: list[str]) -> list[str] | None:
    """The lines of a notice pasted into a chat in parts (quote marks taken off) under the
    chat's heading, or None when the page is no chat (three bylines at least) or its pasted
    parts are not most of its words: a support thread that quotes the seller's message under
    the marketplace's long reply is not a chat's paste."""
    bylines = [i for i, line in enumerate(lines) if _byline(line)]
    if len(bylines) < _FEWEST_BYLINES:
        return None
    pasted: list[str] = []
    talk = 0
    for at, end in zip(bylines, [*bylines[1:], len(lines)], strict=True):
        parts, own = _parts(lines[at + 1 : end])
        pasted += parts
        talk += own
    words = _words(pasted)
    if words < _ENOUGH or words <= talk:
        return None
    # the chat's heading stays on top: its day is the day the notice came, if it has no date
    return lines[: bylines[0]] + pasted


def _byline(line: str) -> bool:
    """A short line, not quoted, with a time and no sentence's end: who wrote and when. A
    chat's export may close it with a colon after a stamp in brackets ("[14.04.2026 09:12]
    Lea Braun:"); elsewhere a colon ends a line of text that leads on to the next."""
    stripped = line.strip()
    ends = ".!?,;" if _STAMPED.match(stripped) else ".!?,;:"
    return (
        _BYLINE.search(stripped) is not None
        and len(stripped.split()) <= _BYLINE_WORDS
        and stripped[-1:] not in ends
        and _QUOTED.match(line) is None
    )


def _parts(message: list[str]) -> tuple[list[str], int]:
    """(the lines a chat message pastes, the number of its own words): lines quoted with '>',
    and a run of lines that opens with a quotation mark and closes with one."""
    parts: list[str] = []
    own = 0
    opened: int | None = None
    for i, line in enumerate(message):
        stripped = line.strip()
        if opened is None and _QUOTED.match(line):
            parts.append(linear.sub(r"^[ \t]*>[ \t]?", "", line))
        elif opened is None and stripped.startswith(_OPENING):
            opened = i
        elif opened is None:
            own += len(stripped.split())
        if opened is not None and stripped.endswith(_CLOSING) and (i > opened or len(stripped) > 1):
            run = [ln.strip() for ln in message[opened : i + 1]]
            run[0], run[-1] = run[0][1:], run[-1][:-1]
            parts += run
            opened = None
    if opened is not None:  # a quotation never closed: the message's own words after all
        own += _words(message[opened:])
    return parts, own


def _words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)


_TURN = linear.compile(r"[ \t]*\[[^\]\n]{1,40}\][ \t]*([^:\n]{1,60}):")
"""A turn of a support chat's transcript: a stamp in brackets, then who speaks, then a colon
("[2026-05-04 09:14:30] Dana (Brightfield Goods): ...")."""


def others_turns(lines: list[str], marketplace: Callable[[str], bool]) -> set[int]:
    """The lines of a support chat's transcript spoken by anyone but the marketplace: when
    three turns at least open on a stamp and a speaker, and a speaker names the marketplace
    ("Walmart Seller Support"), the other speaker's turns are the seller's own words, which
    ask about problems the marketplace did not cite ("Is this a counterfeit claim?"). A turn
    is its line and the lines that go on from it up to a blank line: a block set apart below
    ("I paste it as it came:") is the notice the seller pasted, the marketplace's words."""
    speakers = [(at, found[1]) for at, line in enumerate(lines) if (found := _TURN.match(line))]
    if len(speakers) < _FEWEST_BYLINES or not any(marketplace(s) for _, s in speakers):
        return set()
    others: set[int] = set()
    ends = [at for at, _ in speakers[1:]] + [len(lines)]
    for (at, speaker), end in zip(speakers, ends, strict=True):
        if not marketplace(speaker):
            others.update(itertools.takewhile(lambda i: lines[i].strip(), range(at, end)))
    return others
