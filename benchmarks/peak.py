"""The time and peak memory of one child process, its own and no other's.

Linux carries a process's peak resident size across ``exec``: a child started by a process
that once held 377 MB reports at least 377 MB as its own peak (``ru_maxrss`` from ``wait4``),
whatever it used itself. The bench's process grows as its rows run (the render measured
in-process, the scaling texts, fifty issues replayed), so a row measured late in ``make bench``
read the bench's own peak instead of its child's: ``poa metrics`` on a million rows read
377 MB in a full run and 103 MB alone (issue 18).

Each measured command is therefore started by a small launcher, a fresh Python that starts
it, waits for it and reports its wall time, exit status and peak. The launcher's own size,
some 10 MB, is the floor of the figure.
"""

from __future__ import annotations

import os
import subprocess
import sys
from dataclasses import dataclass

_LAUNCHER = """\
import os, sys, time
report, command = int(sys.argv[1]), sys.argv[2:]
start = time.perf_counter()
pid = os.posix_spawnp(command[0], command, os.environ)
_, status, usage = os.wait4(pid, 0)
seconds = time.perf_counter() - start
os.write(report, f"{os.waitstatus_to_exitcode(status)} {seconds} {usage.ru_maxrss}".encode())
"""


@dataclass(frozen=True)
class Measured:
    """One run of a command."""

    seconds: float
    """Wall time from its start to its end (the launcher's start not counted)."""
    peak_kib: int
    """Peak resident memory of the command, or of a process it waited for, in KiB."""
    returncode: int
    stderr: str


def measured(command: list[str]) -> Measured:
    """Run ``command`` (its output thrown away, its errors kept) and measure it."""
    read, write = os.pipe()
    try:
        launcher = subprocess.Popen(
            [sys.executable, "-I", "-S", "-c", _LAUNCHER, str(write), *command],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            pass_fds=(write,),
        )
        os.close(write)
        write = -1
        _, errors = launcher.communicate()
        report = os.read(read, 200).decode()
    finally:
        os.close(read)
        if write >= 0:
            os.close(write)
    if launcher.returncode != 0 or not report:
        raise SystemExit(f"could not measure {command[:3]}: {errors.decode()[-2000:]}")
    code, seconds, peak = report.split()
    return Measured(float(seconds), int(peak), int(code), errors.decode(errors="replace"))
