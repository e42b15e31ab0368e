"""Inline suppression in Markdown drafts: `<!-- attribution: ignore RULE[, RULE…] -->`
silences those checks for the next paragraph (the one the comment opens, or the next one
with text after it)."""
from __future__ import annotations

import re
from dataclasses import dataclass

from attribution.document import Document

COMMENT = re.compile(r"<!--\s*attribution:\s*ignore\s+([^>]*?)\s*-->")


@dataclass(frozen=True)
class Suppression:
    end: int                       # offset after the comment
    checks: frozenset[str]


def find_suppressions(text: str) -> list[Suppression]:
    return [Suppression(m.end(), frozenset(filter(None, re.split(r"[\s,]+", m.group(1)))))
            for m in COMMENT.finditer(text)]


def suppressed_by_paragraph(document: Document, suppressions: list[Suppression]) -> dict[int, set[str]]:
    """Paragraph (block) number → the checks silenced in it."""
    silenced: dict[int, set[str]] = {}
    for suppression in suppressions:
        target = next((s for s in document.sentences
                       if s.kind == "prose" and s.words and s.start >= suppression.end), None)
        if target is not None:
            silenced.setdefault(target.block, set()).update(suppression.checks)
    return silenced
