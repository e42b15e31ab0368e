"""`attribution cache …`: where the parse cache is, and clearing it."""
from __future__ import annotations

import typer

app = typer.Typer(help="The parse cache of `attribution check`.", no_args_is_help=True)


@app.command()
def clear() -> None:
    """Delete every cached parse (and the remembered model choice)."""
    from attribution.parse_cache import cache_dir, clear as clear_cache

    directory = cache_dir()
    try:
        freed = clear_cache(directory)
    except OSError as error:
        from attribution.cli.errors import fail

        fail(f"cannot clear {directory}: {error.strerror}")
    typer.echo(f"cleared {directory} ({freed / 2**20:.1f} MB)")


@app.command()
def info() -> None:
    """Where the cache is and how many paragraphs it holds."""
    from attribution.parse_cache import cache_dir, summary

    directory = cache_dir()
    entries, size = summary(directory)
    typer.echo(f"{directory}: {entries} paragraphs, {size / 2**20:.1f} MB")
