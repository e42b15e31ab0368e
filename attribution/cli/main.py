"""The `attribution` command: thin Typer functions over plain library functions."""
from __future__ import annotations

import typer

from attribution.cli import model as model_cli

app = typer.Typer(
    name="attribution",
    help="Who claims what, and how sure: sources, reporting forms and certainty in German news text.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.add_typer(model_cli.app, name="model")


def main() -> None:  # pragma: no cover - console entry point
    app()
