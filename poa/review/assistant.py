"""Text where an assistant talks to the person it wrote for, left in a plan pasted from a chatbot.

A plan speaks to the marketplace in the seller's voice ("we", "our", "my"). A chatbot's answer
wraps the plan in lines of its own, spoken to the seller about the text it wrote for them:

- **it hands the text over**: "Below is", "Here's", "I've drafted" … a plan, letter or draft,
  and the seller is the "you" who will do something with it ("you can submit to Etsy", "for
  you", "your appeal");
- **it offers to write more**: "Would you like me to …?", "Shall I …?", "Let me know if you'd
  like …", "I can also …", about the text itself: its length, tone or detail, a version,
  tailoring it ("make this more detailed", "a shorter version");
- **it leaves the text to be edited**: "Feel free to adjust …", "Be sure to customize …", with
  what is to be changed (the brackets, sections, details, tone).

What sets these lines apart is who speaks to whom about what: an "I" (or no one) to a "you" who
is the seller, about the text. A seller never hands over the plan as someone else's ("Below is
the timeline of our fixes" is the seller's), and a seller's offer to the marketplace is about
the case, not the wording ("Would you like us to send the invoices?").

Everything here is a scan with ``str`` methods over one line: linear in the text.
"""

from __future__ import annotations

_SELLER = frozenset({"we", "our", "us", "ours", "we've", "we're", "we'll", "my", "mine"})
"""The seller's own voice. An assistant says "I" and "me", never "we", and never owns the plan."""
_HANDING = (
    "below is", "below are", "below you'll find", "below you will find", "here is", "here's",
    "here are", "the following is", "i've drafted", "i have drafted", "i've written",
    "i have written", "i've put together", "i have put together", "i've prepared",
    "i have prepared", "i've created", "i have created", "i've revised", "i have revised",
)  # fmt: skip
"""How a handover opens: the text is put in front of the one it was written for."""
_TEXTS = frozenset({
    "plan", "poa", "letter", "draft", "appeal", "version", "template", "response", "message",
    "email", "outline", "statement", "example", "sample",
})  # fmt: skip
"""What is handed over: a text, by its kind."""
_USES = frozenset({
    "submit", "send", "use", "copy", "paste", "adapt", "customize", "customise", "edit",
    "adjust", "tailor", "fill", "personalize", "personalise", "modify", "tweak",
})  # fmt: skip
"""What the seller is to do with the text handed over."""
_THEIRS = frozenset({
    "appeal", "poa", "plan", "letter", "shop", "store", "account", "suspension", "situation",
    "draft", "specific", "own",
})  # fmt: skip
"""What "your" owns in a handover: the seller's appeal, shop or situation — not the
marketplace's review, team or policy, which is whom a seller's "your" speaks to."""
_OFFERS = (
    "would you like me to", "do you want me to", "want me to", "shall i", "should i",
    "i can also", "i could also", "i can make", "i can tailor", "i can adjust", "i can help",
    "let me know if you'd like", "let me know if you would like", "let me know if you want",
    "let me know if you need", "if you'd like, i", "if you like, i", "if you want, i",
)  # fmt: skip
"""How an offer to do more opens: the assistant as the one who would do it."""
_EDITS = frozenset({
    "tailor", "tailored", "customize", "customise", "customized", "personalize", "personalise",
    "adjust", "adjustments", "rewrite", "revise", "revision", "revisions", "edit", "edits",
    "expand", "shorten", "shorter", "longer", "detailed", "concise", "formal", "tone",
    "version", "tweak", "tweaks", "changes", "polish", "format", "reword", "rephrase",
})  # fmt: skip
"""What an offer or a permission is about: rewriting the text, its length, tone or detail."""
_LEAVING = ("feel free to", "be sure to", "make sure to", "don't forget to", "remember to")
"""How the text is left to the seller: a permission or a reminder to change it."""
_CHANGED = frozenset({
    "bracketed", "brackets", "bracket", "placeholders", "placeholder", "sections", "section",
    "details", "fields", "tone", "wording", "names", "dates", "numbers",
})  # fmt: skip
"""What of the text a permission leaves to be changed."""


def _words(sentence: str) -> list[str]:
    return [w.strip(".,:;!?()[]\"'“”‘’*-–—").replace("’", "'") for w in sentence.lower().split()]


def _sentences(line: str) -> list[str]:
    pieces, start = [], 0
    for index, char in enumerate(line):
        if char in ".!?" and (index + 1 == len(line) or line[index + 1] == " "):
            pieces.append(line[start : index + 1].strip())
            start = index + 1
    pieces.append(line[start:].strip())
    return [p for p in pieces if p]


def to_the_seller(line: str) -> bool:
    """Whether ``line`` is a chatbot talking to the seller it wrote for (see the module)."""
    words = set(_words(line))
    if words & _SELLER:
        return False
    return any(
        _handover(sentence) or _offer(sentence) or _leaving(sentence)
        for sentence in _sentences(line.replace("’", "'"))
    )


def _opens(sentence: str, openings: tuple[str, ...]) -> bool:
    lower = " ".join(sentence.lower().split())
    lower = lower.lstrip("*_>#-–—•‣ ")
    return lower.startswith(openings)


def _handover(sentence: str) -> bool:
    """ "Below is a plan of action you can submit to Etsy": a text, and the "you" who uses it."""
    if not _opens(sentence, _HANDING):
        return False
    words = _words(sentence)
    if not _TEXTS & set(words):
        return False
    for index, word in enumerate(words):
        near = set(words[index + 1 : index + 4])
        if word == "you" and (near & _USES or (index > 0 and words[index - 1] == "for")):
            return True
        if word == "your" and set(words[index + 1 : index + 3]) & _THEIRS:
            return True  # "your appeal", "your Etsy shop"
    return False


def _offer(sentence: str) -> bool:
    """ "Would you like me to make this more detailed?": more writing, offered by "me"."""
    return _opens(sentence, _OFFERS) and bool(_EDITS & set(_words(sentence)))


def _leaving(sentence: str) -> bool:
    """ "Feel free to adjust the tone", "Be sure to customize the bracketed sections"."""
    return (
        _opens(sentence, _LEAVING)
        and bool(_CHANGED & set(_words(sentence)))
        and bool((_EDITS | _USES) & set(_words(sentence)))
    )
