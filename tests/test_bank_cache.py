"""The cache of checked banks (issue 18): the same banks as a fresh load, never stale, and
never a reason for a command to fail."""

from __future__ import annotations

import os
import pickle
import shutil
from pathlib import Path
from typing import Any

import pytest

from poa.banks import cache as bank_cache
from poa.banks import library as bank_library
from poa.banks.cache import BankCache
from poa.banks.library import BankLibrary, builtin_dir, load_library
from poa.banks.schema import Bank, Concepts, Thresholds
from poa.cli import main
from poa.errors import EXIT_OK, BankError, BankValidationError
from poa.workspace import CACHE_VAR, Workspace
from tests.conftest import ROOT

LATE = builtin_dir() / "amazon" / "late_shipment_rate.yaml"


def _every_file(library: BankLibrary) -> dict[str, Any]:
    return {
        **library.banks,
        "thresholds": library.thresholds,
        "marketplaces": library.marketplaces,
        "concepts": library.concepts,
    }


def _no_parsing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make parsing a bank file fail the test."""

    def parsed(path: Path, text: str, model: type[Any]) -> None:
        raise AssertionError(f"{path} was parsed, not taken from the cache")

    monkeypatch.setattr(bank_library, "_fast", parsed)


def _user_bank(folder: Path, title: str = "Widget hoarding") -> Path:
    text = LATE.read_text(encoding="utf-8")
    text = text.replace("id: amazon.late_shipment_rate", "id: amazon.widget_hoarding")
    text = text.replace("title: Late Shipment Rate above target", f"title: {title}")
    path = folder / "amazon" / "widget_hoarding.yaml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_banks_from_the_cache_equal_a_fresh_load(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fresh = _every_file(bank_library._load_library((), None))
    first = _every_file(bank_library._load_library((), tmp_path))  # checked, then kept
    kept = list((tmp_path / "banks").glob("*.pickle"))
    assert len(kept) == len(fresh)  # every bank, thresholds, marketplaces, concepts
    _no_parsing(monkeypatch)
    again = _every_file(bank_library._load_library((), tmp_path))
    assert again == first == fresh
    assert type(again["amazon.late_shipment_rate"]) is Bank
    assert type(again["thresholds"]) is Thresholds


def test_an_edited_bank_is_read_again(tmp_path: Path) -> None:
    users = tmp_path / "banks"
    path = _user_bank(users, "Widget hoarding")
    cache = BankCache(tmp_path / "cache")
    assert bank_library.load_file(path, Bank, cache).title == "Widget hoarding"
    assert bank_library.load_file(path, Bank, cache).title == "Widget hoarding"  # from the cache

    path.write_text(path.read_text("utf-8").replace("Widget hoarding", "Gadget hoarding"), "utf-8")

    assert bank_library.load_file(path, Bank, cache).title == "Gadget hoarding"
    library = bank_library._load_library([users], tmp_path / "cache")
    assert library.get("amazon.widget_hoarding").title == "Gadget hoarding"


def test_a_bank_from_the_cache_is_still_checked_against_its_file_name(tmp_path: Path) -> None:
    """The name of an entry is the file's text: the same text under another file name is a
    bank in the wrong file, as without a cache."""
    cache = BankCache(tmp_path / "cache")
    right = _user_bank(tmp_path / "banks")
    bank_library.load_file(right, Bank, cache)
    wrong = right.with_name("gadget_hoarding.yaml")
    shutil.copyfile(right, wrong)
    with pytest.raises(BankValidationError) as caught:
        bank_library.load_file(wrong, Bank, cache)
    assert "must hold the bank 'amazon.gadget_hoarding'" in str(caught.value)


def _filled(folder: Path) -> list[Path]:
    cache = BankCache(folder)
    for path in (LATE, builtin_dir() / "thresholds.yaml"):
        bank_library.load_file(path, Thresholds if path.stem == "thresholds" else Bank, cache)
    entries = sorted((folder / "banks").glob("*.pickle"))
    assert len(entries) == 2
    return entries


CALLED: list[str] = []


def _record(what: str) -> str:
    CALLED.append(what)
    return what


class _Trap:
    """A pickle that calls a function when it is read."""

    def __reduce__(self) -> tuple[Any, ...]:
        return (_record, ("the pickle ran code",))


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a pickle at all",
        b"\x80\x05\x95",  # a pickle cut short
        pickle.dumps({"id": "amazon.late_shipment_rate"}),  # not a model
        pickle.dumps(Concepts(concepts={"policy": ["policy"]})),  # a model, not the right one
        pickle.dumps(_Trap()),
        pickle.dumps(ValueError("x")),
    ],
    ids=["empty", "garbage", "truncated", "a-dict", "another-model", "code", "exception"],
)
def test_a_broken_cache_entry_is_ignored(tmp_path: Path, content: bytes) -> None:
    entries = _filled(tmp_path)
    for entry in entries:
        entry.write_bytes(content)
    fresh = bank_library.load_file(LATE, Bank)
    assert bank_library.load_file(LATE, Bank, BankCache(tmp_path)) == fresh
    assert (
        bank_library.load_file(builtin_dir() / "thresholds.yaml", Thresholds, BankCache(tmp_path))
        == load_library().thresholds
    )
    assert CALLED == []


def test_a_folder_in_place_of_an_entry_is_a_miss(tmp_path: Path) -> None:
    for entry in _filled(tmp_path):
        entry.unlink()
        entry.mkdir()
    assert bank_library.load_file(LATE, Bank, BankCache(tmp_path)).id == "amazon.late_shipment_rate"


@pytest.mark.parametrize("where", ["a-file", "inside-a-file"])
def test_a_cache_folder_that_cannot_be_written_is_no_cache(tmp_path: Path, where: str) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("in the way", encoding="utf-8")
    folder = blocker if where == "a-file" else blocker / "poa"
    library = bank_library._load_library((), folder)
    assert _every_file(library) == _every_file(bank_library._load_library((), None))
    assert blocker.read_text(encoding="utf-8") == "in the way"


def test_a_bank_with_a_yaml_error_is_reported_with_its_line_every_time(tmp_path: Path) -> None:
    path = _user_bank(tmp_path / "banks")
    lines = path.read_text(encoding="utf-8").splitlines()
    lines[3] = "title: a: b"  # mapping values are not allowed here
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    cache = BankCache(tmp_path / "cache")
    for _ in range(2):
        with pytest.raises(BankError, match=rf"{path}:4: not valid YAML"):
            bank_library.load_file(path, Bank, cache)
    assert not list((tmp_path / "cache").rglob("*.pickle"))


def test_a_bank_that_breaks_the_schema_is_reported_with_its_line_every_time(
    tmp_path: Path,
) -> None:
    path = _user_bank(tmp_path / "banks")
    text = path.read_text(encoding="utf-8").replace("\nquestions:", "\nquestionz:", 1)
    path.write_text(text, encoding="utf-8")
    line = text[: text.index("questionz:")].count("\n") + 1
    cache = BankCache(tmp_path / "cache")
    for _ in range(2):
        with pytest.raises(BankValidationError) as caught:
            bank_library.load_file(path, Bank, cache)
        assert f"{path}:{line}: questionz: unknown key 'questionz'" in str(caught.value)
    assert not list((tmp_path / "cache").rglob("*.pickle"))


def test_an_entry_is_named_by_what_checked_it_too(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Another poa (its schema's source, its version) reads the same file afresh."""
    cache = BankCache(tmp_path)
    bank_library.load_file(LATE, Bank, cache)
    monkeypatch.setattr(bank_cache, "_schema_hash", lambda: "another poa")
    bank_library.load_file(LATE, Bank, cache)
    assert len(list((tmp_path / "banks").glob("*.pickle"))) == 2


