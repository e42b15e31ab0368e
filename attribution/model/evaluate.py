"""End-to-end evaluation of a model on raw text with the CoNLL 2018 shared-task metrics."""
from __future__ import annotations

import tempfile
import time
from dataclasses import dataclass, asdict
from pathlib import Path

from attribution.model.resolve import ModelChoice

METRICS = ("Tokens", "Sentences", "Words", "UPOS", "XPOS", "UFeats", "Lemmas", "UAS", "LAS")


@dataclass
class Evaluation:
    model: str
    gold: str
    scores: dict[str, float]     # F1 × 100 per CoNLL 2018 metric
    sentences: int
    load_seconds: float
    parse_seconds: float
    size_mb: float

    @property
    def sentences_per_second(self) -> float:
        return self.sentences / self.parse_seconds if self.parse_seconds else 0.0

    def as_dict(self) -> dict:
        return asdict(self) | {"sentences_per_second": round(self.sentences_per_second, 2)}


def raw_text_of(gold: Path) -> str:
    """The raw text a CoNLL-U file was annotated from, as Stanza's own evaluation builds it."""
    from stanza.utils.datasets.conllu_to_text import convert_text

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "raw.txt"
        convert_text(str(gold), str(out))
        return out.read_text(encoding="utf-8")


def evaluate_model(model: ModelChoice, gold: Path) -> Evaluation:
    import stanza
    from stanza.models.common.utils import ud_scores
    from stanza.utils.conll import CoNLL

    text = raw_text_of(gold)
    start = time.perf_counter()
    pipeline = stanza.Pipeline(**model.pipeline_kwargs())
    loaded = time.perf_counter()
    document = pipeline(text)
    parsed = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        system = Path(tmp) / "system.conllu"
        CoNLL.write_doc2conll(document, str(system))
        evaluation = ud_scores(str(gold), str(system))
    scores = {m: round(100 * evaluation[m].f1, 2) for m in METRICS}
    return Evaluation(model=model.identity, gold=gold.name, scores=scores,
                      sentences=len(document.sentences), load_seconds=round(loaded - start, 2),
                      parse_seconds=round(parsed - loaded, 2),
                      size_mb=round(model.size_bytes() / 2**20, 1))
