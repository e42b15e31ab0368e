"""`attribution eval spkatt`: run the analyser on SpkAtt-2023 gold tokenisation and score it."""
from __future__ import annotations

import json
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from attribution.evaluation.metric import (FULL_ROLES, SIMPLE_ROLES, Annotation, Counts, Score,
                                           annotation_from_json, simplified)
from attribution.features import (ADVERB_PARTICLES_LEXICON, FIRST_PERSON, FIRST_PERSON_POSSESSIVES,
                                  POLITE_SECOND_PERSON, REFLEXIVE, SECOND_PERSON, finite_form)
from attribution.parse import Parser
from attribution.repair import CLAUSE_MARKS
from attribution.rules.pack import RulePack
from attribution.verdicts import Verdict, judge_document

WORDING_LEXICON = "wording_nouns"
PREPOSITIONS_LEXICON = "cue_prepositions"
CORRELATES_LEXICON = "correlate_adverbs"
TOPIC_ADVERBS_LEXICON = "topic_adverbs"
CORRELATE_IDIOMS_LEXICON = "correlate_idioms"
NEGATIONS_LEXICON = "negations"
ABILITY_LEXICON = "ability_modals"
ADDRESSEE_LEXICON = "addressee_prepositions"
ADDRESSEE_VERBS_LEXICON = "addressee_verbs"
ATTITUDE_VERBS_LEXICON = "attitude_verbs"


@dataclass(frozen=True)
class Conventions:
    """What the conversion reads from the rule pack."""
    quotes: tuple[tuple[str, str], ...]     # quotation mark pairs
    adverbs: frozenset[str]                  # particles that may be adverbs ("weiter")
    wording: frozenset[str]                  # "mit den Worten"
    prepositions: frozenset[tuple[str, str]]  # (verb lemma, preposition): "sprach von"
    correlates: frozenset[str]                # "geht davon aus": the adverb stands for the message
    topics: frozenset[str]                    # "sagte dazu": the adverb names the topic only
    idioms: frozenset[tuple[str, str]]        # "darüber hinaus": the adverb names nothing said
    negations: frozenset[str]                 # "nicht": a negated cue reports nothing said
    ability_modals: frozenset[str]            # "kann sagen": nor does one only able to say it
    addressee_prepositions: frozenset[str]    # "sagte gegenüber der Presse": whom it was told
    addressee_verbs: frozenset[str]           # "forderte die Regierung auf": whom it asked
    attitude_verbs: frozenset[str]            # "zeigte sich besorgt": the attitude is a cue word

    @classmethod
    def of(cls, pack: RulePack) -> "Conventions":
        return cls(tuple(pack.quotes), frozenset(pack.lexicon(ADVERB_PARTICLES_LEXICON)),
                   frozenset(pack.lexicon(WORDING_LEXICON)),
                   frozenset(tuple(entry.split()) for entry in pack.lexicon(PREPOSITIONS_LEXICON)),
                   frozenset(w.lower() for w in pack.lexicon(CORRELATES_LEXICON)),
                   frozenset(w.lower() for w in pack.lexicon(TOPIC_ADVERBS_LEXICON)),
                   frozenset(tuple(entry.lower().split()) for entry in pack.lexicon(CORRELATE_IDIOMS_LEXICON)),
                   frozenset(w.lower() for w in pack.lexicon(NEGATIONS_LEXICON)),
                   frozenset(pack.lexicon(ABILITY_LEXICON)),
                   frozenset(w.lower() for w in pack.lexicon(ADDRESSEE_LEXICON)),
                   frozenset(pack.lexicon(ADDRESSEE_VERBS_LEXICON)),
                   frozenset(pack.lexicon(ATTITUDE_VERBS_LEXICON)))

# SpkAtt's "Reported" is a speech act reported without its content ("er kritisierte die
# Pläne"); an adverbial attribution ("laut X", "nach Angaben X") is "Indirect" there.
FORM_NAMES = {"direct": "Direct", "indirect": "Indirect", "free_indirect": "FreeIndirect",
              "reported": "Indirect"}


@dataclass
class GoldDocument:
    name: str
    sentences: list[list[str]]
    annotations: list[Annotation]
    raw: dict


def load_gold(directory: Path) -> list[GoldDocument]:
    documents = []
    for path in sorted(directory.glob("*.json")):
        data = json.loads(path.read_text(encoding="utf-8"))
        sentences = [s["Tokens"] for s in sorted(data["Sentences"], key=lambda s: s["SentenceId"])]
        documents.append(GoldDocument(path.name, sentences,
                                      [annotation_from_json(a) for a in data.get("Annotations", [])], data))
    return documents


def _tokens(sentence_id: int, words) -> frozenset:
    return frozenset((sentence_id, w.token - 1) for w in words)


