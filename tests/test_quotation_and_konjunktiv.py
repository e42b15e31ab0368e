import pytest

from trees import DEF, FIN, PRES, SUB, parse

from attribution.verdicts import judge_document

QUOTE = ("„+/PUNCT/4/punct Die/DET/3/det/der/" + DEF + " Lage/NOUN/5/nsubj ist/AUX/5/cop/sein/" + PRES +
         " ernst+/ADJ/0/root “/PUNCT/5/punct ,/PUNCT/8/punct sagte/VERB/5/parataxis/sagen/" + FIN +
         " der/DET/10/det/der/Case=Nom|" + DEF + " Minister/NOUN/8/nsubj ./PUNCT/5/punct")


def test_direct_quote_with_speaker(pack):
    [v] = judge_document(parse(QUOTE), pack)
    assert (v.source, v.cue, v.form, v.certainty) == ("der Minister", "sagte", "direct", "reported")


# "Der Minister sagte: „Wir verhandeln." — a quotation opened and not yet closed
QUOTATION_OPENED = ("Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj sagte/VERB/0/root/sagen/" + FIN +
                    " :/PUNCT/7/punct „+/PUNCT/7/punct Wir/PRON/7/nsubj verhandeln+/VERB/3/parataxis/verhandeln/" +
                    PRES + " ./PUNCT/3/punct")


def test_quote_spanning_sentences_keeps_its_speaker(pack):
    doc = parse(QUOTATION_OPENED,
                "Wir/PRON/2/nsubj hoffen/VERB/0/root/hoffen/" + PRES + " auf/ADP/4/case Frieden+/NOUN/2/obl"
                " ./PUNCT/2/punct “/PUNCT/2/punct")
    first, second = judge_document(doc, pack)
    assert (first.source, first.form) == ("Der Minister", "direct")
    assert (second.source, second.form, second.carried_from) == ("Der Minister", "direct", 1)


def test_a_quoted_sentence_in_konjunktiv_goes_on_in_the_quotation(pack):
    # "Der Minister sagte: „Wir verhandeln. Wir hätten es wissen können.“": inside the open
    # quotation the Konjunktiv is the speaker's own, and the sentence is quoted, not reported
    doc = parse(QUOTATION_OPENED,
                "Wir/PRON/5/nsubj hätten/AUX/5/aux/haben/" + SUB + " es/PRON/4/obj wissen/VERB/5/xcomp/wissen/VerbForm=Inf"
                " können+/AUX/0/root/können/VerbForm=Inf ./PUNCT/5/punct “/PUNCT/5/punct")
    _, second = judge_document(doc, pack)
    assert (second.source, second.form, second.carried_from) == ("Der Minister", "direct", 1)


CUE = ("Der/DET/2/det/der/Case=Nom|" + DEF + " Sprecher/NOUN/3/nsubj sagte/VERB/0/root/sagen/" + FIN +
       " ,/PUNCT/8/punct die/DET/6/det/der/" + DEF + " Gespräche/NOUN/8/nsubj seien/AUX/8/cop/sein/" + SUB +
       " gescheitert/ADJ/3/ccomp ./PUNCT/3/punct")
CARRIED = ("Man/PRON/2/nsubj habe/AUX/5/aux/haben/" + SUB + " keine/DET/4/det Einigung/NOUN/5/obj"
           " erzielt/VERB/0/root/erzielen ./PUNCT/5/punct")
INDICATIVE = ("Die/DET/2/det/der/" + DEF + " Regierung/NOUN/3/nsubj tagt/VERB/0/root/tagen/" + PRES +
              " am/ADP/5/case Montag/NOUN/3/obl ./PUNCT/3/punct")


def test_konjunktiv_carries_the_source_over(pack):
    verdicts = judge_document(parse(CUE, CARRIED, CARRIED), pack)
    assert [(v.source, v.form, v.carried_from) for v in verdicts] == [
        ("Der Sprecher", "indirect", None), ("Der Sprecher", "free_indirect", 1), ("Der Sprecher", "free_indirect", 2)]
    assert [m.text for m in verdicts[1].markers] == ["habe"]


