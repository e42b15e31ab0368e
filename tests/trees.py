"""Hand-written parses for unit tests: no model needed, fast and deterministic.

Each word is "form/UPOS/head/deprel", optionally "/lemma" and "/Feat=Val|Feat=Val";
a trailing "+" on the form glues the next token (SpaceAfter=No).
"""
from __future__ import annotations

from attribution.document import Document, document_from_conllu


def conllu_sentence(spec: str) -> str:
    lines = []
    words = spec.split()
    for i, word in enumerate(words, start=1):
        form, upos, head, deprel, *rest = word.split("/")
        lemma = rest[0] if rest and rest[0] else form.rstrip("+")
        feats = rest[1] if len(rest) > 1 else "_"
        glued = form.endswith("+") and len(form) > 1
        form = form[:-1] if glued else form
        if lemma.endswith("+"):
            lemma = lemma[:-1]
        # punctuation glues to the word before it
        next_punct = i < len(words) and words[i].split("/")[1] == "PUNCT" and words[i][0] in ",.;:!?“)\"«"
        misc = "SpaceAfter=No" if glued or next_punct else "_"
        xpos = "VVFIN" if "VerbForm=Fin" in feats else "_"
        lines.append("\t".join([str(i), form, lemma, upos, xpos, feats, head, deprel, "_", misc]))
    return "\n".join(lines) + "\n\n"


def parse(*sentences: str) -> Document:
    return document_from_conllu("".join(conllu_sentence(s) for s in sentences))


FIN = "VerbForm=Fin|Mood=Ind|Tense=Past|Person=3"
PRES = "VerbForm=Fin|Mood=Ind|Tense=Pres|Person=3"
SUB = "VerbForm=Fin|Mood=Sub|Tense=Pres|Person=3|Number=Sing"
DEF = "Definite=Def|PronType=Art"
