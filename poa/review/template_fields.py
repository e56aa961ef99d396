"""A template's fields marked by a convention of its own, read as fields only where it is one.

Some templates mark each value left to write in a way a plan's own text also uses now and then.
One such mark does not tell which it is; the document does: a template uses its convention all
through its frame, a filled plan once or twice, or in one sentence. Two conventions:

- **Variable names**: words in capitals joined by underscores, the name a mail-merge or a script
  would give the value, with a number when there are several ("Seller: SELLER_NAME", "On
  ACTION_DATE_1 we CORRECTIVE_ACTION_1."). A plan's own text holds the same shape as a code: a
  SKU ("MUG_BLUE_12"), a report's name ("LSR_WEEKLY"), an export's columns. A template names
  kinds of value (NAME, DATE, ID, NUMBER, EMAIL …) on many lines; a filled plan names its codes,
  or a few columns in one sentence. When names of kinds of value stand on enough different
  lines, every variable name in the document is a field; otherwise none is.
- **Prompts that trail off**: a parenthesis ending in an ellipsis, the start of what to write
  left for the writer to go on ("(name of supplier…)", "(action 1…)"). A writer's own aside may
  trail off once ("(they kept the money…)"); a template's prompts do on many lines.

Two marks stand alone on a line as the gap to fill, left where a part's text should be (see
:func:`gaps`): an ellipsis ("…", "- …"), which no plan's own text sets on a line of its own,
and a rule ("---"), which a plan sets between its sections but a template sets in place of a
section's text, between its instruction and the next heading.
"""

from __future__ import annotations

from collections.abc import Iterator

from poa import linear
from poa.review.capital_fields import VALUE_NAMES

Span = tuple[int, int]

_VARIABLE = linear.compile(r"\b[A-Z]{1,30}(?:_[A-Z0-9]{1,30}){1,8}\b")
"""Words in capitals joined by underscores; only the words after the first may be numbers."""
_KINDS = VALUE_NAMES | {"RATE", "COUNT", "PHONE", "ADDRESS", "NO", "AMOUNT", "TYPE"}
"""Words that say what kind of value a variable holds ("CONTACT_EMAIL", "ORDER_ID_2")."""
_TRAILING_PROMPT = linear.compile(r"\([^()\n]{1,160}(?:…|\.\.\.)[ \t]?\)")
"""A parenthesis on one line whose text ends in an ellipsis."""
_ELLIPSIS_LINE = linear.compile(r"(?m)^[ \t]*(?:[-*•][ \t]*)?(…|\.\.\.)[ \t]*$")
_RULE_LINE = linear.compile(r"(?m)^[ \t]*(---+|\*\*\*+|___+)[ \t]*$")
"""A Markdown rule: a line of three or more "-", "*" or "_" and nothing else."""
_TEMPLATE_LINES = 3
"""Lines that use a convention enough to make it the document's way of marking its fields."""


def template_fields(text: str) -> Iterator[Span]:
    """Spans of ``text`` that are fields marked by a convention of the template (see module)."""
    if "_" in text:
        names = list(_VARIABLE.finditer(text))
        kinds = [name for name in names if _names_a_kind(name.group(0))]
        if _on_lines(text, kinds) >= _TEMPLATE_LINES:
            yield from (name.span() for name in names)
    if "…)" in text or "...)" in text:
        prompts = list(_TRAILING_PROMPT.finditer(text))
        if _on_lines(text, prompts) >= _TEMPLATE_LINES:
            yield from (prompt.span() for prompt in prompts)


def _names_a_kind(name: str) -> bool:
    """Whether one of the words of ``name`` is a kind of value ("NOTICE_DATE", "ORDER_ID_1")."""
    return any(word in _KINDS for word in name.split("_"))


def _on_lines(text: str, matches: list[linear.Match]) -> int:
    """How many different lines of ``text`` the ``matches`` (in order) stand on."""
    lines: set[int] = set()
    line, read = 0, 0
    for match in matches:  # counted on from the match before: each newline once
        line, read = line + text.count("\n", read, match.start()), match.start()
        lines.add(line)
    return len(lines)


def gaps(text: str, slots: list[Span]) -> Iterator[Span]:
    """Lines of ``text`` that are a gap left to fill: an ellipsis alone on its line, and rules
    that stand for a whole section's text, between a slot (one of ``slots``, its instruction)
    and the next heading."""
    if "…" in text or "..." in text:
        yield from (line.span(1) for line in _ELLIPSIS_LINE.finditer(text))
    ends = {end for _, end in slots}
    run: list[Span] = []  # rules one under the other, the first right under a slot
    for rule in _RULE_LINE.finditer(text) if ends else ():
        above = _end_above(text, rule.start())
        if above in ends or (run and above == run[-1][1]):
            run.append(rule.span(1))
        else:
            run = []
        if run and _HEADING.match(_line_from(text, _start_below(text, rule.end()))):
            yield from run
            run = []


_HEADING = linear.compile(r"#{1,6}[ \t]|\*\*[^*\n]{1,80}\*\*[ \t]*(?:\n|$)|$")
"""A Markdown heading, a line all in bold, or the end of the text: where a section ends."""


def _line_from(text: str, at: int) -> str:
    """The rest of the line that starts at ``text[at]``, with its newline: all a heading needs
    (a copy of the whole rest of the text for each rule would make a page of rules quadratic)."""
    end = text.find("\n", at)
    return text[at:] if end < 0 else text[at : end + 1]


def _end_above(text: str, at: int) -> int:
    """Where the text before ``text[at]`` ends, past the spaces and blank lines between."""
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return at


def _start_below(text: str, at: int) -> int:
    """Where the text after ``text[at]`` starts, past the spaces and blank lines between."""
    while at < len(text) and text[at].isspace():
        at += 1
    return at
