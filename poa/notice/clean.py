"""A pasted notice as plain text: e-mail leftovers undone, HTML reduced to its words
(:mod:`poa.notice.markup`), the marketplace's own words told from the others' around them."""

from __future__ import annotations

import quopri
from collections.abc import Iterator
from html import unescape
from itertools import pairwise

from poa import linear
from poa.notice import chat
from poa.notice.appended import without_appended
from poa.notice.markup import looks_like_html, strip_html
from poa.notice.sheet import as_records

_QP = linear.compile(r"=(?:[0-9A-F]{2}|\r?\n)")


def clean(text: str) -> str:
    """Plain text: quoted-printable decoded, HTML stripped, '>' quoting removed, spaces tidied
    (a tab, which parts a table's columns, stays one tab), and a mail's copyright footer
    ("Copyright © 2026 eBay Inc. All rights reserved.") dropped: it names no complaint."""
    lines = _plain(text).splitlines()
    return _tidy([line for line in lines if not _COPYRIGHT_LINE.match(line)])


_COPYRIGHT_LINE = linear.compile(
    r"^[ \t>]*(?:copyright[ \t]*)?(?:©|\(c\))[ \t]*(?:copyright[ \t]*)?(?:\d{4}|\d{4}[-–]\d{4})\b"
    r".{0,120}$|^[ \t>]*copyright[ \t]+\d{4}\b.{0,120}$",
    linear.I,
)


_FORWARDED = linear.compile(
    r"^[ \t>]*(?:[-=_*~]{2,}\s*)?(?:forwarded message|begin forwarded message|original message|"
    r"weitergeleitete nachricht|ursprüngliche nachricht|message transféré|message d'origine|"
    r"messaggio inoltrato|messaggio originale|mensaje reenviado|mensaje original|"
    r"転送されたメッセージ)(?:[^\w]|$).{0,40}$",  # no \b: RE2's is ASCII ("transféré")
    linear.I,
)
"""The line a forwarded (or quoted) message starts after: what stands above it is a note. The
line may be framed by a rule of any of the usual marks ("-----", "=== original message ===")."""
_ENOUGH = 40
"""Words a part must have to be the notice itself."""


def own_words(text: str) -> str | None:
    """The marketplace's own words in a pasted notice, when other voices stand with them: a
    colleague's note above a forwarded notice ("on top of the late-dispatch mess, now this")
    and messages quoted with '>' below a reply (the seller's own question, which may speak of
    other problems), or under an "Original message" line that names a sender who is not the
    marketplace, below the marketplace's reply. None when the notice is all one voice. A
    notice that was itself quoted or forwarded whole stays whole: each part dropped must
    leave enough words behind."""
    lines = _plain(text).splitlines()
    kept = lines
    markers = [i for i, line in enumerate(lines) if _FORWARDED.match(line)]
    # the notice starts after the first marker whose message is from the marketplace (two of
    # its messages forwarded one after the other are both current), or, when no sender is
    # given, after the first: above it stand the notes of those who passed it on
    from_marketplace = [i for i in markers if _sent_by_marketplace(lines[i + 1 : i + 5])]
    if markers and not from_marketplace:
        # forwarded on and on ("FW: FW: ..."), each forward with its note: the notice is the
        # message whose header names the marketplace as its sender, marker line or none
        from_marketplace = _marketplace_headers(lines, markers[0])
    marker = from_marketplace[0] if from_marketplace else (markers[0] if markers else None)
    if (
        marker is not None
        and not from_marketplace
        and _sent_by_other(lines[marker + 1 : marker + 5])
        and _marketplace_reply(lines[:marker])
        and _words(lines[:marker]) >= _ENOUGH
    ):
        kept = lines[:marker]  # the marketplace's reply, the seller's message quoted below it
    elif marker is not None and _words(lines[marker + 1 :]) >= _ENOUGH and _words(lines[:marker]):
        kept = lines[marker + 1 :]
    # a notice pasted into a team chat in parts, the team's talk between: every part, not
    # only the first one the seller headed with the marketplace's name
    if marker is None and (parts := chat.pasted_notice(lines)):
        kept = parts
    elif marker is None and (pasted := _pasted(lines)):
        kept = [ln for i, ln in enumerate(lines) if i in pasted]
    kept = without_appended(kept)  # a policy's help page pasted under the notice
    others = (
        _others_quoted(kept) | _sellers_messages(kept) | chat.others_turns(kept, names_marketplace)
    )
    if others and _words([ln for i, ln in enumerate(kept) if i not in others]) >= _ENOUGH:
        kept = [ln for i, ln in enumerate(kept) if i not in others]
    return None if kept is lines else _tidy(kept)


