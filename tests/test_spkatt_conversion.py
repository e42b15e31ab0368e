"""Attributions become SpkAtt annotations with the gold's conventions (no model needed)."""
import json

import pytest
from test_quotation_and_konjunktiv import QUOTE
from test_reporting_verbs import ENTGEGNETE_QUOTED_VERB, SAGTE_CLAUSE
from trees import DEF, FIN, PRES, SUB, parse

from attribution.evaluation.spkatt import GoldDocument, system_annotations, to_json
from attribution.verdicts import judge_document

CARRIED = ("Man/PRON/2/nsubj habe/AUX/4/aux/haben/" + SUB + " keine/DET/4/det Einigung/NOUN/0/root"
           " ./PUNCT/4/punct")


def annotations(pack, *sentences):
    document = parse(*sentences)
    return document, system_annotations(judge_document(document, pack), pack)


def test_indirect_speech_has_cue_source_and_clause_as_message(pack):
    _, [annotation] = annotations(pack, SAGTE_CLAUSE)
    assert annotation.form == "Indirect" and not annotation.nested
    assert annotation.role("Cue") == {(0, 2)}                    # sagte
    assert annotation.role("Source") == {(0, 0), (0, 1)}         # Der Minister
    assert {(0, 4), (0, 5), (0, 6), (0, 7)} <= annotation.role("Message")   # die Lage sei ernst
    assert (0, 2) not in annotation.role("Message")


def test_the_noun_of_an_opinion_stays_in_the_cue(pack):
    # "Die Vereinigung ist der Ansicht, dass das Gesetz schade": the parser makes "Ansicht" the
    # root; unlike an according noun ("nach Angaben"), it is no source
    _, [annotation] = annotations(
        pack, "Die/DET/2/det/der/" + DEF + " Vereinigung/NOUN/5/nsubj ist/AUX/5/cop/sein/" + PRES +
        " der/DET/5/det/der/" + DEF + " Ansicht/NOUN/0/root ,/PUNCT/10/punct dass/SCONJ/10/mark"
        " das/DET/9/det/der/" + DEF + " Gesetz/NOUN/10/nsubj schade/VERB/5/ccomp/schaden/" + SUB +
        " ./PUNCT/5/punct")
    assert annotation.role("Cue") == {(0, 2), (0, 3), (0, 4)}           # ist der Ansicht
    assert annotation.role("Source") == {(0, 0), (0, 1)}                # Die Vereinigung


def test_a_message_noun_without_preposition_stays_in_the_cue(pack):
    # "Es gab die Behauptung, dass jemand gelogen habe": without a preposition the noun is no
    # according noun ("nach Angaben") but the cue itself, and nobody is named as its source
    _, [annotation] = annotations(
        pack, "Es/PRON/2/expl/es gab/VERB/0/root/geben/" + FIN + " die/DET/4/det/der/" + DEF +
        " Behauptung/NOUN/2/obj ,/PUNCT/9/punct dass/SCONJ/9/mark jemand/PRON/9/nsubj"
        " gelogen/VERB/4/acl/lügen habe/AUX/8/aux/haben/" + SUB + " ./PUNCT/2/punct")
    assert annotation.role("Cue") == {(0, 2), (0, 3)}                   # die Behauptung
    assert not annotation.role("Source")


def test_carried_konjunktiv_sentence_is_a_cueless_annotation_with_the_earlier_source(pack):
    _, found = annotations(pack, SAGTE_CLAUSE, CARRIED)
    carried = found[-1]
    assert carried.form == "IndirectFreeIndirect" and not carried.role("Cue")
    assert carried.role("Source") == {(0, 0), (0, 1)}
    assert {t for t in carried.role("Message")} == {(1, i) for i in range(5)}


def test_carried_sentence_takes_the_speakers_latest_mention(pack):
    # "Der Minister sagte, … Der Minister reiste ab. Man habe …": the second "Der Minister"
    again = ("Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj reiste/VERB/0/root/reisen/"
             "VerbForm=Fin|Mood=Ind|Tense=Past ab/ADP/3/compound:prt ./PUNCT/3/punct")
    _, found = annotations(pack, SAGTE_CLAUSE, again, CARRIED)
    assert found[-1].form == "IndirectFreeIndirect" and found[-1].role("Source") == {(1, 0), (1, 1)}


def test_author_sentence_gives_no_annotation(pack):
    _, found = annotations(pack, "Die/DET/2/det/der/" + DEF + " Sitzung/NOUN/3/nsubj endete/VERB/0/root/enden/"
                           "VerbForm=Fin|Mood=Ind|Tense=Past ./PUNCT/3/punct")
    assert found == []


def test_predictions_are_written_in_the_task_format(pack):
    document, found = annotations(pack, SAGTE_CLAUSE)
    gold = GoldDocument("a.json", [[w.text for w in s.words] for s in document.sentences], [],
                        {"DocumentName": "a", "Sentences": []})
    data = json.loads(json.dumps(to_json(gold, found)))
    [annotation] = data["Annotations"]
    assert annotation["Cue"] == ["0:2"] and annotation["Source"] == ["0:0", "0:1"]
    assert annotation["Frame"] == ["0:0", "0:1", "0:2", "0:3"]
    assert set(annotation) >= {"Message", "Frame", "Addr", "Form", "STWR", "IsNested", "HasNested"}


def test_according_noun_belongs_to_the_source_and_the_form_is_indirect(pack):
    _, [annotation] = annotations(
        pack, "Nach/ADP/2/case/nach Angaben/NOUN/6/obl/Angabe des/DET/4/det/der/" + DEF +
        " NIS/PROPN/2/nmod Soldaten/NOUN/6/nsubj:pass getötet/VERB/0/root/töten wurden/AUX/6/aux:pass/werden/"
        "VerbForm=Fin|Mood=Ind|Tense=Past ./PUNCT/6/punct")
    assert annotation.role("Cue") == {(0, 0)}                            # Nach
    assert annotation.role("Source") == {(0, 1), (0, 2), (0, 3)}         # Angaben des NIS
    assert annotation.form == "Indirect"
    assert {(0, 4), (0, 5), (0, 6)} <= annotation.role("Message")


ACCORDING_WITH_ADJECTIVE = (
    "Nach/ADP/3/case/nach eigenen/ADJ/3/amod/eigen Angaben/NOUN/4/obl/Angabe erhielt/VERB/0/root/erhalten/" + FIN +
    " das/DET/6/det/der/" + DEF + " Amt/NOUN/4/nsubj mehr/ADJ/8/amod Geld/NOUN/4/obj ./PUNCT/4/punct")


def test_source_words_leave_the_message(pack):
    # SpkAtt's roles share no token: "eigenen Angaben" is the source, not part of the message
    _, [annotation] = annotations(pack, ACCORDING_WITH_ADJECTIVE)
    assert annotation.role("Source") == {(0, 1), (0, 2)}
    assert not annotation.role("Message") & annotation.role("Source")
    assert {(0, 3), (0, 4), (0, 5), (0, 6), (0, 7)} <= annotation.role("Message")


def test_frame_is_the_reporting_clause_with_the_comma_before_the_message(pack):
    _, [annotation] = annotations(pack, SAGTE_CLAUSE)
    assert annotation.role("Frame") == {(0, 0), (0, 1), (0, 2), (0, 3)}     # Der Minister sagte ,


def test_frame_after_a_quotation_leaves_out_the_closing_mark(pack):
    _, [annotation] = annotations(pack, QUOTE)
    assert annotation.role("Frame") == {(0, 6), (0, 7), (0, 8), (0, 9)}     # , sagte der Minister


def test_frame_of_an_according_phrase_is_the_phrase(pack):
    _, [annotation] = annotations(pack, ACCORDING_WITH_ADJECTIVE)
    assert annotation.role("Frame") == {(0, 0), (0, 1), (0, 2)}             # Nach eigenen Angaben


