"""Channel-ready text: the plan cut into the boxes of a marketplace's appeal form.

A channel template is plain text (``.txt.j2``) with one block per box; its metadata lists
the boxes with their labels and character limits. Each box's text is measured the way a web
form counts it (one character per Unicode code point, a line break counts one). When it is
too long, the box's shorter versions (``shorter:``, blocks written to say less, per issue)
are tried in order; when none fits, the last is cut at the last whole paragraph or sentence
that fits, with a line that points to the attached plan.
"""

from __future__ import annotations

import re
import secrets
from dataclasses import dataclass
from typing import Any

from poa.render.catalog import Library, Template
from poa.render.library import environment, sentence_ends, template_errors

CUT_NOTE = "The full plan of action is attached."


@dataclass(frozen=True)
class ChannelField:
    """One box of the form, filled."""

    id: str
    label: str
    limit: int | None
    text: str
    full_length: int
    """Characters of the full version, before any shorter version or cut."""
    version: str = ""
    """The block of the shorter version used, if the full one was over the limit."""
    truncated: bool = False
    """No version fitted: the text was cut at the limit, and the rest is only in the plan."""

    @property
    def count(self) -> int:
        return len(self.text)

    @property
    def cut(self) -> bool:
        return self.count < self.full_length


def channel_fields(
    template: Template, library: Library, context: dict[str, Any]
) -> list[ChannelField]:
    """Render every box of the channel ``template`` and fit each into its limit."""
    marker = f"@@poa-field-{secrets.token_hex(8)}@@"  # seller text cannot forge it
    boxes = template.meta.fields
    env = environment(tuple(str(f) for f in library.folders), syntax="text")
    with template_errors(template.name):
        source = env.get_template(template.name)
        have = _blocks(env, source)
        missing = [name for box in boxes for name in (box.id, *box.shorter) if name not in have]
        if missing:
            from poa.errors import TemplateError

            raise TemplateError(
                f"{template.path}: the metadata lists the box(es) {', '.join(missing)} but the "
                "template has no block of that name. Add {% block NAME %}...{% endblock %}."
            )
        from poa.render.budget import render_within_budget

        rendered = render_within_budget(
            source, template.name, {**context, "fields": boxes, "marker": marker}
        )
    texts = dict(_split(rendered, marker))
    return [
        _fit(
            box.id,
            box.label,
            box.limit,
            [texts.get(n, "") for n in (box.id, *box.shorter)],
            box.shorter,
        )
        for box in boxes
    ]


def _blocks(env: Any, template: Any) -> set[str]:
    """Block names of ``template`` and of every template it extends."""
    names: set[str] = set(template.blocks)
    source = env.loader.get_source(env, template.name)[0]
    parent = re.search(r"\{%-?\s*extends\s+[\"']([^\"']+)[\"']", source)
    if parent:
        names |= _blocks(env, env.get_template(parent.group(1)))
    return names


def _split(rendered: str, marker: str) -> list[tuple[str, str]]:
    parts = rendered.split(marker)[1:]
    found = []
    for part in parts:
        head, _, body = part.partition("\n")
        found.append((head.strip(), body))
    return found


def normalise(text: str) -> str:
    """Tidy whitespace the way a pasted form would keep it: no trailing spaces, no runs of
    blank lines, no blank start or end."""
    lines = [line.rstrip() for line in text.replace("\r\n", "\n").split("\n")]
    tidy = re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
    return tidy.strip()


def _fit(
    box_id: str, label: str, limit: int | None, raws: list[str], shorter: list[str]
) -> ChannelField:
    """The box filled with its full text if it fits, else the first shorter version that
    fits, else the last version cut to the limit."""
    texts = [normalise(raw) for raw in raws]
    full = len(texts[0])
    if limit is None or full <= limit:
        return ChannelField(box_id, label, limit, texts[0], full)
    for name, text in zip(shorter, texts[1:], strict=True):
        if len(text) <= limit:
            return ChannelField(box_id, label, limit, text, full, version=name)
    version = shorter[-1] if shorter else ""
    return ChannelField(
        box_id, label, limit, cut(texts[-1], limit), full, version=version, truncated=True
    )


def cut(text: str, limit: int, note: str = CUT_NOTE) -> str:
    """The longest start of ``text`` made of whole paragraphs, then whole sentences, that
    fits in ``limit`` characters together with ``note``."""
    room = limit - len(note) - 2
    if room <= 0:
        return text[:limit]
    kept = ""
    for paragraph in text.split("\n\n"):
        joined = f"{kept}\n\n{paragraph}" if kept else paragraph
        if len(joined) <= room:
            kept = joined
            continue
        sep = "\n\n" if kept else ""
        fits = [end for end in sentence_ends(paragraph) if len(kept) + len(sep) + end <= room]
        if fits:
            kept += sep + paragraph[: fits[-1]]
        break
    if not kept:
        kept = text[: room - 1].rsplit(" ", 1)[0] + "…"
    return f"{kept}\n\n{note}"
