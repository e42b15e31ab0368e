from trees import DEF, FIN, PRES, SUB, parse

from attribution.verdicts import judge_document

NIS_FULL = ("Der/DET/3/det/der/Case=Nom|" + DEF + " südkoreanische/ADJ/3/amod Geheimdienst/NOUN/8/nsubj//Number=Sing"
            " (+/PUNCT/5/punct NIS+/PROPN/3/appos )/PUNCT/5/punct teilte/VERB/8/aux/teilen/" + FIN +
            " mit/VERB/0/root/mitteilen ,/PUNCT/12/punct es/PRON/12/expl gebe/VERB/11/dep/geben/" + SUB +
            " Opfer/NOUN/8/ccomp ./PUNCT/8/punct")


def so(noun_phrase: str) -> str:
    """'Die Lage sei ernst, so <noun phrase>.'"""
    words = noun_phrase.split()
    spec = ("Die/DET/2/det/der/" + DEF + " Lage/NOUN/4/nsubj sei/AUX/4/cop/sein/" + SUB +
            " ernst/ADJ/0/root ,/PUNCT/6/punct so/ADV/4/advmod")
    head = 6 + len(words)
    for i, word in enumerate(words, start=7):
        if i == head:
            spec += f" {word}/NOUN/6/dep//Number=Sing"
        else:
            spec += f" {word}/DET/{head}/det/der/Case=Nom|" + DEF
    return spec + " ./PUNCT/4/punct"


def test_abbreviation_and_short_descriptions_resolve_to_first_full_mention(pack):
    verdicts = judge_document(parse(NIS_FULL, so("der NIS"), so("der Geheimdienst"), so("die Spionagebehörde")), pack)
    assert verdicts[0].source == "Der südkoreanische Geheimdienst (NIS)"
    entities = {v.primary.entity.id for v in verdicts}
    assert len(entities) == 1
    assert [v.primary.resolved_to for v in verdicts[2:]] == ["NIS", "NIS"]
    assert {v.source_type for v in verdicts} == {"intelligence"}


def test_noun_that_is_its_own_lemma_is_singular_whatever_the_tagger_says(pack):
    # "die" before "Spionagebehörde" is ambiguous, and a tagger may say plural
    plural_tag = so("die Spionagebehörde").replace("Spionagebehörde/NOUN/6/dep//Number=Sing",
                                                   "Spionagebehörde/NOUN/6/dep//Number=Plur")
    verdicts = judge_document(parse(NIS_FULL, plural_tag), pack)
    assert verdicts[1].primary.resolved_to == "NIS"


def test_noun_with_the_same_plural_keeps_the_taggers_number(pack):
    # "die Mitarbeiter" may well be plural
    plural_tag = so("die Mitarbeiter").replace("Mitarbeiter/NOUN/6/dep//Number=Sing",
                                               "Mitarbeiter/NOUN/6/dep//Number=Plur")
    [verdict] = judge_document(parse(plural_tag), pack)
    assert verdict.primary.mention.plural


def test_plural_pronoun_resolves_to_coordinated_sources(pack):
    doc = parse("Die/DET/2/det/der/" + DEF + " USA/PROPN/7/nsubj//Number=Plur ,/PUNCT/4/punct Südkorea/PROPN/2/conj"
                " und/CCONJ/6/cc Partner/NOUN/2/conj behaupten/VERB/0/root/behaupten/" + PRES + "|Number=Plur"
                " ,/PUNCT/11/punct Nordkorea/PROPN/11/nsubj habe/AUX/11/aux/haben/" + SUB +
                " geliefert/VERB/7/ccomp/liefern ./PUNCT/7/punct",
                "Sie/PRON/2/nsubj//Number=Plur|Person=3 vermuten/VERB/0/root/vermuten/" + PRES + "|Number=Plur"
                " ,/PUNCT/6/punct dass/SCONJ/6/mark Moskau/PROPN/6/nsubj hilft/VERB/2/ccomp/helfen/" + PRES +
                " ./PUNCT/2/punct")
    first, second = judge_document(doc, pack)
    assert (first.source, first.source_type, first.certainty) == \
        ("Die USA, Südkorea und Partner", "government", "claimed")
    assert (second.source, second.source_type, second.certainty) == \
        ("Die USA, Südkorea und Partner", "government", "uncertain")


def test_capital_as_metonym_for_government(pack):
    [v] = judge_document(parse("Pjöngjang/PROPN/3/nsubj hat/AUX/3/aux/haben/" + PRES +
                               " bestätigt/VERB/0/root/bestätigen ,/PUNCT/7/punct dass/SCONJ/7/mark"
                               " es/PRON/7/nsubj kämpft/VERB/3/ccomp/kämpfen/" + PRES + " ./PUNCT/3/punct"), pack)
    assert (v.source, v.source_type, v.certainty) == ("Pjöngjang", "government", "confirmed")