def told(*addressee: str) -> str:
    """ "Der Minister sagte <addressee>, die Lage sei ernst." with the addressee on the verb."""
    n = len(addressee)
    return ("Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj sagte/VERB/0/root/sagen/" + FIN + " " +
            " ".join(addressee) + f" ,/PUNCT/{8 + n}/punct die/DET/{6 + n}/det/der/" + DEF +
            f" Lage/NOUN/{8 + n}/nsubj sei/AUX/{8 + n}/cop/sein/" + SUB + " ernst/ADJ/3/ccomp ./PUNCT/3/punct")


def test_addressee_is_the_dative_object_of_the_cue_verb(pack):
    _, [annotation] = annotations(pack, told("der/DET/5/det/der/Case=Dat|" + DEF, "Zeitung/NOUN/3/obl//Case=Dat"))
    assert annotation.role("Addr") == {(0, 3), (0, 4)}                      # der Zeitung
    assert annotation.role("Frame") == {(0, 0), (0, 1), (0, 2), (0, 3), (0, 4), (0, 5)}


def test_addressee_keeps_its_quotation_marks_but_not_a_clause_hung_on_it(pack):
    _, [annotation] = annotations(pack, told("der/DET/6/det/der/Case=Dat|" + DEF, "„/PUNCT/6/punct",
                                             "Zeitung/NOUN/3/obl//Case=Dat", "“/PUNCT/6/punct"))
    assert annotation.role("Addr") == {(0, 3), (0, 4), (0, 5), (0, 6)}      # der „ Zeitung “
    # "sagte der Zeitung, die wartete, …"
    _, [annotation] = annotations(pack, told("der/DET/5/det/der/Case=Dat|" + DEF, "Zeitung/NOUN/3/obl//Case=Dat",
                                             ",/PUNCT/8/punct", "die/PRON/8/nsubj",
                                             "wartete/VERB/5/acl:relcl/warten/" + FIN))
    assert annotation.role("Addr") == {(0, 3), (0, 4)}                      # der Zeitung


def test_addressee_after_gegenueber_leaves_out_the_preposition(pack):
    _, [annotation] = annotations(pack, told("gegenüber/ADP/6/case/gegenüber", "der/DET/6/det/der/Case=Dat|" + DEF,
                                             "Presse/NOUN/3/obl//Case=Dat"))
    assert annotation.role("Addr") == {(0, 4), (0, 5)}                      # der Presse


def test_addressee_of_a_verb_of_asking_is_its_object(pack):
    # "Die Partei forderte die Regierung auf, die Steuern zu senken."
    _, [annotation] = annotations(
        pack, "Die/DET/2/det/der/Case=Nom|" + DEF + " Partei/NOUN/3/nsubj forderte/VERB/0/root/fordern/" + FIN +
        " die/DET/5/det/der/Case=Acc|" + DEF + " Regierung/NOUN/3/obj//Case=Acc auf/ADP/3/compound:prt"
        " ,/PUNCT/11/punct die/DET/9/det/der/" + DEF + " Steuern/NOUN/11/obj zu/PART/11/mark"
        " senken/VERB/3/xcomp/senken/VerbForm=Inf ./PUNCT/3/punct")
    assert annotation.role("Cue") >= {(0, 2), (0, 5)}                       # forderte … auf
    assert annotation.role("Addr") == {(0, 3), (0, 4)}                      # die Regierung


def test_no_addressee_without_dative_or_addressee_preposition(pack):
    _, [annotation] = annotations(pack, told("in/ADP/6/case/in", "der/DET/6/det/der/Case=Dat|" + DEF,
                                             "Stadt/NOUN/3/obl//Case=Dat"))
    assert not annotation.role("Addr")                                      # in der Stadt


def test_frame_of_a_postposed_so_keeps_its_comma(pack):
    # "Es gebe etwa 4.700 Opfer, so der südkoreanische Geheimdienst."
    _, [annotation] = annotations(
        pack, "Es/PRON/2/expl gebe/VERB/0/root/geben/" + SUB + " etwa/ADV/4/advmod 4.700/NUM/5/nummod"
        " Opfer/NOUN/2/obj ,/PUNCT/7/punct so/ADV/2/advmod der/DET/10/det/der/Case=Nom|" + DEF +
        " südkoreanische/ADJ/10/amod Geheimdienst/NOUN/7/dep ./PUNCT/2/punct")
    assert annotation.role("Frame") == {(0, 5), (0, 6), (0, 7), (0, 8), (0, 9)}   # , so der … Geheimdienst


def test_frame_of_laut_keeps_the_quotation_marks_of_its_source(pack):
    # "Laut „Figaro“ ist die Lage ernst."
    _, [annotation] = annotations(
        pack, "Laut/ADP/3/case/laut „/PUNCT/3/punct Figaro/PROPN/8/obl “/PUNCT/3/punct ist/AUX/8/cop/sein/" + PRES +
        " die/DET/7/det/der/" + DEF + " Lage/NOUN/8/nsubj ernst/ADJ/0/root ./PUNCT/8/punct")
    assert annotation.role("Frame") == {(0, 0), (0, 1), (0, 2), (0, 3)}     # Laut „ Figaro “


def test_nested_quotation_shares_the_frame_of_its_message(pack):
    _, annotations_ = annotations(pack, ENTGEGNETE_QUOTED_VERB)
    outer = next(a for a in annotations_ if not a.nested)
    nested = [a for a in annotations_ if a.nested]
    assert nested and outer.role("Frame") == {(0, 0), (0, 1), (0, 2)}       # Merkel entgegnete ,
    assert all(a.role("Frame") == outer.role("Frame") for a in nested)
    gold = GoldDocument("a.json", [], [], {"DocumentName": "a", "Sentences": []})
    written = to_json(gold, annotations_)["Annotations"]
    assert [(a["IsNested"], a["HasNested"]) for a in written] == [(a.nested, a is outer) for a in annotations_]


def test_carried_sentence_keeps_the_according_noun_in_its_source(pack):
    # "Nach Angaben des NIS wurden Soldaten getötet. Man habe keine Einigung erzielt."
    _, found = annotations(
        pack, "Nach/ADP/2/case/nach Angaben/NOUN/6/obl/Angabe des/DET/4/det/der/" + DEF +
        " NIS/PROPN/2/nmod Soldaten/NOUN/6/nsubj:pass getötet/VERB/0/root/töten wurden/AUX/6/aux:pass/werden/"
        "VerbForm=Fin|Mood=Ind|Tense=Past ./PUNCT/6/punct", CARRIED)
    assert found[-1].form == "IndirectFreeIndirect"
    assert found[-1].role("Source") == {(0, 1), (0, 2), (0, 3)}          # Angaben des NIS


def test_named_speech_act_is_reported_over_the_whole_sentence_without_cue(pack):
    _, [annotation] = annotations(
        pack, "Der/DET/2/det/der/Case=Nom|" + DEF + " Verband/NOUN/3/nsubj forderte/VERB/0/root/fordern/"
        "VerbForm=Fin|Mood=Ind|Tense=Past höhere/ADJ/5/amod Löhne/NOUN/3/obj ./PUNCT/3/punct")
    assert annotation.form == "Reported" and not annotation.role("Cue")
    assert annotation.role("Source") == {(0, 0), (0, 1)}
    assert annotation.role("Message") == {(0, i) for i in range(6)}


def test_a_stance_on_a_claim_only_named_is_no_annotation_but_an_accusation_is(pack):
    # "Die Klinik wies die Vorwürfe zurück" says nothing of what was claimed
    _, found = annotations(
        pack, "Die/DET/2/det/der/Case=Nom|" + DEF + " Klinik/NOUN/3/nsubj wies/VERB/0/root/zurückweisen/"
        "VerbForm=Fin|Mood=Ind|Tense=Past die/DET/5/det/der Vorwürfe/NOUN/3/obj zurück/ADP/3/compound:prt ./PUNCT/3/punct")
    assert found == []
    _, [accusation] = annotations(
        pack, "Die/DET/2/det/der/Case=Nom|" + DEF + " Opposition/NOUN/3/nsubj warf/VERB/0/root/vorwerfen/"
        "VerbForm=Fin|Mood=Ind|Tense=Past dem/DET/5/det/der Minister/NOUN/3/iobj Untreue/NOUN/3/obj"
        " vor/ADP/3/compound:prt ./PUNCT/3/punct")
    assert accusation.form == "Reported" and accusation.role("Source") == {(0, 0), (0, 1)}


