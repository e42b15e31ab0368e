import pytest

from trees import DEF, FIN, PRES, SUB, parse

from attribution.features import sentence_features
from attribution.markers import find_markers
from attribution.verdicts import judge_document

PRESN = PRES + "|Number=Plur"


def verdict(pack, *sentences, index=0):
    return judge_document(parse(*sentences), pack)[index]


def by_rule(attributions, name: str) -> list:
    """The attributions that the rule of this name found."""
    return [a for a in attributions if a.cue.rule.id.endswith(name)]


SAGTE_CLAUSE = ("Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj//Number=Sing "
                "sagte/VERB/0/root/sagen/" + FIN + " ,/PUNCT/8/punct die/DET/6/det/der/" + DEF +
                " Lage/NOUN/8/nsubj sei/AUX/8/cop/sein/" + SUB + " ernst/ADJ/3/ccomp ./PUNCT/3/punct")


# "Merkel entgegnete, dann solle der Iran „sehen, wie er dieses Gesetz ändern kann“."
ENTGEGNETE_QUOTED_VERB = (
    "Merkel/PROPN/2/nsubj entgegnete/VERB/0/root/entgegnen/" + FIN + " ,/PUNCT/9/punct dann/ADV/9/advmod"
    " solle/AUX/9/aux/sollen/" + SUB + " der/DET/7/det/der/" + DEF + " Iran/PROPN/9/nsubj „/PUNCT/9/punct"
    " sehen/VERB/2/ccomp/sehen/VerbForm=Inf ,/PUNCT/15/punct wie/CCONJ/15/cc er/PRON/15/nsubj"
    " dieses/DET/14/det/dieser Gesetz/NOUN/15/obj ändern/VERB/9/conj/ändern/VerbForm=Inf"
    " kann/AUX/15/aux/können/" + PRES + " “/PUNCT/9/punct ./PUNCT/2/punct")


def test_subject_and_complement_clause(pack):
    v = verdict(pack, SAGTE_CLAUSE)
    assert (v.source, v.source_type, v.cue, v.form, v.certainty) == \
        ("Der Minister", "politician", "sagte", "indirect", "reported")
    assert [m.text for m in v.markers] == ["sei"]


def test_postposed_reporting_clause(pack):
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Lage/NOUN/4/nsubj sei/AUX/4/cop/sein/" + SUB +
                " ernst/ADJ/0/root ,/PUNCT/6/punct sagte/VERB/4/parataxis/sagen/" + FIN +
                " der/DET/8/det/der/Case=Nom|" + DEF + " Sprecher/NOUN/6/nsubj ./PUNCT/4/punct")
    assert (v.source, v.cue, v.form) == ("der Sprecher", "sagte", "indirect")


def test_separable_particle_verb_split(pack):
    v = verdict(pack, "Russland/PROPN/2/nsubj gab/VERB/0/root/geben/" + FIN + " am/ADP/4/case/an"
                " Samstag/NOUN/2/obl bekannt/ADJ/2/compound:prt ,/PUNCT/11/punct dass/SCONJ/11/mark"
                " die/DET/9/det/der/" + DEF + " Truppen/NOUN/11/nsubj:pass abgezogen/VERB/11/aux:pass/abziehen"
                " seien/AUX/2/ccomp/sein/" + SUB + " ./PUNCT/2/punct")
    assert (v.source, v.source_type, v.cue, v.certainty) == ("Russland", "government", "gab … bekannt", "reported")


def test_separable_particle_verb(pack):
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Polizei/NOUN/3/nsubj teilte/VERB/0/root/teilen/" + FIN +
                " mit/ADP/3/compound:prt ,/PUNCT/9/punct dass/SCONJ/9/mark zwei/NUM/7/nummod"
                " Menschen/NOUN/9/nsubj:pass verletzt/VERB/9/aux:pass/verletzen wurden/AUX/3/ccomp/werden/" + FIN +
                " ./PUNCT/3/punct")
    assert (v.source, v.source_type, v.cue) == ("Die Polizei", "police_justice", "teilte mit")


def test_passive_agent(pack):
    v = verdict(pack, "Es/PRON/5/expl wurde/AUX/5/aux:pass/werden/" + FIN + " vom/ADP/4/case/von"
                " Ministerium/NOUN/5/obl:agent mitgeteilt/VERB/0/root/mitteilen ,/PUNCT/10/punct dass/SCONJ/10/mark"
                " alles/PRON/10/nsubj gut/ADJ/10/advmod sei/AUX/5/csubj:pass/sein/" + SUB + " ./PUNCT/5/punct")
    assert (v.source, v.source_type, v.cue, v.form) == ("Ministerium", "government", "mitgeteilt", "indirect")


def test_passive_agent_of_a_thought_verb(pack):
    # "Von den Behörden wird angenommen, dass Schmuggel die Ursache war"
    v = verdict(pack, "Von/ADP/3/case/von den/DET/3/det/der/" + DEF + " Behörden/NOUN/5/obl"
                " wird/AUX/5/aux:pass/werden/" + PRES + " angenommen/VERB/0/root/annehmen ,/PUNCT/10/punct"
                " dass/SCONJ/10/mark Schmuggel/NOUN/10/nsubj die/DET/10/det/der/" + DEF + " Ursache/NOUN/5/ccomp"
                " war/AUX/10/cop/sein/" + FIN + " ./PUNCT/5/punct")
    assert (v.source, v.cue, v.form) == ("den Behörden", "angenommen", "indirect")


@pytest.mark.parametrize("preposition, source", [("In", "einem Bericht"), ("Nach", None)])
def test_passive_report_in_a_document(pack, preposition, source):
    # "In einem Bericht wurde vermutet, dass niemand überlebt hat": the report is the source;
    # "Nach einem Bericht …" is another rule's (an according noun), not this one's
    v = verdict(pack, preposition + "/ADP/3/case einem/DET/3/det/ein Bericht/NOUN/5/obl"
                " wurde/AUX/5/aux:pass/werden/" + FIN + " vermutet/VERB/0/root/vermuten ,/PUNCT/9/punct"
                " dass/SCONJ/9/mark niemand/PRON/9/nsubj überlebt/VERB/5/ccomp/überleben"
                " hat/AUX/9/aux/haben/" + PRES + " ./PUNCT/5/punct")
    assert bool(by_rule(v.attributions, "passive-document")) == (source is not None)
    if source:
        assert (v.source, v.cue, v.form) == (source, "vermutet", "indirect")


def test_no_reporting_verb_is_author_voice(pack):
    v = verdict(pack, "Der/DET/2/det/der/" + DEF + " Minister/NOUN/3/nsubj besuchte/VERB/0/root/besuchen/" + FIN +
                " Berlin/PROPN/3/obj ./PUNCT/3/punct")
    assert (v.source, v.form, v.certainty) == (None, "none", "asserted")


def test_embedded_cue_is_listed_but_does_not_govern(pack):
    # "Die Zahl wurde veröffentlicht, nachdem Pjöngjang bestätigt hatte, dass es Truppen schickte."
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Zahl/NOUN/4/nsubj:pass wurde/AUX/4/aux:pass/werden/" + FIN +
                " veröffentlicht/VERB/0/root/veröffentlichen ,/PUNCT/6/punct nachdem/SCONJ/8/mark"
                " Pjöngjang/PROPN/8/nsubj bestätigt/VERB/4/advcl/bestätigen hatte/AUX/8/aux/haben/" + FIN +
                " ,/PUNCT/14/punct dass/SCONJ/14/mark es/PRON/14/nsubj Truppen/NOUN/14/obj"
                " schickte/VERB/8/ccomp/schicken/" + FIN + " ./PUNCT/4/punct")
    assert (v.source, v.certainty) == (None, "asserted")
    embedded = [a for a in v.attributions if not a.main]
    assert [(a.cue.text, a.source_text, a.certainty) for a in embedded] == [("bestätigt", "Pjöngjang", "confirmed")]


def test_subject_of_the_reported_clause_hung_on_the_cue_is_not_the_source(pack):
    # a small parser's mistakes: "Nordkorea" attached as a second subject of "behaupten",
    # the conjunct "Partner" as its object, the reported clause as advcl
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " USA/PROPN/5/nsubj und/CCONJ/4/cc Partner/NOUN/5/obj"
                " behaupten/VERB/0/root/behaupten/VerbForm=Fin|Mood=Ind|Tense=Pres|Number=Plur ,/PUNCT/5/punct"
                " Nordkorea/PROPN/5/nsubj habe/AUX/10/aux/haben/" + SUB + " Waffen/NOUN/10/obj"
                " geliefert/VERB/5/advcl/liefern ./PUNCT/5/punct")
    assert v.source.startswith("Die USA") and (v.cue, v.certainty) == ("behaupten", "claimed")


def test_subject_cue_comma_without_an_attached_clause(pack):
    # the parser took the reported clause's subject for an object and its verb for an adverb
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Staatschefs/NOUN/3/nsubj sagten/VERB/0/root/sagen/" + FIN +
                " ,/PUNCT/6/punct der/DET/6/det/der/" + DEF + " Einsatz/NOUN/3/obj erfolge/ADV/3/advmod"
                " planmäßig/ADJ/3/advmod ./PUNCT/3/punct")
    assert (v.source, v.cue, v.certainty) == ("Die Staatschefs", "sagten", "reported")
    assert "Einsatz" in v.sentence.span_text(v.primary.message)


def test_a_verb_mislabelled_as_particle_does_not_change_the_cue_lemma(pack):
    v = verdict(pack, "Fischer/PROPN/2/nsubj sagte/VERB/0/root/sagen/" + FIN + " ,/PUNCT/5/punct"
                " sie/PRON/5/nsubj verloren/VERB/2/ccomp/verlieren und/CCONJ/7/cc seien/AUX/2/compound:prt/sein/" + SUB +
                " ./PUNCT/2/punct")
    assert (v.source, v.cue) == ("Fischer", "sagte")


def test_cue_hung_on_its_subject_as_a_relative_clause(pack):
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " USA/PROPN/8/nsubj und/CCONJ/5/cc ihre/DET/5/det:poss"
                " Partner/NOUN/2/conj behaupten/VERB/2/acl/behaupten/VerbForm=Fin|Mood=Ind|Number=Plur"
                " ,/PUNCT/6/punct Nordkorea/PROPN/6/nsubj habe/AUX/11/aux/haben/" + SUB +
                " Waffen/NOUN/11/obj geliefert/VERB/0/root/liefern ./PUNCT/11/punct")
    assert v.source == "Die USA und ihre Partner" and (v.cue, v.certainty) == ("behaupten", "claimed")


def test_a_real_relative_clause_is_not_a_cue_on_its_head(pack):
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Partner/NOUN/6/nsubj ,/PUNCT/5/punct die/PRON/5/nsubj/der/PronType=Rel"
                " behaupten/VERB/2/acl/behaupten/VerbForm=Fin|Mood=Ind|Number=Plur reisen/VERB/0/root/reisen/" + PRESN +
                " ./PUNCT/6/punct")
    assert v.source is None


def test_dass_clause_hung_elsewhere_is_still_the_message(pack):
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Polizei/NOUN/3/nsubj teilte/VERB/0/root/teilen/" + FIN +
                " am/ADV/3/advmod Abend/NOUN/3/obj mit/ADP/3/compound:prt ,/PUNCT/10/punct dass/SCONJ/10/mark"
                " zwei/NUM/9/nummod Menschen/NOUN/10/nsubj:pass verletzt/VERB/5/acl/verletzen ./PUNCT/3/punct")
    assert (v.source, v.cue, v.form) == ("Die Polizei", "teilte … mit", "indirect")
    assert v.sentence.span_text(v.primary.message).startswith("dass zwei Menschen")


def test_weak_past_with_e_stem_is_recognised_without_a_lemma(pack):
    v = verdict(pack, "Augenzeugen/NOUN/2/nsubj berichteten/VERB/0/root/berichteten/" + FIN +
                " ,/PUNCT/6/punct es/PRON/6/expl habe/AUX/6/aux/haben/" + SUB + " gegeben/VERB/2/ccomp/geben ./PUNCT/2/punct")
    assert (v.source, v.cue) == ("Augenzeugen", "berichteten")


def test_statement_noun_parsed_as_subject(pack):
    v = verdict(pack, "Der/DET/2/det/der/" + DEF + " Minister/NOUN/6/nsubj:pass hat/AUX/6/aux/haben/" + FIN +
                " eine/DET/5/det Erklärung/NOUN/6/nsubj:pass abgegeben/VERB/0/root/abgeben ./PUNCT/6/punct")
    assert (v.source, v.form) == ("Der Minister", "reported")


def test_reported_clause_parsed_as_conjunct_of_the_cue(pack):
    # indicative, so no Konjunktiv rule helps: "sagte in Rom, es handelt sich um …"
    v = verdict(pack, "Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj//Number=Sing"
                " sagte/VERB/0/root/sagen/" + FIN + " in/ADP/5/case Rom/PROPN/3/obl ,/PUNCT/7/punct"
                " handelt/VERB/3/conj/handeln/" + PRES + " es/PRON/7/expl sich/PRON/7/obj um/ADP/12/case"
                " einen/DET/12/det/ein Racheakt/NOUN/7/obl ./PUNCT/3/punct")
    assert (v.source, v.cue, v.form) == ("Der Minister", "sagte", "indirect")
    assert "Racheakt" in [w.text for w in v.primary.message] and "Rom" not in [w.text for w in v.primary.message]


def test_second_action_joined_by_und_is_no_message(pack):
    v = verdict(pack, "Er/PRON/2/nsubj erklärte/VERB/0/root/erklären/" + FIN + " den/DET/4/det/der Plan/NOUN/2/obj"
                " ,/PUNCT/7/punct und/CCONJ/7/cc ging/VERB/2/conj/gehen/" + FIN + " ./PUNCT/2/punct")
    assert not by_rule(v.attributions, "clause-misattached")


def test_speech_act_with_quoted_words_reports_them_directly(pack):
    v = verdict(pack, "Die/DET/2/det/der/Case=Nom|" + DEF + " Chefin/NOUN/3/nsubj nannte/VERB/0/root/nennen/" + FIN +
                " die/DET/5/det/der Zahlen/NOUN/3/obj „+/PUNCT/7/punct erfunden+/ADJ/3/xcomp “/PUNCT/7/punct"
                " ./PUNCT/3/punct")
    assert (v.source, v.cue, v.form) == ("Die Chefin", "nannte", "direct")
    assert [w.text for w in v.primary.message] == ["„", "erfunden", "“"]


