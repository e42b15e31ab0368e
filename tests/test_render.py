import csv
import io
import json

import pytest
from trees import DEF, FIN, SUB, parse

from attribution.analyse import Analysis
from attribution.render.formats import FORMATS, render
from attribution.verdicts import judge_document

SENTENCE = ("Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj sagte/VERB/0/root/sagen/" + FIN +
            " ,/PUNCT/8/punct die/DET/6/det/der/" + DEF + " Lage/NOUN/8/nsubj sei/AUX/8/cop/sein/" + SUB +
            " ernst/ADJ/3/ccomp ./PUNCT/3/punct")


@pytest.fixture
def analysis(pack):
    document = parse(SENTENCE, "Es/PRON/2/nsubj regnet/VERB/0/root/regnen/VerbForm=Fin ./PUNCT/2/punct")
    return Analysis("artikel.txt", document, judge_document(document, pack))


def test_jsonl_has_one_object_per_sentence_with_offsets(analysis):
    lines = [json.loads(line) for line in render([analysis], "jsonl", "0.1").splitlines()]
    assert [line["index"] for line in lines] == [1, 2]
    first = lines[0]
    assert analysis.document.text[first["start"]:first["end"]] == first["text"]
    assert (first["source"], first["source_type"], first["cue"], first["form"], first["certainty"]) == \
        ("Der Minister", "politician", "sagte", "indirect", "reported")
    assert first["markers"] == [{"text": "sei", "kind": "konjunktiv", "rule": "konjunktiv.konjunktiv-i"}]
    assert first["attributions"][0]["message"] == "die Lage sei ernst"
    assert (lines[1]["source"], lines[1]["form"], lines[1]["certainty"]) == (None, "none", "asserted")


def test_json_names_model_and_rule_pack(analysis):
    data = json.loads(render([analysis], "json", "0.1"))
    assert data["model"] == "conllu" and data["rules"] == "0.1" and len(data["sentences"]) == 2


def test_csv_round_trips(analysis):
    rows = list(csv.DictReader(io.StringIO(render([analysis], "csv", "0.1"))))
    assert [r["certainty"] for r in rows] == ["reported", "asserted"]


@pytest.mark.parametrize("fmt", ["table", "github", "grid", "plain"])
def test_tables_have_every_column(analysis, fmt):
    out = render([analysis], fmt, "0.1")
    for column in ["sentence", "source", "type", "cue", "form", "certainty", "markers"]:
        assert column in out
    assert "Der Minister" in out and "model conllu" in out


def test_all_formats_are_known():
    assert set(FORMATS) == {"table", "github", "grid", "plain", "json", "jsonl", "csv"}
