"""Sources: the span of a source mention, its type, and resolution within a document.

Pronouns resolve to the last compatible source; abbreviations and short definite
descriptions to their first full mention ("der südkoreanische Geheimdienst (NIS)" =
"der NIS" = "der Geheimdienst" = "die Spionagebehörde"); capitals stand for governments.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from attribution.document import Sentence, Word
from attribution.rules.pack import RulePack

# Relations that belong to a source phrase; clauses, prepositional attributes and
# comma-separated appositions do not ("der Abgeordnete X, Mitglied des …" → "der Abgeordnete X").
NOT_IN_SOURCE = frozenset({"acl", "advcl", "parataxis", "punct", "case", "ccomp", "obl", "advmod",
                           "cop", "nsubj", "obj", "iobj", "aux", "mark", "dep", "cc"})
MIN_SUFFIX = 3
MIN_PREFIX = 3


@dataclass
class Mention:
    sentence: int
    words: list[Word]
    head: Word
    text: str
    pronoun: bool = False
    coordinated: bool = False
    abbreviation: str | None = None    # "(NIS)" in "der südkoreanische Geheimdienst (NIS)"
    type: str = "unknown"
    plural: bool = False

@dataclass
class Entity:
    id: int
    mentions: list[Mention] = field(default_factory=list)
    type: str = "unknown"
    short: str | None = None

    @property
    def name(self) -> str:
        first = next((m for m in self.mentions if not m.pronoun), self.mentions[0])
        return first.text

    @property
    def display(self) -> str:
        return self.short or self.name

    @property
    def aliases(self) -> list[str]:
        seen: list[str] = []
        for mention in self.mentions:
            if not mention.pronoun and mention.text not in seen:
                seen.append(mention.text)
        if self.short and self.short not in seen:
            seen.append(self.short)
        return seen


def _phrase(sentence: Sentence, head: Word) -> list[Word]:
    """The source phrase around its head: modifiers, names, genitive attributes, parenthesised
    appositions and coordinated sources; not clauses, prepositional attributes or
    comma-separated appositions."""
    words = [head]
    coordinated = head.deprel == "conj" or any(c.deprel == "conj" for c in sentence.children(head))
    for child in sentence.children(head):
        relation = child.deprel.split(":")[0]
        if relation == "conj":
            words += _phrase(sentence, child)
        elif relation == "punct":
            if child.text in "()":
                words.append(child)
        elif relation == "appos":
            before = sentence.words[child.id - 2] if child.id > 1 else None
            if before is None or before.text != ",":
                words += _phrase(sentence, child)
        elif relation == "nmod":
            if not any(c.deprel == "case" for c in sentence.children(child)):
                words += _phrase(sentence, child)
        elif relation == "cc":
            if coordinated:
                words.append(child)
        elif relation not in NOT_IN_SOURCE:
            words += sentence.subtree(child, exclude=NOT_IN_SOURCE | {"appos", "acl", "nmod"})
    return words


COORDINATORS = {"und", "oder", "sowie"}
ARTICLES = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einer", "eines", "einem", "einen"}
NP_WORDS = {"DET", "ADJ", "NUM", "NOUN", "PROPN"}


def _noun_group(sentence: Sentence, start: int) -> int:
    """End (exclusive index) of a simple noun group starting at sentence.words[start], or start."""
    index = start
    while index < len(sentence.words) and (sentence.words[index].upos in {"DET", "ADJ", "NUM"}
                                           or sentence.words[index].text.lower() in ARTICLES):
        index += 1
    end = index
    while end < len(sentence.words) and sentence.words[end].upos in {"NOUN", "PROPN"}:
        end += 1
    return end if end > index else start


def _surface_coordination(sentence: Sentence, words: list[Word]) -> list[Word]:
    """A list of sources the parser did not coordinate: ", NP" groups count only when the
    list closes with "und/oder NP" ("die Ukraine, die USA und Südkorea, Nordkorea habe …")."""
    position = words[-1].id                      # index of the word after the mention
    while position < len(sentence.words):
        separator = sentence.words[position]
        end = _noun_group(sentence, position + 1)
        if separator.text == "," and end > position + 1:
            position = end
        elif separator.text.lower() in COORDINATORS and end > position + 1:
            return sentence.words[words[0].id - 1:end]
        else:
            break
    return words


def mention_at(sentence: Sentence, head: Word, pack: RulePack, cue: tuple[Word, ...] = ()) -> Mention:
    # the source stays on its side of the cue ("…, Verletzte und Tote, so der Geheimdienst":
    # a parser may coordinate the source with nouns of the message)
    side = _side_of(head, cue)
    for _ in sentence.words:                     # a conjunct stands for the whole coordination
        if head.deprel != "conj" or not head.head or sentence.head_of(head).upos not in {"NOUN", "PROPN"} \
                or not side(sentence.head_of(head)):
            break
        head = sentence.head_of(head)
    words = sorted({w.id: w for w in _phrase(sentence, head) if side(w)}.values(), key=lambda w: w.id)
    if head.upos in {"NOUN", "PROPN"} and not any(w.deprel == "conj" for w in words):
        words = _surface_coordination(sentence, words)
    # keep commas inside coordinations ("die USA, Südkorea und ihre Partner"), and end the
    # coordination at the conjunct after "und": a later one belongs to the next clause
    conjuncts = [w for w in words if w.deprel == "conj"]
    if conjuncts:
        closing = next((c for c in conjuncts if any(g.deprel == "cc" for g in sentence.children(c))), None)
        last_part = {w.id for w in sentence.subtree(closing)} if closing else set()
        hi = max(w.id for w in words if w.id in last_part) if closing else words[-1].id
        words = [w for w in sentence.words[words[0].id - 1:hi] if w in words or w.text == ","]
    # a non-nominative article is not part of the source's name ("nach Angaben des NIS" → NIS)
    while words and words[0].upos == "DET" and words[0].feats.get("Case") in {"Gen", "Dat"} \
            and words[0].feats.get("PronType") == "Art":
        words = words[1:]
    if not any(w.text.lower() in COORDINATORS for w in words):
        # without a coordination, a comma ends the source ("der Abgeordnete X, Mitglied des …")
        comma = next((w for w in words if w.text == "," and w.id > head.id), None)
        if comma is not None:
            words = [w for w in words if w.id < comma.id]
    words = _glue_hyphens(sentence, _trim_punct(words))
    text = sentence.span_text(words)
    abbreviation = next((w.text for w in words if w.upos in {"PROPN", "NOUN", "X"} and w.text.isupper()
                         and len(w.text) >= 2 and w.id > 1 and sentence.words[w.id - 2].text == "("), None)
    coordinated = any(w.text.lower() in COORDINATORS for w in words)
    verb = sentence.head_of(head) if head.deprel.startswith("nsubj") else None
    # the verb's number is more reliable than the noun's or the pronoun's ("Sie vermuten");
    # without it, a noun in its lemma's form is singular whatever the tagger says
    # ("dass Staatschef Kim beschlossen habe": a participle has no number)
    number = verb.feats.get("Number") if verb is not None else None
    if number is None:
        number = head.feats.get("Number")
        if number == "Plur" and _singular_form(head, pack):
            number = "Sing"
    return Mention(sentence.index, words, head, text, pronoun=head.upos == "PRON", coordinated=coordinated,
                   abbreviation=abbreviation, type=classify(sentence, head, words, pack),
                   plural=coordinated or number == "Plur")


def _singular_form(noun: Word, pack: RulePack) -> bool:
    """A noun that is its own lemma is singular unless its ending allows the same plural."""
    form = noun.text.lower()
    return noun.upos == "NOUN" and form == noun.lemma.lower() and \
        not form.endswith(tuple(pack.lexicon("same_plural_endings")))


def _side_of(head: Word, cue: tuple[Word, ...]):
    """A test for words on the same side of the cue as the source's head."""
    if not cue:
        return lambda word: True
    first, last = min(w.id for w in cue), max(w.id for w in cue)
    if head.id > last:
        return lambda word: word.id > last
    if head.id < first:
        return lambda word: word.id < first
    return lambda word: True


