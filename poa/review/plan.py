"""A plan written anywhere (.md, .txt, .docx), split into issues and their three sections.

Headings, inline labels ("Root cause:") and numbered lists are recognised; what fits no
section is reported, not guessed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from poa.errors import CaseFileError
from poa.yamldoc import read_text

MAX_PLAN_BYTES = 2 * 1024 * 1024

SECTION_KINDS = ("root_cause", "corrective", "preventive")
_LABELS: dict[str, re.Pattern[str]] = {
    "root_cause": re.compile(
        r"root[- ]?causes?|causes? of the (issue|problem)|why (it|this) happened|what went wrong|"
        r"investigation|analysis|reason for (the )?(violation|issue|suspension|complaints?)|"
        r"what caused", re.I),
    "corrective": re.compile(
        r"corrective|actions? (already )?(taken|completed)|immediate (actions?|remed\w*)|"
        r"steps (we have )?taken to (resolve|fix|correct|address)|what we (have )?(done|fixed)|"
        r"resolution|remed(y|iation)|actions we took", re.I),
    "preventive": re.compile(
        r"preventi\w*|prevent(ing)? (recurrence|future|it)|steps (taken )?to prevent|long[- ]term|"
        r"systemic changes|going forward|future (measures|steps)|controls (now )?in place|"
        r"improvements", re.I),
}  # fmt: skip
_ISSUE = re.compile(r"^(issue|violation|problem|complaint|reason|policy)\b\s*(#?\s*\d+)?", re.I)
_LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)]|\(?[a-z]\))\s+")
_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*$")
_INLINE_LABEL = re.compile(r"^([A-Z][A-Za-z /&-]{2,60}):\s*(.*)$")
_CLOSING = re.compile(r"^(thank|sincerely|regards|kind regards|best regards|signed|yours)\b", re.I)
_ASIDE = re.compile(
    r"^(about (us|our \w+)|background|our (company|business|story)|company (background|profile|"
    r"history)|history|introduction|who we are)\b",
    re.I,
)


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


@dataclass
class Plan:
    text: str
    title: str | None = None
    intro: list[Paragraph] = field(default_factory=list)
    issues: list[PlanIssue] = field(default_factory=list)
    unplaced: list[Paragraph] = field(default_factory=list)
    closing: list[Paragraph] = field(default_factory=list)
    paragraphs: list[Paragraph] = field(default_factory=list)
    headings: int = 0


def read_plan(path: Path) -> str:
    """The plan's text; a .docx becomes Markdown-like lines (headings, list items)."""
    if path.suffix.lower() != ".docx":
        return read_text(path, MAX_PLAN_BYTES, CaseFileError, "plan")
    try:
        return _docx_text(path)
    except FileNotFoundError as err:
        raise CaseFileError(f"{path}: no such file. Check the path.") from err
    except OSError as err:
        raise CaseFileError(f"{path}: cannot be read: {err.strerror or err}") from err


def _docx_text(path: Path) -> str:
    import zipfile

    import docx  # heavy: only for Word files
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(str(path))
    except (zipfile.BadZipFile, KeyError, ValueError, PackageNotFoundError) as err:
        raise CaseFileError(f"{path}: not a Word (.docx) document.") from err
    lines: list[str] = []
    for paragraph in document.paragraphs:
        style = paragraph.style.name if paragraph.style is not None else ""
        text = paragraph.text.strip()
        if not text:
            lines.append("")
        elif style == "Title" or style.startswith("Heading"):
            level = 1 if style == "Title" else 1 + (int(style[-1]) if style[-1].isdigit() else 1)
            lines += ["", "#" * min(level, 6) + " " + text, ""]
        elif style.startswith("List"):
            lines.append(("1. " if "Number" in style else "- ") + text)
        else:
            lines += [text, ""]
    return "\n".join(lines)


def parse_plan(text: str) -> Plan:
    plan = Plan(text=text)
    issue: PlanIssue | None = None
    section: str | None = None
    lost = False  # under a heading that is no issue and no section
    block: list[str] = []
    block_line = 0

    def flush() -> None:
        nonlocal block
        if block:
            _place(plan, issue, section, lost, " ".join(block), block_line, is_item=False)
        block = []

    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        heading = _heading(line)
        if heading is not None:
            flush()
            plan.headings += 1
            kind = _section_kind(heading)
            if kind is not None:
                if issue is None or (kind == "root_cause" and kind in issue.sections):
                    issue = PlanIssue(title=f"Issue {len(plan.issues) + 1}")
                    plan.issues.append(issue)
                section, lost = kind, False
                issue.sections.setdefault(kind, [])
                if kind not in issue.order:
                    issue.order.append(kind)
                rest = _INLINE_LABEL.match(line)
                if rest and rest.group(2):
                    block, block_line = [rest.group(2)], number
            elif _ISSUE.match(heading):
                issue = PlanIssue(title=heading)
                plan.issues.append(issue)
                section, lost = None, False
            elif plan.title is None and not plan.paragraphs:
                plan.title = heading
            elif plan.issues:
                section, lost = None, True
                aside = _INLINE_LABEL.match(line)
                if aside and aside.group(2):  # "About us: ..." is one aside paragraph
                    _place(plan, issue, None, True, aside.group(2), number, is_item=False)
                    lost = False
            continue
        if not line:
            flush()
            continue
        if _LIST_ITEM.match(line):
            flush()
            _place(plan, issue, section, lost, _LIST_ITEM.sub("", line), number, is_item=True)
            continue
        if not block:
            block_line = number
        block.append(line)
    flush()
    return plan


def _heading(line: str) -> str | None:
    if match := _MD_HEADING.match(line):
        return match.group(2)
    label = _INLINE_LABEL.match(line)
    if label and (_section_kind(label.group(1)) or _ISSUE.match(label.group(1))
                  or _ASIDE.match(label.group(1))):  # fmt: skip
        return label.group(1) if label.group(2) else line.rstrip(":")
    words = line.rstrip(":").split()
    if line.endswith(":") and 0 < len(words) <= 8:
        return line.rstrip(":")
    return None


def _section_kind(heading: str) -> str | None:
    for kind, pattern in _LABELS.items():
        if pattern.search(heading):
            return kind
    return None


def _place(plan: Plan, issue: PlanIssue | None, section: str | None, lost: bool, text: str,
           line: int, *, is_item: bool) -> None:  # fmt: skip
    paragraph = Paragraph(len(plan.paragraphs) + 1, line, text, is_item)
    plan.paragraphs.append(paragraph)
    if lost:
        plan.unplaced.append(paragraph)
    elif issue is not None and section is not None:
        issue.sections[section].append(paragraph)
    elif issue is not None and not issue.sections:
        issue.intro.append(paragraph)
    elif not plan.issues:
        plan.intro.append(paragraph)
    elif _CLOSING.match(text) or len(text.split()) <= 12:  # thanks, signature, date
        plan.closing.append(paragraph)
    else:
        plan.unplaced.append(paragraph)
