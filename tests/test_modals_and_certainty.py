from trees import DEF, FIN, PRES, SUB, parse

from attribution.verdicts import judge_document


def one(pack, spec):
    [v] = judge_document(parse(spec), pack)
    return v


PRES_SG = PRES + "|Number=Sing"


def test_reportative_sollen_with_perfect_infinitive(pack):
    v = one(pack, "Der/DET/2/det/der/" + DEF + " Minister/NOUN/5/nsubj soll/AUX/5/aux/sollen/" + PRES_SG +
            " Geld/NOUN/5/obj angenommen/VERB/0/root/annehmen haben/AUX/5/aux/haben/VerbForm=Inf ./PUNCT/5/punct")
    assert (v.source, v.form, v.certainty) == (None, "reported", "reported")
    assert [m.kind for m in v.markers] == ["reportative"]


def test_wollen_with_perfect_infinitive_is_a_claim_of_the_subject(pack):
    v = one(pack, "Die/DET/2/det/der/" + DEF + " Rebellen/NOUN/6/nsubj wollen/AUX/6/aux/wollen/" + PRES +
            " den/DET/5/det/der/" + DEF + " Hubschrauber/NOUN/6/obj abgeschossen/VERB/0/root/abschießen"
            " haben/AUX/6/aux/haben/VerbForm=Inf ./PUNCT/6/punct")
    assert (v.source, v.certainty) == ("Die Rebellen", "claimed")


def test_volitional_wollen_is_not_reportative(pack):
    v = one(pack, "Die/DET/2/det/der/" + DEF + " Firma/NOUN/5/nsubj will/AUX/5/aux/wollen/" + PRES_SG +
            " Stellen/NOUN/5/obj abbauen/VERB/0/root/abbauen/VerbForm=Inf ./PUNCT/5/punct")
    assert (v.source, v.certainty) == (None, "asserted")


def test_past_sollten_is_not_reportative(pack):
    v = one(pack, "Die/DET/2/det/der/" + DEF + " Soldaten/NOUN/5/nsubj sollten/AUX/5/aux/sollen/" + FIN +
            " Russland/PROPN/5/obj helfen/VERB/0/root/helfen/VerbForm=Inf ./PUNCT/5/punct")
    assert (v.source, v.certainty, v.markers) == (None, "asserted", [])


def test_epistemic_adverb_and_modal(pack):
    v = one(pack, "Der/DET/2/det/der/" + DEF + " Täter/NOUN/5/nsubj ist/AUX/5/aux/sein/" + PRES_SG +
            " vermutlich/ADV/5/advmod geflohen/VERB/0/root/fliehen ./PUNCT/5/punct")
    assert v.certainty == "uncertain"
    v = one(pack, "Das/PRON/3/nsubj dürfte/AUX/3/aux/dürfen/" + SUB + " teuer/ADJ/0/root ./PUNCT/3/punct")
    assert v.certainty == "uncertain"


def test_not_independently_verified_outranks_reported(pack):
    v = one(pack, "Russland/PROPN/2/nsubj erklärte/VERB/0/root/erklären/" + FIN + " ,/PUNCT/6/punct"
            " die/DET/5/det/der/" + DEF + " Truppen/NOUN/6/nsubj seien/AUX/2/ccomp/sein/" + SUB +
            " ,/PUNCT/11/punct was/PRON/11/nsubj:pass nicht/PART/11/advmod unabhängig/ADJ/11/advmod"
            " überprüft/VERB/6/acl/überprüfen werden/AUX/11/aux:pass konnte/AUX/11/aux/können/" + FIN +
            " ./PUNCT/2/punct")
    assert (v.source, v.certainty) == ("Russland", "unverified")
    assert "unverified" in [m.kind for m in v.markers]


def test_claim_dispute_and_confirmation_verbs(pack):
    template = ("Die/DET/2/det/der/" + DEF + " Opposition/NOUN/3/nsubj {verb}/VERB/0/root/{lemma}/" + PRES_SG +
                " ,/PUNCT/8/punct die/DET/6/det/der/" + DEF + " Wahl/NOUN/8/nsubj:pass sei/AUX/8/aux:pass/sein/" + SUB +
                " gefälscht/VERB/3/ccomp/fälschen ./PUNCT/3/punct")
    certainties = {lemma: one(pack, template.format(verb=verb, lemma=lemma)).certainty
                   for verb, lemma in [("behauptet", "behaupten"), ("bestreitet", "bestreiten"),
                                       ("bestätigt", "bestätigen"), ("vermutet", "vermuten"), ("sagt", "sagen")]}
    assert certainties == {"behaupten": "claimed", "bestreiten": "disputed", "bestätigen": "confirmed",
                           "vermuten": "uncertain", "sagen": "reported"}