def test_title_and_name_and_comma_apposition(pack):
    [v] = judge_document(parse("Die/DET/2/det/der/" + DEF + " Lage/NOUN/3/nsubj ist/AUX/0/root/sein/" + PRES +
                               " ,/PUNCT/5/punct sagte/VERB/3/parataxis/sagen/" + FIN +
                               " der/DET/7/det/der/Case=Nom|" + DEF + " Abgeordnete/NOUN/5/nsubj"
                               " Lee/PROPN/7/appos Seong-kweun/PROPN/8/flat ,/PUNCT/11/punct"
                               " Mitglied/NOUN/7/appos des/DET/13/det/der/Case=Gen|" + DEF +
                               " Ausschusses/NOUN/11/nmod ./PUNCT/3/punct"), pack)
    assert (v.source, v.source_type) == ("der Abgeordnete Lee Seong-kweun", "politician")


def test_compound_noun_gets_the_type_of_its_last_part(pack):
    [v] = judge_document(parse("Das/DET/2/det/der/" + DEF + " Gesundheitsministerium/NOUN/3/nsubj"
                               " erklärte/VERB/0/root/erklären/" + FIN + " ,/PUNCT/6/punct alles/PRON/6/nsubj"
                               " sei/AUX/3/ccomp/sein/" + SUB + " ./PUNCT/3/punct"), pack)
    assert v.source_type == "government"


def test_time_nouns_are_never_sources(pack):
    # a weak parser may call "diese Woche" a subject too
    [v] = judge_document(parse("Pjöngjang/PROPN/6/nsubj hat/AUX/6/aux/haben/" + PRES + " diese/DET/4/det"
                               " Woche/NOUN/6/nsubj erstmals/ADV/6/advmod bestätigt/VERB/0/root/bestätigen"
                               " ,/PUNCT/10/punct dass/SCONJ/10/mark es/PRON/10/nsubj kämpft/VERB/6/ccomp/kämpfen/" +
                               PRES + " ./PUNCT/6/punct"), pack)
    assert v.source == "Pjöngjang"


def test_a_share_of_people_is_a_source(pack):
    # "40 Prozent teilen die Ansicht, die Steuer sei zu hoch." — a share in a poll speaks
    [v] = judge_document(parse("40/NUM/2/nummod Prozent/NOUN/3/nsubj teilen/VERB/0/root/teilen/" + PRES +
                               " die/DET/5/det/der/" + DEF + " Ansicht/NOUN/3/obj ,/PUNCT/11/punct"
                               " die/DET/8/det/der/" + DEF + " Steuer/NOUN/11/nsubj sei/AUX/11/cop/sein/" + SUB +
                               " zu/ADV/11/advmod hoch/ADJ/3/parataxis ./PUNCT/3/punct"), pack)
    assert v.source == "40 Prozent" and v.cue == "teilen die Ansicht"


def test_a_quoted_title_is_a_source_whatever_its_words(pack):
    # "Die Lage sei ernst, schrieb „Die Zeit“." — a newspaper, not a time noun
    [v] = judge_document(parse("Die/DET/2/det/der/" + DEF + " Lage/NOUN/4/nsubj sei/AUX/4/cop/sein/" + SUB +
                               " ernst/ADJ/6/advcl ,/PUNCT/4/punct schrieb/VERB/0/root/schreiben/" +
                               FIN + " „+/PUNCT/9/punct Die/DET/9/det/der/" + DEF + " Zeit+/NOUN/6/nsubj"
                               " “/PUNCT/9/punct ./PUNCT/6/punct"), pack)
    assert v.cue == "schrieb" and "Zeit" in v.source


def test_coordination_ends_after_the_conjunct_with_und(pack):
    # "erklärten die Ukraine, die USA und Südkorea, Nordkorea habe …" with Nordkorea mis-attached
    [v] = judge_document(parse("Damals/ADV/2/advmod erklärten/VERB/0/root/erklären/" + FIN + "|Number=Plur"
                               " die/DET/4/det/der/" + DEF + " Ukraine/PROPN/2/nsubj ,/PUNCT/7/punct"
                               " die/DET/7/det/der/" + DEF + " USA/PROPN/4/conj und/CCONJ/9/cc"
                               " Südkorea/PROPN/4/conj ,/PUNCT/11/punct Nordkorea/PROPN/4/conj"
                               " habe/AUX/14/aux/haben/" + SUB + " Truppen/NOUN/14/obj entsandt/VERB/2/ccomp/entsenden"
                               " ./PUNCT/2/punct"), pack)
    assert (v.source, v.source_type) == ("die Ukraine, die USA und Südkorea", "government")