@pytest.mark.parametrize("subject, reported", [("man", False), ("sie", True)])
def test_naming_with_the_generic_man_defines_a_word(pack, subject, reported):
    # "Als Halbwertszeit bezeichnet man die Zeit, …" defines; "bezeichnet sie" is her speech act
    v = verdict(pack, "Als/CCONJ/2/case Halbwertszeit/NOUN/3/obl bezeichnet/VERB/0/root/bezeichnen/" + PRES +
                " " + subject + "/PRON/3/nsubj die/DET/6/det/der Zeit/NOUN/3/obj ./PUNCT/3/punct")
    assert (v.form == "reported") == reported
    assert bool(by_rule(v.attributions, "speech-act")) == reported


@pytest.mark.parametrize("reflexive", [True, False])
def test_melden_with_sich_comes_forward_and_reports_nothing(pack, reflexive):
    # "Der Verband meldete sich am Abend." (came forward) / "Der Verband meldete Verluste."
    obj = "sich/PRON/3/obj" if reflexive else "Verluste/NOUN/3/obj"
    v = verdict(pack, "Der/DET/2/det/der/Case=Nom|" + DEF + " Verband/NOUN/3/nsubj meldete/VERB/0/root/melden/" +
                FIN + " " + obj + " ./PUNCT/3/punct")
    assert bool(by_rule(v.attributions, "speech-act")) != reflexive


def test_melden_with_sich_and_the_words_said_is_speech(pack):
    # "Der Pilot startete und meldete sich mit den Worten: „Wir sind gelandet“."
    v = verdict(pack, "Der/DET/2/det/der/Case=Nom|" + DEF + " Pilot/NOUN/3/nsubj startete/VERB/0/root/starten/" +
                FIN + " und/CCONJ/5/cc meldete/VERB/3/conj/melden/" + FIN + " sich/PRON/5/obj mit/ADP/9/case"
                " den/DET/9/det/der Worten/NOUN/5/obl :/PUNCT/14/punct „/PUNCT/14/punct Wir/PRON/14/nsubj"
                " sind/AUX/14/aux/sein/" + PRES + " gelandet/VERB/5/parataxis/landen/VerbForm=Part"
                " “/PUNCT/14/punct ./PUNCT/3/punct")
    assert (v.source, v.form) == ("Der Pilot", "direct")
    assert by_rule(v.attributions, "conjunct-shared-subject")


def test_quoted_naming_with_the_generic_man_defines_a_word(pack):
    # "Das nennt man einen „Börsengang“."
    v = verdict(pack, "Das/PRON/2/obj nennt/VERB/0/root/nennen/" + PRES + " man/PRON/2/nsubj einen/DET/6/det/ein"
                " „/PUNCT/6/punct Börsengang/NOUN/2/obj “/PUNCT/6/punct ./PUNCT/2/punct")
    assert not v.attributions


@pytest.mark.parametrize("spec, direct", [
    # "Das Amt warnt vor der Pille „Reduce Weight“": the quotation names the pill
    ("Das/DET/2/det/der/" + DEF + " Amt/NOUN/3/nsubj warnt/VERB/0/root/warnen/" + PRES + " vor/ADP/6/case"
     " der/DET/6/det/der Pille/NOUN/3/obl „/PUNCT/8/punct Reduce/PROPN/6/appos Weight/PROPN/8/flat"
     " “/PUNCT/8/punct ./PUNCT/3/punct", False),
    # "Der Dezernent sprach von einer „Gefahr für Leib und Leben“": his own words
    ("Der/DET/2/det/der/" + DEF + " Dezernent/NOUN/3/nsubj sprach/VERB/0/root/sprechen/" + FIN +
     " von/ADP/7/case einer/DET/7/det/ein „/PUNCT/7/punct Gefahr/NOUN/3/obl für/ADP/9/case Leib/NOUN/7/nmod"
     " “/PUNCT/7/punct ./PUNCT/3/punct", True),
])
def test_a_quotation_after_a_noun_is_a_name_in_a_speech_act(pack, spec, direct):
    v = verdict(pack, spec)
    assert v.primary.cue.rule.id == "reporting-verbs.speech-act"
    assert (v.form == "direct") == direct
    assert (v.sentence.span_text(v.primary.message).startswith("„")) == direct


def test_particle_taken_for_an_adverb_at_the_clause_end_still_joins_its_verb(pack):
    v = verdict(pack, "Die/DET/2/det/der/Case=Nom|" + DEF + " Klinikleitung/NOUN/3/nsubj wies/VERB/0/root/weisen/" +
                FIN + " die/DET/5/det/der Vorwürfe/NOUN/3/obj zurück/ADV/3/advmod ./PUNCT/3/punct")
    assert (v.source, v.cue, v.certainty) == ("Die Klinikleitung", "wies … zurück", "disputed")


def test_particle_taken_for_a_predicative_at_the_clause_end_still_joins_its_verb(pack):
    # "…, stellten die Forscher fest": the small parser makes "fest" an adjectival xcomp
    v = verdict(pack, "Rauchen/NOUN/2/nsubj schadet/VERB/0/root/schaden/" + PRES + " ,/PUNCT/4/punct"
                " stellten/VERB/2/parataxis/stellen/" + FIN + " die/DET/6/det/der/Case=Nom|" + DEF +
                " Forscher/NOUN/4/nsubj fest/ADJ/4/xcomp ./PUNCT/2/punct")
    assert (v.source, v.cue) == ("die Forscher", "stellten … fest")


@pytest.mark.parametrize("relation", ["ccomp", "conj"])
def test_passive_reporting_verb_without_agent_reports_without_a_source(pack, relation):
    # "Dem Fahrer wurde vorgeworfen, betrunken gewesen zu sein." (the compact parser often
    # makes the clause a conjunct)
    v = verdict(pack, "Dem/DET/2/det/der/Case=Dat|" + DEF + " Fahrer/NOUN/4/iobj wurde/AUX/4/aux:pass/werden/" +
                FIN + " vorgeworfen/VERB/0/root/vorwerfen/VerbForm=Part ,/PUNCT/6/punct betrunken/ADJ/4/" + relation +
                " gewesen/AUX/6/cop/sein/VerbForm=Part zu/PART/9/mark sein/AUX/6/aux/sein/VerbForm=Inf"
                " ./PUNCT/4/punct")
    assert v.cue == "vorgeworfen" and v.primary.mention is None and v.form == "indirect"
    assert [w.text for w in v.primary.message][:1] == ["betrunken"]


def test_passive_reporting_verb_with_an_adverbial_clause_reports_nothing(pack):
    # "Der Plan wurde kritisiert, weil er teuer sei": the weil-clause gives the reason, not the words
    v = verdict(pack, "Der/DET/2/det/der/Case=Nom|" + DEF + " Plan/NOUN/4/nsubj:pass wurde/AUX/4/aux:pass/werden/" +
                FIN + " kritisiert/VERB/0/root/kritisieren/VerbForm=Part ,/PUNCT/9/punct weil/SCONJ/9/mark"
                " er/PRON/9/nsubj teuer/ADJ/9/advmod sei/AUX/4/advcl/sein/" + SUB + " ./PUNCT/4/punct")
    assert v.primary is None or not v.primary.cue.rule.id.endswith("passive-clause")


def test_adverb_inside_the_clause_is_no_particle(pack):
    # "zurück" before the object is an adverb of direction, not the particle of "kommen"
    v = verdict(pack, "Er/PRON/2/nsubj kam/VERB/0/root/kommen/" + FIN + " zurück/ADV/2/advmod"
                " in/ADP/5/case die/DET/5/det/der Stadt/NOUN/2/obl ./PUNCT/2/punct")
    assert v.cue is None



CLAIM = ("Die/DET/2/det/der/" + DEF + " Partei/NOUN/3/nsubj verlor/VERB/0/root/verlieren/" + FIN +
         " viele/DET/5/det Stimmen/NOUN/3/obj ./PUNCT/3/punct")


def test_demonstrative_object_makes_the_sentence_before_the_message(pack):
    claim, cue = judge_document(parse(CLAIM, "Dies/PRON/2/obj/dies teilte/VERB/0/root/mitteilen/" + FIN +
                                      " ein/DET/4/det Sprecher/NOUN/2/nsubj mit/ADP/2/compound:prt ./PUNCT/2/punct"),
                                pack)
    assert (cue.source, cue.cue, cue.form) == ("ein Sprecher", "teilte … mit", "indirect")
    assert (claim.source, claim.form, claim.certainty, claim.carried_from) == ("ein Sprecher", "indirect", "reported", 2)


# "Der Wirbelsturm forderte 40 Menschenleben." (the lemmatizer's "Menschenlebe")
CASUALTIES = ("Der/DET/2/det/der/" + DEF + " Wirbelsturm/NOUN/3/nsubj forderte/VERB/0/root/fordern/" + FIN +
              " 40/NUM/5/nummod Menschenleben/NOUN/3/obj/Menschenlebe ./PUNCT/3/punct")


def test_a_disaster_claiming_lives_demands_nothing(pack):
    v = verdict(pack, CASUALTIES)
    assert v.attributions == [] and v.form == "none"
    # the same verb with another object is a demand
    v = verdict(pack, CASUALTIES.replace("Menschenleben/NOUN/3/obj/Menschenlebe", "Hilfen/NOUN/3/obj/Hilfe"))
    assert (v.source, v.cue) == ("Der Wirbelsturm", "forderte")


def test_a_claim_of_lives_can_be_the_claim_a_demonstrative_points_back_to(pack):
    # "[Der Wirbelsturm forderte 40 Menschenleben.] Dies bestätigte der Premierminister."
    claim, _ = judge_document(parse(CASUALTIES, "Dies/DET/2/nsubj/dieser bestätigte/VERB/0/root/bestätigen/" + FIN +
                                    " der/DET/4/det/der/" + DEF + " Premierminister/NOUN/2/obj ./PUNCT/2/punct"), pack)
    assert (claim.source, claim.carried_from) == ("der Premierminister", 2)


def test_demonstrative_subject_swapped_by_the_parser(pack):
    # the compact parser makes "Dies" the subject and the speaker the object
    claim, _ = judge_document(parse(CLAIM, "Dies/DET/2/nsubj/dieser bestätigte/VERB/0/root/bestätigen/" + FIN +
                                    " der/DET/4/det/der/" + DEF + " Vatikan/PROPN/2/obj ./PUNCT/2/punct"), pack)
    assert (claim.source, claim.carried_from) == ("der Vatikan", 2)


def test_demonstrative_with_the_speaker_parsed_as_an_argument_without_preposition(pack):
    # "Dies bestätigte der Parteivorsitzende am Abend": the parser makes the speaker obl:arg;
    # a phrase with a preposition ("gegenüber der Zeitung") is still no speaker
    claim, _ = judge_document(parse(CLAIM, "Dies/DET/2/nsubj/dieser bestätigte/VERB/0/root/bestätigen/" + FIN +
                                    " der/DET/4/det/der/" + DEF + " Parteivorsitzende/NOUN/2/obl:arg"
                                    " am/ADP/6/case Abend/NOUN/2/obl ./PUNCT/2/punct"), pack)
    assert (claim.source, claim.carried_from) == ("der Parteivorsitzende", 2)
    claim, _ = judge_document(parse(CLAIM, "Dies/DET/2/nsubj/dieser bestätigte/VERB/0/root/bestätigen/" + FIN +
                                    " gegenüber/ADP/5/case der/DET/5/det/der/" + DEF + " Zeitung/NOUN/2/obl:arg"
                                    " ./PUNCT/2/punct"), pack)
    assert claim.carried_from is None


def test_demonstrative_after_the_cue_is_no_claim_before(pack):
    # "Der Iran bestreitet dies.": an act done to a claim; the formula that says who said the
    # sentence before puts the demonstrative first ("Dies bestätigte der Vatikan")
    claim, cue = judge_document(parse(CLAIM, "Der/DET/2/det/der/Case=Nom|" + DEF + " Iran/PROPN/3/nsubj"
                                      " bestreitet/VERB/0/root/bestreiten/" + PRES + " dies/PRON/3/obj/dies"
                                      " ./PUNCT/3/punct"), pack)
    assert claim.carried_from is None
    assert not by_rule(cue.attributions, "demonstrative-object")


def test_demonstrative_with_its_own_clause_is_no_claim_before(pack):
    # "Das sagte er, weil …" style: with a complement clause the cue reports that clause
    claim, _ = judge_document(parse(CLAIM, "Er/PRON/2/nsubj sagte/VERB/0/root/sagen/" + FIN + " das/PRON/2/obj"
                                    " ,/PUNCT/7/punct es/PRON/7/nsubj sei/AUX/7/cop/sein/" + SUB +
                                    " gut/ADJ/2/ccomp ./PUNCT/2/punct"), pack)
    assert claim.source is None and claim.carried_from is None


def test_sagte_weiter_is_still_sagen(pack):
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Lage/NOUN/4/nsubj sei/AUX/4/cop/sein/" + SUB +
                " ernst/ADJ/6/ccomp ,/PUNCT/6/punct sagte/VERB/0/root/sagen/" + FIN +
                " die/DET/8/det/der/Case=Nom|" + DEF + " Anwältin/NOUN/6/nsubj weiter/ADV/6/advmod ./PUNCT/6/punct")
    assert (v.source, v.form) == ("die Anwältin", "indirect")
    assert v.cue.startswith("sagte")


def test_strong_verb_forms_get_their_lemma_from_the_packs_irregular_stems(pack):
    # the compact lemmatizer makes "nannte" → "nannen"; the pack's stems give "nennen"
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Chefin/NOUN/3/nsubj nannte/VERB/0/root/nannen/" + FIN +
                " die/DET/5/det Zahlen/NOUN/3/obj „+/PUNCT/7/punct falsch+/ADJ/3/xcomp “/PUNCT/7/punct ./PUNCT/3/punct")
    assert (v.source, v.cue, v.form) == ("Die Chefin", "nannte", "direct")


def test_present_forms_with_a_changed_vowel_get_their_lemma_from_the_packs_stems(pack):
    # "Die Opposition wirft dem Minister vor, gelogen zu haben": lemmatized "wirfen"
    v = verdict(pack, "Die/DET/2/det/der/Case=Nom|" + DEF + " Opposition/NOUN/3/nsubj wirft/VERB/0/root/wirfen/" + PRES +
                " dem/DET/5/det/der Minister/NOUN/3/iobj vor/ADP/3/compound:prt ,/PUNCT/8/punct"
                " gelogen/VERB/3/xcomp/lügen/VerbForm=Part zu/PART/9/mark haben/AUX/8/aux ./PUNCT/3/punct")
    assert (v.source, v.cue) == ("Die Opposition", "wirft … vor")


