import pytest

from trees import DEF, FIN, PRES, SUB, parse

from attribution.verdicts import judge_document


def verdicts(pack, *sentences):
    return judge_document(parse(*sentences), pack)


def test_laut(pack):
    [v] = verdicts(pack, "Laut/ADP/2/case/laut Polizei/NOUN/6/obl wurden/AUX/6/aux:pass/werden/" + FIN +
                   " drei/NUM/5/nummod Menschen/NOUN/6/nsubj:pass verletzt/VERB/0/root/verletzen ./PUNCT/6/punct")
    assert (v.source, v.source_type, v.cue, v.form, v.certainty) == \
        ("Polizei", "police_justice", "Laut", "reported", "reported")


def test_laut_with_a_quoted_name_the_tagger_took_for_a_verb(pack):
    # "Laut „tagesschau.de“ gehören auch Wahlen zu den Forderungen"
    [v] = verdicts(pack, "Laut/ADP/3/case/laut „/PUNCT/3/punct tagesschau.de/VERB/5/ccomp “/PUNCT/3/punct"
                   " gehören/VERB/0/root/gehören/" + PRES + " auch/ADV/5/advmod Wahlen/NOUN/5/nsubj"
                   " zu/ADP/10/case den/DET/10/det/der Forderungen/NOUN/5/obl ./PUNCT/5/punct")
    assert (v.source, v.cue, v.form) == ("tagesschau.de", "Laut", "reported")


def test_nach_angaben_with_genitive(pack):
    [v] = verdicts(pack, "Nach/ADP/2/case/nach Angaben/NOUN/6/obl/Angabe des/DET/4/det/der/Case=Gen|" + DEF +
                   " NIS/PROPN/2/nmod wurden/AUX/6/aux:pass/werden/" + FIN + " Soldaten/NOUN/6/nsubj:pass"
                   " zurückgebracht/VERB/0/root ./PUNCT/6/punct")
    assert (v.source, v.source_type, v.cue, v.form) == ("NIS", "intelligence", "Nach Angaben", "reported")


def test_zufolge(pack):
    [v] = verdicts(pack, "Dem/DET/2/det/der/Case=Dat|" + DEF + " Bericht/NOUN/4/obl zufolge/ADP/2/case"
                   " fehlen/VERB/0/root/fehlen/" + PRES + " Lehrer/NOUN/4/nsubj ./PUNCT/4/punct")
    assert (v.source, v.source_type, v.cue) == ("Bericht", "document", "zufolge")


def test_zufolge_where_the_word_before_is_no_noun(pack):
    # "Dem Sender al-Dschasira zufolge wird das Schiff umgeleitet": the name tagged an adverb
    [v] = verdicts(pack, "Dem/DET/2/det/der/Case=Dat|" + DEF + " Sender/NOUN/7/obl al-Dschasira/ADV/7/advmod"
                   " zufolge/ADP/2/case wird/AUX/7/aux:pass/werden/" + PRES + " das/DET/6/det/der Schiff/NOUN/7/nsubj:pass"
                   " umgeleitet/VERB/0/root ./PUNCT/7/punct")
    assert (v.cue, v.form, v.source) == ("zufolge", "reported", "Sender")
    # "dem „Figaro“ zufolge": the parser hangs "zufolge" on a noun after it
    [v] = verdicts(pack, "Dem/DET/3/det/der/Case=Dat|" + DEF + " „/PUNCT/3/punct Figaro/PROPN/8/obl “/PUNCT/3/punct"
                   " zufolge/ADP/7/case hob/VERB/8/aux/heben/" + FIN + " Interview/NOUN/8/obl"
                   " Sarkozy/PROPN/0/root ./PUNCT/8/punct")
    assert (v.cue, v.source) == ("zufolge", "Figaro")


def test_postposed_so_with_konjunktiv(pack):
    [v] = verdicts(pack, "Es/PRON/2/expl gebe/VERB/0/root/geben/" + SUB + " etwa/ADV/4/advmod 4.700/NUM/5/nummod"
                   " Opfer/NOUN/2/obj ,/PUNCT/7/punct so/ADV/2/advmod der/DET/10/det/der/Case=Nom|" + DEF +
                   " südkoreanische/ADJ/10/amod Geheimdienst/NOUN/7/dep ./PUNCT/2/punct")
    assert (v.source, v.source_type, v.cue, v.certainty) == \
        ("der südkoreanische Geheimdienst", "intelligence", "so", "reported")
    assert ("gebe", "konjunktiv") in [(m.text, m.kind) for m in v.markers]


