"""Output formats of `attribution analyse`."""
from __future__ import annotations

import csv
import io
import json
import shutil

from tabulate import tabulate

from attribution.analyse import Analysis
from attribution.render.records import document_record, sentence_record

TABLE_FORMATS = {"table": "simple", "github": "github", "grid": "grid", "plain": "plain"}
FORMATS = tuple(TABLE_FORMATS) + ("json", "jsonl", "csv")
CSV_FIELDS = ["file", "index", "start", "end", "source", "source_type", "cue", "form", "certainty",
              "markers", "text"]


def _shorten(text: str, width: int) -> str:
    return text if len(text) <= width else text[: max(width - 1, 1)].rstrip() + "…"


def _source_cell(record: dict) -> str:
    source = record["source"] or "—"
    if record["resolved_to"]:
        source += f" → {record['resolved_to']}"
    if record["carried_from"]:
        source += f" (from {record['carried_from']})"
    return source


def render_table(analysis: Analysis, fmt: str, pack_version: str, width: int | None = None) -> str:
    records = [sentence_record(v, analysis.name) for v in analysis.verdicts]
    width = width or shutil.get_terminal_size((160, 24)).columns
    rows = []
    for r in records:
        markers = ", ".join(f"{m['text']} ({m['kind']})" for m in r["markers"])
        rows.append([r["index"], r["text"], _source_cell(r), r["source_type"], r["cue"] or "",
                     r["form"], r["certainty"] or r["kind"], markers])
    # the sentence column gets what the other columns leave of the terminal
    others = max((sum(len(str(c)) for c in row) - len(row[1]) for row in rows), default=40)
    sentence_width = max(30, min(80, width - others - 20))
    for row in rows:
        row[1] = _shorten(" ".join(row[1].split()), sentence_width)
    table = tabulate(rows, headers=["#", "sentence", "source", "type", "cue", "form", "certainty", "markers"],
                     tablefmt=TABLE_FORMATS[fmt])
    return f"{analysis.name}  (model {analysis.document.model}, rules {pack_version})\n{table}\n"


def render(analyses: list[Analysis], fmt: str, pack_version: str) -> str:
    if fmt in TABLE_FORMATS:
        return "\n".join(render_table(a, fmt, pack_version) for a in analyses)
    if fmt == "json":
        documents = [document_record(a, pack_version) for a in analyses]
        return json.dumps(documents[0] if len(documents) == 1 else documents, ensure_ascii=False, indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(json.dumps(sentence_record(v, a.name) | {"model": a.document.model}, ensure_ascii=False) + "\n"
                       for a in analyses for v in a.verdicts)
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.DictWriter(buffer, fieldnames=CSV_FIELDS, extrasaction="ignore")
        writer.writeheader()
        for analysis in analyses:
            for verdict in analysis.verdicts:
                record = sentence_record(verdict, analysis.name)
                record["markers"] = "; ".join(f"{m['text']} ({m['kind']})" for m in record["markers"])
                writer.writerow(record)
        return buffer.getvalue()
    raise ValueError(f"unknown format {fmt}")