def test_konjunktiv_verb_first_in_the_sentence_carries_over_whatever_the_tree(pack):
    # "Die Fahrzeuge seien nicht in der Lage, damit zu fahren": the parser makes "Lage"
    # the root and hangs "seien" on the infinitive; it is still the main clause's verb
    misparsed = ("Die/DET/2/det/der/" + DEF + " Fahrzeuge/NOUN/9/nsubj seien/AUX/9/cop/sein/" + PRES +
                 " nicht/PART/6/advmod in/ADP/6/case Lage/NOUN/0/root ,/PUNCT/9/punct damit/ADV/9/advmod"
                 " zu/PART/9/mark fahren/VERB/6/xcomp ./PUNCT/9/punct")
    verdicts = judge_document(parse(CUE, misparsed), pack)
    assert (verdicts[1].source, verdicts[1].form, verdicts[1].carried_from) == ("Der Sprecher", "free_indirect", 1)
    # a Konjunktiv only in a clause after a comma is no main clause verb
    relative = ("Die/DET/2/det/der/" + DEF + " Regierung/NOUN/3/nsubj tagt/VERB/0/root/tagen/" + PRES +
                " ,/PUNCT/7/punct weil/SCONJ/7/mark es/PRON/7/nsubj eile/VERB/3/advcl/eilen/" + SUB + " ./PUNCT/3/punct")
    assert judge_document(parse(CUE, relative), pack)[1].carried_from is None


def test_konjunktiv_looks_past_author_sentences_up_to_the_packs_gap(pack):
    # reported speech often runs on after a background sentence in the author's voice
    verdicts = judge_document(parse(CUE, INDICATIVE, CARRIED), pack)
    assert [(v.source, v.certainty, v.carried_from) for v in verdicts] == [
        ("Der Sprecher", "reported", None), (None, "asserted", None), ("Der Sprecher", "reported", 1)]
    too_far = judge_document(parse(CUE, *[INDICATIVE] * (pack.carry_over_gap + 1), CARRIED), pack)
    assert (too_far[-1].source, too_far[-1].carried_from) == (None, None)


def test_konjunktiv_i_with_no_source_to_carry_is_reported_speech_of_someone_unknown(pack):
    [v] = judge_document(parse(CARRIED), pack)
    assert (v.source, v.form, v.certainty) == (None, "free_indirect", "reported")
    assert [m.text for m in v.markers] == ["habe"]


def test_konjunktiv_by_form_when_the_tagger_misses_the_mood(pack):
    # "Es gebe Opfer" with Mood=Ind from a weak tagger: stem + e with a subject is Konjunktiv I
    verdicts = judge_document(parse(CUE, "Es/PRON/2/expl gebe/VERB/0/root/geben/" + PRES.replace("Ind", "Ind") +
                                    " Opfer/NOUN/2/obj ./PUNCT/2/punct"), pack)
    assert (verdicts[1].source, verdicts[1].form) == ("Der Sprecher", "free_indirect")


@pytest.mark.parametrize("form, lemma, feats", [
    ("drohe", "drehen", FIN),        # the tagger's Tense=Past as well as an invented lemma
    ("nehme", "nehen", PRES),
])
def test_konjunktiv_by_form_when_the_lemmatizer_invents_the_lemma(pack, form, lemma, feats):
    # "Es drohe eine Erwärmung": the lemma does not explain the form, stem + e still is Konjunktiv I
    verdicts = judge_document(parse(CUE, f"Es/PRON/2/expl {form}/VERB/0/root/{lemma}/{feats}"
                                         " Gefahr/NOUN/2/nsubj ./PUNCT/2/punct"), pack)
    assert (verdicts[1].source, verdicts[1].form) == ("Der Sprecher", "free_indirect")