def test_speaker_colon_quotation_without_a_verb(pack):
    v = verdict(pack, "Minister/NOUN/2/nsubj Schäuble/PROPN/1/flat :/PUNCT/1/punct „+/PUNCT/7/punct Wir/PRON/7/nsubj"
                " sind/AUX/7/cop/sein/" + PRES + " bereit+/ADJ/1/parataxis “/PUNCT/7/punct")
    assert (v.source, v.cue, v.form) == ("Minister Schäuble", ":", "direct")
    assert " ".join(w.text for w in v.primary.message) == "„ Wir sind bereit “"


def test_a_colon_after_a_verb_is_no_speaker_colon(pack):
    v = verdict(pack, "Es/PRON/2/nsubj gab/VERB/0/root/geben/" + FIN + " Regeln/NOUN/2/obj :/PUNCT/2/punct"
                " „+/PUNCT/6/punct Rauchen/NOUN/6/nsubj verboten+/ADJ/2/parataxis “/PUNCT/6/punct")
    assert v.primary is None or v.primary.cue.rule.id != "reporting-verbs.speaker-colon-quote"


def test_passive_speech_act_names_its_agent_not_its_subject(pack):
    # "Die Pläne wurden vom Minister als unrealistisch bezeichnet"
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Pläne/NOUN/8/nsubj:pass wurden/AUX/8/aux:pass/werden/" + FIN +
                " vom/ADP/5/case Minister/NOUN/8/obl als/ADP/7/case unrealistisch/ADJ/8/obl"
                " bezeichnet/VERB/0/root/bezeichnen/VerbForm=Part ./PUNCT/8/punct")
    assert (v.source, v.cue) == ("Minister", "bezeichnet")


def test_a_subjectless_cue_takes_no_source_from_an_adverbial_before_it(pack):
    # "Um 10 Uhr MEZ meldete die Agentur, …": the parser left "meldete" without a subject
    # and made the agency its object; "MEZ" belongs to the time, not the speaker
    doc = parse("Um/ADP/3/case 10/NUM/3/nummod Uhr/NOUN/5/obl MEZ/PROPN/3/nmod meldete/VERB/0/root/melden/" + FIN +
                " die/DET/7/det/der/Case=Nom|" + DEF + " Agentur/NOUN/5/obj ,/PUNCT/12/punct der/DET/10/det/der/" + DEF +
                " Flughafen/NOUN/12/nsubj sei/AUX/12/cop/sein/" + SUB + " gesperrt/ADJ/5/ccomp ./PUNCT/5/punct")
    [verdict] = judge_document(doc, pack)
    assert verdict.cue == "meldete" and verdict.source == "die Agentur"


def test_quotation_after_the_cues_colon_hung_elsewhere_is_said_directly(pack):
    # "Platter sagte zum Abschluss: „Wir hatten gute Gespräche“" with the quotation parsed
    # as a conjunct of "Abschluss", out of the cue's reach
    v = verdict(pack, "Platter/PROPN/2/nsubj sagte/VERB/0/root/sagen/" + FIN + " zum/ADP/4/case Abschluss/NOUN/2/obl"
                " :/PUNCT/9/punct „+/PUNCT/9/punct Wir/PRON/9/nsubj hatten/AUX/9/aux/haben/" + FIN +
                " gute/ADJ/9/amod Gespräche+/NOUN/4/conj/Gespräch “/PUNCT/9/punct ./PUNCT/2/punct")
    assert (v.source, v.cue, v.form) == ("Platter", "sagte", "direct")
    assert " ".join(w.text for w in v.primary.message) == "„ Wir hatten gute Gespräche “"


def test_a_quoted_title_after_the_cues_colon_is_no_quotation_said(pack):
    # "Er schrieb ein Buch: „Die andere Medizin“" — no finite verb in the quotation
    v = verdict(pack, "Er/PRON/2/nsubj schrieb/VERB/0/root/schreiben/" + FIN + " ein/DET/4/det Buch/NOUN/2/obj"
                " :/PUNCT/8/punct „+/PUNCT/8/punct Die/DET/8/det/der andere/ADJ/8/amod Medizin+/NOUN/4/appos"
                " “/PUNCT/8/punct ./PUNCT/2/punct")
    assert v.primary is None or v.primary.cue.rule.id != "reporting-verbs.verb-colon-quotation"


def test_an_adverb_the_parser_called_a_particle_leaves_the_verb_as_it_is(pack):
    # "Der General erklärte hingegen, damit solle … werden": "hingegen" as compound:prt
    v = verdict(pack, "Der/DET/2/det/der/" + DEF + " General/NOUN/3/nsubj erklärte/VERB/0/root/erklären/" + FIN +
                " hingegen/ADV/3/compound:prt ,/PUNCT/8/punct damit/ADV/8/advmod solle/AUX/8/aux/sollen/" + SUB +
                " vermieden/VERB/3/ccomp/vermeiden werden/AUX/8/aux:pass ./PUNCT/3/punct")
    assert (v.source, v.cue) == ("Der General", "erklärte")


def test_of_two_complements_the_clause_is_the_message_not_a_stray_word(pack):
    # "Die Kanadier hingegen sagen, der Pilot trage die Verantwortung": "hingegen" taken
    # for an xcomp of "sagen", before the real complement clause
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Kanadier/NOUN/4/nsubj hingegen/ADV/4/xcomp"
                " sagen/VERB/0/root/sagen/" + PRESN + " ,/PUNCT/8/punct der/DET/7/det/der/" + DEF +
                " Pilot/NOUN/8/nsubj trage/VERB/4/parataxis/tragen/" + SUB + " die/DET/10/det/der/" + DEF +
                " Verantwortung/NOUN/8/obj ./PUNCT/4/punct")
    assert (v.source, v.cue) == ("Die Kanadier", "sagen")
    assert v.sentence.span_text(v.primary.message).startswith("der Pilot trage")


@pytest.mark.parametrize("speaker_relation", ["obj", "under-adverb"])
def test_wie_clause_speaker_the_parser_did_not_make_the_subject(pack, speaker_relation):
    # "…, wie eine Sprecherin der Polizei mitteilte": the speaker parsed as object, or hung
    # on an adverb of the wie-clause that the parser took for a verb
    head, rel = ("10", "obj") if speaker_relation == "obj" else ("9", "nsubj")
    v = verdict(pack, "Der/DET/2/det/der/" + DEF + " Täter/NOUN/4/nsubj:pass wurde/AUX/4/aux:pass/werden/" + FIN +
                " gefasst/VERB/0/root/fassen ,/PUNCT/10/punct wie/CCONJ/10/cc eine/DET/8/det/ein"
                f" Sprecherin/NOUN/{head}/{rel} gestern/ADV/10/advmod mitteilte/VERB/4/advcl/mitteilen/" + FIN +
                " ./PUNCT/4/punct")
    assert (v.source, v.cue) == ("eine Sprecherin", "wie … mitteilte")


@pytest.mark.parametrize("spec, source", [
    # "Wie netzwelt.de berichtet, ist der Trailer erschienen.": the name taken for an adjective
    ("Wie/ADV/3/advmod netzwelt.de/ADJ/3/amod berichtet/VERB/8/advcl/berichten/" + PRES + " ,/PUNCT/3/punct"
     " ist/AUX/8/aux/sein/" + PRES + " der/DET/7/det/der/" + DEF + " Trailer/NOUN/8/nsubj"
     " erschienen/VERB/0/root/erscheinen/VerbForm=Part ./PUNCT/8/punct", "netzwelt.de"),
    # "Die Miliz ist aktiv, wie Fachleute betonen.": the plural taken for an object
    ("Die/DET/2/det/der/" + DEF + " Miliz/NOUN/4/nsubj ist/AUX/4/cop/sein/" + PRES + " aktiv/ADJ/0/root"
     " ,/PUNCT/8/punct wie/CCONJ/8/cc Fachleute/NOUN/8/obj betonen/VERB/4/conj/betonen/VerbForm=Inf"
     " ./PUNCT/4/punct", "Fachleute"),
])
def test_a_wie_clause_whose_cue_the_parser_left_without_subject(pack, spec, source):
    v = verdict(pack, spec)
    found = by_rule(v.attributions, "wie-clause-without-subject")
    assert len(found) == 1
    assert found[0].mention.text == source
    assert found[0].cue.words[0].text.lower() == "wie"


def test_a_wie_the_parser_hung_on_the_speaker_still_opens_the_wie_clause(pack):
    # "Wie der Sender meldete, ist die Brücke gesperrt.": "wie" taken for the comparison
    # particle of the subject (case), not the clause's subordinator
    v = verdict(pack, "Wie/CCONJ/3/case der/DET/3/det/der/" + DEF + " Sender/NOUN/4/nsubj"
                " meldete/VERB/9/advcl/melden/" + FIN + " ,/PUNCT/4/punct ist/AUX/9/aux:pass/sein/" + PRES +
                " die/DET/8/det/der/" + DEF + " Brücke/NOUN/9/nsubj:pass gesperrt/VERB/0/root/sperren/VerbForm=Part"
                " ./PUNCT/9/punct")
    assert (v.source, v.cue) == ("der Sender", "Wie … meldete")


def test_a_comparison_wie_after_a_noun_is_no_wie_clause(pack):
    # "Verbände wie der ADAC meldeten Staus.": "wie" compares, the verb has its own subject
    v = verdict(pack, "Verbände/NOUN/5/nsubj wie/CCONJ/4/case der/DET/4/det/der/" + DEF +
                " ADAC/PROPN/1/nmod meldeten/VERB/0/root/melden/" + FIN + " Staus/NOUN/5/obj ./PUNCT/5/punct")
    assert not [a for a in v.attributions if a.cue.rule.id.split(".")[-1].startswith("wie-clause")]


def test_a_wie_clause_with_a_subject_is_not_taken_as_one_without(pack):
    # "Wie die Polizei berichtet, ist der Täter gefasst.": the rule wie-clause's
    v = verdict(pack, "Wie/SCONJ/4/mark die/DET/3/det/der/" + DEF + " Polizei/NOUN/4/nsubj"
                " berichtet/VERB/9/advcl/berichten/" + PRES + " ,/PUNCT/4/punct ist/AUX/9/aux:pass/sein/" + PRES +
                " der/DET/8/det/der/" + DEF + " Täter/NOUN/9/nsubj:pass gefasst/VERB/0/root/fassen/VerbForm=Part"
                " ./PUNCT/9/punct")
    assert (v.source, v.cue) == ("die Polizei", "Wie … berichtet")
    # not even a marker that loses to wie-clause's
    markers = find_markers(v.sentence, pack, sentence_features(v.sentence, pack))
    assert not any(m.rule.id.endswith("wie-clause-without-subject") for m in markers)


def test_a_finding_reports_in_a_wie_clause_only(pack):
    # "Wie eine Studie ergab, trinken viele Kinder Alkohol." / "Die Studie ergab neue Zahlen."
    v = verdict(pack, "Wie/SCONJ/4/mark eine/DET/3/det/ein Studie/NOUN/4/nsubj ergab/VERB/6/advcl/ergeben/" + FIN +
                " ,/PUNCT/4/punct trinken/VERB/0/root/trinken/" + PRES + " viele/DET/8/det Kinder/NOUN/6/nsubj"
                " Alkohol/NOUN/6/obj ./PUNCT/6/punct")
    assert (v.source, v.cue) == ("eine Studie", "Wie … ergab")
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Studie/NOUN/3/nsubj ergab/VERB/0/root/ergeben/" + FIN +
                " neue/ADJ/5/amod Zahlen/NOUN/3/obj ./PUNCT/3/punct")
    assert v.attributions == []


def test_wie_bekannt_wurde_needs_bekannt_inside_the_wie_clause(pack):
    # "Wie wörtlich das zu verstehen ist, wurde gestern bekannt." — "wie" asks how
    v = verdict(pack, "Wie/ADV/2/advmod wörtlich/ADV/5/advmod das/PRON/5/nsubj zu/PART/5/mark"
                " verstehen/VERB/10/csubj ist/AUX/5/aux/sein/" + PRES + " ,/PUNCT/5/punct wurde/AUX/10/cop/werden/" + FIN +
                " gestern/ADV/10/advmod bekannt/ADJ/0/root ./PUNCT/10/punct")
    assert not by_rule(v.attributions, "wie-bekannt-wurde")


def test_a_noun_after_the_wie_clauses_cue_is_not_its_speaker(pack):
    # a wie-clause with no noun before its cue ("…, wie gestern mitgeteilt wurde"): a noun
    # after the cue, even one the parser hung on it, stands outside the clause
    v = verdict(pack, "Der/DET/2/det/der/" + DEF + " Täter/NOUN/3/nsubj floh/VERB/0/root/fliehen/" + FIN +
                " ,/PUNCT/7/punct wie/CCONJ/7/cc gestern/ADV/7/advmod mitteilte/VERB/3/advcl/mitteilen/" + FIN +
                " ,/PUNCT/9/punct Polizisten/NOUN/7/obj ./PUNCT/3/punct")
    assert not by_rule(v.attributions, "wie-clause-source-inside")


def test_a_decision_with_its_clause_is_reported_without_it_not(pack):
    # "Der Rat beschloss, die Sanktionen zu verlängern" / "Der Rat beschloss die Sanktionen"
    v = verdict(pack, "Der/DET/2/det/der/" + DEF + " Rat/NOUN/3/nsubj beschloss/VERB/0/root/beschließen/" + FIN +
                " ,/PUNCT/8/punct die/DET/6/det/der Sanktionen/NOUN/8/obj zu/PART/8/mark verlängern/VERB/3/xcomp"
                " ./PUNCT/3/punct")
    assert (v.source, v.cue) == ("Der Rat", "beschloss")
    v = verdict(pack, "Der/DET/2/det/der/" + DEF + " Rat/NOUN/3/nsubj beschloss/VERB/0/root/beschließen/" + FIN +
                " die/DET/5/det/der Sanktionen/NOUN/3/obj ./PUNCT/3/punct")
    assert v.primary is None


