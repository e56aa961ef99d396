"""The messages of a page that holds several, and which of them is the notice.

A seller often pastes more than the notice. A notifications page copied whole holds the new
message and older ones, each under a line with its date ("[NEW]  20 Apr 2026  Seller
performance", "● Account Health | Appeal not approved  2026-08-07 11:03"), or an inbox's list
of subjects (one row and date each) over the message opened below it. A reply thread holds the
marketplace's latest reply over the seller's message and the first notice, each under its own
"From:" header; a reply the seller drafts (or sends) to the marketplace stands on top of its
message, greeting it ("Hi eBay team,"). An agency passing a notice on writes its notes between
the paragraphs, each in square brackets under its writer's name ("[PRIYA: ...]").

The notice acts on the ids of its own message: an id named only in another message (an older
notice, the seller's question, another row of the inbox, a note) is not cited. The notice is
the message marked new, else the latest; in a thread, the latest the marketplace sent (a
sender that is no marketplace is the seller or an agency), not a reply written after it. A
page is split only where its layout is sure: two message heads of one kind at least, and the
notice's message long enough to be one; else nothing is set apart.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from poa import linear
from poa.notice import aside
from poa.notice.clean import names_marketplace

DateOf = Callable[[str], "dt.date | None"]
"""The date a line names, if it names one."""

_RULE = linear.compile(r"[ \t]*(?:-{3,}|={3,}|_{3,}|~{3,}|\*{3,})[ \t]*")
_FROM = linear.compile(r"[ \t]*(?:[^|\n]{1,40}\|[ \t]*)?from[ \t]*:", linear.I)
"""A message's "From:" header, alone or after its date and a bar in a case's log of messages
("2026-03-11 08:42 EST | From: Amazon.ca Seller Performance")."""
_HEADER = linear.compile(r"[ \t]*(?:from|to|cc|date|sent|subject)[ \t]*:", linear.I)
_HEADER_LINES = 5
"""Lines of a message's header: "From:", "To:", "Date:", "Subject:" in any order."""
_MARK = linear.compile(r"[ \t]*(?:[●○•◦]|\[[^\]\n]{1,24}\])")
"""What opens a notification's line on a page: a read or unread dot, "[NEW]", "[READ]", a
status with its day ("[CLOSED 2 May 2026]")."""
_NEW = linear.compile(
    r"[ \t]*(?:●|\[(?:new|unread|open|active|nuevo|abierto|activ[oa]|nouveau|ouvert|actif|"
    r"neu|offen|aktiv|nuovo|aperto|attiv[oa])\])",
    linear.I,
)
"""The mark of a message not read yet or still open: what the seller opened the page for. An
alert list marks each of its alerts so; the others (read, closed, for information) are
history."""
_HEAD_WORDS = 16
"""The most words of a notification's line: a title and a date, not a sentence."""
_DATE_AT_END = 30
"""Characters at a row's end its date stands in ("2 avril 2026", "2026-08-07 11:03")."""
_ENOUGH = 20
"""Words the notice's message must have for the split to be believed."""
_NOTE = linear.compile(r"\[[ \t]*[A-Za-z][\w .'-]{0,30}:[^\]]*\]")
"""A note in square brackets under its writer's name, a whole paragraph ("[PRIYA: ...]")."""


@dataclass
class _Message:
    start: int  # the first line
    end: int  # past the last line
    day: dt.date | None
    by_other: bool  # sent by someone who is no marketplace
    new: bool = False


def others(text: str, date_of: DateOf) -> list[tuple[int, int]]:
    """Where the text of other messages than the notice stands in ``text`` (first and
    past-last character of each part), in order; empty when the page is one message or its
    layout is not sure.

    >>> page = "Your listing was removed. " * 5 + "\\n\\n[JO: order 111-2 was another case.]"
    >>> others(page, lambda line: None)
    [(132, 167)]
    """
    lines = text.splitlines(keepends=True)
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line))
    rows, current_row = _index(lines, date_of)
    skip = set(rows) | ({current_row} if current_row is not None else set())
    parts = [(offsets[i], offsets[i + 1]) for i in rows]
    thread = _threaded(lines, date_of)
    notice = _latest_reply(thread)
    if notice is not None and _words(lines[notice.start : notice.end]) >= _ENOUGH:
        below = [m for m in thread if m.start > notice.start and m.by_other]
        parts += [(offsets[m.start], offsets[m.end]) for m in below]
    if (top := _reply_on_top(lines)) is not None:
        parts.append((0, offsets[top]))
    page = [] if thread else _notifications(lines, date_of, skip)
    new = [m for m in page if m.new]
    # each new message long enough to be a notice: an inbox's list of rows marked unread
    # over the messages themselves is no alert list
    if new and all(_words(lines[m.start : m.end]) >= _ENOUGH for m in new):
        parts += [(offsets[m.start], offsets[m.end]) for m in page if not m.new]
    return sorted(parts + notes(text))