def test_source_keeps_its_apposition(pack):
    _, [annotation] = annotations(
        pack, "Ein/DET/2/det/ein Sprecher/NOUN/6/nsubj ,/PUNCT/4/punct Beringer/PROPN/2/appos ,/PUNCT/6/punct"
        " sagte/VERB/0/root/sagen/VerbForm=Fin|Mood=Ind|Tense=Past ,/PUNCT/10/punct es/PRON/10/nsubj"
        " sei/AUX/10/cop/sein/" + SUB + " ernst/ADJ/6/ccomp ./PUNCT/6/punct")
    assert {(0, 0), (0, 1), (0, 3)} <= annotation.role("Source")


def test_a_run_of_carried_sentences_is_one_annotation(pack):
    # SpkAtt gives reported speech that goes on over several sentences one message
    _, found = annotations(pack, SAGTE_CLAUSE, CARRIED, CARRIED)
    assert len(found) == 2
    run = found[-1]
    assert run.form == "IndirectFreeIndirect"
    assert run.role("Message") == {(s, i) for s in (1, 2) for i in range(5)}


def test_quotation_over_two_sentences_is_one_annotation_with_its_cue(pack):
    _, found = annotations(
        pack, "Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj sagte/VERB/0/root/sagen/"
        "VerbForm=Fin|Mood=Ind|Tense=Past :/PUNCT/7/punct „+/PUNCT/7/punct Wir/PRON/7/nsubj"
        " verhandeln+/VERB/3/parataxis/verhandeln/VerbForm=Fin|Mood=Ind|Tense=Pres ./PUNCT/3/punct",
        "Wir/PRON/2/nsubj hoffen/VERB/0/root/hoffen/VerbForm=Fin|Mood=Ind|Tense=Pres auf/ADP/4/case"
        " Frieden+/NOUN/2/obl ./PUNCT/2/punct “/PUNCT/2/punct")
    [quote] = found
    assert quote.form == "Direct" and quote.role("Cue") == {(0, 2)}
    assert {(0, 5), (0, 6), (1, 0), (1, 1), (1, 3)} <= quote.role("Message")


def test_quotation_going_on_after_a_parenthetical_cue_is_a_second_annotation_with_it(pack):
    # "„Wir verhandeln“, sagte der Minister. „Wir hoffen auf Frieden.“": SpkAtt runs a
    # message past its cue sentence only where the cue comes first
    _, found = annotations(
        pack, "„+/PUNCT/3/punct Wir/PRON/3/nsubj verhandeln+/VERB/6/ccomp/verhandeln/" + PRES + " “/PUNCT/3/punct"
        " ,/PUNCT/3/punct sagte/VERB/0/root/sagen/" + FIN + " der/DET/8/det/der/Case=Nom|" + DEF +
        " Minister+/NOUN/6/nsubj ./PUNCT/6/punct",
        "„+/PUNCT/3/punct Wir/PRON/3/nsubj hoffen/VERB/0/root/hoffen/" + PRES + " auf/ADP/5/case"
        " Frieden+/NOUN/3/obl ./PUNCT/3/punct “/PUNCT/3/punct")
    first, second = found
    assert first.form == second.form == "Direct"
    assert first.role("Cue") == second.role("Cue") == {(0, 5)}
    assert first.role("Source") == second.role("Source") == {(0, 6), (0, 7)}
    assert {s for s, _ in first.role("Message")} == {0} and {s for s, _ in second.role("Message")} == {1}


def test_source_span_takes_names_and_places_but_not_clauses_or_stray_objects(pack):
    # "Ein Sprecher der Polizei in Berlin, der anonym bleiben wollte, sagte, …": the relative
    # clause is not part of the source; a place name attached with a preposition is
    sentence = ("Ein/DET/2/det/ein Sprecher/NOUN/12/nsubj der/DET/4/det/der/Case=Gen|" + DEF +
                " Polizei/NOUN/2/nmod//Case=Gen in/ADP/6/case Berlin/PROPN/2/nmod ,/PUNCT/10/punct"
                " der/PRON/10/nsubj anonym/ADJ/10/advmod bleiben/VERB/2/acl:relcl wollte/AUX/10/aux"
                " sagte/VERB/0/root/sagen/VerbForm=Fin|Mood=Ind|Tense=Past ,/PUNCT/16/punct es/PRON/16/nsubj"
                " sei/AUX/16/cop/sein/" + SUB + " ernst/ADJ/12/ccomp ./PUNCT/12/punct")
    _, [annotation] = annotations(pack, sentence)
    assert annotation.role("Source") == {(0, i) for i in range(6)}
    stray = ("Der/DET/2/det/der/Case=Nom|" + DEF + " Verband/NOUN/5/nsubj am/ADP/4/case Montag/NOUN/2/nmod"
             " sagte/VERB/0/root/sagen/VerbForm=Fin|Mood=Ind|Tense=Past ,/PUNCT/9/punct es/PRON/9/nsubj"
             " sei/AUX/9/cop/sein/" + SUB + " ernst/ADJ/5/ccomp ./PUNCT/5/punct")
    _, [annotation] = annotations(pack, stray)
    assert annotation.role("Source") == {(0, 0), (0, 1)}


def test_source_span_keeps_quotation_marks_the_parser_hung_elsewhere(pack):
    # "Die „Süddeutsche Zeitung“ berichtete, …": the opening quote hangs on the verb
    sentence = ("Die/DET/4/det/der/Case=Nom|" + DEF + " „/PUNCT/6/punct Süddeutsche/ADJ/4/amod"
                " Zeitung/NOUN/6/nsubj “/PUNCT/4/punct berichtete/VERB/0/root/berichten/VerbForm=Fin|Mood=Ind|Tense=Past"
                " ,/PUNCT/10/punct es/PRON/10/nsubj sei/AUX/10/cop/sein/" + SUB + " ernst/ADJ/6/ccomp ./PUNCT/6/punct")
    _, [annotation] = annotations(pack, sentence)
    assert annotation.role("Source") == {(0, i) for i in range(5)}


def test_source_span_leaves_out_objects_the_parser_hung_on_it(pack):
    # "Nach Angaben der Opposition einige Polizisten verletzt worden": the parser hung the
    # subject of the clause on "Angaben"
    sentence = ("Nach/ADP/2/case/nach Angaben/NOUN/7/obl/Angabe der/DET/4/det/der/Case=Gen|" + DEF +
                " Opposition/NOUN/2/nmod//Case=Gen einige/DET/6/det Polizisten/NOUN/2/nmod//Case=Acc"
                " verletzt/VERB/0/root/verletzen seien/AUX/7/aux:pass/sein/" + SUB + " ./PUNCT/7/punct")
    _, found = annotations(pack, sentence)
    assert [a.role("Source") for a in found] == [{(0, 1), (0, 2), (0, 3)}]     # Angaben der Opposition


@pytest.mark.parametrize("predicative", [
    # "Die Reform gilt nach Aussagen des Verbands als die „größte Hürde“."
    "als/CCONJ/12/cc die/DET/12/det/der „/PUNCT/12/punct größte/ADJ/12/amod Hürde/NOUN/7/conj"
    " “/PUNCT/12/punct",
    # "Die Reform gilt nach Aussagen des Verbands „die Kosten und die Fristen“."
    "„/PUNCT/10/punct die/DET/10/det/der Kosten/NOUN/5/appos und/CCONJ/13/cc die/DET/13/det/der"
    " Fristen/NOUN/10/conj “/PUNCT/10/punct",
])
def test_source_span_leaves_out_a_predicative_the_parser_hung_on_it(pack, predicative):
    sentence = ("Die/DET/2/det/der/" + DEF + " Reform/NOUN/3/nsubj gilt/VERB/0/root/gelten/" + PRES +
                " nach/ADP/5/case Aussagen/NOUN/3/obl/Aussage des/DET/7/det/der/Case=Gen|" + DEF +
                " Verbands/NOUN/5/nmod//Case=Gen " + predicative + " ./PUNCT/3/punct")
    _, found = annotations(pack, sentence)
    # (a quotation among the message's words is a nested annotation of its own)
    assert found and {a.role("Source") for a in found} == {frozenset({(0, 4), (0, 5), (0, 6)})}   # Aussagen des Verbands


