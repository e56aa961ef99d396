"""Reading and writing case files: each way a file can be wrong has one message naming the fix."""

from __future__ import annotations

import errno
import os
import re
import shutil
import stat
from pathlib import Path

import pytest
from ruamel.yaml.comments import CommentedMap

from poa.casefile import MAX_CASE_BYTES, CaseFile, load_case, open_case
from poa.errors import (
    EXIT_BAD_INPUT,
    CaseFileError,
    CaseValidationError,
    OutputError,
    PoaError,
    SchemaVersionError,
)
from poa.model import SCHEMA_VERSION, Seller
from tests.conftest import ROOT, SAMPLES, WriteCase, minimal_case

FIXTURES = Path(__file__).resolve().parent / "fixtures"

# The conftest's minimal case, as a seller would type it (dates unquoted).
CASE_TEXT = """\
schema_version: 1
marketplace: amazon
seller:
  legal_name: Example Test Goods LLC
  seller_id: A3EXAMPLE0099
notice:
  received_on: 2026-11-02
  attempt: 1
  asins: [B0TESTASN1]
issues:
  - reason: amazon.late_shipment_rate
    title: Late Shipment Rate above 4 %
    asins: [B0TESTASN1]
    root_causes:
      - description: Handling time was 1 day with one packer.
    corrective_actions:
      - action: Shipped all 12 open orders.
        completed_on: 2026-11-03
    preventive_measures:
      - measure: Labels bought through Buy Shipping confirm shipment at once.
        owner: Shipping lead
        cadence: per_order
        started_on: 2026-11-04
"""


def case_text(*edits: tuple[str, str]) -> str:
    """CASE_TEXT with each ``(old, new)`` replaced; ``old`` must occur exactly once."""
    text = CASE_TEXT
    for old, new in edits:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    return text


def line_with(path: Path, needle: str) -> int:
    """The 1-based number of the only line of ``path`` that contains ``needle``."""
    found = [n for n, line in enumerate(path.read_text("utf-8").splitlines(), 1) if needle in line]
    assert len(found) == 1, f"{needle!r} is on lines {found}"
    return found[0]


def load_error(path: Path) -> PoaError:
    with pytest.raises(PoaError) as caught:
        load_case(path)
    assert caught.value.exit_code == EXIT_BAD_INPUT
    return caught.value


def test_case_text_is_a_sound_case(write_case: WriteCase) -> None:
    case = load_case(write_case(CASE_TEXT))
    assert case.seller.legal_name == "Example Test Goods LLC"
    assert str(case.notice.received_on) == "2026-11-02"


# --- files that are not a case at all --------------------------------------------------------


@pytest.mark.parametrize("content", ["", "\n\n", "# only a comment\n", "---\n"])
def test_empty_file(write_case: WriteCase, content: str) -> None:
    path = write_case(content)

    error = load_error(path)

    assert type(error) is CaseFileError
    assert str(error) == (
        f"{path}: the file is empty. Start from a sample: "
        f"cp samples/amazon-late-shipment.yaml {path}"
    )


def test_not_yaml_reports_the_line(write_case: WriteCase) -> None:
    path = write_case(case_text(("  attempt: 1\n", "  attempt: 1\n   subject: late\n")))

    error = load_error(path)

    assert type(error) is CaseFileError
    assert str(error).startswith(f"{path}:{line_with(path, 'subject: late')}: not valid YAML: ")
    assert str(error).endswith("Check the indentation and quoting around that line.")


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("a: [1, 2\n", id="one-line"),
        pytest.param("schema_version: 1\nnotes: [first, second\n\n\n# the end\n", id="blank-after"),
    ],
)
def test_unclosed_bracket_reports_the_line_that_opens_it(write_case: WriteCase, text: str) -> None:
    # The parser only notices at the end of the file; the line to fix is the one with the '['.
    path = write_case(text)
    opening = line_with(path, "[")

    error = load_error(path)

    assert type(error) is CaseFileError
    assert str(error).startswith(f"{path}:{opening}: not valid YAML: ")


def test_duplicate_key(write_case: WriteCase) -> None:
    path = write_case(case_text(("  attempt: 1\n", "  attempt: 1\n  attempt: 2\n")))

    error = load_error(path)

    assert type(error) is CaseFileError
    assert str(error).startswith(f"{path}:{line_with(path, 'attempt: 2')}: not valid YAML: ")
    assert 'duplicate key "attempt"' in str(error)


