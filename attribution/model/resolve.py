"""Which German Stanza model to use, and how to load it without any network access.

Resolution order: --model PATH > $ATTRIBUTION_MODEL > Stanza's official German models
(if installed in Stanza's resources directory) > the compact model bundled with the package.
"""
from __future__ import annotations

import json
import os
from dataclasses import dataclass, field
from pathlib import Path

BUNDLED_DIR = Path(__file__).resolve().parent.parent / "models" / "de_compact"
ENV_VAR = "ATTRIBUTION_MODEL"
PROCESSORS = ("tokenize", "mwt", "pos", "lemma", "depparse")
MODEL_FILES = {
    "tokenize": "tokenizer.pt", "mwt": "mwt_expander.pt", "pos": "tagger.pt",
    "lemma": "lemmatizer.pt", "depparse": "parser.pt",
}


class ModelNotFound(Exception):
    """No usable model at the place the user (or the resolution order) points to."""


@dataclass
class ModelChoice:
    name: str
    origin: str            # option | environment | official | bundled
    path: Path
    license: str
    official: bool = False
    metadata: dict = field(default_factory=dict)

    @property
    def identity(self) -> str:
        """Names the model in every output (and keys caches)."""
        version = self.metadata.get("version")
        return f"{self.name}@{version}" if version else self.name

    def size_bytes(self) -> int:
        return sum(p.stat().st_size for p in self.path.rglob("*") if p.is_file())

    def pipeline_kwargs(self) -> dict:
        """Arguments for stanza.Pipeline that never trigger a download."""
        kwargs: dict = {"lang": "de", "dir": str(self.path if not self.official else self.path.parent),
                        "download_method": None, "processors": ",".join(PROCESSORS),
                        "logging_level": "WARN"}
        if not self.official:
            for processor in PROCESSORS:
                kwargs[f"{processor}_model_path"] = str(self.path / MODEL_FILES[processor])
        return kwargs


def official_resources_dir() -> Path:
    from stanza.resources.common import DEFAULT_MODEL_DIR

    return Path(os.environ.get("STANZA_RESOURCES_DIR", DEFAULT_MODEL_DIR))


def _official_model() -> ModelChoice | None:
    root = official_resources_dir()
    german = root / "de"
    if not (root / "resources.json").is_file() or not german.is_dir():
        return None
    if not all(any((german / p).glob("*.pt")) for p in ("tokenize", "pos", "lemma", "depparse")):
        return None
    return ModelChoice(name="stanza-de-official", origin="official", path=german,
                       license="Stanza German models (see stanza.run)", official=True)


def load_bundle(path: Path, origin: str) -> ModelChoice:
    """A directory with our model.json and one file per processor."""
    path = Path(path).expanduser()
    if not path.is_dir():
        raise ModelNotFound(f"model directory not found: {path}")
    missing = [MODEL_FILES[p] for p in PROCESSORS if not (path / MODEL_FILES[p]).is_file()]
    if missing:
        raise ModelNotFound(f"model directory {path} lacks {', '.join(missing)}")
    meta_path = path / "model.json"
    metadata = json.loads(meta_path.read_text(encoding="utf-8")) if meta_path.is_file() else {}
    return ModelChoice(name=metadata.get("name", path.name), origin=origin, path=path,
                       license=metadata.get("license", "unknown"), metadata=metadata)


def resolve_model(option: str | Path | None = None) -> ModelChoice:
    if option:
        return load_bundle(Path(option), "option")
    if os.environ.get(ENV_VAR):
        return load_bundle(Path(os.environ[ENV_VAR]), "environment")
    official = _official_model()
    if official:
        return official
    return load_bundle(BUNDLED_DIR, "bundled")
