"""Every error poa raises on purpose, and the exit code each one maps to.

The command line is the one place that turns these into a message and an exit code
(``poa.cli``); nothing here prints.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_BAD_INPUT = 2
EXIT_INTERRUPTED = 130


def loc_text(loc: tuple[str | int, ...]) -> str:
    """``("issues", 0, "title")`` → ``issues[0].title``: a field path as a reader writes it."""
    out = ""
    for part in loc:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else part)
    return out


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a case, located as precisely as we can.

    ``loc`` is the path to the field (``("issues", 0, "root_causes")``); ``line`` is the
    1-based line in the case file when the case came from a file.
    """

    loc: tuple[str | int, ...]
    message: str
    line: int | None = None

    @property
    def path(self) -> str:
        """``issues[0].corrective_actions[1].completed_on``: the loc as a reader writes it."""
        return loc_text(self.loc) or "(top level)"

    def format(self, filename: str | None = None) -> str:
        where = ""
        if filename is not None:
            where = f"{filename}:{self.line}: " if self.line else f"{filename}: "
        return f"{where}{self.path}: {self.message}"


class PoaError(Exception):
    """Base of every error poa raises for bad input or an impossible request.

    ``exit_code`` is what the command line exits with; ``str(error)`` is the whole message a
    user sees, naming the fix.
    """

    exit_code = EXIT_BAD_INPUT


class UsageError(PoaError):
    """The command was called with options that cannot work together."""


class CaseFileError(PoaError):
    """A case file could not be read: missing, not text, not YAML, or not a mapping."""


class CaseConflictError(CaseFileError):
    """The case file changed on disk after it was read: saving would lose the other writer's
    work, so nothing was overwritten and this session's version was kept beside it."""


class CaseLockedError(CaseFileError):
    """Another poa command holds the case file for writing (an interview holds it while it
    runs); this one stopped before changing anything."""


class ProblemsError(PoaError):
    """A file was read but its content breaks its model; holds every problem, each located."""

    def __init__(self, problems: Sequence[Problem], filename: str | None = None) -> None:
        self.problems = list(problems)
        self.filename = filename
        count = len(self.problems)
        head = f"{filename or 'The input'} has {count} problem{'s' if count != 1 else ''}:"
        lines = [head, *("  " + p.format(filename) for p in self.problems)]
        super().__init__("\n".join(lines))


class CaseValidationError(ProblemsError):
    """A case file breaks the Case model or its cross-field rules."""


class BankError(PoaError):
    """A question bank is missing, or a bank folder cannot be used."""


class BankValidationError(ProblemsError):
    """A question bank (or thresholds / marketplaces file) breaks the bank schema."""


class SchemaVersionError(CaseFileError):
    """The case file was written for a newer (or unknown) case format."""


class TemplateError(PoaError):
    """A template is missing, has a syntax error or uses a variable the case does not have."""


class TemplateLimitError(TemplateError):
    """A template ran too long or built too much (a loop inside a loop, a huge repeat)."""


class OutputError(PoaError):
    """An output file or folder could not be written."""


class RenderError(PoaError):
    """A document could not be produced from a valid case (e.g. a system library is missing)."""


class ReportError(PoaError):
    """A marketplace report (a metrics or orders file) could not be read: not a file, not a
    format poa recognises, or lacking a column a metric needs. The message names the file,
    what was looked for and which marketplace report has it."""


class NotReadyError(PoaError):
    """The review found errors in the case, so its documents were not rendered as final."""

    exit_code = EXIT_FINDINGS


class Interrupted(PoaError):  # noqa: N818 - named for what happened, like KeyboardInterrupt
    """The user pressed Ctrl-C; answers given so far are already saved."""

    exit_code = EXIT_INTERRUPTED


class ImageError(PoaError):
    """An image a document embeds (the logo, a picture a stylesheet uses) is unreadable, too
    large on disk or has too many pixels to decode."""


class PoaWarning(UserWarning):
    """Something poa left out or changed and went on: the command line prints each one as
    ``poa: warning: …``; a library caller sees them as Python warnings."""
