"""`attribution eval …`: measure the analyser against gold annotations."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Optional

import typer

from attribution.cli.errors import fail
from attribution.cli.model import MODEL_OPTION
from attribution.model.resolve import ModelNotFound, resolve_model

app = typer.Typer(help="Measure the analyser against gold annotations.", no_args_is_help=True)


@app.command()
def spkatt(
    gold_dir: Path = typer.Argument(..., help="Folder of SpkAtt-2023 Task 2 JSON files (e.g. ../shared/spkatt-news/dev)."),
    predictions_out: Optional[Path] = typer.Option(None, "--predictions-out",
                                                   help="Write one JSON file per article in the task's format."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    full: bool = typer.Option(False, "--full", help="Headline figures for the full task (all roles) "
                              "instead of the simplified one (Message and Source)."),
    model: Optional[str] = MODEL_OPTION,
) -> None:
    """Score attributions on SpkAtt-2023 gold with the task's message-centred metric."""
    from attribution.cli.analyse import load_rules
    from attribution.evaluation.spkatt import evaluate, load_gold
    from attribution.parse import Parser

    if not gold_dir.is_dir():
        fail(f"gold folder not found: {gold_dir}")
    documents = load_gold(gold_dir)
    if not documents:
        fail(f"no SpkAtt JSON files in {gold_dir}")
    pack = load_rules(None)
    try:
        parser = Parser(resolve_model(model), pretokenized=True)
    except ModelNotFound as error:
        fail(str(error))
    result = evaluate(documents, parser, pack, predictions_out)
    figures = result.figures() | {"model": parser.model.identity, "rules": pack.version,
                                  "gold": str(gold_dir)}
    if as_json:
        typer.echo(json.dumps(figures, ensure_ascii=False, indent=2))
        return
    task = "full" if full else "simplified"
    head = figures[task]
    typer.echo(f"{gold_dir}: {figures['articles']} articles, {task} task ({figures['model']})")
    for name, prf in head.items():
        if isinstance(prf, dict) and "f1" in prf:
            typer.echo(f"  {name:8} P {prf['precision']:5.1f}  R {prf['recall']:5.1f}  F1 {prf['f1']:5.1f}")
    typer.echo("  per role (full): " + ", ".join(f"{r} {v['f1']}" for r, v in figures["full"]["per_role"].items())
               + f"; Form accuracy {figures['full']['form_accuracy']}")
    typer.echo("  by form: " + ", ".join(f"{f} {v['f1']}" for f, v in figures["by_form"].items()))
    typer.echo("  most missed cues: " + ", ".join(f"{c} ({n})" for c, n in figures["missed_cues"][:10]))
    typer.echo("  most spurious cues: " + ", ".join(f"{c} ({n})" for c, n in figures["spurious_cues"][:10]))
    print(f"  {figures['articles_per_second']} articles/s", file=sys.stderr)
