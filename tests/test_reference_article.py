"""End to end on the reference article: the real Stanza pipeline with the bundled model."""
import pytest
from conftest import require_shared

from attribution.analyse import analyse_file

pytestmark = pytest.mark.slow

# (source contains, type, cue, form, certainty) per sentence; None = no source.
EXPECTED = {
    1: ("Pjöngjang", "government", "bestätigt", None, "confirmed"),
    2: (None, "none", None, "none", "asserted"),
    3: ("südkoreanische Geheimdienst", "intelligence", "teilte … mit", None, "reported"),
    4: ("Geheimdienst (NIS)", "intelligence", "so", None, "reported"),
    5: ("NIS", "intelligence", "nach Angaben", "reported", "reported"),
    6: ("Geheimdienst", "intelligence", "so", None, "reported"),
    7: (None, "none", None, "none", "asserted"),
    8: (None, "none", None, "none", "asserted"),
    9: ("Russland", "government", "gab … bekannt", None, "unverified"),
    10: ("Nordkorea", "government", "erklärte", None, "reported"),
    11: ("Putin", "politician", None, None, "reported"),
    12: ("Staatschefs", "politician", "sagten", None, "reported"),
    14: ("USA, Südkorea und ihre Partner", "government", "behaupten", None, "claimed"),
    15: ("USA, Südkorea und ihre Partner", "government", "vermuten", None, "uncertain"),
    16: ("Ukraine, die USA und Südkorea", "government", "erklärten", None, "reported"),
    17: ("südkoreanische Armee", "military", "erklärte", None, "reported"),
    18: ("NIS", "intelligence", "erklärte", None, "reported"),
    19: ("Spionagebehörde", "intelligence", "so", None, "reported"),
    20: ("Lee Seong-kweun", "politician", "sagte", "direct", "reported"),
}


@pytest.fixture(scope="module")
def verdicts(pack, parser):
    path = require_shared("seeds/000_cc69014236208990.txt")
    return analyse_file(path, parser, pack).verdicts


def test_twenty_sentences_with_one_heading(verdicts):
    assert len(verdicts) == 20
    assert verdicts[12].sentence.kind == "heading" and verdicts[12].certainty is None


@pytest.mark.parametrize("index", sorted(EXPECTED))
def test_sentence(verdicts, index):
    source, source_type, cue, form, certainty = EXPECTED[index]
    v = verdicts[index - 1]
    got = (v.source, v.source_type, v.cue, v.form, v.certainty)
    if source is None:
        assert v.source is None, got
    else:
        assert v.source and source in v.source, got
    assert v.source_type == source_type, got
    if cue:
        assert v.cue == cue, got
    if form:
        assert v.form == form, got
    assert v.certainty == certainty, got


def test_konjunktiv_marker_in_sentence_4(verdicts):
    assert ("gebe", "konjunktiv") in [(m.text, m.kind) for m in verdicts[3].markers]


def test_aliases_resolve_to_the_nis(verdicts):
    nis = verdicts[3].primary.entity
    for index in (5, 6, 18, 19):
        assert verdicts[index - 1].primary.entity is nis, index
    assert verdicts[5].primary.resolved_to == "NIS" and verdicts[18].primary.resolved_to == "NIS"


def test_embedded_confirmation_is_listed_in_sentence_7(verdicts):
    embedded = [(a.cue.text, a.source_text) for a in verdicts[6].attributions if not a.main]
    assert ("bestätigt", "Pjöngjang") in embedded
