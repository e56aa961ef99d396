"""The rules the review applies by code rather than by sentence patterns (structure, counts,
dates, evidence, length), each stated once: its id, the severity and area it usually has, and
the keys of the domain research it rests on (§2.2). A finding is made from its rule, so none
can mix up which string is which.

The sentence rules are ``rules.SENTENCE_RULES``; what a user reads about every rule is in
``catalog``, whose sources replace the research keys in what ``poa check`` prints.
"""

from __future__ import annotations

from dataclasses import dataclass

from poa.review.findings import Finding, Severity


@dataclass(frozen=True, kw_only=True)
class Check:
    """One rule applied by code; its findings say what was found where, and how to fix it."""

    id: str
    severity: Severity
    area: str
    source: str

    def finding(
        self,
        *,
        location: str,
        message: str,
        fix: str,
        severity: Severity | None = None,
        area: str | None = None,
        line: int | None = None,
        excerpt: str | None = None,
    ) -> Finding:
        """A finding of this rule; ``severity`` and ``area`` when they differ from its usual."""
        return Finding(
            rule=self.id,
            severity=severity or self.severity,
            area=area or self.area,
            location=location,
            message=message,
            fix=fix,
            source=self.source,
            line=line,
            excerpt=excerpt,
        )


S1 = Check(id="S1", severity="error", area="structure", source="A1, A35, T7")
S2 = Check(id="S2", severity="error", area="structure", source="A1, A35, T-seller-forum")
S3 = Check(id="S3", severity="warning", area="structure", source="G3, T25")
S4 = Check(id="S4", severity="warning", area="structure", source="T4, T5, T11, G3")
T6 = Check(id="T6", severity="warning", area="tone", source="T2, T4, G3")
T7 = Check(id="T7", severity="info", area="tone", source="G3, T22")
R3 = Check(id="R3", severity="warning", area="root_cause", source="T9, T24, G3")
R4 = Check(id="R4", severity="warning", area="root_cause", source="T8")
C2 = Check(id="C2", severity="warning", area="corrective", source="T9, G3, G5")
C3 = Check(id="C3", severity="warning", area="corrective", source="T11, T8")
P2 = Check(id="P2", severity="warning", area="preventive", source="T23, G3")
P3 = Check(id="P3", severity="warning", area="preventive", source="G3, A30")
P4 = Check(id="P4", severity="warning", area="preventive", source="T16")
P5 = Check(id="P5", severity="warning", area="preventive", source="T6, T2")
P6 = Check(id="P6", severity="warning", area="preventive", source="T7, G5, G3")
E1 = Check(id="E1", severity="error", area="evidence", source="A1, A14")
E2 = Check(id="E2", severity="error", area="evidence", source="A14, A15, W5")
E5 = Check(id="E5", severity="info", area="evidence", source="A1")
E6 = Check(id="E6", severity="warning", area="evidence", source="A1")
E7 = Check(id="E7", severity="error", area="evidence", source="A1")
L1 = Check(id="L1", severity="warning", area="length", source="K11, G3, T15, A34")
X1 = Check(id="X1", severity="warning", area="structure", source="T20, T21")
X2 = Check(id="X2", severity="warning", area="structure", source="T9, T19")
X3 = Check(id="X3", severity="error", area="structure", source="T9, T19")
X4 = Check(id="X4", severity="error", area="structure", source="T20, T21")
U1 = Check(id="U1", severity="info", area="structure", source="A1")
U2 = Check(id="U2", severity="info", area="structure", source="A1")

CHECKS: tuple[Check, ...] = (
    *(S1, S2, S3, S4, T6, T7, R3, R4, C2, C3, P2, P3, P4, P5, P6),
    *(E1, E2, E5, E6, E7, L1, X1, X2, X3, X4, U1, U2),
)
