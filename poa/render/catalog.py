"""The template library: which templates exist, what each is for, and which one a case gets.

Every template starts with a metadata header, a Jinja comment that Jinja itself ignores::

    {#- poa-template
    name: poa-walmart
    kind: poa
    marketplaces: [walmart]
    description: The plan shaped as answers to Walmart's case form.
    version: 1
    -#}

Templates are looked up along a search path — ``--templates DIR``, then ``$POA_TEMPLATES``,
then the user's config folder (``~/.config/poa/templates`` on Linux), then the library that
ships with poa. A template in an earlier folder replaces the built-in one of the same name;
``{% extends "default:NAME" %}`` reaches the built-in one from inside the replacement. The
path is settled where the run starts (:class:`poa.workspace.Workspace`); a :class:`Library`
is handed its folders.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, ValidationError

from poa.errors import TemplateError, UsageError
from poa.fsutil import read_text
from poa.model import Case, Marketplace
from poa.render.library import MAX_TEMPLATE_BYTES, Syntax, templates_dir

SUFFIXES = (".md.j2", ".txt.j2")
"""Markdown templates (the documents) and plain-text ones (channel fields)."""

Kind = Literal["poa", "letter", "pip", "evidence", "orders", "channel", "layout"]
"""What a template makes. ``layout`` templates are frames others extend or include."""

DOCUMENT_KINDS: tuple[str, ...] = ("poa", "letter", "pip", "evidence", "orders", "channel")

_HEADER = re.compile(r"\A\{#-?[ \t]*poa-template[ \t]*\r?\n(?P<body>.*?)^[ \t]*-?#\}", re.S | re.M)
_NAME = r"^[a-z0-9][a-z0-9_-]*$"


class FormField(BaseModel):
    """One box of a marketplace's submission form, for channel-ready text."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    id: Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")] = Field(
        description="The block of the template that fills this box."
    )
    label: str = Field(
        min_length=1, description="The box's question or name, as the form shows it."
    )
    limit: int | None = Field(None, ge=1, description="Most characters the box accepts, if known.")
    sources: list[str] = Field(default=[], description="Where the limit comes from.")
    shorter: list[Annotated[str, StringConstraints(pattern=r"^[a-z][a-z0-9_]*$")]] = Field(
        default=[],
        description="Blocks with shorter versions of the box, tried in order when the text is "
        "over the limit; the last one is cut if none fits.",
    )


