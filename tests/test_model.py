"""The model recipe and the bundled model."""
import pytest
from conftest import require_shared

from attribution.model.harmonise import harmonise_sentence
from attribution.model.resolve import ENV_VAR, MODEL_FILES, ModelNotFound, resolve_model
from attribution.model.train import Recipe, assemble_bundle, prepare_data, trainer_command

PUD_STYLE = """1	Sie	sie	PRON	PRP	Case=Nom|Number=Plur|Person=3|PronType=Prs	2	nsubj	_	_
2	sagten	sagen	VERB	VBC	Mood=Ind|Number=Plur|Person=3|Tense=Past	0	root	_	_
3	,	,	PUNCT	,	_	6	punct	_	_
4	er	er	PRON	PRP	Case=Nom|Number=Sing|Person=3|PronType=Prs	6	nsubj	_	_
5	habe	haben	AUX	VBC	Mood=Sub|Number=Sing|Person=3|Tense=Pres	6	aux	_	_
6	gewonnen	gewinnen	VERB	VBN	_	2	ccomp	_	_
7	.	.	PUNCT	.	_	2	punct	_	_

"""


def test_harmonise_maps_pud_to_gsd_conventions():
    import conllu

    [sentence] = conllu.parse(PUD_STYLE)
    harmonised = harmonise_sentence(sentence)
    assert [t["xpos"] for t in harmonised] == ["PPER", "VVFIN", "$,", "PPER", "VAFIN", "VVPP", "$."]
    assert harmonised[1]["feats"]["VerbForm"] == "Fin" and harmonised[5]["feats"]["VerbForm"] == "Part"


def test_recipe_never_trains_on_lit_or_evaluation_data():
    recipe = Recipe.load()
    assert not any("lit" in name for name in recipe.data["train"])
    assert recipe.data["evaluation"] not in recipe.data["train"]


def test_trainer_commands_use_stanzas_own_trainers(tmp_path):
    ud = require_shared("ud-german")
    recipe = Recipe.load()
    files = prepare_data(recipe, ud, tmp_path)
    for processor, module in [("tokenize", "tokenizer"), ("pos", "tagger"), ("depparse", "parser"),
                              ("lemma", "lemmatizer"), ("mwt", "mwt_expander")]:
        command = trainer_command(processor, recipe, files, tmp_path / "saved")
        assert command[1] == "-c" and command[3] == f"stanza.models.{module}"
        assert str(files.train if processor != "tokenize" else files.train_txt) in command
    dev = files.dev.read_text(encoding="utf-8")
    train = files.train.read_text(encoding="utf-8")
    assert dev.count("\n\n") * 8 < train.count("\n\n")          # about a tenth held out
    gsd_dev = (ud / recipe.data["evaluation"]).read_text(encoding="utf-8")
    first_dev_sentence = next(l for l in gsd_dev.splitlines() if l.startswith("# text"))
    assert first_dev_sentence not in train


def test_retraining_some_processors_keeps_the_bundles_other_figures(tmp_path):
    import json

    work, out = tmp_path / "work", tmp_path / "out"
    (work / "saved" / "pos").mkdir(parents=True)
    (work / "saved" / "pos" / MODEL_FILES["pos"]).write_bytes(b"tagger")
    (work / "pos.log").write_text("2026-01-01 10:00:00 start\n2026-01-01 10:30:00 end\n", encoding="utf-8")
    out.mkdir()
    (out / MODEL_FILES["tokenize"]).write_bytes(b"tokenizer")
    (out / "model.json").write_text(json.dumps({"training_seconds": {"tokenize": 100.0, "pos": 5.0}}),
                                    encoding="utf-8")
    assemble_bundle(Recipe.load(), work, out)
    meta = json.loads((out / "model.json").read_text(encoding="utf-8"))
    assert meta["training_seconds"] == {"tokenize": 100.0, "pos": 1800.0}
    assert set(meta["processors"]) == {"tokenize", "pos"}


def test_explicit_model_path_must_hold_every_processor(tmp_path, monkeypatch):
    with pytest.raises(ModelNotFound, match="lacks"):
        resolve_model(tmp_path)
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "nowhere"))
    with pytest.raises(ModelNotFound, match="not found"):
        resolve_model()


