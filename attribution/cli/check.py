"""`attribution check`: findings for article drafts, with exit codes for CI and pre-commit.

Exit codes: 0 nothing at or above the fail level, 1 findings at or above it, 2 usage,
config or input errors. Stanza (and torch) are imported only when a paragraph is not in
the parse cache.
"""
from __future__ import annotations

import os
import sqlite3
import sys
from pathlib import Path
from typing import Optional

import typer

from attribution.check.config import FAIL_LEVELS, Config, ConfigError, discover
from attribution.check.definitions import CheckSet, load_checks, severity_rank
from attribution.check.findings import FileResult
from attribution.check.formats import FORMATS, RunInfo, render, summary
from attribution.cli.analyse import expand_inputs, load_rules
from attribution.cli.errors import USAGE_ERROR, fail
from attribution.cli.model import MODEL_OPTION
from attribution.model.resolve import ModelNotFound
from attribution.rules.pack import RuleError, RulePack
from attribution.text import InputError, decode, read_input

FINDINGS = 1
BATCH_FILES = 16          # files whose uncached paragraphs go to Stanza together


def exit_code(results: list[FileResult], fail_on: str) -> int:
    if any(r.error for r in results):
        return USAGE_ERROR
    if fail_on == "never":
        return 0
    threshold = severity_rank(fail_on)
    return FINDINGS if any(severity_rank(f.severity) >= threshold for r in results for f in r.findings) else 0


def _progress(files: list[str]):
    """A progress bar on stderr for batches, only where a person watches a terminal."""
    if len(files) < 2 or not sys.stderr.isatty():
        return None
    from tqdm import tqdm

    return tqdm(total=len(files), file=sys.stderr, unit="file", leave=False)


def _rules(directories: list[Path], use_cache: bool) -> tuple[RulePack, CheckSet]:
    from attribution.parse_cache import cache_dir, compiled_rules

    def build():
        pack = load_rules(directories)
        return pack, load_checks(pack)
    return compiled_rules(directories, cache_dir() if use_cache else None, build)


def _make_parser(model: str | None, use_cache: bool):
    # One torch thread unless the user says otherwise: on 2 cores shared with other work,
    # torch's default of one thread a core parsed 4x slower in CPU time and up to 20x
    # slower in wall clock (reports/performance.md). Read by torch when Stanza imports it.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    from attribution.parse import Parser
    from attribution.parse_cache import ParseCache, cache_dir, resolve_cached

    directory = cache_dir() if use_cache else None
    if directory is not None:
        try:
            directory.mkdir(parents=True, exist_ok=True)
        except OSError as error:
            typer.echo(f"attribution: warning: cache folder {directory} unusable ({error.strerror}); "
                       "checking without the parse cache", err=True)
            directory = None
    try:
        choice = resolve_cached(model, directory)
    except ModelNotFound as error:
        fail(str(error))
    return Parser(choice, cache=ParseCache(directory, choice) if directory else None)


def _read(name: str) -> str:
    return decode(sys.stdin.buffer.read(), "<stdin>") if name == "-" else read_input(Path(name))


def _prefetch(parser, texts: dict[str, str]) -> None:
    """Parse the uncached paragraphs of several files in one Stanza call (it batches
    sentences across documents), so the per-file checks below find them all cached."""
    if parser.cache is None:
        return
    from attribution.analyse import is_markdown
    from attribution.text import split_blocks

    blocks = [b for name, text in texts.items() for b in split_blocks(text, markdown=is_markdown(name))
              if b.kind == "prose"]
    parser.cache.parse(parser, blocks)


def check_files(files: list[str], config: Config, pack: RulePack, checks: CheckSet, parser) -> list[FileResult]:
    from attribution.check.run import check_text

    results, bar = [], _progress(files)
    for start in range(0, len(files), BATCH_FILES):
        texts: dict[str, str] = {}
        errors: dict[str, FileResult] = {}
        for name in files[start:start + BATCH_FILES]:
            shown = "<stdin>" if name == "-" else name
            try:
                texts[shown] = _read(name)
            except InputError as error:
                typer.echo(f"attribution: error: {error}", err=True)
                errors[shown] = FileResult(shown, error=str(error))
        try:
            _prefetch(parser, texts)
            for name in files[start:start + BATCH_FILES]:
                shown = "<stdin>" if name == "-" else name
                results.append(errors[shown] if shown in errors else
                               check_text(texts[shown], shown, parser, pack, checks, config.severities(shown, checks)))
                if bar is not None:
                    bar.update()
        except sqlite3.Error as error:
            fail(f"parse cache unusable ({error}); run `attribution cache clear` or use --no-cache")
        except Exception as error:  # noqa: BLE001 - a gate reports one line, never a traceback
            fail(f"{shown}: internal error ({type(error).__name__}: {error}); please report it")
    if bar is not None:
        bar.close()
    return results


def check(
    paths: list[str] = typer.Argument(..., metavar="PATH... | -",
                                      help="Drafts (.md, .txt), folders of them, or - for standard input."),
    fmt: str = typer.Option("text", "--format", "-f", help=f"Output format: {', '.join(FORMATS)}."),
    fail_on: Optional[str] = typer.Option(None, "--fail-on", help="Exit 1 on findings at or above this level: "
                                          f"{', '.join(FAIL_LEVELS)} (default: the config's fail_on, else warning)."),
    config_path: Optional[Path] = typer.Option(None, "--config", help="Config file (default: $ATTRIBUTION_CONFIG, "
                                               "then the first .attribution.yaml upward from here)."),
    rules: Optional[list[Path]] = typer.Option(None, "--rules", help="Extra rule pack folder (repeatable)."),
    model: Optional[str] = MODEL_OPTION,
    no_cache: bool = typer.Option(False, "--no-cache", help="Parse everything again; do not read or write the cache."),
) -> None:
    """Lint drafts: unattributed figures, anonymous sources, unverified, claimed-only and uncertain claims."""
    if fmt not in FORMATS:
        fail(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if fail_on is not None and fail_on not in FAIL_LEVELS:
        fail(f"unknown fail level {fail_on!r}; choose from {', '.join(FAIL_LEVELS)}")
    try:
        config = discover(config_path)
        pack, checks = _rules(config.rules + list(rules or []), not no_cache)
        config.validate_against(checks)
    except (ConfigError, RuleError) as error:
        fail(str(error))
    files = [f for f in expand_inputs(paths) if f == "-" or not config.excluded(f)]
    if not files:
        fail("no .txt or .md files to check (folders hold none, or all are excluded)")
    parser = _make_parser(model, not no_cache)
    results = check_files(files, config, pack, checks, parser)
    from importlib.metadata import version

    info = RunInfo(model=parser.model.identity, rules=pack.version, version=version("attribution"))
    typer.echo(render(results, fmt, checks, info), nl=False)
    if fmt == "text":
        typer.echo(summary(results), err=True)
    raise typer.Exit(exit_code(results, fail_on or config.fail_on))
