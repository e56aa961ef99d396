"""The installed program: a wheel that carries its templates, and a light start-up."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import sysconfig
import venv
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT, SAMPLES
from tests.extract import docx_text, pdf_text, squash

HEAVY = ("weasyprint", "docx", "questionary", "pydantic", "jinja2", "ruamel", "markdown", "rich")


def test_help_imports_none_of_the_heavy_libraries() -> None:
    probe = (
        "import contextlib, io, json\n"
        "from poa.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        "    try:\n"
        "        main(['--help'])\n"
        "    except SystemExit:\n"
        "        pass\n"
        "print(json.dumps(sorted({m.split('.')[0] for m in IMPORTED()})))\n"
    )
    loaded = _loaded(probe, ROOT)
    assert not loaded & set(HEAVY), sorted(loaded & set(HEAVY))


NOT_YET = ("poa.review", "poa.render", "poa.gate", "jinja2", "weasyprint", "docx", "markdown")
"""What neither `poa notice` nor the interview's first question needs (issue 18)."""


_IMPORTED = (
    "def IMPORTED():\n"
    "    return sorted(m for m, mod in sys.modules.items() if getattr(mod, '__spec__', None))\n"
)
"""For a probe: the modules imported, not poa's stand-in for pydantic's plugin loader (no spec:
nothing was imported for it)."""


def _loaded(probe: str, cwd: Path) -> set[str]:
    """The modules (``poa.x.y`` and the packages of NOT_YET) loaded when ``probe`` prints."""
    result = subprocess.run(
        [sys.executable, "-c", "import sys\n" + _IMPORTED + probe],
        capture_output=True,
        text=True,
        check=True,
        cwd=cwd,
    )
    return set(json.loads(result.stdout))


def _of(loaded: set[str], names: tuple[str, ...]) -> list[str]:
    return sorted(m for m in loaded if any(m == n or m.startswith(n + ".") for n in names))


FIRST_QUESTION_LAZY = (
    "pydantic",
    "poa.banks.schema",
    "poa.model.base",
    "poa.model.parts",
    "poa.model.case",
    "poa.model.checks",
    "poa.model.introspect",
)
"""Loaded lazily (issue 18): poa.model's names, the bank library, the interview's flow and
the case file take them when first used, not on import."""
NOTICE_LAZY = (
    "poa.model.parts",
    "poa.model.case",
    "poa.model.checks",
    "poa.casefile",
    "poa.yamlrt",
    "ruamel.yaml",
)
"""Not needed by `poa notice` once its banks and terms are in the cache (issue 18): the bank
models are built on poa.model.base alone, and YAML is parsed only on a miss."""


def test_the_first_question_is_shown_before_the_review_and_rendering_load(tmp_path: Path) -> None:
    probe = (
        "import io, json, os, sys\n"
        "class Terminal(io.StringIO):\n"
        "    def isatty(self): return True\n"
        "sys.stdin, sys.stdout = Terminal(), Terminal()\n"
        "import poa.interview.prompts as prompts\n"
        "def first(self, step, progress, current):\n"
        "    sys.__stdout__.write(json.dumps(IMPORTED()))\n"
        "    sys.__stdout__.flush()\n"
        "    os._exit(0)\n"
        "prompts.Prompter.ask = first\n"
        "from poa.cli import main\n"
        "main(['interview', 'new.yaml'])\n"
    )
    loaded = _loaded(probe, tmp_path)
    assert "questionary" in loaded  # the probe did reach the first question
    assert not _of(loaded, NOT_YET), _of(loaded, NOT_YET)
    # Nor the models: the first question (the marketplace) needs no bank and no Case; they
    # are loaded while it waits for its answer (Prompter's meanwhile).
    assert not _of(loaded, FIRST_QUESTION_LAZY), _of(loaded, FIRST_QUESTION_LAZY)


def test_notice_reads_the_banks_without_the_review_or_rendering() -> None:
    """Nor Jinja: the banks come from the cache (the test run's own)."""
    notice = ROOT / "tests" / "fixtures" / "notices" / "01-amazon-late-shipment-forwarded.txt"
    probe = (
        "import contextlib, io, json, sys\n"
        "from poa.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()) as out:\n"
        f"    main(['notice', {str(notice)!r}])\n"
        "assert 'amazon.late_shipment_rate' in out.getvalue(), out.getvalue()\n"
        "print(json.dumps(IMPORTED()))\n"
    )
    _loaded(probe, ROOT)  # banks not yet in the cache are checked, with Jinja's help
    loaded = _loaded(probe, ROOT)
    assert not _of(loaded, (*NOT_YET, "questionary")), _of(loaded, (*NOT_YET, "questionary"))
    assert not _of(loaded, NOTICE_LAZY), _of(loaded, NOTICE_LAZY)


