"""Parse repairs: undo systematic errors of the compact parser before the rules read a parse.

Each repair is narrow and linguistic: it fixes a configuration German grammar rules out
(a subject with a preposition, a preposition tagged as a name), so it cannot make a correct
parse worse. The closed word classes the repairs need come from the rule pack.
"""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from attribution.document import Document, Sentence, Word
from attribution.features import lemma_candidates
from attribution.rules.pack import RulePack

CONTRACTIONS = "contracted_prepositions"
NOMINATIVES = "nominative_pronouns"
ADVERBS = "fronted_adverbs"
DEMONSTRATIVES = "fronted_demonstratives"
AUXILIARIES = "auxiliary_lemmas"
SEIN_PERFECT = "sein_perfect_verbs"
SPLIT_PARTICLE_VERBS = "split_particle_verbs"
PARTICLES = "separable_particles"   # reporting-verbs.yaml: the features read it too
ARTICLES = "articles"
TIME_NOUNS = "time_nouns"           # days, months, times: never a source, often a stray attribute
NOMINAL = {"NOUN", "PROPN"}
CLAUSE_RELATIONS = frozenset({"ccomp", "xcomp", "advcl", "parataxis"})   # a clause hung on a word
CLAUSE_OR_CONJUNCT = CLAUSE_RELATIONS | {"conj"}


@dataclass(frozen=True)
class RepairLexicons:
    """The closed word classes the repairs read from the rule pack (rules/de/repairs.yaml)."""
    contractions: frozenset[str] = frozenset()      # "am", "zum"
    times: frozenset[str] = frozenset()             # days, months
    nominatives: frozenset[str] = frozenset()       # "er", "wir": only ever subjects
    adverbs: frozenset[str] = frozenset()           # "gestern", "zudem"
    demonstratives: frozenset[str] = frozenset()    # a fronted "Dies" as object
    auxiliaries: frozenset[str] = frozenset()       # verbs that may be copulas
    sein_perfect: frozenset[str] = frozenset()      # "ausgehen": no passive with "sein"
    split_verbs: frozenset[tuple[str, str]] = frozenset()   # ("bekannt", "geben")
    particles: frozenset[str] = frozenset()         # "fest", "klar", "hervor"
    articles: frozenset[str] = frozenset()          # "der", "ein": determiners, never pronouns
    irregular: dict[str, str] = field(default_factory=dict)  # past stem → present stem

    @classmethod
    def of(cls, pack: RulePack) -> "RepairLexicons":
        def lower(name: str) -> frozenset[str]:
            return frozenset(w.lower() for w in pack.lexicon(name))
        return cls(lower(CONTRACTIONS), frozenset(pack.lexicon(TIME_NOUNS)), lower(NOMINATIVES), lower(ADVERBS),
                   lower(DEMONSTRATIVES), frozenset(pack.lexicon(AUXILIARIES)), frozenset(pack.lexicon(SEIN_PERFECT)),
                   frozenset(tuple(entry.split()) for entry in pack.lexicon(SPLIT_PARTICLE_VERBS)),
                   lower(PARTICLES), lower(ARTICLES), dict(pack.irregular_stems))


def repair_document(document: Document, pack: RulePack) -> Document:
    """A copy of the document with each sentence's words repaired."""
    lexicons = RepairLexicons.of(pack)
    sentences = [s if not s.words else Sentence(s.index, s.text, s.start, s.end, repair_words(s.words, lexicons),
                                                s.kind, s.block)
                 for s in document.sentences]
    return Document(document.text, sentences, document.model)