def test_source_span_goes_on_over_names_the_parser_hung_elsewhere(pack):
    # "Die Archäologin Montserrat Sanz sagte, …" with the name hung on the verb
    sentence = ("Die/DET/2/det/der/Case=Nom|" + DEF + " Archäologin/NOUN/5/nsubj Montserrat/PROPN/5/obj"
                " Sanz/PROPN/3/flat sagte/VERB/0/root/sagen/VerbForm=Fin|Mood=Ind|Tense=Past ,/PUNCT/9/punct"
                " es/PRON/9/nsubj sei/AUX/9/cop/sein/" + SUB + " alt/ADJ/5/ccomp ./PUNCT/5/punct")
    _, [annotation] = annotations(pack, sentence)
    assert annotation.role("Source") == {(0, 0), (0, 1), (0, 2), (0, 3)}


def test_source_span_takes_a_bare_title_before_the_name(pack):
    # "Das musste Bundesfinanzminister Peer Steinbrück einräumen": the title as a second subject
    sentence = ("Das/PRON/6/obj musste/AUX/6/aux/müssen/VerbForm=Fin|Mood=Ind|Tense=Past Bundesfinanzminister/NOUN/6/obl"
                " Peer/PROPN/5/flat Steinbrück/PROPN/6/nsubj einräumen/VERB/0/root/einräumen ./PUNCT/6/punct")
    _, found = annotations(pack, "Die/DET/2/det/der/" + DEF + " Lage/NOUN/4/nsubj sei/AUX/4/cop/sein/" + SUB +
                           " ernst/ADJ/0/root ./PUNCT/4/punct", sentence)
    assert {(1, 2), (1, 3), (1, 4)} in [a.role("Source") for a in found]


def test_according_noun_without_genitive_is_the_source(pack):
    _, [annotation] = annotations(
        pack, "Nach/ADP/3/case/nach eigenen/ADJ/3/amod Angaben/NOUN/5/obl/Angabe Soldaten/NOUN/5/nsubj:pass"
        " starben/VERB/0/root/sterben/VerbForm=Fin|Mood=Ind|Tense=Past ./PUNCT/5/punct")
    assert annotation.role("Cue") == {(0, 0)}                    # Nach
    assert annotation.role("Source") == {(0, 1), (0, 2)}         # eigenen Angaben


def test_claim_before_a_demonstrative_cue_is_one_annotation_with_it(pack):
    from test_reporting_verbs import CLAIM
    _, [annotation] = annotations(pack, CLAIM, "Dies/PRON/2/obj/dies teilte/VERB/0/root/mitteilen/"
                                  "VerbForm=Fin|Mood=Ind|Tense=Past ein/DET/4/det Sprecher/NOUN/2/nsubj"
                                  " mit/ADP/2/compound:prt ./PUNCT/2/punct")
    assert annotation.form == "Indirect"
    assert annotation.role("Message") == {(0, i) for i in range(6)} | {(1, 0)}    # the claim and "Dies"
    assert annotation.role("Cue") == {(1, 1), (1, 4)} and annotation.role("Source") == {(1, 2), (1, 3)}


def test_cue_takes_the_reflexive_and_the_pronominal_adverb(pack):
    # "Der Minister äußerte sich darüber, die Lage sei ernst": SpkAtt's cue is "äußerte sich darüber"
    _, [annotation] = annotations(
        pack, "Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj äußerte/VERB/0/root/äußern/"
        "VerbForm=Fin|Mood=Ind|Tense=Past sich/PRON/3/obj/er/Reflex=Yes|PronType=Prs darüber/ADV/3/advmod/darüber/PronType=Dem"
        " ,/PUNCT/10/punct die/DET/8/det/der Lage/NOUN/10/nsubj sei/AUX/10/cop/sein/" + SUB +
        " ernst/ADJ/3/ccomp ./PUNCT/3/punct")
    assert annotation.role("Cue") == {(0, 2), (0, 3), (0, 4)}



def test_the_auxiliary_the_cue_takes_is_no_message_word(pack):
    # "Wie das Ministerium mitgeteilt hat, ist der Fall gelöst": the wie-clause's message spans
    # the sentence; "hat" is in the cue, so not in the message
    _, [annotation] = annotations(
        pack, "Wie/CCONJ/4/cc das/DET/3/det/der/" + DEF + " Ministerium/NOUN/4/nsubj"
        " mitgeteilt/VERB/10/advcl/mitteilen/VerbForm=Part hat/AUX/4/aux/haben/" + PRES + " ,/PUNCT/4/punct"
        " ist/AUX/10/aux:pass/sein/" + PRES + " der/DET/9/det/der/" + DEF + " Fall/NOUN/10/nsubj:pass"
        " gelöst/VERB/0/root/lösen/VerbForm=Part ./PUNCT/10/punct")
    assert {(0, 0), (0, 3), (0, 4)} <= annotation.role("Cue")
    assert not annotation.role("Cue") & annotation.role("Message")


def test_an_auxiliary_hung_on_a_finite_cue_across_a_comma_is_not_the_cues(pack):
    # "Die Anreise könne ein Problem werden, sagte sie": the parser hangs "könne" on "sagte",
    # which neither makes the cue a modal of ability nor a cue word
    _, [annotation] = annotations(
        pack, "Die/DET/2/det/der/" + DEF + " Anreise/NOUN/8/ccomp könne/AUX/8/aux/können/" + SUB +
        " ein/DET/5/det/ein Problem/NOUN/6/obl werden/AUX/8/aux/werden/VerbForm=Inf ,/PUNCT/2/punct"
        " sagte/VERB/0/root/sagen/" + FIN + " sie/PRON/8/nsubj ./PUNCT/8/punct")
    assert annotation.role("Cue") == {(0, 7)}


def test_dazu_is_a_cue_word_only_where_the_verb_governs_zu(pack):
    # "Der Minister sagte dazu, die Lage sei ernst": "dazu" names the topic, no cue word
    _, [said] = annotations(
        pack, "Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj sagte/VERB/0/root/sagen/" + FIN +
        " dazu/ADV/3/advmod/dazu/PronType=Dem ,/PUNCT/9/punct die/DET/7/det/der Lage/NOUN/9/nsubj"
        " sei/AUX/9/cop/sein/" + SUB + " ernst/ADJ/3/ccomp ./PUNCT/3/punct")
    assert said.role("Cue") == {(0, 2)}
    # "Die Partei forderte die Bürger dazu auf, zu wählen": "auffordern zu" governs it
    _, [urged] = annotations(
        pack, "Die/DET/2/det/der/Case=Nom|" + DEF + " Partei/NOUN/3/nsubj forderte/VERB/0/root/fordern/" + FIN +
        " die/DET/5/det/der Bürger/NOUN/3/obj dazu/ADV/3/advmod/dazu/PronType=Dem auf/ADP/3/compound:prt"
        " ,/PUNCT/10/punct zu/PART/10/mark wählen/VERB/3/xcomp ./PUNCT/3/punct")
    assert {(0, 2), (0, 5), (0, 6)} <= urged.role("Cue")


def test_a_pronominal_adverb_opening_darueber_hinaus_is_no_cue_word(pack):
    # "Darüber hinaus sagte der Minister, die Lage sei ernst": "furthermore", not what was said
    # about something; "Der Minister sprach darüber, dass …" keeps it
    furthermore = (" hinaus/ADV/1/advmod sagte/VERB/0/root/sagen/" + FIN + " der/DET/5/det/der/Case=Nom|" + DEF +
                   " Minister/NOUN/3/nsubj ,/PUNCT/10/punct die/DET/8/det/der Lage/NOUN/10/nsubj"
                   " sei/AUX/10/cop/sein/" + SUB + " ernst/ADJ/3/ccomp ./PUNCT/3/punct")
    _, [said] = annotations(pack, "Darüber/ADV/3/advmod/darüber/PronType=Dem" + furthermore)
    assert said.role("Cue") == {(0, 2)}
    _, [spoke] = annotations(
        pack, "Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj sprach/VERB/0/root/sprechen/" + FIN +
        " darüber/ADV/3/advmod/darüber/PronType=Dem ,/PUNCT/9/punct dass/SCONJ/9/mark die/DET/8/det/der"
        " Lage/NOUN/9/nsubj ernst/ADJ/3/ccomp sei/AUX/9/cop/sein/" + SUB + " ./PUNCT/3/punct")
    assert (0, 3) in spoke.role("Cue")