@pytest.mark.parametrize("spec, reported", [
    # "teilte mit, sie hoffe auf Ruhe." — the speaker was left in the sentence before
    ("teilte/VERB/0/root/teilen/" + FIN + " mit/ADP/1/compound:prt ,/PUNCT/5/punct sie/PRON/5/nsubj"
     " hoffe/VERB/1/ccomp/hoffen/" + SUB + " auf/ADP/7/case Ruhe/NOUN/5/obl ./PUNCT/1/punct", True),
    # "Erzähl uns, wie es war." — a request to the reader, nothing reported
    ("Erzähl/VERB/0/root/erzählen/Mood=Imp|VerbForm=Fin uns/PRON/1/iobj ,/PUNCT/7/punct wie/ADV/7/advmod"
     " es/PRON/7/nsubj war/AUX/1/ccomp/sein/" + FIN + " ./PUNCT/1/punct", False),
    # "Zeller schlägt vor, die Maut zu erheben." — the tagger took the speaker for an adverb
    ("Zeller/ADV/2/advmod schlägt/VERB/0/root/schlagen/" + PRES + " vor/ADP/2/compound:prt ,/PUNCT/8/punct"
     " die/DET/6/det/der Maut/NOUN/8/obj zu/PART/8/mark erheben/VERB/2/xcomp ./PUNCT/2/punct", True),
    # "Wie Paech feststellt, verlangt das Gesetz Mitwissen." with the subject taken for an
    # object: the wie-clause before the verb is no message of it
    ("Wie/ADV/3/advmod Paech/PROPN/3/nsubj feststellt/VERB/5/ccomp/feststellen/" + PRES + " ,/PUNCT/3/punct"
     " verlangt/VERB/0/root/verlangen/" + PRES + " das/DET/7/det/der Gesetz/NOUN/5/obj Mitwissen/NOUN/5/obj"
     " ./PUNCT/5/punct", False),
    # "erklärte das Tor für gültig." — a predicative, no clause
    ("erklärte/VERB/0/root/erklären/" + FIN + " das/DET/3/det/der Tor/NOUN/1/obj für/ADP/5/case"
     " gültig/ADJ/1/xcomp ./PUNCT/1/punct", False),
])
def test_a_cue_verb_without_subject_reports_its_clause(pack, spec, reported):
    v = verdict(pack, spec)
    assert any(a.cue.rule.id == "reporting-verbs.cue-without-subject" for a in v.attributions) == reported
    if reported:
        assert (v.source, v.form) == (None, "indirect")


def test_praise_with_a_quotation_reports_the_quotation_without_one_nothing(pack):
    # "Der Kanzler würdigte ihn als „großen Musiker“." / "Der Kanzler würdigte ihn."
    v = verdict(pack, "Der/DET/2/det/der/" + DEF + " Kanzler/NOUN/3/nsubj würdigte/VERB/0/root/würdigen/" + FIN +
                " ihn/PRON/3/obj als/ADP/9/case „+/PUNCT/9/punct großen+/ADJ/9/amod Musiker+/NOUN/3/obl"
                " “/PUNCT/9/punct ./PUNCT/3/punct")
    assert (v.source, v.cue, v.form) == ("Der Kanzler", "würdigte", "direct")
    assert [w.text for w in v.primary.message] == ["„", "großen", "Musiker", "“"]
    v = verdict(pack, "Der/DET/2/det/der/" + DEF + " Kanzler/NOUN/3/nsubj würdigte/VERB/0/root/würdigen/" + FIN +
                " ihn/PRON/3/obj ./PUNCT/3/punct")
    assert v.attributions == []


def test_a_speech_act_with_a_quotation_reports_it_in_a_relative_clause_too(pack):
    # "Der Führer, der den Sieg als „Fest“ bezeichnete, ordnete eine Prüfung an." / the same
    # without quotation marks: a speech act named in a subordinate clause reports nothing
    v = verdict(pack, "Der/DET/2/det/der/" + DEF + " Führer/NOUN/13/nsubj ,/PUNCT/11/punct der/PRON/11/nsubj/der/PronType=Rel"
                " den/DET/6/det/der Sieg/NOUN/11/obj als/ADP/9/case „+/PUNCT/9/punct Fest+/NOUN/11/obl “/PUNCT/9/punct"
                " bezeichnete/VERB/2/acl/bezeichnen/" + FIN + " ,/PUNCT/11/punct ordnete/VERB/0/root/ordnen/" + FIN +
                " eine/DET/15/det/ein Prüfung/NOUN/13/obj an/ADP/13/compound:prt ./PUNCT/13/punct")
    said = [a for a in v.attributions if a.cue.text == "bezeichnete"]
    assert [(a.form, [w.text for w in a.message]) for a in said] == [("direct", ["„", "Fest", "“"])]
    v = verdict(pack, "Der/DET/2/det/der/" + DEF + " Führer/NOUN/11/nsubj ,/PUNCT/9/punct der/PRON/9/nsubj/der/PronType=Rel"
                " den/DET/6/det/der Sieg/NOUN/9/obj als/ADP/8/case Fest/NOUN/9/obl"
                " bezeichnete/VERB/2/acl/bezeichnen/" + FIN + " ,/PUNCT/9/punct ordnete/VERB/0/root/ordnen/" + FIN +
                " eine/DET/13/det/ein Prüfung/NOUN/11/obj an/ADP/11/compound:prt ./PUNCT/11/punct")
    assert not [a for a in v.attributions if a.cue.text == "bezeichnete"]


def test_a_speech_verb_with_a_quoted_object_reports_the_quotation(pack):
    # "Der Präsident konstatierte eine wachsende „Kluft“."
    v = verdict(pack, "Der/DET/2/det/der/" + DEF + " Präsident/NOUN/3/nsubj konstatierte/VERB/0/root/konstatieren/" + FIN +
                " eine/DET/7/det/ein wachsende/ADJ/7/amod „+/PUNCT/7/punct Kluft+/NOUN/3/obj “/PUNCT/7/punct"
                " ./PUNCT/3/punct")
    assert (v.source, v.cue, v.form) == ("Der Präsident", "konstatierte", "direct")


def test_an_agreement_with_its_clause_is_a_decision_reported(pack):
    # "Die Parteien einigten sich darauf, dass die Steuer sinkt" / "… einigten sich auf einen Kompromiss"
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Parteien/NOUN/3/nsubj einigten/VERB/0/root/einigen/" + FIN +
                " sich/PRON/3/obj darauf/ADV/3/advmod ,/PUNCT/11/punct dass/SCONJ/11/mark die/DET/9/det/der"
                " Steuer/NOUN/11/nsubj sinkt/VERB/3/ccomp/sinken/" + PRES + " ./PUNCT/3/punct")
    assert (v.source, v.cue, v.form) == ("Die Parteien", "einigten", "indirect")
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Parteien/NOUN/3/nsubj einigten/VERB/0/root/einigen/" + FIN +
                " sich/PRON/3/obj auf/ADP/7/case einen/DET/7/det/ein Kompromiss/NOUN/3/obl ./PUNCT/3/punct")
    assert v.primary is None


@pytest.mark.parametrize("spec, cue", [
    # "Im Mai wurde bekannt, dass der Konzern verkauft": "wurde" hung on "bekannt"
    ("Im/ADP/2/case Mai/NOUN/4/obl wurde/AUX/4/aux:pass/werden/" + FIN + " bekannt/ADJ/0/root ,/PUNCT/9/punct"
     " dass/SCONJ/9/mark der/DET/8/det/der/" + DEF + " Konzern/NOUN/9/nsubj verkauft/VERB/4/advcl/verkaufen/" + PRES +
     " ./PUNCT/4/punct", "wurde bekannt"),
    # "Zuvor war bekannt geworden, dass …": "bekannt" hung on "geworden", "war" on it
    ("Zuvor/ADV/4/advmod war/AUX/4/aux/sein/" + FIN + " bekannt/ADV/4/advmod geworden/VERB/0/root/werden"
     " ,/PUNCT/9/punct dass/SCONJ/9/mark der/DET/8/det/der/" + DEF + " Konzern/NOUN/9/nsubj"
     " verkauft/VERB/4/advcl/verkaufen/" + PRES + " ./PUNCT/4/punct", "war bekannt geworden"),
])
def test_news_that_became_known_is_reported_without_a_source(pack, spec, cue):
    v = verdict(pack, spec)
    assert (v.source, v.cue, v.form) == (None, cue, "indirect")
    assert v.sentence.span_text(v.primary.message).startswith("dass der Konzern")


def test_an_announcement_the_parser_split_keeps_its_verb_in_the_cue(pack):
    # "Er erwartet eine Entscheidung und gab bekannt, dass der Konzern verkauft": the parser
    # makes "gab" and "bekannt" two conjuncts; the verb next to "bekannt" is still a cue word
    v = verdict(pack, "Er/PRON/2/nsubj erwartet/VERB/0/root/erwarten/" + PRES + " eine/DET/4/det/ein"
                " Entscheidung/NOUN/2/obj und/CCONJ/6/cc gab/VERB/2/conj/geben/" + FIN + " bekannt/VERB/2/conj/bekannt"
                " ,/PUNCT/12/punct dass/SCONJ/12/mark der/DET/11/det/der/" + DEF + " Konzern/NOUN/12/nsubj"
                " verkauft/VERB/7/advcl/verkaufen/" + PRES + " ./PUNCT/2/punct")
    [announced] = by_rule(v.attributions, "bekannt-werden")
    assert [w.text for w in announced.cue.words] == ["gab", "bekannt"]


def test_becoming_known_for_something_is_no_report(pack):
    # "Er wurde durch seine Bücher bekannt, weil …": no dass-clause, no news
    v = verdict(pack, "Er/PRON/5/nsubj wurde/AUX/5/cop/werden/" + FIN + " durch/ADP/4/case Bücher/NOUN/5/obl"
                " bekannt/ADJ/0/root ,/PUNCT/9/punct weil/SCONJ/9/mark er/PRON/9/nsubj schrieb/VERB/5/advcl/schreiben/" + FIN +
                " ./PUNCT/5/punct")
    assert v.primary is None


def test_an_opinion_noun_with_its_copula_and_clause_reports_the_clause(pack):
    # "Die Verbraucherschützer sind der Ansicht, dass die Preise zu hoch sind"
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Verbraucherschützer/NOUN/5/nsubj sind/AUX/5/cop/sein/" + PRESN +
                " der/DET/5/det/der Ansicht/NOUN/0/root ,/PUNCT/11/punct dass/SCONJ/11/mark die/DET/9/det/der/" + DEF +
                " Preise/NOUN/11/nsubj zu/ADV/11/advmod hoch/ADJ/5/acl sind/AUX/11/cop/sein/" + PRESN + " ./PUNCT/5/punct")
    assert (v.source, v.cue, v.form) == ("Die Verbraucherschützer", "sind der Ansicht", "indirect")
    assert v.sentence.span_text(v.primary.message).startswith("dass die Preise")


def test_an_opinion_noun_with_its_copula_keeps_the_copula_where_the_parser_lost_the_subject(pack):
    # "Müller vom Verband ist der Meinung, dass es reiche": the parser makes "vom" the root
    # verb and "Meinung" its oblique; the copula is still part of the cue
    v = verdict(pack, "Müller/PROPN/2/nsubj vom/VERB/0/root Verband/NOUN/2/obj ist/AUX/6/cop/sein/" + PRES +
                " der/DET/6/det/der Meinung/NOUN/2/obl ,/PUNCT/10/punct dass/SCONJ/10/mark es/PRON/10/nsubj"
                " reiche/VERB/6/advcl/reichen/" + SUB + " ./PUNCT/2/punct")
    [opinion] = by_rule(v.attributions, "opinion-copula")
    assert [w.text for w in opinion.cue.words] == ["ist", "der", "Meinung"]
    assert v.sentence.span_text(opinion.message).startswith("dass es reiche")


def test_an_opinion_noun_before_a_reason_is_no_report(pack):
    # "Dies ist das Ergebnis, weil die Zeit begrenzt war"
    v = verdict(pack, "Dies/PRON/4/nsubj ist/AUX/4/cop/sein/" + PRES + " das/DET/4/det/der Ergebnis/NOUN/0/root"
                " ,/PUNCT/10/punct weil/SCONJ/10/mark die/DET/8/det/der Zeit/NOUN/10/nsubj begrenzt/ADJ/10/advmod"
                " war/AUX/10/cop/sein/" + FIN + " gewesen/AUX/4/advcl/sein ./PUNCT/4/punct")
    assert v.primary is None


def test_an_opinion_noun_with_a_light_verb_reports_the_clause(pack):
    # "Die Experten kamen zu dem Ergebnis, dass die Brücke sicher ist"
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Experten/NOUN/3/nsubj kamen/VERB/0/root/kommen/" + FIN +
                " zu/ADP/6/case dem/DET/6/det/der Ergebnis/NOUN/3/obl ,/PUNCT/12/punct dass/SCONJ/12/mark"
                " die/DET/10/det/der/" + DEF + " Brücke/NOUN/12/nsubj sicher/ADJ/12/advmod ist/AUX/6/acl/sein/" + PRES +
                " ./PUNCT/3/punct")
    assert (v.source, v.cue) == ("Die Experten", "kamen zu dem Ergebnis")


def test_an_opinion_with_vertreten_mislemmatised_and_a_determiner_as_subject(pack):
    # "Einige vertritt die These, dass …": the lemmatizer gives "vertriten", the tagger
    # makes "Einige" a determiner (number agreement aside, the parse as the model gives it)
    v = verdict(pack, "Einige/DET/2/nsubj vertritt/VERB/0/root/vertriten/" + PRES + " die/DET/4/det/der These/NOUN/2/obj"
                " ,/PUNCT/9/punct dass/SCONJ/9/mark die/DET/8/det/der Welt/NOUN/9/nsubj untergehe/VERB/4/acl/untergehen/" +
                SUB + " ./PUNCT/2/punct")
    assert (v.source, v.cue) == ("Einige", "vertritt die These")


def test_a_message_noun_as_object_with_its_clause_reports_the_clause(pack):
    # "Die Staatsanwaltschaft hegt den Verdacht, X könnte Kosten falsch abgerechnet haben"
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Staatsanwaltschaft/NOUN/3/nsubj hegt/VERB/0/root/hegen/" + PRES +
                " den/DET/5/det/der Verdacht/NOUN/3/obj ,/PUNCT/11/punct X/PROPN/11/nsubj könnte/AUX/11/aux/können/" +
                SUB + " Kosten/NOUN/11/obj falsch/ADV/11/advmod abgerechnet/VERB/3/ccomp/abrechnen/VerbForm=Part"
                " haben/AUX/11/aux/haben/VerbForm=Inf ./PUNCT/3/punct")
    assert (v.source, v.cue) == ("Die Staatsanwaltschaft", "hegt den Verdacht")
    assert "abgerechnet" in [w.text for w in v.primary.message]


