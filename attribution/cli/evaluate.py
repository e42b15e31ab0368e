"""`attribution eval …`: measure the analyser against gold annotations."""
from __future__ import annotations

import json
import shlex
from pathlib import Path
from typing import Optional

import typer

from attribution.cli.errors import fail
from attribution.cli.model import MODEL_OPTION
from attribution.model.resolve import ModelNotFound, resolve_model

app = typer.Typer(help="Measure the analyser against gold annotations.", no_args_is_help=True)


@app.command()
def spkatt(
    gold_dirs: list[Path] = typer.Argument(..., metavar="GOLD_DIR...",
                                           help="Folders of SpkAtt-2023 Task 2 JSON files (e.g. ../shared/spkatt-news/dev)."),
    predictions_out: Optional[Path] = typer.Option(None, "--predictions-out",
                                                   help="Write one JSON file per article in the task's format "
                                                   "(same names as the gold; a subfolder per gold folder when several)."),
    as_json: bool = typer.Option(False, "--json", help="Print the figures as JSON."),
    full: bool = typer.Option(False, "--full", help="Headline figures for the full task (all roles) "
                              "instead of the simplified one (Message and Source)."),
    report: Optional[Path] = typer.Option(None, "--report", help="Also write the figures as Markdown "
                                          "(e.g. reports/spkatt.md)."),
    limit: Optional[int] = typer.Option(None, "--limit", min=1, help="Only the first N articles of each folder."),
    model: Optional[str] = MODEL_OPTION,
) -> None:
    """Score attributions on SpkAtt-2023 gold with the task's message-centred metric.

    The analyser runs on the gold tokens and sentence boundaries.
    Each attribution becomes a SpkAtt annotation:
    roles Message, Source, Cue, Frame and Addr; Form, STWR and IsNested."""
    from attribution.cli.analyse import load_rules
    from attribution.evaluation.report import write_report
    from attribution.evaluation.spkatt import evaluate, load_gold
    from attribution.parse import Parser

    sets = []
    for gold_dir in gold_dirs:
        if not gold_dir.is_dir():
            fail(f"gold folder not found: {gold_dir}")
        documents = load_gold(gold_dir)[:limit]
        if not documents:
            fail(f"no SpkAtt JSON files in {gold_dir}")
        sets.append((gold_dir, documents))
    pack = load_rules(None)
    try:
        parser = Parser(resolve_model(model), pretokenized=True)
    except ModelNotFound as error:
        fail(str(error))
    runs = []
    for gold_dir, documents in sets:
        out = predictions_out / gold_dir.name if predictions_out and len(sets) > 1 else predictions_out
        result = evaluate(documents, parser, pack, out)
        figures = result.figures() | {"model": parser.model.identity, "rules": pack.version, "gold": str(gold_dir)}
        runs.append((gold_dir.name, figures))
        if not as_json:
            _print_figures(figures, full)
    if as_json:
        typer.echo(json.dumps(runs[0][1] if len(runs) == 1 else dict(runs), ensure_ascii=False, indent=2))
    if report:
        write_report(report, runs, _command_line(gold_dirs, report, as_json, full, limit, model))


def _command_line(gold_dirs, report, as_json, full, limit, model) -> str:
    """The command as a user would type it, rebuilt from the options (sys.argv reads oddly
    under `python -m` or a test runner)."""
    words = ["attribution", "eval", "spkatt", *map(str, gold_dirs), "--report", str(report)]
    words += ["--json"] * as_json + ["--full"] * full
    words += ["--limit", str(limit)] if limit else []
    words += ["--model", model] if model else []
    return " ".join(shlex.quote(w) for w in words)


def _print_figures(figures: dict, full: bool) -> None:
    task = "full" if full else "simplified"
    typer.echo(f"{figures['gold']}: {figures['articles']} articles, {task} task ({figures['model']})")
    for name, prf in figures[task].items():
        if isinstance(prf, dict) and "f1" in prf:
            typer.echo(f"  {name:8} P {prf['precision']:5.1f}  R {prf['recall']:5.1f}  F1 {prf['f1']:5.1f}")
    typer.echo("  per role (full): " + ", ".join(f"{r} {v['f1']}" for r, v in figures["full"]["per_role"].items())
               + f"; Form accuracy {figures['full']['form_accuracy']}")
    typer.echo("  by form: " + ", ".join(f"{f} {v['f1']}" for f, v in figures["by_form"].items()))
    typer.echo("  Cue F1 without the errors in: " + ", ".join(
        f"{kind} annotations {v['f1_without']}" for kind, v in figures["cue_by_pairing"].items()))
    typer.echo("  most missed cues: " + ", ".join(f"{c} ({n})" for c, n in figures["missed_cues"][:10]))
    typer.echo("  most spurious cues: " + ", ".join(f"{c} ({n})" for c, n in figures["spurious_cues"][:10]))
    typer.echo(f"  {figures['seconds']} s, {figures['articles_per_second']} articles/s")
