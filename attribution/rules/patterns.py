"""Dependency patterns as data, in the manner of spaCy's DependencyMatcher.

A pattern is a list of nodes. The first is the anchor; every later node names an earlier
node (`from`), a relation to it (`rel`) and attributes the word must have:

    >   child of        <   head of        >>  descendant of     <<  ancestor of
    .   immediately after   ;   immediately before
    $+  later in the sentence   $-  earlier in the sentence
    =   the same word (a further test on an earlier node, usually `absent`)

Attribute tests: TEXT, LOWER, LEMMA, UPOS, XPOS, DEP, FEATS (per feature), and derived
features computed by attribution.features (e.g. KONJ1, QUOTED). A value is a scalar, or
{IN: [...]}, {NOT_IN: [...]}, {REGEX: ...}, {SUFFIX_IN: [...]} (the end of a compound).
Nodes marked `optional` may be absent; nodes marked `absent` must not match. A node
with `before: ID` must stand before the word bound to the earlier node ID (a source
inside a verb-final clause, whichever word the parser hung it on), one with `after: ID`
after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

from attribution.document import Sentence, Word

RELATIONS = (">", "<", ">>", "<<", ".", ";", "$+", "$-", "=")
WORD_ATTRS = ("TEXT", "LOWER", "LEMMA", "UPOS", "XPOS", "DEP", "FEATS")


@dataclass(frozen=True)
class Node:
    id: str
    attrs: dict
    source: str | None = None     # the earlier node this one is related to
    rel: str | None = None
    optional: bool = False
    absent: bool = False
    role: str | None = None       # cue | source | message | marker: what the match means
    before: str | None = None     # an earlier node this word must precede
    after: str | None = None      # an earlier node this word must follow


@dataclass(frozen=True)
class Pattern:
    nodes: tuple[Node, ...]

    @classmethod
    def from_data(cls, data: list[dict]) -> "Pattern":
        return cls(tuple(Node(id=n["id"], attrs=n.get("attrs", {}), source=n.get("from"),
                              rel=n.get("rel"), optional=n.get("optional", False),
                              absent=n.get("absent", False), role=n.get("role"),
                              before=n.get("before"), after=n.get("after")) for n in data))

    def roles(self) -> dict[str, str | None]:
        return {node.id: node.role for node in self.nodes}


FeatureLookup = Callable[[Word, str], object]


def _value_matches(value, test) -> bool:
    if isinstance(test, dict):
        if "IN" in test and value not in test["IN"]:
            return False
        if "NOT_IN" in test and value in test["NOT_IN"]:
            return False
        if "REGEX" in test and (value is None or not re.search(test["REGEX"], str(value))):
            return False
        if "SUFFIX_IN" in test:
            lowered = str(value or "").lower()
            if not any(lowered.endswith(s.lower()) for s in test["SUFFIX_IN"]):
                return False
        return True
    return value == test


def _feature_matches(word: Word, name: str, test) -> bool:
    """A feature with several values ("PronType=Dem,Rel") meets a value or list test where
    any of them does, a NOT_IN only where none is listed; the whole string is tested too, so
    a REGEX or the joined form still match."""
    value, values = word.feat(name), word.feat_values(name)
    if len(values) < 2:
        return _value_matches(value, test)
    if isinstance(test, dict) and "NOT_IN" in test:
        if set(values) & set(test["NOT_IN"]) or value in test["NOT_IN"]:
            return False
        test = {k: v for k, v in test.items() if k != "NOT_IN"}
    return any(_value_matches(v, test) for v in values) or _value_matches(value, test)


def word_matches(word: Word, attrs: dict, derived: FeatureLookup) -> bool:
    for key, test in attrs.items():
        if key == "FEATS":
            if not all(_feature_matches(word, name, t) for name, t in test.items()):
                return False
            continue
        if key == "LEMMA" and isinstance(test, str):
            test = {"IN": [test]}       # a single lemma is a list of one ("heißt es weiter": "heißen")
        if key == "LEMMA" and isinstance(test, dict):
            # any candidate lemma may match a list (see features.verb_lemma_guesses), and a
            # NOT_IN excludes the word where any candidate is listed ("eingestuft", lemmatized
            # "eintestufen", is still "einstufen"); other tests take the lemma itself
            candidates = derived(word, "LEMMAS")
            if "IN" in test and not candidates & set(test["IN"]) or candidates & set(test.get("NOT_IN", ())):
                return False
            rest = {k: v for k, v in test.items() if k not in ("IN", "NOT_IN")}
            if not _value_matches(derived(word, "LEMMA"), rest):
                return False
            continue
        value = {
            "TEXT": word.text, "LOWER": word.text.lower(), "LEMMA": derived(word, "LEMMA"),
            "UPOS": word.upos, "XPOS": word.xpos, "DEP": word.deprel,
        }.get(key) if key in WORD_ATTRS else derived(word, key)
        if key == "DEP" and not isinstance(test, dict) and ":" not in str(test):
            value = word.deprel.split(":")[0]     # "nsubj" also matches "nsubj:pass"
        if not _value_matches(value, test):
            return False
    return True


def related(sentence: Sentence, word: Word, rel: str) -> list[Word]:
    """Words that stand in `rel` to `word` (the earlier node)."""
    if rel == ">":
        return sentence.children(word)
    if rel == "<":
        head = sentence.head_of(word)
        return [head] if head else []
    if rel == ">>":
        return [w for w in sentence.subtree(word) if w.id != word.id]
    if rel == "<<":
        found, current = [], sentence.head_of(word)
        while current and current not in found:
            found.append(current)
            current = sentence.head_of(current)
        return found
    if rel == ".":
        return [sentence.words[word.id]] if word.id < len(sentence.words) else []
    if rel == ";":
        return [sentence.words[word.id - 2]] if word.id > 1 else []
    if rel == "$+":
        return sentence.words[word.id:]
    if rel == "$-":
        return sentence.words[:word.id - 1]
    if rel == "=":
        return [word]
    raise ValueError(f"unknown relation {rel}")


def match(pattern: Pattern, sentence: Sentence, derived: FeatureLookup) -> Iterator[dict[str, Word]]:
    """Every assignment of words to the pattern's nodes (optional nodes may be missing)."""
    anchor = pattern.nodes[0]
    for word in sentence.words:
        if word_matches(word, anchor.attrs, derived):
            yield from _extend(pattern, 1, {anchor.id: word}, sentence, derived)


def _in_order(word: Word, node: Node, bound: dict[str, Word]) -> bool:
    before, after = bound.get(node.before or ""), bound.get(node.after or "")
    return (before is None or word.id < before.id) and (after is None or word.id > after.id)


def _extend(pattern: Pattern, index: int, bound: dict[str, Word], sentence: Sentence,
            derived: FeatureLookup) -> Iterator[dict[str, Word]]:
    if index == len(pattern.nodes):
        yield dict(bound)
        return
    node = pattern.nodes[index]
    base = bound.get(node.source)
    candidates = [] if base is None else [
        w for w in related(sentence, base, node.rel)
        if (node.rel == "=" or w not in bound.values()) and word_matches(w, node.attrs, derived)
        and _in_order(w, node, bound)]
    if node.absent:
        if not candidates:
            yield from _extend(pattern, index + 1, bound, sentence, derived)
        return
    if not candidates and node.optional:
        yield from _extend(pattern, index + 1, bound, sentence, derived)
        return
    for candidate in candidates:
        bound[node.id] = candidate
        yield from _extend(pattern, index + 1, bound, sentence, derived)
        del bound[node.id]