_RULE = linear.compile(r"[ \t>]*(?:-{3,}|~{3,}|={3,}|_{3,}|\*{3,}|`{3,})[ \t]*")
"""A line that sets a pasted text apart: "-----", "~~~", "```"."""
_HEAD = linear.compile(r"[ \t>]*(?:from|date|sent|subject|von|de|da)[ \t]*:|.*\b20\d\d\b", linear.I)


def _pasted(lines: list[str]) -> set[int]:
    """The lines of a notice a seller pasted into their own message (a question to a forum,
    a note to an adviser): a block quoted with '>' or set between two rules ("-----", "~~~"),
    headed by the marketplace's name with a sender, a date or a byline ("Etsy · March 30,
    2026", "From: seller-performance@amazon.ca"), after a line of the seller's that ends
    with a colon ("Here's what they sent:"). The seller's words around it ask about the
    notice and may name other problems; the notice is the marketplace's. Empty unless each
    block has enough words and the seller's words stand outside it."""
    blocks: list[range] = []
    rules = [i for i, line in enumerate(lines) if _RULE.fullmatch(line)]
    blocks += [range(a + 1, b) for a, b in pairwise(rules)]
    at = 0
    while at < len(lines):
        end = at
        while end < len(lines) and linear.match(r"[ \t]*>", lines[end]) is not None:
            end += 1
        if end > at:
            blocks.append(range(at, end))
        at = end + 1
    kept: set[int] = set()
    for block in blocks:
        above = next((i for i in range(block.start - 1, -1, -1) if lines[i].strip()), None)
        if above is not None and _RULE.fullmatch(lines[above]):
            above = next((i for i in range(above - 1, -1, -1) if lines[i].strip()), None)
        filled = [lines[i] for i in block if linear.search(r"\w", lines[i])]
        headed = any(
            _MARKETPLACE.search(line) and (_HEAD.match(line) or _ATTRIBUTION.search(line))
            for line in filled[:4]
        )
        if (
            above is not None
            and lines[above].rstrip().endswith(":")
            and headed
            and _words([lines[i] for i in block]) >= _ENOUGH
        ):
            kept.update(block)
    outside = [ln for i, ln in enumerate(lines) if i not in kept and not _RULE.fullmatch(ln)]
    return kept if kept and _words(outside) else set()


_MARKETPLACE = linear.compile(
    r"\b(?:amazon|ebay|walmart|etsy|tik ?tok|"
    r"seller (?:central|performance|support|verification))\b",
    linear.I,
)


_ATTRIBUTION = linear.compile(
    r"\b(?:wrote|schrieb|a écrit|ha scritto|escribió)\b|[·|]|\b\d{1,2}:\d{2}\b", linear.I
)
"""A line that says who wrote a quoted message and when."""