def _cue_words(attribution, conventions: Conventions) -> list:
    """SpkAtt cues include the auxiliaries of the cue verb ("hatte erklärt"), its reflexive
    ("äußerte sich"), its "es" ("Es wird befürchtet, dass …", "hieß es"), a pronominal
    adverb standing for the message ("geht davon aus") and the "als" of a predicative
    ("bezeichnete … als"), "mit den Worten" and the preposition a verb governs ("sprach
    von"), but not a particle that may as well be an adverb ("sagte … weiter")."""
    # punctuation is no cue word in SpkAtt ("Schäuble: „…“" has none)
    sentence = attribution.sentence
    words = [w for w in attribution.cue.words if w.upos != "PUNCT" and not (
        w.text.lower() in conventions.adverbs and w is not attribution.cue.anchor)]
    for word in attribution.cue.words:
        if word.upos not in {"VERB", "AUX"}:
            continue
        # "fordern" with its particle "auf" is "auffordern"
        particle_lemma = "".join(c.text.lower() for c in sentence.children(word)
                                 if c.deprel == "compound:prt" and c in attribution.cue.words) + word.lemma
        for child in sentence.children(word):
            relation = child.deprel.split(":")[0]
            if (relation == "aux"
                    or (child.upos == "PRON" and child.feats.get("Reflex") == "Yes")
                    or (child.upos == "PRON" and child.text.lower() == "es")
                    or (child.upos == "ADV" and child.feats.get("PronType") == "Dem"
                        and _correlate(sentence, particle_lemma, child, conventions))):
                if not _of_another_clause(sentence, word, child):
                    words.append(child)
            elif relation in {"obl", "nmod"} and child.text in conventions.wording:
                words += [child] + [c for c in sentence.children(child) if c.deprel in {"case", "det"}]
            elif relation == "obl" and (governed := _governed(sentence, word, child, conventions)):
                words += governed
            elif relation in {"obl", "xcomp", "obj", "advcl", "amod"}:
                # "bezeichnete den Gipfel als das „größte Ereignis …“": the parser often makes
                # the predicative a conjunct of the object (or a modifier of the verb: "die als
                # „nebelartig“ beschrieben wurden"), with "als" as its conjunction (not the
                # "als auch" of "sowohl … als auch …")
                heads = [child] + [c for c in sentence.children(child) if c.deprel == "conj" and c.id > child.id] \
                    if relation == "obj" else [child]
                # "…, als noch vier Bewerbungen vorlagen": an "als" with a finite verb opens a
                # temporal clause, no predicative
                heads = [h for h in heads if not _finite_clause(sentence, h)]
                words += [c for head in heads for c in sentence.children(head) if c.text.lower() == "als"
                          and c.id < head.id and c.deprel.split(":")[0] in {"case", "mark", "cc"}
                          and [w.text.lower() for w in sentence.words[c.id:c.id + 1]] != ["auch"]]
                if relation == "obj":
                    # "begründete seinen Rückzug mit …": the parser often hangs the phrase with
                    # the governed preposition on the verb's object
                    words += [c for phrase in sentence.children(child) if phrase.deprel == "nmod"
                              and phrase.id > child.id for c in _governed(sentence, word, phrase, conventions)]
    return words


def _finite_clause(sentence, head) -> bool:
    """The word heads a clause with a finite verb: its own, or its auxiliary's."""
    return finite_form(head) or any(c.deprel.split(":")[0] in {"aux", "cop"} and finite_form(c)
                                    for c in sentence.children(head))


def _governed(sentence, verb, phrase, conventions: Conventions) -> list:
    """The preposition of a phrase where the verb governs it ("sprach von …"), else nothing."""
    return [c for c in sentence.children(phrase)
            if c.deprel == "case" and (verb.lemma, c.text.lower()) in conventions.prepositions]


def _negated(attribution, conventions: Conventions) -> bool:
    """The cue verb is negated ("wollte nicht bestätigen, dass …", "hat niemals darüber gesprochen")."""
    anchor, words = attribution.cue.anchor, attribution.sentence.words
    # in the cue's own clause: no punctuation between ("Er sagte, er wolle nicht, dass …")
    return anchor.upos == "VERB" and any(
        child.deprel == "advmod" and child.upos in {"PART", "ADV"} and child.text in conventions.negations
        and not any(w.upos == "PUNCT" for w in words[min(child.id, anchor.id):max(child.id, anchor.id) - 1])
        for child in attribution.sentence.children(anchor))


def _only_able(attribution, conventions: Conventions) -> bool:
    """The cue verb has a modal of ability ("Wer kann glauben, dass …", "konnte … sehen")."""
    sentence, anchor = attribution.sentence, attribution.cue.anchor
    return any(child.deprel == "aux" and child.lemma in conventions.ability_modals
               and not _of_another_clause(sentence, anchor, child) for child in sentence.children(anchor))


def _of_another_clause(sentence, verb, dependent) -> bool:
    """An auxiliary, reflexive, "es" or pronominal adverb the parser hung on a finite verb
    across a comma belongs to another clause ("Die Anreise könne ein Problem werden, sagte sie"
    with "könne" on "sagte", "erklärten, sie hätten Hinweise darauf, dass …" with "darauf" on
    "erklärten"): a finite verb has no auxiliary, and its own such words stand in its clause.
    (A participle the tagger took for a finite verb keeps the auxiliary next to it: "hatte …
    betont".)"""
    between = sentence.words[min(verb.id, dependent.id):max(verb.id, dependent.id) - 1]
    return finite_form(verb) and any(w.text in CLAUSE_MARKS for w in between)


def _correlate(sentence, lemma: str, adverb, conventions: Conventions) -> bool:
    """A pronominal adverb of the lexicon stands for the message ("geht davon aus, dass …")
    unless it only names the topic ("sagte dazu: …") or opens a fixed phrase ("darüber
    hinaus"); a topic adverb counts where the verb governs its preposition ("forderte sie
    dazu auf, …": "auffordern zu")."""
    text = adverb.text.lower()
    following = sentence.words[adverb.id].text.lower() if adverb.id < len(sentence.words) else ""
    if text not in conventions.correlates or (text, following) in conventions.idioms:
        return False
    if text not in conventions.topics:
        return True
    preposition = text[3:] if text.startswith("dar") else text[2:]
    return (lemma, preposition) in conventions.prepositions


