"""The whole analysis of one input: text → blocks → parse → verdicts."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from attribution.document import Document
from attribution.parse import Parser
from attribution.rules.pack import RulePack
from attribution.text import read_input, split_blocks
from attribution.verdicts import Verdict, judge_document


@dataclass
class Analysis:
    name: str
    document: Document
    verdicts: list[Verdict]


def is_markdown(name: str) -> bool:
    return name.lower().endswith((".md", ".markdown"))


def analyse_text(text: str, name: str, parser: Parser, pack: RulePack) -> Analysis:
    blocks = split_blocks(text, markdown=is_markdown(name))
    document = parser.parse_blocks(text, blocks)
    return Analysis(name, document, judge_document(document, pack))


def analyse_file(path: Path, parser: Parser, pack: RulePack) -> Analysis:
    return analyse_text(read_input(path), str(path), parser, pack)
