"""Text a seller pasted under a notice for reference: a policy's help page is not the notice.

A notice saved for the team often has the policy it names copied below it, set off by a rule
and a note that says so ("(copied below from the help page)", "-- policy pasted underneath
--"). The policy names every matter it covers (counterfeits, recalls, restricted products),
and the documents it may ask for; the notice cites one matter and asks for its own.
"""

from __future__ import annotations

from poa import linear

_RULE = linear.compile(r"[ \t]*(?:-{3,}|~{3,}|={3,}|_{3,}|\*{3,})[ \t]*")
_FRAMED = linear.compile(r"[ \t]*(?:-{2,}|_{2,}|={2,}|~{2,}|\*{2,})")
_COPIED = linear.compile(
    r"\b(?:copied|pasted|copy|paste)\b|copi[ée]|coll[ée]|copiado|pegado|copiato|incollato|"
    r"kopiert|eingef[üu]gt|コピー|貼り付け",
    linear.I,
)
"""The word that says a text was copied in (English, French, Spanish, Italian, German,
Japanese)."""
_NOTE_WORDS = 20
_ENOUGH = 40
"""Words the notice above the pasted text must keep."""


def without_appended(lines: list[str]) -> list[str]:
    """The lines above the first note that says the text below it was copied in, when the
    note stands under a rule or is framed by rule marks, and the notice above it is whole:
    enough words, signed by the marketplace ("Walmart Trust & Safety"). A notice copied in
    under such a note from a page of notifications has no signed notice above it."""
    from poa.notice.clean import names_marketplace

    for at, line in enumerate(lines):
        if not _note(lines, at):
            continue
        start = at if _FRAMED.match(line) else _previous_filled(lines, at)
        signed = names_marketplace(lines[_previous_filled(lines, start)])
        if signed and _words(lines[:start]) >= _ENOUGH:
            return lines[:start]
        return lines
    return lines


def _note(lines: list[str], at: int) -> bool:
    """A short line that says the text below was copied in, framed by or under a rule."""
    line = lines[at]
    if len(line.split()) > _NOTE_WORDS or _COPIED.search(line) is None:
        return False
    if _FRAMED.match(line):
        return True
    above = _previous_filled(lines, at)
    return above < at and _RULE.fullmatch(lines[above]) is not None


def _previous_filled(lines: list[str], at: int) -> int:
    """The index of the last line above ``at`` with any text on it, or ``at`` when none."""
    return next((i for i in range(at - 1, -1, -1) if lines[i].strip()), at)


def _words(lines: list[str]) -> int:
    return sum(len(line.split()) for line in lines)
