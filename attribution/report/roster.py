"""Claims and the source roster: every resolved source once, with its aliases merged.

A claim is one attribution in one sentence: the sentence's governing attribution (also
when a Konjunktiv or quoted sentence carries it on) and every other attribution the
sentence holds (e.g. an embedded "…, nachdem Pjöngjang bestätigt hatte, …").
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from attribution.attributions import Attribution
from attribution.sources import ARTICLES, Entity
from attribution.verdicts import Verdict


@dataclass(frozen=True)
class Claim:
    sentence: int
    attribution: Attribution
    certainty: str
    form: str
    carried: bool = False

    @property
    def source_key(self) -> tuple:
        """Resolved sources are one entity; an unresolved mention is its text; a source
        the text leaves unnamed ("hieß es") groups by its type."""
        a = self.attribution
        if a.entity is not None:
            return ("entity", a.entity.id)
        if a.mention is not None:
            return ("mention", a.mention.text)
        return ("unnamed", a.source_type)

    @property
    def source_type(self) -> str:
        return self.attribution.source_type


def claims_of(verdicts: list[Verdict]) -> list[Claim]:
    claims = []
    for verdict in verdicts:
        index = verdict.sentence.index
        if verdict.primary is not None:
            claims.append(Claim(index, verdict.primary, verdict.certainty or "reported", verdict.form,
                                carried=verdict.carried_from is not None))
        claims += [Claim(index, a, a.certainty, a.form) for a in verdict.attributions if a is not verdict.primary]
    return claims


@dataclass(frozen=True)
class RosterEntry:
    name: str
    aliases: tuple[str, ...]          # other names the text uses for the same source
    source_type: str
    claims: int
    certainties: tuple[tuple[str, int], ...]   # (certainty, count), in precedence order
    sentences: tuple[int, ...]


def _names(attribution: Attribution, unnamed: str) -> tuple[str, list[str]]:
    if attribution.entity is None:
        return (attribution.mention.text if attribution.mention else unnamed), []
    return entity_names(attribution.entity)


def entity_names(entity: Entity) -> tuple[str, list[str]]:
    """The name the roster shows, and the other names the text uses, each once."""
    name = entity.display
    seen, aliases = {_alias_key(name, name)}, []
    for alias in entity.aliases:
        if _alias_key(alias, name) not in seen:
            seen.add(_alias_key(alias, name))
            aliases.append(alias)
    return name, aliases


def _alias_key(text: str, name: str) -> str:
    """"Der Geheimdienst" at a sentence start is "der Geheimdienst", "der NIS" is "NIS", and
    "der Geheimdienst (NIS)" adds nothing to "der Geheimdienst" in the row named NIS."""
    text = text.removesuffix(f"({name})").strip()
    words = text.casefold().split()
    return " ".join(words[1:] if len(words) > 1 and words[0] in ARTICLES else words)


def build_roster(claims: list[Claim], precedence: list[str], unnamed: str) -> list[RosterEntry]:
    groups: dict[tuple, list[Claim]] = {}
    for claim in claims:
        groups.setdefault(claim.source_key, []).append(claim)
    entries = []
    for group in groups.values():
        name, aliases = _names(group[0].attribution, unnamed)
        mix = Counter(c.certainty for c in group)
        # the type most of its claims have (a rule may type one cue differently)
        source_type = Counter(c.source_type for c in group).most_common(1)[0][0]
        entries.append(RosterEntry(name, tuple(aliases), source_type, len(group),
                                   tuple((c, mix[c]) for c in precedence if mix[c]) +
                                   tuple((c, n) for c, n in mix.items() if c not in precedence),
                                   tuple(sorted({c.sentence for c in group}))))
    # most claims first; ties in order of first appearance
    return sorted(entries, key=lambda e: (-e.claims, e.sentences[0]))


@dataclass(frozen=True)
class AuthorVoice:
    sentences: int      # prose sentences in the author's own voice: no source, no hearsay
    prose: int          # all prose sentences (headings make no claim)

    @property
    def percent(self) -> int:
        return round(100 * self.sentences / self.prose) if self.prose else 0


def author_voice(verdicts: list[Verdict]) -> AuthorVoice:
    prose = [v for v in verdicts if v.certainty is not None]
    own = [v for v in prose if v.primary is None and v.form == "none"]
    return AuthorVoice(len(own), len(prose))