@pytest.mark.parametrize("form, lemma, feats", [
    ("wurde", "werden", FIN),                       # a past of its lemma
    ("bremste", "bremen", PRES),                    # a weak past, whatever the lemma
    ("entspräche", "entsprechen", PRES),            # Konjunktiv II: an umlaut
    ("sitze", "sieten", PRES.replace("Person=3", "Person=1")),   # "sitze ich"
])
def test_a_form_the_lemmatizer_cannot_explain_is_no_konjunktiv_i_where_it_may_be_something_else(
        pack, form, lemma, feats):
    # after an author sentence, where only a Konjunktiv I carries the speaker on
    verdicts = judge_document(parse(CUE, INDICATIVE, f"Dann/ADV/2/advmod {form}/VERB/0/root/{lemma}/{feats}"
                                                     " Hilfe/NOUN/2/nsubj ./PUNCT/2/punct"), pack)
    assert verdicts[2].source is None


def test_first_person_present_is_not_konjunktiv(pack):
    verdicts = judge_document(parse(CUE, "Ich/PRON/2/nsubj habe/VERB/0/root/haben/" + PRES +
                                    " Zeit/NOUN/2/obj ./PUNCT/2/punct"), pack)
    assert verdicts[1].source is None


COLON_CUE = ("Er/PRON/2/nsubj sagte/VERB/0/root/sagen/" + FIN + " aus/ADP/2/compound:prt :/PUNCT/2/punct")


def test_reporting_clause_ending_in_a_colon_introduces_the_next_quoted_sentences(pack):
    quoted = ("„+/PUNCT/3/punct Wir/PRON/3/nsubj hoffen/VERB/0/root/hoffen/" + PRES + " ./PUNCT/3/punct")
    closing = ("Es/PRON/2/nsubj genügt/VERB/0/root/genügen/" + PRES + " ./PUNCT/2/punct “/PUNCT/2/punct")
    author = ("Die/DET/2/det/der/" + DEF + " Regierung/NOUN/3/nsubj tagt/VERB/0/root/tagen/" + PRES +
              " ./PUNCT/3/punct")
    verdicts = judge_document(parse(COLON_CUE, quoted, closing, author), pack)
    assert [(v.form, v.carried_from) for v in verdicts] == [
        ("direct", None), ("direct", 1), ("direct", 1), ("none", None)]
    assert verdicts[1].primary is verdicts[0].primary and verdicts[0].primary.mention.text == "Er"


# "Die Sängerin zur neuen Heimat:"
HEIMAT_INTRO = ("Die/DET/2/det/der/Case=Nom|" + DEF + " Sängerin/NOUN/0/root zur/ADP/5/case neuen/ADJ/5/amod"
                " Heimat/NOUN/2/nmod :/PUNCT/2/punct")
# "Zypries sieht darin eine Bestätigung:": a thought verb states a view, it does not
# introduce what is quoted; the colon does, as without a verb
VIEW_INTRO = ("Zypries/PROPN/2/nsubj sieht/VERB/0/root/sehen/" + PRES + " darin/ADV/2/advmod"
              " eine/DET/5/det/ein Bestätigung/NOUN/2/obj :/PUNCT/2/punct")


@pytest.mark.parametrize("intro, speaker", [(HEIMAT_INTRO, "Die Sängerin"), (VIEW_INTRO, "Zypries")])
def test_a_colon_without_a_reporting_verb_introduces_the_quotation_after_it(pack, intro, speaker):
    quote = ("„+/PUNCT/2/punct Wir/PRON/2/nsubj hoffen/VERB/0/root/hoffen/" + PRES + " auf/ADP/4/case"
             " Frieden/NOUN/2/obl ./PUNCT/2/punct “/PUNCT/2/punct")
    first, second = judge_document(parse(intro, quote), pack)
    assert first.primary is None and first.form == "none"
    assert (second.source, second.form, second.carried_from) == (speaker, "direct", 1)


