"""`attribution report`: the classroom view of one article, as HTML or a Markdown worksheet."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Optional

import typer

from attribution.cli.errors import fail
from attribution.cli.model import MODEL_OPTION
from attribution.report import FORMATS


def check_output(out: Path) -> None:
    """Fail before the (slow) analysis when the report could not be written anyway."""
    if out.is_dir():
        fail(f"{out}: is a directory; give a file name for the report")
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        fail(f"{out}: cannot write the report: folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (out.exists() and not os.access(out, os.W_OK)):
        fail(f"{out}: cannot write the report: permission denied")


def write_report(text: str, out: Path | None) -> None:
    if out is None:
        typer.echo(text, nl=False)
        return
    try:
        out.write_text(text, encoding="utf-8")
    except OSError as error:
        fail(f"{out}: cannot write the report: {error.strerror or error}")


def report(
    article: str = typer.Argument(..., metavar="ARTICLE", help="The article (.txt or .md), or - for standard input."),
    out: Optional[Path] = typer.Option(None, "--output", "-o",
                                       help="File to write (default: standard output)."),
    fmt: str = typer.Option("html", "--format", "-f",
                            help="html: one self-contained page; md: a Markdown worksheet."),
    rules: Optional[list[Path]] = typer.Option(None, "--rules", help="Extra rule pack folder (repeatable)."),
    model: Optional[str] = MODEL_OPTION,
) -> None:
    """Write a classroom report: the article highlighted by certainty, who speaks, and a chart."""
    from attribution.analyse import analyse_text
    from attribution.cli.analyse import load_rules
    from attribution.model.resolve import ModelNotFound, resolve_model
    from attribution.parse import Parser
    from attribution.report import build_report, render
    from attribution.text import InputError, decode, read_input

    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if out is not None:
        check_output(out)
    try:
        text = decode(sys.stdin.buffer.read(), "<stdin>") if article == "-" else read_input(Path(article))
    except InputError as error:
        fail(str(error))
    pack = load_rules(rules)
    try:
        parser = Parser(resolve_model(model))
    except ModelNotFound as error:
        fail(str(error))
    analysis = analyse_text(text, "<stdin>" if article == "-" else article, parser, pack)
    write_report(render(build_report(analysis, pack), fmt), out)
