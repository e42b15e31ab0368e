"""The parse cache: an unchanged paragraph is never parsed twice, whatever moves around it."""
import json

import pytest
from check_support import CLAIMED, FIGURE, PLAIN, UNCERTAIN, TreeParser, fake_model, surface
from typer.testing import CliRunner

from attribution.analyse import analyse_text
from attribution.cli.main import app
from attribution.model.resolve import MODEL_FILES
from attribution.parse_cache import CHOICE_FILE, ParseCache, cache_dir, clear, resolve_cached, summary

ARTICLE = f"{surface(PLAIN)}\n\n{surface(FIGURE)} {surface(CLAIMED)}\n\n{surface(UNCERTAIN)}\n"


def rows(analysis):
    return [(s.index, s.block, s.start, s.end, s.text, [(w.id, w.text, w.lemma, w.upos, w.feats, w.head, w.deprel,
                                                        w.start, w.end, w.token) for w in s.words])
            for s in analysis.document.sentences]


@pytest.fixture
def model(tmp_path):
    return fake_model(tmp_path / "model")


def cached_parser(tmp_path, model):
    return TreeParser(model, cache=ParseCache(tmp_path / "cache", model))


def test_second_run_parses_nothing_and_gives_the_same_document(tmp_path, model, pack):
    first_parser = cached_parser(tmp_path, model)
    first = analyse_text(ARTICLE, "a.txt", first_parser, pack)
    assert first_parser.parsed_blocks == 3
    second_parser = cached_parser(tmp_path, model)
    second = analyse_text(ARTICLE, "a.txt", second_parser, pack)
    assert second_parser.parsed_blocks == 0 and second_parser.cache.hits == 3
    assert rows(second) == rows(first) == rows(analyse_text(ARTICLE, "a.txt", TreeParser(model), pack))
    assert [v.certainty for v in second.verdicts] == [v.certainty for v in first.verdicts]


def test_only_changed_paragraphs_are_parsed_and_moved_ones_keep_their_offsets(tmp_path, model, pack):
    analyse_text(ARTICLE, "a.txt", cached_parser(tmp_path, model), pack)
    edited = f"{surface(UNCERTAIN)}\n\n" + ARTICLE.replace(surface(UNCERTAIN), surface(FIGURE))
    parser = cached_parser(tmp_path, model)
    analysis = analyse_text(edited, "a.txt", parser, pack)
    assert parser.parsed_blocks == 1                     # the new last paragraph
    assert rows(analysis) == rows(analyse_text(edited, "a.txt", TreeParser(model), pack))


def test_another_model_does_not_reuse_parses(tmp_path, model, pack):
    analyse_text(ARTICLE, "a.txt", cached_parser(tmp_path, model), pack)
    retrained = fake_model(tmp_path / "model", version="1")
    (retrained.path / "parser.pt").write_text("retrained, same version", encoding="utf-8")
    parser = cached_parser(tmp_path, retrained)
    analyse_text(ARTICLE, "a.txt", parser, pack)
    assert parser.parsed_blocks == 3


def test_clear_and_summary(tmp_path, model, pack):
    analyse_text(ARTICLE, "a.txt", cached_parser(tmp_path, model), pack)
    entries, size = summary(tmp_path / "cache")
    assert entries == 3 and size > 0
    assert clear(tmp_path / "cache") >= size
    assert summary(tmp_path / "cache") == (0, 0)
    parser = cached_parser(tmp_path, model)
    analyse_text(ARTICLE, "a.txt", parser, pack)
    assert parser.parsed_blocks == 3