def repair_words(words: list[Word], lexicons: RepairLexicons = RepairLexicons()) -> list[Word]:
    lx = lexicons
    repairs = [lambda ws: contracted_prepositions(ws, lx.contractions), lambda ws: adverbs_as_verbs(ws, lx.adverbs),
               lambda ws: particles_written_apart(ws, lx.split_verbs, lx.irregular),
               lambda ws: particles_as_verbs(ws, lx.particles), particles_across_clauses,
               lambda ws: full_verbs_as_copulas(ws, lx.auxiliaries),
               lambda ws: time_attributes(ws, lx.times), lambda ws: time_subjects(ws, lx.times),
               present_as_participles, lambda ws: passive_subjects(ws, lx.sein_perfect, lx.irregular),
               lambda ws: prepositional_subjects(ws, lx.adverbs), split_names,
               subjects_across_clauses, articles_as_relatives, lambda ws: demonstrative_objects(ws, lx.demonstratives),
               lambda ws: double_subjects(ws, lx.nominatives), stray_genitives,
               lambda ws: determiners_as_pronouns(ws, lx.articles)]
    return apply_repairs(words, repairs)


def apply_repairs(words: list[Word], repairs) -> list[Word]:
    """Each repair in turn; one that would leave a cycle on an odd parse is not applied to
    this sentence (every later step climbs heads to the root)."""
    for repair in repairs:
        repaired = repair(words)
        if is_tree(repaired):
            words = repaired
    return words


def is_tree(words: list[Word]) -> bool:
    """Every word reaches the root through its heads."""
    for word in words:
        seen, current = set(), word
        while current.head:
            if current.id in seen or not 0 < current.head <= len(words):
                return False
            seen.add(current.id)
            current = words[current.head - 1]
    return True


def _set(words: list[Word], word: Word, **changes) -> None:
    words[word.id - 1] = replace(word, **changes)


def _children(words: list[Word], word: Word) -> list[Word]:
    """The word's dependents in the list being repaired (Sentence.children would show the
    tree as it was before the repairs so far)."""
    return [w for w in words if w.head == word.id]


def _hand_on(words: list[Word], word: Word, head: int) -> None:
    """What the parser hung on a misread word belongs to the word that takes its place."""
    for child in _children(words, word):
        if child.id != head:
            _set(words, child, head=head)


def contracted_prepositions(words: list[Word], contractions: set[str]) -> list[Word]:
    """"Am Montag sagte …": the tagger takes a sentence-initial "Am" for a name and the
    parser makes it the subject. A contracted preposition before a noun is its case marker;
    the noun takes the preposition's place as an oblique."""
    words = list(words)
    for word in list(words):
        if word.text.lower() not in contractions or word.upos == "ADP" or word.id >= len(words):
            continue
        noun = next((w for w in words[word.id:] if w.upos in NOMINAL | {"NUM"}), None)
        if noun is None or any(w.upos in {"VERB", "AUX", "PUNCT"} for w in words[word.id:noun.id - 1]):
            continue
        head, deprel = word.head, word.deprel
        if _dominates(words, word, noun):         # "Am ←flat— Montag": the noun takes its place
            _set(words, words[noun.id - 1], head=head, deprel="obl" if deprel.startswith("nsubj") else deprel)
        for child in [w for w in _children(words, word) if w.id != noun.id]:
            _set(words, child, head=noun.id)
        _set(words, words[word.id - 1], upos="ADP", head=noun.id, deprel="case")
    return words


def _dominates(words: list[Word], ancestor: Word, word: Word) -> bool:
    seen = set()
    while word.head and word.id not in seen:
        if word.head == ancestor.id:
            return True
        seen.add(word.id)
        word = words[word.head - 1]
    return False


