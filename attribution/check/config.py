"""`.attribution.yaml`: which checks run, at which severity, when the gate fails.

Found like linters' config files: --config PATH, else $ATTRIBUTION_CONFIG, else the first
`.attribution.yaml` walking up from the working directory; without one, the checks'
default severities apply. Paths in the file (rules, exclude, overrides) are relative to
the folder it is in.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator

from attribution.check.definitions import CheckSet
from attribution.rules.pack import _line_of

CONFIG_NAMES = (".attribution.yaml", ".attribution.yml")
CONFIG_ENV = "ATTRIBUTION_CONFIG"
FAIL_LEVELS = ("suggestion", "warning", "error", "never")
DEFAULT_FAIL_ON = "warning"
SCHEMA = json.loads(Path(__file__).with_name("config.schema.json").read_text(encoding="utf-8"))


class ConfigError(Exception):
    """A config file that cannot be used; the message is one line, FILE:LINE: message."""


def glob_regex(pattern: str) -> re.Pattern:
    """`**` any folders, `*` and `?` within one name; a pattern without `/` matches the
    file name in any folder (as in .gitignore)."""
    if "/" not in pattern:
        pattern = "**/" + pattern
    out, i = "", 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out, i = out + "(?:.*/)?", i + 3
        elif pattern.startswith("**", i):
            out, i = out + ".*", i + 2
        else:
            out += {"*": "[^/]*", "?": "[^/]"}.get(pattern[i], re.escape(pattern[i]))
            i += 1
    return re.compile(out + "$")


def _levels(raw: dict | None) -> dict[str, str]:
    # YAML 1.1 reads a bare `off` as false
    return {k: ("off" if v is False else v) for k, v in (raw or {}).items()}


@dataclass
class Override:
    files: list[str]
    checks: dict[str, str]

    def matches(self, relative: str) -> bool:
        return any(glob_regex(p).match(relative) for p in self.files)


@dataclass
class Config:
    root: Path                               # paths are relative to this folder
    path: Path | None = None                 # the file it was read from, if any
    fail_on: str = DEFAULT_FAIL_ON
    checks: dict[str, str] = field(default_factory=dict)
    rules: list[Path] = field(default_factory=list)
    exclude: list[str] = field(default_factory=list)
    overrides: list[Override] = field(default_factory=list)
    _node: yaml.Node | None = None

    def relative(self, file: str) -> str:
        path = Path(file).resolve()
        try:
            return path.relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return Path(file).as_posix()

    def excluded(self, file: str) -> bool:
        relative = self.relative(file)
        return any(glob_regex(p).match(relative) for p in self.exclude)

    def severities(self, file: str, checks: CheckSet) -> dict[str, str]:
        """The enabled checks for one file and their severities (defaults, then the
        file's `checks`, then every matching override in order)."""
        levels = {c.id: c.severity for c in checks} | self.checks
        relative = self.relative(file)
        for override in self.overrides:
            if override.matches(relative):
                levels |= override.checks
        return {check: level for check, level in levels.items() if level != "off"}

    def validate_against(self, checks: CheckSet) -> None:
        """Unknown check ids are errors: a typo must not silently leave a check on."""
        places = [(["checks"], self.checks)] + [(["overrides", i, "checks"], o.checks)
                                               for i, o in enumerate(self.overrides)]
        for where, levels in places:
            for check_id in levels:
                if check_id not in checks:
                    line = _line_of(self._node, where + [check_id])
                    raise ConfigError(f"{self.path}:{line}: unknown check {check_id!r}; known: "
                                      + ", ".join(c.id for c in checks))


def load_config(path: Path) -> Config:
    try:
        text = path.read_text(encoding="utf-8")
        node, data = yaml.compose(text), yaml.safe_load(text)
    except (OSError, UnicodeDecodeError) as error:
        raise ConfigError(f"{path}: cannot read config: {getattr(error, 'strerror', None) or error}") from None
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise ConfigError(f"{path}:{mark.line + 1 if mark else 1}: invalid YAML: "
                          f"{getattr(error, 'problem', error)}") from None
    if isinstance(data, dict):
        data["checks"] = _levels(data.get("checks"))
        for override in data.get("overrides") or []:
            if isinstance(override, dict):
                override["checks"] = _levels(override.get("checks"))
    errors = sorted(Draft202012Validator(SCHEMA).iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        where = ".".join(str(p) for p in errors[0].absolute_path) or "top level"
        raise ConfigError(f"{path}:{_line_of(node, errors[0].absolute_path)}: {where}: {errors[0].message}")
    data = data or {}
    root = path.resolve().parent
    return Config(root=root, path=path, fail_on=data.get("fail_on", DEFAULT_FAIL_ON), checks=data.get("checks", {}),
                  rules=[root / r for r in data.get("rules", [])], exclude=data.get("exclude", []),
                  overrides=[Override(o["files"], o["checks"]) for o in data.get("overrides", [])], _node=node)


def find_config(start: Path) -> Path | None:
    for folder in [start, *start.parents]:
        for name in CONFIG_NAMES:
            if (folder / name).is_file():
                return folder / name
    return None


def discover(explicit: Path | None = None, cwd: Path | None = None) -> Config:
    cwd = (cwd or Path.cwd()).resolve()
    if explicit is None and os.environ.get(CONFIG_ENV):
        explicit = Path(os.environ[CONFIG_ENV])
    if explicit is not None:
        if not explicit.is_file():
            raise ConfigError(f"{explicit}: config file not found")
        return load_config(explicit)
    found = find_config(cwd)
    return load_config(found) if found else Config(root=cwd)
