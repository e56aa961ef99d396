"""No network, ever: the whole pipeline runs with sockets disabled, and any attempt to
connect or resolve a name is recorded and fails the test."""

from __future__ import annotations

import shutil
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from poa.cli import main
from poa.errors import PoaWarning
from poa.interview import run_interview
from poa.notice import read_notice_file
from tests.conftest import ROOT, SAMPLES

NOTICES = sorted((ROOT / "tests" / "fixtures").glob("notices*/*.txt"))


@pytest.fixture
def no_network(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[str]]:
    """Every way out of the machine raises; the list records what was attempted."""
    attempts: list[str] = []

    def refuse(name: str) -> Any:
        def refused(*args: Any, **kwargs: Any) -> Any:
            attempts.append(f"{name}{args[1:] if name.startswith('socket.') else args}")
            raise OSError(f"poa tests: network disabled ({name})")

        return refused

    for name in ("connect", "connect_ex", "sendto", "bind"):
        monkeypatch.setattr(socket.socket, name, refuse(f"socket.{name}"))
    for name in ("create_connection", "getaddrinfo", "gethostbyname", "gethostbyname_ex"):
        monkeypatch.setattr(socket, name, refuse(name))
    yield attempts


@pytest.mark.slow
def test_the_whole_pipeline_runs_without_the_network(
    no_network: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    copies = tmp_path / "samples"
    shutil.copytree(ROOT / "samples", copies)
    for sample in SAMPLES:
        case = copies / sample.name
        assert main(["check", str(case)]) in {0, 1}
        code = main(["render", str(case), "-o", str(tmp_path / "out"), "--format", "md,docx,pdf"])
        assert code == 0, capsys.readouterr().err
        run_interview(case, values={}, out_dir=tmp_path / "out")  # replay: every answer is there
    for notice in NOTICES:
        read_notice_file(notice)
    assert main(["notice", str(NOTICES[0]), "-o", str(tmp_path / "from-notice.yaml")]) == 0
    assert list((tmp_path / "out").rglob("*.pdf"))
    assert no_network == []


def test_a_pdf_whose_html_and_css_point_at_the_network_connects_to_nothing(
    no_network: list[str], tmp_path: Path
) -> None:
    from poa.render.pdf import build_pdf, make_fetcher

    html = (
        '<html><head><link rel="stylesheet" href="http://127.0.0.1:9/a.css"></head><body>'
        '<img src="http://example.com/x.png"><img src="https://127.0.0.1:9/y.png">'
        '<img src="ftp://example.com/z.png"><iframe src="http://example.com/"></iframe>'
        '<p style="background: url(http://example.com/bg.png)">Text</p></body></html>'
    )
    css = (
        '@import url("http://example.com/more.css");'
        '@font-face { font-family: Remote; src: url("https://fonts.example.com/r.woff2"); }'
        "p { font-family: Remote; }"
    )
    fetcher = make_fetcher([tmp_path])
    with pytest.warns(PoaWarning, match="never fetches anything from the network"):
        data = build_pdf(html, css, base_dir=tmp_path, allowed_roots=[tmp_path], fetcher=fetcher)
    assert data.startswith(b"%PDF")
    assert fetcher.requested, "weasyprint asked for nothing: the test did not exercise fetching"
    assert sorted(fetcher.refused) == sorted(fetcher.requested)
    assert no_network == []


def test_the_guard_itself_catches_a_connection(no_network: list[str]) -> None:
    with pytest.raises(OSError, match="network disabled"):
        socket.create_connection(("127.0.0.1", 9), timeout=1)
    with socket.socket() as sock, pytest.raises(OSError, match="network disabled"):
        sock.connect(("127.0.0.1", 9))
    assert len(no_network) == 2