def passive_subjects(words: list[Word], sein_perfect: set[str] = frozenset(),
                     irregular: dict[str, str] | None = None) -> list[Word]:
    """A passive subject needs a passive: where the compact parser labels the subject of a
    finite active verb nsubj:pass ("Die Opposition behauptet, …"), of a perfect with
    "haben" ("Die Zeitung hatte berichtet, …") or of a perfect with "sein" of a verb that
    has no passive with "sein" ("waren davon ausgegangen"), it is a plain subject. The
    verb's lemma is also guessed from its form: the small lemmatizer makes "ausgen" of it."""
    passive_heads = {w.head for w in words if w.deprel == "aux:pass"}
    active = {w.id for w in words if w.feats.get("VerbForm") == "Fin" and w.upos == "VERB"}
    active |= {w.head for w in words if w.deprel == "aux" and w.lemma == "haben"}
    active |= {w.head for w in words if w.deprel == "aux" and w.lemma == "sein" and w.head
               and lemma_candidates(words[w.head - 1], irregular) & sein_perfect}
    return [replace(w, deprel="nsubj") if w.deprel == "nsubj:pass" and w.head in active
            and w.head not in passive_heads else w for w in words]


def present_as_participles(words: list[Word]) -> list[Word]:
    """"die Stiftung bezweifelt aber, dass …": a weak verb's present third person has the
    form of its participle, and the tagger often takes it for one. A participle heading a
    main clause with a subject of its own and no auxiliary is the finite verb (and
    passive_subjects, after it, makes a passive label on that subject a plain one). A form with
    "ge-" is left alone: that is the participle's prefix (few verbs, such as "gehören",
    keep it in the present). A headline without its auxiliary ("Streik beendet?")
    is read as a present too: in SpkAtt train 0–700 the repair changes 13 verbs, and that
    misreading costs nothing there."""
    words = list(words)
    for verb in words:
        # the lemma of a verb ends in -n; an adjective tagged as a participle keeps its own
        # ("ungeachtet")
        if verb.upos != "VERB" or verb.feats.get("VerbForm") != "Part" or not verb.text.endswith("t") \
                or not verb.lemma.endswith("n") \
                or verb.text.lower().startswith("ge") or verb.deprel not in {"root", "conj", "parataxis"}:
            continue
        children = _children(words, verb)
        # "wurden festgenommen und zwei verhört": a conjunct after "und" shares the first one's
        # auxiliary; one after a comma is a clause of its own ("…, die Stiftung bezweifelt aber")
        coordinated = verb.deprel == "conj" and any(c.deprel == "cc" for c in children)
        first = _children(words, words[verb.head - 1]) if coordinated else []
        if any(c.deprel.split(":")[0] in {"aux", "cop"} for c in children + first) \
                or not any(c.deprel in {"nsubj", "nsubj:pass"} for c in children):
            continue
        _set(words, verb, feats={**verb.feats, "VerbForm": "Fin", "Mood": "Ind", "Tense": "Pres", "Person": "3"})
    return words


# what stays with a noun when its copula turns out to be its verb
NOUN_INTERNAL = {"det", "amod", "nmod", "case", "appos", "flat", "compound", "nummod", "det:poss", "nmod:poss",
                 "acl:relcl"}


def full_verbs_as_copulas(words: list[Word], auxiliaries: set[str]) -> list[Word]:
    """A full verb the tagger took for a copula ("Er wirft der Konferenz vor, …" with "wirft"
    as the copula of "Konferenz"): the verb heads the clause, the noun is its object (its
    subject where it stands first with no other subject), and the clause's other
    dependents are the verb's. Without the pack's auxiliaries nothing is known to be one."""
    words = list(words)
    for word in list(words) if auxiliaries else []:
        if word.deprel != "cop" or word.upos != "AUX" or word.lemma in auxiliaries or word.head == 0 \
                or word.feats.get("VerbForm") != "Fin":
            continue
        noun = words[word.head - 1]
        if noun.upos not in NOMINAL:
            continue
        moved = [c for c in _children(words, noun) if c.id != word.id and c.deprel not in NOUN_INTERNAL]
        for child in moved:      # a clause on the noun is the verb's complement ("vor, … zu wollen")
            _set(words, child, head=word.id, deprel="ccomp" if child.deprel == "acl" else child.deprel)
        subject = any(c.deprel.startswith("nsubj") for c in moved)
        _set(words, word, upos="VERB", head=noun.head, deprel=noun.deprel)
        _set(words, words[noun.id - 1], head=word.id,
             deprel="nsubj" if noun.id < word.id and not subject else "obj")
    return words