def test_a_message_noun_before_a_relative_clause_is_no_report(pack):
    # "Der Minister kennt den Vorwurf, den die Opposition erhebt": the clause says which
    # claim, not what is claimed
    v = verdict(pack, "Der/DET/2/det/der/" + DEF + " Minister/NOUN/3/nsubj kennt/VERB/0/root/kennen/" + PRES +
                " den/DET/5/det/der Vorwurf/NOUN/3/obj ,/PUNCT/10/punct den/PRON/10/obj/der/PronType=Rel"
                " die/DET/9/det/der/" + DEF + " Opposition/NOUN/10/nsubj erhebt/VERB/5/acl/erheben/" + PRES +
                " ./PUNCT/3/punct")
    assert v.primary is None


def test_a_message_noun_with_a_zu_infinitive_outside_a_light_verb_is_a_cue(pack):
    # "Dem Appell, sich zu stellen, folgte er nicht.": the noun names what was asked
    v = verdict(pack, "Dem/DET/2/det/der/" + DEF + " Appell/NOUN/9/iobj ,/PUNCT/6/punct sich/PRON/6/obj"
                " zu/PART/6/mark stellen/VERB/2/acl/stellen/VerbForm=Inf ,/PUNCT/6/punct"
                " folgte/VERB/0/root/folgen/" + FIN + " er/PRON/9/nsubj nicht/PART/9/advmod ./PUNCT/9/punct")
    [appeal] = [a for a in v.attributions if a.cue.rule.id == "reporting-verbs.message-noun-clause"]
    assert (appeal.cue.text, appeal.mention, appeal.form) == ("Dem Appell", None, "indirect")
    assert v.sentence.span_text(appeal.message) == "sich zu stellen"


@pytest.mark.parametrize("wie", ["Wie/ADV/4/advmod", "Wie/CCONJ/6/cc"])
def test_a_fronted_wie_clause_is_no_message_of_the_verb_after_it(pack, wie):
    # "Wie der Sprecher mitteilte, sieht Porsche darin eine Gefahr": the wie-clause names the
    # source of what follows, whichever word the parser hung "Wie" on; it is not what "sieht" reports
    v = verdict(pack, wie + " der/DET/3/det/der/" + DEF + " Sprecher/NOUN/4/nsubj"
                " mitteilte/VERB/6/advcl/mitteilen/" + FIN + " ,/PUNCT/4/punct sieht/VERB/0/root/sehen/" + PRES +
                " Porsche/PROPN/6/nsubj darin/ADV/6/advmod eine/DET/10/det/ein Gefahr/NOUN/6/obj ./PUNCT/6/punct")
    assert "sieht" not in [a.cue.text for a in v.attributions]


def test_a_passive_with_its_agent_under_a_modal_reports_nothing_yet(pack):
    # "Es muss noch vom Gericht entschieden werden, ob der Vertrag gilt": not decided yet
    v = verdict(pack, "Es/PRON/6/expl muss/AUX/6/aux/müssen/" + PRES + " noch/ADV/6/advmod vom/ADP/5/case"
                " Gericht/NOUN/6/obl entschieden/VERB/0/root/entscheiden/VerbForm=Part werden/AUX/6/aux:pass/werden"
                " ,/PUNCT/12/punct ob/SCONJ/12/mark der/DET/11/det/der/" + DEF + " Vertrag/NOUN/12/nsubj"
                " gilt/VERB/6/ccomp/gelten/" + PRES + " ./PUNCT/6/punct")
    assert "entschieden" not in [a.cue.words[0].text for a in v.attributions]


def test_a_reporting_verb_coordinated_with_an_earlier_verb_shares_its_subject(pack):
    # "Lawrow sprach sich dagegen aus und sagte, das Gesetz könne Absprachen verletzen"
    v = verdict(pack, "Lawrow/PROPN/2/nsubj sprach/VERB/0/root/sprechen/" + FIN + " sich/PRON/2/obj dagegen/ADV/2/advmod"
                " aus/ADP/2/compound:prt und/CCONJ/7/cc sagte/VERB/2/conj/sagen/" + FIN + " ,/PUNCT/13/punct"
                " das/DET/10/det/der/" + DEF + " Gesetz/NOUN/13/nsubj könne/AUX/13/aux/können/" + SUB +
                " Absprachen/NOUN/13/obj verletzen/VERB/7/ccomp ./PUNCT/2/punct")
    [said] = [a for a in v.attributions if a.cue.text == "sagte"]
    assert said.mention.text == "Lawrow"
    assert v.sentence.span_text(said.message).startswith("das Gesetz")



@pytest.mark.parametrize("spec, source, cue", [
    # "Er verständigte die Polizei und teilte mit, dass …": the particle stands before the comma
    ("Er/PRON/2/nsubj verständigte/VERB/0/root/verständigen/" + FIN + " die/DET/4/det/der Polizei/NOUN/2/obj"
     " und/CCONJ/6/cc teilte/VERB/2/conj/teilen/" + FIN + " mit/ADP/6/compound:prt ,/PUNCT/11/punct"
     " dass/SCONJ/11/mark er/PRON/11/nsubj:pass sei/AUX/11/aux/sein/" + SUB + " bewaffnet/VERB/6/ccomp/bewaffnen"
     " ./PUNCT/2/punct", "Er", "teilte mit"),
    # "Beobachter monieren Fehler, sprechen aber davon, dass …": joined by "aber"
    ("Beobachter/NOUN/2/nsubj monieren/VERB/0/root/monieren/" + PRES + " Fehler/NOUN/2/obj ,/PUNCT/5/punct"
     " sprechen/VERB/2/conj/sprechen/" + PRES + " aber/CCONJ/5/cc davon/ADV/5/advmod ,/PUNCT/13/punct"
     " dass/SCONJ/13/mark die/DET/11/det/der/" + DEF + " Wahl/NOUN/13/nsubj fair/ADJ/13/advmod"
     " verlaufen/VERB/5/ccomp/verlaufen sei/AUX/13/aux/sein/" + SUB + " ./PUNCT/2/punct", "Beobachter", "sprechen"),
])
def test_a_coordinated_reporting_verb_shares_its_subject_across_words_before_its_comma(pack, spec, source, cue):
    v = verdict(pack, spec)
    [said] = [a for a in v.attributions if a.cue.words[0].text == cue.split()[0]]
    assert (said.mention.text, said.cue.text) == (source, cue)
    assert "dass" in [w.text for w in said.message]


def test_a_reporting_verb_coordinated_with_a_predicative_adjective_shares_its_subject(pack):
    # "Podolski war anwesend und sagte, er freue sich": the parser makes the adjective the
    # root and the reported clause a parataxis of it
    v = verdict(pack, "Podolski/PROPN/3/nsubj war/AUX/3/cop/sein/" + FIN + " anwesend/ADJ/0/root und/CCONJ/5/cc"
                " sagte/VERB/3/conj/sagen/" + FIN + " ,/PUNCT/8/punct er/PRON/8/nsubj freue/VERB/3/parataxis/freuen/" +
                SUB + " sich/PRON/8/obj ./PUNCT/3/punct")
    [said] = [a for a in v.attributions if a.cue.text == "sagte"]
    assert said.mention.text == "Podolski"
    assert v.sentence.span_text(said.message).startswith("er freue sich")


def test_a_coordinated_reporting_verb_shares_its_subject_with_a_quotation_after_its_colon(pack):
    # "Der Mann biss den Gast und rief: „Lasst mich raus!“"
    v = verdict(pack, "Der/DET/2/det/der/" + DEF + " Mann/NOUN/3/nsubj biss/VERB/0/root/beißen/" + FIN +
                " den/DET/5/det/der/" + DEF + " Gast/NOUN/3/obj und/CCONJ/7/cc rief/VERB/3/conj/rufen/" + FIN +
                " :/PUNCT/12/punct „/PUNCT/12/punct Lasst/VERB/12/aux/lassen/" + PRES + " mich/PRON/12/obj"
                " raus/VERB/7/ccomp/rausen/" + PRES + " !/PUNCT/12/punct “/PUNCT/12/punct ./PUNCT/3/punct")
    [said] = [a for a in v.attributions if a.cue.text == "rief"]
    assert said.mention.text == "Der Mann"
    assert "Lasst mich raus" in v.sentence.span_text(said.message)


def test_a_thought_verb_closing_a_subordinate_clause_takes_no_clause_after_its_comma(pack):
    # "Obwohl er mit Mehreinnahmen rechnet, sei man weit entfernt" / "…, das er für
    # kontraproduktiv hält, …"
    for spec in ("Obwohl/SCONJ/5/mark er/PRON/5/nsubj mit/ADP/4/case Mehreinnahmen/NOUN/5/obl"
                 " rechnet/VERB/9/advcl/rechnen/" + PRES + " ,/PUNCT/5/punct sei/AUX/9/cop/sein/" + SUB +
                 " man/PRON/9/nsubj entfernt/ADJ/0/root ./PUNCT/9/punct",
                 "Das/DET/2/det/der/" + DEF + " Embargo/NOUN/10/nsubj ,/PUNCT/7/punct das/PRON/7/obj/der/PronType=Rel"
                 " er/PRON/7/nsubj kontraproduktiv/ADJ/7/xcomp hält/VERB/2/acl:relcl/halten/" + PRES +
                 " ,/PUNCT/7/punct ist/AUX/10/cop/sein/" + PRES + " falsch/ADJ/0/root ./PUNCT/10/punct"):
        v = verdict(pack, spec)
        # the clause after the comma is no message of the thought verb
        assert not any(w.text in {"sei", "ist"} for a in v.attributions for w in a.message)
    # "Sie befürchten, viele könnten sich das nicht leisten": still a thought reported
    v = verdict(pack, "Sie/PRON/2/nsubj befürchten/VERB/0/root/befürchten/" + PRESN + " ,/PUNCT/2/punct"
                " viele/PRON/7/nsubj könnten/AUX/7/aux/können/" + SUB + " sich/PRON/7/obj leisten/VERB/2/parataxis"
                " ./PUNCT/2/punct")
    assert (v.source, v.cue) == ("Sie", "befürchten")


@pytest.mark.parametrize("after_comma", [
    "nannte/VERB/0/root/nennen/" + FIN,           # "Klose, der Gelb-Rot sah, nannte den Platzverweis überzogen"
    "und/CCONJ/0/root",                            # "…, der Gelb-Rot sah, und …"
])
def test_a_thought_verb_closing_an_inserted_clause_is_no_cue(pack, after_comma):
    # the relative pronoun is tagged as an article, so only the word after the comma shows
    # that the clause the comma closes was inserted into another one
    v = verdict(pack, "Klose/PROPN/6/nsubj ,/PUNCT/5/punct der/DET/5/nsubj/der/" + DEF + " Gelb-Rot/NOUN/5/obj"
                " sah/VERB/1/acl/sehen/" + FIN + " ,/PUNCT/5/punct " + after_comma +
                " den/DET/8/det/der/" + DEF + " Platzverweis/NOUN/6/obj überzogen/ADJ/6/xcomp ./PUNCT/6/punct")
    assert not any(a.cue.rule.id == "reporting-verbs.subject-thought-comma" for a in v.attributions)


def test_a_document_the_claim_before_comes_from_is_its_source(pack):
    # "[Die Zahl stieg.] Dies geht aus einer Mitteilung des Konzerns hervor."
    doc = parse("Die/DET/2/det/der/" + DEF + " Zahl/NOUN/3/nsubj stieg/VERB/0/root/steigen/" + FIN + " ./PUNCT/3/punct",
                "Dies/PRON/2/nsubj geht/VERB/0/root/gehen/" + PRES + " aus/ADP/5/case einer/DET/5/det/ein"
                " Mitteilung/NOUN/2/obl des/DET/7/det/der Konzerns/NOUN/5/nmod hervor/ADV/2/compound:prt ./PUNCT/2/punct")
    claim, _ = judge_document(doc, pack)
    assert claim.source == "einer Mitteilung des Konzerns" and claim.form == "indirect"


def test_wie_aus_x_hervorgeht_names_the_document(pack):
    # "Wie aus einer Mitteilung hervorgeht, stieg die Zahl."
    v = verdict(pack, "Wie/CCONJ/5/cc aus/ADP/4/case einer/DET/4/det/ein Mitteilung/NOUN/5/obl"
                " hervorgeht/VERB/7/advcl/hervorgehen/" + PRES + " ,/PUNCT/5/punct stieg/VERB/0/root/steigen/" + FIN +
                " die/DET/9/det/der/" + DEF + " Zahl/NOUN/7/nsubj ./PUNCT/7/punct")
    assert (v.source, v.cue) == ("einer Mitteilung", "Wie … hervorgeht")


def test_an_attitude_shown_with_its_dass_clause_is_reported(pack):
    # "Der Minister zeigte sich besorgt, dass die Preise steigen" — but not "zeigte sich zufrieden."
    v = verdict(pack, "Der/DET/2/det/der/" + DEF + " Minister/NOUN/3/nsubj zeigte/VERB/0/root/zeigen/" + FIN +
                " sich/PRON/3/obj besorgt/ADJ/3/advmod ,/PUNCT/11/punct dass/SCONJ/11/mark die/DET/9/det/der/" + DEF +
                " Preise/NOUN/11/nsubj weiter/ADV/11/advmod steigen/VERB/5/ccomp/steigen/" + PRESN + " ./PUNCT/3/punct")
    assert (v.source, v.cue) == ("Der Minister", "zeigte sich besorgt")
    v = verdict(pack, "Der/DET/2/det/der/" + DEF + " Minister/NOUN/3/nsubj zeigte/VERB/0/root/zeigen/" + FIN +
                " sich/PRON/3/obj zufrieden/ADJ/3/advmod ./PUNCT/3/punct")
    assert v.primary is None


def test_a_judgement_with_halten_es_fuer_reports_its_dass_clause(pack):
    # "Die WHO hält es für unwahrscheinlich, dass man sich ansteckt"
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " WHO/PROPN/3/nsubj hält/VERB/0/root/halten/" + PRES +
                " es/PRON/3/expl für/ADP/6/case unwahrscheinlich/ADJ/3/obl ,/PUNCT/11/punct dass/SCONJ/11/mark"
                " man/PRON/11/nsubj sich/PRON/11/obj ansteckt/VERB/6/ccomp/anstecken/" + PRES + " ./PUNCT/3/punct")
    assert (v.source, v.cue) == ("Die WHO", "hält es für unwahrscheinlich")
    assert v.sentence.span_text(v.primary.message).startswith("dass man")