def _cue_and_source(attribution, conventions: Conventions) -> tuple[list, list]:
    """Cue and source words as SpkAtt marks them: the cue of "nach Angaben des NIS" is the
    preposition alone and the noun with its dependents ("Angaben des NIS") the source;
    other sources keep their appositions ("ein Sprecher der Polizei, Lars Beringer")."""
    sentence, cue, mention = attribution.sentence, _cue_words(attribution, conventions), attribution.mention
    # a noun among several cue words with a preposition and without a verb is an according
    # noun ("nach Angaben"); with a verb it names the opinion and stays in the cue ("ist der
    # Ansicht"), and so it does without either ("die Behauptung, dass …"); a cue of
    # one word is never its own source, whatever its tag ("Laut" taken for a name)
    words = attribution.cue.words
    nouns = [w for w in words if w.upos in {"NOUN", "PROPN"}] \
        if len(words) > 1 and not any(w.upos in {"VERB", "AUX"} for w in words) \
        and any(w.upos == "ADP" for w in words) else []
    if mention is not None and mention.sentence != sentence.index:   # carried over from before
        return cue, list(mention.words)
    if nouns:                                       # also without a genitive: "nach eigenen Angaben"
        taken = {w.id for w in cue if w not in nouns}
        source = sorted({w.id: w for n in nouns for w in _noun_phrase(sentence, n, [n], taken)}.values(),
                        key=lambda w: w.id)
        return [w for w in cue if w not in nouns], source
    if mention is None:
        # "Demnach …": SpkAtt marks the anaphoric adverb as cue and source at once
        anaphor = cue if len(cue) == 1 and cue[0].upos not in {"VERB", "AUX", "ADP", "PUNCT"} else []
        return cue, anaphor
    taken = {w.id for w in cue} | {w.id for w in attribution.message}
    return cue, source_span(sentence, mention, taken)


# Dependents of a source noun that are clauses of their own, not part of its name.
CLAUSAL = {"acl", "advcl", "ccomp", "csubj", "parataxis", "xcomp", "obj", "iobj", "obl", "nsubj"}
# Dependents of the source's head that SpkAtt leaves outside: its preposition ("laut"),
# focus particles and adverbs ("auch", "weiter").
OUTSIDE = {"case", "advmod", "cc", "mark"}
PAIRED = {"„": "“", "\"": "\"", "(": ")", "»": "«", "«": "»", "‚": "‘", "“": "”"}


def source_span(sentence, mention, taken: set[int] = frozenset()) -> list:
    """The source as SpkAtt marks it: the whole noun phrase around the mention's head, with
    titles, appositions ("ein Sprecher der Polizei, Lars Beringer"), prepositional
    attributes ("in Berlin", "für Menschenrechte") and quotation marks, but no relative or
    other clauses. (Times the parser hangs on a noun, "am Montag", are moved to the clause
    by attribution.repair before this.)"""
    return _noun_phrase(sentence, mention.head, list(mention.words), taken)


def _noun_phrase(sentence, head, words: list, taken: set[int] = frozenset()) -> list:
    allowed = {w.id for w in words}
    for child in sentence.children(head):
        if child.id > head.id and _stray_object(sentence, child):
            continue
        if child.deprel.split(":")[0] not in CLAUSAL | OUTSIDE:
            phrase = sentence.subtree(child, exclude=CLAUSAL)
            # a predicative after the name, however deep the parser hung it ("des Verbands als …")
            predicative = {w.id for p in phrase if p.id > head.id and _predicative_after(sentence, p)
                           for w in sentence.subtree(p)}
            allowed |= {w.id for w in phrase} - predicative
    allowed -= set(taken)
    allowed.add(head.id)
    # quotation marks around part of a name ("Die „Süddeutsche Zeitung“") belong to it
    # wherever the parser hung them
    quotes = {w.id for w in sentence.words if w.text in PAIRED or w.text in PAIRED.values()}
    first = last = head.id
    while first - 1 in allowed or (first - 1 in quotes and first - 2 in allowed):
        first -= 1
    while last + 1 in allowed or (last + 1 in quotes and last + 2 in allowed):
        last += 1
    # names go on over the words the tagger took for names wherever the parser hung them
    # ("die Archäologin Montserrat Sanz", "Gerhard Schröder")
    while last < len(sentence.words) and last + 1 not in taken and sentence.words[last].upos == "PROPN":
        last += 1
    while first > 1 and first - 1 not in taken and sentence.words[first - 2].upos == "PROPN":
        first -= 1
    # a bare title before a name ("Fed-Chef Ben Bernanke", "BKA-Präsident Ziercke")
    title = sentence.words[first - 2] if first > 1 else None
    if title is not None and title.id not in taken and title.upos == "NOUN" and title.text[:1].isupper() \
            and sentence.words[first - 1].upos == "PROPN" \
            and not any(c.deprel.split(":")[0] in {"det", "case"} for c in sentence.children(title)) \
            and (first < 3 or sentence.words[first - 3].upos not in {"DET", "ADP", "ADJ"}):
        first -= 1
    inside = {w.text for w in sentence.words[first - 1:last]}
    if first > 1 and PAIRED.get(sentence.words[first - 2].text) in inside:
        first -= 1
    if last < len(sentence.words) and any(PAIRED.get(t) == sentence.words[last].text for t in inside):
        last += 1
    words = sentence.words[first - 1:last]
    # no punctuation at the edges, unless it closes a quotation or bracket opened inside
    while words and words[0].upos == "PUNCT" and words[0].text not in PAIRED:
        words = words[1:]
    while words and words[-1].upos == "PUNCT" and not any(
            PAIRED.get(w.text) == words[-1].text for w in words[:-1]):
        words = words[:-1]
    while words and words[0].text in PAIRED and not any(w.text == PAIRED[words[0].text] for w in words[1:]):
        words = words[1:]
    return words or [head]