def adverbs_as_verbs(words: list[Word], adverbs: set[str]) -> list[Word]:
    """A known adverb the tagger took for a verb ("teilte die Behörde gestern mit",
    "gestern" as the cue's xcomp, the speaker hung on it) is an adverb of its head; what
    the parser hung on it belongs to that head. Where the parser made it the root ("Das
    erklärte gestern ein Sprecher", "erklärte" its complement), the verb it governs is."""
    words = list(words)
    for word in list(words):
        if word.upos not in {"VERB", "AUX"} or word.text.lower() not in adverbs:
            continue
        head = word.head or _verb_under_adverb(_children(words, word))
        if head is None:
            continue
        if not word.head:
            _set(words, words[head - 1], head=0, deprel="root")
        _hand_on(words, word, head)
        _set(words, word, upos="ADV", xpos="ADV", head=head, deprel="advmod", feats={})
    return words


def _verb_under_adverb(children: list[Word]) -> int | None:
    """The verb that heads the clause of an adverb parsed as its root: a full verb the
    parser hung on it as an auxiliary ("teilte gestern mit"), else the participle or
    infinitive its auxiliary belongs to ("hat gestern … gegeben"), else the auxiliary
    itself ("hat momentan die Form"), else the first clause hung on it."""
    auxiliaries = [c for c in children if c.deprel.split(":")[0] in {"aux", "cop"}]
    clauses = [c for c in children if c.upos in {"VERB", "AUX"}
               and c.deprel.split(":")[0] in CLAUSE_OR_CONJUNCT]
    full = [c for c in auxiliaries if c.upos == "VERB"]
    nonfinite = [c for c in clauses if c.feats.get("VerbForm") in {"Part", "Inf"}]
    for candidates in (full, nonfinite if auxiliaries else [], auxiliaries, clauses):
        if candidates:
            return candidates[0].id
    return None


# on a particle taken for a predicative, "dass …" may also come out as its subject clause
PARTICLE_CLAUSES = CLAUSE_RELATIONS | {"csubj"}


def particles_as_verbs(words: list[Word], particles: set[str]) -> list[Word]:
    """A known separable particle at the end of its verb's clause that the tagger took for a
    verb ("stellte eine Polizeistreife fest, dass …" with "fest" a verb and the clause hung
    on it) is the verb's particle; what the parser hung on it belongs to the verb. So is one
    taken for an adverb or adjective where the parser hung a clause on it ("stellte am
    Freitag klar, dass …"); without a clause the features already join it to its verb."""
    words = list(words)
    for word in list(words):
        following = words[word.id] if word.id < len(words) else None
        misread = word.upos in {"VERB", "AUX"} or word.upos in {"ADV", "ADJ"} and any(
            child.deprel in PARTICLE_CLAUSES for child in _children(words, word))
        if word.text.lower() not in particles or not misread or not word.head \
                or (following is not None and following.upos != "PUNCT"):
            continue
        verb = words[word.head - 1]
        # the particle's own verb is the nearest one before it ("erwartet … und gab bekannt")
        if verb.upos not in {"VERB", "AUX"} or verb.id > word.id \
                or any(w.upos in {"VERB", "AUX"} for w in words[verb.id:word.id - 1]):
            continue
        _hand_on(words, word, verb.id)
        _set(words, word, upos="PART", xpos="PTKVZ", deprel="compound:prt", feats={})
    return words


# punctuation that ends a clause (a comma may also only set off an apposition)
CLAUSE_MARKS = frozenset({",", ";", ":", "–", "—"})