def test_speech_act_verb_with_its_clause_reports_indirectly(pack):
    # "Er begründet dies damit, dass …": a verb that names the act governs what was said
    v = verdict(pack, "Er/PRON/2/nsubj begründet/VERB/0/root/begründen/" + PRES + " dies/PRON/2/obj"
                " damit/ADV/2/advmod ,/PUNCT/10/punct dass/SCONJ/10/mark die/DET/8/det/der/" + DEF +
                " Transparenz/NOUN/10/nsubj sei/AUX/10/cop/sein/" + SUB + " fragwürdig/ADJ/2/ccomp"
                " ./PUNCT/2/punct")
    assert (v.source, v.cue, v.form) == ("Er", "begründet", "indirect")
    assert [w.text for w in v.primary.message][-3:] == ["Transparenz", "sei", "fragwürdig"]


def test_speech_act_verb_with_a_misattached_clause_after_its_comma(pack):
    # "Sie bemängelte in Rom, es fehlt …", the clause parsed as an adverbial one
    v = verdict(pack, "Sie/PRON/2/nsubj bemängelte/VERB/0/root/bemängeln/" + FIN + " in/ADP/4/case"
                " Rom/PROPN/2/obl ,/PUNCT/7/punct es/PRON/7/expl fehlt/VERB/2/advcl/fehlen/" + PRES +
                " Geld/NOUN/7/nsubj ./PUNCT/2/punct")
    assert (v.source, v.cue, v.form) == ("Sie", "bemängelte", "indirect")
    assert "Rom" not in [w.text for w in v.primary.message]


def test_speech_act_with_a_quoted_noun_phrase_the_parser_made_a_clause(pack):
    # "Er bezeichnete diese als eine „souveräne Entscheidung“" with the phrase as parataxis
    v = verdict(pack, "Er/PRON/2/nsubj bezeichnete/VERB/0/root/bezeichnen/" + FIN + " diese/PRON/2/obj"
                " als/CCONJ/8/cc eine/DET/8/det/ein „/PUNCT/8/punct souveräne/ADJ/8/amod/souverän"
                " Entscheidung/NOUN/2/parataxis “/PUNCT/8/punct ./PUNCT/2/punct")
    assert (v.source, v.cue) == ("Er", "bezeichnete")


def test_an_announcement_without_its_clause_names_the_act(pack):
    # "Thaksin hatte seinen Rücktritt bekannt gegeben": the act is named, no words reported
    v = verdict(pack, "Thaksin/PROPN/5/nsubj hatte/AUX/5/aux/haben/" + FIN + " seinen/DET/4/det:poss/sein"
                " Rücktritt/NOUN/5/obj bekannt/ADJ/6/compound:prt gegeben/VERB/0/root/geben/VerbForm=Part"
                " ./PUNCT/6/punct")
    assert (v.source, v.form) == ("Thaksin", "reported")
    assert v.primary.cue.rule.id.endswith("bekannt-geben-act")


def test_an_announcement_with_its_clause_reports_what_was_announced(pack):
    # "Thaksin hat bekannt gegeben, dass er zurücktrete" with "bekannt" parsed apart from the verb
    v = verdict(pack, "Thaksin/PROPN/4/nsubj hat/AUX/4/aux/haben/" + PRES + " bekannt/ADJ/4/xcomp"
                " gegeben/VERB/0/root/geben/VerbForm=Part ,/PUNCT/8/punct dass/SCONJ/8/mark er/PRON/8/nsubj"
                " zurücktrete/VERB/4/ccomp/zurücktreten/" + SUB + " ./PUNCT/4/punct")
    assert (v.source, v.form, v.cue) == ("Thaksin", "indirect", "bekannt gegeben")
    assert [w.text for w in v.primary.message] == ["dass", "er", "zurücktrete"]


@pytest.mark.parametrize("verb, lemma, particle, cue", [
    ("hob", "hoben", "hervor/ADV/2/compound:prt", "hob hervor"),     # strong past "hob" of "heben"
    ("empfahl", "empfahlen", "", "empfahl"),                           # "empfahl" of "empfehlen"
    ("konstatierte", "konstatieren", "", "konstatierte"),
    ("prangerte", "prangern", "an/ADP/2/compound:prt", "prangerte an"),   # a speech act with its clause
])
def test_less_common_speech_verbs_and_strong_pasts_the_lemmatizer_misses(pack, verb, lemma, particle, cue):
    v = verdict(pack, "Kovacs/PROPN/2/nsubj " + verb + "/VERB/0/root/" + lemma + "/" + FIN +
                " " + (particle or "heute/ADV/2/advmod") + " ,/PUNCT/8/punct der/DET/6/det/der/" + DEF +
                " Schutz/NOUN/8/nsubj dürfe/AUX/8/aux/dürfen/" + SUB + " erfolgen/VERB/2/ccomp ./PUNCT/2/punct")
    assert (v.source, v.cue, v.form) == ("Kovacs", cue, "indirect")


def test_quotation_closed_before_the_comma_of_a_reporting_clause_is_what_was_said(pack):
    # "„In 20 Jahren werden sie in Oslo sein“, sagte er in einem Interview." with the
    # quotation's words hung on the cue as adverbials
    v = verdict(pack, "„+/PUNCT/12/punct In/ADP/4/case 20/NUM/4/nummod Jahren/NOUN/12/obl/Jahr werden/AUX/9/aux/werden/" +
                PRES + " sie/PRON/9/nsubj in/ADP/8/case Oslo/PROPN/12/obl sein/AUX/8/cop “/PUNCT/9/punct"
                " ,/PUNCT/9/punct sagte/VERB/0/root/sagen/" + FIN + " er/PRON/12/nsubj in/ADP/16/case"
                " einem/DET/16/det/ein Interview/NOUN/12/obl ./PUNCT/12/punct")
    assert (v.source, v.cue, v.form) == ("er", "sagte", "direct")
    assert [w.text for w in v.primary.message][1:-1] == ["In", "20", "Jahren", "werden", "sie", "in", "Oslo", "sein"]


def test_a_request_reports_what_was_asked_for_active_and_passive(pack):
    # "Die Polizei bat die Anwohner, Fenster zu schließen." / "Die Anwohner wurden gebeten, …"
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Polizei/NOUN/3/nsubj bat/VERB/0/root/baten/" + FIN +
                " die/DET/5/det/der Anwohner/NOUN/3/obj ,/PUNCT/9/punct Fenster/NOUN/9/obj zu/PART/9/mark"
                " schließen/VERB/3/xcomp ./PUNCT/3/punct")
    assert (v.source, v.cue, v.form) == ("Die Polizei", "bat", "indirect")
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Anwohner/NOUN/4/nsubj:pass wurden/AUX/4/aux:pass/werden/" + FIN +
                " gebeten/VERB/0/root/bitten/VerbForm=Part ,/PUNCT/8/punct Fenster/NOUN/8/obj zu/PART/8/mark"
                " schließen/VERB/4/xcomp ./PUNCT/4/punct")
    assert (v.cue, v.form, v.primary.mention) == ("gebeten", "indirect", None)


def test_a_request_without_what_was_asked_is_no_attribution(pack):
    v = verdict(pack, "Er/PRON/2/nsubj bat/VERB/0/root/bitten/" + FIN + " um/ADP/4/case Ruhe/NOUN/2/obl ./PUNCT/2/punct")
    assert v.form == "none"


def test_a_hope_with_its_clause_reports_it(pack):
    # "Der Senat hatte sich erhofft, dass die Erlöse fließen"
    v = verdict(pack, "Der/DET/2/det/der/" + DEF + " Senat/NOUN/5/nsubj hatte/AUX/5/aux/haben/" + FIN +
                " sich/PRON/5/obj/er/Reflex=Yes erhofft/VERB/0/root/erhoffen/VerbForm=Part ,/PUNCT/10/punct"
                " dass/SCONJ/10/mark die/DET/9/det/der Erlöse/NOUN/10/nsubj fließen/VERB/5/ccomp/fließen/" + PRES +
                " ./PUNCT/5/punct")
    assert (v.source, v.form) == ("Der Senat", "indirect")


def test_a_thought_verb_for_a_physical_act_in_the_passive_reports_nothing(pack):
    # "Michalski wurde gefunden, der Zugriff erfolgte schnell": found, not thought
    v = verdict(pack, "Michalski/PROPN/3/nsubj:pass wurde/AUX/3/aux:pass/werden/" + FIN + " gefunden/VERB/0/root/finden/VerbForm=Part"
                " ,/PUNCT/7/punct der/DET/6/det/der/" + DEF + " Zugriff/NOUN/7/nsubj erfolgte/VERB/3/conj/erfolgen/" + FIN +
                " ./PUNCT/3/punct")
    assert v.form == "none"


def test_a_predicative_with_fuer_is_no_reported_clause(pack):
    # "Grupp hält die Kritik für gerechtfertigt": a judgement on the object, no clause
    v = verdict(pack, "Grupp/PROPN/2/nsubj hält/VERB/0/root/halten/" + PRES + " die/DET/4/det/der Kritik/NOUN/2/obj"
                " für/ADP/6/case gerechtfertigt/ADJ/2/xcomp ./PUNCT/2/punct")
    assert not by_rule(v.attributions, "subject-and-clause")


# "In der „Zeitung am Sonntag“ schreibt Papier, dass …": the parser made the title, a
# prepositional phrase before the cue, the cue's complement
SCHREIBT_IN_TITLE = (
    "In/ADP/3/case der/DET/3/det/der/" + DEF + " Zeitung/NOUN/5/obl am/ADP/5/case Sonntag/PROPN/6/ccomp"
    " schreibt/VERB/0/root/schreiben/" + PRES + " Papier/PROPN/6/nsubj ,/PUNCT/12/punct dass/SCONJ/12/mark"
    " das/DET/11/det/der/" + DEF + " Gericht/NOUN/12/nsubj entschieden/VERB/6/advcl/entscheiden/VerbForm=Part"
    " habe/AUX/12/aux/haben/" + SUB + " ./PUNCT/6/punct")


def test_a_prepositional_phrase_before_the_cue_is_no_reported_clause(pack):
    v = verdict(pack, SCHREIBT_IN_TITLE)
    assert (v.source, v.cue) == ("Papier", "schreibt")
    assert "Sonntag" not in [w.text for w in v.primary.message]
    assert "entschieden" in [w.text for w in v.primary.message]


def test_a_clause_with_a_prepositional_predicate_after_the_cue_is_still_reported(pack):
    # "Sie erklärte, das sei am Platz": the preposition stands after the cue
    v = verdict(pack, "Sie/PRON/2/nsubj erklärte/VERB/0/root/erklären/" + FIN + " ,/PUNCT/8/punct"
                " das/PRON/8/nsubj sei/AUX/8/cop/sein/" + SUB + " am/ADP/8/case fehl/ADV/8/advmod"
                " Platz/NOUN/2/ccomp ./PUNCT/2/punct")
    assert any(a.cue.rule.id == "reporting-verbs.subject-and-verbless-clause" for a in v.attributions)


@pytest.mark.parametrize("clause_word, reported", [("nsubj", True), ("obj", False)])
def test_a_noun_parsed_as_the_clause_needs_a_subject_copula_or_auxiliary(pack, clause_word, reported):
    # "Sie verlangte vom Rat die Annullierung", the object parsed as a clause headed by
    # "Rat": no clause, nothing reported; with a subject of its own the noun heads one
    v = verdict(pack, "Sie/PRON/2/nsubj verlangte/VERB/0/root/verlangen/" + FIN + " vom/ADP/4/case/von"
                " Rat/NOUN/2/ccomp die/DET/6/det/der/" + DEF + " Annullierung/NOUN/4/" + clause_word +
                " ./PUNCT/2/punct")
    assert any(a.cue.rule.id.startswith("reporting-verbs.subject-and") for a in v.attributions) == reported


@pytest.mark.parametrize("spec, reported", [
    # "Damit bestätigte sich die Befürchtung, dass …": the fear came true, nobody confirmed it
    ("Damit/ADV/2/advmod bestätigte/VERB/0/root/bestätigen/" + FIN + " sich/PRON/2/obj die/DET/5/det/der/" + DEF +
     " Befürchtung/NOUN/2/nsubj ,/PUNCT/10/punct dass/SCONJ/10/mark das/DET/9/det/der/" + DEF +
     " Virus/NOUN/10/nsubj wandert/VERB/5/acl/wandern/" + PRES + " ./PUNCT/2/punct", False),
    # "Der Verdächtige behauptet von sich, weitere Menschen getötet zu haben": "sich" in a phrase
    ("Der/DET/2/det/der/" + DEF + " Verdächtige/NOUN/3/nsubj behauptet/VERB/0/root/behaupten/" + PRES +
     " von/ADP/5/case sich/PRON/3/obl ,/PUNCT/10/punct weitere/ADJ/8/amod Menschen/NOUN/9/obj"
     " getötet/VERB/11/xcomp/töten/VerbForm=Part zu/PART/11/mark haben/AUX/3/xcomp/haben/VerbForm=Inf"
     " ./PUNCT/3/punct", True),
])
def test_a_verb_with_another_sense_when_reflexive_reports_nothing(pack, spec, reported):
    v = verdict(pack, spec)
    assert (v.form != "none") == reported


def test_a_request_with_its_clause_misattached_after_the_comma(pack):
    # "Die Polizei bat am Abend, dass die Anwohner zu Hause bleiben" with the clause as an adverbial
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Polizei/NOUN/3/nsubj bat/VERB/0/root/bitten/" + FIN +
                " am/ADP/5/case Abend/NOUN/3/obl ,/PUNCT/12/punct dass/SCONJ/12/mark die/DET/9/det/der"
                " Anwohner/NOUN/12/nsubj zu/ADP/11/case Hause/NOUN/12/obl bleiben/VERB/3/advcl/bleiben/" + PRESN +
                " ./PUNCT/3/punct")
    assert (v.source, v.cue, v.form) == ("Die Polizei", "bat", "indirect")
    assert "Abend" not in [w.text for w in v.primary.message]


