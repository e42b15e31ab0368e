"""Train the compact German Stanza pipeline with Stanza's own trainers.

The recipe (recipe.yaml) fixes data, split and hyperparameters; this module only prepares
the data files the trainers expect and runs `python -m stanza.models.<trainer>` for each
processor, so `attribution model train` reproduces the bundled model.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import conllu
import yaml

from attribution.model.harmonise import harmonise_sentence
from attribution.model.resolve import BUNDLED_DIR, MODEL_FILES, PROCESSORS

RECIPE_PATH = Path(__file__).with_name("recipe.yaml")
TIMESTAMP = re.compile(r"^(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d)", re.M)


@dataclass
class Recipe:
    name: str
    version: str
    license: str
    seed: int
    data: dict
    processors: dict

    @classmethod
    def load(cls, path: Path = RECIPE_PATH) -> "Recipe":
        with open(path, encoding="utf-8") as handle:
            return cls(**yaml.safe_load(handle))


@dataclass
class DataFiles:
    """Prepared training material in a work directory."""
    work: Path
    train: Path
    dev: Path
    train_txt: Path = field(init=False)
    dev_txt: Path = field(init=False)

    def __post_init__(self) -> None:
        self.train_txt = self.work / "train.txt"
        self.dev_txt = self.work / "dev.txt"


def prepare_data(recipe: Recipe, ud_dir: Path, work: Path) -> DataFiles:
    """Concatenate, harmonise and split the training treebanks."""
    work.mkdir(parents=True, exist_ok=True)
    every = recipe.data["early_stopping_every"]
    train, dev = [], []
    for name in recipe.data["train"]:
        path = ud_dir / name
        if not path.is_file():
            raise FileNotFoundError(f"training treebank not found: {path}")
        with open(path, encoding="utf-8") as handle:
            sentences = conllu.parse(handle.read())
        if name in recipe.data.get("harmonise", []):
            sentences = [harmonise_sentence(s) for s in sentences]
        for i, sentence in enumerate(sentences):
            (dev if i % every == every - 1 else train).append(sentence)
    files = DataFiles(work=work, train=work / "train.conllu", dev=work / "dev.conllu")
    for path, sentences in ((files.train, train), (files.dev, dev)):
        path.write_text("".join(s.serialize() for s in sentences), encoding="utf-8")
    _prepare_tokenizer_files(files)
    return files


def _prepare_tokenizer_files(files: DataFiles) -> None:
    from stanza.utils.datasets import conllu_to_text, prepare_tokenizer_data

    for conll, txt in ((files.train, files.train_txt), (files.dev, files.dev_txt)):
        conllu_to_text.convert_text(str(conll), str(txt))
        stem = txt.with_suffix("")
        prepare_tokenizer_data.main([
            str(txt), str(conll),
            "-o", f"{stem}.labels.txt", "-m", f"{stem}.mwt.json",
        ])


def _as_flags(args: dict) -> list[str]:
    flags: list[str] = []
    for key, value in args.items():
        if value is True:
            flags.append(f"--{key}")
        elif value is not False and value is not None:
            flags += [f"--{key}", str(value)]
    return flags


# Runs a Stanza trainer module like `python -m`, with denormal floats flushed to zero: on
# CPU the parser's backward pass slowed twentyfold after its first evaluation here.
BOOT = ("import runpy, sys, torch; torch.set_flush_denormal(True); module = sys.argv.pop(1); "
        "runpy.run_module(module, run_name='__main__', alter_sys=True)")


def _trainer_args(processor: str, args: dict) -> dict:
    """The recipe's arguments; `continue_from: bundled` trains on from the bundled model's
    file for this processor (a version that improves on the last one without starting over)."""
    args = dict(args)
    if args.get("continue_from") == "bundled":
        start = BUNDLED_DIR / MODEL_FILES[processor]
        if not start.is_file():
            raise FileNotFoundError(f"the recipe continues {processor} from the bundled model, "
                                    f"but {start} is missing")
        args["continue_from"] = str(start)
    return args


def trainer_command(processor: str, recipe: Recipe, files: DataFiles, save_dir: Path) -> list[str]:
    spec = recipe.processors[processor]
    shorthand = f"de_{recipe.name.split('_', 1)[-1]}"
    common = ["--shorthand", shorthand, "--save_dir", str(save_dir),
              "--save_name", MODEL_FILES[processor], "--seed", str(recipe.seed)]
    work = files.work
    if processor == "tokenize":
        data = ["--lang", "de",
                "--txt_file", str(files.train_txt), "--label_file", str(work / "train.labels.txt"),
                "--dev_txt_file", str(files.dev_txt), "--dev_label_file", str(work / "dev.labels.txt"),
                "--dev_conll_gold", str(files.dev), "--conll_file", str(work / "dev.tokenize.pred.conllu"),
                "--mwt_json_file", str(work / "dev.mwt.json")]
    elif processor == "mwt":
        data = ["--lang", "de", "--train_file", str(files.train), "--eval_file", str(files.dev),
                "--gold_file", str(files.dev), "--output_file", str(work / "dev.mwt.pred.conllu")]
    else:
        data = ["--train_file", str(files.train), "--eval_file", str(files.dev),
                "--output_file", str(work / f"dev.{processor}.pred.conllu")]
        if processor != "lemma":
            data = ["--lang", "de"] + data
    module = f"stanza.models.{spec['trainer']}"
    return ([sys.executable, "-c", BOOT, module, "--mode", "train"] + data + common
            + _as_flags(_trainer_args(processor, spec["args"])))


@dataclass
class TrainResult:
    processor: str
    seconds: float
    model: Path
    log: Path


def train_processor(processor: str, recipe: Recipe, files: DataFiles,
                    threads: int | None = None) -> TrainResult:
    """Run one Stanza trainer; its log goes to WORK/<processor>.log."""
    save_dir = files.work / "saved" / processor
    log = files.work / f"{processor}.log"
    env = dict(os.environ)
    if threads:
        env["OMP_NUM_THREADS"] = env["MKL_NUM_THREADS"] = str(threads)
    command = trainer_command(processor, recipe, files, save_dir)
    start = time.monotonic()
    with open(log, "w", encoding="utf-8") as handle:
        handle.write(" ".join(command) + "\n")
        handle.flush()
        done = subprocess.run(command, stdout=handle, stderr=subprocess.STDOUT, env=env)
    seconds = time.monotonic() - start
    if done.returncode != 0:
        raise RuntimeError(f"{processor} training failed (exit {done.returncode}); see {log}")
    produced = save_dir / MODEL_FILES[processor]
    if not produced.is_file():
        raise RuntimeError(f"{processor} training wrote no model at {produced}; see {log}")
    return TrainResult(processor, seconds, produced, log)


def log_seconds(log: Path) -> float:
    """Wall-clock training time from the first and last timestamp in a trainer's log."""
    stamps = TIMESTAMP.findall(log.read_text(encoding="utf-8", errors="replace"))
    if len(stamps) < 2:
        return 0.0
    first, last = (datetime.strptime(s, "%Y-%m-%d %H:%M:%S") for s in (stamps[0], stamps[-1]))
    return (last - first).total_seconds()