@pytest.mark.parametrize(
    ("content", "kind"),
    [
        ("- schema_version: 1\n- marketplace: amazon\n", "a list"),
        ("42\n", "a single int value"),
        ("just a sentence\n", "a single str value"),
    ],
)
def test_top_level_is_not_a_mapping(write_case: WriteCase, content: str, kind: str) -> None:
    path = write_case(content)

    error = load_error(path)

    assert type(error) is CaseFileError
    assert str(error) == (
        f"{path}:1: the case file holds {kind}; it must be a mapping of keys such as "
        "schema_version, marketplace, seller, notice and issues"
    )


def test_binary_file(write_case: WriteCase) -> None:
    path = write_case(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")

    error = load_error(path)

    assert type(error) is CaseFileError
    assert str(error) == (
        f"{path} is a binary file, not a YAML case file. Give the path of the text file."
    )


def test_file_too_large_is_refused_before_it_is_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "huge.yaml"
    with path.open("wb") as handle:
        handle.write(CASE_TEXT.encode())
        handle.truncate(50 * 1024 * 1024)  # sparse: instant, and no 50 MB in memory

    def no_reading(*args: object, **kwargs: object) -> bytes:
        raise AssertionError("a file over the limit must be refused from its size alone")

    monkeypatch.setattr(Path, "read_bytes", no_reading)
    monkeypatch.setattr(Path, "read_text", no_reading)
    error = load_error(path)

    assert type(error) is CaseFileError
    assert str(error).startswith(
        f"{path} is 50.0 MB; a case file is at most {MAX_CASE_BYTES // 1024 // 1024} MB."
    )
    assert "evidence files stay next to the case" in str(error)


def test_not_utf8(write_case: WriteCase) -> None:
    text = case_text(("  seller_id:", "  store_name: Caf\u00e9 Outdoor\n  seller_id:"))
    path = write_case(text.encode("latin-1"))

    error = load_error(path)

    assert type(error) is CaseFileError
    line = text.splitlines().index("  store_name: Caf\u00e9 Outdoor") + 1
    assert str(error) == (
        f"{path}:{line}: the file is not UTF-8 text (byte 0xe9). "
        "Save it as UTF-8 in your editor and try again."
    )


def test_utf8_with_byte_order_mark(write_case: WriteCase) -> None:
    # Windows editors often write one; it is still UTF-8.
    path = write_case(b"\xef\xbb\xbf" + CASE_TEXT.encode())
    assert load_case(path).marketplace == "amazon"


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "no-such-case.yaml"

    error = load_error(path)

    assert type(error) is CaseFileError
    assert str(error) == (
        f"{path}: no such case file. Check the path. Samples to start from are in samples/; "
        "evidence files stay next to the case."
    )


def test_folder_instead_of_a_file(tmp_path: Path) -> None:
    error = load_error(tmp_path)

    assert type(error) is CaseFileError
    assert str(error) == (
        f"{tmp_path} is a folder, not a case file. Give the path of a .yaml file."
    )


def test_deeply_nested_yaml(write_case: WriteCase) -> None:
    # Nobody types this, but a pasted or generated file can; it must not crash poa.
    path = write_case("schema_version: 1\nnotes: " + "[" * 500 + "]" * 500 + "\n")

    error = load_error(path)

    assert isinstance(error, CaseFileError)
    assert str(error).startswith(str(path))


# --- schema_version --------------------------------------------------------------------------


def test_schema_version_missing(write_case: WriteCase) -> None:
    path = write_case(case_text(("schema_version: 1\n", "")))

    error = load_error(path)

    assert type(error) is SchemaVersionError
    assert str(error) == (
        f"{path}:1: schema_version is missing. "
        f"Add 'schema_version: {SCHEMA_VERSION}' as the first line."
    )


def test_schema_version_newer_than_this_poa(write_case: WriteCase) -> None:
    newer = SCHEMA_VERSION + 1
    # A newer format may well have keys this poa does not know: the version is the one message.
    path = write_case(
        case_text(
            ("schema_version: 1\n", f"# written by poa 9\nschema_version: {newer}\n"),
            ("  seller_id:", "  tax_residency: US\n  seller_id:"),
        )
    )

    error = load_error(path)

    assert type(error) is SchemaVersionError
    assert str(error) == (
        f"{path}:2: this case file uses schema_version {newer}, written by a newer poa; "
        f"this poa reads up to {SCHEMA_VERSION}. Upgrade poa (pip install -U poa) to open it."
    )


@pytest.mark.parametrize(
    ("value", "shown"),
    [("one", "'one'"), ("'1'", "'1'"), ("1.5", "1.5"), ("true", "True"), ("0", "0")],
)
def test_schema_version_not_a_whole_number(write_case: WriteCase, value: str, shown: str) -> None:
    path = write_case(case_text(("schema_version: 1\n", f"# a case\nschema_version: {value}\n")))

    error = load_error(path)

    assert type(error) is SchemaVersionError
    assert str(error) == (
        f"{path}:2: schema_version must be a whole number such as {SCHEMA_VERSION}, not {shown}."
    )


# --- content that breaks the model -----------------------------------------------------------


def test_unknown_key_with_a_close_match(write_case: WriteCase) -> None:
    path = write_case(
        case_text(
            ("  seller_id: A3EXAMPLE0099\n", "  seller_id: A3EXAMPLE0099\n  stor_name: Example\n")
        )
    )
    line = line_with(path, "stor_name:")

    with pytest.raises(CaseValidationError) as caught:
        load_case(path)

    assert [(p.path, p.line) for p in caught.value.problems] == [("seller.stor_name", line)]
    assert str(caught.value).splitlines() == [
        f"{path} has 1 problem:",
        f"  {path}:{line}: seller.stor_name: unknown key 'stor_name'; did you mean 'store_name'?",
    ]


def test_misspelt_required_key_suggests_the_right_one(write_case: WriteCase) -> None:
    path = write_case(case_text(("  legal_name:", "  legal_nme:")))
    line = line_with(path, "legal_nme:")

    with pytest.raises(CaseValidationError) as caught:
        load_case(path)

    lines = str(caught.value).splitlines()
    assert (
        f"  {path}:{line}: seller.legal_nme: unknown key 'legal_nme'; did you mean 'legal_name'?"
        in lines
    )
    # The real key is then missing; its line is the seller's, and the message says what it is.
    assert (
        f"  {path}:{line_with(path, 'seller:')}: seller.legal_name: required: "
        f"{Seller.model_fields['legal_name'].description}" in lines
    )


def test_unknown_key_without_a_close_match_lists_the_known_keys(write_case: WriteCase) -> None:
    path = write_case(case_text(("  seller_id:", "  favourite_colour: green\n  seller_id:")))

    with pytest.raises(CaseValidationError) as caught:
        load_case(path)

    [problem] = caught.value.problems
    assert (problem.path, problem.line) == ("seller.favourite_colour", line_with(path, "favourite"))
    assert problem.message == (
        f"unknown key 'favourite_colour'; expected one of: {', '.join(Seller.model_fields)}"
    )


def test_wrong_type_for_a_number(write_case: WriteCase) -> None:
    path = write_case(case_text(("  attempt: 1\n", "  attempt: two\n")))

    with pytest.raises(CaseValidationError) as caught:
        load_case(path)

    assert [(p.path, p.line, p.message) for p in caught.value.problems] == [
        (
            "notice.attempt",
            line_with(path, "attempt:"),
            "Input should be a valid integer, unable to parse string as an integer (got 'two')",
        )
    ]


def test_wrong_type_for_a_list(write_case: WriteCase) -> None:
    path = write_case(CASE_TEXT.split("issues:")[0] + "issues: x\n")

    with pytest.raises(CaseValidationError) as caught:
        load_case(path)

    assert [(p.path, p.line, p.message) for p in caught.value.problems] == [
        ("issues", line_with(path, "issues:"), "Input should be a valid list (got 'x')")
    ]


@pytest.mark.parametrize("value", ["2026-02-30", "3rd of Nov", "2026-11-31", "11/02/2026"])
@pytest.mark.parametrize(
    ("field", "old"),
    [
        ("notice.received_on", "received_on: 2026-11-02"),
        ("issues[0].corrective_actions[0].completed_on", "completed_on: 2026-11-03"),
    ],
)
def test_invalid_date(write_case: WriteCase, field: str, old: str, value: str) -> None:
    key = old.split(":")[0]
    path = write_case(case_text((old, f"{key}: {value}")))

    with pytest.raises(CaseValidationError) as caught:
        load_case(path)

    [problem] = caught.value.problems
    assert (problem.path, problem.line) == (field, line_with(path, f"{key}:"))
    assert problem.message.startswith("Input should be a valid date")
    assert problem.message.endswith(f". Write dates as YYYY-MM-DD, e.g. 2026-11-03 (got {value!r})")


def test_every_problem_at_once(write_case: WriteCase) -> None:
    path = write_case(
        case_text(
            ("  seller_id: A3EXAMPLE0099\n", "  seller_id: A3EXAMPLE0099\n  stor_name: Example\n"),
            ("received_on: 2026-11-02", "received_on: 2026-02-30"),
            ("  attempt: 1\n", "  attempt: second\n"),
            ("cadence: per_order", "cadence: sometimes"),
        )
    )

    with pytest.raises(CaseValidationError) as caught:
        load_case(path)

    head, *lines = str(caught.value).splitlines()
    assert head == f"{path} has 4 problems:"
    assert len(lines) == 4
    shape = re.compile(rf"  {re.escape(str(path))}:(\d+): (\S+): (.+)")
    located = []
    for line in lines:
        match = shape.fullmatch(line)
        assert match, line
        located.append((int(match[1]), match[2]))
    assert located == [
        (line_with(path, "stor_name:"), "seller.stor_name"),
        (line_with(path, "received_on:"), "notice.received_on"),
        (line_with(path, "attempt:"), "notice.attempt"),
        (line_with(path, "cadence:"), "issues[0].preventive_measures[0].cadence"),
    ]
    assert "'per_order'" in lines[3]  # the allowed cadences are listed


# --- saving ----------------------------------------------------------------------------------


@pytest.mark.parametrize("scenario", ["roundtrip", "roundtrip-flush-lists"])
def test_save_changes_only_the_changed_value(tmp_path: Path, scenario: str) -> None:
    path = tmp_path / "case.yaml"
    shutil.copy(FIXTURES / scenario / "case.yaml", path)
    before = path.read_text("utf-8")

    case_file = open_case(path)
    case_file.data["notice"]["attempt"] = 2
    case_file.save()

    # Line by line, so a failure shows the first line that moved.
    expected = before.replace("  attempt: 1", "  attempt: 2", 1)
    assert expected != before
    assert path.read_text("utf-8").splitlines(keepends=True) == expected.splitlines(keepends=True)
    assert load_case(path).notice.attempt == 2


def test_save_keeps_comments_and_key_order(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    shutil.copy(FIXTURES / "roundtrip" / "case.yaml", path)

    case_file = open_case(path)
    case_file.data["seller"]["seller_id"] = "A3EXAMPLE0100"
    case_file.save()

    text = path.read_text("utf-8")
    top_keys = [line.split(":")[0] for line in text.splitlines() if re.match(r"[a-z_]+:", line)]
    assert top_keys == ["marketplace", "schema_version", "notice", "seller", "issues"]
    assert text.startswith("# A case written by hand: comments, blank lines, quoting")
    assert "marketplace: amazon   # the marketplace comes first in this file\n" in text
    assert '  subject: "Your account is at risk: late shipments"\n' in text
    assert "  store_name: 'Example Test Goods'\n" in text
    assert text.endswith("\n# end of case\n")


def test_save_keeps_the_files_permissions(tmp_path: Path) -> None:
    path = tmp_path / "case.yaml"
    shutil.copy(FIXTURES / "roundtrip" / "case.yaml", path)
    path.chmod(0o640)

    case_file = open_case(path)
    case_file.data["notice"]["attempt"] = 2
    case_file.save()

    assert stat.S_IMODE(path.stat().st_mode) == 0o640


@pytest.mark.parametrize(
    ("failure", "raised"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), OutputError),
        (KeyboardInterrupt(), KeyboardInterrupt),
    ],
    ids=["disk-full", "ctrl-c"],
)
def test_save_that_fails_leaves_the_file_and_folder_as_they_were(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    failure: BaseException,
    raised: type[BaseException],
) -> None:
    path = tmp_path / "case.yaml"
    shutil.copy(FIXTURES / "roundtrip" / "case.yaml", path)
    before = path.read_bytes()
    case_file = open_case(path)
    case_file.data["notice"]["attempt"] = 2

    def replace_fails(src: object, dst: object) -> None:
        raise failure

    monkeypatch.setattr(os, "replace", replace_fails)
    with pytest.raises(raised) as caught:
        case_file.save()

    if raised is OutputError:
        assert str(caught.value) == f"Cannot write {path}: No space left on device."
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["case.yaml"]