@pytest.mark.parametrize("spec, reported", [
    # "Er kündigte an, den Vertrag kündigen zu wollen": the infinitive parsed as an adverbial
    ("Er/PRON/2/nsubj kündigte/VERB/0/root/ankündigen/" + FIN + " an/ADP/2/compound:prt ,/PUNCT/9/punct"
     " den/DET/6/det/der Vertrag/NOUN/7/obj kündigen/VERB/9/xcomp/kündigen/VerbForm=Inf zu/PART/9/mark"
     " wollen/AUX/2/advcl/wollen/VerbForm=Inf ./PUNCT/2/punct", True),
    # "Er kritisierte den Plan, um Druck zu machen": a purpose, nothing said
    ("Er/PRON/2/nsubj kritisierte/VERB/0/root/kritisieren/" + FIN + " den/DET/4/det/der Plan/NOUN/2/obj"
     " ,/PUNCT/9/punct um/ADP/9/mark Druck/NOUN/9/obj zu/PART/9/mark machen/VERB/2/advcl/machen/VerbForm=Inf"
     " ./PUNCT/2/punct", False),
])
def test_an_infinitive_misattached_after_the_comma_is_what_was_said(pack, spec, reported):
    v = verdict(pack, spec)
    found = [a for a in v.attributions if a.cue.rule.id == "reporting-verbs.clause-misattached"]
    assert bool(found) == reported
    if reported:
        assert [w.text for w in found[0].message][-2:] == ["zu", "wollen"]


@pytest.mark.parametrize("after_comma, reported", [
    # "Die Behörden gehen von einem Anschlag aus, ein Verfahren wurde eingeleitet": a second
    # main clause, not what was thought
    ("ein/DET/10/det/ein Verfahren/NOUN/12/nsubj:pass wurde/AUX/12/aux:pass/werden/" + FIN +
     " eingeleitet/VERB/3/conj/einleiten/VerbForm=Part", False),
    # "…, dass ein Verfahren eingeleitet wird": the subordinator shows what was thought
    ("dass/SCONJ/12/mark ein/DET/11/det/ein Verfahren/NOUN/12/nsubj:pass"
     " eingeleitet/VERB/3/advcl/einleiten/VerbForm=Part", True),
])
def test_a_thought_verb_takes_a_misattached_clause_only_with_a_subordinator(pack, after_comma, reported):
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Behörden/NOUN/3/nsubj gehen/VERB/0/root/ausgehen/" + PRESN +
                " von/ADP/6/case einem/DET/6/det/ein Anschlag/NOUN/3/obl aus/ADP/3/compound:prt"
                " ,/PUNCT/12/punct " + after_comma + " ./PUNCT/3/punct")
    assert (v.form == "indirect") == reported
    if reported:
        assert v.cue == "gehen … aus" and v.primary.message[0].text == "dass"


def test_a_verb_after_an_opening_quotation_mark_is_no_parenthetical_cue(pack):
    v = verdict(pack, ENTGEGNETE_QUOTED_VERB)
    assert [a.cue.text for a in v.attributions] == ["entgegnete"]


@pytest.mark.parametrize("spec, clause", [
    # "Die NATO sieht ihre Ziele erfüllt": a predicative participle, nothing reported
    ("Die/DET/2/det/der/" + DEF + " NATO/PROPN/3/nsubj sieht/VERB/0/root/sehen/" + PRES +
     " ihre/DET/5/det:poss/ihr Ziele/NOUN/3/obj erfüllt/VERB/3/xcomp/erfüllen/VerbForm=Part ./PUNCT/3/punct", False),
    # "Der Minister versprach, zu helfen": an infinitive is what was said
    ("Der/DET/2/det/der/" + DEF + " Minister/NOUN/3/nsubj versprach/VERB/0/root/versprechen/" + FIN +
     " ,/PUNCT/6/punct zu/PART/6/mark helfen/VERB/3/xcomp/helfen/VerbForm=Inf ./PUNCT/3/punct", True),
])
def test_an_xcomp_that_is_no_infinitive_is_no_reported_clause(pack, spec, clause):
    v = verdict(pack, spec)
    assert any(a.cue.rule.id == "reporting-verbs.subject-and-clause" for a in v.attributions) == clause


@pytest.mark.parametrize("spec, form", [
    # "Am Dienstag erklärte die Staatsanwaltschaft die Hintergründe": the subject unattached,
    # no clause: the act is named
    ("Am/ADP/2/case Dienstag/NOUN/3/obl erklärte/VERB/0/root/erklären/" + FIN + " die/DET/5/det/der/" + DEF +
     " Staatsanwaltschaft/NOUN/3/obj die/DET/7/det/der Hintergründe/NOUN/3/obj ./PUNCT/3/punct", "reported"),
    # "Am Freitag teilte ein Sprecher mit, dass er gehe": what was said follows the comma
    ("Am/ADP/2/case Freitag/NOUN/3/obl teilte/VERB/0/root/teilen/" + FIN + " ein/DET/5/det/ein"
     " Sprecher/NOUN/3/obj mit/ADP/3/compound:prt ,/PUNCT/10/punct dass/SCONJ/10/mark er/PRON/10/nsubj"
     " gehe/VERB/3/ccomp/gehen/" + SUB + " ./PUNCT/3/punct", "indirect"),
])
def test_a_subject_left_after_the_cue_reports_a_clause_only_after_a_comma(pack, spec, form):
    v = verdict(pack, spec)
    [said] = [a for a in v.attributions if a.cue.rule.id.startswith("reporting-verbs.subject-after")]
    assert said.form == form and said.mention is not None


@pytest.mark.parametrize("spec, source, cue, said", [
    # "Die Beobachter monieren Fehler, sprechen aber davon, dass die Wahl frei war.":
    # joined by a comma, "aber" an adverb, the clause after "davon"
    ("Die/DET/2/det/der/" + DEF + " Beobachter/NOUN/3/nsubj monieren/VERB/0/root/monieren/" + PRESN +
     " Fehler/NOUN/3/obj ,/PUNCT/6/punct sprechen/VERB/3/conj/sprechen/" + PRESN + " aber/ADV/6/advmod"
     " davon/ADV/6/advmod ,/PUNCT/13/punct dass/SCONJ/13/mark die/DET/12/det/der/" + DEF +
     " Wahl/NOUN/13/nsubj frei/ADJ/6/ccomp war/AUX/13/cop/sein/" + FIN + " ./PUNCT/3/punct",
     "Die Beobachter", "sprechen", "frei"),
    # "Er besuchte die Truppe und rief die Armee auf, das Volk zu schützen.": the object
    # between the verb and its clause, the zu-infinitive parsed as an adverbial clause
    ("Er/PRON/2/nsubj besuchte/VERB/0/root/besuchen/" + FIN + " die/DET/4/det/der Truppe/NOUN/2/obj"
     " und/CCONJ/6/cc rief/VERB/2/conj/rufen/" + FIN + " die/DET/8/det/der Armee/NOUN/6/obj"
     " auf/ADP/6/compound:prt ,/PUNCT/14/punct das/DET/12/det/der Volk/NOUN/14/obj zu/PART/14/mark"
     " schützen/VERB/6/advcl/schützen/VerbForm=Inf ./PUNCT/2/punct",
     "Er", "rief", "schützen"),
])
def test_coordinated_cue_with_its_own_clause_shares_the_subject(pack, spec, source, cue, said):
    v = verdict(pack, spec)
    assert v.primary.cue.rule.id.endswith("conjunct-clause")
    assert (v.source, v.form) == (source, "indirect")
    assert v.cue.startswith(cue) and said in [w.text for w in v.primary.message]


@pytest.mark.parametrize("spec, reported", [
    # "Der Sender will wissen, dass die Lage ernst ist." claims what it says it knows
    ("Der/DET/2/det/der/Case=Nom|" + DEF + " Sender/NOUN/4/nsubj will/AUX/4/aux/wollen/" + PRES +
     " wissen/VERB/0/root/wissen/VerbForm=Inf ,/PUNCT/9/punct dass/SCONJ/9/mark die/DET/8/det/der/" + DEF +
     " Lage/NOUN/9/nsubj ernst/ADJ/4/ccomp ist/AUX/9/cop/sein/" + PRES + " ./PUNCT/4/punct", True),
    # "Der Sender weiß, dass die Lage ernst ist." states knowledge
    ("Der/DET/2/det/der/Case=Nom|" + DEF + " Sender/NOUN/3/nsubj weiß/VERB/0/root/wissen/" + PRES +
     " ,/PUNCT/8/punct dass/SCONJ/8/mark die/DET/7/det/der/" + DEF +
     " Lage/NOUN/8/nsubj ernst/ADJ/3/ccomp ist/AUX/8/cop/sein/" + PRES + " ./PUNCT/3/punct", False),
])
def test_wissen_reports_only_under_wollen(pack, spec, reported):
    v = verdict(pack, spec)
    assert bool(by_rule(v.attributions, "subject-and-clause")) is reported
    assert (v.source == "Der Sender") is reported


def test_a_view_in_the_passive_reports_nothing(pack):
    # "Die Reform wird von den Experten positiv gesehen, die Kosten steigen.": how a thing is
    # seen, not what anyone said
    v = verdict(pack, "Die/DET/2/det/der/" + DEF + " Reform/NOUN/8/nsubj:pass wird/AUX/8/aux:pass/werden/" + PRES +
                " von/ADP/6/case den/DET/6/det/der Experten/NOUN/8/obl:agent positiv/ADJ/8/advmod"
                " gesehen/VERB/0/root/sehen/VerbForm=Part ,/PUNCT/12/punct die/DET/11/det/der/" + DEF +
                " Kosten/NOUN/12/nsubj steigen/VERB/8/conj/steigen/" + PRESN + " ./PUNCT/8/punct")
    assert not v.attributions and v.source is None


def test_a_rating_in_quotation_marks_names_a_class_not_words(pack):
    # "Das Land wurde mit „Ba1“ eingestuft.": the quotation is a class, no quoted speech (the
    # small lemmatizer's "eintestufen" is "einstufen" too)
    v = verdict(pack, "Das/DET/2/det/der/" + DEF + " Land/NOUN/8/nsubj:pass wurde/AUX/8/aux:pass/werden/" + FIN +
                " mit/ADP/6/case „+/PUNCT/6/punct Ba1+/PROPN/8/obl “/PUNCT/6/punct"
                " eingestuft/VERB/0/root/eintestufen/VerbForm=Part ./PUNCT/8/punct")
    assert not by_rule(v.attributions, "quoted-act")
    assert v.form != "direct"


def test_getting_informed_is_no_cue(pack):
    # "Der Minister hat sich vor Ort informiert und sprach von einer „Katastrophe“.": he got
    # informed; "informieren" names no content even where someone informs (1 of 17 in SpkAtt
    # train 0–700 is a gold cue)
    v = verdict(pack, "Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/7/nsubj hat/AUX/7/aux/haben/" + PRES +
                " sich/PRON/7/obj vor/ADP/6/case Ort/NOUN/7/obl informiert/VERB/0/root/informieren/VerbForm=Part"
                " und/CCONJ/9/cc sprach/VERB/7/conj/sprechen/" + FIN + " von/ADP/13/case einer/DET/13/det/ein"
                " „+/PUNCT/13/punct Katastrophe+/NOUN/9/obl “/PUNCT/13/punct ./PUNCT/7/punct")
    assert [w.text for a in v.attributions for w in a.cue.words if w.text == "informiert"] == []


@pytest.mark.parametrize("spec, quoted_act", [
    # "Das Profil, auch „Bonus View“ genannt, bietet mehr Speicher.": a bare participle names it
    ("Das/DET/2/det/der/" + DEF + " Profil/NOUN/11/nsubj ,/PUNCT/9/punct auch/ADV/9/advmod „+/PUNCT/6/punct"
     " Bonus/PROPN/9/nsubj:pass View+/PROPN/6/flat “/PUNCT/6/punct genannt/VERB/2/acl/nennen/VerbForm=Part"
     " ,/PUNCT/9/punct bietet/VERB/0/root/bieten/" + PRES + " mehr/DET/13/det Speicher/NOUN/11/obj ./PUNCT/11/punct",
     False),
    # "Die Schwaden, die als „nebelartig“ beschrieben wurden, rochen stark.": with its auxiliary
    # the participle reports the words of whoever described them
    ("Die/DET/2/det/der/" + DEF + " Schwaden/NOUN/12/nsubj ,/PUNCT/9/punct die/PRON/9/nsubj:pass/der/PronType=Rel"
     " als/ADP/7/case „+/PUNCT/7/punct nebelartig+/ADJ/9/obl “/PUNCT/7/punct"
     " beschrieben/VERB/2/acl:relcl/beschreiben/VerbForm=Part wurden/AUX/9/aux:pass/werden/" + FIN +
     " ,/PUNCT/9/punct rochen/VERB/0/root/riechen/" + FIN + " stark/ADV/12/advmod ./PUNCT/12/punct", True),
])
def test_a_quoted_act_in_a_participle_needs_its_auxiliary(pack, spec, quoted_act):
    v = verdict(pack, spec)
    assert any(a.cue.rule.id.split(".")[1].startswith("quoted-act") for a in v.attributions) is quoted_act


def test_holding_a_record_is_no_thought(pack):
    # "Shelby hält den Rekord, die Konkurrenz holt auf.": "halten" reports a judgement only as
    # "hält es für möglich, dass …"
    v = verdict(pack, "Shelby/PROPN/2/nsubj hält/VERB/0/root/halten/" + PRES + " den/DET/4/det/der Rekord/NOUN/2/obj"
                " ,/PUNCT/8/punct die/DET/7/det/der/" + DEF + " Konkurrenz/NOUN/8/nsubj holt/VERB/2/parataxis/holen/" +
                PRES + " auf/ADP/8/compound:prt ./PUNCT/2/punct")
    assert not v.attributions and v.source is None


def test_a_judgement_on_a_zu_infinitive_in_a_verb_final_clause(pack):
    # "Da die Helfer es für sinnvoll hielten, die Leute zu evakuieren, riefen sie Busse."
    v = verdict(pack, "Da/SCONJ/7/mark die/DET/3/det/der/" + DEF + " Helfer/NOUN/7/nsubj es/PRON/7/obj"
                " für/ADP/6/case sinnvoll/ADV/7/advmod hielten/VERB/14/advcl/halten/" + FIN + " ,/PUNCT/12/punct"
                " die/DET/10/det/der Leute/NOUN/12/obj zu/PART/12/mark evakuieren/VERB/7/xcomp/evakuieren/VerbForm=Inf"
                " ,/PUNCT/7/punct riefen/VERB/0/root/rufen/" + FIN + " sie/PRON/14/nsubj Busse/NOUN/14/obj ./PUNCT/14/punct")
    judgement = by_rule(v.attributions, "judgement-halten-zu")
    assert len(judgement) == 1
    assert [w.text for w in judgement[0].cue.words] == ["es", "für", "sinnvoll", "hielten"]
    assert "evakuieren" in [w.text for w in judgement[0].message]