def _glue_hyphens(sentence: Sentence, words: list[Word]) -> list[Word]:
    """"Seong-kweun" may come out of the tokenizer as three words; a name goes on over a
    hyphen written without spaces."""
    if not words:
        return words
    following = sentence.words[words[-1].id:]
    while len(following) >= 2 and following[0].text == "-" and following[0].start == words[-1].end \
            and following[1].start == following[0].end:
        words = words + following[:2]
        following = following[2:]
    return words


def _trim_punct(words: list[Word]) -> list[Word]:
    while words and words[-1].upos == "PUNCT" and words[-1].text != ")":
        words = words[:-1]
    while words and words[0].upos == "PUNCT" and words[0].text != "(":
        words = words[1:]
    if words and words[-1].text == ")" and not any(w.text == "(" for w in words):
        words = words[:-1]
    return words


def _noun_type(lemma: str, pack: RulePack) -> str | None:
    """Type whose noun list has the longest suffix match (compounds count)."""
    lowered, best, best_len = lemma.lower(), None, 0
    for type_name, spec in pack.source_types.items():
        for noun in spec["nouns"]:
            noun_l = noun.lower()
            exact = lowered == noun_l
            compound = len(noun_l) >= MIN_SUFFIX and lowered.endswith(noun_l) \
                and len(lowered) - len(noun_l) >= MIN_PREFIX
            if (exact or compound) and len(noun_l) + (100 if exact else 0) > best_len:
                best, best_len = type_name, len(noun_l) + (100 if exact else 0)
    return best


