"""Input stage: read a file into prose blocks with their character offsets.

Headings, code and front matter are kept out of the analysis (they are not claims), but
their offsets are kept so every sentence can point back into the original input.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path


class InputError(Exception):
    """A file that cannot be analysed; the message is one line for the user."""


@dataclass(frozen=True)
class Block:
    """A paragraph of the input: `text` is input[start:end]."""
    text: str
    start: int
    end: int
    kind: str          # prose | heading
    line: int          # 1-based line of `start`


FENCE = re.compile(r"^\s*(```|~~~)")
MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+")
# A plain-text line counts as a heading when it is short and does not end like a sentence.
SENTENCE_END = re.compile(r"[.!?:;…\"“”»«'’)\]]\s*$")
MAX_HEADING_WORDS = 12
MAX_HEADING_CHARS = 60   # hard-wrapped prose lines are longer


# Inline Markdown is blanked out with spaces of the same length, so offsets into the
# input stay valid while Stanza sees only the prose.
INLINE_MARKUP = [
    re.compile(r"!\[[^\]]*\]\([^)]*\)"),            # images
    re.compile(r"`[^`\n]*`"),                          # code spans
    re.compile(r"<[^>\n]+>"),                          # HTML tags and comments
    re.compile(r"(?<=\])\([^)\s]*\)"),                 # link targets
    re.compile(r"[\[\]]"),                              # link brackets
    re.compile(r"(\*\*|__|(?<![\w*])\*(?=\S)|(?<=\S)\*(?![\w*])|(?<![\w_])_(?=\S)|(?<=\S)_(?!\w))"),
    re.compile(r"^\s{0,3}(>\s?|[-*+]\s+|\d+[.)]\s+)", re.M),  # quote and list markers
]


def mask_markdown(text: str) -> str:
    for pattern in INLINE_MARKUP:
        text = pattern.sub(lambda m: " " * len(m.group(0)), text)
    return text


def decode(data: bytes, name: str) -> str:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        raise InputError(f"{name}: not UTF-8 text (byte {error.start})") from None
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(f"{name}: empty input")
    return text


def read_input(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory") from None
    except OSError as error:
        raise InputError(f"{path}: {error.strerror}") from None
    return decode(data, str(path))


def _is_plain_heading(line: str) -> bool:
    stripped = line.strip()
    return (bool(stripped) and not SENTENCE_END.search(stripped)
            and len(stripped.split()) <= MAX_HEADING_WORDS and len(stripped) <= MAX_HEADING_CHARS)


def split_blocks(text: str, markdown: bool = False) -> list[Block]:
    """Paragraphs are separated by blank lines. In plain text a line that ends a sentence
    also ends its paragraph (news texts put one paragraph on a line), while a long line
    that stops mid-sentence is hard-wrapped and continues on the next one."""
    blocks: list[Block] = []
    offset = 0
    in_code = False
    in_front_matter = markdown and text.startswith("---\n")
    paragraph: list[tuple[int, int, str]] = []   # (line number, offset, line)

    def flush() -> None:
        if paragraph:
            start = paragraph[0][1]
            end = paragraph[-1][1] + len(paragraph[-1][2])
            first = paragraph[0][2]
            kind = "heading" if (markdown and MD_HEADING.match(first)) or \
                (len(paragraph) == 1 and _is_plain_heading(first)) else "prose"
            body = mask_markdown(text[start:end]) if markdown and kind == "prose" else text[start:end]
            blocks.append(Block(body, start, end, kind, paragraph[0][0]))
            paragraph.clear()

    for number, line in enumerate(text.split("\n"), start=1):
        if in_front_matter:
            if number > 1 and line.strip() in {"---", "..."}:
                in_front_matter = False
        elif markdown and FENCE.match(line):
            flush()
            in_code = not in_code
        elif in_code or (markdown and line.startswith("    ") and not paragraph):
            pass  # code is not prose
        elif not line.strip():
            flush()
        else:
            if markdown and paragraph and MD_HEADING.match(line):
                flush()
            paragraph.append((number, offset, line))
            if markdown:
                if MD_HEADING.match(line):
                    flush()
            elif SENTENCE_END.search(line) or (len(paragraph) == 1 and _is_plain_heading(line)):
                flush()  # a hard-wrapped line mid-sentence continues the paragraph
        offset += len(line) + 1
    flush()
    return blocks