def particles_across_clauses(words: list[Word]) -> list[Word]:
    """A separable particle stands at the end of its own verb's clause: one the parser hung
    on a verb of an earlier clause ("erklärte, der Verein lehne den Vorschlag ab" with "ab"
    on "erklärte") belongs to the nearest verb before it, where a clause mark stands between
    the two verbs and none between that verb and the particle. An apposition between a verb
    and its particle ("rief die Polizeichefin, Anna Berg, zur Ruhe auf") holds no verb."""
    words = list(words)
    for particle in list(words):
        if particle.deprel != "compound:prt" or not particle.head or particle.head > particle.id:
            continue
        between = words[particle.head:particle.id - 1]
        verbs = [w for w in between if w.upos in {"VERB", "AUX"}]
        if not verbs:
            continue
        nearest = verbs[-1]
        if any(w.text in CLAUSE_MARKS for w in words[particle.head:nearest.id - 1]) \
                and not any(w.text in CLAUSE_MARKS for w in words[nearest.id:particle.id - 1]):
            _set(words, particle, head=nearest.id)
    return words


def particles_written_apart(words: list[Word], split_verbs: set[tuple[str, str]],
                            irregular: dict[str, str] | None = None) -> list[Word]:
    """A particle written apart from its verb at the end of a clause ("wie die Polizei
    bekannt gab", "hat … bekannt gegeben"), which the tagger takes for a participle or
    adjective, is the verb's particle; what the parser hung on it belongs to the verb, and
    where it made the verb its dependent, the verb takes its place."""
    words = list(words)
    for index in range(len(words) - 1):
        word, verb = words[index], words[index + 1]     # as repaired so far
        if verb.upos not in {"VERB", "AUX"} or not any(
                word.text.lower() == particle and base in lemma_candidates(verb, irregular)
                for particle, base in split_verbs):
            continue
        if verb.head == word.id:
            _set(words, verb, head=word.head, deprel=word.deprel)
        _hand_on(words, word, verb.id)
        _set(words, words[index], head=verb.id, deprel="compound:prt", upos="ADJ", xpos="PTKVZ", feats={})
    return words


def prepositional_subjects(words: list[Word], adverbs: set[str] = frozenset()) -> list[Word]:
    """A subject has no preposition and no "als": "Als Grund gab die Behörde … an", "am
    Samstag sagte die Ministerin". Nor is it an adverb the tagger took for a noun or name
    ("Zudem regte ein Sprecher … an", "Gestern hat eine Sprecherin … mitgeteilt"): a
    known one, or one with a lower-case lemma. Such a "subject" is an adverbial; the
    nominative noun phrase after the verb, where the parser made it an object, is the
    subject."""
    words = list(words)
    for word in list(words):
        if not word.deprel.startswith("nsubj") or word.head == 0:
            continue
        verb, children = words[word.head - 1], _children(words, word)
        start = min([word.id] + [w.id for w in children])
        marks = [w for w in children if w.id < word.id
                 and (w.deprel == "case" or (w.text.lower() == "als" and w.deprel in {"cc", "mark", "case"}))]
        marks += [w for w in _children(words, verb) if w.id == start - 1 and w.text.lower() == "als"]
        # an upper-case letter inside the word makes it a name ("iPad", "iTunes")
        adverb = word.upos in NOMINAL and (word.lemma[:1].islower() or word.text.lower() in adverbs) \
            and not children and not any(c.isupper() for c in word.text[1:])
        if not (marks or adverb):
            continue
        _set(words, word, deprel="advmod" if adverb else "obl")
        _promote_nominative(words, verb)
    return words


def demonstrative_objects(words: list[Word], demonstratives: set[str]) -> list[Word]:
    """"Dies bestätigte der Parteivorsitzende am Abend": a bare demonstrative opening the
    sentence, with a nominative noun phrase after the verb (the verb's second subject, or an
    object to the parser), is the fronted object that points back to what was said; the
    noun phrase is the subject."""
    words = list(words)
    first = words[0] if words else None
    if first is None or first.text.lower() not in demonstratives or not first.deprel.startswith("nsubj") \
            or not first.head or _children(words, first):
        return words
    verb = words[first.head - 1]
    _set(words, first, deprel="obj")
    _promote_nominative(words, verb, cases={"Nom"})
    if not any(w.deprel.startswith("nsubj") for w in _children(words, verb)):
        _set(words, words[0], deprel=first.deprel)     # no other subject: it was the subject
    return words