def _name_type(text: str, pack: RulePack) -> str | None:
    if text in pack.metonyms:
        return "government"
    for type_name, spec in pack.source_types.items():
        if text in spec["names"]:
            return type_name
    return None


def classify(sentence: Sentence, head: Word, words: list[Word], pack: RulePack) -> str:
    if head.upos == "PRON":
        return "unknown"       # decided by resolution
    spokesperson = set(pack.lexicon("spokesperson_nouns"))
    if head.lemma in spokesperson or head.text in spokesperson:
        owner = next((c for c in sentence.children(head) if c.deprel.startswith("nmod")), None)
        if owner is not None:
            owner_type = classify(sentence, owner, sentence.subtree(owner), pack)
            if owner_type != "unknown":
                return owner_type
    for candidate in [head] + [w for w in words if w is not head and w.head == head.id]:
        found = _name_type(candidate.text, pack) or _name_type(candidate.lemma, pack)
        if candidate.upos in {"NOUN", "PROPN", "X"} and not found:
            found = _noun_type(candidate.lemma, pack) or _noun_type(candidate.text, pack)
        if found:
            return found
    text = sentence.span_text(words)
    for type_name, spec in pack.source_types.items():
        if any(name in text.split() or (" " in name and name in text) for name in spec["names"]):
            return type_name
    if head.upos == "PROPN" or any(w.deprel == "flat" for w in words):
        return "person"
    return "unknown"


class SourceResolver:
    """Keeps the entities of one document and links each new mention to one."""

    def __init__(self, pack: RulePack):
        self.pack = pack
        self.entities: list[Entity] = []
        self.pronouns = set(pack.lexicon("personal_pronouns"))

    def _new(self, mention: Mention) -> Entity:
        entity = Entity(len(self.entities) + 1, [mention], mention.type, mention.abbreviation)
        self.entities.append(entity)
        return entity

    def _recent(self) -> list[Entity]:
        return sorted(self.entities, key=lambda e: max(m.sentence for m in e.mentions), reverse=True)

    def resolve(self, mention: Mention) -> Entity:
        entity = self._find(mention)
        if entity is None:
            return self._new(mention)
        entity.mentions.append(mention)
        if mention.abbreviation and not entity.short:
            entity.short = mention.abbreviation
        if mention.pronoun and mention.type == "unknown":
            mention.type = entity.type
        elif entity.type == "unknown":
            entity.type = mention.type
        return entity

    def _find(self, mention: Mention) -> Entity | None:
        head = mention.head
        if mention.pronoun:
            if head.text.lower() == "man":
                return None
            return next((e for e in self._recent() if self._agrees(mention, e)), None)
        if mention.coordinated:
            return next((e for e in self.entities if e.name == mention.text), None)
        for entity in self._recent():
            abbreviations = {entity.short} | {m.abbreviation for m in entity.mentions}
            names = {m.head.text for m in entity.mentions if not m.pronoun}
            if head.text in abbreviations or (head.upos in {"PROPN", "X"} and head.text in names):
                return entity                                  # "der NIS", "Putin"
            if any(head.lemma == m.head.lemma and not m.coordinated and not m.pronoun
                   and m.plural == mention.plural for m in entity.mentions):
                return entity                                  # the same head noun again
        names = [w for w in mention.words if w.upos == "PROPN" or _name_type(w.text, self.pack)]
        described = _noun_type(head.lemma, self.pack) or _noun_type(head.text, self.pack)
        # a description with its own genitive or name ("der Zentralverband der Hafenbetriebe")
        # introduces someone rather than pointing back
        specified = any(w.head == head.id and w.deprel.split(":")[0] in {"nmod", "appos", "flat"}
                        for w in mention.words)
        if head.upos == "NOUN" and not names and not specified and described == mention.type \
                and self._is_definite(mention):
            # a definite description of a known type: "der Geheimdienst", "die Spionagebehörde"
            return next((e for e in self._recent() if e.type == mention.type and not self._plural(e)
                         and not mention.plural), None)
        return None

    @staticmethod
    def _is_definite(mention: Mention) -> bool:
        return any(w.upos == "DET" and w.feats.get("Definite") == "Def" and w.head == mention.head.id
                   for w in mention.words) and not any(
            w.upos in {"ADJ"} and w.head == mention.head.id for w in mention.words)

    @staticmethod
    def _plural(entity: Entity) -> bool:
        return any(m.plural for m in entity.mentions if not m.pronoun)

    def _agrees(self, pronoun: Mention, entity: Entity) -> bool:
        plural = self._plural(entity)
        if pronoun.plural:
            return plural
        if plural:
            return False
        gender = pronoun.head.feats.get("Gender")
        entity_gender = next((m.head.feats.get("Gender") for m in entity.mentions if not m.pronoun), None)
        return gender is None or entity_gender is None or gender == entity_gender or entity.type == "government"