def test_a_colon_without_a_quotation_after_it_introduces_nothing(pack):
    [alone] = judge_document(parse(HEIMAT_INTRO), pack)
    assert alone.primary is None and alone.form == "none"


def test_a_clause_without_reporting_verb_before_colon_and_quotation_names_the_speaker(pack):
    # "Hier sparte der Präsident nicht mit Kritik: „Jeder sollte es wissen.“"
    doc = parse("Hier/ADV/2/advmod sparte/VERB/0/root/sparen/" + FIN + " der/DET/4/det/der/Case=Nom|" + DEF +
                " Präsident/NOUN/2/nsubj nicht/PART/2/advmod mit/ADP/7/case Kritik/NOUN/2/obl :/PUNCT/2/punct"
                " „+/PUNCT/12/punct Jeder/PRON/12/nsubj sollte/AUX/12/aux/sollen/" + FIN + " es/PRON/12/obj"
                " wissen/VERB/2/parataxis/wissen ./PUNCT/12/punct “/PUNCT/12/punct")
    [verdict] = judge_document(doc, pack)
    assert (verdict.source, verdict.form) == ("der Präsident", "direct")
    # the clause's verb introduces the words and is a cue word
    assert [w.text for w in verdict.primary.cue.words if w.upos == "VERB"] == ["sparte"]


def test_a_speaker_before_a_colon_takes_no_quoted_verb_into_the_cue(pack):
    # "Schäuble: „Wir können die Daten nicht vernichten.“" with the speaker parsed as a
    # subject of the quoted verb
    doc = parse("Schäuble/PROPN/9/nsubj :/PUNCT/9/punct „+/PUNCT/9/punct Wir/PRON/9/nsubj können/AUX/9/aux/können/" +
                PRES + " die/DET/7/det/der Daten/NOUN/9/obj nicht/PART/9/advmod vernichten+/VERB/0/root/vernichten"
                " ./PUNCT/9/punct “/PUNCT/9/punct")
    [verdict] = judge_document(doc, pack)
    assert verdict.form == "direct"
    assert [w.text for w in verdict.primary.cue.words] == [":"]


def test_a_quoted_title_after_a_colon_is_no_quotation(pack):
    # "Am Abend stellte er die neue CD vor: „Neue Zeit“" — a title, no finite verb in it
    doc = parse("Dann/ADV/2/advmod stellte/VERB/0/root/stellen/" + FIN + " er/PRON/2/nsubj die/DET/6/det/der"
                " neue/ADJ/6/amod CD/NOUN/2/obj vor/ADP/2/compound:prt :/PUNCT/2/punct „+/PUNCT/11/punct"
                " Neue/ADJ/11/amod Zeit+/NOUN/2/appos “/PUNCT/11/punct")
    [verdict] = judge_document(doc, pack)
    assert verdict.primary is None or not verdict.primary.cue.rule.id.endswith("colon-quotation-inline")


def test_past_tense_subjunctive_from_the_tagger_is_not_konjunktiv_i(pack):
    # a tagger's Mood=Sub on "musste" (past indicative, or Konjunktiv II at most) carries nothing
    musste = ("Er/PRON/2/nsubj musste/VERB/0/root/müssen/VerbForm=Fin|Mood=Sub|Tense=Past|Person=3"
              " gehen/VERB/2/xcomp ./PUNCT/2/punct")
    verdicts = judge_document(parse(CUE, INDICATIVE, musste), pack)
    assert (verdicts[-1].source, verdicts[-1].form) == (None, "none")


def test_present_stem_form_the_tagger_calls_past_subjunctive_is_konjunktiv_i(pack):
    # "Der Plan solle helfen" with Mood=Sub|Tense=Past: "solle" is the stem of "sollen" + e,
    # Konjunktiv I, which carries the speaker on past an author sentence
    solle = ("Der/DET/2/det/der/" + DEF + " Plan/NOUN/4/nsubj solle/AUX/4/aux/sollen/VerbForm=Fin|Mood=Sub|Tense=Past"
             " helfen/VERB/0/root/helfen/VerbForm=Inf ./PUNCT/4/punct")
    verdicts = judge_document(parse(CUE, INDICATIVE, solle), pack)
    assert (verdicts[-1].source, verdicts[-1].form, verdicts[-1].carried_from) == ("Der Sprecher", "free_indirect", 1)