def test_cache_dir_follows_environment(tmp_path, monkeypatch):
    monkeypatch.setenv("ATTRIBUTION_CACHE_DIR", str(tmp_path / "hier"))
    assert cache_dir() == tmp_path / "hier"
    monkeypatch.delenv("ATTRIBUTION_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert cache_dir() == tmp_path / "xdg" / "attribution"


def test_model_choice_is_remembered_until_a_watched_folder_changes(tmp_path, monkeypatch, model):
    calls = []
    monkeypatch.delenv("ATTRIBUTION_MODEL", raising=False)
    monkeypatch.setattr("attribution.parse_cache.resolve_model", lambda option: calls.append(option) or model)
    monkeypatch.setattr("attribution.parse_cache.official_resources_dir", lambda: tmp_path / "stanza")
    assert resolve_cached(None, tmp_path / "cache").identity == model.identity
    again = resolve_cached(None, tmp_path / "cache")
    assert len(calls) == 1 and again == model
    (tmp_path / "stanza").mkdir()                       # e.g. official models being installed
    (tmp_path / "stanza" / "resources.json").write_text("{}", encoding="utf-8")
    resolve_cached(None, tmp_path / "cache")
    assert len(calls) == 2
    memo = json.loads((tmp_path / "cache" / CHOICE_FILE).read_text(encoding="utf-8"))
    assert memo["choice"]["name"] == "trees"


def test_explicit_model_needs_no_memo(tmp_path, monkeypatch):
    bundle = tmp_path / "bundle"
    bundle.mkdir()
    for name in MODEL_FILES.values():
        (bundle / name).write_text("x", encoding="utf-8")
    choice = resolve_cached(str(bundle), tmp_path / "cache")
    assert choice.path == bundle and not (tmp_path / "cache" / CHOICE_FILE).exists()
    from attribution.cli.check import _make_parser

    monkeypatch.setenv("ATTRIBUTION_CACHE_DIR", str(tmp_path / "cache"))
    assert isinstance(_make_parser(str(bundle), True).cache, ParseCache)
    assert _make_parser(str(bundle), False).cache is None


def test_cache_commands(tmp_path, monkeypatch, model, pack):
    monkeypatch.setenv("ATTRIBUTION_CACHE_DIR", str(tmp_path / "cache"))
    analyse_text(ARTICLE, "a.txt", cached_parser(tmp_path, model), pack)
    runner = CliRunner()
    info = runner.invoke(app, ["cache", "info"])
    assert info.exit_code == 0 and "3 paragraphs" in info.output
    cleared = runner.invoke(app, ["cache", "clear"])
    assert cleared.exit_code == 0 and "cleared" in cleared.output
    assert "0 paragraphs" in runner.invoke(app, ["cache", "info"]).output


def test_warm_run_imports_neither_stanza_nor_torch(tmp_path, pack):
    """The whole point of the cache: a re-check of an unchanged draft needs no model code."""
    import os
    import subprocess
    import sys

    from attribution.model.resolve import load_bundle

    bundle = tmp_path / "bundle"
    bundle.mkdir()
    for name in MODEL_FILES.values():
        (bundle / name).write_text("x", encoding="utf-8")
    draft = tmp_path / "entwurf.md"
    draft.write_text(ARTICLE, encoding="utf-8")
    choice = load_bundle(bundle, "option")
    analyse_text(ARTICLE, str(draft), TreeParser(choice, cache=ParseCache(tmp_path / "cache", choice)), pack)
    script = ("import sys\nfrom attribution.cli.main import app\n"
              "try:\n    app(['check', '--format', 'json', sys.argv[1]])\n"
              "except SystemExit as exit:\n    code = exit.code\n"
              "print('MODULES', 'stanza' in sys.modules, 'torch' in sys.modules, code, file=sys.stderr)\n")
    env = os.environ | {"ATTRIBUTION_MODEL": str(bundle), "ATTRIBUTION_CACHE_DIR": str(tmp_path / "cache")}
    done = subprocess.run([sys.executable, "-c", script, str(draft)], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=120)
    assert "MODULES False False 1" in done.stderr, done.stderr
    assert json.loads(done.stdout)["files"][0]["findings"]


def test_compiled_rules_are_remembered_until_a_rule_file_changes(tmp_path):
    from attribution.parse_cache import compiled_rules
    from attribution.rules.pack import load_pack

    house = tmp_path / "haus"
    house.mkdir()
    rule_file = house / "haus.yaml"
    rule_file.write_text("family: haus\ndescription: x\nlexicons:\n  extra_words: [eins]\n", encoding="utf-8")
    builds = []

    def build():
        builds.append(1)
        pack = load_pack([house])
        return pack, pack.lexicon("extra_words")

    assert compiled_rules([house], tmp_path / "cache", build)[1] == ["eins"]
    pack, words = compiled_rules([house], tmp_path / "cache", build)
    assert len(builds) == 1 and words == ["eins"] and pack.rules
    rule_file.write_text("family: haus\ndescription: x\nlexicons:\n  extra_words: [eins, zwei]\n", encoding="utf-8")
    assert compiled_rules([house], tmp_path / "cache", build)[1] == ["eins", "zwei"] and len(builds) == 2
    assert compiled_rules([house], None, build) and len(builds) == 3          # --no-cache


def test_a_broken_pack_is_reported_not_remembered(tmp_path):
    from attribution.parse_cache import RULES_FILE, compiled_rules
    from attribution.rules.pack import RuleError, load_pack

    broken = tmp_path / "kaputt"
    broken.mkdir()
    (broken / "x.yaml").write_text("family: [oops\n", encoding="utf-8")
    with pytest.raises(RuleError, match="x.yaml:"):
        compiled_rules([broken], tmp_path / "cache", lambda: load_pack([broken]))
    assert not (tmp_path / "cache" / RULES_FILE).exists()
    with pytest.raises(RuleError, match="rule directory not found"):
        compiled_rules([tmp_path / "fehlt"], tmp_path / "cache", lambda: load_pack([tmp_path / "fehlt"]))