def _promote_nominative(words: list[Word], verb: Word, cases: set[str] = frozenset({"Nom", "Acc"})) -> None:
    """A verb left without a subject takes the first noun phrase after its finite verb that
    the parser made an object or oblique, in one of the given cases (the tagger marks some
    nominatives accusative); a nominative goes first."""
    if any(w.deprel.startswith("nsubj") for w in _children(words, verb)):
        return
    # in "Gestern hat eine Sprecherin … mitgeteilt" the subject follows the finite auxiliary
    finite = min([verb.id] + [w.id for w in _children(words, verb) if w.deprel.startswith("aux")])
    candidates = [w for w in _children(words, verb) if w.id > finite and w.upos in NOMINAL | {"PRON"}
                  and w.deprel in {"obj", "obl", "obl:arg", "dep"} and w.feats.get("Case") in cases
                  and not any(c.deprel == "case" for c in _children(words, w))]
    candidates.sort(key=lambda w: w.feats.get("Case") != "Nom")
    if candidates:
        _set(words, candidates[0], deprel="nsubj")


def split_names(words: list[Word]) -> list[Word]:
    """"laut Franz-Josef Jung", "nach Meinung Russlands": the parser hangs the second noun
    of a name or a bare genitive beside the first, as a second oblique or object of the same
    verb. A bare noun right after a noun with the same head and relation, with no
    dependents of its own (or after a noun without any), belongs to the first noun."""
    words = list(words)
    for word in words[1:]:
        before = words[word.id - 2]
        if word.upos in NOMINAL and before.upos in NOMINAL and word.head == before.head and word.head \
                and word.deprel == before.deprel and word.deprel in {"obl", "obj", "nsubj", "iobj", "dep"} \
                and not (_children(words, word) and _children(words, before)):
            _set(words, word, head=before.id, deprel="flat" if word.upos == "PROPN" == before.upos else "nmod")
    return words


def stray_genitives(words: list[Word]) -> list[Word]:
    """"nach Meinung der beiden Politiker": a genitive noun phrase right after a noun is
    that noun's attribute, not an oblique of the verb as the parser often has it."""
    words = list(words)
    for word in words:
        if word.upos not in NOMINAL or word.deprel not in {"obl", "obj", "iobj", "nsubj", "dep"}:
            continue
        children = _children(words, word)
        dets = [w for w in children if w.id < word.id and w.deprel == "det"]
        if not dets or dets[0].feats.get("Case") != "Gen" or any(w.deprel == "case" for w in children):
            continue
        start = min(w.id for w in children if w.id < word.id)
        before = words[start - 2] if start > 1 else None
        if before is not None and before.upos in NOMINAL and before.head == word.head:
            _set(words, word, head=before.id, deprel="nmod")
    return words


def articles_as_relatives(words: list[Word]) -> list[Word]:
    """"erklärte, die Fraktion nehme …": the tagger takes an article opening a clause for a
    relative pronoun, and the parser gives the verb two subjects side by side. A relative
    pronoun without dependents right before a noun with the same head and relation is
    that noun's article."""
    words = list(words)
    for word, noun in zip(words, words[1:]):
        if word.upos == "PRON" and "Rel" in word.feat_values("PronType") \
                and noun.upos in NOMINAL and noun.head == word.head and noun.deprel == word.deprel \
                and not _children(words, word):
            _set(words, word, upos="DET", deprel="det", head=noun.id, feats={**word.feats, "PronType": "Art"})
    return words