def test_a_command_reads_no_package_metadata_for_pydantic_plugins() -> None:
    """Issue 18: pydantic's search for plugins read every installed package's metadata the
    first time a model validated (poa check validates the Case)."""
    probe = (
        "import contextlib, io, json, importlib.metadata as metadata\n"
        "searched = []\n"
        "real = metadata.entry_points\n"
        "def entry_points(**selection):\n"
        "    searched.append(selection)\n"
        "    return real(**selection)\n"
        "metadata.entry_points = entry_points\n"
        "from poa.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['check', {str(SAMPLES[0])!r}])\n"
        "import pydantic.plugin._loader\n"  # the search pydantic would have made is here
        "print(json.dumps(searched))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    result = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    )
    assert json.loads(result.stdout) == []


def _probe(code: str, **env: str) -> list[object]:
    """What ``code`` prints as JSON, run after ``poa check`` of a sample in a new process."""
    probe = (
        "import contextlib, io, json, sys\n"
        "from poa.cli import main\n"
        "with contextlib.redirect_stdout(io.StringIO()):\n"
        f"    main(['check', {str(SAMPLES[0])!r}])\n" + code
    )
    environ = {k: v for k, v in os.environ.items() if k != "PYDANTIC_DISABLE_PLUGINS"}
    result = subprocess.run(
        [sys.executable, "-c", probe],
        capture_output=True,
        text=True,
        check=True,
        env={**environ, **env},
    )
    found: list[object] = json.loads(result.stdout)
    return found


def test_with_plugins_off_a_command_does_not_even_import_the_metadata_reader() -> None:
    """pydantic's loader imports importlib.metadata even when its search is off; poa answers
    in its place, as the loader would, and anything else asked of it is the real loader's."""
    assert _probe(
        "loader = sys.modules['pydantic.plugin._loader']\n"
        "print(json.dumps(['importlib.metadata' in sys.modules, list(loader.get_plugins()),"
        " loader.PYDANTIC_ENTRY_POINT_GROUP]))\n"
    ) == [False, [], "pydantic"]


def test_a_user_who_turns_plugins_on_gets_pydantic_s_own_loader() -> None:
    assert _probe(
        "loader = sys.modules['pydantic.plugin._loader']\n"
        "print(json.dumps([hasattr(loader, 'entry_points'), list(loader.get_plugins())]))\n",
        PYDANTIC_DISABLE_PLUGINS="",
    ) == [True, []]


def _wheel(tmp_path: Path) -> Path:
    """The wheel of the checkout, built offline with the test environment's hatchling."""
    wheels = tmp_path / "wheels"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--quiet",
            "--no-deps",
            "--no-build-isolation",
            "-w",
            str(wheels),
            str(ROOT),
        ],
        check=True,
        capture_output=True,
    )
    (wheel,) = wheels.glob("poa-*.whl")
    return wheel


def test_samples_hold_no_scripts() -> None:
    # The wheel force-includes samples/ whole (hatch's excludes do not apply to it), so a
    # script kept there would ship to every user: scripts/make_evidence.py draws the evidence.
    scripts = list((ROOT / "samples").rglob("*.py"))
    assert scripts == [], scripts


@pytest.mark.slow
def test_the_wheel_ships_the_samples_evidence_and_no_scripts(tmp_path: Path) -> None:
    with zipfile.ZipFile(_wheel(tmp_path)) as wheel:
        names = set(wheel.namelist())
    data = sorted(n for n in names if n.startswith("poa/_data/"))
    assert [n for n in data if n.endswith(".py")] == []
    samples = ROOT / "samples"
    needed = {
        f"poa/_data/samples/{p.relative_to(samples).as_posix()}"
        for p in samples.rglob("*")
        if p.is_file() and p.suffix in {".yaml", ".pdf", ".png"}
    }
    assert len(needed) > 30 and needed <= names, sorted(needed - names)
    assert "poa/_data/templates/poa.md.j2" in names
    assert any(n.startswith("poa/_data/question_banks/") for n in names)


@pytest.mark.slow
def test_wheel_installs_and_renders_from_the_installed_package(tmp_path: Path) -> None:
    wheel = _wheel(tmp_path)

    fresh = tmp_path / "fresh"
    venv.create(fresh, with_pip=False)
    python = fresh / "bin" / "python"
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "--python",
            str(python),
            "install",
            "--quiet",
            "--no-deps",
            "--no-index",
            str(wheel),
        ],
        check=True,
        capture_output=True,
    )
    # The fresh venv borrows the dependencies (not poa) from the test environment: a plain
    # path in a .pth file, so the checkout's editable install is not picked up.
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    Path(purelib, "_deps.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")

    work = tmp_path / "work"
    sample = SAMPLES[0]
    shutil.copytree(sample.parent / sample.stem, work / sample.stem)
    shutil.copy(sample, work / sample.name)
    env = {k: v for k, v in os.environ.items() if k not in {"PYTHONPATH", "VIRTUAL_ENV"}}

    where = subprocess.run(
        [str(python), "-c", "import poa.render.library as l; print(l.templates_dir())"],
        cwd=work,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    assert Path(where).is_relative_to(fresh), where
    assert (Path(where) / "poa.md.j2").is_file()
    assert (Path(where).parent / "question_banks").is_dir()

    subprocess.run(
        [str(fresh / "bin" / "poa"), "render", sample.name, "-o", "out", "--format", "md,docx,pdf"],
        cwd=work,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    out = work / "out" / sample.stem
    markdown = (out / "poa.md").read_text(encoding="utf-8")
    assert markdown.startswith("# Plan of Action")
    assert "Preventive measures in place" in docx_text(out / "poa.docx")
    assert squash("Preventive measures in place") in squash(pdf_text(out / "poa.pdf"))

    # The installed library checks itself against the samples shipped inside the wheel.
    checked = subprocess.run(
        [str(fresh / "bin" / "poa"), "templates", "check"],
        cwd=work,
        env={**env, "POA_TEMPLATES": "", "XDG_CONFIG_HOME": str(tmp_path / "config")},
        capture_output=True,
        text=True,
    )
    assert checked.returncode == 0, checked.stdout + checked.stderr
    assert "ok   letter: " in checked.stdout
    assert (Path(where).parent / "samples" / sample.name).is_file()
