"""poa never writes through a link in its output tree: a linked case folder, a linked output
file, record or backup stops the render before anything is written, --force or not; new files
get the user's umask, never the permissions of whatever a link pointed at."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from poa.errors import OutputError
from poa.fsutil import write_atomic
from poa.render import RenderOptions, render
from tests.conftest import WriteCase, minimal_case


@pytest.fixture
def case(write_case: WriteCase) -> Path:
    return write_case(minimal_case())


def _render(case: Path, out: Path, force: bool = False) -> list[Path]:
    options = RenderOptions(force=force)
    return render(case, out, formats=["md"], documents=["poa"], options=options)


def test_a_case_folder_that_is_a_link_is_refused(case: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "case").symlink_to(elsewhere)
    with pytest.raises(OutputError) as caught:
        _render(case, tmp_path / "out")
    assert str(caught.value) == (
        f"The output folder {tmp_path / 'out' / 'case'} is a link (to {elsewhere}); poa never "
        "writes through a link, so nothing was written. Remove the link (the folder it points "
        "to is kept), or render into another folder with -o."
    )
    assert list(elsewhere.iterdir()) == []


@pytest.mark.parametrize("force", [False, True])
@pytest.mark.parametrize("name", ["poa.md", ".poa-written.json"])
def test_an_output_file_that_is_a_link_is_refused(
    case: Path, tmp_path: Path, name: str, force: bool
) -> None:
    """With --force, the link's target was copied to .bak and the new file took its mode."""
    target = tmp_path / "kept.md"
    target.write_text("a file kept elsewhere\n", encoding="utf-8")
    target.chmod(0o600)
    folder = tmp_path / "out" / "case"
    folder.mkdir(parents=True)
    (folder / name).symlink_to(target)
    with pytest.raises(OutputError) as caught:
        _render(case, tmp_path / "out", force=force)
    assert str(caught.value) == (
        f"{folder / name} is a link (to {target}); poa never writes through a link, so nothing "
        "was written. Remove the link, or render into another folder with -o."
    )
    assert sorted(p.name for p in folder.iterdir()) == [name]  # no .bak, no new file
    assert target.read_text(encoding="utf-8") == "a file kept elsewhere\n"


def test_a_pipe_where_an_output_goes_is_refused_not_waited_on(case: Path, tmp_path: Path) -> None:
    folder = tmp_path / "out" / "case"
    folder.mkdir(parents=True)
    os.mkfifo(folder / "poa.md")
    with pytest.raises(OutputError, match=r"poa\.md is not a regular file: it is a named pipe"):
        _render(case, tmp_path / "out", force=True)


def test_a_backup_never_goes_through_a_dangling_link(case: Path, tmp_path: Path) -> None:
    (markdown,) = _render(case, tmp_path / "out")
    markdown.write_text("my edits\n", encoding="utf-8")
    planted = tmp_path / "planted.md"
    markdown.with_name("poa.md.bak").symlink_to(planted)  # points at nothing yet
    _render(case, tmp_path / "out", force=True)
    assert not planted.exists()
    assert markdown.with_name("poa.md.bak2").read_text(encoding="utf-8") == "my edits\n"


def test_a_new_file_gets_the_umask_not_a_link_targets_mode(tmp_path: Path) -> None:
    target = tmp_path / "private.txt"
    target.write_text("x", encoding="utf-8")
    target.chmod(0o600)
    link = tmp_path / "link.txt"
    link.symlink_to(target)
    old = os.umask(0o022)
    try:
        write_atomic(link, b"new")
    finally:
        os.umask(old)
    assert not link.is_symlink() and link.read_bytes() == b"new"  # the link was replaced
    assert link.stat().st_mode & 0o777 == 0o644
    assert target.read_text(encoding="utf-8") == "x" and target.stat().st_mode & 0o777 == 0o600