@pytest.mark.parametrize("adverb", ["damals", "dagegen"])
def test_a_demonstrative_adverb_that_stands_for_no_message_is_no_cue_word(pack, adverb):
    # "Die Forscher glaubten damals, die Lage sei ernst" / "Die Veranstalter erklären dagegen,
    # …": "damals" is no pronominal adverb, "dagegen" one "erklären" does not govern
    _, [annotation] = annotations(
        pack, "Die/DET/2/det/der/Case=Nom|" + DEF + " Forscher/NOUN/3/nsubj glaubten/VERB/0/root/glauben/" + FIN +
        f" {adverb}/ADV/3/advmod/{adverb}/PronType=Dem ,/PUNCT/9/punct die/DET/7/det/der Lage/NOUN/9/nsubj"
        " sei/AUX/9/cop/sein/" + SUB + " ernst/ADJ/3/ccomp ./PUNCT/3/punct")
    assert annotation.role("Cue") == {(0, 2)}


def test_cue_takes_the_expletive_es(pack):
    # "Es wird befürchtet, dass die Zahl steigt": SpkAtt's cue is "Es wird befürchtet"
    _, [annotation] = annotations(
        pack, "Es/PRON/3/expl/es wird/AUX/3/aux:pass/werden/" + PRES + " befürchtet/VERB/0/root/befürchten/VerbForm=Part"
        " ,/PUNCT/8/punct dass/SCONJ/8/mark die/DET/7/det/der/" + DEF + " Zahl/NOUN/8/nsubj steigt/VERB/3/ccomp/steigen/" +
        PRES + " ./PUNCT/3/punct")
    assert annotation.role("Cue") == {(0, 0), (0, 1), (0, 2)}


def test_an_es_of_the_reported_clause_is_no_cue_word(pack):
    # "„Wenn es regnet, bleiben wir“, sagt Brown": the parser hangs the quotation's "es" on "sagt"
    _, [annotation] = annotations(
        pack, "„/PUNCT/6/punct Wenn/SCONJ/4/mark es/PRON/10/nsubj/es regnet/VERB/6/advcl/regnen/" + PRES +
        " ,/PUNCT/6/punct bleiben/VERB/10/ccomp/bleiben/" + PRES + " wir/PRON/6/nsubj “/PUNCT/6/punct"
        " ,/PUNCT/10/punct sagt/VERB/0/root/sagen/" + PRES + " Brown/PROPN/10/nsubj ./PUNCT/10/punct")
    assert annotation.role("Cue") == {(0, 9)}                           # sagt


def test_a_pronominal_adverb_of_the_reported_clause_is_no_cue_word(pack):
    # "Die Veranstalter erklärten, sie hätten Hinweise darauf, dass es stimme": the parser
    # hangs "darauf", which belongs to "Hinweise", on "erklärten"
    _, found = annotations(
        pack, "Die/DET/2/det/der/" + DEF + " Veranstalter/NOUN/3/nsubj erklärten/VERB/0/root/erklären/" + FIN +
        " ,/PUNCT/6/punct sie/PRON/6/nsubj hätten/VERB/3/ccomp/haben/" + SUB + " Hinweise/NOUN/6/obj"
        " darauf/ADV/3/advmod/darauf/PronType=Dem ,/PUNCT/12/punct dass/SCONJ/12/mark es/PRON/12/nsubj"
        " stimme/VERB/7/acl/stimmen/" + SUB + " ./PUNCT/3/punct")
    assert {frozenset(a.role("Cue")) for a in found} == {frozenset({(0, 2)})}   # erklärten


def test_reporting_clause_with_colon_and_konjunktiv_after_it_is_one_annotation(pack):
    # "Der Minister kritisierte den Kurs: / Man habe keine Einigung." — the cue's annotation
    # takes what follows the colon; the object before the colon is not what was said
    colon = ("Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj kritisierte/VERB/0/root/kritisieren/"
             "VerbForm=Fin|Mood=Ind|Tense=Past den/DET/5/det/der/Case=Acc Kurs/NOUN/3/obj :/PUNCT/3/punct")
    _, found = annotations(pack, colon, CARRIED)
    assert len(found) == 1
    [annotation] = found
    assert annotation.form == "Indirect" and annotation.role("Cue") == {(0, 2)}
    assert annotation.role("Message") == {(1, i) for i in range(5)}


# "Sie sagte dazu gegenüber der ARD:" — the words before the colon frame what follows
SAGTE_DAZU_COLON = ("Sie/PRON/2/nsubj sagte/VERB/0/root/sagen/" + FIN + " dazu/ADV/2/advmod gegenüber/ADP/6/case"
                    " der/DET/6/det/der/" + DEF + " ARD/PROPN/2/obl :/PUNCT/2/punct")


def test_a_colon_sentence_that_says_nothing_gives_its_quotation_the_cue(pack):
    _, found = annotations(pack, SAGTE_DAZU_COLON, "„+/PUNCT/3/punct Wir/PRON/3/nsubj kämpfen/VERB/0/root/kämpfen/" +
                           PRES + " weiter+/ADV/3/advmod ./PUNCT/3/punct “/PUNCT/3/punct")
    [annotation] = found
    assert annotation.form == "Direct" and annotation.role("Cue") == {(0, 1)}
    assert annotation.role("Message") == {(1, i) for i in range(6)}


def test_a_colon_sentence_that_says_nothing_and_no_quotation_after_it_is_no_annotation(pack):
    _, found = annotations(pack, SAGTE_DAZU_COLON, "Das/PRON/2/nsubj regnete/VERB/0/root/regnen/" + FIN +
                           " ./PUNCT/2/punct")
    assert found == []


def test_a_quotation_after_a_colon_takes_the_introducing_verb_as_its_cue(pack):
    # "Dabei griff sie den Präsidenten an: / „Er lügt.“" — no cue verb, but SpkAtt marks the
    # verb that introduces the quotation
    _, found = annotations(pack, "Dabei/ADV/2/advmod griff/VERB/0/root/greifen/" + FIN + " sie/PRON/2/nsubj"
                           " den/DET/5/det/der Präsidenten/NOUN/2/obj an/ADP/2/compound:prt :/PUNCT/2/punct",
                           "„+/PUNCT/3/punct Er/PRON/3/nsubj lügt+/VERB/0/root/lügen/" + PRES +
                           " ./PUNCT/3/punct “/PUNCT/3/punct")
    [annotation] = [a for a in found if a.form == "Direct"]
    assert annotation.role("Cue") == {(0, 1), (0, 5)}                # griff … an
    assert annotation.role("Source") == {(0, 2)}                     # sie
    assert annotation.role("Message") == {(1, i) for i in range(5)}


def test_a_quotation_after_an_attitude_shown_takes_the_attitude_into_its_cue(pack):
    # "Der Minister zeigte sich besorgt: / „Er lügt.“" — the parser hangs "sich" on "besorgt"
    _, found = annotations(pack, "Der/DET/2/det/der/" + DEF + " Minister/NOUN/3/nsubj zeigte/VERB/0/root/zeigen/" +
                           FIN + " sich/PRON/5/obj/er/Reflex=Yes|PronType=Prs besorgt/ADJ/3/xcomp :/PUNCT/3/punct",
                           "„+/PUNCT/3/punct Er/PRON/3/nsubj lügt+/VERB/0/root/lügen/" + PRES +
                           " ./PUNCT/3/punct “/PUNCT/3/punct")
    [annotation] = [a for a in found if a.form == "Direct"]
    assert annotation.role("Cue") == {(0, 2), (0, 3), (0, 4)}       # zeigte sich besorgt