def test_konjunktiv_ii_of_a_strong_verb_carries_right_after_the_cue_sentence(pack):
    # "Die Vorräte befänden sich im Lager": an umlaut form, no Konjunktiv I, but a Konjunktiv II
    # the pack lists, which goes on in the speaker's words right after them
    befaenden = ("Die/DET/2/det/der/" + DEF + " Vorräte/NOUN/3/nsubj befänden/VERB/0/root/befinden/" + PRES +
                 " sich/PRON/3/obj im/ADP/6/case Lager/NOUN/3/obl ./PUNCT/3/punct")
    verdicts = judge_document(parse(CUE, befaenden), pack)
    assert (verdicts[-1].source, verdicts[-1].form, verdicts[-1].carried_from) == ("Der Sprecher", "free_indirect", 1)


def test_epistemic_konjunktiv_ii_right_after_the_cue_sentence_goes_on_in_the_speakers_words(pack):
    # "Es könnte Verzögerungen geben" after reported speech: the speaker's hedge, reported
    koennte = ("Es/PRON/2/expl könnte/AUX/4/aux/können/" + SUB + " Verzögerungen/NOUN/4/obj"
               " geben/VERB/0/root/geben/VerbForm=Inf ./PUNCT/4/punct")
    verdicts = judge_document(parse(CUE, koennte), pack)
    assert (verdicts[1].source, verdicts[1].form, verdicts[1].certainty) == ("Der Sprecher", "free_indirect", "uncertain")
    # after an author sentence it is the author's own hedge
    verdicts = judge_document(parse(CUE, INDICATIVE, koennte), pack)
    assert (verdicts[2].source, verdicts[2].certainty) == (None, "uncertain")


# "Als man ihn fragte, sagte er: „Ich habe A getan und B nicht.“" — the parser takes the
# temporal clause for the complement and hangs only half of the quotation on the cue.
FRONTED_CLAUSE_AND_QUOTE = (
    "Als/SCONJ/3/mark man/PRON/3/nsubj fragte/VERB/4/ccomp/fragen/" + FIN + " sagte/VERB/0/root/sagen/" + FIN +
    " er/PRON/4/nsubj :/PUNCT/4/punct „+/PUNCT/10/punct Ich/PRON/10/nsubj habe/AUX/10/aux/haben/" + PRES +
    " gewonnen/VERB/4/ccomp/gewinnen/VerbForm=Part und/CCONJ/13/cc nicht/PART/13/advmod"
    " verloren+/VERB/4/ccomp/verlieren/VerbForm=Part “/PUNCT/13/punct ./PUNCT/4/punct")


def test_a_temporal_clause_is_not_the_message_and_the_whole_quotation_is(pack):
    [v] = judge_document(parse(FRONTED_CLAUSE_AND_QUOTE), pack)
    assert (v.source, v.cue, v.form) == ("er", "sagte", "direct")
    assert " ".join(w.text for w in v.primary.message) == "„ Ich habe gewonnen und nicht verloren “"


def test_quotation_right_after_indirect_speech_keeps_the_speaker(pack):
    from test_reporting_verbs import SAGTE_CLAUSE
    _, quoted = judge_document(parse(SAGTE_CLAUSE, "„+/PUNCT/3/punct Wir/PRON/3/nsubj handeln+/VERB/0/root/handeln/" +
                                     PRES + " ./PUNCT/3/punct “/PUNCT/3/punct"), pack)
    assert (quoted.source, quoted.form, quoted.carried_from) == ("Der Minister", "direct", 1)