def test_save_of_a_new_case_file_puts_schema_version_first(tmp_path: Path) -> None:
    path = tmp_path / "new" / "case.yaml"
    data = CommentedMap()
    data["marketplace"] = "amazon"
    data["seller"] = CommentedMap(legal_name="Example Test Goods LLC")

    CaseFile(path=path, data=data).save()

    assert path.read_text("utf-8").splitlines() == [
        f"schema_version: {SCHEMA_VERSION}",
        "marketplace: amazon",
        "seller:",
        "  legal_name: Example Test Goods LLC",
    ]
    assert open_case(path).data["schema_version"] == SCHEMA_VERSION


def test_rules_of_valid_parts_are_reported_alongside_field_errors(write_case: WriteCase) -> None:
    """One run shows everything: a typo in one place does not hide a future date elsewhere."""
    data = minimal_case()
    data["seller"]["legal_nme"] = data["seller"].pop("legal_name")
    issue = data["issues"][0]
    issue["corrective_actions"].append({"action": "Planned audit.", "completed_on": "2099-01-01"})
    del issue["preventive_measures"][0]["owner"]
    data["notice"]["order_ids"] = ["112-483920-5562814"]
    path = write_case(data)

    with pytest.raises(CaseValidationError) as caught:
        load_case(path)

    assert [p.path for p in caught.value.problems] == [
        "seller.legal_name",
        "seller.legal_nme",
        "notice.order_ids[0]",
        "issues[0].corrective_actions[1].completed_on",
        "issues[0].preventive_measures[0].owner",
    ]
    assert "is in the future" in caught.value.problems[3].message
    lines = [p.line or 0 for p in caught.value.problems]
    assert all(lines) and lines[2:] == sorted(lines[2:])