def _latest_mention(verdicts: list[Verdict], mention, after: int, before: int):
    """SpkAtt gives a sentence that goes on in someone's words the speaker's latest mention:
    "Laut ROG wurden … verurteilt. Trotz … gibt ROG keine Entwarnung. [Konjunktiv]" has the
    "ROG" of the second sentence. The latest sentence between the cue's and this one that
    names the speaker again, with the noun phrase around the name."""
    if mention.pronoun or not mention.head.text[:1].isupper():
        return None
    for verdict in reversed(verdicts[after:before]):
        sentence = verdict.sentence
        word = next((w for w in sentence.words if w.text == mention.head.text and w.upos in {"NOUN", "PROPN"}), None)
        if word is not None:
            return sentence, _noun_phrase(sentence, word, [word])
    return None


def _predicative_after(sentence, word) -> bool:
    """A phrase the parser hung on the source noun that opens with "als" or with a quotation
    starting in lower case ("nach Aussagen des Verbands als die „größte Hürde …“", "nach
    Angaben der Veranstalter „die Kosten und die Fristen“") is what the clause says, not part of the name."""
    if word.upos == "PUNCT":
        return False
    first = sentence.subtree(word)[0]
    if first.text.lower() == "als":
        return True
    after = sentence.words[first.id] if first.id < len(sentence.words) else None
    return first.text in PAIRED and after is not None and after.text[:1].islower()


def _stray_object(sentence, word) -> bool:
    """A noun phrase after the source in the accusative or dative, with no preposition and
    not set off as an apposition, is the verb's object the parser hung on the source ("nach
    Angaben der Opposition einige Polizisten"); a number after it is a figure ("laut
    aktueller Statistik 2.232.018")."""
    if word.upos == "NUM":
        return True
    if word.deprel.split(":")[0] != "nmod" or any(c.deprel == "case" for c in sentence.children(word)):
        return False
    start = min(w.id for w in sentence.subtree(word))
    apposition = start > 1 and sentence.words[start - 2].text in {",", "(", "–"}
    determined = any(c.deprel.startswith("det") for c in sentence.children(word))    # not a name
    return word.feats.get("Case") in {"Acc", "Dat"} and word.upos == "NOUN" and determined and not apposition


def _introducer(attribution, conventions: Conventions) -> list:
    """The verb whose subject the source is, with its auxiliaries, particle and reflexive
    ("hat sich … geäußert"): it introduces a quotation after a colon where no cue verb does.
    A verb showing an attitude keeps the attitude ("zeigte sich besorgt:")."""
    sentence, mention = attribution.sentence, attribution.mention
    if mention is None or mention.sentence != sentence.index:
        return []
    inside = {w.id for w in mention.words}
    heads = [sentence.head_of(w) for w in mention.words if w.head and w.head not in inside]
    verb = next((h for h in heads if h.upos in {"VERB", "AUX"}), None)
    if verb is None:
        return []
    attitudes = [c for c in sentence.children(verb) if c.deprel == "xcomp" and c.upos in {"ADJ", "VERB"}] \
        if verb.lemma in conventions.attitude_verbs else []
    return [verb] + attitudes + [c for head in [verb] + attitudes for c in sentence.children(head)
                                 if (head is verb and c.deprel in {"aux", "compound:prt"})
                                 or (c.upos == "PRON" and c.feats.get("Reflex") == "Yes")]


def _says(message) -> bool:
    """A message with a verb says something; one without ("dazu gegenüber der ARD") only
    frames what follows."""
    return any(w.upos in {"VERB", "AUX"} for w in message)


def _ends_with_colon(sentence) -> bool:
    content = [w for w in sentence.words if w.text not in PAIRED]
    return bool(content) and content[-1].text == ":"


def _quoted_fragments(sentence, message_ids: set[int], roles: set[int],
                      quotes: list[tuple[str, str]]) -> list[list]:
    """Quotations inside a message that is not itself a quotation ("sagte, der Pilot trage die
    „volle Verantwortung“"): SpkAtt annotates each as a nested Direct message. A quoted name
    ("die Zeitung „Le Figaro“") and a single quoted word rarely is: a fragment has two words
    or more, starts in lower case or contains a finite verb, and is no cue or source ("laut
    „tagesschau.de“")."""
    fragments = []
    for fragment in _quotations(sentence, message_ids, quotes):
        if fragment is None:
            continue
        inner = fragment[1:-1]
        finite = any(w.upos in {"VERB", "AUX"} and w.feats.get("VerbForm") == "Fin" for w in inner)
        said = len(inner) > 1 and (not inner[0].text[:1].isupper() or finite)
        ids = {w.id for w in fragment}
        if said and not message_ids <= ids and not ids & roles:
            fragments.append(fragment)
    return fragments


def _quotations(sentence, message_ids: set[int], quotes: list[tuple[str, str]]):
    """The quotations the message holds side by side, each with its marks; None for an opening
    mark of the message whose quotation does not close within it."""
    closers = dict(quotes)
    words, i = sentence.words, 0
    while i < len(words):
        closer = closers.get(words[i].text) if words[i].id in message_ids else None
        if closer is None:
            i += 1
            continue
        end = next((j for j in range(i + 1, len(words)) if words[j].text == closer), None)
        # the parser hangs the marks that close a quotation at the message's end ("…, „dass
        # wir … werden.“") on the cue: a quotation outside the message only by them is in it
        if end is None or any(w.id not in message_ids and w.upos != "PUNCT" for w in words[i:end + 1]):
            yield None
            i += 1
            continue
        yield words[i:end + 1]
        i = end + 1


def _closed_quotations(sentence, message_ids: set[int], quotes: list[tuple[str, str]]) -> int:
    """How many quotations the message holds side by side; 0 where one of them runs on past
    it (into the next sentence)."""
    found = list(_quotations(sentence, message_ids, quotes))
    return 0 if None in found else len(found)