def test_demnach_is_cue_and_source(pack):
    # SpkAtt marks the anaphoric adverb both ways: "Demnach[C,S] sei die Lage ernst"
    _, found = annotations(pack, "Demnach/ADV/4/advmod die/DET/3/det Lage/NOUN/5/nsubj sei/AUX/5/cop/sein/" + SUB +
                           " ernst/ADJ/0/root ./PUNCT/5/punct")
    [annotation] = [a for a in found if a.role("Cue")]
    assert annotation.role("Cue") == {(0, 0)} == annotation.role("Source")


# "Der Minister sagte, die Lage sei „sehr ernst“."
QUOTED_FRAGMENT = ("Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj//Number=Sing "
                   "sagte/VERB/0/root/sagen/" + FIN + " ,/PUNCT/10/punct die/DET/6/det/der/" + DEF +
                   " Lage/NOUN/10/nsubj sei/AUX/10/cop/sein/" + SUB + " „/PUNCT/10/punct sehr/ADV/10/advmod"
                   " ernst/ADJ/3/ccomp “/PUNCT/10/punct ./PUNCT/3/punct")


def test_quoted_fragment_inside_indirect_speech_is_a_nested_direct_annotation(pack):
    _, found = annotations(pack, QUOTED_FRAGMENT)
    [top] = [a for a in found if not a.nested]
    [nested] = [a for a in found if a.nested]
    assert top.form == "Indirect" and nested.form == "Direct"
    assert nested.role("Message") == {(0, 7), (0, 8), (0, 9), (0, 10)}     # „ sehr ernst “
    assert nested.role("Cue") == top.role("Cue") == {(0, 2)}
    assert nested.role("Source") == top.role("Source") == {(0, 0), (0, 1)}


def test_a_mostly_quoted_clause_is_indirect_with_the_quotation_nested(pack):
    # "Sie sagte, es sei „völlig unfassbar und falsch und gefährlich für uns alle“": the
    # analyser calls it direct (most of its words are quoted); SpkAtt has the clause as
    # Indirect and the quotation nested in it
    _, found = annotations(
        pack, "Sie/PRON/2/nsubj sagte/VERB/0/root/sagen/" + FIN + " ,/PUNCT/10/punct es/PRON/10/nsubj"
        " sei/AUX/10/cop/sein/" + SUB + " „/PUNCT/10/punct völlig/ADV/8/advmod unfassbar/ADJ/10/amod"
        " und/CCONJ/10/cc falsch/ADJ/2/ccomp und/CCONJ/12/cc gefährlich/ADJ/10/conj für/ADP/14/case"
        " uns/PRON/12/obl alle/DET/14/det “/PUNCT/10/punct ./PUNCT/2/punct")
    [top] = [a for a in found if not a.nested]
    [nested] = [a for a in found if a.nested]
    assert top.form == "Indirect" and {(0, 3), (0, 4)} <= top.role("Message")     # es sei
    assert nested.form == "Direct" and nested.role("Message") == {(0, n) for n in range(5, 16)}
    assert nested.role("Cue") == top.role("Cue") == {(0, 1)}


def test_quotations_side_by_side_are_one_annotation_each_and_a_quoted_name_none(pack):
    # "Die Demonstranten riefen „wir sind hier“ und „wir bleiben hier“ vor der „Zeitung“":
    # each quotation is a Direct annotation of its own with the cue; the quoted name is none
    _, found = annotations(
        pack, "Die/DET/2/det/der/" + DEF + " Demonstranten/NOUN/3/nsubj riefen/VERB/0/root/rufen/" + FIN +
        " „/PUNCT/7/punct wir/PRON/7/nsubj sind/AUX/7/cop/sein/" + PRES + " hier/ADV/3/ccomp “/PUNCT/7/punct"
        " und/CCONJ/14/cc „/PUNCT/14/punct wir/PRON/14/nsubj bleiben/VERB/14/cop/bleiben/" + PRES +
        " hier/ADV/7/conj “/PUNCT/14/punct vor/ADP/19/case der/DET/19/det/der/" + DEF + " „/PUNCT/19/punct"
        " Zeitung/NOUN/3/obl “/PUNCT/19/punct ./PUNCT/3/punct")
    assert sorted(sorted(a.role("Message")) for a in found) == [
        [(0, n) for n in range(3, 8)], [(0, n) for n in range(9, 14)]]
    assert all(a.form == "Direct" and a.role("Cue") == {(0, 2)} for a in found)


def test_quoted_fragment_holding_another_cue_is_still_a_nested_annotation(pack):
    # "Merkel entgegnete, dann solle der Iran „sehen, wie er dieses Gesetz ändern kann“": the
    # parser's "sehen" is a cue of its own, which does not make the quotation a name
    _, found = annotations(pack, ENTGEGNETE_QUOTED_VERB)
    [nested] = [a for a in found if a.nested and a.form == "Direct"]
    assert nested.role("Message") == {(0, t) for t in range(7, 17)}        # „ sehen … kann “
    assert nested.role("Cue") == {(0, 1)}                                   # entgegnete


def test_quoted_fragment_holding_its_own_cue_is_no_nested_annotation(pack):
    # "Die Lage ist „nach unserer Einschätzung ernst“": the adverbial's message is the
    # sentence, but the quotation holds its cue
    _, found = annotations(
        pack, "Die/DET/2/det/der/" + DEF + " Lage/NOUN/8/nsubj ist/AUX/8/cop/sein/" + PRES + " „/PUNCT/8/punct"
        " nach/ADP/7/case unserer/DET/7/det:poss/unser Einschätzung/NOUN/8/obl ernst/ADJ/0/root"
        " “/PUNCT/8/punct ./PUNCT/8/punct")
    assert [a.nested for a in found] == [False]


def test_quoted_name_inside_indirect_speech_is_no_nested_annotation(pack):
    # "Der Minister sagte, die „Bild Zeitung“ sei unseriös": a capitalised quotation without a verb is a name
    name = ("Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj//Number=Sing "
            "sagte/VERB/0/root/sagen/" + FIN + " ,/PUNCT/11/punct die/DET/7/det/der/" + DEF +
            " „/PUNCT/7/punct Bild/PROPN/7/compound Zeitung/PROPN/11/nsubj “/PUNCT/7/punct"
            " sei/AUX/11/cop/sein/" + SUB + " unseriös/ADJ/3/ccomp ./PUNCT/3/punct")
    _, found = annotations(pack, name)
    assert [a.form for a in found] == ["Indirect"]


def test_mit_den_worten_belongs_to_the_cue(pack):
    # "Der Minister sagte mit den Worten, die Lage sei ernst."
    _, [annotation] = annotations(pack, "Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj//Number=Sing"
                                  " sagte/VERB/0/root/sagen/" + FIN + " mit/ADP/6/case den/DET/6/det/der"
                                  " Worten/NOUN/3/obl/Wort ,/PUNCT/11/punct die/DET/9/det/der/" + DEF +
                                  " Lage/NOUN/11/nsubj sei/AUX/11/cop/sein/" + SUB + " ernst/ADJ/3/ccomp ./PUNCT/3/punct")
    assert annotation.role("Cue") == {(0, 2), (0, 3), (0, 4), (0, 5)}


def test_the_preposition_a_reporting_verb_governs_belongs_to_the_cue(pack):
    # "Der Minister sprach in Berlin von einem Erfolg, die Gespräche seien gut verlaufen":
    # "von" is a cue word, "in" is not
    _, [annotation] = annotations(pack, "Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj//Number=Sing"
                                  " sprach/VERB/0/root/sprechen/" + FIN + " in/ADP/5/case Berlin/PROPN/3/obl"
                                  " von/ADP/8/case einem/DET/8/det/ein Erfolg/NOUN/3/obl ,/PUNCT/14/punct"
                                  " die/DET/11/det/der/" + DEF + " Gespräche/NOUN/14/nsubj seien/AUX/14/aux/sein/" + SUB +
                                  " gut/ADJ/14/advmod verlaufen/VERB/3/ccomp/verlaufen ./PUNCT/3/punct")
    assert annotation.form == "Indirect" and annotation.role("Cue") == {(0, 2), (0, 5)}