def _others_quoted(lines: list[str]) -> set[int]:
    """The lines of each '>' block quoted from someone other than the marketplace: a block
    whose attribution (its own first line, or the line above it) names no marketplace ("You
    wrote · 2 June", "> Seller | May 10") or that has none. "On Mon, eBay <...> wrote:"
    quotes the notice. A notice quoted in parts, with the notes of the one who pasted it
    between ("> ...", "1. Does this count?", "> ..."), signs off as the marketplace at the end
    of its last part: its parts with no attribution of their own are the marketplace's."""
    blocks = list(_quoted_blocks(lines))
    signed = bool(blocks) and _signed_by_marketplace(lines[blocks[-1][0] : blocks[-1][1]])
    others: set[int] = set()
    for at, end in blocks:
        above = next(
            (ln for ln in reversed(lines[max(0, at - 3) : at]) if linear.search(r"\w", ln)), ""
        )
        attribution = above if _ATTRIBUTION.search(above) else ""
        header = lines[at] if _ATTRIBUTION.search(lines[at]) else ""
        if signed and not header and not attribution:
            continue  # a part of the notice quoted in parts
        if not _MARKETPLACE.search(header or attribution):
            others.update(_not_the_marketplaces(lines, at, end))
    return others


def _quoted_blocks(lines: list[str]) -> Iterator[tuple[int, int]]:
    """Where each run of lines quoted with '>' starts and ends (its end not included)."""
    at = 0
    while at < len(lines):
        if linear.match(r"[ \t]*>", lines[at]) is None:
            at += 1
            continue
        end = at
        while end < len(lines) and linear.match(r"[ \t]*>", lines[end]) is not None:
            end += 1
        yield at, end
        at = end


def _signed_by_marketplace(block: list[str]) -> bool:
    """Whether a message or a quoted block ends on the marketplace's sign-off: a short line
    among its last that names it ("> Amazon Seller Services") and says no one quoted it."""
    said = [ln.lstrip(" \t>") for ln in block if linear.search(r"\w", ln)]
    return any(
        len(ln.split()) <= _SIGN_OFF_WORDS and _MARKETPLACE.search(ln) and not _SENDER.match(ln)
        for ln in said[-_SIGN_OFF_LINES:]
    )


_SIGN_OFF_LINES, _SIGN_OFF_WORDS = 2, 6
"""The last lines of a quoted block its sign-off stands in, and the most words of it."""


_SENDER = linear.compile(
    r"[ \t>]*(?:(?:from|von|de|da)[ \t]*:|"
    r".*\b(?:wrote|schrieb|a écrit|ha scritto|escribió)[ \t]*:?[ \t]*$)",
    linear.I,
)
"""A line that names who wrote the message below it: a header ("Von: ...") or an
attribution ("On 8 Oct 2026, Amazon.es <...> wrote:")."""


def _not_the_marketplaces(lines: list[str], start: int, end: int) -> range | set[int]:
    """The lines of a quoted block from ``start`` to ``end`` that are not the marketplace's:
    a block of forwards, each quoted one level deeper under its own header ("> Von: a
    colleague", then ">> Von: Amazon.de", or "> On ..., Amazon.es <...> wrote:"), holds the
    marketplace's message from the line that names it as the sender to the next such line;
    the rest is the others'."""
    senders = [i for i in range(start, end) if _SENDER.match(lines[i])]
    if not any(_MARKETPLACE.search(lines[i]) for i in senders):
        return range(start, end)
    others = set(range(start, senders[0]))
    for first, last in zip(senders, [*senders[1:], end], strict=True):
        if not _MARKETPLACE.search(lines[first]):
            others.update(range(first, last))
    return others


_BYLINE_TIME = linear.compile(r"\b\d{1,2}:\d{2}\b")
_SELLER = linear.compile(r"\b(?:you|seller|me|merchant)\b", linear.I)
_STATUS = linear.compile(
    r"[ \t]*\[[ \t]*(?:new|unread|read|open|resolved|closed|info|archived)\b[^\]\n]{0,20}\]",
    linear.I,
)
"""The status that opens a notification's heading on an alert list ("[NEW]", "[RESOLVED 2 May
2026]"): the heading names the alert's subject ("Cancellations you caused"), not a writer."""


