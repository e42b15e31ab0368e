"""Parsed text as plain data: sentences of words with UD features and character offsets.

Built either from a Stanza document (the real pipeline) or from CoNLL-U text (tests and
rule fixtures), so everything downstream is independent of Stanza.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import conllu


@dataclass(frozen=True)
class Word:
    id: int                 # 1-based position in the sentence (UD word, after MWT expansion)
    text: str
    lemma: str
    upos: str
    xpos: str
    feats: dict[str, str]
    head: int               # 0 = root
    deprel: str
    start: int              # character offsets into the whole input
    end: int
    token: int = 0          # 1-based surface token ("im" is one token, two words)

    def feat(self, name: str) -> str | None:
        return self.feats.get(name)

    def feat_values(self, name: str) -> list[str]:
        """UD joins several values of one feature with commas ("PronType=Dem,Rel")."""
        value = self.feats.get(name)
        return value.split(",") if value else []


@dataclass
class Sentence:
    index: int              # 1-based in the document, headings included
    text: str
    start: int
    end: int
    words: list[Word]
    kind: str = "prose"     # prose | heading
    block: int = 0          # paragraph number
    _children: dict[int, list[Word]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        for word in self.words:
            self._children.setdefault(word.head, []).append(word)

    def word(self, word_id: int) -> Word:
        return self.words[word_id - 1]

    def children(self, word: Word) -> list[Word]:
        return self._children.get(word.id, [])

    def head_of(self, word: Word) -> Word | None:
        return self.words[word.head - 1] if word.head else None

    @property
    def root(self) -> Word | None:
        return next((w for w in self.words if w.head == 0), None)

    def subtree(self, word: Word, exclude: frozenset[str] = frozenset()) -> list[Word]:
        """The word and its descendants, in sentence order, leaving out children by relation."""
        found, stack, seen = [], [word], set()
        while stack:
            current = stack.pop()
            if current.id in seen:
                continue                         # a malformed (cyclic) tree must not hang
            seen.add(current.id)
            found.append(current)
            stack.extend(c for c in self.children(current) if c.deprel.split(":")[0] not in exclude
                         and c.deprel not in exclude)
        return sorted(found, key=lambda w: w.id)

    def span_text(self, words: list[Word]) -> str:
        """Input text from the first to the last word (original spacing kept)."""
        if not words:
            return ""
        first, last = min(words, key=lambda w: w.start), max(words, key=lambda w: w.end)
        return self.text[first.start - self.start:last.end - self.start]


@dataclass
class Document:
    text: str
    sentences: list[Sentence]
    model: str = "unknown"


def _feats(raw) -> dict[str, str]:
    return dict(raw) if raw else {}


def sentence_from_conllu(tokens: conllu.TokenList, index: int, offset: int = 0,
                         kind: str = "prose", block: int = 0) -> Sentence:
    """Words get offsets as if the sentence text were its surface tokens joined by SpaceAfter;
    the words of a multi-word token ("im" = "in dem") share its span."""
    text, spans, covered, numbers = "", {}, 0, {}
    for token in tokens:
        token_id = token["id"]
        if isinstance(token_id, int) and token_id <= covered:
            continue                                  # part of a multi-word token already placed
        if not isinstance(token_id, (int, tuple)) or (isinstance(token_id, tuple) and token_id[1] != "-"):
            continue                                  # empty nodes
        first, last = (token_id[0], token_id[2]) if isinstance(token_id, tuple) else (token_id, token_id)
        start = offset + len(text)
        number = len(set(numbers.values())) + 1
        for word_id in range(first, last + 1):
            spans[word_id] = (start, start + len(token["form"]))
            numbers[word_id] = number
        covered = last
        text += token["form"]
        if (token.get("misc") or {}).get("SpaceAfter") != "No":
            text += " "
    words = [Word(t["id"], t["form"], t.get("lemma") or t["form"], t.get("upos") or "X",
                  t.get("xpos") or "_", _feats(t.get("feats")), t.get("head") or 0,
                  t.get("deprel") or "dep", *spans[t["id"]], numbers[t["id"]])
             for t in tokens if isinstance(t["id"], int)]
    text = text.rstrip()
    return Sentence(index, text, offset, offset + len(text), words, kind, block)


def document_from_conllu(data: str, model: str = "conllu") -> Document:
    """A document whose text is its sentences joined by single spaces."""
    sentences, offset = [], 0
    for index, tokens in enumerate(conllu.parse(data), start=1):
        sentence = sentence_from_conllu(tokens, index, offset)
        sentences.append(sentence)
        offset = sentence.end + 1
    return Document(" ".join(s.text for s in sentences), sentences, model)
