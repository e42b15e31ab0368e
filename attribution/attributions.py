"""Attribution stage: cue markers become attributions (cue, source, message, form, certainty),
certainty markers attach to the attribution they stand in, and sources are resolved."""
from __future__ import annotations

from dataclasses import dataclass, field

from attribution.document import Sentence, Word
from attribution.features import Features
from attribution.markers import Marker, plausible_source
from attribution.rules.pack import RulePack
from attribution.sources import Entity, Mention, SourceResolver, mention_at

MAIN_CHAIN = {"root", "parataxis", "conj"}
CLAUSE_DEPENDENTS = frozenset({"nsubj", "csubj", "obj", "iobj", "obl", "ccomp", "xcomp", "advcl", "parataxis",
                               "cop", "aux", "expl", "mark", "advmod", "dep"})


@dataclass
class Attribution:
    cue: Marker
    sentence: Sentence
    mention: Mention | None
    entity: Entity | None
    message: list[Word]
    form: str
    certainty: str
    main: bool                       # governs the sentence (not embedded in a subordinate clause)
    markers: list[Marker] = field(default_factory=list)
    inherited: bool = False          # source taken over from an earlier sentence ("demnach")
    # the words of the cue's clause, also where a quotation in it became the message (build)
    clause: list[Word] = field(default_factory=list)

    @property
    def names_act_only(self) -> bool:
        """A speech act named without the words said ("forderte höhere Löhne"); one with the
        speaker's own words in it is Direct (build)."""
        return self.cue.rule.names_speech_act and self.form == "reported"

    @property
    def source_type(self) -> str:
        if self.cue.rule.source_type:
            return self.cue.rule.source_type
        if self.entity is not None and self.entity.type != "unknown":
            return self.entity.type
        return self.mention.type if self.mention else "unknown"

    @property
    def source_text(self) -> str | None:
        """The source as the reader should see it: a pronoun or a short description
        shows what it stands for."""
        if self.mention is None:
            return self.entity.display if self.entity else None
        if self.entity is not None and (self.mention.pronoun or self.inherited):
            return self.entity.name
        return self.mention.text

    @property
    def resolved_to(self) -> str | None:
        """The entity's name where the mention does not already say it
        ("der Geheimdienst" → NIS, "Sie" → Die USA, …)."""
        if self.entity is None or self.mention is None:
            return None
        display = self.entity.name if self.mention.pronoun else self.entity.display
        if display in self.mention.text or self.mention.text == self.entity.name or display == self.source_text:
            return None
        return display


def _anchor(marker: Marker, sentence: Sentence) -> Word:
    """The predicate a cue belongs to: the cue verb itself, or the verb an adverbial hangs on."""
    word = marker.anchor
    if word.deprel.split(":")[0] in {"aux", "cop"} and word.head:
        return sentence.head_of(word)            # "will … abgeschossen haben": the main verb
    if word.upos in {"VERB", "AUX"}:
        return word
    for _ in sentence.words:                     # bounded: a malformed tree must not hang
        if not word.head or word.upos in {"VERB", "AUX"}:
            break
        word = sentence.head_of(word)
    return word


def is_main(word: Word, sentence: Sentence) -> bool:
    for _ in sentence.words:
        if not word.head:
            break
        if word.deprel.split(":")[0] not in MAIN_CHAIN:
            return False
        word = sentence.head_of(word)
    return True


def _message(marker: Marker, sentence: Sentence, features: Features) -> list[Word]:
    cue_ids = {w.id for w in marker.words}
    # the source's own phrase: where the parser made the source the head of the clause
    # ("Alle sind laut BBC Staatsbürger"), its clause dependents still belong to the message
    source_ids = {w.id for w in (sentence.subtree(marker.source, exclude=CLAUSE_DEPENDENTS)
                                 if marker.source else [])}
    if marker.rule.scope == "sentence" or marker.message is None:
        words = [w for w in sentence.words if w.id not in cue_ids | source_ids]
    elif marker.message.id == marker.anchor.head:       # the cue hangs off its message
        cue_tree = {w.id for w in sentence.subtree(marker.anchor)}
        words = [w for w in sentence.subtree(marker.message) if w.id not in cue_tree]
    else:
        words = sentence.subtree(marker.message)
        words += _afterthought(marker, sentence, features, words)
        words += _rest_of_quotation(words, sentence, features, cue_ids | source_ids)
    return [w for w in words if w.upos != "PUNCT" or w.id in features.quoted]