def test_sich_finden_is_being_found_not_finding(pack):
    # "Da sich kein Investor fand, der investieren wollte, scheiterte der Verkauf.": "sich finden"
    # says there was one, the clause after it is a relative clause, not an opinion
    v = verdict(pack, "Da/SCONJ/5/mark sich/PRON/5/obj kein/DET/4/det Investor/NOUN/5/nsubj"
                " fand/VERB/11/advcl/finden/" + FIN + " ,/PUNCT/8/punct der/PRON/8/nsubj/der/PronType=Rel"
                " investieren/VERB/5/ccomp/investieren/VerbForm=Inf wollte/AUX/8/aux/wollen/" + FIN +
                " ,/PUNCT/5/punct scheiterte/VERB/0/root/scheitern/" + FIN + " der/DET/13/det/der/" + DEF +
                " Verkauf/NOUN/11/nsubj ./PUNCT/11/punct")
    assert not v.attributions and v.source is None


def test_a_judgement_with_ansehen_es_als_reports_its_dass_clause(pack):
    # "Das Gericht sah es als erwiesen an, dass die Täter logen."
    v = verdict(pack, "Das/DET/2/det/der/" + DEF + " Gericht/NOUN/3/nsubj sah/VERB/0/root/sehen/" + FIN +
                " es/PRON/3/obj als/CCONJ/3/cc erwiesen/ADV/3/advmod an/ADP/3/compound:prt ,/PUNCT/12/punct"
                " dass/SCONJ/12/mark die/DET/11/det/der/" + DEF + " Täter/NOUN/12/nsubj"
                " logen/VERB/3/ccomp/lügen/" + FIN + " ./PUNCT/3/punct")
    judgement = by_rule(v.attributions, "judgement-ansehen")
    assert len(judgement) == 1
    assert [w.text for w in judgement[0].cue.words] == ["sah", "es", "als", "an"]
    assert judgement[0].mention.text == "Das Gericht"
    assert "logen" in [w.text for w in judgement[0].message]


def test_a_judgement_with_ansehen_on_an_infinitive_takes_the_object_as_judge(pack):
    # "Als Aufgabe sah es Müller an, die Reform voranzutreiben.": the parser takes the judge
    # for the object, and "voranzutreiben" holds its own "zu"
    v = verdict(pack, "Als/CCONJ/2/cc Aufgabe/NOUN/3/obl sah/VERB/0/root/sehen/" + FIN +
                " es/PRON/3/expl Müller/PROPN/3/obj an/ADP/3/compound:prt ,/PUNCT/10/punct"
                " die/DET/9/det/der/" + DEF + " Reform/NOUN/10/obj"
                " voranzutreiben/VERB/3/xcomp/voranzutreiben/VerbForm=Inf ./PUNCT/3/punct")
    judgement = [a for a in v.attributions if a.cue.rule.id.split(".")[1].startswith("judgement-ansehen")]
    assert len(judgement) == 1
    assert judgement[0].mention.text == "Müller"
    assert "voranzutreiben" in [w.text for w in judgement[0].message]


def test_looking_at_something_is_no_judgement(pack):
    # "Eine Million Nutzer hatten das Angebot angesehen, um es zu testen.": "ansehen" judges
    # only with "es … als"
    v = verdict(pack, "Eine/DET/3/det/ein Million/NUM/3/nummod Nutzer/NOUN/7/nsubj hatten/AUX/7/aux/haben/" + FIN +
                " das/DET/6/det/der/" + DEF + " Angebot/NOUN/7/obj angesehen/VERB/0/root/ansehen/VerbForm=Part"
                " ,/PUNCT/12/punct um/SCONJ/12/mark es/PRON/12/obj zu/PART/12/mark"
                " testen/VERB/7/advcl/testen/VerbForm=Inf ./PUNCT/7/punct")
    assert not [a for a in v.attributions if "judgement" in a.cue.rule.id]


def test_an_impersonal_verb_before_a_quotation_is_no_quoted_act(pack):
    # "Es drohe „eine dramatische Erwärmung“.": with an expletive "es" the verb names something
    # coming; its subject is the quoted thing, not a speaker
    v = verdict(pack, "Es/PRON/2/expl drohe/VERB/0/root/drohen/" + PRES + " „/PUNCT/6/punct eine/DET/6/det/ein"
                " dramatische/ADJ/6/amod Erwärmung/NOUN/2/nsubj “/PUNCT/6/punct ./PUNCT/2/punct")
    assert not [a for a in v.attributions if a.cue.rule.id.split(".")[1].startswith("quoted-act")]


def test_a_speaker_naming_a_quotation_is_still_a_quoted_act(pack):
    # "Schüssel würdigte Ligeti als „großen Österreicher“.": the guard above leaves a speaker
    # subject alone
    v = verdict(pack, "Schüssel/PROPN/2/nsubj würdigte/VERB/0/root/würdigen/" + FIN + " Ligeti/PROPN/2/obj"
                " als/CCONJ/7/case „/PUNCT/7/punct großen/ADJ/7/amod Österreicher/NOUN/2/obl “/PUNCT/7/punct"
                " ./PUNCT/2/punct")
    assert [a for a in v.attributions if a.cue.rule.id.split(".")[1].startswith("quoted-act")]


def test_demonstrative_subject_of_a_passive_makes_the_sentence_before_the_message(pack):
    # "[Claim.] Das wurde vom Presseamt bekannt gegeben."
    claim, cue = judge_document(parse(CLAIM, "Das/PRON/5/nsubj:pass/der/PronType=Dem wurde/AUX/5/aux:pass/werden/" + FIN +
                                      " vom/ADP/4/case Presseamt/NOUN/5/obl bekannt/ADJ/5/compound:prt"
                                      " gegeben/VERB/0/root/geben/VerbForm=Part ./PUNCT/5/punct"), pack)
    passive = by_rule(cue.attributions, "demonstrative-passive")
    assert len(passive) == 1
    assert [w.text for w in passive[0].cue.words] == ["wurde", "bekannt", "gegeben"]
    assert (claim.source, claim.carried_from) == ("Presseamt", 2)


@pytest.mark.parametrize("spec", [
    # "Das Land, das vom Rat kritisiert wird, schweigt.": a relative pronoun stands for a noun
    "Das/DET/2/det/der/" + DEF + " Land/NOUN/10/nsubj ,/PUNCT/8/punct das/PRON/8/nsubj:pass/der/PronType=Rel"
    " vom/ADP/6/case Rat/NOUN/8/obl wird/AUX/8/aux:pass/werden/" + PRES +
    " kritisiert/VERB/2/acl:relcl/kritisieren/VerbForm=Part ,/PUNCT/8/punct schweigt/VERB/0/root/schweigen/" + PRES +
    " ./PUNCT/10/punct",
    # "Von den Gewerkschaften wird das kritisiert, weil Löhne sinken.": the reason given is what was said
    "Von/ADP/3/case den/DET/3/det/der Gewerkschaften/NOUN/6/obl wird/AUX/6/aux:pass/werden/" + PRES +
    " das/PRON/6/nsubj:pass/der/PronType=Dem kritisiert/VERB/0/root/kritisieren/VerbForm=Part ,/PUNCT/10/punct"
    " weil/SCONJ/10/mark Löhne/NOUN/10/nsubj sinken/VERB/6/advcl/sinken/" + PRES + " ./PUNCT/6/punct",
])
def test_a_passive_with_no_demonstrative_for_the_sentence_before_claims_nothing_before(pack, spec):
    claim, cue = judge_document(parse(CLAIM, spec), pack)
    assert not by_rule(cue.attributions, "demonstrative-passive")
    assert claim.carried_from is None


def test_an_attitude_shown_in_quoted_words_is_a_quoted_act(pack):
    # "„Wir sind weiter“, zeigte sich der Trainer zufrieden."
    v = verdict(pack, "„/PUNCT/4/punct Wir/PRON/4/nsubj sind/AUX/4/cop/sein/" + PRES.replace("Person=3", "Person=1") +
                " weiter/ADV/7/ccomp “/PUNCT/4/punct ,/PUNCT/7/punct zeigte/VERB/0/root/zeigen/" + FIN +
                " sich/PRON/7/obj/er/PronType=Prs|Reflex=Yes der/DET/10/det/der/" + DEF + " Trainer/NOUN/7/nsubj"
                " zufrieden/ADJ/7/xcomp ./PUNCT/7/punct")
    shown = by_rule(v.attributions, "attitude-quoted")
    assert len(shown) == 1
    assert shown[0].mention.text == "der Trainer"
    assert [w.text for w in shown[0].cue.words] == ["zeigte", "sich"]


TRAINER_ZUFRIEDEN = ("Der/DET/2/det/der/" + DEF + " Trainer/NOUN/3/nsubj zeigte/VERB/0/root/zeigen/" + FIN +
                     " sich/PRON/3/obj/er/PronType=Prs|Reflex=Yes zufrieden/ADJ/3/xcomp")


@pytest.mark.parametrize("rest", [
    # "Der Trainer zeigte sich zufrieden.": no words of his
    " ./PUNCT/3/punct",
    # "… zeigte sich zufrieden und lobte das Team als „Einheit“.": the quotation is the other verb's
    " und/CCONJ/7/cc lobte/VERB/3/conj/loben/" + FIN + " das/DET/9/det/der/" + DEF + " Team/NOUN/7/obj"
    " als/CCONJ/12/case „/PUNCT/12/punct Einheit/NOUN/7/obl “/PUNCT/12/punct ./PUNCT/3/punct",
])
def test_an_attitude_without_its_own_quoted_words_is_no_quoted_act(pack, rest):
    v = verdict(pack, TRAINER_ZUFRIEDEN + rest)
    assert not by_rule(v.attributions, "attitude-quoted")


def message_of(pack, sentence: str, cue: str) -> list[str]:
    [said] = [a for a in verdict(pack, sentence).attributions if a.cue.text == cue]
    return [w.text for w in said.message]


def test_words_after_a_reported_clause_hung_on_the_cue_are_the_clauses(pack):
    # "Der Minister sagte, die Lage sei ernst für die Mehrheit der Bürger.": the parser hung
    # "für die Mehrheit …" on "sagte", but after the clause it can only be the clause's
    said = message_of(pack, SAGTE_CLAUSE.replace(" ./PUNCT/3/punct", "") +
                      " für/ADP/11/case die/DET/11/det/der/" + DEF + " Mehrheit/NOUN/3/obl der/DET/13/det/der/" + DEF +
                      " Bürger/NOUN/11/nmod ./PUNCT/3/punct", "sagte")
    assert said == ["die", "Lage", "sei", "ernst", "für", "die", "Mehrheit", "der", "Bürger"]


# "Die Ministerin sagte, der Plan sei „ein Anfang, und der reicht nicht“.": the parser hung
# the quotation's second half on the cue as a clause of its own
PLAN_SEI_ANFANG = ("Die/DET/2/det/der/" + DEF + " Ministerin/NOUN/3/nsubj sagte/VERB/0/root/sagen/" + FIN +
                   " ,/PUNCT/10/punct der/DET/6/det/der/" + DEF + " Plan/NOUN/10/nsubj sei/AUX/10/cop/sein/" + SUB +
                   " „/PUNCT/10/punct ein/DET/10/det/ein Anfang/NOUN/3/ccomp ,/PUNCT/14/punct und/CCONJ/14/cc"
                   " der/PRON/14/nsubj reicht/VERB/3/conj/reichen/" + PRES + " nicht/PART/14/advmod"
                   " “/PUNCT/14/punct ./PUNCT/3/punct")


def test_a_message_that_stops_inside_a_quotation_goes_on_to_its_end(pack):
    said = message_of(pack, PLAN_SEI_ANFANG, "sagte")
    assert said == ["der", "Plan", "sei", "„", "ein", "Anfang", ",", "und", "der", "reicht", "nicht", "“"]


def test_a_quotation_left_open_does_not_carry_the_message_to_the_end(pack):
    # the same without the closing mark: an unclosed quotation runs to the end of the text
    said = message_of(pack, PLAN_SEI_ANFANG.replace(" “/PUNCT/14/punct", ""), "sagte")
    assert said == ["der", "Plan", "sei", "„", "ein", "Anfang"]


def test_a_main_clause_after_a_reported_clause_stays_the_reporters(pack):
    # "Der Minister sagte, die Lage sei ernst, das zeigt die Statistik."
    said = message_of(pack, SAGTE_CLAUSE.replace(" ./PUNCT/3/punct", "") +
                      " ,/PUNCT/11/punct das/PRON/11/obj zeigt/VERB/3/ccomp/zeigen/" + PRES +
                      " die/DET/13/det/der/" + DEF + " Statistik/NOUN/11/nsubj ./PUNCT/3/punct", "sagte")
    assert said == ["die", "Lage", "sei", "ernst"]


# "Das Werk schließt im Mai, teilte die Firmenleitung mit.": the cue hung on the message as a
# conjunct, its subject parsed as an object
WERK_TEILTE_MIT = ("Das/DET/2/det/der/" + DEF + " Werk/NOUN/3/nsubj schließt/VERB/0/root/schließen/" + PRES +
                   " im/ADP/5/case Mai/NOUN/3/obl ,/PUNCT/7/punct teilte/VERB/3/conj/teilen/" + FIN +
                   " die/DET/9/det/der/" + DEF + " Firmenleitung/NOUN/7/obj mit/ADP/7/compound:prt ./PUNCT/3/punct")
# "Die Bauern begrüßten den Plan, fordern aber Geld.": a second verb of the same subject
BAUERN_FORDERN_ABER = ("Die/DET/2/det/der/" + DEF + " Bauern/NOUN/3/nsubj begrüßten/VERB/0/root/begrüßen/" + FIN +
                       " den/DET/5/det/der/" + DEF + " Plan/NOUN/3/obj ,/PUNCT/7/punct fordern/VERB/3/conj/fordern/" + PRES +
                       " aber/CCONJ/7/cc Geld/NOUN/7/obj ./PUNCT/3/punct")


def test_a_parenthetical_cue_whose_speaker_was_parsed_as_its_object(pack):
    v = verdict(pack, WERK_TEILTE_MIT)
    [a] = [a for a in v.attributions if a.cue.rule.id == "reporting-verbs.parenthetical-speaker-as-object"]
    assert a.mention.text == "die Firmenleitung"
    assert [w.text for w in a.message] == ["Das", "Werk", "schließt", "im", "Mai"]


def test_a_coordinated_verb_with_its_object_is_no_parenthetical(pack):
    v = verdict(pack, BAUERN_FORDERN_ABER)
    assert not any(a.cue.rule.id == "reporting-verbs.parenthetical-speaker-as-object" for a in v.attributions)
