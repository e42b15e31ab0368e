"""`attribution model …`: train, evaluate, inspect and (on request) download German models."""
from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Optional

import typer

from attribution.cli.errors import fail
from attribution.model.resolve import (ENV_VAR, ModelNotFound, PROCESSORS, official_resources_dir,
                                       resolve_model)

app = typer.Typer(help="Train, evaluate and inspect the German Stanza model.", no_args_is_help=True)

MODEL_OPTION = typer.Option(None, "--model", help=f"Model directory (default: ${ENV_VAR}, then "
                            "Stanza's official German models if installed, then the bundled model).")


@app.command()
def train(
    ud_dir: Path = typer.Option(..., "--ud-dir", help="Folder with the UD German CoNLL-U files."),
    out: Path = typer.Option(..., "--out", help="Where to write the trained model bundle."),
    work: Path = typer.Option(None, "--work", help="Scratch folder for data and logs (default: OUT/work)."),
    processor: list[str] = typer.Option(list(PROCESSORS), "--processor", "-p",
                                        help="Processor to train (repeatable)."),
    jobs: int = typer.Option(2, "--jobs", "-j", help="Trainers to run at once (tagger and parser in parallel)."),
) -> None:
    """Train tokenize, mwt, pos, lemma and depparse with the recipe shipped in the package."""
    from attribution.model.train import Recipe, train_all

    unknown = sorted(set(processor) - set(PROCESSORS))
    if unknown:
        fail(f"unknown processor(s): {', '.join(unknown)}; choose from {', '.join(PROCESSORS)}")
    if not ud_dir.is_dir():
        fail(f"UD folder not found: {ud_dir}")
    try:
        results = train_all(Recipe.load(), ud_dir, out, work or out / "work",
                            tuple(p for p in PROCESSORS if p in processor), jobs)
    except (FileNotFoundError, RuntimeError) as error:
        fail(str(error))
    for result in results:
        typer.echo(f"{result.processor:9} {result.seconds / 60:6.1f} min  {result.model}")


@app.command()
def evaluate(
    model: Optional[str] = MODEL_OPTION,
    gold: Path = typer.Option(Path("../shared/ud-german/de_gsd-ud-dev.conllu"), "--gold",
                              help="Gold CoNLL-U file whose raw text is parsed end to end."),
    report: Optional[Path] = typer.Option(None, "--report", help="Also write a Markdown report here."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
) -> None:
    """Parse GSD dev from raw text and score it with the CoNLL 2018 metrics."""
    from attribution.model.evaluate import evaluate_model
    from attribution.model.report import write_model_report

    if not gold.is_file():
        fail(f"gold file not found: {gold}")
    try:
        choice = resolve_model(model)
    except ModelNotFound as error:
        fail(str(error))
    result = evaluate_model(choice, gold)
    if report:
        write_model_report(choice, result, report)
    if as_json:
        typer.echo(json.dumps(result.as_dict(), indent=2))
        return
    for metric, score in result.scores.items():
        typer.echo(f"{metric:10} {score:6.2f}")
    typer.echo(f"load {result.load_seconds:.2f} s, {result.sentences_per_second:.1f} sentences/s, "
               f"{result.size_mb} MB ({result.model})")


@app.command()
def info(model: Optional[str] = MODEL_OPTION) -> None:
    """Say which model would be used, from where, its licence, size and scores."""
    try:
        choice = resolve_model(model)
    except ModelNotFound as error:
        fail(str(error))
    typer.echo(f"model:    {choice.identity}")
    typer.echo(f"origin:   {choice.origin}")
    typer.echo(f"path:     {choice.path}")
    typer.echo(f"license:  {choice.license}")
    typer.echo(f"size:     {choice.size_bytes() / 2**20:.1f} MB")
    scores = choice.metadata.get("scores")
    if scores:
        typer.echo("scores:   " + ", ".join(f"{k} {v}" for k, v in scores.items())
                   + f" ({choice.metadata.get('scored_on', 'GSD dev, raw text')})")


@app.command()
def download(
    resources_dir: Optional[Path] = typer.Option(None, "--dir", help="Stanza resources directory "
                                                 "(default: $STANZA_RESOURCES_DIR or ~/stanza_resources)."),
) -> None:
    """Download Stanza's official German models (needs network access; asked for explicitly)."""
    import stanza

    target = resources_dir or official_resources_dir()
    try:
        stanza.download("de", model_dir=str(target), processors="tokenize,mwt,pos,lemma,depparse")
    except Exception as error:  # network errors come in many types
        fail(f"download failed ({type(error).__name__}): {error}")
    typer.echo(f"official German models installed in {target}")