@pytest.mark.parametrize("sample", SAMPLES, ids=[p.stem for p in SAMPLES])
def test_the_fast_and_the_round_trip_parser_read_the_same_case(sample: Path) -> None:
    assert load_case(sample) == open_case(sample).validate()


def test_two_writers_never_lose_each_others_work(tmp_path: Path) -> None:
    import shutil

    from poa.casefile import open_case
    from poa.errors import CaseConflictError

    case = tmp_path / "case.yaml"
    shutil.copy(ROOT / "samples" / "amazon-late-shipment.yaml", case)
    first, second = open_case(case), open_case(case)
    first.data["seller"]["store_name"] = "Written first"
    first.save()
    second.data["seller"]["legal_name"] = "Written second LLC"
    with pytest.raises(CaseConflictError) as conflict:
        second.save()
    assert "changed on disk" in str(conflict.value) and "case.mine.yaml" in str(conflict.value)
    assert open_case(case).data["seller"]["store_name"] == "Written first"  # not overwritten
    kept = open_case(tmp_path / "case.mine.yaml").data["seller"]
    assert kept["legal_name"] == "Written second LLC"  # and the second writer lost nothing
    first.data["seller"]["store_name"] = "Written first, again"
    first.save()  # the writer that is up to date keeps saving
    assert open_case(case).data["seller"]["store_name"] == "Written first, again"


