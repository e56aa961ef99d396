"""`make bench`, issue 19: `poa metrics` on a 1,000,000-row All Orders report against
`pandas.read_csv` of the same file, each in its own process, side by side in one run.

Target: poa no slower than pandas (ratio <= 1.0) and its peak memory under 250 MB. pandas is
not a dependency of poa: the baseline runs in the interpreter named by $POA_BENCH_PANDAS
(default: this one), and the row says it was skipped when pandas cannot be imported there.
"""

from __future__ import annotations

import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROWS = 1_000_000
TIME_TARGET_RATIO = 1.0
MEMORY_TARGET_MB = 250.0
COLUMNS = (
    "amazon-order-id",
    "merchant-order-id",
    "purchase-date",
    "last-updated-date",
    "order-status",
    "fulfillment-channel",
    "sales-channel",
    "order-channel",
    "url",
    "ship-service-level",
    "product-name",
    "sku",
    "asin",
    "item-status",
    "quantity",
    "currency",
    "item-price",
    "item-tax",
    "shipping-price",
    "shipping-tax",
    "gift-wrap-price",
    "gift-wrap-tax",
    "item-promotion-discount",
    "ship-promotion-discount",
    "ship-city",
    "ship-state",
    "ship-postal-code",
    "ship-country",
    "promotion-ids",
    "is-business-order",
    "purchase-order-number",
    "price-designation",
)
_PRODUCTS = (
    'Oak shelf 12" wide, natural finish',
    "Walnut serving tray - large",
    "Cotton tea towels (set of 4)",
    "Stainless steel water bottle 750 ml",
    "Ceramic mug, matte black",
    "LED desk lamp with USB-C charging port and three brightness levels",
)
_CITIES = (("Austin", "TX", "78701"), ("Portland", "OR", "97201"), ("Columbus", "OH", "43004"))


def write_all_orders(path: Path, rows: int = ROWS, seed: int = 19) -> None:
    """A realistic All Orders report: 1-3 items an order, 93 % seller-fulfilled, about 2 %
    cancelled and 1 % pending, 90 days of purchases with US offsets, trailing empty fields."""
    rng = random.Random(seed)  # noqa: S311 - made-up orders, not secrets
    start = 1_790_000_000  # 2026-09-21
    written = 0
    number = 0
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("\t".join(COLUMNS) + "\r\n")
        while written < rows:
            number += 1
            order = f"11{number % 10}-{number:07d}-{rng.randrange(10**7):07d}"
            stamp = start + number * 90 * 86400 // (rows * 10 // 14)
            when = time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(stamp - 7 * 3600)) + "-07:00"
            roll = rng.random()
            status = "Cancelled" if roll < 0.02 else "Pending" if roll < 0.03 else "Shipped"
            channel = "Amazon" if rng.random() < 0.07 else "Merchant"
            city, state, postal = rng.choice(_CITIES)
            for item in range(rng.choice((1, 1, 1, 2, 3))):
                price = f"{rng.randrange(500, 9000) / 100:.2f}"
                row = [
                    order,
                    "",
                    when,
                    when,
                    status,
                    channel,
                    "Amazon.com",
                    "",
                    "",
                    "Standard",
                    rng.choice(_PRODUCTS),
                    f"SKU-{item}{number % 997:03d}",
                    "B0EXAMPLE1",
                    "Cancelled"
                    if status == "Cancelled"
                    else status.replace("Pending", "Unshipped"),
                    "1",
                    "USD",
                    price,
                    "0.00",
                    "4.99",
                    "0.00",
                    "",
                    "",
                    "",
                    "",
                    city,
                    state,
                    postal,
                    "US",
                    "",
                    "false",
                    "",
                    "",
                ]
                out.write("\t".join(row) + "\t\t\r\n")
                written += 1
                if written >= rows:
                    break


def _run(command: list[str]) -> tuple[float, float]:
    """Wall time (s) and peak memory (MB) of one child process, its own (benchmarks/peak.py)."""
    from benchmarks.peak import measured

    run = measured(command)
    if run.returncode != 0:
        raise SystemExit(f"{command[:3]} failed: {run.stderr[-2000:]}")
    return run.seconds, run.peak_kib / 1024


def _has_pandas(python: str) -> bool:
    probe = subprocess.run([python, "-c", "import pandas"], capture_output=True, check=False)
    return probe.returncode == 0


def bench_metrics(root: Path, rows: int = ROWS, rounds: int = 3) -> bool:
    """poa metrics on the All Orders report against pandas.read_csv of it: time and memory."""
    python = os.environ.get("POA_BENCH_PANDAS", sys.executable)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "all-orders.txt"
        write_all_orders(path, rows)
        size = path.stat().st_size / 1024 / 1024
        poa = [sys.executable, "-m", "poa", "metrics", str(path), "--format", "json"]
        env_root = str(root)
        os.environ["PYTHONPATH"] = env_root + os.pathsep + os.environ.get("PYTHONPATH", "")
        pandas = [python, "-c", f"import pandas; pandas.read_csv({str(path)!r}, sep='\\t')"]
        with_pandas = _has_pandas(python)
        poa_runs: list[tuple[float, float]] = []
        pandas_runs: list[tuple[float, float]] = []
        _run(poa)  # warm the file cache
        for _ in range(rounds):
            poa_runs.append(_run(poa))
            if with_pandas:
                pandas_runs.append(_run(pandas))
    took = statistics.median(t for t, _ in poa_runs)
    peak = max(m for _, m in poa_runs)
    memory_ok = peak < MEMORY_TARGET_MB
    line = (
        f"poa metrics, {rows:,}-row All Orders ({size:.0f} MB): median {took:5.2f} s, "
        f"peak {peak:5.0f} MB (target < {MEMORY_TARGET_MB:.0f} MB: "
        f"{'ok' if memory_ok else 'MISSED'})"
    )
    if not with_pandas:
        print(
            f"{line}   pandas.read_csv: skipped (pandas is not installed in {python}; "
            "set POA_BENCH_PANDAS to an interpreter that has it)"
        )
        return memory_ok
    base = statistics.median(t for t, _ in pandas_runs)
    base_peak = max(m for _, m in pandas_runs)
    ratio = took / base
    ok = memory_ok and ratio <= TIME_TARGET_RATIO
    print(
        f"{line}   pandas.read_csv {base:5.2f} s, peak {base_peak:5.0f} MB   ratio "
        f"{ratio:4.2f}x   target <= {TIME_TARGET_RATIO:.1f}x: "
        f"{'ok' if ratio <= TIME_TARGET_RATIO else 'MISSED'}"
    )
    return ok


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # benchmarks.peak
    raise SystemExit(0 if bench_metrics(Path(__file__).resolve().parent.parent) else 1)