def _inside(inner, outer, messages: dict[int, set[int]]) -> bool:
    """The inner attribution's cue stands in the outer one's message. Where each stands in
    the other's ("Der Minister sagte, laut Polizei seien …", the adverbial's message being
    the whole sentence), the adverbial is the inner one."""
    def contains(a, b):
        return id(a) in messages and {w.id for w in b.cue.words} <= messages[id(a)]
    if not contains(outer, inner):
        return False
    mutual = contains(inner, outer)
    return not (mutual and inner.cue.rule.scope != "sentence" and outer.cue.rule.scope == "sentence")


def _quoted_in_clause(attribution, roles: list) -> bool:
    """A Direct attribution whose quotation stands inside its reported clause, beside words of
    the reporter's own ("es sei „unfassbar …“", "dass sie „die Türen … offen“ halte"); not a
    speech act naming the quotation ("nannte die Pläne „Wortbruch“"), where SpkAtt mostly
    annotates the quotation alone."""
    quoted = {w.id for w in attribution.message}
    clause = {w.id for w in attribution.clause}
    own = [w for w in attribution.clause if w.id not in quoted and w.upos != "PUNCT" and w not in roles]
    return bool(quoted) and quoted <= clause and bool(own) \
        and not attribution.cue.rule.names_speech_act and attribution.cue.rule.scope != "sentence"


def _first_person(mention) -> bool:
    """The speaker of the sentence itself: "ich", "wir", or the possessive of an according
    noun ("meiner Meinung nach": none of the 2 such in train is annotated)."""
    head = mention.head
    return mention.text.lower() in FIRST_PERSON or (
        head.feats.get("Poss") == "Yes" and head.lemma.lower() in FIRST_PERSON_POSSESSIVES)


def _addressee(mention, sentence) -> bool:
    """The one the text speaks to: "du", "ihr", or the polite "Sie", told from "sie" (she,
    they) by its capital where a word comes before it ("Für wie wahrscheinlich halten Sie
    es, …?"), not at the start of the sentence or of a quotation."""
    text = mention.text
    if text.lower() in SECOND_PERSON:
        return True
    before = sentence.words[mention.head.id - 2] if mention.head.id > 1 else None
    return text == POLITE_SECOND_PERSON and mention.sentence == sentence.index and \
        before is not None and before.upos != "PUNCT"


def _said_before_cue(annotation: Annotation) -> bool:
    """The message's words in the cue sentence all stand before the cue ("„A“, sagte er.")."""
    cue = annotation.role("Cue")
    if not cue:
        return False
    sentence = min(s for s, _ in cue)
    first_cue = min(t for s, t in cue if s == sentence)
    said = [t for s, t in annotation.role("Message") if s == sentence]
    return bool(said) and max(said) < first_cue


