"""`make bench` measures each child's own peak memory (issue 18): not the peak of the bench's
process, which Linux carries into every child the bench starts."""

from __future__ import annotations

import json
import subprocess
import sys

from tests.conftest import ROOT

_PROBE = """
import json, os, subprocess, sys
from benchmarks.peak import measured

big = bytearray(300 * 1024 * 1024)
for at in range(0, len(big), 4096):
    big[at] = 1
del big  # gone, but this process's peak stays at 300 MB and more
small = [sys.executable, "-c", "x = bytearray(20 * 1024 * 1024)"]
child = subprocess.Popen(small)
_, _, usage = os.wait4(child.pid, 0)
print(json.dumps({"as_before": usage.ru_maxrss, "own": measured(small).peak_kib}))
"""


def test_a_child_started_by_a_large_process_reports_its_own_peak() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _PROBE], capture_output=True, text=True, check=True, cwd=ROOT
    )
    figures = json.loads(result.stdout)
    assert figures["as_before"] > 300 * 1024  # KiB: the parent's peak, read as the child's
    assert 20 * 1024 < figures["own"] < 80 * 1024  # its 20 MB, Python and the launcher's floor