def test_environment_variable_beats_official_and_bundled(tmp_path, monkeypatch):
    for name in MODEL_FILES.values():
        (tmp_path / name).write_bytes(b"")
    monkeypatch.setenv(ENV_VAR, str(tmp_path))
    assert resolve_model().origin == "environment"
    assert resolve_model(str(tmp_path)).origin == "option"


def test_official_models_are_preferred_when_installed(tmp_path, monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    monkeypatch.setenv("STANZA_RESOURCES_DIR", str(tmp_path))
    assert resolve_model().origin == "bundled"
    (tmp_path / "resources.json").write_text("{}")
    for processor in ("tokenize", "mwt", "pos", "lemma", "depparse"):
        (tmp_path / "de" / processor).mkdir(parents=True)
        (tmp_path / "de" / processor / "gsd.pt").write_bytes(b"")
    choice = resolve_model()
    assert choice.origin == "official" and choice.official
    assert "tokenize_model_path" not in choice.pipeline_kwargs()


@pytest.fixture
def no_network(monkeypatch):
    """Any attempt to open a socket fails, as on a machine without network access."""
    import socket

    def refuse(*args, **kwargs):
        raise OSError("network access blocked by the test")

    monkeypatch.setattr(socket, "socket", refuse)
    monkeypatch.setattr(socket, "create_connection", refuse)
    monkeypatch.setattr(socket, "getaddrinfo", refuse)


@pytest.mark.slow
def test_bundled_model_loads_and_parses_without_network(no_network, model):
    from attribution.parse import Parser
    from attribution.text import split_blocks

    parser = Parser(model)                      # a fresh pipeline, loaded with sockets blocked
    text = "Der Minister sagte, die Lage sei ernst."
    [sentence] = parser.parse_blocks(text, split_blocks(text)).sentences
    words = {w.text: w for w in sentence.words}
    assert words["Minister"].deprel == "nsubj" and sentence.head_of(words["Minister"]) is words["sagte"]
    assert words["sei"].feats.get("Mood") == "Sub"             # Konjunktiv I from the tagger itself
    assert parser.model.size_bytes() < 60 * 2**20


@pytest.mark.slow
def test_konjunktiv_i_is_recognised_even_where_the_tagger_misses_mood(parser, pack):
    from attribution.features import sentence_features
    from attribution.text import split_blocks

    text = "Der Minister sagte, die Lage sei ernst."
    [sentence] = parser.parse_blocks(text, split_blocks(text)).sentences
    sei = next(w for w in sentence.words if w.text == "sei")
    assert sei.id in sentence_features(sentence, pack).konj1


def test_recipe_can_continue_from_the_bundled_model(tmp_path):
    from attribution.model.resolve import BUNDLED_DIR
    from attribution.model.train import DataFiles

    recipe = Recipe.load()
    recipe.processors["depparse"]["args"] = {"continue_from": "bundled", "lr": 0.5}
    files = DataFiles(work=tmp_path, train=tmp_path / "train.conllu", dev=tmp_path / "dev.conllu")
    command = trainer_command("depparse", recipe, files, tmp_path / "saved")
    start = command[command.index("--continue_from") + 1]
    assert start == str(BUNDLED_DIR / MODEL_FILES["depparse"])


@pytest.mark.slow
def test_gold_tokens_have_their_contractions_expanded_as_on_raw_text(model):
    from attribution.parse import Parser
    from attribution.text import split_blocks

    # "im" is "in dem" to the tagger and parser, which never saw it whole in training
    tokens = "Der Minister sagte im Interview , die Lage sei ernst .".split()
    [gold] = Parser(model, pretokenized=True).parse_pretokenized([tokens]).sentences
    text = " ".join(tokens)
    [raw] = Parser(model).parse_blocks(text, split_blocks(text)).sentences
    assert [w.text for w in gold.words] == [w.text for w in raw.words]
    assert [(w.text, w.token) for w in gold.words][3:5] == [("in", 4), ("dem", 4)]
    assert (gold.words[3].start, gold.words[3].end) == (19, 21)          # both words span the token "im"