def system_annotations(verdicts: list[Verdict], pack: RulePack) -> list[Annotation]:
    """Every attribution becomes an annotation. A sentence that carries a source over is an
    annotation of its own without a cue: IndirectFreeIndirect for a Konjunktiv sentence
    (whatever form the source first spoke in), Direct inside a quotation. A quotation inside
    a message that is not Direct is a nested Direct annotation with the same cue and source."""
    annotations: list[Annotation] = []
    conventions = Conventions.of(pack)

    def fragments(verdict: Verdict, message_ids: set[int], cue: frozenset) -> list[list]:
        sentence = verdict.sentence
        # a quotation that holds a source ("laut „tagesschau.de“") or the cue itself is no
        # message; one that holds another attribution's cue is ("„… unterrichtet werden“")
        roles = {w.id for a in verdict.attributions if a.mention and a.mention.sentence == sentence.index
                 for w in a.mention.words}
        roles |= {w.id for w in sentence.words if (sentence.index - 1, w.token - 1) in cue}
        return _quoted_fragments(sentence, message_ids, roles, conventions.quotes)

    # the annotations nest made, by index, with the message they were found in
    nested_quotations: dict[int, frozenset] = {}

    def nest(verdict: Verdict, message_ids: set[int], cue: frozenset, source: frozenset) -> None:
        quotations = fragments(verdict, message_ids, cue)
        # once per message, and only for the few messages that hold a quotation
        found_in = _tokens(verdict.sentence.index - 1, [w for w in verdict.sentence.words if w.id in message_ids]) \
            if quotations else frozenset()
        for fragment in quotations:
            nested_quotations[len(annotations)] = found_in
            annotations.append(Annotation({"Message": _tokens(verdict.sentence.index - 1, fragment), "Cue": cue,
                                           "Source": source}, "Direct", "Speech", True))
    # SpkAtt annotates a run of sentences one speaker goes on in as one message: carried-over
    # Konjunktiv sentences, and a quotation over several sentences with its cue sentence
    run: tuple | None = None           # (attribution, form, last sentence id, annotation index)

    def extend(annotation: Annotation, origin, form: str) -> bool:
        nonlocal run
        if run is None or run[0] is not origin or run[2] != sid - 1:
            return False
        merged = annotations[run[3]]
        if form == "Direct" and run[2] == origin.sentence.index - 1 and _said_before_cue(merged):
            # "„A“, sagte er. „B …“": the words after the cue sentence are an annotation of
            # their own with the same cue and source; SpkAtt runs a message on past its cue
            # sentence only where the cue comes first ("Er sagte: „A. B.“")
            spans = dict(annotation.spans, Cue=merged.role("Cue"), Source=merged.role("Source") or annotation.role("Source"))
            annotations.append(Annotation(spans, form, annotation.stwr, annotation.nested))
            run = (origin, form, sid, len(annotations) - 1)
            return True
        if run[1] != form and _ends_with_colon(origin.sentence) and origin.cue.words:
            # "X kritisierte den Kurs:" + what X said: one annotation with the cue; the
            # clause before the colon is part of the message only if it says something
            first = run[2] == origin.sentence.index - 1
            says = _says(origin.message)
            said = merged.role("Message") if says or not first else frozenset()
            spans = dict(merged.spans, Message=said | annotation.role("Message"))
            form = run[1] if run[1] == "Direct" == form else "Indirect"
            annotations[run[3]] = Annotation(spans, form, annotation.stwr, annotation.nested)
            run = (origin, form, sid, run[3])
            return True
        if run[1] == form:
            base = annotation if annotation.role("Cue") else merged     # the cue sentence's roles
            spans = dict(base.spans, Message=merged.role("Message") | annotation.role("Message"))
            annotations[run[3]] = Annotation(spans, form, annotation.stwr, annotation.nested)
            run = (origin, form, sid, run[3])
            return True
        return False

    # "[Claim.] Dies teilte X mit.": the claim sentence joins the message of the cue after it
    claimed = {v.carried_from: v.sentence for v in verdicts if v.claimed_later}
    for verdict in verdicts:
        sid = verdict.sentence.index - 1
        sentence_tokens = _tokens(sid, verdict.sentence.words)
        if verdict.claimed_later:
            continue
        if verdict.carried_from is not None and verdict.primary is not None:
            origin = verdict.primary
            origin_cue, origin_source = _cue_and_source(origin, conventions)
            form = {"direct": "Direct", "free_indirect": "IndirectFreeIndirect"}.get(verdict.form, "FreeIndirect")
            source = frozenset()
            if origin.mention is not None:
                later = _latest_mention(verdicts, origin.mention, origin.sentence.index, sid)
                if later is not None:
                    source = _tokens(later[0].index - 1, later[1])
                else:
                    # the source as the cue sentence's own annotation has it ("Angaben der Polizei")
                    words = origin_source if origin.mention.sentence == origin.sentence.index \
                        else origin.mention.words
                    source = _tokens(origin.mention.sentence - 1, words)
            spans = {"Message": sentence_tokens, "Source": source}
            if form == "Direct" and sid == origin.sentence.index and _ends_with_colon(origin.sentence):
                # "X äußerte sich zuversichtlich: / „…“": SpkAtt gives the quotation the verb
                # that introduces it as its cue
                spans["Cue"] = _tokens(sid - 1, origin_cue or _introducer(origin, conventions))
            annotation = Annotation(spans, form, "Speech")
            if not extend(annotation, origin, form):
                annotations.append(annotation)
                run = (origin, form, sid, len(annotations) - 1)
            if form != "Direct":
                nest(verdict, {w.id for w in verdict.sentence.words},
                     _tokens(origin.sentence.index - 1, origin_cue), source)
            continue
        primary_run = None
        # speech acts give way to reported words in the same sentence (see below)
        kept = [a for a in verdict.attributions if not a.names_act_only] or verdict.attributions
        messages = {id(a): {w.id for w in a.message} for a in kept}     # by identity
        for attribution in verdict.attributions:
            if not attribution.cue.rule.content:
                continue        # "bestätigte den Bericht": SpkAtt annotates no claim that is only named
            if attribution.mention is not None and _first_person(attribution.mention):
                continue        # "„Ich denke, …“": the quoted speaker's hedge, rarely annotated (8 of 36 in train)
            if attribution.mention is not None and _addressee(attribution.mention, verdict.sentence):
                continue        # "Glauben Sie, dass …?": an interviewer's question, never annotated (0 of 6 in train)
            if _negated(attribution, conventions):
                continue        # "konnte die Berichte nicht bestätigen": nothing was said (1 of 23 such in train annotated)
            if _only_able(attribution, conventions):
                continue        # "kann man sagen, dass …": could be said, not said (1 of 9 in train annotated)
            nested = any(a is not attribution and _inside(attribution, a, messages) for a in kept)
            cue, source_words = _cue_and_source(attribution, conventions)
            source = _tokens((attribution.mention.sentence if attribution.mention else verdict.sentence.index) - 1,
                             source_words)
            if attribution.names_act_only:
                # a speech act named without its words: SpkAtt's Reported form spans the
                # whole sentence and has no cue of its own; where the sentence also reports
                # someone's words, those are the annotation ("X hat nach Angaben Y … angekündigt")
                if id(attribution) not in messages:
                    continue
                annotations.append(Annotation({"Message": sentence_tokens, "Source": source},
                                              "Reported", "Speech", nested))
                nest(verdict, {w.id for w in verdict.sentence.words}, frozenset(), source)
                continue
            form = FORM_NAMES.get(attribution.form, "Indirect")
            said = attribution.message
            if form == "Direct" and _quoted_in_clause(attribution, cue + source_words):
                # "sagte, es sei „unfassbar …“": SpkAtt annotates the reported clause, Indirect,
                # and the quotation in it as a nested Direct annotation (nest, below)
                said, form = attribution.clause, "Indirect"
            # SpkAtt's roles do not share tokens (6 of 2,877 train annotations do): the words
            # the cue takes on ("hat … bekannt gegeben") leave the message
            message = _tokens(sid, said) - _tokens(sid, cue)
            if _ends_with_colon(verdict.sentence) and not _says([w for w in said if w not in cue]):
                # "X sagte dazu gegenüber der ARD:": the words before the colon are no message;
                # the quotation after it is, where one follows (extend adds it)
                message = frozenset()
            if attribution is verdict.primary and verdict.sentence.index in claimed:
                before = claimed[verdict.sentence.index]
                message |= _tokens(before.index - 1, before.words)
            annotation = Annotation({"Message": message, "Cue": _tokens(sid, cue),
                                     "Source": source}, form, "Speech", nested)
            if attribution is verdict.primary and form == "Direct" and extend(annotation, attribution, form):
                primary_run = run
                continue
            said_ids = {w.id for w in said}
            quotations = _closed_quotations(verdict.sentence, said_ids, conventions.quotes) if form == "Direct" else 0
            if quotations > 1 and not attribution.cue.rule.names_speech_act \
                    and (parts := fragments(verdict, said_ids, annotation.role("Cue"))):
                # "skandierten „A“, „B“ und „C“": SpkAtt gives each quotation an annotation of
                # its own (594 of 604 gold Direct messages in train 0–700 hold one), and none to
                # a quoted name among them ("zitiert die „Netzeitung“ … „…“"); a speech act
                # naming quotations stays one annotation ("nannte ihn einen „…“ und „…“")
                annotations.extend(Annotation(dict(annotation.spans, Message=_tokens(sid, part)), form,
                                              "Speech", nested) for part in parts)
                if attribution is verdict.primary:
                    primary_run = (attribution, form, sid, len(annotations) - 1)
                continue
            annotations.append(annotation)
            if form != "Direct":
                nest(verdict, said_ids, annotation.role("Cue"), source)
            if attribution is verdict.primary or (form == "Direct" and not attribution.message):
                # the sentences after it may go on in this speaker's words
                primary_run = (attribution, form, sid, len(annotations) - 1)
        run = primary_run
        if verdict.primary is None and verdict.form == "free_indirect":
            annotations.append(Annotation({"Message": sentence_tokens}, "IndirectFreeIndirect", "Speech"))
        if verdict.primary is None and verdict.form == "reported" and verdict.markers:
            # hearsay without a named source ("soll … haben"): free indirect speech in SpkAtt
            annotations.append(Annotation({"Message": sentence_tokens}, "FreeIndirect", "Speech"))
    # a quotation that an attribution inside the message says is that one's annotation
    # ("bestritt das, die Sprecherin erklärte: „…“"), not a second, nested one
    def said_inside(i: int, annotation: Annotation) -> bool:
        return i in nested_quotations and any(
            other.role("Message") == annotation.role("Message") and other.role("Cue")
            and other.role("Cue") <= nested_quotations[i] for other in annotations)
    annotations = [a for i, a in enumerate(annotations) if not said_inside(i, a)]
    # SpkAtt's roles do not share tokens: a source inside the words the message spans
    # ("Nach eigenen Angaben erhielt …") leaves it, except in the Reported form, whose
    # message is the whole sentence
    annotations = [a if a.form == "Reported" else
                   Annotation(dict(a.spans, Message=a.role("Message") - a.role("Source")), a.form, a.stwr, a.nested)
                   for a in annotations]
    # an annotation without message tokens (a colon sentence no quotation followed) can
    # never pair with a gold one: it would only count its cue and source as errors
    return _frames_and_addressees([a for a in annotations if a.role("Message")], verdicts, conventions)


