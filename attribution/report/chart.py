"""Chart geometry: claims by source type, stacked by certainty, and the author's own voice.

Only numbers and positions are computed here; the template draws them as inline SVG.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from attribution.report.roster import AuthorVoice, Claim

WIDTH = 720
LABEL_WIDTH = 170       # source type names, left of the bars
TOTAL_WIDTH = 44        # the row total, right of the bars
BAR_HEIGHT = 26
GAP = 10
MIN_LABELLED = 18       # a segment narrower than this shows its count only in the table


@dataclass(frozen=True)
class Segment:
    certainty: str
    count: int
    x: float
    width: float

    @property
    def labelled(self) -> bool:
        return self.width >= MIN_LABELLED


@dataclass(frozen=True)
class Bar:
    source_type: str
    total: int
    y: float
    segments: tuple[Segment, ...]


@dataclass(frozen=True)
class Chart:
    bars: tuple[Bar, ...]
    certainties: tuple[str, ...]       # those that occur, in precedence order
    width: int = WIDTH
    label_width: int = LABEL_WIDTH
    bar_height: int = BAR_HEIGHT

    @property
    def height(self) -> int:
        return max(1, len(self.bars)) * (BAR_HEIGHT + GAP) + GAP

    @property
    def bar_area(self) -> int:
        return WIDTH - LABEL_WIDTH - TOTAL_WIDTH


def build_chart(claims: list[Claim], precedence: list[str]) -> Chart:
    counts: dict[str, Counter] = {}
    for claim in claims:
        counts.setdefault(claim.source_type, Counter())[claim.certainty] += 1
    order = list(precedence) + sorted({c.certainty for c in claims} - set(precedence))
    largest = max((sum(c.values()) for c in counts.values()), default=0)
    scale = (WIDTH - LABEL_WIDTH - TOTAL_WIDTH) / largest if largest else 0
    bars = []
    ranked = sorted(counts.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    for row, (source_type, mix) in enumerate(ranked):
        x, segments = float(LABEL_WIDTH), []
        for certainty in order:
            if mix[certainty]:
                segments.append(Segment(certainty, mix[certainty], x, mix[certainty] * scale))
                x += mix[certainty] * scale
        bars.append(Bar(source_type, sum(mix.values()), GAP + row * (BAR_HEIGHT + GAP), tuple(segments)))
    used = tuple(c for c in order if any(claim.certainty == c for claim in claims))
    return Chart(tuple(bars), used)


@dataclass(frozen=True)
class VoiceBar:
    """The share of sentences in the author's own voice, as one 100 % bar."""
    voice: AuthorVoice
    width: int = WIDTH
    label_width: int = LABEL_WIDTH
    bar_height: int = BAR_HEIGHT

    @property
    def own_width(self) -> float:
        area = WIDTH - LABEL_WIDTH - TOTAL_WIDTH
        return area * self.voice.sentences / self.voice.prose if self.voice.prose else 0.0

    @property
    def rest_width(self) -> float:
        return (WIDTH - LABEL_WIDTH - TOTAL_WIDTH) - self.own_width