def _sellers_messages(lines: list[str]) -> set[int]:
    """The lines of the seller's own messages in a thread (a support ticket, a case log),
    each message under a short byline with a time that names who wrote it ("— Feb 23, 2026,
    4:16 PM · You wrote —", "#2  2026-02-05 18:47  [Seller]"): the seller's side names
    the seller and no marketplace team ("Seller Performance" is the marketplace's)."""
    bylines = [
        i
        for i, line in enumerate(lines)
        if _BYLINE_TIME.search(line)
        and len(line.split()) <= 12
        and line.rstrip()[-1:] not in ".!?,;"
        and linear.match(r"[ \t]*>", line) is None
        and _STATUS.match(line) is None
    ]
    if len(bylines) < 2:
        return set()
    seller: set[int] = set()
    for at, end in zip(bylines, [*bylines[1:], len(lines)], strict=True):
        if _SELLER.search(lines[at]) and not _MARKETPLACE.search(lines[at]):
            seller.update(range(at, end))
    return seller


def names_marketplace(line: str) -> bool:
    """Whether a line names a marketplace or one of its teams."""
    return _MARKETPLACE.search(line) is not None


def _sender(header: list[str]) -> str:
    """The first line among ``header`` that names who sent the message, or "": a "From:" line
    ("De :" with French spacing) or a line of attribution ("On 2 May, Jo Shop wrote:")."""
    return next((ln for ln in header if linear.match(_SENDER_LINE, ln, linear.I)), "")


_SENDER_LINE = (
    r"[ \t>]*(?:from|von|de|da)[ \t]*:|"
    r".*[ \t](?:wrote|escribió|a[ \t]+écrit|schrieb|ha[ \t]+scritto)[ \t]*:[ \t]*$|.*書きました"
)
"""A header line that names a message's sender: "From:" in the five languages, or the line a
mail program writes above a quoted reply ("El 20 de abril, Tienda escribió:")."""


_REPLY_MARK = linear.compile(
    r"original message|ursprüngliche nachricht|message d'origine|messaggio originale|"
    r"mensaje original",
    linear.I,
)
"""The words of a marker that a reply quotes its thread under (not one that forwards)."""


def newest_reply(text: str) -> str | None:
    r"""The marketplace's reply on top of a thread, above the first "Original message" marker
    and under its own header ("From: Amazon Seller Performance") or, with no header, signed by
    the marketplace (a reminder above the notice it follows up), or None: the newest word in
    the thread. The day it was sent and the time it allows are the ones that stand; a time
    allowed in an older message below has passed. (Its reasons and ids may stand in the older
    messages it answers: those are read from the whole thread.)

    >>> thread = "From: Amazon.com\nDate: 2 May\n\n" + "We reviewed your appeal. " * 9 + (
    ...     "\n--- Original Message ---\nFrom: Amazon\nReply within 7 days.")
    >>> newest_reply(thread).splitlines()[1]
    'Date: 2 May'
    """
    lines = text.splitlines()
    marker = next((i for i, line in enumerate(lines) if _FORWARDED.match(line)), None)
    if marker is None or _REPLY_MARK.search(lines[marker]) is None:
        return None
    top = lines[:marker]
    # its header names the marketplace, or it has none and signs off as the marketplace
    header = top[:_HEADER_TOP]
    if _sent_by_marketplace(header) if _sender(header) else _signed_by_marketplace(top):
        return "\n".join(top) if _words(top) >= _ENOUGH else None
    return None


_HEADER_TOP = 6
"""The first lines of a message its header stands in."""


def _sent_by_marketplace(header: list[str]) -> bool:
    """Whether the header lines under a marker say a marketplace sent the message."""
    return _MARKETPLACE.search(_sender(header)) is not None


def _marketplace_reply(lines: list[str]) -> bool:
    """Whether a message above a quoted one is the marketplace's: its "From:" names the
    marketplace or, with no "From:", its sign-off does ("Regards, Seller Performance")."""
    if _sender(lines):
        return _sent_by_marketplace(lines)
    return _MARKETPLACE.search("\n".join(lines[-_SIGN_OFF:])) is not None


_SIGN_OFF = 6
"""The last lines of a message its sign-off stands in."""


