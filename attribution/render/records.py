"""Verdicts as plain dictionaries: the one shape every machine format is written from."""
from __future__ import annotations

from attribution.analyse import Analysis
from attribution.attributions import Attribution
from attribution.verdicts import Verdict


def _attribution_record(attribution: Attribution) -> dict:
    return {
        "cue": attribution.cue.text,
        "source": attribution.source_text,
        "source_mention": attribution.mention.text if attribution.mention else None,
        "resolved_to": attribution.resolved_to,
        "source_type": attribution.source_type,
        "form": attribution.form,
        "certainty": attribution.certainty,
        "message": attribution.sentence.span_text(attribution.message) if attribution.message else "",
        "main": attribution.main,
        "rule": attribution.cue.rule.id,
    }


def sentence_record(verdict: Verdict, file: str) -> dict:
    sentence = verdict.sentence
    return {
        "file": file,
        "index": sentence.index,
        "text": sentence.text,
        "start": sentence.start,
        "end": sentence.end,
        "kind": sentence.kind,
        "source": verdict.source,
        "resolved_to": verdict.primary.resolved_to if verdict.primary else None,
        "source_type": verdict.source_type,
        "cue": verdict.cue,
        "form": verdict.form,
        "certainty": verdict.certainty,
        "carried_from": verdict.carried_from,
        "rule": verdict.rule,
        "markers": [{"text": m.text, "kind": m.kind, "rule": m.rule.id} for m in verdict.markers],
        "attributions": [_attribution_record(a) for a in verdict.attributions],
    }


def document_record(analysis: Analysis, pack_version: str) -> dict:
    return {
        "file": analysis.name,
        "model": analysis.document.model,
        "rules": pack_version,
        "sentences": [sentence_record(v, analysis.name) for v in analysis.verdicts],
    }
