"""Templates already compiled are kept in poa's cache folder (issue 18): a second run does not
compile them again, an edited template is compiled again, and a folder others may write to
is not used (its entries are compiled Python)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from poa.render.library import environment, render_template

HEADER = "{#- poa-template\nname: mine\nkind: letter\ndescription: A test.\nversion: 1\n-#}\n"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    folder = tmp_path / "cache"
    monkeypatch.setenv("POA_CACHE_DIR", str(folder))
    environment.cache_clear()
    yield folder
    environment.cache_clear()


def _entries(cache: Path) -> list[Path]:
    return sorted(cache.glob("templates/markdown-*/*"))


def test_a_compiled_template_is_kept_and_used_again(cache: Path, tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "mine.md.j2").write_text(HEADER + "Hello {{ who }}.\n")
    assert render_template("mine.md.j2", [str(folder)], who="seller") == "Hello seller.\n"
    entries = _entries(cache)
    assert len(entries) == 1
    kept = entries[0].read_bytes()

    environment.cache_clear()  # a new run: the compiled code comes from the folder
    assert render_template("mine.md.j2", [str(folder)], who="agency") == "Hello agency.\n"
    assert _entries(cache) == entries
    assert entries[0].read_bytes() == kept


def test_an_edited_template_is_compiled_again(cache: Path, tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    template = folder / "mine.md.j2"
    template.write_text(HEADER + "Hello {{ who }}.\n")
    render_template("mine.md.j2", [str(folder)], who="seller")
    environment.cache_clear()
    template.write_text(HEADER + "Goodbye {{ who }}.\n")
    assert render_template("mine.md.j2", [str(folder)], who="seller") == "Goodbye seller.\n"


@pytest.mark.skipif(os.name != "posix", reason="the folder's owner and mode are POSIX's")
def test_a_folder_others_may_write_to_is_not_used(cache: Path, tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "mine.md.j2").write_text(HEADER + "Hello {{ who }}.\n")
    render_template("mine.md.j2", [str(folder)], who="seller")
    kept = _entries(cache)[0]
    kept.parent.chmod(0o777)
    kept.write_bytes(b"not compiled code")  # what someone else could have put there
    environment.cache_clear()
    assert render_template("mine.md.j2", [str(folder)], who="seller") == "Hello seller.\n"
    assert kept.read_bytes() == b"not compiled code"  # neither read nor replaced


def test_a_damaged_entry_is_compiled_again(cache: Path, tmp_path: Path) -> None:
    folder = tmp_path / "templates"
    folder.mkdir()
    (folder / "mine.md.j2").write_text(HEADER + "Hello {{ who }}.\n")
    render_template("mine.md.j2", [str(folder)], who="seller")
    kept = _entries(cache)[0]
    kept.write_bytes(kept.read_bytes()[:20])  # cut short
    environment.cache_clear()
    assert render_template("mine.md.j2", [str(folder)], who="seller") == "Hello seller.\n"


def test_no_cache_folder_that_can_be_made_is_no_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    monkeypatch.setenv("POA_CACHE_DIR", str(blocker / "poa"))
    environment.cache_clear()
    try:
        folder = tmp_path / "templates"
        folder.mkdir()
        (folder / "mine.md.j2").write_text(HEADER + "Hi.\n")
        assert render_template("mine.md.j2", [str(folder)]) == "Hi.\n"
    finally:
        environment.cache_clear()


def _library_folder(tmp_path: Path, description: str = "A test.") -> Path:
    folder = tmp_path / "library"
    folder.mkdir(exist_ok=True)
    header = HEADER.replace("A test.", description)
    (folder / "mine.md.j2").write_text(header + "Hello.\n")
    (folder / "other.md.j2").write_text(header.replace("name: mine", "name: other") + "Hi.\n")
    return folder


def _parses(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """Each header the library parses from its YAML, rather than takes from the cache."""
    from poa.render import catalog

    parsed: list[Path] = []
    real = catalog._parse_meta

    def counting(path: Path, text: str) -> catalog.TemplateMeta:
        parsed.append(path)
        return real(path, text)

    monkeypatch.setattr(catalog, "_parse_meta", counting)
    monkeypatch.setattr(catalog, "_PARSED", {})  # a new run: nothing parsed in this process
    return parsed


def test_the_headers_of_a_library_are_kept_and_read_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from poa.render.catalog import Library

    folder, cache = _library_folder(tmp_path), tmp_path / "cache"
    parsed = _parses(monkeypatch)
    first = Library([folder], cache).all
    assert [t.name for t in first] == ["mine", "other"] and len(parsed) == 2

    parsed = _parses(monkeypatch)
    again = Library([folder], cache).all
    assert parsed == []  # both headers came from the cache
    assert [t.meta for t in again] == [t.meta for t in first]
    assert [t.path for t in again] == [t.path for t in first]


def test_an_edited_header_is_parsed_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from poa.render.catalog import Library

    cache = tmp_path / "cache"
    assert Library([_library_folder(tmp_path)], cache).all
    folder = _library_folder(tmp_path, description="Another purpose.")
    parsed = _parses(monkeypatch)
    templates = Library([folder], cache).all
    assert len(parsed) == 2
    assert {t.meta.description for t in templates} == {"Another purpose."}


def test_a_kept_entry_that_is_not_a_header_is_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from poa.banks.cache import BankCache
    from poa.render import catalog

    folder, cache = _library_folder(tmp_path), tmp_path / "cache"
    assert catalog.Library([folder], cache).all
    bodies = [
        catalog._HEADER.match(p.read_text()).group("body")  # type: ignore[union-attr]
        for p in sorted(folder.glob("*.j2"))
    ]
    bad = [{"name": "Not A Name!", "kind": "letter"}, {"kind": "nothing"}]
    BankCache(cache).keep(catalog._KEPT_HEADERS, "\0".join(bodies), bad)
    parsed = _parses(monkeypatch)
    templates = catalog.Library([folder], cache).all
    assert len(parsed) == 2 and [t.name for t in templates] == ["mine", "other"]


def test_without_a_cache_folder_nothing_is_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from poa.render.catalog import Library

    folder = _library_folder(tmp_path)
    assert Library([folder]).all
    parsed = _parses(monkeypatch)
    assert Library([folder]).all
    assert len(parsed) == 2
    assert not list(tmp_path.glob("**/*.pickle"))