def assemble_bundle(recipe: Recipe, work: Path, out: Path) -> None:
    """Copy the trained models into OUT with resources.json (Stanza insists on one) and
    model.json (name, licence, data, hyperparameters and training time per processor)."""
    out.mkdir(parents=True, exist_ok=True)
    # retraining some processors into an existing bundle keeps the others' figures
    previous = out / "model.json"
    seconds = json.loads(previous.read_text(encoding="utf-8")).get("training_seconds", {}) \
        if previous.is_file() else {}
    for processor in PROCESSORS:
        produced = work / "saved" / processor / MODEL_FILES[processor]
        if produced.is_file():
            shutil.copy2(produced, out / MODEL_FILES[processor])
            seconds[processor] = round(log_seconds(work / f"{processor}.log"), 1)
    (out / "resources.json").write_text(json.dumps({"de": {"lang_name": "German"}}), encoding="utf-8")
    meta = {"name": recipe.name, "version": recipe.version, "license": recipe.license,
            "training_data": recipe.data["train"], "training_seconds": seconds,
            "processors": {p: MODEL_FILES[p] for p in PROCESSORS if (out / MODEL_FILES[p]).is_file()},
            "recipe": {p: spec["args"] for p, spec in recipe.processors.items()}}
    (out / "model.json").write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


# The tagger is the slowest trainer on CPU (about as long as all others together), so it
# runs alone on one chain when jobs > 1.
CHAINS = (("pos",), ("tokenize", "mwt", "lemma", "depparse"))


def train_all(recipe: Recipe, ud_dir: Path, out: Path, work: Path,
              processors: tuple[str, ...] = PROCESSORS, jobs: int = 1) -> list[TrainResult]:
    """Prepare data and train the requested processors, `jobs` trainers at a time."""
    from concurrent.futures import ThreadPoolExecutor

    files = prepare_data(recipe, ud_dir, work)
    chains = [tuple(p for p in chain if p in processors) for chain in CHAINS] if jobs > 1 \
        else [tuple(p for p in PROCESSORS if p in processors)]
    threads = max(1, (os.cpu_count() or 1) // len(chains))

    def run_chain(chain: tuple[str, ...]) -> list[TrainResult]:
        return [train_processor(p, recipe, files, threads) for p in chain]

    with ThreadPoolExecutor(max_workers=len(chains)) as pool:
        results = [r for chain_results in pool.map(run_chain, chains) for r in chain_results]
    assemble_bundle(recipe, work, out)
    return results
