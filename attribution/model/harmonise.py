"""Bring PUD's annotation conventions in line with GSD's before training.

GSD (the evaluation treebank) uses STTS XPOS tags, marks finite verbs with VerbForm=Fin
and uses plain relations (acl, flat); PUD uses an English-style XPOS set, leaves VerbForm
out and subtypes relations. Mixing both unharmonised would teach the tagger two tag sets.
"""
from __future__ import annotations

from conllu.models import Token, TokenList

MODALS = {"können", "müssen", "sollen", "wollen", "dürfen", "mögen"}
DEPREL_MAP = {
    "acl:relcl": "acl", "flat:name": "flat", "obl:tmod": "obl", "nmod:poss": "nmod",
    "cc:preconj": "cc", "csubj:pass": "csubj",
}
DROPPED_FEATS = {"AdpType", "Abbr"}
PRON_XPOS = {"Prs": "PPER", "Rel": "PRELS", "Dem": "PDS", "Ind": "PIS", "Neg": "PIS",
             "Tot": "PIS", "Int": "PWS"}
DET_XPOS = {"Art": "ART", "Dem": "PDAT", "Ind": "PIAT", "Neg": "PIAT", "Tot": "PIAT",
            "Int": "PWAT", "Rel": "PRELAT"}


def _verb_form(token: Token) -> str:
    feats = token["feats"] or {}
    if "VerbForm" in feats:
        return feats["VerbForm"]
    if "Mood" in feats:
        return "Fin"
    return {"VBN": "Part", "VB": "Inf"}.get(token["xpos"], "Fin")


def _stts(token: Token) -> str:
    """Derive an STTS tag from UPOS, features, relation and lemma."""
    upos, feats, lemma = token["upos"], token["feats"] or {}, token["lemma"]
    form, deprel = token["form"], token["deprel"]
    if deprel == "compound:prt":
        return "PTKVZ"
    if upos == "PUNCT":
        return "$," if form == "," else "$." if form in {".", "!", "?", ";", ":", "…"} else "$("
    if upos in {"VERB", "AUX"}:
        prefix = "VV" if upos == "VERB" else "VM" if lemma in MODALS else "VA"
        if feats.get("Mood") == "Imp":
            return prefix + "IMP"
        return prefix + {"Fin": "FIN", "Inf": "INF", "Part": "PP"}.get(_verb_form(token), "FIN")
    if upos == "ADJ":
        return "ADJA" if "Case" in feats else "ADJD"
    if upos == "PRON":
        if feats.get("Reflex") == "Yes":
            return "PRF"
        return PRON_XPOS.get(feats.get("PronType", "Prs"), "PPER")
    if upos == "DET":
        if feats.get("Poss") == "Yes":
            return "PPOSAT"
        return DET_XPOS.get(feats.get("PronType", "Art"), "ART")
    if upos == "ADV":
        return "PWAV" if token["xpos"] == "WRB" else "ADV"
    if upos == "SCONJ":
        return {"als": "KOKOM", "wie": "KOKOM", "um": "KOUI"}.get(lemma, "KOUS")
    if upos == "PART":
        if feats.get("Polarity") == "Neg":
            return "PTKNEG"
        return "PTKZU" if lemma == "zu" else "PTKA"
    return {"NOUN": "NN", "PROPN": "NE", "NUM": "CARD", "ADP": "APPR", "CCONJ": "KON",
            "INTJ": "ITJ", "SYM": "$(", "X": "FM"}.get(upos, "XY")


def harmonise_sentence(sentence: TokenList) -> TokenList:
    for token in sentence:
        if not isinstance(token["id"], int):
            continue  # multi-word token lines carry no annotation
        feats = dict(token["feats"] or {})
        if token["upos"] in {"VERB", "AUX"} and "VerbForm" not in feats:
            feats["VerbForm"] = _verb_form(token)  # reads PUD's own XPOS, so before _stts
        token["xpos"] = _stts(token)
        for key in DROPPED_FEATS:
            feats.pop(key, None)
        token["feats"] = dict(sorted(feats.items())) or None
        token["deprel"] = DEPREL_MAP.get(token["deprel"], token["deprel"])
        if token["deps"]:
            token["deps"] = None
    return sentence
