"""Rule X3, in a template: a note in brackets alone on its line that says what goes there.

Under a template's heading, a line of nothing but words in round brackets, often in italics,
tells whoever fills it in what to write: the value the place asks for ("(Name and role of
whoever signs.)"), the questions its answer must settle ("(who runs each check, how often)"),
or words to the writer ("(your store's name)"). It gives no order, so ``template_guidance``,
which reads orders, passes over it; it is still the template's, not the seller's.
"""

from __future__ import annotations

from poa import linear
from poa.review.found_slots import Found
from poa.review.template_guidance import FIRST_PERSON, describes

_LONE_NOTE = linear.compile(r"^[ \t]{0,8}([*_]{0,2}\(([^()\n]{3,300})\)[*_]{0,2})[ \t]*$", linear.M)
"""Words in round brackets alone on their line, in italics or not."""
_FIELDS = frozenset({"name", "names", "date", "dates", "role", "title"})
"""Words that name a form's value: "Name and role of …" describes what to write."""
_SAYING = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "can", "must"})


def lone_notes(text: str, found: Found) -> None:
    """Every note in brackets alone on its line that describes what to write there. None
    says "we"; like every scan of a template's guidance, it runs only in a template."""
    for note in _LONE_NOTE.finditer(text):
        if found.full:
            return
        if _describes_a_value(note.group(2).strip().rstrip(".").strip()):
            found.add(note.group(1), *note.span(1))


def _describes_a_value(inner: str) -> bool:
    """Whether a bracketed note describes what to write: the questions to settle, a value
    named by a form's word ("Name and role of the person signing"), or words to the writer;
    never a sentence that says something ("(The invoice is attached)") or speaks as "we"."""
    words = [w.lower() for w in linear.findall(r"[A-Za-z']+", inner)]
    if not words or FIRST_PERSON & set(words):
        return False
    if describes(inner):
        return True
    if _SAYING & set(words) or any(c.isdigit() for c in inner):
        return False
    return words[0] in _FIELDS or bool({"you", "your"} & set(words))
