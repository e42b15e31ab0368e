"""`attribution check` as CI and pre-commit meet it: formats, exit codes, config, init."""
import json
from pathlib import Path

import pytest
from check_support import CLAIMED, FIGURE, PLAIN, UNCERTAIN, TreeParser, surface
from jsonschema import Draft4Validator
from typer.testing import CliRunner

from attribution.cli.main import app

runner = CliRunner()
SARIF_SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def drafts(tmp_path, monkeypatch):
    """A newsroom folder: one draft with findings, one clean; no parser model needed."""
    monkeypatch.delenv("ATTRIBUTION_CONFIG", raising=False)
    monkeypatch.setenv("ATTRIBUTION_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("attribution.cli.check._make_parser", lambda model, use_cache: TreeParser())
    (tmp_path / "texte").mkdir()
    (tmp_path / "texte" / "front.md").write_text(
        f"# Lage\n\n{surface(PLAIN)}\n\n{surface(FIGURE)} {surface(CLAIMED)}\n", encoding="utf-8")
    (tmp_path / "texte" / "sauber.txt").write_text(f"{surface(PLAIN)}\n", encoding="utf-8")
    return tmp_path


def run(*args, input=None):
    return runner.invoke(app, ["check", *args], input=input)


def test_text_format_points_at_file_line_and_column(drafts):
    result = run("texte")
    assert result.exit_code == 1, result.output
    lines = result.stdout.splitlines()
    assert lines == [
        'texte/front.md:5:1: warning unattributed-figure: "Etwa 600 Soldaten wurden getötet." '
        "states a figure (600) without a source",
        'texte/front.md:5:35: suggestion claimed-only: "Die Opposition behauptet, die Wahl sei …" '
        "rests only on a claim by Die Opposition (behauptet)",
    ]
    assert "2 findings (1 suggestion, 1 warning) in 2 files" in result.stderr


def test_clean_file_exits_zero(drafts):
    result = run("texte/sauber.txt")
    assert result.exit_code == 0 and result.stdout == ""


@pytest.mark.parametrize("fail_on, code", [("error", 0), ("warning", 1), ("suggestion", 1), ("never", 0)])
def test_fail_level_decides_the_exit_code(drafts, fail_on, code):
    assert run("--fail-on", fail_on, "texte").exit_code == code


def test_suggestions_alone_do_not_fail_at_warning_level(drafts):
    (drafts / "texte" / "front.md").write_text(f"{surface(CLAIMED)}\n", encoding="utf-8")
    assert run("texte/front.md").exit_code == 0
    assert run("--fail-on", "suggestion", "texte/front.md").exit_code == 1


def test_config_changes_severity_and_fail_level(drafts):
    (drafts / ".attribution.yaml").write_text(
        "fail_on: error\nchecks:\n  claimed-only: error\n  unattributed-figure: off\n", encoding="utf-8")
    result = run("-f", "json", "texte")
    assert result.exit_code == 1
    findings = [f for file in json.loads(result.stdout)["files"] for f in file["findings"]]
    assert [(f["check"], f["severity"]) for f in findings] == [("claimed-only", "error")]


def test_override_and_exclude_by_path(drafts):
    (drafts / ".attribution.yaml").write_text(
        'exclude: ["*.txt"]\noverrides:\n  - files: ["texte/**"]\n    checks: {unattributed-figure: off}\n',
        encoding="utf-8")
    report = json.loads(run("-f", "json", "texte").stdout)
    assert [f["file"] for f in report["files"]] == ["texte/front.md"]
    assert [f["check"] for f in report["files"][0]["findings"]] == ["claimed-only"]


def test_json_format(drafts):
    report = json.loads(run("--format", "json", "texte").stdout)
    assert report["tool"] == "attribution" and report["model"] == "trees" and report["rules"]
    front = next(f for f in report["files"] if f["file"] == "texte/front.md")
    figure = front["findings"][0]
    assert (figure["check"], figure["line"], figure["column"], figure["end_line"], figure["match"]) == \
        ("unattributed-figure", 5, 1, 5, "600")
    text = (drafts / "texte" / "front.md").read_text(encoding="utf-8")
    assert text[figure["span"][0]:figure["span"][1]] == surface(FIGURE)
    assert report["summary"] == {"warning": 1, "suggestion": 1}


def test_github_workflow_commands(drafts):
    lines = run("--format", "github", "texte").stdout.splitlines()
    assert lines[0].startswith("::warning file=texte/front.md,line=5,col=1,endLine=5,endColumn=34,"
                               "title=attribution unattributed-figure::")
    assert lines[1].startswith("::notice file=texte/front.md,line=5,col=35,")
    assert all("\n" not in line for line in lines)


def test_sarif_validates_against_the_official_schema(drafts):
    result = run("--format", "sarif", "texte")
    log = json.loads(result.stdout)
    errors = sorted(Draft4Validator(SARIF_SCHEMA).iter_errors(log), key=str)
    assert not errors, errors[0].message
    run_ = log["runs"][0]
    assert log["version"] == "2.1.0"
    assert {r["id"] for r in run_["tool"]["driver"]["rules"]} >= {"unattributed-figure", "claimed-only"}
    first = run_["results"][0]
    assert first["ruleId"] == "unattributed-figure" and first["level"] == "warning"
    location = first["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "texte/front.md"
    assert location["region"]["startLine"] == 5 and location["region"]["startColumn"] == 1
    assert run_["results"][1]["level"] == "note"
    assert first["partialFingerprints"]["primaryLocationLineHash"].endswith(":1")


def test_sarif_is_valid_without_findings_too(drafts):
    log = json.loads(run("--format", "sarif", "texte/sauber.txt").stdout)
    assert not list(Draft4Validator(SARIF_SCHEMA).iter_errors(log))
    assert log["runs"][0]["results"] == []


def test_sarif_validator_rejects_a_broken_log(drafts):
    log = json.loads(run("--format", "sarif", "texte").stdout)
    log["runs"][0]["results"][0]["level"] = "fatal"
    assert list(Draft4Validator(SARIF_SCHEMA).iter_errors(log))


def test_fingerprints_survive_moving_the_sentence(drafts):
    before = json.loads(run("-f", "sarif", "texte/front.md").stdout)["runs"][0]["results"][0]
    path = drafts / "texte" / "front.md"
    path.write_text("\n\n" + path.read_text(encoding="utf-8"), encoding="utf-8")
    after = json.loads(run("-f", "sarif", "texte/front.md").stdout)["runs"][0]["results"][0]
    assert after["locations"][0]["physicalLocation"]["region"]["startLine"] == 7
    assert after["partialFingerprints"] == before["partialFingerprints"]


def test_standard_input(drafts):
    result = run("-", input=f"{surface(UNCERTAIN)}\n")
    assert result.exit_code == 1 and result.stdout.startswith("<stdin>:1:1: warning uncertain-without-source")


@pytest.mark.parametrize("args, message", [
    (["--format", "xml", "texte"], "unknown format 'xml'"),
    (["--fail-on", "info", "texte"], "unknown fail level 'info'"),
    (["leer"], "no .txt or .md files"),
    (["--config", "fehlt.yaml", "texte"], "fehlt.yaml: config file not found"),
])
def test_usage_errors_exit_two_with_one_line(drafts, args, message):
    (drafts / "leer").mkdir()
    result = run(*args)
    assert result.exit_code == 2 and message in result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output


def test_bad_config_exits_two_with_file_and_line(drafts):
    (drafts / ".attribution.yaml").write_text("checks:\n  unattributed-figur: error\n", encoding="utf-8")
    result = run("texte")
    assert result.exit_code == 2
    assert ".attribution.yaml:2: unknown check 'unattributed-figur'" in result.output


def test_input_errors_exit_two_but_other_files_are_checked(drafts):
    (drafts / "texte" / "kaputt.txt").write_bytes(b"Gr\xfc\xdfe")
    result = run("texte", "texte/fehlt.md")
    assert result.exit_code == 2
    assert "kaputt.txt: not UTF-8" in result.stderr and "fehlt.md: no such file" in result.stderr
    assert "unattributed-figure" in result.stdout


def test_extra_rule_pack_from_the_config(drafts):
    (drafts / "hausregeln").mkdir()
    (drafts / "hausregeln" / "streng.yaml").write_text(
        "family: streng\ndescription: house rules\nchecks:\n  - id: claimed-only\n    description: strict\n"
        "    severity: error\n    message: '{excerpt} claimed'\n    when: {certainty: claimed}\n", encoding="utf-8")
    (drafts / ".attribution.yaml").write_text("rules: [hausregeln]\n", encoding="utf-8")
    result = run("texte/front.md")
    assert "error claimed-only:" in result.stdout and result.exit_code == 1


def test_init_writes_a_commented_starter_that_check_accepts(drafts):
    result = runner.invoke(app, ["init"])
    assert result.exit_code == 0
    text = (drafts / ".attribution.yaml").read_text(encoding="utf-8")
    assert "fail_on: warning" in text and "  unattributed-figure: warning" in text and "# overrides:" in text
    assert run("texte/sauber.txt").exit_code == 0
    again = runner.invoke(app, ["init"])
    assert again.exit_code == 2 and "exists; use --force" in again.output
    assert runner.invoke(app, ["init", "--force"]).exit_code == 0


def test_no_progress_bar_when_stderr_is_not_a_terminal(drafts):
    result = run("texte")
    assert "file/s" not in result.stderr and "%|" not in result.stderr


def test_unusable_cache_folder_is_a_warning_not_a_crash(tmp_path, monkeypatch):
    from attribution.cli.check import _make_parser
    from attribution.model.resolve import MODEL_FILES

    bundle = tmp_path / "bundle"
    bundle.mkdir()
    for name in MODEL_FILES.values():
        (bundle / name).write_text("x", encoding="utf-8")
    (tmp_path / "datei").write_text("", encoding="utf-8")
    monkeypatch.setenv("ATTRIBUTION_CACHE_DIR", str(tmp_path / "datei" / "cache"))   # under a file
    assert _make_parser(str(bundle), True).cache is None


def test_corrupt_cache_is_one_line(drafts, monkeypatch):
    import sqlite3

    def unreadable(text, blocks):
        raise sqlite3.DatabaseError("file is not a database")

    def broken(model, use_cache):
        parser = TreeParser()
        parser.parse_blocks = unreadable
        return parser
    monkeypatch.setattr("attribution.cli.check._make_parser", broken)
    result = run("texte/front.md")
    assert result.exit_code == 2 and "attribution cache clear" in result.output and "Traceback" not in result.output


def test_progress_bar_only_on_a_terminal_and_for_batches(monkeypatch):
    import io
    import sys

    from attribution.cli.check import _progress

    class Terminal(io.StringIO):
        def isatty(self):
            return True

    monkeypatch.setattr(sys, "stderr", Terminal())
    bar = _progress(["a.md", "b.md"])
    bar.update()
    bar.close()
    assert "0/2" in sys.stderr.getvalue() and "file/s" in sys.stderr.getvalue()
    assert _progress(["a.md"]) is None                          # one file: no bar
    monkeypatch.setattr(sys, "stderr", io.StringIO())
    assert _progress(["a.md", "b.md"]) is None


def test_many_files_share_one_parse_call_through_the_cache(drafts, monkeypatch, tmp_path):
    from check_support import fake_model

    from attribution.parse_cache import ParseCache

    model = fake_model(tmp_path / "model")
    parser = TreeParser(model, cache=ParseCache(tmp_path / "cache", model))
    calls = []
    original = parser.parse_prose
    monkeypatch.setattr(parser, "parse_prose", lambda prose: calls.append(len(prose)) or original(prose))
    monkeypatch.setattr("attribution.cli.check._make_parser", lambda model, use_cache: parser)
    for i in range(20):
        (drafts / "texte" / f"meldung{i:02}.txt").write_text(f"{surface(FIGURE)}\n\n{surface(PLAIN)}\n",
                                                             encoding="utf-8")
    result = run("--format", "json", "texte")
    assert len(json.loads(result.stdout)["files"]) == 22
    # the first 16 files in one call, each distinct paragraph once; the rest were all cached by then
    assert calls == [3]


@pytest.mark.parametrize("preset, expected", [(None, "1"), ("4", "4")])
def test_one_torch_thread_unless_the_user_sets_one(tmp_path, monkeypatch, preset, expected):
    import os

    from attribution.cli.check import _make_parser
    from attribution.model.resolve import MODEL_FILES

    bundle = tmp_path / "bundle"
    bundle.mkdir()
    for name in MODEL_FILES.values():
        (bundle / name).write_text("x", encoding="utf-8")
    if preset is None:
        monkeypatch.delenv("OMP_NUM_THREADS", raising=False)
    else:
        monkeypatch.setenv("OMP_NUM_THREADS", preset)
    _make_parser(str(bundle), False)
    assert os.environ["OMP_NUM_THREADS"] == expected
