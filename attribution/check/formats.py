"""Output of `attribution check`: text for people, JSON for programs, GitHub workflow
commands for annotations on pull requests (SARIF is in sarif.py)."""
from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass

from attribution.check.definitions import CheckSet
from attribution.check.findings import FileResult, Finding

FORMATS = ("text", "json", "github", "sarif")
GITHUB_LEVELS = {"error": "error", "warning": "warning", "suggestion": "notice"}


@dataclass(frozen=True)
class RunInfo:
    """What every machine format names besides the findings."""
    model: str
    rules: str
    version: str


def findings(results: list[FileResult]) -> list[Finding]:
    return [f for r in results for f in r.findings]


def summary(results: list[FileResult]) -> str:
    counts = Counter(f.severity for f in findings(results))
    checked = sum(r.error is None for r in results)
    if not counts:
        return f"no findings in {checked} file{'s' * (checked != 1)}"
    parts = ", ".join(f"{n} {level}{'s' * (n != 1)}" for level, n in sorted(counts.items()))
    total = sum(counts.values())
    return f"{total} finding{'s' * (total != 1)} ({parts}) in {checked} file{'s' * (checked != 1)}"


def render_text(results: list[FileResult], checks: CheckSet, info: RunInfo) -> str:
    return "".join(f"{f.file}:{f.line}:{f.column}: {f.severity} {f.check}: {f.message}\n"
                   for f in findings(results))


def _finding_record(finding: Finding) -> dict:
    return {"check": finding.check, "severity": finding.severity, "message": finding.message,
            "line": finding.line, "column": finding.column, "end_line": finding.end_line,
            "end_column": finding.end_column, "span": [finding.start, finding.end],
            "match": finding.match, "sentence": finding.sentence}


def render_json(results: list[FileResult], checks: CheckSet, info: RunInfo) -> str:
    document = {
        "tool": "attribution", "version": info.version, "model": info.model, "rules": info.rules,
        "files": [{"file": r.file, "error": r.error, "suppressed": r.suppressed,
                   "findings": [_finding_record(f) for f in r.findings]} for r in results],
        "summary": dict(Counter(f.severity for f in findings(results))),
    }
    return json.dumps(document, ensure_ascii=False, indent=2) + "\n"


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(results: list[FileResult], checks: CheckSet, info: RunInfo) -> str:
    lines = []
    for f in findings(results):
        properties = (f"file={_escape_property(f.file)},line={f.line},col={f.column},endLine={f.end_line},"
                      f"endColumn={f.end_column},title={_escape_property('attribution ' + f.check)}")
        lines.append(f"::{GITHUB_LEVELS[f.severity]} {properties}::{_escape_data(f.message)}\n")
    return "".join(lines)


def render(results: list[FileResult], fmt: str, checks: CheckSet, info: RunInfo) -> str:
    if fmt == "sarif":
        from attribution.check.sarif import render_sarif

        return render_sarif(results, checks, info)
    return {"text": render_text, "json": render_json, "github": render_github}[fmt](results, checks, info)
