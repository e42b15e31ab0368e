"""The German words of the classroom report, read from package data (labels.de.yaml) and
from the rule pack (the certainty names), never written into Python."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from attribution.rules.pack import RulePack

LABELS_FILE = Path(__file__).with_name("labels.de.yaml")


@dataclass(frozen=True)
class CertaintyLabel:
    key: str
    label: str
    symbol: str
    explanation: str


@dataclass(frozen=True)
class Labels:
    title: str
    certainties: dict[str, CertaintyLabel]     # in the pack's precedence order
    heading: CertaintyLabel
    source_types: dict[str, str]
    forms: dict[str, str]
    marker_kinds: dict[str, str]
    highlights: dict[str, str]
    decisions: dict[str, str]
    unnamed_source: str
    author_voice: str

    def certainty(self, key: str | None) -> CertaintyLabel:
        """Headings (no certainty) get the heading label; an unknown key shows as itself."""
        if key is None:
            return self.heading
        return self.certainties.get(key) or CertaintyLabel(key, key, "", "")

    def source_type(self, key: str) -> str:
        return self.source_types.get(key, key)

    def form(self, key: str) -> str:
        return self.forms.get(key, key)

    def marker_kind(self, key: str) -> str:
        return self.marker_kinds.get(key, key)


def load_labels(pack: RulePack, path: Path = LABELS_FILE) -> Labels:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    described = data["certainties"]
    certainties = {key: CertaintyLabel(key, pack.labels.get(key, key), described.get(key, {}).get("symbol", ""),
                                       described.get(key, {}).get("explanation", ""))
                   for key in pack.precedence}
    heading = data["heading"]
    return Labels(title=data["title"], certainties=certainties,
                  heading=CertaintyLabel("heading", heading["label"], "", heading["explanation"]),
                  source_types=data["source_types"], forms=data["forms"], marker_kinds=data["marker_kinds"],
                  highlights=data["highlights"], decisions=data["decisions"],
                  unnamed_source=data["unnamed_source"], author_voice=data["author_voice"])
