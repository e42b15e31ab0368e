"""Hand-written parses for `attribution check` tests: a Parser whose "model" looks each
sentence of a paragraph up among known trees, so checks, suppression, the cache and the
CLI run on real input text without Stanza."""
from __future__ import annotations

from pathlib import Path

import conllu
from trees import DEF, FIN, PRES, SUB, conllu_sentence

from attribution.document import Sentence, sentence_from_conllu
from attribution.model.resolve import ModelChoice
from attribution.parse import Parser
from attribution.text import Block

PRES_SG = PRES + "|Number=Sing"

FIGURE = ("Etwa/ADV/2/advmod 600/NUM/3/nummod Soldaten/NOUN/5/nsubj:pass wurden/AUX/5/aux:pass/werden/" + FIN +
          " getötet/VERB/0/root/töten ./PUNCT/5/punct")
FIGURE_WITH_SOURCE = ("Laut/ADP/2/case Polizei/NOUN/6/obl wurden/AUX/6/aux:pass/werden/" + FIN +
                      " 600/NUM/5/nummod Menschen/NOUN/6/nsubj:pass verletzt/VERB/0/root/verletzen ./PUNCT/6/punct")
HEARSAY = ("Etwa/ADV/2/advmod 600/NUM/3/nummod Soldaten/NOUN/5/nsubj:pass sollen/AUX/5/aux/sollen/"
           "VerbForm=Fin|Mood=Ind|Tense=Pres|Person=3|Number=Plur getötet/VERB/0/root/töten"
           " worden/AUX/5/aux:pass/werden sein/AUX/5/aux/sein/VerbForm=Inf ./PUNCT/5/punct")
PERCENT = ("Die/DET/2/det/der/" + DEF + " Quote/NOUN/3/nsubj stieg/VERB/0/root/steigen/" + FIN +
           " auf/ADP/6/case 5,3/NUM/6/nummod Prozent/NOUN/3/obl ./PUNCT/3/punct")
UNTAGGED_DIGITS = ("Die/DET/2/det/der/" + DEF + " Zahl/NOUN/3/nsubj stieg/VERB/0/root/steigen/" + FIN +
                   " auf/ADP/5/case 120/PROPN/3/obl ./PUNCT/3/punct")
YEAR_COUNT = "2000/NUM/2/nummod Soldaten/NOUN/3/nsubj kämpfen/VERB/0/root/kämpfen/" + PRES + " ./PUNCT/3/punct"
AMOUNT = "Tausende/NOUN/2/nsubj demonstrierten/VERB/0/root/demonstrieren/" + FIN + " ./PUNCT/2/punct"
DURATION = ("Die/DET/2/det/der/" + DEF + " Sitzung/NOUN/3/nsubj dauerte/VERB/0/root/dauern/" + FIN +
            " zwei/NUM/5/nummod Tage/NOUN/3/obj/Tag ./PUNCT/3/punct")
YEAR = ("Der/DET/2/det/der/" + DEF + " Vertrag/NOUN/3/nsubj stammt/VERB/0/root/stammen/" + PRES_SG +
        " aus/ADP/6/case dem/DET/6/det/der/" + DEF + " Jahr/NOUN/3/obl 2024/NUM/6/nmod ./PUNCT/3/punct")
LABEL = ("Das/DET/2/det/der/" + DEF + " Gesetz/NOUN/3/nsubj regelt/VERB/0/root/regeln/" + PRES_SG +
         " Artikel/NOUN/3/obj 5/NUM/4/nummod ./PUNCT/3/punct")
NAME_NUMBER = ("Die/DET/2/det/der/" + DEF + " Kapsel/NOUN/5/nsubj Apollo/PROPN/2/appos 11/NUM/3/nummod"
               " landete/VERB/0/root/landen/" + FIN + " ./PUNCT/5/punct")
ANONYMOUS = ("Die/DET/2/det/der/" + DEF + " Lage/NOUN/4/nsubj sei/AUX/4/cop/sein/" + SUB +
             " ruhig/ADJ/0/root ,/PUNCT/6/punct hieß/VERB/4/parataxis/heißen/" + FIN +
             " es/PRON/6/expl ./PUNCT/4/punct")
NAMED = ("Die/DET/2/det/der/" + DEF + " Ministerin/NOUN/3/nsubj sagte/VERB/0/root/sagen/" + FIN +
         " ,/PUNCT/6/punct die/DET/5/det/der/" + DEF + " Lage/NOUN/7/nsubj sei/AUX/7/cop/sein/" + SUB +
         " ruhig/ADJ/3/ccomp ./PUNCT/3/punct")
