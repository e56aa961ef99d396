"""What the plan reader finds in a written plan: its issues, their parts, its paragraphs,
and what the reader had to assume."""

from __future__ import annotations

from dataclasses import dataclass, field

from poa.review.headings import PARTS

SECTION_KINDS = PARTS
PLAN, COVER_LETTER, EVIDENCE_INDEX = "plan", "cover letter", "evidence index"


@dataclass
class Paragraph:
    number: int
    line: int
    text: str
    is_item: bool


@dataclass
class PlanIssue:
    title: str
    intro: list[Paragraph] = field(default_factory=list)
    sections: dict[str, list[Paragraph]] = field(default_factory=dict)
    order: list[str] = field(default_factory=list)
    mixed: dict[str, str] = field(default_factory=dict)  # section → second part it names
    named: bool = True  # False: opened by a part's heading ("Issue N" is poa's own name)
    # or titled only by a header's field with its value ("Type: Proactive plan")
    line: int = 0  # the line of the heading that opened the issue (0: none)
    plain_parts: bool = False  # its title stands alone over its parts, told with no headings


@dataclass(frozen=True)
class Assumption:
    """A reading the plan's layout did not make certain, and why it was made."""

    line: int
    heading: str
    part: str
    why: str


@dataclass
class Plan:
    text: str
    title: str | None = None
    intro: list[Paragraph] = field(default_factory=list)
    issues: list[PlanIssue] = field(default_factory=list)
    unplaced: list[Paragraph] = field(default_factory=list)
    context: list[Paragraph] = field(default_factory=list)
    closing: list[Paragraph] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    headings: list[str] = field(default_factory=list)
    assumptions: list[Assumption] = field(default_factory=list)
    kind: str = PLAN
    """What the document is: a plan, or a cover letter or evidence index that goes with one
    (the part rules do not apply to those)."""
