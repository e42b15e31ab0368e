"""The classroom report: one analysis → a self-contained HTML page or a Markdown worksheet.

build_report gathers everything the templates show (typed dataclasses, no markup);
render_html and render_markdown fill the templates in attribution/report/templates/.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from attribution.analyse import Analysis
from attribution.report.article import Paragraph, SentenceView, paragraphs
from attribution.report.chart import Chart, VoiceBar, build_chart
from attribution.report.labels import Labels, load_labels
from attribution.report.roster import AuthorVoice, RosterEntry, author_voice, build_roster, claims_of
from attribution.rules.pack import RulePack

FORMATS = ("html", "md")


@dataclass(frozen=True)
class Report:
    name: str
    model: str
    rules: str
    labels: Labels
    paragraphs: tuple[Paragraph, ...]
    roster: tuple[RosterEntry, ...]
    chart: Chart
    voice: AuthorVoice
    voice_bar: VoiceBar

    @property
    def sentences(self) -> list[SentenceView]:
        return [s for p in self.paragraphs for s in p.sentences]


def build_report(analysis: Analysis, pack: RulePack) -> Report:
    labels = load_labels(pack)
    claims = claims_of(analysis.verdicts)
    voice = author_voice(analysis.verdicts)
    # the file name only: a report handed to a class should not show the teacher's folders
    return Report(name=Path(analysis.name).name, model=analysis.document.model, rules=f"{pack.name} {pack.version}",
                  labels=labels, paragraphs=tuple(paragraphs(analysis.verdicts, labels, pack)),
                  roster=tuple(build_roster(claims, pack.precedence, labels.unnamed_source)),
                  chart=build_chart(claims, pack.precedence), voice=voice, voice_bar=VoiceBar(voice))


def render(report: Report, fmt: str) -> str:
    from attribution.report.html import render_html
    from attribution.report.markdown import render_markdown

    if fmt == "html":
        return render_html(report)
    if fmt == "md":
        return render_markdown(report)
    raise ValueError(f"unknown report format {fmt}")
