"""Who runs a preventive measure: a role named as its owner, not a headcount."""

from __future__ import annotations

from poa import linear

_OWNER = linear.compile(
    r"\b(manager|lead|leader|owner|officer|supervisor|coordinator|director|head of|team|staff|"
    r"clerk|specialist|assistant|founder|ceo|coo|responsible|accountable|administrator|"
    r"associate|agent|department|packers?|buyer|controller|analyst)\b",
    linear.I,
)
_HEADCOUNT = linear.compile(r"\b(enough|extra|more|additional|temporary|seasonal)\s+$", linear.I)
"""Words that count people ("enough staff", "extra packers"): how many work, not who owns."""


def names_an_owner(text: str) -> bool:
    """Whether the measures in ``text`` name who runs them: a role ("the shipping lead", "our
    returns team"). People counted as a resource ("make sure we have enough staff", "more
    packers at peak") are capacity, and own nothing a reviewer could hold to account.

    >>> names_an_owner("The warehouse lead checks the queue every day.")
    True
    >>> names_an_owner("We will make sure we have enough staff for every campaign.")
    False
    """
    return any(
        not _HEADCOUNT.search(text[max(0, found.start() - 30) : found.start()])
        for found in _OWNER.finditer(text)
    )