CLOSING_MARKS = {".", "!", "?"}
SEPARATORS = CLAUSE_MARKS | {"-"} | CLOSING_MARKS
ADDRESSEE_CLAUSES = {"acl", "acl:relcl", "advcl", "parataxis"}


def _frames_and_addressees(annotations: list[Annotation], verdicts: list[Verdict],
                           conventions: Conventions) -> list[Annotation]:
    """Frame and Addr of each annotation with a cue. SpkAtt's Frame is the rest of the
    cue's clause: the words on either side of the cue up to its message or another
    attribution's cue or message ("Die Kanadier hingegen sagen ,", "nach Angaben der
    Polizei"). A prepositional cue ("laut X", "X zufolge") takes no comma or dash at its
    edges; other cues keep the comma or colon before their message (", so der Minister");
    none takes the sentence's closing mark. A nested quotation has the frame of the message
    it stands in. The Addr is whom the cue verb tells: its dative object ("teilte dem
    Sender mit"), the object of an addressee preposition ("sagte gegenüber der Presse",
    without the preposition), or the object of a verb of asking or accusing."""
    by_index = {v.sentence.index - 1: v for v in verdicts}
    sentences = {sid: v.sentence for sid, v in by_index.items()}

    def outer(annotation: Annotation) -> Annotation:
        if annotation.nested:
            for other in annotations:
                if not other.nested and other is not annotation and other.role("Cue") == annotation.role("Cue"):
                    return other
        return annotation
    outers = {id(a): outer(a) for a in annotations}

    def frame(annotation: Annotation) -> frozenset:
        cue = annotation.role("Cue")
        if not cue:
            return frozenset()
        annotation = outers[id(annotation)]
        bounds = set(annotation.role("Message"))
        for other in annotations:
            if outers[id(other)] is not annotation and other.role("Cue") != cue:
                bounds |= other.role("Cue") | other.role("Message")
        region = set()
        for sid in {s for s, _ in cue}:
            words = {w.token - 1: w for w in sentences[sid].words}
            own = {t for s, t in cue if s == sid}
            found = set(own)
            for step in (-1, 1):
                for t in sorted(found, reverse=step < 0):
                    t += step
                    while t in words and (sid, t) not in bounds and t not in found:
                        found.add(t)
                        t += step
            # "laut „tagesschau.de“" keeps its quotation marks, ", so der Minister" its comma
            prepositional = all(words[t].upos == "ADP" for t in own)
            if prepositional:
                while found and words[min(found)].text in SEPARATORS:
                    found.discard(min(found))
            while found and words[max(found)].text in (SEPARATORS if prepositional else CLOSING_MARKS):
                found.discard(max(found))
            region |= {(sid, t) for t in found}
        return frozenset(region)

    def lemmas(sid: int, verb) -> frozenset:
        return by_index[sid].features.lemmas.get(verb.id, frozenset({verb.lemma}))

    def addressee(annotation: Annotation) -> frozenset:
        cue = annotation.role("Cue")
        taken = annotation.role("Message") | annotation.role("Source") | cue
        found = set()
        for sid in {s for s, _ in cue}:
            sentence = sentences[sid]
            for verb in (w for w in sentence.words if (sid, w.token - 1) in cue and w.upos == "VERB"):
                for child in sentence.children(verb):
                    if child.upos not in {"NOUN", "PROPN", "PRON"}:
                        continue
                    cases = [w for w in sentence.children(child) if w.deprel == "case"]
                    dative = not cases and child.feats.get("Case") == "Dat" and \
                        child.deprel in {"obj", "iobj", "obl", "obl:arg"}
                    # "forderte die Regierung auf", "wird beschuldigt": whom a verb of asking or accusing addresses
                    addressed = not cases and child.deprel in {"obj", "nsubj:pass"} and \
                        child.text.lower() != REFLEXIVE and lemmas(sid, verb) & conventions.addressee_verbs
                    if dative or addressed or any(w.text.lower() in conventions.addressee_prepositions for w in cases):
                        # the noun phrase, without its preposition or a clause hung on it
                        clauses = {w.id for c in sentence.children(child) if c.deprel in ADDRESSEE_CLAUSES
                                   for w in sentence.subtree(c)}
                        words = [w for w in sentence.subtree(child) if w not in cases and w.id not in clauses]
                        while words and words[-1].text in SEPARATORS:
                            words.pop()
                        while words and words[0].text in SEPARATORS:
                            words.pop(0)
                        found |= _tokens(sid, words) - taken
        return frozenset(found)

    return [Annotation(dict(a.spans, Frame=frame(a), Addr=addressee(a)), a.form, a.stwr, a.nested) for a in annotations]


