"""Parse cache: Stanza parses of single paragraphs, keyed by the paragraph's text and the
model's identity, in the user's cache directory (SQLite, one file), so re-checking an
unchanged draft never runs Stanza.

Two smaller memos serve the same warm run: which model the resolution order chose
(finding Stanza's resources folder imports Stanza and torch) and the compiled rule pack
(parsing its YAML files takes most of a warm run otherwise).
"""
from __future__ import annotations

import hashlib
import json
import os
import pickle
import sqlite3
from dataclasses import asdict
from importlib import metadata
from pathlib import Path

from attribution.document import Sentence, Word
from attribution.model.resolve import ENV_VAR, ModelChoice, official_resources_dir, resolve_model
from attribution.text import Block

CACHE_ENV = "ATTRIBUTION_CACHE_DIR"
FORMAT = 1                          # bump when the stored shape of a parse changes
DATABASE = "parses.sqlite3"
CHOICE_FILE = "model-choice.json"
RULES_FILE = "rules.pickle"


def cache_dir() -> Path:
    """$ATTRIBUTION_CACHE_DIR, else the platform's user cache dir ($XDG_CACHE_HOME on Linux)."""
    if os.environ.get(CACHE_ENV):
        return Path(os.environ[CACHE_ENV]).expanduser()
    from platformdirs import user_cache_dir

    return Path(user_cache_dir("attribution", appauthor=False))


def model_key(choice: ModelChoice) -> str:
    """The model's identity plus name, size and mtime of its files: a retrained model
    with an unchanged version number must not reuse old parses."""
    files = sorted(p for p in choice.path.rglob("*") if p.is_file() and p.suffix in {".pt", ".json"})
    stamps = [(str(p.relative_to(choice.path)), p.stat().st_size, p.stat().st_mtime_ns) for p in files]
    return hashlib.sha256(json.dumps([FORMAT, choice.identity, stamps]).encode()).hexdigest()


def _word_row(word: Word, offset: int) -> list:
    return [word.id, word.text, word.lemma, word.upos, word.xpos, word.feats, word.head, word.deprel,
            word.start - offset, word.end - offset, word.token]


def _sentences_from_rows(rows: list, block: Block) -> list[Sentence]:
    sentences = []
    for words in rows:
        words = [Word(*row[:8], row[8] + block.start, row[9] + block.start, row[10]) for row in words]
        start, end = (words[0].start, words[-1].end) if words else (block.start, block.end)
        sentences.append(Sentence(0, block.text[start - block.start:end - block.start], start, end, words,
                                  kind="prose"))
    return sentences


class ParseCache:
    """Per-paragraph parses; offsets are stored relative to the paragraph so a paragraph
    moved within a draft (or shared by two drafts) is still a hit."""

    def __init__(self, directory: Path, model: ModelChoice):
        self.directory = directory
        self.model = model_key(model)
        self.hits = self.misses = 0
        self._db: sqlite3.Connection | None = None

    def _connection(self) -> sqlite3.Connection:
        if self._db is None:
            self.directory.mkdir(parents=True, exist_ok=True)
            self._db = sqlite3.connect(self.directory / DATABASE, timeout=30)
            self._db.execute("CREATE TABLE IF NOT EXISTS parses (key TEXT PRIMARY KEY, sentences TEXT)")
        return self._db

    def key(self, block: Block) -> str:
        return hashlib.sha256(f"{self.model}\0{block.text}".encode()).hexdigest()

    def parse(self, parser, blocks: list[Block]) -> list[list[Sentence]]:
        """Sentences of each block: cached ones from the database, the rest parsed at once."""
        db = self._connection()
        keys = [self.key(b) for b in blocks]
        stored = {}
        for i in range(0, len(keys), 500):           # SQLite's limit on bound parameters
            chunk = keys[i:i + 500]
            stored.update(db.execute(f"SELECT key, sentences FROM parses WHERE key IN ({','.join('?' * len(chunk))})",
                                     chunk).fetchall())
        missing: dict[str, Block] = {}             # each new text once, however often it occurs
        for block, key in zip(blocks, keys):
            if key not in stored:
                missing.setdefault(key, block)
        self.hits += sum(k in stored for k in keys)
        self.misses += len(missing)
        if missing:
            parsed = parser.parse_prose(list(missing.values()))
            new = {key: json.dumps([[_word_row(w, block.start) for w in s.words] for s in sentences],
                                   ensure_ascii=False)
                   for (key, block), sentences in zip(missing.items(), parsed)}
            with db:
                db.executemany("INSERT OR REPLACE INTO parses VALUES (?, ?)", new.items())
            stored.update(new)
        return [_sentences_from_rows(json.loads(stored[k]), b) for b, k in zip(blocks, keys)]