def _locs(data: object, prefix: tuple[str | int, ...] = ()) -> list[tuple[str | int, ...]]:
    """Every path into ``data``, and one past each end (a key or an index it does not have)."""
    found = [prefix, (*prefix, "no_such_key"), (*prefix, 99)]
    if isinstance(data, dict):
        found += [loc for key, value in data.items() for loc in _locs(value, (*prefix, key))]
    elif isinstance(data, list):
        found += [loc for i, value in enumerate(data) for loc in _locs(value, (*prefix, i))]
    return found


@pytest.mark.parametrize("sample", SAMPLES, ids=[s.stem for s in SAMPLES])
def test_a_sound_case_is_read_fast_with_the_lines_the_round_trip_gives(sample: Path) -> None:
    """``poa check`` reads a sound case with the fast parser and finds its lines from the C
    parser's nodes (issue 18): the same line for every path as the round-trip parser's."""
    from poa import yamldoc
    from poa.casefile import read_case

    case, line_of = read_case(sample)
    case_file = open_case(sample)
    assert case == case_file.validate()
    assert line_of.__module__ == yamldoc.__name__  # the fast path, not the round trip's
    for loc in _locs(case_file.data):
        assert line_of(loc) == case_file.line_of(loc), loc


def test_a_case_with_a_problem_is_read_again_for_its_lines(write_case: WriteCase) -> None:
    from poa.casefile import read_case

    case = minimal_case()
    case["issues"][0]["corrective_actions"][0]["completed_on"] = "2999-01-01"
    path = write_case(case)
    lines = path.read_text(encoding="utf-8").splitlines()
    (where,) = [n for n, line in enumerate(lines, start=1) if "completed_on:" in line]
    with pytest.raises(CaseValidationError) as caught:
        read_case(path)
    assert [(p.line, p.path) for p in caught.value.problems] == [
        (where, "issues[0].corrective_actions[0].completed_on")
    ]