class TemplateMeta(BaseModel):
    """The metadata header of one template."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    name: Annotated[str, StringConstraints(pattern=_NAME)]
    kind: Kind
    marketplaces: list[Marketplace] = Field(
        default=[], description="Marketplaces it is meant for; empty means every one."
    )
    reasons: list[Annotated[str, StringConstraints(pattern=r"^[a-z]+\.[a-z0-9_]+$")]] = Field(
        default=[], description="Reason ids it is meant for; empty means every reason."
    )
    description: str = Field(min_length=1)
    version: str = Field(min_length=1, description="The template's own version, e.g. '1' or '2.1'.")
    title: str | None = Field(None, description="The document's title, for metadata and lists.")
    fields: list[FormField] = Field(
        default=[], description="Channel templates: the form's boxes, in order."
    )


@dataclass(frozen=True)
class Template:
    """A template file found on the search path."""

    meta: TemplateMeta
    path: Path
    folder: Path
    builtin: bool

    @property
    def name(self) -> str:
        return self.meta.name

    @property
    def syntax(self) -> Syntax:
        """What the template writes: plain text for a ``.txt.j2`` file (no Markdown escaping),
        Markdown otherwise."""
        return "text" if self.path.name.endswith(".txt.j2") else "markdown"

    def fits(self, case: Case) -> bool:
        meta = self.meta
        if meta.marketplaces and case.marketplace not in meta.marketplaces:
            return False
        return not meta.reasons or any(issue.reason in meta.reasons for issue in case.issues)

    def specificity(self) -> int:
        return 2 * bool(self.meta.reasons) + bool(self.meta.marketplaces)


# Headers already parsed, by file and text: rendering many cases in one run parses each
# template's header once, and an edited template is parsed again.
_PARSED: dict[tuple[str, str], TemplateMeta] = {}


def read_meta(path: Path) -> TemplateMeta:
    """The metadata header of the template at ``path``; a TemplateError names what is wrong."""
    return _meta_of(path, read_text(path, MAX_TEMPLATE_BYTES, TemplateError, "template"))


def _meta_of(path: Path, text: str) -> TemplateMeta:
    key = (str(path), text)
    if key not in _PARSED:
        if len(_PARSED) >= 512:  # a library is tens of templates; stay small regardless
            _PARSED.clear()
        _PARSED[key] = _parse_meta(path, text)
    return _PARSED[key]


def _parse_meta(path: Path, text: str) -> TemplateMeta:
    from poa import yamldoc

    match = _HEADER.match(text)
    if match is None:
        raise TemplateError(
            f"{path}:1: the template has no metadata header. Start it with a comment like\n"
            "{#- poa-template\nname: my-letter\nkind: letter\ndescription: What it is for.\n"
            "version: 1\n-#}"
        )
    # One newline in front: the header's YAML starts on the template's second line, and so
    # every line number in a message is the template file's own.
    body = "\n" + match.group("body")
    fast = _fast_meta(path, body)
    if fast is not None:
        return fast
    # Something is wrong: the round-trip parser reads it again to say where.
    data, _ = yamldoc.parse(path, body, TemplateError, "template metadata header")
    if not isinstance(data, dict):
        raise TemplateError(f"{path}:2: the metadata header must be 'key: value' lines.")
    if "version" in data:
        data["version"] = str(data["version"])
    try:
        return TemplateMeta.model_validate(data)
    except ValidationError as err:
        problems = yamldoc.validation_problems(err, data, TemplateMeta)
        lines = "\n".join(p.format(str(path)) for p in problems)
        raise TemplateError(f"The metadata header of a template has problems:\n{lines}") from err


def _fast_meta(path: Path, body: str) -> TemplateMeta | None:
    """A sound header read by the fast parser (the 17 built-in headers took the round-trip
    parser some 60 ms of every ``poa check``); None when anything is off, for the careful path
    to explain, and for a version written as a number with a fraction, which the careful path
    reads as it always did."""
    from poa import yamldoc

    try:
        data = yamldoc.fast_load(body)
        yamldoc.check_expansion(data, path, TemplateError, "template metadata header")
    except Exception:  # whatever it is, the round-trip parser explains it with its line
        return None
    if not isinstance(data, dict) or type(data.get("version", "")) not in (str, int):
        return None
    if "version" in data:
        data["version"] = str(data["version"])
    try:
        return TemplateMeta.model_validate(data)
    except ValidationError:
        return None


_KEPT_HEADERS = "template headers"
"""What the headers of a library's templates are kept as in poa's cache folder."""


def read_metas(paths: Sequence[Path], cache: Path | None = None) -> list[TemplateMeta]:
    """The headers of the templates at ``paths``, in order; a TemplateError names what is wrong.

    With a ``cache`` folder, the headers' parsed data is kept there (:mod:`poa.banks.cache`),
    named by the text of every header: a command that chooses a template reads the headers of
    the whole library, and parsing their YAML took longer than reading and validating them.
    The data is checked against :class:`TemplateMeta` on every read.
    """
    texts = [read_text(path, MAX_TEMPLATE_BYTES, TemplateError, "template") for path in paths]
    if cache is None or all((str(p), t) in _PARSED for p, t in zip(paths, texts, strict=True)):
        return [_meta_of(path, text) for path, text in zip(paths, texts, strict=True)]
    from poa.banks.cache import BankCache

    kept_in = BankCache(cache)
    bodies = [m.group("body") if (m := _HEADER.match(t)) else "" for t in texts]
    source = "\0".join(bodies)
    kept = kept_in.recall(_KEPT_HEADERS, source)
    if isinstance(kept, list) and len(kept) == len(paths):
        try:
            metas = [TemplateMeta.model_validate(data) for data in kept]
        except ValidationError:  # not what was kept: parsed again below
            pass
        else:
            for path, text, meta in zip(paths, texts, metas, strict=True):
                _PARSED[(str(path), text)] = meta
            return metas
    metas = [_meta_of(path, text) for path, text in zip(paths, texts, strict=True)]
    kept_in.keep(_KEPT_HEADERS, source, [meta.model_dump() for meta in metas])
    return metas


class Library:
    """The templates on one search path; ``cache``: poa's cache folder, where the headers
    already parsed are kept (None: nowhere)."""

    def __init__(self, folders: Sequence[Path], cache: Path | None = None) -> None:
        self.folders: tuple[Path, ...] = tuple(folders) or (templates_dir(),)
        self.builtin = templates_dir().resolve()
        self.cache = cache

    @cached_property
    def all(self) -> list[Template]:
        """Every template on the path, in search order; the first of each name wins."""
        found = [
            (folder, path)
            for folder in self.folders
            for path in sorted(folder.rglob("*.j2"))
            if path.name.endswith(SUFFIXES)
        ]
        metas = read_metas([path for _, path in found], self.cache)
        return [
            Template(meta, path, folder, builtin=folder == self.builtin)
            for (folder, path), meta in zip(found, metas, strict=True)
        ]

    @cached_property
    def templates(self) -> dict[str, Template]:
        """Name → the template that wins for that name."""
        chosen: dict[str, Template] = {}
        for template in self.all:
            chosen.setdefault(template.name, template)
        return chosen

    def shadowed(self) -> list[Template]:
        """Templates hidden by one of the same name earlier on the path."""
        return [t for t in self.all if self.templates[t.name] is not t]

    def get(self, name: str) -> Template:
        try:
            return self.templates[name]
        except KeyError:
            known = ", ".join(sorted(self.templates))
            raise UsageError(
                f"No template called {name!r}. Known templates: {known}. "
                "See them with: poa templates list"
            ) from None

    def choose(self, kind: str, case: Case, name: str | None = None) -> Template:
        """The template of ``kind`` for ``case``: the most specific fit, the user's first."""
        if name:
            template = self.get(name)
            if template.meta.kind != kind:
                raise UsageError(
                    f"Template {name!r} makes a {template.meta.kind}, not a {kind}. "
                    f"Pick a {kind} template from: poa templates list"
                )
            return template
        order = {folder: index for index, folder in enumerate(self.folders)}
        fitting = [t for t in self.templates.values() if t.meta.kind == kind and t.fits(case)]
        if not fitting:
            raise UsageError(
                f"No {kind} template fits a {case.marketplace} case. Add one to your template "
                "folder (poa templates copy) or pick one with --template."
            )
        return min(fitting, key=lambda t: (-t.specificity(), order[t.folder], t.name))

    def find_file(self, relative: str) -> Path | None:
        """The first ``relative`` file (e.g. ``reference.docx``) on the search path."""
        for folder in self.folders:
            candidate = folder / relative
            if _present(candidate):
                return candidate
        return None

    def user_files(self, relative: str) -> list[Path]:
        """Every ``relative`` file in the user's folders (not the built-in one), last first."""
        found = [f / relative for f in self.folders if f != self.builtin]
        return [path for path in reversed(found) if _present(path)]

    def describe(self) -> list[dict[str, Any]]:
        """One row per winning template, for ``poa templates list --format json``."""
        return [
            {
                "name": t.name,
                "kind": t.meta.kind,
                "marketplaces": t.meta.marketplaces,
                "reasons": t.meta.reasons,
                "description": t.meta.description,
                "version": t.meta.version,
                "origin": "built-in" if t.builtin else str(t.folder),
                "path": str(t.path),
            }
            for t in sorted(self.templates.values(), key=lambda t: (t.meta.kind, t.name))
        ]


def _present(path: Path) -> bool:
    """Something other than a folder is there. A device or a pipe counts: the file gate that
    reads it then says what it is, rather than poa silently going without the file."""
    return path.exists() and not path.is_dir()
