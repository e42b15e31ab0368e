"""The `attribution` command: thin Typer functions over plain library functions."""
from __future__ import annotations

import typer

from attribution.cli import evaluate as eval_cli, model as model_cli, rules as rules_cli
from attribution.cli.analyse import analyse
from attribution.cli.report import report

app = typer.Typer(
    name="attribution",
    help="Who claims what, and how sure: sources, reporting forms and certainty in German news text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command()(analyse)
app.command()(report)
app.add_typer(model_cli.app, name="model")
app.add_typer(rules_cli.app, name="rules")
app.add_typer(eval_cli.app, name="eval")


def main() -> None:  # pragma: no cover - console entry point
    app()
