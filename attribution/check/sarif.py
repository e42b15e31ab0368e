"""SARIF 2.1.0 for code-scanning services (GitHub's upload-sarif among them)."""
from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path

from attribution.check.definitions import CheckSet
from attribution.check.findings import FileResult, Finding

SCHEMA_URI = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVELS = {"error": "error", "warning": "warning", "suggestion": "note"}


def artifact_uri(file: str) -> str:
    """Relative to the working directory (the repository root in CI) where possible."""
    path = Path(file)
    try:
        return path.resolve().relative_to(Path.cwd().resolve()).as_posix()
    except ValueError:
        return path.resolve().as_uri()


def _rule(check) -> dict:
    return {"id": check.id, "name": check.id.title().replace("-", ""),
            "shortDescription": {"text": check.description.split(". ")[0].rstrip(".") + "."},
            "fullDescription": {"text": check.description},
            "defaultConfiguration": {"level": LEVELS[check.severity]}}


def _fingerprint(finding: Finding) -> str:
    """Stable while the sentence is unchanged, wherever it moves in the file."""
    return hashlib.sha256(f"{finding.check}\0{' '.join(finding.text.split())}".encode()).hexdigest()[:32]


def render_sarif(results: list[FileResult], checks: CheckSet, info) -> str:
    rules = [_rule(c) for c in checks]
    index = {r["id"]: i for i, r in enumerate(rules)}
    seen: Counter = Counter()
    sarif_results = []
    for result in results:
        for f in result.findings:
            fingerprint = _fingerprint(f)
            seen[(f.file, fingerprint)] += 1
            sarif_results.append({
                "ruleId": f.check, "ruleIndex": index[f.check], "level": LEVELS[f.severity],
                "message": {"text": f.message},
                "locations": [{"physicalLocation": {
                    "artifactLocation": {"uri": artifact_uri(f.file)},
                    "region": {"startLine": f.line, "startColumn": f.column, "endLine": f.end_line,
                               "endColumn": f.end_column, "snippet": {"text": f.text}}}}],
                "partialFingerprints": {"primaryLocationLineHash": f"{fingerprint}:{seen[(f.file, fingerprint)]}"},
            })
    log = {
        "$schema": SCHEMA_URI, "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {"name": "attribution", "version": info.version, "rules": rules}},
            "columnKind": "unicodeCodePoints",
            "properties": {"model": info.model, "rules": info.rules},
            "invocations": [{"executionSuccessful": all(r.error is None for r in results),
                             "toolExecutionNotifications": [
                                 {"level": "error", "message": {"text": r.error}} for r in results if r.error]}],
            "results": sarif_results,
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