def _rest_of_quotation(message: list[Word], sentence: Sentence, features: Features,
                       outside: set[int]) -> list[Word]:
    """A message that stops inside a quotation goes on to its closing mark: a quotation is
    said as a whole ("sei „das Vorbild der Branche, und das bleibt es“", the second half
    parsed as a clause of its own). Not a quotation left open to the end of the sentence:
    an unclosed one runs to the end of the text."""
    last = max(w.id for w in message)
    quotation = features.quotation.get(last)
    if quotation is None:
        return []
    rest = []
    for word in sentence.words[last:]:
        if features.quotation.get(word.id) != quotation:
            break
        rest.append(word)
    else:
        return []
    # only its closing mark left out: the conversion places that mark
    if any(w.id in outside for w in rest) or all(w.upos == "PUNCT" for w in rest):
        return []
    return rest


AFTERTHOUGHT_RELATIONS = {"obl", "advmod", "advcl", "xcomp", "ccomp"}


def _afterthought(marker: Marker, sentence: Sentence, features: Features, message: list[Word]) -> list[Word]:
    """Words after a reported clause that the parser hung on the cue ("sagte, die Lage sei
    ernst für die Mehrheit der Bürger"): a German clause after its verb ends the sentence,
    so they are the clause's own. Not a main clause of the reporter's that follows without
    a subordinator ("…, das kommt zuerst"), and not where only a quotation was said
    ("schrieben „…“ an die Wand")."""
    if min(w.id for w in message) < max(w.id for w in marker.words) or not any(
            w.id in features.finite and w.id not in features.quoted for w in message):
        return []
    after = [w for w in sentence.words if w.id > max(w.id for w in message)]
    anchor = _anchor(marker, sentence)
    tops = [w for w in after if w.head == anchor.id and w.upos != "PUNCT"]
    if not tops or any(top.deprel.split(":")[0] not in AFTERTHOUGHT_RELATIONS or _main_clause(top, sentence, features)
                       for top in tops):
        return []
    own = {w.id for top in tops for w in sentence.subtree(top)}
    if any(w.id not in own and w.upos != "PUNCT" for w in after):
        return []
    return [w for w in after if w.id in own]


def _main_clause(word: Word, sentence: Sentence, features: Features) -> bool:
    """A clause in the indicative without a subordinator: said by the reporter, not reported."""
    verbs = [word] + [w for w in sentence.children(word) if w.deprel.split(":")[0] in {"aux", "cop"}]
    finite = [w for w in verbs if w.id in features.finite]
    marked = any(w.deprel == "mark" for w in sentence.children(word))
    return bool(finite) and not any(w.id in features.konj1 or w.id in features.konj2 or w.feat("Mood") == "Sub"
                                    for w in finite) and not marked


def _quotation(sentence: Sentence, marker: Marker, features: Features) -> list[Word]:
    """A quotation is said as a whole: the parser often hangs only part of it on the cue
    („Ich habe A getan und B nicht getan“ as two clauses, one of them under the cue)."""
    outside = {w.id for w in marker.words} | ({marker.source.id} if marker.source else set())
    return [w for w in sentence.words if w.id in features.quoted and w.id not in outside]


def _form(marker: Marker, message: list[Word], features: Features) -> str:
    content = [w for w in message if w.upos != "PUNCT"]
    if content and sum(w.id in features.quoted for w in content) >= 0.8 * len(content):
        return "direct"
    if marker.rule.scope == "sentence" and any(w.id in features.konj1 for w in message):
        return "indirect"
    return marker.rule.form or "indirect"


