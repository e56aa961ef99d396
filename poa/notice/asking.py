"""Where a notice names a reason inside a yes-or-no question: it asks, it finds nothing.

A question put to the seller or by the seller ("Have you received other notices (metrics,
counterfeit, prohibited items)?", "Is this a counterfeit claim?") names kinds of matters to
ask about them: an intake form's question, a chat's query. What the notice cites it says as a
statement ("we found counterfeit items"), not as a question opened by a verb and closed by
a question mark.
"""

from __future__ import annotations

from poa.notice.matching import REACH, NoticeText

_OPENERS = frozenset(
    {
        *("is", "are", "was", "were", "have", "has", "had", "do", "does", "did"),
        *("can", "could", "will", "would", "should"),
    }
)
"""The verbs that open a question to be answered yes or no."""
_CLOSERS = " \t)]\"'\u201d"
"""What may stand between a question's last word and its question mark."""


def in_yes_no_question(notice: NoticeText, span: tuple[int, int]) -> bool:
    """Whether a cue stands in a sentence of at most a few dozen words that opens with a verb
    and ends with a question mark: a yes-or-no question, not a finding."""
    words, sentence = notice.words, notice.words[span[0]].sentence
    first, last = notice.sentence_bounds(span, 2 * REACH)
    opened = first == 0 or words[first - 1].sentence != sentence
    closed = last + 1 == len(words) or words[last + 1].sentence != sentence
    if not (opened and closed) or words[first].word not in _OPENERS:
        return False
    end = words[last].end
    after = notice.lower[end : end + 4].lstrip(_CLOSERS)
    return after.startswith("?")
