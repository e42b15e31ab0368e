"""`attribution analyse`: one row per sentence — source, cue, form, certainty."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from attribution.cli.errors import fail
from attribution.cli.model import MODEL_OPTION
from attribution.model.resolve import ModelNotFound, resolve_model
from attribution.render.formats import FORMATS
from attribution.rules.pack import RuleError, load_pack
from attribution.text import InputError, decode

SUFFIXES = {".txt", ".md", ".markdown"}


def expand_inputs(paths: list[str]) -> list[str]:
    """Files as given; directories contribute their .txt and .md files, sorted."""
    found: list[str] = []
    for raw in paths:
        path = Path(raw)
        if raw != "-" and path.is_dir():
            found += [str(p) for p in sorted(path.rglob("*")) if p.suffix.lower() in SUFFIXES and p.is_file()]
        else:
            found.append(raw)
    return found


def load_rules(rules: list[Path] | None):
    try:
        return load_pack(rules or [])
    except RuleError as error:
        fail(str(error))


def analyse(
    inputs: list[str] = typer.Argument(..., metavar="FILE... | DIR | -",
                                       help="Articles (.txt, .md), folders of them, or - for standard input."),
    fmt: str = typer.Option("table", "--format", "-f",
                            help=f"Output format: {', '.join(FORMATS)}."),
    rules: Optional[list[Path]] = typer.Option(None, "--rules", help="Extra rule pack folder (repeatable); "
                                               "its rules add to or override the built-in German pack."),
    model: Optional[str] = MODEL_OPTION,
) -> None:
    """Tell, sentence by sentence, who is the source of each claim, how it is reported and how certain."""
    from attribution.analyse import analyse_text
    from attribution.parse import Parser
    from attribution.render.formats import render
    from attribution.text import read_input

    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    pack = load_rules(rules)
    try:
        parser = Parser(resolve_model(model))
    except ModelNotFound as error:
        fail(str(error))
    files = expand_inputs(inputs)
    if not files:
        fail("no .txt or .md files found in the given folders")
    analyses, failed = [], 0
    for name in files:
        try:
            text = decode(sys.stdin.buffer.read(), "<stdin>") if name == "-" else read_input(Path(name))
            analyses.append(analyse_text(text, "<stdin>" if name == "-" else name, parser, pack))
        except InputError as error:
            typer.echo(f"attribution: error: {error}", err=True)
            failed += 1
    if analyses:
        typer.echo(render(analyses, fmt, pack.version), nl=False)
    if failed:
        raise typer.Exit(2)