def clear(directory: Path) -> int:
    """Remove the cache files; returns how many bytes were freed."""
    freed = 0
    for name in (DATABASE, DATABASE + "-journal", CHOICE_FILE, RULES_FILE):
        path = directory / name
        if path.is_file():
            freed += path.stat().st_size
            path.unlink()
    return freed


def _stamp(path: Path) -> list:
    try:
        stat = path.stat()
    except OSError:
        return [str(path), None]
    return [str(path), stat.st_mtime_ns]


def _watched(choice: ModelChoice, official_root: Path) -> list[Path]:
    """What the resolution order looks at (see model/resolve.py): a change to any of these
    may change the choice."""
    german = official_root / "de"
    return [official_root / "resources.json", german, choice.path] + [
        german / p for p in ("tokenize", "pos", "lemma", "depparse")]


def resolve_cached(option: str | None, directory: Path | None) -> ModelChoice:
    """resolve_model(), remembered in the cache dir while the environment and the folders
    it looked at are unchanged. An explicit model (option, $ATTRIBUTION_MODEL) needs no memo."""
    if option or os.environ.get(ENV_VAR) or directory is None:
        return resolve_model(option)
    memo_path = directory / CHOICE_FILE
    environment = [metadata.version("stanza"), os.environ.get("STANZA_RESOURCES_DIR"),
                   os.environ.get("HOME"), os.environ.get("XDG_CACHE_HOME")]
    try:
        memo = json.loads(memo_path.read_text(encoding="utf-8"))
        if memo["environment"] == environment and memo["stamps"] == [_stamp(Path(p[0])) for p in memo["stamps"]]:
            return ModelChoice(**(memo["choice"] | {"path": Path(memo["choice"]["path"])}))
    except (OSError, ValueError, KeyError, TypeError):
        pass
    choice = resolve_model(None)
    stamps = [_stamp(p) for p in _watched(choice, official_resources_dir())]
    try:
        directory.mkdir(parents=True, exist_ok=True)
        memo_path.write_text(json.dumps({"environment": environment, "stamps": stamps,
                                         "choice": asdict(choice) | {"path": str(choice.path)}}), encoding="utf-8")
    except OSError:
        pass                                           # a read-only cache dir only costs speed
    return choice


def summary(directory: Path) -> tuple[int, int]:
    """(paragraphs, bytes) in the cache."""
    path = directory / DATABASE
    if not path.is_file():
        return 0, 0
    with sqlite3.connect(path) as db:
        entries = db.execute("SELECT COUNT(*) FROM parses").fetchone()[0]
    return entries, path.stat().st_size


def _rules_key(directories: list[Path]) -> list:
    """Every rule file and every module that compiles them, by size and mtime."""
    from attribution.check import definitions
    from attribution.rules import pack, patterns

    files = [f for d in directories for f in pack.pack_files(Path(d))]
    code = [Path(m.__file__) for m in (pack, patterns, definitions)]
    code.append(Path(pack.__file__).with_name("rule-file.schema.json"))
    return [FORMAT, metadata.version("attribution")] + [_stamp(p) + [p.stat().st_size] for p in files + code]


def compiled_rules(directories: list[Path], directory: Path | None, build):
    """build() → (pack, checks), remembered (pickled) while no rule file or compiling
    module changes. A pack that does not load is never remembered: build() reports it."""
    from attribution.rules.pack import BUILTIN_DIR, RuleError

    if directory is None:
        return build()
    try:
        key = _rules_key([BUILTIN_DIR, *directories])
    except (RuleError, OSError):
        return build()
    path = directory / RULES_FILE
    try:
        stored_key, value = pickle.loads(path.read_bytes())    # our own file in the user's cache dir
        if stored_key == key:
            return value
    except Exception:  # noqa: BLE001 - any unreadable memo is rebuilt
        pass
    value = build()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.tmp")
        partial.write_bytes(pickle.dumps((key, value)))
        partial.replace(path)
    except OSError:
        pass
    return value
