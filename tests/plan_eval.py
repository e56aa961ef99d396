"""Scoring the review against graded plans written by people who never saw it (shared by the
tests and make bench).

tests/fixtures/review/corpus/dev/ was written before the structure reader and used to build it;
tests/fixtures/review/corpus/heldout/ was written after it was finished and is never tuned on.
Each plan (.txt, .md, .docx, .pdf) has a NAME.meta.yaml: marketplace, layout, grade (strong,
mediocre, weak, unfilled), quality 1-10, its issues with the parts each really has, and the
placeholders left in it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from poa.review import review
from poa.review.findings import Report

CORPUS = Path(__file__).resolve().parent / "fixtures" / "review" / "corpus"
DEV = CORPUS / "dev"
HELD_OUT = CORPUS / "heldout"
GRADES = ("unfilled", "weak", "mediocre", "strong")


@dataclass
class Graded:
    path: Path
    meta: dict[str, Any]
    report: Report

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def has_all_parts(self) -> bool:
        issues = self.meta.get("issues") or []
        return bool(issues) and all(
            {"root_cause", "corrective", "preventive"} <= set(i.get("parts") or []) for i in issues
        )


@dataclass
class Figures:
    plans: int = 0
    structure_ok: int = 0  # of plans with all three parts: no structure error
    structure_total: int = 0
    structure_misses: list[str] = field(default_factory=list)
    placeholders_found: int = 0
    placeholders_total: int = 0
    placeholder_misses: list[str] = field(default_factory=list)
    unfilled_flagged: int = 0
    unfilled_total: int = 0
    false_placeholders: list[str] = field(default_factory=list)
    spearman: float = 0.0
    strong_above_weak: bool = False
    overlaps: list[str] = field(default_factory=list)
    strong_with_errors: list[str] = field(default_factory=list)
    ready_unfilled: list[str] = field(default_factory=list)

    @property
    def structure_rate(self) -> float:
        return self.structure_ok / max(1, self.structure_total)

    @property
    def placeholder_recall(self) -> float:
        return self.placeholders_found / max(1, self.placeholders_total)


def corpus(folder: Path) -> list[tuple[Path, dict[str, Any]]]:
    found = []
    for meta in sorted(folder.rglob("*.meta.yaml")):
        stem = meta.name.removesuffix(".meta.yaml")
        plan = next(p for p in meta.parent.glob(stem + ".*") if not p.name.endswith(".yaml"))
        found.append((plan, YAML(typ="safe").load(meta.read_text(encoding="utf-8"))))
    return found


def grade_all(folder: Path) -> list[Graded]:
    return [Graded(plan, meta, review(plan)) for plan, meta in corpus(folder)]


def _slots_found(report: Report) -> list[str]:
    return [
        _normal(slot)
        for f in report.findings
        if f.rule == "X3"
        for slot in (f.excerpt or "").split(" · ")
    ]


def _normal(text: str) -> str:
    return " ".join(text.replace("**", "").split()).lower()


def figures(graded: list[Graded]) -> Figures:
    out = Figures(plans=len(graded))
    for plan in graded:
        structure = [f for f in plan.report.findings if f.rule == "S1" and f.severity == "error"]
        if plan.has_all_parts and plan.meta["grade"] != "unfilled":
            out.structure_total += 1
            if structure:
                out.structure_misses.append(f"{plan.name}: {structure[0].message}")
            else:
                out.structure_ok += 1
        found = _slots_found(plan.report)
        if plan.meta["grade"] == "unfilled":
            out.unfilled_total += 1
            out.unfilled_flagged += bool(found)
            if plan.report.ready:
                out.ready_unfilled.append(plan.name)
            for placeholder in plan.meta.get("placeholders") or []:
                out.placeholders_total += 1
                wanted = _normal(str(placeholder))
                if any(slot and (slot in wanted or wanted in slot) for slot in found):
                    out.placeholders_found += 1
                else:
                    out.placeholder_misses.append(f"{plan.name}: {placeholder}")
        else:  # a slot in a filled plan is false unless the writer left it there
            listed = [_normal(str(p)) for p in plan.meta.get("placeholders") or []]
            false = [
                slot
                for slot in found
                if not any(slot in wanted or wanted in slot for wanted in listed)
            ]
            if false:
                out.false_placeholders.append(f"{plan.name}: {false[:4]}")
        if plan.meta["grade"] == "strong" and plan.report.errors:
            out.strong_with_errors.append(
                f"{plan.name}: "
                + "; ".join(f"{f.rule} {f.message[:70]}" for f in plan.report.errors)
            )
    ranks = [_grade_rank(p.meta) for p in graded]
    scores = [float(p.report.score) for p in graded]
    out.spearman = spearman(scores, ranks)
    strong = [p for p in graded if p.meta["grade"] == "strong"]
    weak = [p for p in graded if p.meta["grade"] in ("weak", "unfilled")]
    low_strong = min((p.report.score for p in strong), default=100)
    high_weak = max((p.report.score for p in weak), default=0)
    out.strong_above_weak = low_strong > high_weak
    out.overlaps = [
        f"{w.name} ({w.report.score}) >= {s.name} ({s.report.score})"
        for s in strong
        for w in weak
        if w.report.score >= s.report.score
    ]
    return out


def _grade_rank(meta: dict[str, Any]) -> float:
    """The graders' order: the grade first, then their 1-10 quality inside it."""
    return GRADES.index(meta["grade"]) * 10 + float(meta.get("quality") or 5)