def _marketplace_headers(lines: list[str], after: int) -> list[int]:
    """The lines after line ``after`` that stand just above a message's header whose sender
    is the marketplace ("From: Amazon.sg <seller-verification@amazon.sg>")."""
    return [
        at
        for at in range(after + 1, len(lines) - 1)
        if not lines[at].strip() and _sent_by_marketplace(lines[at + 1 : at + 2])
    ]


def _sent_by_other(header: list[str]) -> bool:
    """Whether the header lines under a marker name a sender, and no marketplace."""
    sender = _sender(header)
    return bool(sender) and _MARKETPLACE.search(sender) is None


def _words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)


def _plain(text: str) -> str:
    """Quoted-printable decoded, HTML stripped, entities unescaped, a spreadsheet export read
    column by column (:mod:`poa.notice.sheet`)."""
    if len(_QP.findall(text)) >= 3:  # quoted-printable leftovers: =20, =E2=80=99, soft breaks
        text = quopri.decodestring(text.encode("utf-8", "replace")).decode("utf-8", "replace")
    if looks_like_html(text):
        text = strip_html(text)
    return as_records(_unmarked(unescape(text)))


_STRONG = linear.compile(r"\*\*([^*\n]{1,300})\*\*|__([^_\n]{1,300})__")
_LINK = linear.compile(r"\[([^\]\n]{1,300})\]\((?:https?|mailto):[^)\s]{0,1000}\)")


def _unmarked(text: str) -> str:
    """A notice saved as Markdown read as its words: "**10 days**" is "10 days", and a link
    "[Account Health](https://...)" its text alone (the address's ids are a help page's)."""
    if "**" in text or "__" in text:
        text = _STRONG.sub(lambda m: m.group(1) or m.group(2), text)
    if "](" in text:
        text = _LINK.sub(r"\1", text)
    return text


def _indent(line: str) -> str:
    """A line's indent, kept so a line set in under another reads as its detail: two spaces
    per step of up to four columns (a tab is four), at most eight."""
    lead = len(line) - len(line.lstrip(" \t\u00a0\u3000"))
    if not lead or not line.strip():
        return ""
    width = len(line[:lead].replace("\t", "    "))
    return "  " * min(4, (width + 3) // 4)


def _tidy(lines: list[str]) -> str:
    """'>' quoting removed, spaces tidied: a run of spaces is one, a tab stays one tab, and
    a row of a table laid out with spaces (two gaps of three spaces or more) has its columns
    parted by tabs, as a table with tabs has (a table with pipes keeps them). A line's indent
    stays (:func:`_indent`)."""
    lines = _rejoin_broken_words([linear.sub(r"^(\s*>)+\s?", "", line) for line in lines])
    lines = [
        _indent(line) + linear.sub(r" {3,}", "\t", line.strip())
        if "|" not in line and len(linear.findall(r"\S {3,}\S", line.strip())) >= 2
        else line
        for line in lines
    ]
    lines = [
        _indent(line)
        + linear.sub(
            r"[ \u00a0]*\t[ \t\u00a0]*", "\t", linear.sub(r"[ \u00a0]+", " ", line)
        ).strip()
        for line in lines
    ]
    return linear.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()


def _rejoin_broken_words(lines: list[str]) -> list[str]:
    """Words a printed page broke at a line's end with a hyphen ("confirmed a test pur-" /
    "chase: ...") made whole again: the rest of the word, which starts the next line in lower
    case, moves up to the first line without the hyphen, so a reason's words and an id's label
    read as written. A line left empty goes (it was no paragraph break)."""
    out: list[str] = []
    for line in lines:
        rest = line.lstrip()
        if out and _broken_at_end(out[-1]) and rest[:1].isalpha() and rest[:1].islower():
            word, _, after = rest.partition(" ")
            out[-1] = out[-1][:-1] + word
            if not after.strip():
                continue
            line = line[: len(line) - len(rest)] + after.lstrip()
        out.append(line)
    return out


def _broken_at_end(line: str) -> bool:
    """A line that ends in part of a word and a hyphen ("pur-"), not in a dash or a code."""
    return len(line) >= 3 and line.endswith("-") and line[-2].isalpha() and line[-3].isalpha()
