"""What a review finds, and the score it gives."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
SEVERITIES: tuple[Severity, ...] = ("error", "warning", "info")


@dataclass(frozen=True, kw_only=True)
class Finding:
    """One thing a reviewer would hold against the plan, and how to fix it.

    Made with keywords only: seven strings in a row are too easy to put in the wrong order.
    The review's own rules make theirs through ``checks.Check.finding`` or, for a sentence
    rule, ``text_rules.finding_for``.

    ``location`` is a field path (``issues[0].root_causes[1].description``) for a case file,
    or ``paragraph 4`` for a written plan; ``line`` is the line in the file when known.
    """

    rule: str
    severity: Severity
    area: str
    location: str
    message: str
    fix: str
    source: str
    line: int | None = None
    example: str | None = None
    excerpt: str | None = None

    def as_json(self) -> dict[str, Any]:
        return {key: value for key, value in asdict(self).items() if value is not None}


@dataclass
class Report:
    """The findings of one review, most serious first, and the score."""

    source: str
    kind: Literal["case", "plan"]
    findings: list[Finding] = field(default_factory=list)
    score: int = 100
    areas: dict[str, int] = field(default_factory=dict)
    unplaced: list[str] = field(default_factory=list)
    document: str | None = None  # a written plan's kind: plan, cover letter, evidence index

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def ready(self) -> bool:
        """The verdict: no error-severity finding, so the plan can be sent as it is."""
        return not self.errors

    def as_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "kind": self.kind,
            "score": self.score,
            "ready": self.ready,
            "areas": self.areas,
            "counts": {s: sum(f.severity == s for f in self.findings) for s in SEVERITIES},
            "findings": [f.as_json() for f in self.findings],
            "unplaced": self.unplaced,
            **({"document": self.document} if self.document else {}),
        }