def notes(text: str) -> list[tuple[int, int]]:
    """Where the notes in square brackets under a writer's name stand in ``text``, each a
    paragraph of its own ("[PRIYA: ...]"): an agency's words, its dates none of the notice's.

    >>> notes("Send photos within 5 days.\\n[RMS: ours by 2026-08-13]\\n")
    [(27, 52)]
    """
    if "[" not in text:
        return []
    return [(m.start(), m.end()) for m in _NOTE.finditer(text) if _paragraph(text, m)]


def named_outside(text: str, values: list[str], parts: list[tuple[int, int]]) -> set[str]:
    """The ``values`` that ``text`` names once at least outside ``parts``: where each stands
    is found in one pass over the text (:func:`poa.notice.aside.places`), and each place is
    looked up among the parts by halving, so that many ids and many parts stay linear.

    >>> sorted(named_outside("A1 B2 [note: A1 C3]", ["A1", "C3"], [(6, 19)]))
    ['A1']
    """
    if not parts:
        return set(values)
    merged: list[list[int]] = []
    for first, last in sorted(parts):
        if merged and first <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], last)
        else:
            merged.append([first, last])
    starts = [first for first, _ in merged]
    named = set()
    for at, value in aside.places(text, values, fold=False):
        index = bisect_right(starts, at) - 1
        if index < 0 or at >= merged[index][1]:
            named.add(value)
    return named


def without(text: str, parts: list[tuple[int, int]]) -> str:
    """``text`` with ``parts`` (:func:`others`) left out, a line break kept for each."""
    kept, at = [], 0
    for first, last in parts:
        if first >= at:
            kept += [text[at:first], "\n"]
            at = last
    return "".join([*kept, text[at:]])


def header(text: str, name: str) -> str | None:
    """The value of the first header line ``name`` ("Subject: ...", "Date: ..."), quoted
    ("> Date: ...") or not; None when there is none."""
    match = linear.search(rf"^[ \t]*>?[ \t]*{name}:[ \t]*(.+)$", text, linear.I | linear.M)
    return match.group(1).strip() if match else None


def _paragraph(text: str, note: linear.Match) -> bool:
    """Whether a note in brackets is a paragraph of its own: a line's start before it, a
    line's end after it."""
    before = text[: note.start()].rstrip(" \t")
    after = text[note.end() :].lstrip(" \t")
    return (not before or before.endswith("\n")) and (not after or after.startswith("\n"))


def _threaded(lines: list[str], date_of: DateOf) -> list[_Message]:
    """The messages of a thread, each from its "From:" header to the next; the first holds
    what stands above its header too. Empty unless two headers name a sender."""
    heads = [i for i, line in enumerate(lines) if _FROM.match(line)]
    if len(heads) < 2:
        return []
    messages = []
    for number, (head, end) in enumerate(zip(heads, [*heads[1:], len(lines)], strict=True)):
        first = head  # the header's lines run on together around "From:"
        while first > 0 and head - first < _HEADER_LINES and _HEADER.match(lines[first - 1]):
            first -= 1
        last = head + 1
        while last < end and last - head < _HEADER_LINES and _HEADER.match(lines[last]):
            last += 1
        day = next((d for at in range(first, last) if (d := date_of(lines[at])) is not None), None)
        start = 0 if number == 0 else max(first, heads[number - 1] + 1)
        by_other = not names_marketplace(lines[head])
        messages.append(_Message(start, end, day, by_other))
    return _ended(messages)


_GREETING = linear.compile(
    r"[ \t]*(?:hi|hello|dear|hallo|sehr geehrte|liebes|bonjour|madame|gentile|buongiorno|"
    r"estimad[oa]s?|hola)\b",
    linear.I,
)
"""The words that open a letter, in the five languages."""
_GREETING_AT = 4
"""The first lines of a message, past its own heading, its greeting stands in."""


def _reply_on_top(lines: list[str]) -> int | None:
    """Where the marketplace's message starts under the seller's reply to it, drafted or sent
    on top of it ("Hi eBay team, thanks for getting back to us ..." over "From: eBay"): the
    first "From:" header of the page names the marketplace, and the lines above it open with
    a greeting to the marketplace. The reply is written after the notice, so what it names
    (an order of the seller's own list) the notice does not. None when the page is no such
    reply, or the lines above sign off as the marketplace (its reply over its older message).
    """
    head = next((i for i, line in enumerate(lines) if _FROM.match(line)), None)
    if not head or not names_marketplace(lines[head]):
        return None
    while head > 0 and _HEADER.match(lines[head - 1]):
        head -= 1
    above = [line for line in lines[:head] if line.strip()]
    while above and _FRAMED.match(above[-1]):
        above.pop()  # the rule or framed heading the message is pasted under
    greets = any(
        _GREETING.match(line) and names_marketplace(line) and " from " not in line.lower()
        for line in above[:_GREETING_AT]
    )
    signed = any(names_marketplace(line) for line in above[-_SIGN_OFF:])
    return head if greets and not signed and _words(lines[head:]) >= _ENOUGH else None