def test_hyphenated_name_split_by_the_tokenizer_stays_whole(pack):
    [v] = judge_document(parse("Es/PRON/2/expl reicht/VERB/0/root/reichen/" + PRES + " ,/PUNCT/4/punct"
                               " sagte/VERB/2/parataxis/sagen/" + FIN + " Lee/PROPN/4/nsubj Seong+/PROPN/5/flat"
                               " -+/PUNCT/6/punct kweun/VERB/4/ccomp ./PUNCT/2/punct"), pack)
    assert v.source == "Lee Seong-kweun"


def test_description_with_its_own_genitive_opens_a_new_source(pack):
    """'der Zentralverband der Hafenbetriebe' is someone new, not 'die Gewerkschaft' again."""
    union = ("Die/DET/2/det/der/Case=Nom|" + DEF + " Gewerkschaft/NOUN/4/nsubj//Number=Sing"
             " Verdi/PROPN/2/appos teilte/VERB/0/root/teilen/" + FIN + " mit/ADP/4/compound:prt"
             " ,/PUNCT/9/punct der/DET/8/det/der/" + DEF + " Streik/NOUN/9/nsubj//Number=Sing"
             " dauere/VERB/4/ccomp/dauern/" + SUB + " ./PUNCT/4/punct")
    federation = ("Der/DET/2/det/der/Case=Nom|" + DEF + " Zentralverband/NOUN/5/nsubj//Number=Sing"
                  " der/DET/4/det/der/Case=Gen|" + DEF + " Hafenbetriebe/NOUN/2/nmod//Case=Gen|Number=Plur"
                  " bestreitet/VERB/0/root/bestreiten/" + PRES + " ,/PUNCT/9/punct dass/SCONJ/9/mark"
                  " Schiffe/NOUN/9/nsubj//Number=Plur warten/VERB/5/ccomp/warten/" + PRES + " ./PUNCT/5/punct")
    first, second = judge_document(parse(union, federation), pack)
    assert first.source_type == second.source_type == "organisation"
    assert second.primary.entity.id != first.primary.entity.id
    assert second.primary.resolved_to is None


def test_subject_of_a_participle_in_its_lemmas_form_is_singular(pack):
    # "…, dass Staatschef Kim beschlossen habe, …": the participle has no number, and the
    # tagger called "Staatschef" plural
    [verdict] = judge_document(parse(
        "Nordkorea/PROPN/2/nsubj erklärte/VERB/0/root/erklären/" + FIN + " ,/PUNCT/7/punct dass/SCONJ/7/mark"
        " Staatschef/NOUN/7/nsubj//Number=Plur Kim/PROPN/5/flat beschlossen/VERB/2/ccomp/beschließen"
        " habe/AUX/7/aux/haben/" + SUB + " ,/PUNCT/12/punct Truppen/NOUN/12/obj zu/PART/12/mark"
        " entsenden/VERB/7/xcomp ./PUNCT/2/punct"), pack)
    [decision] = [a for a in verdict.attributions if a.cue.text == "beschlossen"]
    assert not decision.mention.plural


def test_a_pronoun_after_a_named_source_in_its_sentence_is_that_source(pack):
    # "[Nordkorea erklärte …] Putin gab eine Erklärung ab, in der er … dankte und versprach, …":
    # the later rule's cue must not resolve "er" before Putin is known
    verdicts = judge_document(parse(
        "Nordkorea/PROPN/2/nsubj erklärte/VERB/0/root/erklären/" + FIN + " ,/PUNCT/6/punct es/PRON/6/expl"
        " sei/AUX/6/cop/sein/" + SUB + " ernst/ADJ/2/ccomp ./PUNCT/2/punct",
        "Putin/PROPN/2/nsubj gab/VERB/0/root/geben/" + FIN + " eine/DET/4/det/ein Erklärung/NOUN/2/obj"
        " ab/ADP/2/compound:prt ,/PUNCT/10/punct in/ADP/8/case der/PRON/10/obl/der/PronType=Rel"
        " er/PRON/10/nsubj//Gender=Masc|Number=Sing dankte/VERB/4/acl/danken/" + FIN + " und/CCONJ/12/cc"
        " versprach/VERB/10/conj/versprechen/" + FIN + " ,/PUNCT/16/punct Hilfe/NOUN/16/obj zu/PART/16/mark"
        " leisten/VERB/12/xcomp ./PUNCT/2/punct"), pack)
    [promise] = [a for a in verdicts[1].attributions if a.cue.text == "versprach"]
    assert promise.mention.text == "er" and promise.entity.name == "Putin"
