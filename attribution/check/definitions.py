"""Check definitions: the `checks:` sections of the rule pack, compiled once.

A check tests the verdict of one sentence (`when`) and, where it has `find`, needs one of
its dependency patterns to match in the sentence; the linguistic knowledge (which words
are figures, which source types are anonymous) stays in the YAML files.
"""
from __future__ import annotations

import string
from dataclasses import dataclass, field
from pathlib import Path

from attribution.rules.pack import RuleError, RulePack, _check_pattern, _expand, _line_of, read_rule_file
from attribution.rules.patterns import Pattern

SEVERITIES = ("suggestion", "warning", "error")           # ascending
PLACEHOLDERS = {"excerpt", "match", "source", "source_type", "certainty", "form", "cue", "markers"}


def severity_rank(severity: str) -> int:
    return SEVERITIES.index(severity)


@dataclass(frozen=True)
class Check:
    id: str
    description: str
    severity: str
    message: str
    when: dict
    find: tuple[Pattern, ...] = ()
    examples: tuple[dict, ...] = ()
    file: str = ""
    line: int = 0


@dataclass
class CheckSet:
    checks: dict[str, Check] = field(default_factory=dict)

    def __iter__(self):
        return iter(self.checks.values())

    def __contains__(self, check_id: str) -> bool:
        return check_id in self.checks

    def __getitem__(self, check_id: str) -> Check:
        return self.checks[check_id]


def _placeholders(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def _compile(raw: dict, pack: RulePack, path: Path, node, where: list) -> Check:
    unknown = _placeholders(raw["message"]) - PLACEHOLDERS
    if unknown:
        raise RuleError(path, _line_of(node, where + ["message"]),
                        f"unknown placeholder {{{sorted(unknown)[0]}}} in message; "
                        f"use {', '.join('{' + p + '}' for p in sorted(PLACEHOLDERS))}")
    patterns = []
    for i, nodes in enumerate(raw.get("find") or []):
        _check_pattern(nodes, path, node, where + ["find", i])
        patterns.append(Pattern.from_data([_expand(n, pack.lexicons, path, node, where + ["find", i, j])
                                           for j, n in enumerate(nodes)]))
    return Check(id=raw["id"], description=" ".join(raw["description"].split()),
                 severity=raw.get("severity", "warning"), message=raw["message"], when=raw["when"],
                 find=tuple(patterns), examples=tuple(raw.get("examples") or []),
                 file=str(path), line=_line_of(node, where))


def load_checks(pack: RulePack) -> CheckSet:
    """Checks from every file of the pack; a later pack's check with the same id replaces one."""
    found = CheckSet()
    for path in pack.files:
        # only files that define checks are read a second time (YAML parsing is the slow part)
        if "checks:" not in path.read_text(encoding="utf-8"):
            continue
        data, node = read_rule_file(path)
        for i, raw in enumerate(data.get("checks") or []):
            found.checks[raw["id"]] = _compile(raw, pack, path, node, ["checks", i])
    return found