def test_so_as_degree_adverb_is_no_cue(pack):
    [v] = verdicts(pack, "Er/PRON/2/nsubj kam/VERB/0/root/kommen/" + FIN + " so/ADV/4/advmod schnell/ADV/2/advmod"
                   " wie/ADP/6/case möglich/ADJ/4/obl ./PUNCT/2/punct")
    assert (v.source, v.certainty) == (None, "asserted")


def test_hiess_es_has_anonymous_source(pack):
    [v] = verdicts(pack, "Die/DET/2/det/der/" + DEF + " Lage/NOUN/4/nsubj sei/AUX/4/cop/sein/" + SUB +
                   " ruhig/ADJ/0/root ,/PUNCT/6/punct hieß/VERB/4/parataxis/heißen/" + FIN +
                   " es/PRON/6/expl ./PUNCT/4/punct")
    assert (v.source_type, v.cue, v.certainty) == ("anonymous", "hieß es", "reported")



def test_hiess_es_weiter_names_the_document(pack):
    # "In der Mitteilung des WWF heißt es weiter, dass …": "weiter" before the comma looks
    # like a particle ("weiterheißen"); the rule's single lemma still matches "heißen"
    [v] = verdicts(pack, "In/ADP/3/case der/DET/3/det/der/" + DEF + " Mitteilung/NOUN/4/obl heißt/VERB/0/root/heißen/" +
                   PRES + " es/PRON/4/expl weiter/ADV/4/advmod ,/PUNCT/11/punct dass/SCONJ/11/mark"
                   " das/PRON/11/nsubj unwahrscheinlich/ADJ/11/advmod sei/AUX/4/ccomp/sein/" + SUB + " ./PUNCT/4/punct")
    assert (v.source, v.form) == ("der Mitteilung", "indirect")

def test_postposed_nach_after_an_according_noun(pack):
    from trees import parse
    from attribution.verdicts import judge_document

    [v] = judge_document(parse(
        "Dem/DET/2/det/der Vernehmen/NOUN/5/obl nach/ADP/2/case soll/AUX/5/aux/sollen"
        " er/PRON/5/nsubj bleiben/VERB/0/root ./PUNCT/5/punct"), pack)
    assert (v.cue, v.form, v.certainty) == ("Vernehmen nach", "reported", "reported")


def test_nach_before_a_direction_is_no_postposed_nach(pack):
    # "Die Sicht nach oben war eingeschränkt": "nach oben" is a direction, not "der Sicht nach"
    [v] = verdicts(pack, "Die/DET/2/det/der/" + DEF + " Sicht/NOUN/6/nsubj:pass nach/ADP/4/case oben/ADV/2/nmod"
                   " war/AUX/6/aux:pass/sein/" + FIN + " eingeschränkt/VERB/0/root/einschränken ./PUNCT/6/punct")
    assert v.cue is None


@pytest.mark.parametrize("count", ["Auszählung/NOUN/5/obl/Auszählung", "Auszählungen/NOUN/5/obl/Auszählung"])
def test_nach_der_auszaehlung_is_after_the_count(pack, count):
    # "Nach der Auszählung liegt García vorne": the count is done, nobody is cited
    [v] = verdicts(pack, "Nach/ADP/3/case/nach der/DET/3/det/der/" + DEF + " " + count + " liegt/VERB/0/root/liegen/" +
                   PRES + " García/PROPN/4/nsubj vorne/ADV/4/advmod ./PUNCT/4/punct")
    assert v.cue is None


def test_postposed_so_source_does_not_reach_into_the_message(pack):
    from trees import SUB, parse
    from attribution.verdicts import judge_document

    # the parser coordinated the source with the message's nouns
    [v] = judge_document(parse(
        "Es/PRON/2/expl gebe/VERB/0/root/geben/" + SUB + " Verletzte/NOUN/2/obj und/CCONJ/5/cc Tote/NOUN/3/conj"
        " ,/PUNCT/9/punct so/ADV/9/advmod der/DET/9/det/der/Case=Nom|Definite=Def|PronType=Art"
        " Geheimdienst/NOUN/5/conj ./PUNCT/2/punct"), pack)
    assert (v.source, v.cue) == ("der Geheimdienst", "so")


