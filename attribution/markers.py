"""Marker stage: run every rule of the pack over a sentence and keep the matches."""
from __future__ import annotations

from dataclasses import dataclass

from attribution.document import Sentence, Word
from attribution.features import Features
from attribution.rules.pack import Rule, RulePack
from attribution.rules.patterns import match

# Nouns the pack lists under these lexicons never speak ("diese Woche", "am Montag", "zwei Mal").
NOT_SOURCES = ("time_nouns", "amount_nouns")


@dataclass(frozen=True, eq=False)     # identity: the same match, not an equal-looking one
class Marker:
    rule: Rule
    sentence: Sentence
    words: tuple[Word, ...]        # the cue or marker words, in sentence order
    source: Word | None = None
    message: Word | None = None

    @property
    def kind(self) -> str:
        return self.rule.kind

    @property
    def anchor(self) -> Word:
        return self.words[0]

    @property
    def text(self) -> str:
        """Cue words in order, with "…" where other words stand between ("teilte … mit")."""
        parts, previous = [], None
        for word in self.words:
            if previous is not None and word.id > previous.id + 1:
                parts.append("…")
            parts.append(word.text)
            previous = word
        return " ".join(parts)


def _with_particles(words: list[Word], features: Features) -> tuple[Word, ...]:
    """A cue verb brings its separable particle ("gab … bekannt")."""
    found = {w.id: w for w in words}
    for word in words:
        found.update((particle.id, particle) for particle in features.particles.get(word.id, []))
    return tuple(sorted(found.values(), key=lambda w: w.id))


def find_markers(sentence: Sentence, pack: RulePack, features: Features) -> list[Marker]:
    """All matches, one per rule and cue: when a rule matches the same cue several ways,
    the source nearest to the cue wins (e.g. the first noun after a postposed "so"), then
    the largest message (a clause rather than an adverb the parser also hung there)."""
    markers: list[Marker] = []
    not_sources = {noun for name in NOT_SOURCES for noun in pack.lexicon(name)}
    for rule in pack.rules:
        role_of = rule.pattern.roles()
        best: dict[tuple[int, ...], Marker] = {}
        for bound in match(rule.pattern, sentence, features.lookup):
            by_role: dict[str, list[Word]] = {}
            for node_id, word in bound.items():
                by_role.setdefault(role_of.get(node_id) or "", []).append(word)
            # a quoted title is a name, whatever its words ("„Die Zeit“ schrieb")
            if any(w.lemma in not_sources and w.id not in features.quoted for w in by_role.get("source", [])):
                continue
            words = by_role.get("cue", []) + by_role.get("marker", []) or [bound[rule.pattern.nodes[0].id]]
            marker = Marker(rule, sentence, _with_particles(words, features),
                            (by_role.get("source") or [None])[0], (by_role.get("message") or [None])[0])
            key = tuple(w.id for w in marker.words)
            if key not in best or _preference(marker) < _preference(best[key]):
                best[key] = marker
        markers += best.values()
    return markers


BEYOND_CLAUSE = 1_000


def _preference(marker: Marker) -> tuple[int, int]:
    message = len(marker.sentence.subtree(marker.message)) if marker.message is not None else 0
    return _distance(marker), -message


def plausible_source(marker: Marker) -> bool:
    """The marker names a source that is not the subject of the reported clause."""
    return marker.source is not None and _distance(marker) < BEYOND_CLAUSE


def _distance(marker: Marker) -> int:
    if marker.source is None:
        return 10_000
    source, anchor = marker.source, marker.anchor
    distance = abs(source.id - anchor.id)
    between = marker.sentence.words[anchor.id:source.id - 1]
    if source.id > anchor.id and any(w.text == "," for w in between):
        # "X behaupten, Nordkorea habe …": a noun beyond the comma after the cue is the
        # subject of the reported clause, even where the parser hangs it on the cue
        distance += BEYOND_CLAUSE
    return distance