def test_negated_confirmation_is_not_confirmed(pack):
    v = one(pack, "Die/DET/2/det/der/" + DEF + " Regierung/NOUN/5/nsubj hat/AUX/5/aux/haben/" + PRES_SG +
            " nicht/PART/5/advmod bestätigt/VERB/0/root/bestätigen ,/PUNCT/9/punct dass/SCONJ/9/mark"
            " es/PRON/9/nsubj brennt/VERB/5/ccomp/brennen/" + PRES_SG + " ./PUNCT/5/punct")
    assert v.certainty == "unverified"


def test_reportative_sollen_without_tense_features(pack):
    # a small tagger gives neither Tense on the modal nor VerbForm=Inf on "haben"
    [v] = judge_document(parse(
        "Ihr/DET/2/det:poss Gegenkandidat/NOUN/6/nsubj soll/AUX/6/aux/sollen/Mood=Ind|VerbForm=Fin"
        " bereits/ADV/6/advmod am/ADP/6/obl gratuliert/VERB/0/root/gratulieren"
        " haben/AUX/6/aux/haben/Mood=Ind|VerbForm=Fin ./PUNCT/6/punct"), pack)
    assert (v.form, v.certainty) == ("reported", "reported")


def driver_fled(perfect_label: str) -> str:
    """Der Fahrer soll sofort geflohen sein: the perfect's "sein" with the given label."""
    return ("Der/DET/2/det/der/" + DEF + " Fahrer/NOUN/5/nsubj soll/AUX/5/aux/sollen/" + PRES_SG +
            " sofort/ADV/5/advmod geflohen/VERB/0/root/fliehen/VerbForm=Part"
            f" sein/AUX/5/{perfect_label}/sein/VerbForm=Inf ./PUNCT/5/punct")


def test_reportative_sollen_with_perfect_sein_parsed_as_passive_auxiliary(pack):
    # the parser often labels the "sein" of a perfect with "sein" aux:pass ("gestorben sein")
    [v] = judge_document(parse(driver_fled("aux:pass")), pack)
    assert (v.form, v.certainty) == ("reported", "reported")


REPORTED_PLAN = ("Der/DET/2/det/der/" + DEF + " Minister/NOUN/3/nsubj kündigte/VERB/0/root/ankündigen/" + FIN +
                 " eine/DET/5/det Reform/NOUN/3/obj an/ADP/3/compound:prt ./PUNCT/3/punct")
PLAN_GOES_ON = ("Die/DET/2/det/der/" + DEF + " Steuer/NOUN/4/nsubj soll/AUX/4/aux/sollen/" + PRES_SG +
                " sinken/VERB/0/root/sinken/VerbForm=Inf ./PUNCT/4/punct")
AUTHOR = ("Das/PRON/2/nsubj überrascht/VERB/0/root/überraschen/" + PRES_SG + " ./PUNCT/2/punct")


def test_present_sollen_right_after_a_reported_sentence_goes_on_reporting(pack):
    verdicts = judge_document(parse(REPORTED_PLAN, PLAN_GOES_ON), pack)
    assert (verdicts[1].source, verdicts[1].form, verdicts[1].certainty, verdicts[1].carried_from) == (
        "Der Minister", "reported", "reported", 1)


def test_hearsay_sollen_after_a_reported_sentence_keeps_its_source_unnamed(pack):
    verdicts = judge_document(parse(REPORTED_PLAN, driver_fled("aux")), pack)
    assert (verdicts[1].source, verdicts[1].form, verdicts[1].carried_from) == (None, "reported", None)


def test_present_sollen_after_an_author_sentence_carries_nothing(pack):
    # unlike a Konjunktiv I, "soll" may also be the author's ("Die Brücke soll 2030 fertig sein")
    verdicts = judge_document(parse(REPORTED_PLAN, AUTHOR, PLAN_GOES_ON), pack)
    assert (verdicts[2].source, verdicts[2].form, verdicts[2].carried_from) == (None, "none", None)


def test_past_sollten_is_not_reportative_even_without_features(pack):
    [v] = judge_document(parse(
        "Die/DET/2/det Soldaten/NOUN/5/nsubj sollten/AUX/5/aux/sollen Russland/PROPN/5/obj"
        " helfen/VERB/0/root/helfen ./PUNCT/5/punct"), pack)
    assert (v.form, v.certainty) == ("none", "asserted")


def test_wie_clause_with_wie_parsed_as_coordinator(pack):
    [v] = judge_document(parse(
        "Wie/CCONJ/3/cc das/DET/3/det Amt/NOUN/4/nsubj mitteilte/VERB/6/advcl/mitteilen/" + FIN +
        " ,/PUNCT/4/punct lag/VERB/0/root/liegen/" + FIN + " die/DET/8/det Beteiligung/NOUN/6/nsubj"
        " bei/ADP/10/case 41/NUM/6/obl ./PUNCT/6/punct"), pack)
    assert (v.source, v.cue, v.certainty) == ("das Amt", "Wie … mitteilte", "reported")
