"""`attribution init`: a commented starter `.attribution.yaml`."""
from __future__ import annotations

import textwrap
from pathlib import Path

import typer

from attribution.check.config import CONFIG_NAMES, DEFAULT_FAIL_ON
from attribution.check.definitions import CheckSet
from attribution.cli.errors import fail

HEADER = f"""\
# Configuration of `attribution check`, found by walking up from the working directory
# (or given with --config / $ATTRIBUTION_CONFIG). Paths are relative to this file.

# Exit code 1 when a finding is at or above this level: error | warning | suggestion | never
fail_on: {DEFAULT_FAIL_ON}

# Each check at error | warning | suggestion | off (these are the defaults).
checks:
"""

FOOTER = """
# Extra rule packs (folders of YAML rule files) that add to or replace the built-in rules.
# rules: [house-rules]

# Files that are never checked.
# exclude: ["archiv/**", "*.notes.md"]

# Settings for some paths, applied in order after `checks`.
# overrides:
#   - files: ["meinung/**"]
#     checks:
#       claimed-only: off
#       uncertain-without-source: suggestion

# In a Markdown draft, <!-- attribution: ignore unattributed-figure --> silences a check
# for the next paragraph.
"""


def starter_config(checks: CheckSet) -> str:
    body = ""
    for check in checks:
        body += textwrap.indent(textwrap.fill(check.description, 86), "  # ") + "\n"
        body += f"  {check.id}: {check.severity}\n"
    return HEADER + body + FOOTER


def init(
    directory: Path = typer.Argument(Path("."), help="Where to write .attribution.yaml (default: here)."),
    force: bool = typer.Option(False, "--force", help="Overwrite an existing file."),
) -> None:
    """Write a commented starter .attribution.yaml for `attribution check`."""
    from attribution.check.definitions import load_checks
    from attribution.cli.analyse import load_rules

    target = directory / CONFIG_NAMES[0]
    if not directory.is_dir():
        fail(f"{directory}: no such folder")
    if target.exists() and not force:
        fail(f"{target} exists; use --force to overwrite it")
    target.write_text(starter_config(load_checks(load_rules(None))), encoding="utf-8")
    typer.echo(f"wrote {target}")
