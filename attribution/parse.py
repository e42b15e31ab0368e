"""Parsing stage: prose blocks → Stanza → our Document (words with UD features and offsets)."""
from __future__ import annotations

import contextlib
import io
import logging
from dataclasses import dataclass

from attribution.document import Document, Sentence, Word
from attribution.model.resolve import ModelChoice
from attribution.text import Block


def _feats(raw: str | None) -> dict[str, str]:
    if not raw or raw == "_":
        return {}
    return dict(pair.split("=", 1) for pair in raw.split("|") if "=" in pair)


@dataclass
class Parser:
    """Loads the Stanza pipeline once, on first use."""
    model: ModelChoice
    pretokenized: bool = False
    cache: object = None       # a parse_cache.ParseCache: paragraphs parsed before are not parsed again
    _pipeline: object = None

    def pipeline(self):
        if self._pipeline is None:
            import stanza

            logging.getLogger("stanza").setLevel(logging.WARNING)
            kwargs = self.model.pipeline_kwargs()
            if self.pretokenized:
                kwargs["tokenize_pretokenized"] = True
            with contextlib.redirect_stderr(io.StringIO()):
                self._pipeline = stanza.Pipeline(**kwargs)
        return self._pipeline

    def parse_blocks(self, text: str, blocks: list[Block]) -> Document:
        """Parse every prose block; headings become word-less sentences of kind 'heading'."""
        prose = [b for b in blocks if b.kind == "prose"]
        parsed = iter(self.cache.parse(self, prose) if self.cache is not None else self.parse_prose(prose))
        sentences: list[Sentence] = []
        for number, block in enumerate(blocks, start=1):
            if block.kind != "prose":
                sentences.append(Sentence(len(sentences) + 1, block.text, block.start, block.end, [],
                                          kind=block.kind, block=number))
                continue
            for sentence in next(parsed):
                sentence.index, sentence.block = len(sentences) + 1, number
                sentences.append(sentence)
        return Document(text, sentences, self.model.identity)

    def parse_prose(self, prose: list[Block]) -> list[list[Sentence]]:
        """The sentences of each prose block (numbered later, by parse_blocks)."""
        if not prose:
            return []
        import stanza

        parsed = self.pipeline()([stanza.Document([], text=b.text) for b in prose])
        return [[convert_sentence(s, block, 0, 0) for s in doc.sentences] for block, doc in zip(prose, parsed)]

    def parse_pretokenized(self, sentences: list[list[str]]) -> Document:
        """Gold tokenisation (evaluation): one sentence per list, text joined by spaces."""
        from stanza.models.common.doc import MISC, TEXT, Document as StanzaDocument

        pipeline = self.pipeline()
        raw_text, tokens = pipeline.processors["tokenize"].process_pre_tokenized_text(sentences)
        # on raw text the tokenizer marks contractions ("im" = "in dem") for the MWT expander;
        # gold tokens come unmarked, and the tagger and parser, trained on the expanded words,
        # would see "im" as a determiner. Mark the contractions the expander knows.
        mwt = pipeline.processors.get("mwt")
        known = getattr(getattr(mwt, "trainer", None), "expansion_dict", None) or {}
        for sentence in tokens:
            for token in sentence:
                if token[TEXT] in known:
                    token[MISC] += "|MWT=Yes"
        doc = pipeline(StanzaDocument(tokens, raw_text))
        block = Block(" ".join(" ".join(s) for s in sentences), 0, 0, "prose", 1)
        return Document(block.text, [convert_sentence(s, block, i, 1)
                                     for i, s in enumerate(doc.sentences, start=1)], self.model.identity)


def convert_sentence(sentence, block: Block, index: int, number: int) -> Sentence:
    words = []
    for number_in_sentence, token in enumerate(sentence.tokens, start=1):
        for word in token.words:
            start = block.start + token.start_char
            end = block.start + token.end_char
            words.append(Word(word.id, word.text, word.lemma or word.text, word.upos or "X",
                              word.xpos or "_", _feats(word.feats), word.head or 0,
                              word.deprel or "dep", start, end, number_in_sentence))
    start = words[0].start if words else block.start
    end = words[-1].end if words else block.end
    return Sentence(index, block.text[start - block.start:end - block.start], start, end, words,
                    kind="prose", block=number)

