"""Tokens with features: what the rules can test beyond Stanza's own annotation.

- LEMMA: the full lemma of separable particle verbs ("teilte … mit" → mitteilen), and
  of verbs that mean something else with "sich" ("nennt sich" → "sich nennen");
- KONJ1 / KONJ2: Konjunktiv I, and the Konjunktiv II forms listed in the rule pack;
- FINITE: finite verbs;
- QUOTED: inside quotation marks (quotes may span sentences, so found per paragraph); the
  engine also keeps which quotation a word is in.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from attribution.document import Document, Sentence, Word
from attribution.rules.pack import RulePack

KONJ2_LEXICON = "konjunktiv_ii_forms"
FIRST_PERSON = {"ich", "wir"}
FIRST_PERSON_POSSESSIVES = {"mein", "unser"}     # by lemma: "meiner Meinung nach"
SECOND_PERSON = {"du", "ihr"}
POLITE_SECOND_PERSON = "Sie"                       # as written: "sie" is she or they


@dataclass
class Features:
    lemma: dict[int, str] = field(default_factory=dict)
    lemmas: dict[int, frozenset[str]] = field(default_factory=dict)   # candidates for verbs
    konj1: set[int] = field(default_factory=set)
    konj2: set[int] = field(default_factory=set)
    finite: set[int] = field(default_factory=set)
    quotation: dict[int, int] = field(default_factory=dict)   # quoted word → which quotation
    particles: dict[int, list[Word]] = field(default_factory=dict)   # separable particles of verbs

    @property
    def quoted(self):
        """The words inside quotation marks."""
        return self.quotation.keys()

    def lookup(self, word: Word, name: str):
        if name == "LEMMA":
            return self.lemma.get(word.id, word.lemma)
        if name == "LEMMAS":
            return self.lemmas.get(word.id, frozenset({self.lookup(word, "LEMMA")}))
        if name == "KONJ1":
            return word.id in self.konj1
        if name == "KONJ2":
            return word.id in self.konj2
        if name == "FINITE":
            return word.id in self.finite
        if name == "QUOTED":
            return word.id in self.quoted
        return None


def find_quotes(text: str, pairs: list[tuple[str, str]]) -> list[tuple[int, int]]:
    """Character spans [start, end) of quotations, marks included. An unclosed quotation
    runs to the end of the text (news paragraphs of a long quote often leave it open)."""
    openers = {o: c for o, c in pairs}
    spans, position = [], 0
    while position < len(text):
        char = text[position]
        if char in openers:
            closer = openers[char]
            end = text.find(closer, position + 1)
            # "…" used both ways: an opener right after a letter is an apostrophe-like closer
            if end == -1:
                end = len(text) - 1
            spans.append((position, end + 1))
            position = end + 1
        else:
            position += 1
    return spans


# past forms of stems ending in -t/-d keep an -e- ("berichtete", "berichteten")
ENDINGS = ("etest", "eten", "etet", "ete", "test", "tet", "ten", "te", "est", "et", "en", "st", "t", "e", "n")


def verb_lemma_guesses(form: str, irregular: dict[str, str] | None = None) -> set[str]:
    """Infinitives a verb form may belong to (sagte, gesagt, mitgeteilt → sagen, mitteilen;
    with the pack's irregular stems also nannte → nennen, vorgeworfen → vorwerfen): a
    fallback where a small lemmatizer invents lemmas ("vermuten" → "vermen")."""
    lower = form.lower()
    stems = {lower[: -len(e)] for e in ENDINGS if lower.endswith(e) and len(lower) - len(e) >= 2} | {lower}
    for stem in list(stems):
        position = stem.find("ge", 0, 6)               # participle ge-, also after a particle
        if position >= 0 and len(stem) - position > 4:
            stems.add(stem[:position] + stem[position + 2:])
    for stem in list(stems):
        for past, present in (irregular or {}).items():
            if stem.endswith(past):
                stems.add(stem[:len(stem) - len(past)] + present)
    stems.discard(lower)
    return {stem + "en" for stem in stems} | {stem + "n" for stem in stems if stem.endswith(("er", "el"))}


def lemma_candidates(word: Word, irregular: dict[str, str] | None = None) -> set[str]:
    """The lemmatizer's lemma and those guessed from the word's form."""
    return {word.lemma} | verb_lemma_guesses(word.text, irregular)


UMLAUTS = set("äöü")


def _is_konjunktiv_i(word: Word, sentence: Sentence, konj2: set[str], quoted: bool,
                     irregular: dict[str, str] | None = None) -> bool:
    lower = word.text.lower()
    if word.upos not in {"VERB", "AUX"} or lower in konj2:
        return False
    lemma = word.lemma.lower()
    if word.feats.get("Mood") == "Sub":
        # Konjunktiv I is formed on the present stem; Mood=Sub with Tense=Past is Konjunktiv
        # II ("müsste") or a tagger's slip on a past indicative ("musste"), unless the form is
        # the present stem + e all the same ("könne", "solle", which the tagger calls past)
        return word.feats.get("Tense") != "Past" or _present_stem_and_e(lemma, lower)
    if word.feats.get("VerbForm", "Fin") != "Fin" or word.feats.get("Mood") == "Imp":
        return False
    holders = [word]
    if word.deprel.split(":")[0] in {"aux", "cop"} and word.head:
        holders.append(sentence.head_of(word))      # "er habe … entsandt": the subject is the verb's
    subjects = [c for h in holders for c in sentence.children(h) if c.deprel.startswith(("nsubj", "expl"))]
    if any(s.text.lower() in FIRST_PERSON for s in subjects):
        return False
    # "sei"/"seien" are the forms of sein; 3rd person singular Konjunktiv I is stem + e (er
    # habe, es gebe, sie erfolge), where the indicative would end in -t; without any subject in
    # sight only outside quotations, where "ich habe" is unlikely
    if lower in {"sei", "seien", "seiest"}:
        return True
    if quoted and not subjects:
        return False
    if _present_stem_and_e(lemma, lower):
        return True
    # a small lemmatizer invents lemmas ("drohe" → "drehen", "nehme" → "nehen"): where its lemma
    # does not explain the form, stem + e still is Konjunktiv I, unless it may be a past
    # ("bremste", "nannte"), a Konjunktiv II ("entspräche": an umlaut) or a first person
    return word.feats.get("Person") != "1" and not _explains(lemma, lower, irregular) \
        and lower.endswith("e") and not lower.endswith("te") and len(lower) > 3 \
        and not set(lower) & UMLAUTS


def _present_stem_and_e(lemma: str, form: str) -> bool:
    """The form is the lemma's present stem + e ("habe" of "haben", "könne" of "können")."""
    return lemma.endswith("en") and form == lemma[:-1]


def _explains(lemma: str, form: str, irregular: dict[str, str] | None) -> bool:
    """Whether the lemmatizer's lemma accounts for a form: it is no verb's ("lange"), or the
    form is a past of it ("wurde" of "werden")."""
    return not lemma.endswith("n") or lemma in verb_lemma_guesses(form, irregular)


# A small parser sometimes labels a verb or noun compound:prt ("sagte …, … seien");
# separable particles are adpositions, adverbs, particles or adjectives ("mit", "bekannt").
PARTICLE_UPOS = {"ADP", "ADV", "PART", "ADJ"}


PARTICLES_LEXICON = "separable_particles"
ADVERB_PARTICLES_LEXICON = "adverb_particles"
REFLEXIVE_LEXICON = "reflexive_senses"
REFLEXIVE = "sich"
MODAL_LEXICON = "modal_senses"
OBJECT_LEXICON = "object_senses"


def separable_particles(word: Word, sentence: Sentence, known: frozenset[str] = frozenset()) -> list[Word]:
    """The verb's separable particle: a compound:prt child, or a known particle the parser
    took for an adverb where a particle stands, at the end of the verb's clause ("wies die
    Vorwürfe zurück.")."""
    # an adverb the parser called a particle is one only if it is known as one: "erklärte
    # hingegen" is "erklären", and "hingegen" is no part of the cue
    found = [c for c in sentence.children(word) if c.deprel == "compound:prt" and c.upos in PARTICLE_UPOS
             and (c.upos != "ADV" or not known or c.text.lower() in known)]
    if found or word.upos not in {"VERB", "AUX"}:
        return found
    for child in sentence.children(word):
        following = sentence.words[child.id] if child.id < len(sentence.words) else None
        if child.id > word.id and child.text.lower() in known and child.upos in PARTICLE_UPOS \
                and child.deprel.split(":")[0] in {"advmod", "obl", "compound", "xcomp"} \
                and not sentence.children(child) and (following is None or following.upos == "PUNCT"):
            found.append(child)
    return found


def _reflexive(verb: Word, sentence: Sentence) -> bool:
    """The verb has "sich" as its own object ("nennt sich"), not in a phrase ("von sich")."""
    return any(c.text.lower() == REFLEXIVE and not sentence.children(c)
               and c.deprel.split(":")[0] in {"obj", "iobj", "expl", "dep"} for c in sentence.children(verb))


def _has_modal(verb: Word, sentence: Sentence, modal: str) -> bool:
    """The verb has the modal as its auxiliary ("will … wissen", "wollen … wissen")."""
    return any(c.deprel == "aux" and modal in lemma_candidates(c) for c in sentence.children(verb))


def _has_object(verb: Word, sentence: Sentence, form: str) -> bool:
    """The verb's object is the word in this form ("forderte 40 Todesopfer")."""
    return any(c.deprel == "obj" and c.text == form for c in sentence.children(verb))


def sentence_features(sentence: Sentence, pack: RulePack,
                      quotes: list[tuple[int, int]] = ()) -> Features:
    konj2 = set(pack.lexicon(KONJ2_LEXICON))
    known_particles = frozenset(pack.lexicon(PARTICLES_LEXICON))
    adverb_particles = frozenset(pack.lexicon(ADVERB_PARTICLES_LEXICON))
    reflexive_senses = frozenset(pack.lexicon(REFLEXIVE_LEXICON))
    # "wissen wollen": verb, then the modal under which it reports
    modal_senses = [tuple(entry.split()) for entry in pack.lexicon(MODAL_LEXICON)]
    # "fordern Todesopfer": verb, then the object (by its form) with which it means another thing
    object_senses = [tuple(entry.split()) for entry in pack.lexicon(OBJECT_LEXICON)]
    features = Features()
    for word in sentence.words:
        particles = separable_particles(word, sentence, known_particles)
        if particles:
            features.particles[word.id] = particles
        prefix = "".join(p.text.lower() for p in particles)
        if particles and word.upos in {"VERB", "AUX"}:
            features.lemma[word.id] = prefix + word.lemma
        if word.upos in {"VERB", "AUX"}:
            guesses = lemma_candidates(word, pack.irregular_stems)
            features.lemmas[word.id] = frozenset({prefix + g for g in guesses})
            if particles and particles[0].text.lower() in adverb_particles:
                # "sagte die Anwältin weiter": "weiter" goes on, it need not make a new verb
                features.lemmas[word.id] |= guesses
            if features.lemmas[word.id] & reflexive_senses and _reflexive(word, sentence):
                # "nennt sich „documenta 12“", "bestätigte sich": another verb, "sich nennen"
                features.lemma[word.id] = f"{REFLEXIVE} {features.lookup(word, 'LEMMA')}"
                features.lemmas[word.id] = frozenset(f"{REFLEXIVE} {g}" for g in features.lemmas[word.id])
            for verb, modal in modal_senses:
                if verb in features.lemmas[word.id] and _has_modal(word, sentence, modal):
                    # "will wissen, dass …" claims, "will wissen, ob …" asks: another verb than "weiß"
                    features.lemma[word.id] = f"{verb} {modal}"
                    features.lemmas[word.id] = frozenset({f"{verb} {modal}"})
            for verb, thing in object_senses:
                if verb in features.lemmas[word.id] and _has_object(word, sentence, thing):
                    # "forderte 40 Todesopfer" claims victims, demands nothing
                    features.lemma[word.id] = f"{verb} {thing}"
                    features.lemmas[word.id] = frozenset({f"{verb} {thing}"})
        inside = [i for i, (start, end) in enumerate(quotes) if start <= word.start and word.end <= end]
        quoted = bool(inside)
        if quoted:
            features.quotation[word.id] = inside[0]
        if _is_konjunktiv_i(word, sentence, konj2, quoted, pack.irregular_stems):
            features.konj1.add(word.id)
        if word.text.lower() in konj2 and word.upos in {"VERB", "AUX"}:
            features.konj2.add(word.id)
        if finite_form(word) or word.id in features.konj1:
            features.finite.add(word.id)
    return features


def finite_form(word: Word) -> bool:
    """A verb the tagger gives a finite form (its features or its tag)."""
    return word.upos in {"VERB", "AUX"} and (word.feats.get("VerbForm") == "Fin" or word.xpos.endswith("FIN"))


def document_quotes(document: Document, pack: RulePack) -> list[tuple[int, int]]:
    """Quotation spans of every paragraph, in document offsets."""
    spans: list[tuple[int, int]] = []
    blocks: dict[int, list[Sentence]] = {}
    for sentence in document.sentences:
        if sentence.kind == "prose":
            blocks.setdefault(sentence.block, []).append(sentence)
    for sentences in blocks.values():
        start, end = sentences[0].start, sentences[-1].end
        spans += [(start + s, start + e) for s, e in find_quotes(document.text[start:end], pack.quotes)]
    return spans
