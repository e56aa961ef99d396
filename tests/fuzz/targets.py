"""The fuzz targets: each loader poa has, its real inputs as seeds, and the mutations.

A mutation is data (:class:`Op`), so hypothesis can generate and shrink it in ``make test``
(tests/test_fuzz.py) and :mod:`tests.fuzz.run` can draw it at random for minutes on end.
Every target must either load the input or raise a PoaError whose message is not empty;
any other exception is a bug.
"""

from __future__ import annotations

import random
import tempfile
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ruamel.yaml.comments import CommentedMap

from poa.errors import PoaError

ROOT = Path(__file__).resolve().parent.parent.parent

KINDS = ("flip", "delete", "insert", "truncate", "duplicate", "random")
_TEXT_SNIPPETS = (
    "&a ", "*a", "*b", "<<: *a\n", "[", "]", "{", "}", "- ", ": ", "? ", "|\n", ">-\n", "\t",
    '"', "'", "#", "\n", "\n  ", "---\n", "...\n", "%YAML 1.1\n", "%TAG ! tag:x,2000:\n",
    "!!python/object/apply:os.system ['true']", "!!binary aGk=", "!!set {a}", "!!omap [a: 1]",
    "!!str", "!!int", "!!float", "!!timestamp", "!custom", "~", "null", "true", "no", ".nan",
    "-.inf", "0x1F", "0o17", "1_000", "1e400", "9" * 400, "2026-02-30", "2026-13-01",
    "12:30:00", "2026-11-03T25:00:00", "{{ 7*7 }}", "{% raw %}", "-#}", "{#- poa-template\n",
    "schema_version: 2\n", "schema_version: true\n", "issues: []\n", "issues: {}\n",
    "\ufeff", "\u2028", "\x85", "\u202e", "\x7f", "\x1b[31m", "😀", "\U0010ffff",
)  # fmt: skip
SNIPPETS: tuple[bytes, ...] = (
    *(s.encode("utf-8") for s in _TEXT_SNIPPETS),
    *(b"\x00", b"\xff", b"\xc3", b"\xed\xa0\x80", b"\r", b"\r\n"),
)
"""YAML syntax, tags, odd scalars, template markers and bytes that are not UTF-8."""


@dataclass(frozen=True)
class Op:
    """One change to an input: ``at`` is a position as a fraction of its length."""

    kind: str
    at: float
    size: int = 1
    payload: bytes = b""

    def apply(self, data: bytes) -> bytes:
        index = int(self.at * len(data)) if data else 0
        end = min(len(data), index + self.size)
        if self.kind == "flip" and data:
            index = min(index, len(data) - 1)
            bit = 1 << (self.size % 8)
            return data[:index] + bytes([data[index] ^ bit]) + data[index + 1 :]
        if self.kind == "delete":
            return data[:index] + data[end:]
        if self.kind == "insert":
            return data[:index] + self.payload + data[index:]
        if self.kind == "truncate":
            return data[:index]
        if self.kind == "duplicate":
            return data[:end] + data[index:end] * (1 + self.size % 3) + data[end:]
        if self.kind == "random":
            return data[:index] + self.payload + data[index + len(self.payload) :]
        return data


def mutate(data: bytes, ops: Sequence[Op]) -> bytes:
    for op in ops:
        data = op.apply(data)
    return data


def random_ops(rng: random.Random) -> list[Op]:
    """One to six random changes, for the long run."""
    ops = []
    for _ in range(rng.randint(1, 6)):
        kind = rng.choice(KINDS)
        payload = b""
        if kind == "insert":
            payload = rng.choice(SNIPPETS) if rng.random() < 0.8 else rng.randbytes(8)
        elif kind == "random":
            payload = rng.randbytes(rng.randint(1, 16))
        ops.append(Op(kind, rng.random(), rng.randint(1, 64), payload))
    return ops