def test_a_new_quotation_belongs_to_the_speaker_named_after_it(pack):
    # "Der Minister sagte, die Lage sei ernst. „Wir handeln. Das reicht nicht“, sagte Meier.":
    # the second quotation is Meier's, not carried on from the Minister
    from test_reporting_verbs import SAGTE_CLAUSE
    _, opened, closed = judge_document(parse(
        SAGTE_CLAUSE, "„+/PUNCT/3/punct Wir/PRON/3/nsubj handeln+/VERB/0/root/handeln/" + PRES + " ./PUNCT/3/punct",
        "Das/PRON/2/nsubj reicht/VERB/0/root/reichen/" + PRES + " nicht+/PART/2/advmod “/PUNCT/2/punct ,/PUNCT/6/punct"
        " sagte/VERB/2/parataxis/sagen/" + FIN + " Meier/PROPN/6/nsubj ./PUNCT/2/punct"), pack)
    assert (closed.source, closed.form) == ("Meier", "direct")
    assert (opened.source, opened.form, opened.carried_from) == ("Meier", "direct", 3)


def test_a_new_quotation_over_three_sentences_belongs_to_the_speaker_named_after_it(pack):
    # the same with "Wir hoffen." between: the middle sentence was carried on from the first
    # quoted one (its carried_from), not from the Minister's own sentence
    from test_reporting_verbs import SAGTE_CLAUSE
    _, opened, middle, closed = judge_document(parse(
        SAGTE_CLAUSE, "„+/PUNCT/3/punct Wir/PRON/3/nsubj handeln+/VERB/0/root/handeln/" + PRES + " ./PUNCT/3/punct",
        "Wir/PRON/2/nsubj hoffen+/VERB/0/root/hoffen/" + PRES + " ./PUNCT/2/punct",
        "Das/PRON/2/nsubj reicht/VERB/0/root/reichen/" + PRES + " nicht+/PART/2/advmod “/PUNCT/2/punct ,/PUNCT/6/punct"
        " sagte/VERB/2/parataxis/sagen/" + FIN + " Meier/PROPN/6/nsubj ./PUNCT/2/punct"), pack)
    assert closed.source == "Meier"
    assert (middle.source, middle.form) == ("Meier", "direct")
    assert (opened.source, opened.form) == ("Meier", "direct")


def test_a_cue_inside_the_quotation_names_no_speaker_of_it(pack):
    # "… „Wir handeln. Wir werden nie behaupten, dass es reicht.“": the quotation goes on in
    # the Minister's words; "wir … behaupten" is something they say
    from test_reporting_verbs import SAGTE_CLAUSE
    _, opened, _ = judge_document(parse(
        SAGTE_CLAUSE, "„+/PUNCT/3/punct Wir/PRON/3/nsubj handeln+/VERB/0/root/handeln/" + PRES + " ./PUNCT/3/punct",
        "Wir/PRON/4/nsubj werden/AUX/4/aux/werden/" + PRES + " nie/ADV/4/advmod behaupten/VERB/0/root/behaupten/"
        "VerbForm=Inf ,/PUNCT/8/punct dass/SCONJ/8/mark es/PRON/8/nsubj reicht+/VERB/4/ccomp/reichen/" + PRES +
        " ./PUNCT/4/punct “/PUNCT/4/punct"), pack)
    assert (opened.source, opened.carried_from) == ("Der Minister", 1)


