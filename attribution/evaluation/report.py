"""reports/spkatt.md: SpkAtt-2023 figures of one or more gold sets, written from `figures()`."""
from __future__ import annotations

import os
import platform
from datetime import date
from itertools import zip_longest
from pathlib import Path

from tabulate import tabulate

# The organisers' rule-based baseline on dev and the targets of the evaluation issue.
REFERENCE = {"message": (48.3, 60), "source": (34.8, 55), "joint": (41.8, 57)}
CUE_TARGET = 75
PAIRING_NAMES = {"paired": "paired", "missed": "missed (gold only)", "spurious": "spurious (system only)"}


def _prf_row(name: str, prf: dict, *extra) -> tuple:
    return (name, prf["precision"], prf["recall"], prf["f1"], *extra)


def section(name: str, figures: dict) -> list[str]:
    simple, full = figures["simplified"], figures["full"]
    rows = [_prf_row(k, simple[k], *REFERENCE[k]) for k in ("message", "source", "joint")]
    full_rows = [_prf_row(k, full[k]) for k in ("message", "roles", "joint")]
    role_rows = [_prf_row(r, v, CUE_TARGET if r == "Cue" else "") for r, v in full["per_role"].items()]
    form_rows = [_prf_row(f, v) for f, v in figures["by_form"].items()]
    return [
        f"## {name}: {figures['articles']} articles",
        "",
        f"Gold `{figures['gold']}`, model `{figures['model']}`, rules `{figures['rules']}`.",
        f"Runtime {figures['seconds']} s, {figures['articles_per_second']} articles/s "
        "(parsing included).",
        "",
        "Simplified task (non-nested annotations; Message and Source):",
        "",
        tabulate(rows, headers=["", "P", "R", "F1", "baseline F1 (dev)", "target F1 (dev)"],
                 tablefmt="github"),
        "",
        "Full task (all annotations; Message and the roles Addr, Cue, Frame, Source):",
        "",
        tabulate(full_rows, headers=["", "P", "R", "F1"], tablefmt="github"),
        "",
        f"Per role (full task), Form accuracy on paired annotations: {full['form_accuracy']} %",
        "",
        tabulate(role_rows, headers=["role", "P", "R", "F1", "target F1"], tablefmt="github"),
        "",
        "Message tokens by Form (gold Form for paired and missed annotations, system Form for "
        "spurious ones):",
        "",
        tabulate(form_rows, headers=["Form", "P", "R", "F1"], tablefmt="github"),
        "",
        "Cue tokens by where they were counted: in paired annotations (their cue words "
        "differ), in gold annotations no system annotation paired with (missed) and in system "
        "annotations no gold one paired with (spurious); the last column is the Cue F1 if "
        "those errors alone were gone:",
        "",
        tabulate([(PAIRING_NAMES[k], v["tp"], v["fp"], v["fn"], v["f1_without"])
                  for k, v in figures["cue_by_pairing"].items()],
                 headers=["annotations", "tp", "fp", "fn", "Cue F1 without these errors"],
                 tablefmt="github"),
        "",
        "Most frequent cues of unpaired gold annotations (missed) and of unpaired system "
        "annotations (spurious); `(none)` is an annotation without a cue:",
        "",
        tabulate([(f"{m[0]} ({m[1]})" if m else "", f"{s[0]} ({s[1]})" if s else "")
                  for m, s in zip_longest(figures["missed_cues"], figures["spurious_cues"])],
                 headers=["missed", "spurious"], tablefmt="github"),
        "",
    ]


def write_report(path: Path, runs: list[tuple[str, dict]], command: str) -> None:
    lines = [
        "# SpkAtt-2023 Task 2 (German news): attribution against gold",
        "",
        f"Measured on {date.today()} with `{command}` on {platform.machine()}, "
        f"{os.cpu_count()} CPU cores (figures: percent, token-level micro averages of the "
        "task's message-centred metric; see `attribution/evaluation/metric.py`).",
        "",
        "Rules are developed on train only; dev is evaluated, never inspected sentence by sentence.",
        "",
    ]
    for name, figures in runs:
        lines += section(name, figures)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
