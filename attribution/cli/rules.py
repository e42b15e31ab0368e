"""`attribution rules …`: validate rule packs and run the examples they carry."""
from __future__ import annotations

from pathlib import Path
from typing import Optional

import typer

from attribution.cli.errors import fail
from attribution.cli.model import MODEL_OPTION
from attribution.model.resolve import ModelNotFound, resolve_model
from attribution.rules.pack import BUILTIN_DIR, RuleError, load_pack, validate as validate_dir

app = typer.Typer(help="Validate rule packs and run the examples inside them.", no_args_is_help=True)


@app.command()
def validate(directory: Optional[Path] = typer.Argument(None, help="Rule folder (default: the built-in pack).")) -> None:
    """Check every rule file against the schema; errors as FILE:LINE: message."""
    target = directory or BUILTIN_DIR
    try:
        problems = validate_dir(target)
    except RuleError as error:
        fail(str(error))
    for problem in problems:
        typer.echo(str(problem), err=True)
    if problems:
        raise typer.Exit(1)
    typer.echo(f"{target}: rule files are valid")


@app.command("test")
def test_examples(
    directory: Optional[Path] = typer.Argument(None, help="Rule folder (default: the built-in pack)."),
    model: Optional[str] = MODEL_OPTION,
) -> None:
    """Run every example in the rule files through the real pipeline and compare."""
    from attribution.parse import Parser
    from attribution.rules.examples import run_examples

    try:
        pack = load_pack([directory] if directory else [], builtin=directory is None
                         or directory.resolve() != BUILTIN_DIR.resolve())
        parser = Parser(resolve_model(model))
    except (RuleError, ModelNotFound) as error:
        fail(str(error))
    results = run_examples(pack, parser)
    failed = 0
    for result in results:
        status = "ok" if result.passed else ("todo" if result.example.expect.get("todo") else "FAIL")
        failed += status == "FAIL"
        if status != "ok":
            typer.echo(f"{result.example.file}:{result.example.line}: {status} {result.example.text!r}: "
                       + "; ".join(result.problems))
    passed = sum(r.passed for r in results)
    typer.echo(f"{passed} passed, {failed} failed, {len(results) - passed - failed} todo")
    if failed:
        raise typer.Exit(1)