def test_the_governed_preposition_on_the_verbs_object_belongs_to_the_cue(pack):
    # "Der Minister begründete den Rückzug mit der Lage, die Partei brauche ihn": the parser
    # hung "mit der Lage" on the object; "mit" is a cue word all the same
    _, [annotation] = annotations(pack, "Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj//Number=Sing"
                                  " begründete/VERB/0/root/begründen/" + FIN + " den/DET/5/det/der"
                                  " Rückzug/NOUN/3/obj mit/ADP/8/case der/DET/8/det/der Lage/NOUN/5/nmod"
                                  " ,/PUNCT/12/punct die/DET/11/det/der/" + DEF + " Partei/NOUN/12/nsubj"
                                  " brauche/VERB/3/ccomp/brauchen/" + SUB + " ihn/PRON/12/obj ./PUNCT/3/punct")
    assert annotation.role("Cue") == {(0, 2), (0, 5)}


def test_a_clock_time_hung_on_the_speaker_is_no_part_of_the_source(pack):
    # "Ein Sprecher gegen 10 Uhr sagte, es habe gebrannt": the time belongs to the clause
    _, [annotation] = annotations(pack, "Ein/DET/2/det/ein Sprecher/NOUN/6/nsubj//Number=Sing gegen/ADP/5/case"
                                  " 10/NUM/5/nummod Uhr/NOUN/2/nmod sagte/VERB/0/root/sagen/" + FIN +
                                  " ,/PUNCT/11/punct es/PRON/11/nsubj habe/AUX/11/aux/haben/" + SUB +
                                  " gebrannt/VERB/6/ccomp/brennen ./PUNCT/6/punct")
    assert annotation.role("Source") == {(0, 0), (0, 1)}


def test_a_passive_act_with_its_agent_names_the_source_but_is_no_annotation(pack):
    # "Die Zahl wurde vom Ministerium bestätigt": who confirmed shows in the verdict; SpkAtt
    # annotates no message without the words said
    document, found = annotations(pack, "Die/DET/2/det/der/" + DEF + " Zahl/NOUN/6/nsubj:pass wurde/AUX/6/aux:pass/werden/" +
                                  FIN + " vom/ADP/5/case/von Ministerium/NOUN/6/obl bestätigt/VERB/0/root/bestätigen"
                                  " ./PUNCT/6/punct")
    [verdict] = judge_document(document, pack)
    assert (verdict.source, verdict.cue) == ("Ministerium", "bestätigt")
    assert found == []


def test_adverbial_inside_reported_speech_is_nested_and_the_speech_is_not(pack):
    # "Der Minister sagte, laut Polizei seien zwei Menschen verletzt worden": the adverbial's
    # message is the whole sentence, so each cue stands in the other's message
    _, found = annotations(pack, "Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj//Number=Sing"
                           " sagte/VERB/0/root/sagen/" + FIN + " ,/PUNCT/10/punct laut/ADP/6/case"
                           " Polizei/NOUN/10/obl seien/AUX/10/aux/sein/" + SUB + " zwei/NUM/9/nummod"
                           " Menschen/NOUN/10/nsubj:pass verletzt/VERB/3/ccomp/verletzen/VerbForm=Part"
                           " worden/AUX/10/aux:pass ./PUNCT/3/punct")
    nested = {min(a.role("Cue"))[1]: a.nested for a in found if a.role("Cue")}
    assert nested == {2: False, 4: True}       # sagte top level, laut nested


def test_first_person_hedge_gives_no_annotation(pack):
    # "Ich denke, die Lage sei ernst" (inside someone's quotation): the speaker's own hedge
    _, found = annotations(pack, "Ich/PRON/2/nsubj/ich/Case=Nom|Person=1|PronType=Prs denke/VERB/0/root/denken/" +
                           PRES.replace("Person=3", "Person=1") + " ,/PUNCT/7/punct die/DET/5/det/der/" + DEF +
                           " Lage/NOUN/7/nsubj sei/AUX/7/cop/sein/" + SUB + " ernst/ADJ/2/ccomp ./PUNCT/2/punct")
    assert not any(a.role("Cue") == {(0, 1)} for a in found)


def test_sie_at_the_start_of_a_quotation_may_be_she_or_they(pack):
    # "„Sie sagte, die Lage sei ernst“": a capital after the opening mark tells nothing
    _, found = annotations(pack, "„/PUNCT/3/punct Sie/PRON/3/nsubj sagte/VERB/0/root/sagen/" + FIN + " ,/PUNCT/9/punct"
                           " die/DET/6/det/der/" + DEF + " Lage/NOUN/9/nsubj sei/AUX/9/cop/sein/" + SUB +
                           " ernst/ADJ/3/ccomp “/PUNCT/3/punct")
    assert any(a.role("Cue") == {(0, 2)} for a in found)


@pytest.mark.parametrize("subject, annotated", [("Sie", False), ("du", False), ("sie", True)])
def test_a_question_to_the_addressee_gives_no_annotation(pack, subject, annotated):
    # "Glauben Sie, dass die Lage ernst ist?" in an interview asks, it reports nothing;
    # "glauben sie, …" (they) does
    _, found = annotations(pack, "Glauben/VERB/0/root/glauben/" + PRES + " " + subject + "/PRON/1/nsubj ,/PUNCT/7/punct"
                           " dass/SCONJ/7/mark die/DET/6/det/der/" + DEF + " Lage/NOUN/7/nsubj ernst/ADJ/1/ccomp"
                           " ist/AUX/7/cop/sein/" + PRES + " ?/PUNCT/1/punct")
    assert any(a.role("Cue") == {(0, 0)} for a in found) == annotated


@pytest.mark.parametrize("possessive, lemma, annotated", [("Meiner", "mein", False), ("Seiner", "sein", True)])
def test_a_first_person_according_phrase_gives_no_annotation(pack, possessive, lemma, annotated):
    # "Meiner Meinung nach ist die Lage ernst" (inside someone's quotation): the speaker's own
    # hedge; "Seiner Meinung nach …" names someone else
    _, found = annotations(pack, possessive + "/DET/2/det:poss/" + lemma + "/Poss=Yes|PronType=Prs"
                           " Meinung/NOUN/6/obl nach/ADP/2/case ist/AUX/6/cop/sein/" + PRES +
                           " die/DET/6/det/der/" + DEF + " Lage/NOUN/6/nsubj ernst/ADJ/0/root ./PUNCT/6/punct")
    assert any(a.role("Cue") == {(0, 2)} for a in found) == annotated


# "Ein Sprecher wollte nicht bestätigen, dass Zeugen eine Explosion hörten": nothing was said
NEGATED = ("Ein/DET/2/det/ein Sprecher/NOUN/5/nsubj wollte/AUX/5/aux/wollen/" + FIN +
           " nicht/PART/5/advmod bestätigen/VERB/0/root ,/PUNCT/11/punct dass/SCONJ/11/mark"
           " Zeugen/NOUN/11/nsubj eine/DET/10/det/ein Explosion/NOUN/11/obj hörten/VERB/5/ccomp/hören/" + FIN +
           " ./PUNCT/5/punct")
# "Man kann sagen, dass es ein Erfolg war": could be said, not said
ABLE = ("Man/PRON/3/nsubj kann/AUX/3/aux/können/" + PRES + " sagen/VERB/0/root ,/PUNCT/8/punct"
        " dass/SCONJ/8/mark es/PRON/8/nsubj ein/DET/8/det/ein Erfolg/NOUN/3/ccomp war/AUX/8/cop/sein/" + FIN +
        " ./PUNCT/3/punct")


@pytest.mark.parametrize("spec, word, asserted", [
    (NEGATED, " nicht/PART/5/advmod", " auch/ADV/5/advmod"),
    (ABLE, "kann/AUX/3/aux/können", "muss/AUX/3/aux/müssen"),
])
def test_a_cue_that_says_nothing_was_said_gives_no_annotation(pack, spec, word, asserted):
    _, found = annotations(pack, spec)
    assert found == []
    # the same cue said outright is annotated
    _, [said] = annotations(pack, spec.replace(word, asserted))
    assert said.role("Cue")


