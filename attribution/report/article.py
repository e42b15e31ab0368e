"""The article as the report shows it: paragraphs of sentences, each split into runs of
text that are plain, a cue, a source or a certainty marker, with the rule that decided it."""
from __future__ import annotations

from dataclasses import dataclass

from attribution.document import Sentence, Word
from attribution.report.labels import CertaintyLabel, Labels
from attribution.rules.pack import RulePack
from attribution.verdicts import Verdict

ROLES = ("source", "cue", "marker")     # the order classes are written in


@dataclass(frozen=True)
class Run:
    text: str
    roles: tuple[str, ...]      # empty for plain text


@dataclass(frozen=True)
class SentenceView:
    index: int
    heading: bool
    runs: tuple[Run, ...]
    certainty: CertaintyLabel
    source: str | None
    resolved_to: str | None
    source_type: str            # German label
    form: str                   # German label
    cue: str | None
    markers: tuple[str, ...]    # "sei (Konjunktiv)"
    rule: str | None
    decision: str               # in plain words: which rule decided, or why none did

    @property
    def text(self) -> str:
        return "".join(run.text for run in self.runs)


@dataclass(frozen=True)
class Paragraph:
    heading: bool
    sentences: tuple[SentenceView, ...]


def _runs(sentence: Sentence, roles_at: dict[str, list[tuple[int, int]]]) -> tuple[Run, ...]:
    """Cut the sentence text wherever the set of roles changes."""
    marks: list[set[str]] = [set() for _ in sentence.text]
    for role, spans in roles_at.items():
        for start, end in spans:
            for i in range(max(start - sentence.start, 0), min(end - sentence.start, len(marks))):
                marks[i].add(role)
    runs: list[Run] = []
    for char, roles in zip(sentence.text, marks):
        key = tuple(r for r in ROLES if r in roles)
        if runs and runs[-1].roles == key:
            runs[-1] = Run(runs[-1].text + char, key)
        else:
            runs.append(Run(char, key))
    return tuple(runs)


def _word_spans(words) -> list[tuple[int, int]]:
    return [(w.start, w.end) for w in words]


def _highlights(verdict: Verdict) -> dict[str, list[tuple[int, int]]]:
    """Only this sentence's own words: a carried-over source lives in an earlier sentence."""
    sentence = verdict.sentence
    mine = [a for a in verdict.attributions if a.sentence is sentence]
    markers = {id(m): m for m in verdict.markers + [m for a in mine for m in a.markers] if m.sentence is sentence}
    sources: list[tuple[int, int]] = []
    for attribution in mine:
        words: list[Word] = attribution.mention.words if attribution.mention else []
        if words:                       # a source is one box, spaces included
            sources.append((min(w.start for w in words), max(w.end for w in words)))
    return {"cue": _word_spans(w for a in mine for w in a.cue.words),
            "source": sources,
            "marker": _word_spans(w for m in markers.values() for w in m.words)}


def _decision(verdict: Verdict, labels: Labels, descriptions: dict[str, str]) -> str:
    if verdict.carried_from is not None:
        key = "carried_quote" if verdict.form == "direct" else "carried_konjunktiv"
        if verdict.claimed_later:
            key = "claimed_after"
        return labels.decisions[key].format(index=verdict.carried_from)
    if verdict.rule is None:
        return labels.decisions["no_rule"]
    return descriptions.get(verdict.rule, "")


def sentence_view(verdict: Verdict, labels: Labels, descriptions: dict[str, str]) -> SentenceView:
    sentence = verdict.sentence
    heading = verdict.certainty is None
    return SentenceView(
        index=sentence.index, heading=heading, runs=_runs(sentence, {} if heading else _highlights(verdict)),
        certainty=labels.certainty(verdict.certainty), source=verdict.source,
        resolved_to=verdict.primary.resolved_to if verdict.primary else None,
        source_type=labels.source_type(verdict.source_type), form=labels.form(verdict.form),
        cue=verdict.cue,
        markers=tuple(f"{m.text} ({labels.marker_kind(m.kind)})" for m in verdict.markers),
        rule=verdict.rule, decision=labels.heading.explanation if heading else _decision(verdict, labels, descriptions))


def paragraphs(verdicts: list[Verdict], labels: Labels, pack: RulePack) -> list[Paragraph]:
    """Sentences grouped by the paragraph (block) they came from."""
    descriptions = {rule.id: rule.description for rule in pack.rules}
    grouped: list[Paragraph] = []
    block = None
    for verdict in verdicts:
        view = sentence_view(verdict, labels, descriptions)
        if grouped and verdict.sentence.block == block and not view.heading and not grouped[-1].heading:
            grouped[-1] = Paragraph(False, grouped[-1].sentences + (view,))
        else:
            grouped.append(Paragraph(view.heading, (view,)))
        block = verdict.sentence.block
    return grouped
