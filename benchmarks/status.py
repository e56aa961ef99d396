"""`make bench` row for issue 20: `poa status` over 1,000 case files.

The cases are the samples copied under new names, each with its own seller name and notice
reference so that no two files are alike. Targets: the first run (an empty cache) at most
30 s, a second run over the unchanged files under 2 s.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

FIRST_TARGET_S = 30.0
RERUN_TARGET_S = 2.0


def generate(folder: Path, count: int, root: Path) -> list[Path]:
    """``count`` case files under ``folder``: each sample in turn, its seller and reference
    made unique (the evidence folders beside them once per sample)."""
    samples = sorted((root / "samples").glob("*.yaml"))
    texts = {}
    for sample in samples:
        if (sample.parent / sample.stem).is_dir():
            shutil.copytree(sample.parent / sample.stem, folder / sample.stem, dirs_exist_ok=True)
        texts[sample] = sample.read_text(encoding="utf-8")
    cases = []
    for number in range(count):
        sample = samples[number % len(samples)]
        text = texts[sample].replace("legal_name: ", f"legal_name: Case {number:04d} ", 1)
        path = folder / f"case-{number:04d}-{sample.stem}.yaml"
        path.write_text(text, encoding="utf-8")
        cases.append(path)
    return cases


def _run(folder: Path, cache: Path) -> float:
    env = {**os.environ, "POA_CACHE_DIR": str(cache)}
    command = [sys.executable, "-m", "poa", "status", str(folder), "--format", "json"]
    start = time.perf_counter()
    done = subprocess.run(command, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    if done.returncode != 0:
        raise SystemExit(f"poa status failed ({done.returncode}): {done.stderr[-2000:]}")
    return seconds


def bench_status(root: Path, count: int = 1000) -> bool:
    with tempfile.TemporaryDirectory() as tmp:
        folder, cache = Path(tmp) / "cases", Path(tmp) / "cache"
        folder.mkdir()
        generate(folder, count, root)
        first = _run(folder, cache)
        again = _run(folder, cache)
    ok = first <= FIRST_TARGET_S and again < RERUN_TARGET_S
    print(
        f"poa status {count} cases: first run {first:6.1f} s (target <= {FIRST_TARGET_S:.0f} s)"
        f"   unchanged rerun {again:5.2f} s (target < {RERUN_TARGET_S:.0f} s): "
        f"{'ok' if ok else 'MISSED'}"
    )
    return ok


if __name__ == "__main__":
    raise SystemExit(0 if bench_status(Path(__file__).resolve().parent.parent) else 1)
