"""Evidence files in the interview: checked to exist inside the case's folder, stored relative
to it, and listed once however many actions refer to them."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, MutableMapping
from pathlib import Path
from typing import Any

from poa import linear
from poa.interview import paths
from poa.interview.paths import FieldPath
from poa.interview.steps import SECTIONS, Step, more, not_future
from poa.model import EVIDENCE_KIND_LABELS, ORDER_EXHIBIT


class EvidenceFiles:
    def __init__(self, base_dir: Path, today: dt.date) -> None:
        self.base_dir = base_dir
        self.today = today

    def steps(self, data: Any) -> Iterator[Step]:
        """The evidence section: each file's kind, title, date and ASINs; then "another?"."""
        items = paths.get(data, ("evidence",)) or []
        common: dict[str, Any] = {"section": SECTIONS[3], "list_path": ("evidence",)}
        cited = paths.get(data, ("notice", "asins")) or []
        for n in range(len(items)):
            at: FieldPath = ("evidence", n)
            item = items[n] if isinstance(items[n], MutableMapping) else {}
            if item.get("id") == ORDER_EXHIBIT:
                continue  # poa made it from the reports: there is no file to ask for
            name = f"{item.get('id', f'E{n + 1}')} ({item['file']})" if item.get("file") else "it"
            yield Step(
                (*at, "file"),
                "path",
                "The file (path, relative to the case)?",
                "Evidence files sit next to the case file, e.g. in an evidence folder.",
                "evidence/invoice-2026-03.pdf",
                check=self.check,
                store=self.store_file,
                **common,
            )
            yield Step(
                (*at, "kind"),
                "select",
                f"What kind of document is {name}?",
                "The reviewer looks for specific kinds per reason.",
                "invoice",
                choices=tuple(EVIDENCE_KIND_LABELS.items()),
                **common,
            )
            yield Step(
                (*at, "title"),
                "text",
                f"How should the plan list {name}?",
                "What it is and what it covers, e.g. 'Invoice 2026-0642, 400 units'.",
                "Invoice 2026-0642 from the distributor",
                **common,
            )
            yield Step(
                (*at, "issuer"),
                "text",
                f"Who issued {name} (optional)?",
                "The supplier, carrier, lab or brand whose document it is: reviewers "
                "check invoices and reports against their issuer.",
                "Example Housewares Distribution Ltd",
                required=False,
                **common,
            )
            yield Step(
                (*at, "issued_on"),
                "date",
                "The document's own date (optional)?",
                "Invoices must usually be recent; give the date printed on it.",
                "2026-10-14",
                required=False,
                check=not_future(self.today, "a document cannot be dated after today"),
                **common,
            )
            if cited:
                yield Step(
                    (*at, "asins"),
                    "multiselect",
                    "Which cited ASINs does it cover?",
                    "Invoices and test reports should cover every cited ASIN.",
                    str(cited[0]),
                    choices=tuple((a, a) for a in cited),
                    required=False,
                    depends_on=(("notice", "asins"),),
                    **common,
                )
        yield more(
            data, ("evidence",), "Add another evidence file?", 0, None, {"section": SECTIONS[3]}, ()
        )

    def check(self, value: Any) -> str | None:
        path = (self.base_dir / str(value)).resolve()
        if not path.is_file():
            return f"No file at {path}. Give a path relative to the case file's folder."
        if not path.is_relative_to(self.base_dir.resolve()):
            return "Keep evidence files in the case file's folder (or below it)."
        return None

    def _relative(self, value: Any) -> str:
        path = (self.base_dir / str(value)).resolve()
        return path.relative_to(self.base_dir.resolve()).as_posix()

    def store_file(self, data: MutableMapping[str, Any], at: FieldPath, value: Any) -> None:
        paths.put(data, at, self._relative(value))
        give_ids(data)

    def store_for_action(self, data: MutableMapping[str, Any], at: FieldPath, value: Any) -> None:
        if not value:
            paths.put(data, at, [])
            return
        relative = self._relative(value)
        items = paths.get(data, ("evidence",)) or []
        for item in items:
            if isinstance(item, MutableMapping) and item.get("file") == relative:
                paths.put(data, at, [item["id"]])
                return
        known = {str(i.get("id")) for i in items if isinstance(i, MutableMapping)}
        stem = linear.sub(r"[^A-Za-z0-9_.-]+", "-", Path(relative).stem).strip("-.") or "file"
        ident, n = stem, 2
        while ident in known:
            ident, n = f"{stem}-{n}", n + 1
        paths.put(data, ("evidence", len(items)), {"id": ident, "file": relative})
        paths.put(data, at, [ident])


def give_ids(data: Any) -> None:
    """Every evidence entry gets an id, E1, E2… in order, skipping ids already taken: the
    interview never leaves an entry that only an editor could complete."""
    items = paths.get(data, ("evidence",)) or []
    entries = [item for item in items if isinstance(item, MutableMapping)]
    taken = {str(item["id"]) for item in entries if item.get("id")}
    number = 1
    for item in entries:
        if item.get("id"):
            continue
        while f"E{number}" in taken:
            number += 1
        item["id"] = f"E{number}"
        taken.add(item["id"])