def test_nach_with_words_before_the_according_noun(pack):
    [v] = verdicts(pack, "Nach/ADP/4/case/nach einer/DET/4/det/ein norwegischen/ADJ/4/amod Studie/NOUN/7/obl"
                   " ist/AUX/7/cop/sein/" + PRES + " Rauchen/NOUN/7/nsubj gefährlich/ADJ/0/root ./PUNCT/7/punct")
    assert (v.cue, v.form, v.certainty) == ("Nach … Studie", "reported", "reported")


@pytest.mark.parametrize("noun", ["Expertenmeinung", "EU-Dokument"])
def test_compound_according_noun(pack, noun):
    [v] = verdicts(pack, "Nach/ADP/2/case/nach " + noun + "/NOUN/4/obl ist/AUX/4/cop/sein/" + PRES +
                   " Vorsicht/NOUN/0/root ./PUNCT/4/punct")
    assert (v.cue, v.certainty) == ("Nach " + noun, "reported")


def test_nach_as_plain_preposition_is_no_cue(pack):
    [v] = verdicts(pack, "Nach/ADP/3/case/nach der/DET/3/det/der/" + DEF + " Sitzung/NOUN/4/obl"
                   " reiste/VERB/0/root/reisen/" + FIN + " er/PRON/4/nsubj ab/ADP/4/compound:prt ./PUNCT/4/punct")
    assert (v.source, v.form, v.certainty) == (None, "none", "asserted")


@pytest.mark.parametrize("tree, reported", [
    # "Nach einer Studie ist Rauchen gefährlich"
    ("Nach/ADP/3/case/nach einer/DET/3/det/ein Studie/NOUN/6/obl ist/AUX/6/cop/sein/" + PRES +
     " Rauchen/NOUN/6/nsubj gefährlich/ADJ/0/root ./PUNCT/6/punct", True),
    # "Erst nach einer Studie ist Rauchen verboten": after it, not according to it
    ("Erst/ADV/4/advmod nach/ADP/4/case/nach einer/DET/4/det/ein Studie/NOUN/7/obl ist/AUX/7/cop/sein/" + PRES +
     " Rauchen/NOUN/7/nsubj verboten/ADJ/0/root ./PUNCT/7/punct", False),
    # "Nach wie vor gibt es Quellen": still
    ("Nach/ADP/6/case/nach wie/ADV/1/fixed vor/ADP/1/fixed gibt/VERB/0/root/geben/" + PRES +
     " es/PRON/4/expl Quellen/NOUN/4/obj ./PUNCT/4/punct", False),
])
def test_nach_after_an_adverb_of_time_or_in_nach_wie_vor_is_no_cue(pack, tree, reported):
    [v] = verdicts(pack, tree)
    assert (v.form == "reported") == reported


@pytest.mark.parametrize("tree, reported", [
    # "Demnach ist die Lage ernst": the last source goes on
    ("Demnach/ADV/5/advmod ist/AUX/5/cop/sein/" + PRES + " die/DET/4/det/der/" + DEF +
     " Lage/NOUN/5/nsubj ernst/ADJ/0/root ./PUNCT/5/punct", True),
    # "Ein Flug wäre demnach vertretbar": a conclusion drawn, no one's account
    ("Ein/DET/2/det/ein Flug/NOUN/5/nsubj wäre/AUX/5/cop/sein/VerbForm=Fin|Mood=Sub|Tense=Past"
     " demnach/ADV/5/advmod vertretbar/ADJ/0/root ./PUNCT/5/punct", False),
    # "Es gab Meldungen, wonach Inspektoren kommen würden" (the clause hung on the verb): the
    # report's own Konjunktiv II
    ("Es/PRON/2/expl gab/VERB/0/root/geben/" + FIN + " Meldungen/NOUN/2/obj ,/PUNCT/7/punct"
     " wonach/ADV/7/advmod Inspektoren/NOUN/7/nsubj kommen/VERB/2/advcl/kommen/VerbForm=Inf"
     " würden/AUX/7/aux/werden/VerbForm=Fin|Mood=Sub|Tense=Past ./PUNCT/2/punct", True),
])
def test_demnach_with_konjunktiv_ii_draws_a_conclusion(pack, tree, reported):
    [v] = verdicts(pack, tree)
    assert any(a.cue.rule.id == "adverbials.demnach" for a in v.attributions) == reported