def test_a_quotation_opened_in_the_cue_sentence_stays_with_its_speaker(pack):
    # "Der Minister sagte: „Wir handeln. Wir hoffen. Es reicht nicht“, fügte er hinzu.": the
    # quotation began with the Minister's cue; the cue after it adds nothing to whose it is
    doc = parse("Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj sagte/VERB/0/root/sagen/" + FIN +
                " :/PUNCT/6/punct „+/PUNCT/6/punct Wir/PRON/6/nsubj handeln+/VERB/3/parataxis/handeln/" + PRES +
                " ./PUNCT/3/punct",
                "Wir/PRON/2/nsubj hoffen+/VERB/0/root/hoffen/" + PRES + " ./PUNCT/2/punct",
                "Es/PRON/2/nsubj reicht/VERB/0/root/reichen/" + PRES + " nicht+/PART/2/advmod “/PUNCT/2/punct"
                " ,/PUNCT/6/punct fügte/VERB/2/parataxis/fügen/" + FIN + " er/PRON/6/nsubj hinzu/ADP/6/compound:prt"
                " ./PUNCT/2/punct")
    _, second, third = judge_document(doc, pack)
    assert third.cue == "fügte … hinzu"
    assert (second.source, second.carried_from) == ("Der Minister", 1)


def test_a_quoted_sentence_takes_no_speaker_from_a_cue_inside_the_quotation(pack):
    # "„Wir handeln. Wir werden nie behaupten, dass es reicht.“" with no speaker named
    first, _ = judge_document(parse(
        "„+/PUNCT/3/punct Wir/PRON/3/nsubj handeln+/VERB/0/root/handeln/" + PRES + " ./PUNCT/3/punct",
        "Wir/PRON/4/nsubj werden/AUX/4/aux/werden/" + PRES + " nie/ADV/4/advmod behaupten/VERB/0/root/behaupten/"
        "VerbForm=Inf ,/PUNCT/8/punct dass/SCONJ/8/mark es/PRON/8/nsubj reicht+/VERB/4/ccomp/reichen/" + PRES +
        " ./PUNCT/4/punct “/PUNCT/4/punct"), pack)
    assert first.primary is None


def test_quotation_after_an_author_sentence_is_not_carried_from_further_back(pack):
    from test_reporting_verbs import SAGTE_CLAUSE
    *_, quoted = judge_document(parse(
        SAGTE_CLAUSE, "Die/DET/2/det Stadt/NOUN/3/nsubj wuchs/VERB/0/root/wachsen/" + FIN + " ./PUNCT/3/punct",
        "„+/PUNCT/3/punct Wir/PRON/3/nsubj handeln+/VERB/0/root/handeln/" + PRES + " ./PUNCT/3/punct “/PUNCT/3/punct"),
        pack)
    assert quoted.carried_from is None


def test_konjunktiv_reported_by_a_cue_in_a_relative_clause_carries_nothing_over(pack):
    # "Allerdings kursiert eine Argumentation, die davon ausgeht, Clinton solle nicht kandidieren."
    # after someone's words: the parser makes the Konjunktiv clause a conjunct of the root,
    # but it is what the relative clause's cue reports
    said = ("Der/DET/2/det/der/" + DEF + " Minister/NOUN/3/nsubj sagte/VERB/0/root/sagen/" + FIN +
            " ,/PUNCT/8/punct die/DET/6/det/der Lage/NOUN/8/nsubj sei/AUX/8/cop/sein/" + SUB +
            " ernst/ADJ/3/ccomp ./PUNCT/3/punct")
    relative = ("Allerdings/ADV/2/advmod kursiert/VERB/0/root/kursieren/" + PRES + " eine/DET/4/det/ein"
                " Argumentation/NOUN/2/nsubj ,/PUNCT/8/punct die/PRON/8/nsubj/der/PronType=Rel"
                " davon/ADV/8/advmod ausgeht/VERB/4/acl/ausgehen/" + PRES + " ,/PUNCT/8/punct"
                " Clinton/PROPN/13/nsubj solle/AUX/13/aux/sollen/" + SUB + " nicht/PART/13/advmod"
                " kandidieren/VERB/2/conj/kandidieren/VerbForm=Inf ./PUNCT/2/punct")
    _, second = judge_document(parse(said, relative), pack)
    assert second.carried_from is None
    [thought] = second.attributions
    assert thought.cue.text == "ausgeht"
    assert "Clinton solle nicht kandidieren" in second.sentence.span_text(thought.message)