_FRAMED = linear.compile(r"[ \t]*(?:-{3,}|={3,}|_{3,}|~{3,}|\*{3,})")
"""A line that opens with a rule: a rule, or a heading framed by one ("=== Their email ===")."""
_SIGN_OFF = 3
"""The last lines of a message its sign-off stands in."""


def _notifications(lines: list[str], date_of: DateOf, skip: set[int]) -> list[_Message]:
    """The notifications of a page, each from its line (a title and a date, after a rule or
    opening with a dot or a mark) to the next one's; the first holds what stands above it
    too. Empty unless the page has two."""
    heads = []
    for at, line in enumerate(lines):
        if at in skip or "20" not in line or len(line.split()) > _HEAD_WORDS:
            continue  # "20": a line without a year names no date
        above = next((i for i in range(at - 1, -1, -1) if lines[i].strip()), None)
        after_rule = above is not None and _RULE.fullmatch(lines[above].rstrip("\n")) is not None
        if (after_rule or _MARK.match(line)) and (day := date_of(line)) is not None:
            heads.append((at, day, above if after_rule else None))
    if len(heads) < 2:
        return []
    messages = []
    for number, (at, day, rule) in enumerate(heads):
        start = 0 if number == 0 else (rule if rule is not None else at)
        messages.append(_Message(start, len(lines), day, False, bool(_NEW.match(lines[at]))))
    return _ended(messages)


def _ended(messages: list[_Message]) -> list[_Message]:
    """``messages``, each ended where the next starts."""
    for before, after in pairwise(messages):
        before.end = after.start
    return messages


def _latest_reply(thread: list[_Message]) -> _Message | None:
    """The newest message the marketplace sent in a thread (the first of the newest)."""
    sent = [m for m in thread if not m.by_other and m.day is not None]
    latest = max((m.day for m in sent if m.day is not None), default=None)
    return next((m for m in sent if m.day == latest), None)


def _index(lines: list[str], date_of: DateOf) -> tuple[list[int], int | None]:
    """An inbox's list of messages over the one opened below it: a run of rows that each end
    with a date (a row's title may wrap onto a line above its date). The row whose title
    comes again below the list is the message opened; the lines of the others are returned
    with it. Nothing when no such list is there, or no row's title comes again."""
    runs: list[list[int]] = []
    run: list[int] = []
    for at, line in enumerate(lines):
        if _dated_row(line, date_of):
            run.append(at)
            continue
        following = lines[at + 1] if at + 1 < len(lines) else ""
        if run and _wraps(lines, at) and _dated_row(following, date_of):
            continue  # a title wrapped onto the line of its date: the list goes on
        if len(run) >= 2:
            runs.append(run)
        run = []
    if len(run) >= 2:
        runs.append(run)
    for rows in runs[:_LISTS]:
        if len(rows) > _ROWS:
            continue
        below = "".join(lines[rows[-1] + 1 :]).lower()
        opened = [r for r in rows if (title := _title(lines, r)) and title in below]
        if len(opened) != 1:
            continue
        others = []
        for row in rows:
            wrapped = row - 1 if row - 1 not in rows and _wraps(lines, row - 1) else None
            if row != opened[0]:
                others += [row] if wrapped is None else [wrapped, row]
        return others, opened[0]
    return [], None


_LISTS = 3
"""Lists of messages looked at, the first ones of the page: an inbox shows one."""
_ROWS = 60
"""The most rows of an inbox's list: each row's title is looked for in all that follows."""


def _dated_row(line: str, date_of: DateOf) -> bool:
    """Whether a line is a row of a list of messages: a few words that end with a date."""
    tail = line[-_DATE_AT_END:]
    # every year of a date this century holds "20": most lines are read no further
    return "20" in tail and len(line.split()) <= _HEAD_WORDS and date_of(tail) is not None


def _wraps(lines: list[str], at: int) -> bool:
    """Whether line ``at`` is the start of a title that wraps onto the next line: a short
    line of words, no rule and no blank."""
    line = lines[at] if at >= 0 else ""
    return bool(line.strip()) and not _RULE.fullmatch(line.rstrip("\n")) and len(line) < 100


def _title(lines: list[str], row: int) -> str:
    """A row's title, in lower case: its words before the date, without its mark."""
    line = _MARK.sub("", lines[row], count=1) if _MARK.match(lines[row]) else lines[row]
    words = line.split()
    kept = []
    for word in words:
        if linear.match(r"\d", word):
            break
        kept.append(word)
    title = " ".join(kept).lower()
    return title if len(kept) >= 3 else ""


def _words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)
