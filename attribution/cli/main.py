"""The `attribution` command: thin Typer functions over plain library functions."""
from __future__ import annotations

import typer

from attribution.cli import cache as cache_cli, evaluate as eval_cli, model as model_cli, rules as rules_cli
from attribution.cli.analyse import analyse
from attribution.cli.check import check
from attribution.cli.init import init
from attribution.cli.report import report

app = typer.Typer(
    name="attribution",
    help="Who claims what, and how sure: sources, reporting forms and certainty in German news text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command()(analyse)
app.command()(check)
app.command()(init)
app.command()(report)
app.add_typer(model_cli.app, name="model")
app.add_typer(rules_cli.app, name="rules")
app.add_typer(eval_cli.app, name="eval")
app.add_typer(cache_cli.app, name="cache")


def main() -> None:  # pragma: no cover - console entry point
    app()
