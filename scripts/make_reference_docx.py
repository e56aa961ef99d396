"""Build templates/reference.docx: the Word styles poa's DOCX output uses, and nothing else.

python-docx's built-in template carries 160 styles, a second copy of them
(stylesWithEffects) and a thumbnail picture of an empty page; loading and saving that costs
more than writing our whole document. This keeps the styles we use (and what they are based
on or linked to), gives them the look of the PDF, and writes the file with fixed timestamps.

Run: .venv/bin/python scripts/make_reference_docx.py   (the output is committed)
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.shared import Pt, RGBColor

OUT = Path(__file__).resolve().parent.parent / "templates" / "reference.docx"
USED = {
    "Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "List Bullet 2",
    "List Bullet 3", "List Number", "List Number 2", "List Number 3", "List Continue", "Quote",
    "No Spacing", "Header", "Footer", "Table Grid", "Normal Table", "Default Paragraph Font",
    "No List", "List Paragraph",
}  # fmt: skip
NAVY = RGBColor(0x1F, 0x3A, 0x5F)


def main() -> None:
    document = docx.Document()
    styles = document.styles
    keep = _with_dependencies(styles, USED)
    for style in list(styles):
        if style.name not in keep:
            style.element.getparent().remove(style.element)
    latent = styles.element.find(qn("w:latentStyles"))
    if latent is not None:
        styles.element.remove(latent)
    _look(styles)

    package = document.part.package
    for rel in list(package.rels.values()):
        if rel.reltype.endswith("/thumbnail"):
            package.rels.pop(rel.rId)
    for rel in list(document.part.rels.values()):
        if rel.reltype.endswith(("/stylesWithEffects", "/customXml")):
            document.part.rels.pop(rel.rId)
    props = document.core_properties
    props.title = props.subject = props.keywords = props.comments = props.author = ""
    props.last_modified_by = ""
    buffer = io.BytesIO()
    document.save(buffer)
    OUT.write_bytes(_fixed_zip(buffer.getvalue()))
    print(f"{OUT} ({OUT.stat().st_size:,} bytes, {len(list(styles))} styles)")


def _with_dependencies(styles: docx.styles.styles.Styles, names: set[str]) -> set[str]:
    keep = set(names)
    by_id = {s.style_id: s for s in styles}
    pending = [s for s in styles if s.name in names]
    while pending:
        style = pending.pop()
        for tag in ("w:basedOn", "w:link", "w:next"):
            ref = style.element.find(qn(tag))
            target = by_id.get(ref.get(qn("w:val"))) if ref is not None else None
            if target is not None and target.name not in keep:
                keep.add(target.name)
                pending.append(target)
    return keep


def _look(styles: docx.styles.styles.Styles) -> None:
    """Match the PDF: sober sans-serif text, navy headings."""
    normal = styles["Normal"]
    normal.font.name = "Calibri"
    normal.font.size = Pt(10.5)
    normal.paragraph_format.space_after = Pt(6)
    for name, size in (("Title", 24), ("Heading 1", 15), ("Heading 2", 12), ("Heading 3", 11)):
        style = styles[name]
        style.font.color.rgb = NAVY
        style.font.size = Pt(size)
        style.font.name = "Calibri"
    for name in ("Header", "Footer"):
        styles[name].font.size = Pt(8.5)
        styles[name].font.color.rgb = RGBColor(0x55, 0x55, 0x55)
    assert all(styles[name].type == WD_STYLE_TYPE.PARAGRAPH for name in ("Title", "Quote"))


def _fixed_zip(data: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w") as target:
        for info in source.infolist():
            fixed = zipfile.ZipInfo(info.filename, date_time=(1980, 1, 1, 0, 0, 0))
            fixed.compress_type = zipfile.ZIP_DEFLATED
            fixed.external_attr = 0o644 << 16
            target.writestr(fixed, source.read(info.filename))
    return out.getvalue()


if __name__ == "__main__":
    main()
