"""Verdict stage: one row per sentence — who is the source, which cue, what form, how certain."""
from __future__ import annotations

from dataclasses import dataclass, field, replace

from attribution.attributions import Attribution, build, is_main
from attribution.document import Document, Sentence, Word
from attribution.features import Features, document_quotes, sentence_features
from attribution.markers import Marker, find_markers
from attribution.repair import repair_document
from attribution.rules.pack import RulePack
from attribution.sources import SourceResolver

INDIRECT_FORMS = {"indirect", "free_indirect", "reported", "direct"}


@dataclass
class Verdict:
    sentence: Sentence
    attributions: list[Attribution] = field(default_factory=list)
    primary: Attribution | None = None     # the attribution that governs the sentence
    form: str = "none"
    certainty: str | None = None           # None for headings: they make no claim
    markers: list[Marker] = field(default_factory=list)
    carried_from: int | None = None        # sentence whose source a Konjunktiv sentence carries on
    note: str = ""
    # the derived word features the rules matched on (None for headings), for later stages
    features: Features | None = field(default=None, repr=False, compare=False)

    @property
    def claimed_later(self) -> bool:
        """The attribution comes from a later sentence ("[Claim.] Dies teilte X mit.")."""
        return self.carried_from is not None and self.carried_from > self.sentence.index

    @property
    def source(self) -> str | None:
        return self.primary.source_text if self.primary else None

    @property
    def source_type(self) -> str:
        if self.primary is None:
            return "none"
        return self.primary.source_type

    @property
    def cue(self) -> str | None:
        return self.primary.cue.text if self.primary and self.carried_from is None else None

    @property
    def rule(self) -> str | None:
        """The rule that decided the verdict, for explanations."""
        if self.carried_from is not None:
            return "konjunktiv.carry-over"
        if self.primary is not None:
            return self.primary.cue.rule.id
        strongest = max(self.markers, key=lambda m: m.rule.certainty is not None, default=None)
        return strongest.rule.id if strongest else None


def _main_konjunktiv(sentence: Sentence, markers: list[Marker]) -> list[Marker]:
    """Konjunktiv markers on the main predicate (root, or an auxiliary/copula of it)."""
    root = sentence.root
    found = []
    for marker in markers:
        if marker.kind != "konjunktiv":
            continue
        word = marker.anchor
        predicate = sentence.head_of(word) if word.deprel.split(":")[0] in {"aux", "cop"} else word
        if predicate is not None and (predicate is root or is_main(predicate, sentence)) \
                or _verb_second(word, sentence):
            found.append(marker)
    return found


def _verb_second(word: Word, sentence: Sentence) -> bool:
    """The first verb of a sentence, with no subordinator or comma before it, is the main
    clause's finite verb whatever the parser made of the tree ("Heutige Fahrzeuge seien
    … in der Lage, … zu fahren" parsed with "Lage" as the root)."""
    before = sentence.words[:word.id - 1]
    return not any(w.upos in {"VERB", "AUX", "SCONJ"} or w.text == "," or w.feats.get("PronType") == "Rel"
                   for w in before)


def _choose_primary(attributions: list[Attribution]) -> Attribution | None:
    main = [a for a in attributions if a.main]
    if not main:
        return None
    # a named source beats an unnamed one; the earlier cue breaks ties
    return sorted(main, key=lambda a: (a.mention is None and a.entity is None, a.cue.anchor.id))[0]