def to_json(document: GoldDocument, annotations: list[Annotation]) -> dict:
    def offsets(tokens):
        return [f"{s}:{t}" for s, t in sorted(tokens)]

    def has_nested(outer: Annotation) -> bool:
        return any(a.nested and a is not outer and a.role("Message") <= outer.role("Message") for a in annotations)
    return {"DocumentName": document.raw.get("DocumentName", document.name),
            "Sentences": document.raw["Sentences"],
            "Annotations": [{"Cue": offsets(a.role("Cue")), "Source": offsets(a.role("Source")),
                             "Message": offsets(a.role("Message")), "Frame": offsets(a.role("Frame")),
                             "Addr": offsets(a.role("Addr")),
                             "Form": a.form, "STWR": a.stwr, "IsNested": a.nested,
                             "HasNested": has_nested(a)}
                            for a in annotations]}


@dataclass
class Evaluation:
    simple: Score = field(default_factory=Score)
    full: Score = field(default_factory=Score)
    missed_cues: Counter = field(default_factory=Counter)
    spurious_cues: Counter = field(default_factory=Counter)
    articles: int = 0
    seconds: float = 0.0

    def figures(self) -> dict:
        def prf(counts):
            return {"precision": round(100 * counts.precision, 1), "recall": round(100 * counts.recall, 1),
                    "f1": round(100 * counts.f1, 1)}
        return {
            "articles": self.articles,
            "seconds": round(self.seconds, 1),
            "articles_per_second": round(self.articles / self.seconds, 2) if self.seconds else None,
            "simplified": {"message": prf(self.simple.counts["Message"]),
                           "source": prf(self.simple.roles(SIMPLE_ROLES)),
                           "joint": prf(self.simple.joint(SIMPLE_ROLES))},
            "full": {"message": prf(self.full.counts["Message"]), "roles": prf(self.full.roles(FULL_ROLES)),
                     "joint": prf(self.full.joint(FULL_ROLES)),
                     "per_role": {r: prf(self.full.counts[r]) for r in FULL_ROLES},
                     "form_accuracy": round(100 * self.full.form_accuracy, 1)},
            "by_form": {form: prf(counts) for form, counts in sorted(self.full.by_form.items())},
            "cue_by_pairing": _by_pairing(self.full, "Cue"),
            "missed_cues": self.missed_cues.most_common(15),
            "spurious_cues": self.spurious_cues.most_common(15),
        }


def _by_pairing(score: Score, role: str) -> dict:
    """The role's token counts in paired, missed and spurious annotations, each with the F1
    the role would have if those errors alone were gone (a missed annotation found with the
    gold tokens, a spurious one dropped, a paired one given the gold tokens)."""
    total = score.counts[role]
    rows = {}
    for kind, counts in score.by_pairing[role].items():
        # a missed or differing gold token found turns a false negative into a true positive
        without = Counts(total.tp + counts.fn, total.fp - counts.fp, total.fn - counts.fn)
        rows[kind] = {"tp": counts.tp, "fp": counts.fp, "fn": counts.fn, "f1_without": round(100 * without.f1, 1)}
    return rows


def _cue_text(document: GoldDocument, annotation: Annotation) -> str:
    return " ".join(document.sentences[s][t] for s, t in sorted(annotation.role("Cue"))).lower() or "(none)"


def evaluate(documents: list[GoldDocument], parser: Parser, pack: RulePack,
             predictions_out: Path | None = None, progress=None) -> Evaluation:
    result = Evaluation()
    start = time.perf_counter()
    for document in documents:
        parsed = parser.parse_pretokenized(document.sentences)
        system = system_annotations(judge_document(parsed, pack), pack)
        result.simple.add_document(simplified(system), simplified(document.annotations))
        pairs = result.full.add_document(system, document.annotations)
        paired_s, paired_g = {i for i, _ in pairs}, {j for _, j in pairs}
        result.missed_cues.update(_cue_text(document, g) for j, g in enumerate(document.annotations)
                                  if j not in paired_g)
        result.spurious_cues.update(_cue_text(document, s) for i, s in enumerate(system) if i not in paired_s)
        if predictions_out is not None:
            predictions_out.mkdir(parents=True, exist_ok=True)
            (predictions_out / document.name).write_text(
                json.dumps(to_json(document, system), ensure_ascii=False, indent=1), encoding="utf-8")
        result.articles += 1
        if progress:
            progress()
    result.seconds = time.perf_counter() - start
    return result
