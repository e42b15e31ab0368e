"""Findings: what a check reports, with the place in the input it points to."""
from __future__ import annotations

import bisect
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Finding:
    check: str
    severity: str                  # suggestion | warning | error
    message: str
    file: str
    line: int                      # 1-based, columns 1-based in characters (code points)
    column: int
    end_line: int
    end_column: int                # exclusive: the column after the last character
    start: int                     # character offsets into the input
    end: int
    match: str                     # the words the check matched (the sentence if it has no `find`)
    sentence: int
    text: str                      # the whole sentence, for fingerprints


@dataclass
class FileResult:
    file: str
    findings: list[Finding] = field(default_factory=list)
    suppressed: int = 0
    error: str | None = None       # an input error: the file could not be checked


class LineIndex:
    """Character offset → (line, column), both 1-based."""

    def __init__(self, text: str):
        self.starts = [0] + [i + 1 for i, char in enumerate(text) if char == "\n"]

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, offset) - 1
        return line + 1, offset - self.starts[line] + 1
