"""Each check of rules/de/checks.yaml on hand-written parses: where it fires and where not."""
import textwrap

import pytest
from check_support import (AMOUNT, ANONYMOUS, CLAIMED, CONFIRMED, DURATION, FIGURE, FIGURE_WITH_SOURCE, HEARSAY,
                           LABEL, NAME_NUMBER, NAMED, PERCENT, PLAIN, SAID, UNCERTAIN, UNSOURCED_KONJUNKTIV,
                           UNTAGGED_DIGITS, UNVERIFIED, YEAR, YEAR_COUNT, TreeParser, surface)

from attribution.check.definitions import load_checks
from attribution.check.evaluate import applies
from attribution.check.run import check_text
from attribution.rules.pack import RuleError, load_pack

CASES = {
    "unattributed-figure": ([FIGURE, HEARSAY, PERCENT, UNTAGGED_DIGITS, YEAR_COUNT, AMOUNT],
                            [FIGURE_WITH_SOURCE, DURATION, YEAR, LABEL, NAME_NUMBER, PLAIN]),
    "anonymous-source": ([ANONYMOUS], [NAMED, PLAIN]),
    "unverified-claim": ([UNVERIFIED], [CONFIRMED, NAMED]),
    "claimed-only": ([CLAIMED], [SAID, CONFIRMED]),
    "uncertain-without-source": ([UNCERTAIN], [PLAIN, NAMED]),
    "unsourced-indirect-speech": ([UNSOURCED_KONJUNKTIV], [SAID, PLAIN]),
}


@pytest.fixture(scope="module")
def checks(pack):
    return load_checks(pack)


def fired(spec, pack, checks, only=None):
    severities = {c.id: c.severity for c in checks if only is None or c.id == only}
    result = check_text(surface(spec), "draft.txt", TreeParser(), pack, checks, severities)
    return result.findings


def test_every_check_is_defined_in_yaml(checks):
    assert {c.id for c in checks} == set(CASES)
    assert all(c.file.endswith("checks.yaml") and c.line > 0 for c in checks)


@pytest.mark.parametrize("check_id", sorted(CASES))
def test_check_fires_on_positive_cases(pack, checks, check_id):
    for spec in CASES[check_id][0]:
        found = fired(spec, pack, checks, only=check_id)
        assert [f.check for f in found] == [check_id], surface(spec)


@pytest.mark.parametrize("check_id", sorted(CASES))
def test_check_is_quiet_on_negative_cases(pack, checks, check_id):
    for spec in CASES[check_id][1]:
        assert fired(spec, pack, checks, only=check_id) == [], surface(spec)


def test_figure_finding_names_the_figure_and_the_sentence(pack, checks):
    [finding] = fired(FIGURE, pack, checks)
    assert finding.match == "600"
    assert finding.message == '"Etwa 600 Soldaten wurden getötet." states a figure (600) without a source'
    assert (finding.line, finding.column, finding.severity) == (1, 1, "warning")


def test_hearsay_figure_has_no_source_either(pack, checks):
    from attribution.verdicts import judge_document
    from trees import parse

    [verdict] = judge_document(parse(HEARSAY), pack)
    assert (verdict.form, verdict.source) == ("reported", None)      # "sollen": reportedly, by nobody named
    assert [f.check for f in fired(HEARSAY, pack, checks)] == ["unattributed-figure"]


def test_long_sentences_are_shortened_in_messages(pack, checks):
    [finding] = fired(UNVERIFIED, pack, checks)
    assert finding.message.startswith('"Russland erklärte, die Truppen seien, …"')


@pytest.mark.parametrize("fields, expected", [
    ({"certainty": "claimed", "marker_kinds": ["claimed"]}, True),
    ({"certainty": "claimed", "marker_kinds": ["claimed", "confirmed"]}, False),
    ({"certainty": "reported", "marker_kinds": []}, False),
])
def test_claimed_only_needs_no_confirmation_in_the_sentence(checks, fields, expected):
    assert applies(checks["claimed-only"], fields) is expected


def test_list_tests_mean_any_and_none(checks):
    check = checks["claimed-only"]
    base = {"certainty": "claimed", "form": "indirect", "source_type": "x", "has_source": True}
    assert applies(check, base | {"marker_kinds": []})
    assert not applies(check, base | {"certainty": "disputed", "marker_kinds": []})


def write(directory, name, text):
    directory.mkdir(exist_ok=True)
    (directory / name).write_text(textwrap.dedent(text), encoding="utf-8")


def test_user_pack_replaces_a_check_and_its_severity(tmp_path):
    write(tmp_path, "house.yaml", """\
        family: house
        description: house rules
        checks:
          - id: anonymous-source
            description: Anonymous sources are not allowed here.
            severity: error
            message: "{excerpt}: no anonymous sources ({source})"
            when: {source_type: {IN: [anonymous, unknown]}}
        """)
    checks = load_checks(load_pack([tmp_path]))
    assert checks["anonymous-source"].severity == "error"
    assert checks["anonymous-source"].file.endswith("house.yaml")
    assert "unattributed-figure" in checks


BROKEN = "family: bad\ndescription: x\nchecks:\n  - id: broken\n    description: x\n"


@pytest.mark.parametrize("body, error", [
    ('    message: "{sentense} is wrong"\n    when: {certainty: claimed}\n',
     r"bad.yaml:6: unknown placeholder \{sentense\}"),
    ('    message: "{excerpt}"\n    when: {certaintty: claimed}\n', r"bad.yaml:7:.*certaintty"),
    ('    message: "{excerpt}"\n    when: {has_source: false}\n    find:\n'
     '      - - {id: n, attrs: {LOWER: {IN: $no_such_words}}}\n', r"bad.yaml:9: unknown lexicon \$no_such_words"),
])
def test_broken_check_is_an_error_with_file_and_line(tmp_path, body, error):
    write(tmp_path, "bad.yaml", BROKEN + body)
    with pytest.raises(RuleError, match=error):
        load_checks(load_pack([tmp_path]))
