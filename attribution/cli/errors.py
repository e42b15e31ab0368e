"""One-line errors with a non-zero exit instead of tracebacks."""
from __future__ import annotations

from typing import NoReturn

import typer

USAGE_ERROR = 2


def fail(message: str, code: int = USAGE_ERROR) -> NoReturn:
    typer.echo(f"attribution: error: {message}", err=True)
    raise typer.Exit(code)