def test_laut_left_as_an_adverb_by_the_parser(pack):
    [v] = verdicts(pack, "Anschließend/ADV/5/advmod sei/AUX/5/cop/sein/" + SUB + " laut/ADV/5/advmod"
                   " el-Baradei/PROPN/5/nsubj fertig/ADJ/0/root ./PUNCT/5/punct")
    assert (v.source, v.cue, v.certainty) == ("el-Baradei", "laut", "reported")


def test_so_directly_followed_by_a_name(pack):
    [v] = verdicts(pack, "Der/DET/2/det/der/" + DEF + " Bär/NOUN/4/nsubj ist/AUX/4/cop/sein/" + PRES +
                   " gefährlich/ADJ/0/root ,/PUNCT/7/punct so/ADV/7/advmod Schnappauf/PROPN/4/conj ./PUNCT/4/punct")
    assert (v.source, v.cue, v.certainty) == ("Schnappauf", "so", "reported")


def test_message_keeps_the_clause_when_the_parser_made_the_source_its_head(pack):
    # "Alle sind laut BBC Briten" with BBC parsed as the root: the rest is still the message
    [v] = verdicts(pack, "Alle/PRON/4/nsubj sind/AUX/4/cop/sein/" + PRES + " laut/ADP/4/case/laut"
                   " BBC/PROPN/0/root Briten/NOUN/4/dep ./PUNCT/4/punct")
    assert (v.source, v.cue) == ("BBC", "laut")
    assert [w.text for w in v.primary.message] == ["Alle", "sind", "Briten"]


def test_zufolge_takes_the_noun_before_it_wherever_the_parser_hangs_it(pack):
    # "Ersten Angaben zufolge starben drei Menschen" with zufolge attached to "Menschen"
    [v] = verdicts(pack, "Ersten/ADJ/2/amod Angaben/NOUN/4/obl zufolge/ADP/6/case starben/VERB/0/root/sterben/" + FIN +
                   " drei/NUM/6/nummod Menschen/NOUN/4/nsubj ./PUNCT/4/punct")
    assert (v.source, v.cue) == ("Ersten Angaben", "zufolge")


def test_according_noun_with_genitive_before_zufolge(pack):
    [v] = verdicts(pack, "Angaben/NOUN/6/obl/Angabe der/DET/3/det/der/Case=Gen|" + DEF + " Polizei/NOUN/1/nmod"
                   " zufolge/ADP/1/case starben/VERB/6/aux/sterben/" + FIN + " Menschen/NOUN/0/root ./PUNCT/6/punct")
    assert (v.source, v.cue) == ("Polizei", "Angaben … zufolge")


def _attributions(verdict):
    return {(a.cue.rule.id, " ".join(w.text for w in a.cue.words), a.mention.text if a.mention else None,
             " ".join(w.text for w in a.message)) for a in verdict.attributions}


def test_nach_with_a_relative_pronoun_reports_the_relative_clause(pack):
    # the main clause stays the author's; the relative clause is attributed to the studies
    [v] = verdicts(pack, "Er/PRON/2/nsubj kennt/VERB/0/root/kennen/" + PRES + " Studien/NOUN/2/obj ,/PUNCT/10/punct"
                   " nach/ADP/6/case denen/PRON/10/obl/der/PronType=Dem,Rel das/DET/8/det Mittel/NOUN/10/nsubj"
                   " oft/ADV/10/advmod wirke/VERB/3/acl/wirken/" + SUB + " ./PUNCT/2/punct")
    assert ("adverbials.nach-relative", "nach", "denen", "nach denen das Mittel oft wirke") in _attributions(v)
    assert v.primary is None


def test_nach_with_a_demonstrative_is_no_relative(pack):
    [v] = verdicts(pack, "Nach/ADP/2/case dem/DET/3/det/der/PronType=Art Spiel/NOUN/4/obl"
                   " jubelten/VERB/0/root/jubeln/" + FIN + " alle/PRON/4/nsubj ./PUNCT/4/punct")
    assert not v.attributions