def test_a_nicht_of_the_reported_clause_leaves_the_cue_alone(pack):
    # "Er sagte, er wolle nicht kommen" with "nicht" hung on "sagte": the comma shows it is not its
    _, [said] = annotations(
        pack, "Er/PRON/2/nsubj sagte/VERB/0/root/sagen/" + FIN + " ,/PUNCT/7/punct er/PRON/7/nsubj"
        " wolle/AUX/7/aux/wollen/" + SUB + " nicht/PART/2/advmod kommen/VERB/2/ccomp ./PUNCT/2/punct")
    assert said.role("Cue") == {(0, 1)}


def test_the_als_of_a_predicative_the_parser_made_a_conjunct_is_a_cue_word(pack):
    # "Die Regierung bezeichnete den Gipfel als das „größte Ereignis“": the parser makes the
    # predicative a conjunct of the object; SpkAtt's cue is "bezeichnete … als"
    _, [called] = annotations(
        pack, "Die/DET/2/det/der/" + DEF + " Regierung/NOUN/3/nsubj bezeichnete/VERB/0/root/bezeichnen/" + FIN +
        " den/DET/5/det/der Gipfel/NOUN/3/obj als/CCONJ/10/cc das/DET/10/det/der „/PUNCT/10/punct"
        " größte/ADJ/10/amod Ereignis/NOUN/5/conj “/PUNCT/10/punct ./PUNCT/3/punct")
    assert called.role("Cue") == {(0, 2), (0, 5)}
    # "lobte sowohl den Gipfel als auch das „gute Klima“": a coordination, no predicative
    _, [praised] = annotations(
        pack, "Die/DET/2/det/der/" + DEF + " Regierung/NOUN/3/nsubj lobte/VERB/0/root/loben/" + FIN +
        " sowohl/CCONJ/6/cc den/DET/6/det/der Gipfel/NOUN/3/obj als/CCONJ/12/cc auch/ADV/12/advmod"
        " das/DET/12/det/der „/PUNCT/12/punct gute/ADJ/12/amod Klima/NOUN/6/conj “/PUNCT/12/punct ./PUNCT/3/punct")
    assert praised.role("Cue") == {(0, 2)}


def test_the_als_of_a_predicative_the_parser_hung_on_the_verb_is_a_cue_word(pack):
    # "Die Experten haben den Rauch als „nebelartig“ beschrieben", the predicative parsed as a
    # modifier of the verb: SpkAtt's cue is "haben … als … beschrieben"
    _, [described] = annotations(
        pack, "Die/DET/2/det/der/" + DEF + " Experten/NOUN/10/nsubj haben/AUX/10/aux/haben/" + PRES +
        " den/DET/5/det/der Rauch/NOUN/10/obj als/CCONJ/8/cc „/PUNCT/8/punct nebelartig/ADJ/10/amod"
        " “/PUNCT/8/punct beschrieben/VERB/0/root/beschreiben/VerbForm=Part ./PUNCT/10/punct")
    assert described.role("Cue") == {(0, 2), (0, 5), (0, 9)}


def test_the_als_of_a_temporal_clause_on_the_verb_is_no_cue_word(pack):
    # "„Sie sind Favorit“, sagte Blatter, als noch vier Bewerbungen vorlagen": a clause with
    # a finite verb, no predicative
    _, found = annotations(
        pack, "„/PUNCT/4/punct Sie/PRON/4/nsubj sind/AUX/4/cop/sein/" + PRES + " Favorit/NOUN/7/ccomp"
        " “/PUNCT/4/punct ,/PUNCT/4/punct sagte/VERB/0/root/sagen/" + FIN + " Blatter/PROPN/7/nsubj"
        " ,/PUNCT/14/punct als/SCONJ/14/mark noch/ADV/14/advmod vier/NUM/13/nummod Bewerbungen/NOUN/14/nsubj"
        " vorlagen/VERB/7/advcl/vorliegen/" + PRES + " ./PUNCT/7/punct")
    [said] = [a for a in found if (0, 6) in a.role("Cue")]
    assert said.role("Cue") == {(0, 6)}


def test_quotation_closed_by_marks_the_parser_hung_on_the_cue_is_still_nested(pack):
    # "Er sagte, sie wisse, „dass wir sehr bereit sind.“": the closing marks hang on "sagte",
    # outside the reported clause, yet the quotation is all in it
    _, found = annotations(
        pack, "Er/PRON/2/nsubj sagte/VERB/0/root/sagen/" + FIN + " ,/PUNCT/5/punct sie/PRON/5/nsubj"
        " wisse/VERB/2/ccomp/wissen/" + SUB + " ,/PUNCT/11/punct „/PUNCT/11/punct dass/SCONJ/11/mark"
        " wir/PRON/11/nsubj sehr/ADV/11/advmod bereit/ADJ/5/ccomp sind/AUX/11/cop/sein/" + PRES +
        " ./PUNCT/2/punct “/PUNCT/2/punct")
    [top] = [a for a in found if not a.nested]
    [nested] = [a for a in found if a.nested]
    assert top.form == "Indirect" and nested.form == "Direct"
    assert nested.role("Message") == {(0, n) for n in range(6, 14)}         # „ dass … sind . “
    assert nested.role("Cue") == top.role("Cue") == {(0, 1)}


def test_quotation_an_inner_attribution_says_is_not_nested_in_the_outer_one_too(pack):
    # "Der Minister bestritt das, die Sprecherin erklärte: „Wir sind bereit.“": the quotation
    # is the Sprecherin's annotation, not a second one nested in the Minister's
    _, found = annotations(
        pack, "Der/DET/2/det/der/" + DEF + " Minister/NOUN/3/nsubj bestritt/VERB/0/root/bestreiten/" + FIN +
        " das/PRON/3/obj ,/PUNCT/8/punct die/DET/7/det/der/" + DEF + " Sprecherin/NOUN/8/nsubj"
        " erklärte/VERB/3/ccomp/erklären/" + FIN + " :/PUNCT/8/punct „/PUNCT/13/punct Wir/PRON/13/nsubj"
        " sind/AUX/13/cop/sein/" + PRES + " bereit/ADJ/8/ccomp ./PUNCT/13/punct “/PUNCT/13/punct ./PUNCT/3/punct")
    quotation = {(0, n) for n in range(9, 15)}                                 # „ Wir sind bereit . “
    assert [a.role("Cue") for a in found if a.role("Message") == quotation] == [{(0, 7)}]   # erklärte
    assert any((0, 7) in a.role("Message") for a in found if a.role("Cue") == {(0, 2)})     # bestritt


def test_words_after_a_quotation_hung_on_the_cue_stay_out_of_its_clause(pack):
    # "Sie schrieben „Wir kommen wieder“ an die Wand.": the quotation is all that was said;
    # "an die Wand" does not make it a clause of the reporter's with the quotation nested
    _, found = annotations(
        pack, "Sie/PRON/2/nsubj schrieben/VERB/0/root/schreiben/" + FIN + " „/PUNCT/5/punct"
        " Wir/PRON/5/nsubj kommen/VERB/2/ccomp/kommen/" + PRES + " wieder/ADV/5/advmod “/PUNCT/5/punct"
        " an/ADP/10/case die/DET/10/det/der/" + DEF + " Wand/NOUN/2/obl ./PUNCT/2/punct")
    assert [(a.form, sorted(a.role("Message"))) for a in found] == [("Direct", [(0, n) for n in range(2, 7)])]


def test_a_stance_without_clause_or_object_is_no_annotation_but_keeps_its_source(pack):
    # "Die Polizei bestätigte.": the analyser shows who confirmed; SpkAtt has no message
    document, found = annotations(pack, "Die/DET/2/det/der/" + DEF + " Polizei/NOUN/3/nsubj"
                                  " bestätigte/VERB/0/root/bestätigen/" + FIN + " ./PUNCT/3/punct")
    assert found == []
    [verdict] = judge_document(document, pack)
    assert (verdict.source, verdict.cue, verdict.certainty) == ("Die Polizei", "bestätigte", "confirmed")