# --- targets ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Target:
    """A loader under fuzzing: its seed inputs and how to feed it one (mutated) input."""

    name: str
    seeds: Callable[[], list[tuple[str, bytes]]]
    """(file name to save the input as, its bytes)."""
    load: Callable[[Path], object]


def _files(pattern: str, under: str = "") -> Callable[[], list[tuple[str, bytes]]]:
    @cache
    def seeds() -> list[tuple[str, bytes]]:
        base = ROOT / under if under else ROOT
        return [(str(p.relative_to(base)), p.read_bytes()) for p in sorted(base.glob(pattern))]

    return seeds


def _load_case(path: Path) -> object:
    from poa.casefile import load_case, open_case

    open_case(path)  # the parser the interview uses, for partial cases
    return load_case(path)


def _load_bank(path: Path) -> object:
    from poa.banks.library import load_file
    from poa.banks.schema import Bank, Concepts, Marketplaces, Thresholds

    if path.stem == "thresholds":
        return load_file(path, Thresholds)
    if path.stem == "concepts":
        return load_file(path, Concepts)
    if path.stem == "marketplaces":
        return load_file(path, Marketplaces)
    return load_file(path, Bank)


def _load_notice(path: Path) -> object:
    from poa.notice import case_skeleton, read_notice_file

    text, facts = read_notice_file(path)
    return case_skeleton(facts, text)


def _load_answers(path: Path) -> object:
    from poa.interview.replay import layer_answers

    data = CommentedMap()
    layer_answers(data, path, {})
    return data


def _replay_interview(path: Path) -> object:
    from poa.interview import run_interview

    # No terminal: the saved answers and defaults are replayed; the case is saved again.
    return run_interview(path, answers=None, values={}, out_dir=path.parent / "out")


def _review_plan(path: Path) -> object:
    from poa.review import review

    return review(path)  # a written plan: read in any layout, every rule, the score


def _load_template_meta(path: Path) -> object:
    from poa.render.catalog import read_meta

    return read_meta(path)


TARGETS: dict[str, Target] = {
    target.name: target
    for target in (
        Target("case", _files("samples/*.yaml"), _load_case),
        Target("bank", _files("**/*.yaml", "question_banks"), _load_bank),
        Target("notice", _files("tests/fixtures/notices*/*.txt"), _load_notice),
        Target("answers", _files("samples/*.yaml"), _load_answers),
        Target("interview", _files("samples/*.yaml"), _replay_interview),
        Target("template-meta", _files("*.j2", "templates"), _load_template_meta),
        Target("plan", _files("*/*.[mt][dx]*", "tests/fixtures/review/corpus/dev"), _review_plan),
        Target("plan-docx", _files("*/*.docx", "tests/fixtures/review/corpus/dev"), _review_plan),
        Target("plan-pdf", _files("*/*.pdf", "tests/fixtures/review/corpus/dev"), _review_plan),
    )
}


@dataclass
class Outcome:
    """What one input did: loaded, refused with a PoaError, or failed (a bug)."""

    loaded: bool = False
    refused: str | None = None
    failure: BaseException | None = None


def run_one(target: Target, seed: int, ops: Sequence[Op], folder: Path | None = None) -> Outcome:
    """Feed ``target`` its seed number ``seed`` changed by ``ops``."""
    seeds = target.seeds()
    name, data = seeds[seed % len(seeds)]
    folder = folder or Path(tempfile.mkdtemp(prefix=f"poa-fuzz-{target.name}-"))
    path = folder / name  # banks keep <marketplace>/<reason>.yaml: the id check stays live
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(mutate(data, ops))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")  # a warning printed at a user is a bug too
            target.load(path)
    except PoaError as err:
        if not str(err).strip():
            return Outcome(failure=AssertionError(f"{type(err).__name__} with an empty message"))
        return Outcome(refused=type(err).__name__)
    except Exception as err:  # anything else reaching a user is a traceback: a bug
        return Outcome(failure=err)
    return Outcome(loaded=True)
