"""Answers files with many issues, made from a sample: for the replay's scaling test and bench.

Issue k is a copy of the sample's issue k mod (its issue count), each of its root causes,
actions and measures marked with k, so that no two issues share a text (suggestions are
matched against every one of them, not once for all). With ``bare``, the measures keep only
their text and start date: the replay takes owner, cadence and check from the suggestion the
text is closest to, or names them as missing.
"""

from __future__ import annotations

import copy
import shutil
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML

from tests.conftest import ROOT

SAMPLE = ROOT / "samples" / "amazon-late-shipment.yaml"
_MARKED = {"root_causes": "description", "corrective_actions": "action",
           "preventive_measures": "measure"}  # fmt: skip


def issues_answers(issues: int, folder: Path, sample: Path = SAMPLE, *, bare: bool = False) -> Path:
    """Write ``folder``/answers-``issues``.yaml (with the sample's evidence next to it)."""
    yaml = YAML()
    data: Any = yaml.load(sample.read_text(encoding="utf-8"))
    originals = list(data["issues"])
    made = []
    for k in range(issues):
        issue = copy.deepcopy(originals[k % len(originals)])
        for name, field in _MARKED.items():
            for entry in issue.get(name) or []:
                entry[field] = f"{entry[field]} (issue {k + 1})"
        for measure in issue.get("preventive_measures") or [] if bare else []:
            for field in ("owner", "cadence", "verification"):
                measure.pop(field, None)
        made.append(issue)
    data["issues"] = made
    evidence = sample.with_suffix("")
    if evidence.is_dir() and not (folder / evidence.name).exists():
        shutil.copytree(evidence, folder / evidence.name)
    path = folder / f"answers-{issues}{'-bare' if bare else ''}.yaml"
    with path.open("w", encoding="utf-8") as out:
        yaml.dump(data, out)
    return path
