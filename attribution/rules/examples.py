"""Examples inside rule files, checked through the real pipeline (`attribution rules test`)."""
from __future__ import annotations

from dataclasses import dataclass, field

from attribution.analyse import analyse_text
from attribution.parse import Parser
from attribution.rules.pack import Example, RulePack

FIELDS = ("source", "source_type", "cue", "form", "certainty")


@dataclass
class ExampleResult:
    example: Example
    problems: list[str] = field(default_factory=list)

    @property
    def passed(self) -> bool:
        return not self.problems


def _norm(value):
    return value.strip().lower() if isinstance(value, str) else value


def check_example(example: Example, parser: Parser, pack: RulePack) -> ExampleResult:
    analysis = analyse_text(example.text, "example.txt", parser, pack)
    result = ExampleResult(example)
    number = example.expect.get("sentence", 1)
    if number > len(analysis.verdicts):
        result.problems.append(f"the text has only {len(analysis.verdicts)} sentence(s)")
        return result
    verdict = analysis.verdicts[number - 1]
    actual = {"source": verdict.source, "source_type": verdict.source_type, "cue": verdict.cue,
              "form": verdict.form, "certainty": verdict.certainty}
    for name in FIELDS:
        if name in example.expect and _norm(example.expect[name]) != _norm(actual[name]):
            result.problems.append(f"{name}: expected {example.expect[name]!r}, got {actual[name]!r}")
    marker_texts = [m.text.lower() for m in verdict.markers]
    for expected in example.expect.get("markers", []):
        if not any(expected.lower() in text for text in marker_texts):
            result.problems.append(f"marker {expected!r} not found in {marker_texts}")
    return result


def run_examples(pack: RulePack, parser: Parser) -> list[ExampleResult]:
    return [check_example(example, parser, pack) for example in pack.examples]
