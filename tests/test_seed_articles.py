"""End to end on the project's own example articles (seeds/), with the bundled model."""
from pathlib import Path

import pytest

from attribution.analyse import analyse_file

pytestmark = pytest.mark.slow
SEEDS = Path(__file__).resolve().parents[1] / "seeds"

# sentence: (source contains, source type, cue, form, certainty); None = no source
EXPECTED = {
    "hafen.txt": {
        1: (None, "none", None, "none", None),
        2: (None, "none", None, "none", "asserted"),
        3: ("Gewerkschaft Verdi", "organisation", "teilte mit", "indirect", "reported"),
        4: ("Gewerkschaft Verdi", "organisation", None, "free_indirect", "reported"),
        5: ("Hafenbehörde", "government", "Nach Angaben", "reported", "reported"),
        6: ("Zentralverband der Hafenbetriebe", "organisation", "bestreitet", "indirect", "disputed"),
        7: ("Sprecherin des Verbands", "organisation", "sagte", "direct", "reported"),
        8: (None, "none", None, "reported", "reported"),
        9: ("Ökonomen", "expert", "vermuten", "indirect", "uncertain"),
        10: (None, "none", None, "none", "asserted"),
    },
    "klinik.md": {
        1: (None, "none", None, "none", None),
        2: (None, "none", None, "none", "asserted"),
        3: ("Bericht", "document", "Laut", "reported", "reported"),
        4: ("Klinikleitung", "organisation", "wies … zurück", "reported", "disputed"),
        5: ("ärztliche Direktor", "organisation", "behauptet", "indirect", "claimed"),
        6: (None, "none", None, "none", "asserted"),
        7: ("Sprecher des Gesundheitsministeriums", "government", "Wie … mitteilte", "reported", "reported"),
        8: ("Klinikkreisen", "anonymous", "hieß es", "reported", "uncertain"),
        9: (None, "none", None, "none", "asserted"),
    },
    "wahl.txt": {
        1: (None, "none", None, "none", "asserted"),
        2: ("Wahlamt", "government", "Wie … mitteilte", "reported", "reported"),
        3: ("Berger", "person", "sagte", "indirect", "reported"),
        4: (None, "none", None, "reported", "reported"),
        5: ("Martin Vogt", "person", None, "direct", "reported"),
        6: ("Martin Vogt", "person", "erklärte", "direct", "reported"),
        7: ("Bericht der Lokalzeitung", "document", "zufolge", "reported", "reported"),
        8: ("Wahlamt", "government", "dementierte", "indirect", "disputed"),
        9: ("Wahlamt", "government", "Demnach", "reported", "reported"),
        10: (None, "none", None, "none", "asserted"),
    },
}


@pytest.fixture(scope="module")
def analyses(pack, parser):
    return {name: analyse_file(SEEDS / name, parser, pack).verdicts for name in EXPECTED}


# Rows the analyser gets wrong with the bundled compact model: known gaps, kept visible.
# strict: a row that starts passing fails the run, so the mark cannot outlive the gap.
KNOWN_GAPS = {
    ("wahl.txt", 7): "'Einem Bericht der Lokalzeitung zufolge': the source is taken as the genitive, not the report",
    ("wahl.txt", 9): "'Demnach' with Konjunktiv I comes out as indirect, the expectation says reported",
}


def _row(name: str, index: int):
    reason = KNOWN_GAPS.get((name, index))
    return pytest.param(name, index, marks=pytest.mark.xfail(strict=True, reason=reason)) if reason \
        else pytest.param(name, index)


@pytest.mark.parametrize("name, index", [_row(n, i) for n, rows in EXPECTED.items() for i in rows])
def test_row(analyses, name, index):
    verdicts = analyses[name]
    assert len(verdicts) == len(EXPECTED[name])
    source, source_type, cue, form, certainty = EXPECTED[name][index]
    v = verdicts[index - 1]
    got = (v.source, v.source_type, v.cue, v.form, v.certainty)
    assert (v.source is None) if source is None else (v.source and source in v.source), got
    assert (v.source_type, v.form, v.certainty) == (source_type, form, certainty), got
    if cue:
        assert v.cue == cue, got
