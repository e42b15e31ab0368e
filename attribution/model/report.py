"""reports/model.md: what the evaluated model scores and costs on this machine."""
from __future__ import annotations

import json
import os
import platform
from datetime import date
from pathlib import Path

from tabulate import tabulate

from attribution.model.evaluate import Evaluation
from attribution.model.resolve import MODEL_FILES, ModelChoice

TARGETS = {"UPOS": 90, "Lemmas": 90, "LAS": 70, "Sentences": 80}


def write_model_report(model: ModelChoice, result: Evaluation, path: Path) -> None:
    rows = [(metric, f"{score:.2f}", f"≥ {TARGETS[metric]}" if metric in TARGETS else "")
            for metric, score in result.scores.items()]
    seconds = model.metadata.get("training_seconds", {})
    sizes = [(p, f"{(model.path / f).stat().st_size / 2**20:.1f} MB",
              f"{seconds[p] / 60:.1f} min" if p in seconds else "n/a")
             for p, f in MODEL_FILES.items() if (model.path / f).is_file()]
    lines = [
        "# German Stanza model: end-to-end evaluation",
        "",
        f"Model `{result.model}` ({model.origin}, {model.license}), evaluated on {date.today()} "
        f"with `attribution model evaluate --report {path}` on `{result.gold}` parsed from raw "
        "text (sentence splitting, tokenisation, MWT, tagging, lemmas, parse), scored with the "
        "CoNLL 2018 shared-task metrics (F1).",
        "",
        tabulate(rows, headers=["metric", "F1", "target"], tablefmt="github"),
        "",
        "## Cost",
        "",
        tabulate(sizes + [("total", f"{result.size_mb:.1f} MB", "")],
                 headers=["processor", "size", "training time"], tablefmt="github"),
        "",
        *([f"- Training: {model.metadata['note']}"] if model.metadata.get("note") else []),
        f"- Pipeline load: {result.load_seconds:.2f} s",
        f"- Parse speed: {result.sentences_per_second:.1f} sentences/s "
        f"({result.sentences} sentences in {result.parse_seconds:.1f} s)",
        f"- Evaluated on: {platform.machine()}, {os.cpu_count()} CPU cores, Python {platform.python_version()}",
        "",
    ]
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("\n".join(lines), encoding="utf-8")
    if model.origin != "official":
        _store_scores(model, result)


def _store_scores(model: ModelChoice, result: Evaluation) -> None:
    """Keep the scores with the bundle so `attribution model info` can show them."""
    meta_path = model.path / "model.json"
    if not os.access(model.path, os.W_OK):
        return
    meta = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
    meta["scores"] = result.scores
    meta["scored_on"] = f"{result.gold}, raw text"
    meta_path.write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