def double_subjects(words: list[Word], nominatives: set[str] = frozenset()) -> list[Word]:
    """Where the parser gives a verb two subjects, one before it and one after it, one of
    them is not: a bare word before the verb is a fronted adverbial ("Heute bestätigte
    Gabriel …", "Sinngemäß hofft Musk"); a fronted phrase is the object where it is marked
    so ("Den Börsenwert beziffert der Focus …") or the word after is a nominative pronoun
    ("Die Tat bezeichnete er als sinnlos"); otherwise the subject comes first, as usual."""
    words = list(words)
    for verb in words:
        subjects = [w for w in _children(words, verb) if w.deprel == "nsubj"]
        before = [w for w in subjects if w.id < verb.id]
        # a subject after a colon opens the words it introduces ("Der Text lautete: „Wir …“")
        after = [w for w in subjects if w.id > verb.id
                 and not any(x.text == ":" for x in words[verb.id:w.id - 1])]
        if not before or not after:
            continue
        fronted, following = before[0], after[0]
        dets = [w for w in _children(words, fronted) if w.deprel == "det"]
        if not _children(words, fronted):
            _set(words, fronted, deprel="advmod" if fronted.upos not in NOMINAL else "obl")
        elif following.text.lower() in nominatives or (dets and dets[0].feats.get("Case") in {"Acc", "Dat"}):
            _set(words, fronted, deprel="obj")
        else:
            _set(words, following, deprel="obj")
    return words


def determiners_as_pronouns(words: list[Word], articles: set[str] = frozenset()) -> list[Word]:
    """A determiner that is a subject on its own stands for a noun: "Viele glauben, …",
    "Einer der Abgeordneten ergänzte, …" (with an attribute, even in an article's form)."""
    words = list(words)
    for word in words:
        if word.upos == "DET" and word.deprel.startswith("nsubj") \
                and (word.text.lower() not in articles or _children(words, word)):
            _set(words, word, upos="PRON")
    return words


def time_attributes(words: list[Word], times: set[str]) -> list[Word]:
    """"Der Verband am Montag sagte …": a time with a preposition hung on a noun is an
    adverbial of the clause; the noun's name ends before it."""
    words = list(words)
    for word in words:
        if word.deprel != "nmod" or word.text not in times or not word.head:
            continue
        if not any(w.deprel == "case" for w in _children(words, word)):
            continue
        clause = words[word.head - 1]
        while clause.head and clause.upos not in {"VERB", "AUX", "ADJ"}:
            clause = words[clause.head - 1]
        if clause.upos in {"VERB", "AUX", "ADJ"}:
            _set(words, word, head=clause.id, deprel="obl")
    return words


def time_subjects(words: list[Word], times: set[str]) -> list[Word]:
    """"Um 10 Uhr meldete die Agentur …": a time with a number or a preposition that the
    parser made the subject is an adverbial ("Der Montag verlief ruhig" keeps its subject).
    Amounts are no times ("Drei Euro werden fällig")."""
    words = list(words)
    for word in words:
        if word.deprel in {"nsubj", "nsubj:pass"} and word.text in times and any(
                w.deprel in {"case", "nummod"} for w in _children(words, word)):
            _set(words, word, deprel="obl")
    return words


def subjects_across_clauses(words: list[Word]) -> list[Word]:
    """"Claudia Pfeiffer, Geschäftsführerin des KAV, erklärte, die Arbeitgeber werde …":
    the parser hangs the subject before a verb on the clause after it. A clause that
    follows its head verb cannot have its subject before that verb; a verb without a
    subject of its own takes it back."""
    words = list(words)
    for verb in words:
        if verb.upos not in {"VERB", "AUX"} or any(w.deprel.startswith(("nsubj", "expl"))
                                                  for w in _children(words, verb)):
            continue
        for clause in [w for w in _children(words, verb) if w.id > verb.id
                       and w.deprel.split(":")[0] in CLAUSE_OR_CONJUNCT]:
            stray = [w for w in _children(words, clause) if w.deprel == "nsubj" and w.id < verb.id]
            if stray:
                _set(words, stray[0], head=verb.id)
                break
    return words
