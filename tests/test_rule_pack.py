import textwrap

import pytest

from attribution.rules.pack import RuleError, load_pack, validate


def write(directory, name, text):
    (directory / name).write_text(textwrap.dedent(text), encoding="utf-8")


def test_builtin_pack_is_valid(pack):
    assert pack.precedence[0] == "asserted" and pack.precedence[-1] == "disputed"
    assert {r.kind for r in pack.rules} >= {"cue", "konjunktiv", "reportative", "epistemic", "unverified",
                                            "disputed", "claimed", "confirmed"}
    ids = [r.id for r in pack.rules]
    assert len(ids) == len(set(ids))
    assert all(r.file and r.line > 0 for r in pack.rules)


def test_every_rule_family_carries_examples(pack):
    families = {r.id.split(".")[0] for r in pack.rules}
    assert families <= {e.family for e in pack.examples}


def test_unknown_key_is_reported_with_file_and_line(tmp_path):
    write(tmp_path, "extra.yaml", """\
        family: extra
        description: test
        rules:
          - name: laut-typo
            kind: cue
            pattern:
              - {id: cue, attrs: {LOWR: laut}}
        """)
    problems = validate(tmp_path)
    assert len(problems) == 1
    assert str(problems[0]).startswith(f"{tmp_path / 'extra.yaml'}:7:")
    assert "LOWR" in str(problems[0])


ONE_RULE = """\
    family: a
    description: test
    rules:
      - name: one
        kind: cue
        pattern:
"""


@pytest.mark.parametrize("nodes, problem", [
    (["{id: cue, attrs: {LEMMA: {IN: $nirgends}}}"], r"a.yaml:7: unknown lexicon \$nirgends"),
    (["{id: cue, attrs: {LOWER: laut}}", '{id: source, from: nowhere, rel: "<"}'],
     "a.yaml:8: node 'source' must name an earlier node in `from`"),
    (["{id: cue, attrs: {LOWER: laut}}", '{id: source, from: cue, rel: "$+", before: later}'],
     "a.yaml:8: node 'source' must name an earlier node in `before`"),
    (["{id: cue, attrs: {LOWER: laut}}", '{id: source, from: cue, rel: "$-", after: later}'],
     "a.yaml:8: node 'source' must name an earlier node in `after`"),
])
def test_unknown_lexicon_and_dangling_node(tmp_path, nodes, problem):
    write(tmp_path, "a.yaml", ONE_RULE + "".join(f"          - {n}\n" for n in nodes))
    with pytest.raises(RuleError, match=problem):
        load_pack([tmp_path])


def test_two_rules_of_one_name_in_a_file_are_an_error(tmp_path):
    # the second would silently replace the first
    write(tmp_path, "a.yaml", """\
        family: a
        description: test
        rules:
          - name: same
            kind: cue
            pattern: [{id: cue, attrs: {LOWER: laut}}]
          - name: same
            kind: cue
            pattern: [{id: cue, attrs: {LOWER: gemäß}}]
        """)
    with pytest.raises(RuleError, match="a.yaml:7: duplicate rule name 'same'"):
        load_pack([tmp_path], builtin=False)


def test_malformed_yaml(tmp_path):
    write(tmp_path, "broken.yaml", "family: [unclosed\n")
    [problem] = validate(tmp_path)
    assert "broken.yaml:" in str(problem) and "invalid YAML" in str(problem)


def test_user_pack_overrides_and_extends(tmp_path, pack):
    write(tmp_path, "adverbials.yaml", """\
        family: adverbials
        description: override laut, add a word to a lexicon
        lexicons:
          according_nouns: [Lesart]
        rules:
          - name: laut
            kind: cue
            certainty: claimed
            pattern:
              - {id: cue, role: cue, attrs: {LOWER: laut}}
        """)
    combined = load_pack([tmp_path])
    laut = [r for r in combined.rules if r.id == "adverbials.laut"]
    assert len(laut) == 1 and laut[0].certainty == "claimed"
    assert len(combined.rules) == len(pack.rules)
    assert "Lesart" in combined.lexicon("according_nouns") and "Angaben" in combined.lexicon("according_nouns")


@pytest.mark.slow
def test_every_rule_example_holds_through_the_real_pipeline(pack, parser):
    """What `attribution rules test` checks, with the bundled model."""
    from attribution.rules.examples import run_examples

    results = run_examples(pack, parser)
    assert results and [(r.example.text, r.problems) for r in results if not r.passed] == []


def test_the_same_word_relation_tests_an_earlier_node_again():
    # "=" binds the earlier node's word once more: with `absent`, a match is refused where the
    # message is an xcomp that is no infinitive, and kept where it is one
    from trees import parse

    from attribution.rules.patterns import Pattern, match
    pattern = Pattern.from_data([
        {"id": "verb", "attrs": {"UPOS": "VERB", "DEP": "root"}},
        {"id": "message", "from": "verb", "rel": ">", "attrs": {"DEP": "xcomp"}},
        {"id": "predicative", "from": "message", "rel": "=",
         "attrs": {"FEATS": {"VerbForm": {"NOT_IN": ["Inf"]}}}, "absent": True}])
    lookup = lambda word, name: None    # noqa: E731 - no derived features needed
    infinitive = parse("Er/PRON/2/nsubj will/VERB/0/root gehen/VERB/2/xcomp//VerbForm=Inf ./PUNCT/2/punct")
    participle = parse("Er/PRON/2/nsubj sieht/VERB/0/root es/PRON/2/obj erfüllt/VERB/2/xcomp//VerbForm=Part"
                       " ./PUNCT/2/punct")
    assert [m["message"].text for m in match(pattern, infinitive.sentences[0], lookup)] == ["gehen"]
    assert list(match(pattern, participle.sentences[0], lookup)) == []


@pytest.mark.parametrize("test, matches", [
    ("Rel", True), ({"IN": ["Rel"]}, True), ({"NOT_IN": ["Rel"]}, False),
    ({"IN": ["Rel"], "NOT_IN": ["Int"]}, True), ("Int", False), ({"REGEX": "^Dem,"}, True), ("Dem,Rel", True),
    ({"NOT_IN": ["Dem,Rel"]}, False)])
def test_a_feature_with_several_values_is_tested_value_by_value(test, matches):
    # UD joins the values of one feature with commas: the tagger marks relative pronouns
    # "PronType=Dem,Rel", and a rule's "PronType: Rel" must find them
    from trees import parse

    from attribution.rules.patterns import word_matches
    relative = parse("die/PRON/0/root//PronType=Dem,Rel").sentences[0].words[0]
    assert word_matches(relative, {"FEATS": {"PronType": test}}, lambda word, name: None) is matches


@pytest.mark.parametrize("test, matches", [
    ({"IN": ["einstufen"]}, True), ({"IN": ["einstufen", "bewerten"], "NOT_IN": ["einstufen"]}, False),
    ({"IN": ["einstufen"], "NOT_IN": ["bewerten"]}, True)])
def test_a_lemma_list_and_its_exclusions_test_every_candidate_lemma(test, matches):
    # the small lemmatizer makes "eintestufen" of "eingestuft"; the lemma guessed from the form
    # ("einstufen") must be excluded by a NOT_IN as it is found by an IN
    from trees import parse

    from attribution.rules.patterns import word_matches
    word = parse("eingestuft/VERB/0/root/eintestufen/VerbForm=Part").sentences[0].words[0]
    lookup = lambda w, name: {"LEMMA": "eintestufen", "LEMMAS": frozenset({"eintestufen", "einstufen"})}[name]  # noqa: E731
    assert word_matches(word, {"LEMMA": test}, lookup) is matches