UNVERIFIED = ("Russland/PROPN/2/nsubj erklärte/VERB/0/root/erklären/" + FIN + " ,/PUNCT/6/punct"
              " die/DET/5/det/der/" + DEF + " Truppen/NOUN/6/nsubj seien/AUX/2/ccomp/sein/" + SUB +
              " ,/PUNCT/11/punct was/PRON/11/nsubj:pass nicht/PART/11/advmod unabhängig/ADJ/11/advmod"
              " überprüft/VERB/6/acl/überprüfen werden/AUX/11/aux:pass konnte/AUX/11/aux/können/" + FIN +
              " ./PUNCT/2/punct")
CONFIRMED = ("Die/DET/2/det/der/" + DEF + " Polizei/NOUN/3/nsubj bestätigte/VERB/0/root/bestätigen/" + FIN +
             " die/DET/5/det/der/" + DEF + " Angaben/NOUN/3/obj ./PUNCT/3/punct")
OPPOSITION = ("Die/DET/2/det/der/" + DEF + " Opposition/NOUN/3/nsubj {verb}/VERB/0/root/{lemma}/" + PRES_SG +
              " ,/PUNCT/8/punct die/DET/6/det/der/" + DEF + " Wahl/NOUN/8/nsubj:pass sei/AUX/8/aux:pass/sein/" + SUB +
              " gefälscht/VERB/3/ccomp/fälschen ./PUNCT/3/punct")
CLAIMED = OPPOSITION.format(verb="behauptet", lemma="behaupten")
SAID = OPPOSITION.format(verb="sagt", lemma="sagen")
UNCERTAIN = ("Der/DET/2/det/der/" + DEF + " Täter/NOUN/5/nsubj ist/AUX/5/aux/sein/" + PRES_SG +
             " vermutlich/ADV/5/advmod geflohen/VERB/0/root/fliehen ./PUNCT/5/punct")
PLAIN = ("Der/DET/2/det/der/" + DEF + " Täter/NOUN/4/nsubj ist/AUX/4/aux/sein/" + PRES_SG +
         " geflohen/VERB/0/root/fliehen ./PUNCT/4/punct")
UNSOURCED_KONJUNKTIV = ("Die/DET/2/det/der/" + DEF + " Gespräche/NOUN/4/nsubj seien/AUX/4/cop/sein/" + SUB +
                        " gescheitert/ADJ/0/root ./PUNCT/4/punct")

ALL = [FIGURE, FIGURE_WITH_SOURCE, HEARSAY, PERCENT, UNTAGGED_DIGITS, YEAR_COUNT, AMOUNT, DURATION, YEAR, LABEL,
       NAME_NUMBER, ANONYMOUS, NAMED, UNVERIFIED, CONFIRMED, CLAIMED, SAID, UNCERTAIN, PLAIN,
       UNSOURCED_KONJUNKTIV]


def tokens(spec: str) -> conllu.TokenList:
    return conllu.parse(conllu_sentence(spec))[0]


def surface(spec: str) -> str:
    """The sentence as it appears in the input text."""
    return sentence_from_conllu(tokens(spec), 1).text


def fake_model(directory: Path, version: str = "1") -> ModelChoice:
    directory.mkdir(parents=True, exist_ok=True)
    (directory / "parser.pt").write_text(version, encoding="utf-8")
    return ModelChoice(name="trees", origin="test", path=directory, license="-", metadata={"version": version})


class TreeParser(Parser):
    """Parses by lookup: every sentence of a paragraph must be one of the known trees."""

    def __init__(self, model: ModelChoice | None = None, cache=None, specs=ALL):
        super().__init__(model or ModelChoice("trees", "test", Path("."), "-"), cache=cache)
        self.known = {surface(spec): spec for spec in specs}
        self.parsed_blocks = 0

    def parse_prose(self, prose: list[Block]) -> list[list[Sentence]]:
        self.parsed_blocks += len(prose)
        return [self._sentences(block) for block in prose]

    def _sentences(self, block: Block) -> list[Sentence]:
        found, position, text = [], 0, block.text
        while text[position:].strip():
            position += len(text[position:]) - len(text[position:].lstrip())
            known = max((t for t in self.known if text.startswith(t, position)), key=len, default=None)
            if known is None:
                raise AssertionError(f"no hand-written tree for {text[position:]!r}")
            found.append(sentence_from_conllu(tokens(self.known[known]), 0, block.start + position))
            position += len(known)
        return found