def test_wonach_clause_is_attributed_to_the_report_it_hangs_on(pack):
    [v] = verdicts(pack, "Er/PRON/2/nsubj dementierte/VERB/0/root/dementieren/" + FIN + " Berichte/NOUN/2/obj"
                   " ,/PUNCT/8/punct wonach/ADV/8/advmod er/PRON/8/nsubj krank/ADJ/8/advmod sei/AUX/3/acl/sein/" + SUB +
                   " ./PUNCT/2/punct")
    assert ("adverbials.wonach-relative", "wonach", "Berichte", "er krank sei") in _attributions(v)


def test_unter_berufung_gives_way_to_the_reporting_verb(pack):
    # "Medien berichten unter Berufung auf Regierungskreise, …": the media are the source
    [v] = verdicts(pack, "Medien/NOUN/2/nsubj berichten/VERB/0/root/berichten/" + PRES + " unter/ADP/4/case"
                   " Berufung/NOUN/2/obl/Berufung auf/ADP/6/case Kreise/NOUN/4/nmod ,/PUNCT/11/punct"
                   " die/DET/9/det Lage/NOUN/11/nsubj sei/AUX/11/cop/sein/" + SUB + " ernst/ADJ/2/ccomp ./PUNCT/2/punct")
    assert (v.source, v.cue) == ("Medien", "berichten")
    assert not any(a.cue.rule.id == "adverbials.unter-berufung" for a in v.attributions)


def test_unter_berufung_gives_way_to_a_speech_act_too(pack):
    # "Die Agentur beschrieb die Lage unter Berufung auf Kreise als ernst": the agency is
    # the source the reader is given (SpkAtt train: none of 10 "unter Berufung auf" is a cue)
    [v] = verdicts(pack, "Die/DET/2/det Agentur/NOUN/3/nsubj beschrieb/VERB/0/root/beschreiben/" + FIN +
                   " die/DET/5/det Lage/NOUN/3/obj unter/ADP/7/case Berufung/NOUN/3/obl/Berufung auf/ADP/9/case"
                   " Kreise/NOUN/7/nmod als/CCONJ/11/case ernst/ADJ/3/xcomp ./PUNCT/3/punct")
    assert not any(a.cue.rule.id == "adverbials.unter-berufung" for a in v.attributions)
    assert [a.source_text for a in v.attributions] == ["Die Agentur"]


def test_heisst_es_in_a_document_names_the_document(pack):
    [v] = verdicts(pack, "In/ADP/3/case dem/DET/3/det Bericht/NOUN/4/obl heißt/VERB/0/root/heißen/" + PRES +
                   " es/PRON/4/expl ,/PUNCT/9/punct die/DET/8/det Lage/NOUN/9/nsubj sei/AUX/9/cop/sein/" + SUB +
                   " ernst/ADJ/4/ccomp ./PUNCT/4/punct")
    assert (v.source, v.cue) == ("dem Bericht", "heißt es")


def test_the_es_of_the_reported_clause_is_not_that_of_hiess_es(pack):
    # "Vorrang habe es, den Frieden zu sichern, hieß es." with the first "es" hung on "hieß"
    [v] = verdicts(pack, "Vorrang/NOUN/2/obj habe/VERB/10/ccomp/haben/" + SUB + " es/PRON/10/nsubj ,/PUNCT/8/punct"
                   " den/DET/6/det/der/" + DEF + " Frieden/NOUN/8/obj zu/PART/8/mark sichern/VERB/2/xcomp"
                   " ,/PUNCT/2/punct hieß/VERB/0/root/heißen/" + FIN + " es/PRON/10/expl ./PUNCT/10/punct")
    cues = [[w.id for w in a.cue.words] for a in v.attributions if a.cue.rule.id == "adverbials.hiess-es"]
    assert cues == [[10, 11]]


