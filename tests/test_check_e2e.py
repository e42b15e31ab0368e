"""`attribution check` end to end with the real parser: the reference article, a clean
draft of our own, the examples the checks carry, and the parse cache on real parses."""
import json
from pathlib import Path

import pytest
from conftest import require_shared
from typer.testing import CliRunner

from attribution.analyse import analyse_text
from attribution.check.definitions import load_checks
from attribution.check.run import check_analysis, check_text
from attribution.cli.main import app
from attribution.parse import Parser
from attribution.parse_cache import ParseCache

pytestmark = pytest.mark.slow
SEEDS = Path(__file__).resolve().parents[1] / "seeds"


@pytest.fixture(scope="module")
def checks(pack):
    return load_checks(pack)


def defaults(checks):
    return {c.id: c.severity for c in checks}


@pytest.fixture(scope="module")
def reference(parser, pack, checks):
    path = require_shared("seeds/000_cc69014236208990.txt")
    return check_text(path.read_text(encoding="utf-8"), str(path), parser, pack, checks, defaults(checks))


def test_reference_article_flags_the_unverified_and_the_claimed_claim(reference):
    """Russia's claim "die nicht unabhängig überprüft werden konnte" (line 6) and what the USA
    and their partners "behaupten" (line 11); nothing anonymous, nothing hedged without a source."""
    found = {(f.check, f.line, f.column) for f in reference.findings if f.check != "unattributed-figure"}
    assert found == {("unverified-claim", 6, 1), ("claimed-only", 11, 1)}, reference.findings


def test_reference_article_attributes_every_figure(reference):
    """Every number in the article comes with its source (teilte … mit, so, nach Angaben)."""
    figures = [(f.line, f.match, f.text) for f in reference.findings if f.check == "unattributed-figure"]
    assert figures == []


def test_clean_draft_has_no_findings(parser, pack, checks):
    path = SEEDS / "radwege.md"
    result = check_text(path.read_text(encoding="utf-8"), str(path), parser, pack, checks, defaults(checks))
    assert result.findings == [] and result.suppressed == 0


def test_clean_draft_exits_zero_from_the_command_line(monkeypatch, tmp_path):
    monkeypatch.setenv("ATTRIBUTION_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.delenv("ATTRIBUTION_CONFIG", raising=False)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["check", "--format", "json", str(SEEDS / "radwege.md")])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["files"][0]["findings"] == []


def examples(pack):
    return [(c.id, e["text"], e["finds"]) for c in load_checks(pack) for e in c.examples]


def test_check_examples(parser, pack, checks):
    """The examples inside rules/de/checks.yaml, through the real pipeline."""
    failures = []
    for check_id, text, finds in examples(pack):
        result = check_text(text, "example.txt", parser, pack, checks, {check_id: "warning"})
        if bool(result.findings) != finds:
            failures.append(f"{check_id}: {text!r} expected {'a finding' if finds else 'none'}")
    assert not failures, "\n".join(failures)


def test_cached_parses_equal_fresh_ones(model, pack, checks, tmp_path):
    path = require_shared("seeds/000_cc69014236208990.txt")
    text = path.read_text(encoding="utf-8")
    fresh = analyse_text(text, str(path), Parser(model), pack)
    filling = Parser(model, cache=ParseCache(tmp_path, model))
    analyse_text(text, str(path), filling, pack)
    warm = Parser(model, cache=ParseCache(tmp_path, model))
    cached = analyse_text(text, str(path), warm, pack)
    assert warm.cache.misses == 0 and warm._pipeline is None      # Stanza never loaded
    assert [(s.text, s.start, [(w.text, w.upos, w.head, w.deprel) for w in s.words])
            for s in cached.document.sentences] == \
        [(s.text, s.start, [(w.text, w.upos, w.head, w.deprel) for w in s.words]) for s in fresh.document.sentences]
    assert check_analysis(cached, checks, defaults(checks)).findings == \
        check_analysis(fresh, checks, defaults(checks)).findings
