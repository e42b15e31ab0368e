"""Checking one input: verdicts → findings, minus what inline comments silence."""
from __future__ import annotations

from attribution.analyse import Analysis, analyse_text, is_markdown
from attribution.check.definitions import CheckSet
from attribution.check.evaluate import applies, find_words, message, verdict_fields
from attribution.check.findings import FileResult, Finding, LineIndex
from attribution.check.suppress import find_suppressions, suppressed_by_paragraph
from attribution.rules.pack import RulePack


def check_analysis(analysis: Analysis, checks: CheckSet, severities: dict[str, str]) -> FileResult:
    """`severities` maps the enabled checks to the severity they report with."""
    document = analysis.document
    lines = LineIndex(document.text)
    silenced = suppressed_by_paragraph(document, find_suppressions(document.text)) \
        if is_markdown(analysis.name) else {}
    result = FileResult(analysis.name)
    for verdict in analysis.verdicts:
        sentence = verdict.sentence
        if sentence.kind != "prose" or not sentence.words:
            continue                              # headings make no claim
        fields = verdict_fields(verdict)
        for check_id, severity in severities.items():
            check = checks[check_id]
            if not applies(check, fields):
                continue
            words = find_words(check, verdict, verdict.features)
            if words is None:
                continue
            if check_id in silenced.get(sentence.block, ()):
                result.suppressed += 1
                continue
            line, column = lines.position(sentence.start)
            end_line, end_column = lines.position(sentence.end)
            matched = sentence.span_text(words) if check.find else " ".join(sentence.text.split())
            result.findings.append(Finding(check_id, severity, message(check, verdict, matched), analysis.name,
                                           line, column, end_line, end_column, sentence.start, sentence.end,
                                           matched, sentence.index, sentence.text))
    return result


def check_text(text: str, name: str, parser, pack: RulePack, checks: CheckSet,
               severities: dict[str, str]) -> FileResult:
    return check_analysis(analyse_text(text, name, parser, pack), checks, severities)