def _ranks(values: list[float]) -> list[float]:
    order = sorted(range(len(values)), key=lambda i: values[i])
    ranks = [0.0] * len(values)
    i = 0
    while i < len(order):
        j = i
        while j + 1 < len(order) and values[order[j + 1]] == values[order[i]]:
            j += 1
        for k in range(i, j + 1):
            ranks[order[k]] = (i + j) / 2 + 1
        i = j + 1
    return ranks


def spearman(xs: list[float], ys: list[float]) -> float:
    """Spearman's rank correlation (ties share their mean rank)."""
    rx, ry = _ranks(xs), _ranks(ys)
    n = len(xs)
    if n < 2:
        return 0.0
    mx, my = sum(rx) / n, sum(ry) / n
    cov = sum((a - mx) * (b - my) for a, b in zip(rx, ry, strict=True))
    vx = sum((a - mx) ** 2 for a in rx) ** 0.5
    vy = sum((b - my) ** 2 for b in ry) ** 0.5
    return cov / (vx * vy) if vx and vy else 0.0


def summary(name: str, fig: Figures) -> str:
    return (
        f"{name}: {fig.plans} plans · structure {fig.structure_ok}/{fig.structure_total} "
        f"({fig.structure_rate:.0%}) · placeholders {fig.placeholders_found}/"
        f"{fig.placeholders_total} ({fig.placeholder_recall:.0%}), unfilled plans flagged "
        f"{fig.unfilled_flagged}/{fig.unfilled_total} · Spearman {fig.spearman:.2f} · "
        f"strong above weak: {'yes' if fig.strong_above_weak else 'no'}"
    )


def show(path: Path) -> None:
    """How the reader split one plan (for looking at a miss)."""
    from poa.review.plan import parse_plan
    from poa.review.plan_text import read_plan

    plan = parse_plan(read_plan(path))
    print("title:", plan.title, "| headings:", plan.headings)
    for issue in plan.issues:
        print("ISSUE", issue.title, issue.order, "mixed", issue.mixed, "intro", len(issue.intro))
        for kind, paragraphs in issue.sections.items():
            for p in paragraphs:
                print(f"   {kind[:4]} {p.line:4d} {p.text[:90]}")
    for name in ("intro", "context", "unplaced", "closing"):
        for p in getattr(plan, name):
            print(f"{name[:5]:5s} {p.line:4d} {p.text[:90]}")
    for a in plan.assumptions:
        print("ASSUMED", a)


if __name__ == "__main__":
    import sys

    if len(sys.argv) > 2 and sys.argv[1] == "--show":
        show(Path(sys.argv[2]))
        raise SystemExit(0)
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else DEV
    graded = grade_all(folder)
    fig = figures(graded)
    for plan in sorted(graded, key=lambda p: -p.report.score):
        counts = {
            s: sum(f.severity == s for f in plan.report.findings)
            for s in ("error", "warning", "info")
        }
        rules = " ".join(sorted({f.rule for f in plan.report.findings if f.severity != "info"}))
        print(
            f"{plan.report.score:4d} {'R' if plan.report.ready else '-'} "
            f"{plan.meta['grade']:9s} {plan.meta.get('quality')!s:3s} {plan.name:55s} "
            f"e{counts['error']} w{counts['warning']} i{counts['info']} {rules}"
        )
    print("\n".join(["structure misses:", *fig.structure_misses]))
    print("\n".join(["placeholder misses:", *fig.placeholder_misses]))
    print("\n".join(["false placeholders:", *fig.false_placeholders]))
    print("\n".join(["strong with errors:", *fig.strong_with_errors]))
    print("\n".join(["overlaps:", *fig.overlaps[:20]]))
    print(summary(folder.name, fig))
