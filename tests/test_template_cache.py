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