def test_old_entries_are_removed_past_the_limit(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(bank_cache, "MAX_ENTRIES", 4)
    (tmp_path / "banks").mkdir()
    for number in range(4):
        old = tmp_path / "banks" / f"old-{number}.pickle"
        old.write_bytes(b"old")
        os.utime(old, (1_000_000 + number, 1_000_000 + number))
    bank_library.load_file(LATE, Bank, BankCache(tmp_path))
    left = sorted(p.name for p in (tmp_path / "banks").glob("*.pickle"))
    assert len(left) == 2 and "old-3.pickle" in left  # the newest old one, and the new one


def test_the_workspace_keeps_the_cache_where_poa_cache_dir_says(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(CACHE_VAR, str(tmp_path / "mine"))
    assert Workspace.load().cache == tmp_path / "mine"
    assert Workspace.load(environ={}).cache != tmp_path / "mine"
    notice = ROOT / "tests" / "fixtures" / "notices" / "01-amazon-late-shipment-forwarded.txt"
    assert main(["notice", str(notice)]) == EXIT_OK
    assert "amazon.late_shipment_rate" in capsys.readouterr().out
    assert list((tmp_path / "mine" / "banks").glob("*.pickle"))


def test_the_notice_terms_are_parsed_once_and_then_read_from_the_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """languages.yaml (65 KB) took 25 ms of every `poa notice` to parse (issue 18)."""
    from poa import yamldoc
    from poa.notice import languages

    parse = languages._data.__wrapped__  # the function itself, not this process's memo
    fresh = parse(None)
    assert parse(BankCache(tmp_path)) == fresh  # parsed, then kept
    assert len(list((tmp_path / "banks").glob("*.pickle"))) == 1

    def parsed(text: str) -> None:
        raise AssertionError("languages.yaml was parsed, not taken from the cache")

    monkeypatch.setattr(yamldoc, "fast_load", parsed)
    assert parse(BankCache(tmp_path)) == fresh
    text = "Bitte senden Sie uns Ihren Maßnahmenplan, wir prüfen ihn und die Rechnungen."
    assert languages.language_of(text, BankCache(tmp_path)) == "de"


def test_changed_notice_terms_are_parsed_again(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from poa.notice import languages

    parse = languages._data.__wrapped__
    cache = BankCache(tmp_path / "cache")
    assert parse(cache)["de"]["name"] == "German"
    changed = tmp_path / "languages.yaml"
    text = languages.DATA.read_text(encoding="utf-8")
    changed.write_text(text.replace("name: German", "name: Deutsch", 1), encoding="utf-8")
    monkeypatch.setattr(languages, "DATA", changed)
    assert parse(cache)["de"]["name"] == "Deutsch"
    assert len(list((tmp_path / "cache" / "banks").glob("*.pickle"))) == 2


@pytest.mark.parametrize(
    "content",
    [b"garbage", pickle.dumps(["not", "the", "terms"]), pickle.dumps(_Trap())],
    ids=["garbage", "a-list", "code"],
)
def test_a_broken_entry_of_the_notice_terms_is_a_miss(tmp_path: Path, content: bytes) -> None:
    from poa.notice import languages

    parse = languages._data.__wrapped__
    fresh = parse(BankCache(tmp_path))
    (entry,) = (tmp_path / "banks").glob("*.pickle")
    entry.write_bytes(content)
    assert parse(BankCache(tmp_path)) == fresh
    assert CALLED == []


def test_notice_words_from_the_cache_equal_the_banks_own(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Issue 18: `poa notice` reads each bank's phrases, cues and metrics from one entry
    instead of building thirty bank models; they are what the models say."""
    from poa.banks.notice_words import NoticeWords, of

    fresh = {i: of(b) for i, b in bank_library._load_library((), None).banks.items()}
    library = bank_library._load_library((), tmp_path)
    first = library.notice_words(None)  # built, then kept (each marketplace's on its own)
    ebay = library.notice_words("ebay")
    assert first == fresh and all(type(w) is NoticeWords for w in first.values())
    assert ebay == {i: w for i, w in fresh.items() if i.startswith("ebay.")}
    late = first["amazon.late_shipment_rate"]
    assert "late_shipment_rate" in late.metrics and late.phrases and late.cues

    def built(path: Path, model: type[Any], cache: Any = None) -> None:
        raise AssertionError(f"{path}: a model was built, not taken from the cache")

    monkeypatch.setattr(bank_library, "load_file", built)
    again = bank_library._load_library((), tmp_path)
    assert again.notice_words(None) == fresh
    assert again.notice_words("ebay") == ebay


def test_notice_words_of_an_edited_bank_are_read_again(tmp_path: Path) -> None:
    users = tmp_path / "banks"
    path = _user_bank(users)
    cache = tmp_path / "cache"
    phrases = bank_library._load_library([users], cache).notice_words("amazon")
    assert "late shipment rate" in [p.lower() for p in phrases["amazon.widget_hoarding"].phrases]
    text = path.read_text(encoding="utf-8")
    assert "notice_phrases:\n  - " in text  # a list of phrases: one more goes first
    edited_text = text.replace("notice_phrases:\n", "notice_phrases:\n  - widgets hoarded\n", 1)
    path.write_text(edited_text, encoding="utf-8")
    edited = bank_library._load_library([users], cache).notice_words("amazon")
    assert edited["amazon.widget_hoarding"].phrases[0] == "widgets hoarded"
    assert edited["amazon.late_shipment_rate"] == phrases["amazon.late_shipment_rate"]


@pytest.mark.parametrize(
    "content",
    [
        b"garbage",
        pickle.dumps({"amazon.late_shipment_rate": ("not", "the", "words")}),
        pickle.dumps(_Trap()),
    ],
    ids=["garbage", "another-shape", "code"],
)
def test_a_broken_entry_of_notice_words_is_a_miss(tmp_path: Path, content: bytes) -> None:
    fresh = bank_library._load_library((), tmp_path).notice_words("etsy")
    words = [p for p in (tmp_path / "banks").glob("*.pickle") if _holds_words(p)]
    assert len(words) == 1
    words[0].write_bytes(content)
    assert bank_library._load_library((), tmp_path).notice_words("etsy") == fresh
    assert CALLED == []


def _holds_words(entry: Path) -> bool:
    value = pickle.loads(entry.read_bytes())  # noqa: S301 - the test's own entries
    return isinstance(value, dict) and all(k.startswith("etsy.") for k in value)


def test_reading_a_notice_builds_the_models_of_the_banks_it_cites_only(tmp_path: Path) -> None:
    from poa.notice.clean import clean, own_words
    from poa.notice.extract import extract

    notice = ROOT / "tests" / "fixtures" / "notices" / "01-amazon-late-shipment-forwarded.txt"
    text = notice.read_text(encoding="utf-8")
    bank_library._load_library((), tmp_path).notice_words("amazon")  # kept
    library = bank_library._load_library((), tmp_path)
    facts = extract(clean(text), library, own_words(text))
    assert facts.reasons == ["amazon.late_shipment_rate"]
    assert sorted(library._loaded) == ["amazon.late_shipment_rate"]