@pytest.mark.parametrize("relation", ["obl", "obj"])
def test_hiess_es_vom_names_the_speaker(pack, relation):
    # "Die Lage sei ernst, hieß es vom Sprecher." — whatever relation the parser gave the phrase
    [v] = verdicts(pack, "Die/DET/2/det/der/" + DEF + " Lage/NOUN/4/nsubj sei/AUX/4/cop/sein/" + SUB +
                   " ernst/ADJ/6/ccomp ,/PUNCT/4/punct hieß/VERB/0/root/heißen/" + FIN + " es/PRON/6/expl"
                   " vom/ADP/9/case/von Sprecher/NOUN/6/" + relation + " ./PUNCT/6/punct")
    assert (v.source, v.cue) == ("Sprecher", "hieß es")


def test_so_with_an_inserted_reporting_clause(pack):
    # "Der Grund, so vermutet die Zeitung, dürfte die Wahl gewesen sein": the parser made
    # "Grund" the subject of "vermutet"
    [v] = verdicts(pack, "Der/DET/2/det/der/" + DEF + " Grund/NOUN/5/nsubj ,/PUNCT/4/punct so/ADV/5/advmod"
                   " vermutet/VERB/0/root/vermuten/" + PRES + " die/DET/7/det/der/" + DEF + " Zeitung/NOUN/5/obj"
                   " ,/PUNCT/12/punct dürfte/AUX/12/aux/dürfen/" + SUB + " die/DET/11/det/der Wahl/NOUN/12/nsubj"
                   " gewesen/AUX/5/ccomp/sein sein/AUX/12/cop ./PUNCT/5/punct")
    assert (v.source, v.cue) == ("die Zeitung", "so vermutet")
    assert "Der Grund" in v.sentence.span_text(v.primary.message)


def test_so_before_a_reporting_verb_at_the_sentence_start_is_no_inserted_clause(pack):
    # "So sagte der Minister, …" is the reporting clause itself, with "so" an adverb
    [v] = verdicts(pack, "So/ADV/2/advmod sagte/VERB/0/root/sagen/" + FIN + " der/DET/4/det/der/" + DEF +
                   " Minister/NOUN/2/nsubj ,/PUNCT/9/punct die/DET/7/det/der/" + DEF + " Lage/NOUN/9/nsubj"
                   " sei/AUX/9/cop/sein/" + SUB + " ernst/ADJ/2/ccomp ./PUNCT/2/punct")
    assert (v.source, v.cue) == ("der Minister", "sagte")


def test_zufolge_after_a_time_takes_the_according_noun_before_it(pack):
    # "Ersten Angaben vom Mittwoch zufolge gehörte das Flugzeug dem Institut"
    [v] = verdicts(pack, "Ersten/ADJ/2/amod Angaben/NOUN/6/nsubj vom/ADP/4/case Mittwoch/NOUN/2/nmod"
                   " zufolge/ADP/4/case gehörte/VERB/0/root/gehören/" + FIN + " das/DET/8/det/der Flugzeug/NOUN/6/nsubj"
                   " dem/DET/10/det/der Institut/NOUN/6/obj ./PUNCT/6/punct")
    assert v.cue == "zufolge" and v.source.startswith("Ersten Angaben")


def test_so_with_its_source_inserted_before_the_rest_of_the_sentence(pack):
    # "Sein Rivale, so Obama weiter, würde Spenden erhalten": the finite verb after the
    # inserted phrase belongs to the message
    [v] = verdicts(pack, "Sein/DET/2/det:poss/sein Rivale/NOUN/10/nsubj ,/PUNCT/5/punct so/ADV/5/advmod"
                   " Obama/PROPN/2/appos weiter/ADV/5/advmod ,/PUNCT/2/punct würde/AUX/10/aux/werden/" + SUB +
                   " Spenden/NOUN/10/obj erhalten/VERB/0/root ./PUNCT/10/punct")
    assert (v.source, v.cue) == ("Obama", "so")


def test_so_with_an_adverb_after_the_source_the_tagger_took_for_a_verb(pack):
    # "„Das reicht bis in den Bundestag“, so Guttenberg wörtlich."
    [v] = verdicts(pack, "„+/PUNCT/3/punct Das/PRON/3/nsubj reicht/VERB/0/root/reichen/" + PRES + " “/PUNCT/3/punct"
                   " ,/PUNCT/8/punct so/ADV/8/advmod Guttenberg/NOUN/8/nsubj wörtlich/VERB/3/conj/wörtlichen/" + PRES +
                   " ./PUNCT/3/punct")
    assert (v.source, v.cue) == ("Guttenberg", "so")
