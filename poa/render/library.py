"""The template library: where templates live and the Jinja environment that renders them."""

from __future__ import annotations

import os
import re
import traceback
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from functools import cache
from pathlib import Path
from typing import Any, Literal

import jinja2
from jinja2.exceptions import SecurityError
from jinja2.loaders import split_template_path
from markupsafe import Markup

from poa.common import data_dir, long_date, short_date
from poa.errors import TemplateError
from poa.fsutil import digest_limited, read_text
from poa.model import CADENCE_LABELS, EVIDENCE_KIND_LABELS, MARKETPLACE_LABELS
from poa.render.budget import BudgetedEnvironment, render_within_budget
from poa.render.escape import md_escape, visible


def templates_dir() -> Path:
    return data_dir("templates")


# A full stop ends a sentence when a capital, a digit or a quote follows it, unless it closes
# a short abbreviation ("e.g.", "No.", "approx."), an initial ("J. Smith") or the number of a
# list item at the start of a line ("1. Shipped ...").
_ABBREVIATIONS = frozenset({"e.g", "i.e", "etc", "vs", "no", "nos", "approx", "incl", "ca"})
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'“(]?[A-Z0-9])")


def sentence_ends(text: str) -> list[int]:
    """Where each sentence of ``text`` ends (offsets into it), the end of the text last.

    >>> text = "Stock ran out, e.g. on Prime Day. Counts are weekly."
    >>> [text[:end] for end in sentence_ends(text)]
    ['Stock ran out, e.g. on Prime Day.', 'Stock ran out, e.g. on Prime Day. Counts are weekly.']
    """
    ends = []
    for found in _SENTENCE_END.finditer(text):
        end = found.start()
        if text[end - 1 : end] != ".":
            ends.append(end)
            continue
        # The word the full stop ends, found by stepping back over it: each word is stepped
        # over once (a search of all the text before each end made 'E.g. ' x 10,000 in a case
        # take 14 s).
        start = end
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        word = text[start:end].rstrip(".").lower()
        line_start = start == 0 or text[start - 1] == "\n"
        if word in _ABBREVIATIONS or (len(word) == 1 and word.isalpha()):
            continue  # an abbreviation or an initial
        if word.isdigit() and line_start:
            continue  # the number of a list item
        ends.append(found.start())
    ends.append(len(text))
    return ends


def first_sentence(text: str) -> str:
    """The first sentence of ``text``, whole, on one line (a field's lead in a short box).

    >>> first_sentence("Stock ran out on busy days, e.g. Prime Day. Counts were weekly.")
    'Stock ran out on busy days, e.g. Prime Day.'
    >>> first_sentence("One sentence only")
    'One sentence only'
    """
    text = " ".join(str(text).split())
    return text[: sentence_ends(text)[0]]


# A parenthesised list of the project's source keys (K11; E7, E8; K10, T-chwang): traceability
# for template authors, noise in a seller's document.
_KEY = r"(?:[A-Z]\d{1,2}|T-[a-z]+)"
_SOURCE_KEYS = re.compile(rf"\s*\({_KEY}(?:,\s*{_KEY})*\)")


def without_sources(text: str) -> str:
    """``text`` without its source keys.

    >>> without_sources("reported to hold 500 (K11). Three parts (K10, T-chwang).")
    'reported to hold 500. Three parts.'
    """
    return _SOURCE_KEYS.sub("", str(text))


_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]


def in_words(number: int) -> str:
    """A small count as a word, the way a letter writes it (``2`` → ``two``); 11 up in digits."""
    return _WORDS[number] if 0 <= number < len(_WORDS) else f"{number:,}"


def _label(table: dict[str, str]) -> Any:
    return lambda key: table.get(str(key), str(key))


class LibraryLoader(jinja2.BaseLoader):
    """Finds ``NAME`` (or ``NAME.md.j2``) along the search path; ``default:NAME`` in the built-in
    library only, so a user's ``poa`` template can extend the ``poa`` it replaces."""

    def __init__(self, folders: Sequence[str]) -> None:
        self.folders = [Path(f) for f in folders]
        self.builtin = templates_dir()

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        folders = self.folders
        name = template
        if template.startswith(DEFAULT_PREFIX):
            folders, name = [self.builtin], template[len(DEFAULT_PREFIX) :]
        pieces = split_template_path(name)  # refuses "..": nothing outside the folders
        for folder in folders:
            for suffix in ("", ".md.j2", ".txt.j2"):
                path = folder.joinpath(*pieces[:-1], pieces[-1] + suffix)
                # Anything there but a folder is read (through the gate, which refuses a
                # device or a pipe by name) rather than passed over as "not found".
                if path.exists() and not path.is_dir():
                    return _source(path)
        raise jinja2.TemplateNotFound(template)


DEFAULT_PREFIX = "default:"


MAX_TEMPLATE_BYTES = 1024 * 1024
"""A template is a page or two of text; the built-in ones are under 20 KB."""
MAX_REFERENCE_BYTES = 10 * 1024 * 1024
"""A reference.docx is styles and perhaps a header picture: poa's own is 10 KB."""
MAX_REFERENCE_UNPACKED = 64 * 1024 * 1024
"""What its parts may unpack to (the same bound as a Word plan's)."""


def _source(path: Path) -> tuple[str, str, Callable[[], bool]]:
    # Jinja's own FileSystemLoader would open the file itself: this one reads through the gate.
    text = read_text(path, MAX_TEMPLATE_BYTES, TemplateError, "template")
    mtime = path.stat().st_mtime
    return text, str(path), lambda: path.is_file() and path.stat().st_mtime == mtime