def judge_document(document: Document, pack: RulePack) -> list[Verdict]:
    document = repair_document(document, pack)
    resolver = SourceResolver(pack)
    quotes = document_quotes(document, pack)
    verdicts: list[Verdict] = []
    introductions: dict[int, Attribution] = {}     # verdict index -> "X zur neuen Heimat:"
    previous: Verdict | None = None          # the last verdict that can pass its source on
    gap = 0                                  # sentences since then without a source
    for sentence in document.sentences:
        if sentence.kind != "prose" or not sentence.words:
            verdicts.append(Verdict(sentence, note=sentence.kind))
            previous, gap = None, 0
            continue
        features = sentence_features(sentence, pack, quotes)
        markers = find_markers(sentence, pack, features)
        last = previous.primary if previous and gap == 0 else None
        attributions = build(sentence, markers, features, pack, resolver, last)
        # a closing colon may introduce a quotation: only the sentences after it can tell
        following = [a for a in attributions if a.cue.rule.scope == "following"]
        attributions = [a for a in attributions if a.cue.rule.scope != "following"]
        if following:
            introductions[len(verdicts)] = following[0]
        verdict = Verdict(sentence, attributions, _choose_primary(attributions), features=features)
        # a Konjunktiv an embedded cue reports ("…, der sagte, man dürfe …") is that cue's
        # message, not the sign of a sentence carrying someone's words on
        reported = {w.id for a in attributions if a.cue.rule.scope != "sentence" and not a.names_act_only
                    for w in a.message}
        konjunktiv = [m for m in _main_konjunktiv(sentence, markers) if m.anchor.id not in reported]
        free = [m for m in markers if m.kind != "cue" and m.kind != "konjunktiv"
                and not any(m in a.markers for a in attributions if not a.main)]
        if verdict.primary is not None:
            verdict.form = verdict.primary.form
            verdict.certainty = verdict.primary.certainty
            in_message = {w.id for w in verdict.primary.message}
            verdict.markers = verdict.primary.markers + [
                m for m in markers if m.kind == "konjunktiv" and (m in konjunktiv or m.anchor.id in in_message)]
        elif _quoted_sentence(sentence, features) and previous is not None and previous.primary is not None \
                and (previous.form == "direct" or gap == 0):
            # before the Konjunktiv test: inside an open quotation a Konjunktiv is the
            # speaker's own wording ("„… Sonst wäre es zu spät gewesen.“")
            verdict.primary, verdict.carried_from = previous.primary, previous.sentence.index
            verdict.form, verdict.certainty = "direct", previous.certainty
        elif konjunktiv and previous is not None and previous.primary is not None \
                and (gap == 0 or any(m.anchor.id in features.konj1 for m in konjunktiv)):
            # past author sentences only Konjunktiv I carries: a Konjunktiv II form such as
            # "sollten" is also a past indicative
            verdict.primary, verdict.carried_from = previous.primary, previous.sentence.index
            # a marker that reports in the indicative ("Die Steuer soll sinken") goes on in
            # the reported form, not in free indirect speech
            verdict.form = "reported" if all(m.rule.form == "reported" for m in konjunktiv) else "free_indirect"
            verdict.certainty = pack.strongest(["reported"] + [m.rule.certainty for m in free])
            verdict.markers = konjunktiv + free
        elif any(m.anchor.id in features.konj1 for m in konjunktiv):
            # Konjunktiv I with no one to carry it over from: someone's words, source unknown
            verdict.form = "free_indirect"
            verdict.certainty = pack.strongest(["reported"] + [m.rule.certainty for m in free])
            verdict.markers = konjunktiv + free
        else:
            verdict.certainty = pack.strongest(["asserted"] + [m.rule.certainty for m in free])
            verdict.markers = free
            verdict.form = "reported" if any(m.kind == "reportative" for m in free) else "none"
        verdicts.append(verdict)
        if verdict.primary is not None:
            previous, gap = verdict, 0
        else:
            gap += 1
            if gap > pack.carry_over_gap:
                previous = None
    _speaker_after_quote(verdicts, quotes)
    _quotation_after_colon(verdicts, quotes, introductions)
    _claim_before_demonstrative(verdicts, pack)
    return verdicts


def _claim_before_demonstrative(verdicts: list[Verdict], pack: RulePack) -> None:
    """[Claim.] Dies teilte X mit. — a cue whose rule scopes over the previous sentence
    makes that sentence, where the author asserted it, X's words."""
    for before, verdict in zip(verdicts, verdicts[1:]):
        primary = verdict.primary
        if primary is None or primary.cue.rule.scope != "previous" or verdict.carried_from is not None:
            continue
        if before.primary is not None or before.sentence.kind != "prose" or not before.sentence.words \
                or before.sentence.block != verdict.sentence.block:
            continue
        before.primary, before.carried_from = primary, verdict.sentence.index
        before.markers = [m for m in before.markers if m.rule.certainty is not None]
        before.form = primary.form
        before.certainty = pack.strongest([primary.certainty] + [m.rule.certainty for m in before.markers])