def build(sentence: Sentence, markers: list[Marker], features: Features, pack: RulePack,
          resolver: SourceResolver, previous: "Attribution | None") -> list[Attribution]:
    cues = _dedupe([m for m in markers if m.kind == "cue"])
    # sources are resolved in the order they stand: "Putin gab eine Erklärung ab, in der er
    # … versprach" knows Putin before it reads "er"
    mentions = {id(cue): mention_at(sentence, cue.source, pack, cue.words) for cue in cues if cue.source is not None}
    entities = {key: resolver.resolve(mention) for key, mention in
                sorted(mentions.items(), key=lambda item: item[1].head.id)}
    attributions = []
    for cue in cues:
        message = clause = _message(cue, sentence, features)
        if cue.rule.names_speech_act:
            # a speech act with the speaker's own words in it ("nannte die Zahlen „aus der
            # Luft gegriffen“"): the quotation is what is reported, directly
            quoted = [w for w in message if w.id in features.quoted]
            if any(w.upos != "PUNCT" for w in quoted) and _said(quoted, sentence, features):
                message = quoted
        mention, entity = mentions.get(id(cue)), entities.get(id(cue))
        inherited = False
        if mention is None and cue.rule.source_type is None and previous is not None:
            entity, inherited = previous.entity, True      # "Demnach …": the last source goes on
        anchor = _anchor(cue, sentence)
        # a reporting clause hung off its own message ("…, sagte X") governs if the message does
        main = cue.rule.scope == "sentence" or is_main(anchor, sentence) or (
            cue.message is not None and cue.message.id == anchor.head and is_main(cue.message, sentence))
        form = _form(cue, message, features)
        if form == "direct" and not any(w.id in features.quoted for w in cue.words):
            message = _quotation(sentence, cue, features) or message
        attributions.append(Attribution(cue, sentence, mention, entity, message,
                                        form, cue.rule.certainty or "reported",
                                        main, inherited=inherited, clause=clause))
    _attach_certainty(sentence, [m for m in markers if m.kind != "cue"], attributions, pack)
    return attributions


def _said(quoted: list[Word], sentence: Sentence, features: Features) -> bool:
    """Quoted words in a speech act are the speaker's own unless they are a name: a quotation
    in upper case right after a noun, without a finite verb, is what the noun is called
    ("warnt vor der Schlankheitspille „Reduce Weight Fruta Planta“", "kündigte seinen Film
    „Sunshine“ an"), unlike one after an article or preposition ("sprach von einer „Gefahr
    für Leib und Leben“") or a predicative ("nannte die Zahlen „erfunden“")."""
    words = [w for w in quoted if w.upos != "PUNCT"]
    before = sentence.words[quoted[0].id - 2] if quoted[0].id > 1 else None
    named = before is not None and before.upos in {"NOUN", "PROPN"} and words[0].text[:1].isupper()
    return not named or any(w.id in features.finite for w in words)


def _dedupe(cues: list[Marker]) -> list[Marker]:
    """Several rules may find the same cue; keep one per cue word, preferring one with a
    plausible source, then the most cue words, then a message (rule order breaks ties)."""
    best: dict[int, Marker] = {}
    for cue in cues:
        kept = best.get(cue.anchor.id)
        # more cue words are more specific evidence ("Wie … mitteilte" over "mitteilte")
        score = (plausible_source(cue), len(cue.words), cue.message is not None)
        if kept is None or score > (plausible_source(kept), len(kept.words), kept.message is not None):
            best[cue.anchor.id] = cue
    # a cue word inside a longer cue of another rule ("nach" in "nach Angaben") goes
    chosen = list(best.values())
    return [c for c in chosen if not any(o is not c and {w.id for w in c.words} < {w.id for w in o.words}
                                         for o in chosen)]


def _attach_certainty(sentence: Sentence, markers: list[Marker], attributions: list[Attribution],
                      pack: RulePack) -> None:
    """A certainty marker on a cue word belongs to that attribution; one inside an
    embedded attribution's clause belongs there; any other applies to the main ones."""
    for marker in markers:
        if marker.rule.certainty is None:
            continue
        marker_ids = {w.id for w in marker.words}
        owner = next((a for a in attributions if marker_ids & {w.id for w in a.cue.words}), None)
        if owner is None:
            owner = next((a for a in attributions if not a.main
                          and marker.anchor.id in {w.id for w in sentence.subtree(_anchor(a.cue, sentence))}), None)
        targets = [owner] if owner else [a for a in attributions if a.main]
        for target in targets:
            target.markers.append(marker)
            target.certainty = pack.strongest([target.certainty, marker.rule.certainty])