def _plain(value: Any) -> Any:
    if value is None:
        return ""
    return visible(value) if isinstance(value, str) else value


Syntax = Literal["markdown", "text"]
"""What a template writes: Markdown (poa's documents; every value escaped) or plain text (the
paste text of a channel's form fields; values as they are)."""


@cache
def environment(folders: Sequence[str] = (), syntax: Syntax = "markdown") -> jinja2.Environment:
    """The Jinja environment over ``folders`` (the search path; the built-in library if empty).

    Sandboxed and strict about undefined names for every template, the built-in ones too.
    Markdown templates escape every value (``finalize``); plain-text ones (channel fields)
    don't.
    """
    text = syntax == "text"
    env = BudgetedEnvironment(
        loader=LibraryLoader(folders or (str(templates_dir()),)),
        undefined=jinja2.StrictUndefined,
        finalize=_plain if text else md_escape,
        autoescape=False,  # escaping is Markdown escaping, done by finalize
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        bytecode_cache=_compiled_cache(syntax),
    )
    env.filters["long_date"] = long_date
    env.filters["short_date"] = short_date
    env.filters["cadence"] = _label(CADENCE_LABELS)
    env.filters["evidence_kind"] = _label(EVIDENCE_KIND_LABELS)
    env.filters["marketplace"] = _label(MARKETPLACE_LABELS)
    env.filters["first_sentence"] = first_sentence
    env.filters["without_sources"] = without_sources
    env.filters["in_words"] = in_words
    env.globals["br"] = "\n" if text else Markup("  \n")  # a line break inside a paragraph
    env.metered_filters()
    return env


_COMPILE_SOURCES = ("render/budget.py", "render/library.py")
"""The modules whose code decides what a template compiles to (the budget's rewriting of it and
the environment's options): a change to them makes a new folder of compiled templates."""


def _compiled_cache(syntax: Syntax) -> jinja2.BytecodeCache | None:
    """Templates already compiled, kept in poa's cache folder (``templates/<syntax>-<hash>``).

    Jinja names each entry by the template's name and file and checks it against a hash of the
    template's text, so an edited template is compiled again; the folder's name holds a hash
    of the modules that decide the compiled code. Entries are compiled Python, so the folder
    is used only where it is the user's own and no one else may write to it (as Python does
    with its own caches); anywhere else, and wherever it cannot be made, nothing is kept.
    """
    import hashlib

    from poa.workspace import cache_folder

    if os.name != "posix":
        return None
    package = Path(__file__).parent.parent
    digest = hashlib.sha256()
    for name in _COMPILE_SOURCES:
        try:
            source = digest_limited(package / name, MAX_TEMPLATE_BYTES, TemplateError, "module")
        except TemplateError:  # a build without sources: nothing is kept
            return None
        digest.update(source.encode())
    folder = cache_folder(os.environ) / "templates" / f"{syntax}-{digest.hexdigest()[:16]}"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        status = folder.stat()
    except OSError:
        return None
    if status.st_uid != os.getuid() or status.st_mode & 0o022:
        return None
    return _CompiledTemplates(str(folder))


class _CompiledTemplates(jinja2.FileSystemBytecodeCache):
    """Jinja's folder of compiled templates, where an entry that cannot be read is a miss:
    Jinja lets a truncated one's unpickling error through, which would fail the render."""

    def load_bytecode(self, bucket: jinja2.bccache.Bucket) -> None:
        try:
            super().load_bytecode(bucket)
        except Exception:  # whatever is wrong with an entry, the template is compiled again
            bucket.reset()


def render_template(
    name: str, folders: Sequence[str] = (), syntax: Syntax = "markdown", **context: Any
) -> str:
    """Render one template of the library; every failure is a TemplateError naming file:line."""
    with template_errors(name):
        template = environment(tuple(folders), syntax).get_template(name)
        return render_within_budget(template, name, context)


@contextmanager
def template_errors(name: str) -> Iterator[None]:
    """Turn what Jinja raises while loading or running ``name`` into a TemplateError."""
    try:
        yield
    except jinja2.TemplateNotFound as err:
        raise TemplateError(
            f"Template {err.name!r} not found (used by {name!r}). "
            "See the templates there are with: poa templates list"
        ) from err
    except jinja2.TemplateSyntaxError as err:
        raise TemplateError(
            f"{err.filename}:{err.lineno}: template syntax error: {err.message}"
        ) from err
    except SecurityError as err:
        raise TemplateError(
            f"{_where(err, name)}: not allowed in a template: {err}. Templates run sandboxed: "
            "they can use the case and the helpers poa gives them, nothing else."
        ) from err
    except jinja2.UndefinedError as err:
        raise TemplateError(
            f"{_where(err, name)}: the template uses something the case does not have: {err}"
        ) from err
    except TemplateError:
        raise
    except Exception as err:  # a template's own bug, reported where it is
        raise TemplateError(f"{_where(err, name)}: the template failed: {err!r}") from err


def _where(err: BaseException, name: str) -> str:
    """``file:line`` of the template frame where ``err`` happened (Jinja keeps these)."""
    where = name
    for frame, line in traceback.walk_tb(err.__traceback__):
        filename = frame.f_code.co_filename
        if filename.endswith(".j2"):
            where = f"{filename}:{line}"
    return where
