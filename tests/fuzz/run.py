"""The long fuzz run (``make fuzz``): every loader, random mutations, for a set time.

    python -m tests.fuzz.run [--seconds 300] [--seed N] [--target case ...] [--keep DIR]

Prints, per target, how many inputs loaded, how many were refused with a PoaError, and every
failure (any other exception) with the input saved under --keep, then exits 1 if there was one.
Replay a saved input with the loader named in its folder.
"""

from __future__ import annotations

import argparse
import random
import signal
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

from tests.fuzz.targets import TARGETS, Outcome, random_ops, run_one


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.fuzz.run", description=__doc__)
    parser.add_argument("--seconds", type=float, default=300.0, help="total time (default 300)")
    parser.add_argument("--seed", type=int, default=None, help="seed the run (default: random)")
    parser.add_argument("--target", action="append", choices=sorted(TARGETS), default=[])
    parser.add_argument("--keep", type=Path, default=Path("out/fuzz"), help="failing inputs")
    parser.add_argument(
        "--limit",
        type=float,
        default=10.0,
        help="seconds one input may take before it counts as a failure (a hang; default 10)",
    )
    args = parser.parse_args(argv)

    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**32)
    rng = random.Random(seed)  # noqa: S311 - reproducible test inputs, not secrets
    names = args.target or sorted(TARGETS)
    share = args.seconds / len(names)
    print(f"fuzzing {', '.join(names)} for {args.seconds:.0f} s, seed {seed}")
    failed = 0
    for name in names:
        target = TARGETS[name]
        counts: Counter[str] = Counter()
        end = time.monotonic() + share
        with tempfile.TemporaryDirectory(prefix=f"poa-fuzz-{name}-") as scratch:
            while time.monotonic() < end:
                folder = Path(scratch) / str(counts.total())
                outcome = _timed(
                    args.limit, run_one, target, rng.randrange(1 << 30), random_ops(rng), folder
                )
                if outcome.failure is not None:
                    counts["failed"] += 1
                    failed += 1
                    _report(name, folder, outcome.failure, args.keep)
                elif outcome.refused is not None:
                    counts[f"refused ({outcome.refused})"] += 1
                else:
                    counts["loaded"] += 1
        summary = ", ".join(f"{count} {what}" for what, count in sorted(counts.items()))
        print(f"  {name:14} {counts.total():6} inputs: {summary}")
    print("no failures" if not failed else f"{failed} failure(s); inputs kept in {args.keep}")
    return 1 if failed else 0


class TooSlow(BaseException):
    """One input ran past --limit: a BaseException, so no ``except Exception`` swallows it."""


def _timed(limit: float, run: Any, *args: Any) -> Outcome:
    def expire(*_: object) -> None:
        raise TooSlow(f"one input took more than {limit:g} s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        outcome: Outcome = run(*args)
    except TooSlow as err:
        outcome = Outcome(failure=RuntimeError(str(err)).with_traceback(err.__traceback__))
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
    return outcome


def _report(name: str, folder: Path, failure: BaseException, keep: Path) -> None:
    kept = keep / name / f"{time.time_ns()}"
    kept.mkdir(parents=True, exist_ok=True)
    for file in folder.rglob("*"):
        if file.is_file():
            target = kept / file.relative_to(folder)
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(file.read_bytes())
    trace = "".join(traceback.format_exception(failure))
    (kept / "traceback.txt").write_text(trace, encoding="utf-8")
    print(f"FAIL {name}: {type(failure).__name__}: {failure} (input in {kept})", file=sys.stderr)


if __name__ == "__main__":
    sys.exit(main())