def _quotation_after_colon(verdicts: list[Verdict], quotes: list[tuple[int, int]],
                           introductions: dict[int, Attribution]) -> None:
    """X sagte: / „…“ — a reporting clause that ends in a colon introduces the quotation in
    the sentences that follow; it becomes a direct attribution of its own (the clause may
    also report something indirectly: "Er glaube, dass …:"). A sentence without a reporting
    verb that ends in a colon ("Nina Hagen zur neuen Heimat:") introduces it too, through a
    rule of scope "following"; that sentence itself stays the author's."""
    for index, verdict in enumerate(verdicts):
        introduced = verdict.primary is None and verdict.carried_from is None and index in introductions
        primary = introductions[index] if introduced else verdict.primary
        if primary is None or verdict.carried_from is not None or primary.mention is None:
            continue
        words = verdict.sentence.words
        colon = next((w for w in reversed(words) if w.text == ":"), None)
        if colon is None or colon.id < primary.cue.anchor.id or any(
                w.upos != "PUNCT" for w in words[colon.id:]):
            continue
        following = []
        for later in verdicts[index + 1:]:
            if later.primary is not None and later.carried_from is None and not _inside_quote(later, quotes):
                break
            if _quote_of(later.sentence, quotes) is None:
                break
            following.append(later)
        if not following:
            continue
        quotation = replace(primary, message=[], form="direct", markers=[])
        if not introduced:
            verdict.attributions.append(quotation)
            if not any(w.upos in {"VERB", "AUX"} for w in primary.message):
                # "gab … bekannt:" reports nothing but the quotation that follows
                verdict.attributions.remove(primary)
                verdict.primary, verdict.form = quotation, "direct"
        for later in following:
            later.primary, later.carried_from = quotation, verdict.sentence.index
            later.form, later.certainty = "direct", quotation.certainty


def _inside_quote(verdict: Verdict, quotes: list[tuple[int, int]]) -> bool:
    """The verdict's cue stands inside a quotation (someone quoted as saying something)."""
    anchor = verdict.primary.cue.anchor
    return any(start <= anchor.start < end for start, end in quotes)


def _quote_of(sentence: Sentence, quotes: list[tuple[int, int]]) -> tuple[int, int] | None:
    content = [w for w in sentence.words if w.upos != "PUNCT"]
    if not content:
        return None
    return next((q for q in quotes if q[0] <= content[0].start and content[-1].end <= q[1]), None)


def _speaker_after_quote(verdicts: list[Verdict], quotes: list[tuple[int, int]]) -> None:
    """„Satz eins. Satz zwei“, sagte X: a quoted sentence before the one naming the speaker
    belongs to the same speaker (walk backwards so chains of quoted sentences inherit), also
    where the speaker of an earlier quotation was carried onto it."""
    for current, following in reversed(list(zip(verdicts, verdicts[1:]))):
        if following.primary is None or following.form != "direct":
            continue
        span = _quote_of(current.sentence, quotes)
        if current.primary is not None and (current.carried_from is None or span is None
                                            or span[0] < current.primary.sentence.end):
            continue        # its own speaker, or one whose words this quotation goes on
        first = next((w for w in following.sentence.words if w.upos != "PUNCT"), None)
        # the quotation goes on into the next sentence, whose cue stands after it (a cue inside
        # it, "… werden niemals behaupten, dass …“", names no speaker of the quotation)
        if span and first and span[0] <= first.start < span[1] <= following.primary.cue.anchor.start:
            current.primary, current.carried_from = following.primary, following.sentence.index
            current.form, current.certainty = "direct", following.certainty
            current.markers = []


def _quoted_sentence(sentence: Sentence, features: Features) -> bool:
    content = [w for w in sentence.words if w.upos != "PUNCT"]
    return bool(content) and all(w.id in features.quoted for w in content)
