"""The command line as a user meets it: exit codes, one-line errors, formats."""
import json

import pytest
from typer.testing import CliRunner

from attribution.cli.main import app

runner = CliRunner()


def run(*args, input=None):
    return runner.invoke(app, list(args), input=input)


def test_help_explains_commands():
    result = run("--help")
    assert result.exit_code == 0
    for command in ("analyse", "model", "rules"):
        assert command in result.output


def test_unknown_format_is_a_usage_error(tmp_path):
    result = run("analyse", "--format", "xml", str(tmp_path))
    assert result.exit_code == 2 and "unknown format" in result.output


def test_rules_validate_reports_file_and_line(tmp_path):
    (tmp_path / "bad.yaml").write_text("family: bad\ndescription: x\nrules:\n  - name: r\n    kind: nonsense\n"
                                       "    pattern: [{id: a}]\n", encoding="utf-8")
    result = run("rules", "validate", str(tmp_path))
    assert result.exit_code == 1
    assert f"{tmp_path / 'bad.yaml'}:5:" in result.output


def test_rules_validate_builtin():
    result = run("rules", "validate")
    assert result.exit_code == 0, result.output


def test_malformed_user_rules_fail_analyse_cleanly(tmp_path):
    (tmp_path / "broken.yaml").write_text("family: [oops\n", encoding="utf-8")
    article = tmp_path / "a.txt"
    article.write_text("Der Minister sagte, die Lage sei ernst.\n", encoding="utf-8")
    result = run("analyse", "--rules", str(tmp_path), str(article))
    assert result.exit_code == 2 and "broken.yaml:" in result.output and "Traceback" not in result.output


def test_missing_model_path_is_one_line_error(tmp_path):
    result = run("model", "info", "--model", str(tmp_path / "nowhere"))
    assert result.exit_code == 2 and "model directory not found" in result.output


@pytest.mark.slow
def test_batch_keeps_going_past_bad_files(tmp_path):
    good = tmp_path / "gut.txt"
    good.write_text("\ufeffDer Minister sagte, die Lage sei ernst.\r\nEs regnet.\r\n", encoding="utf-8")
    (tmp_path / "leer.txt").write_text("", encoding="utf-8")
    (tmp_path / "kaputt.txt").write_bytes(b"Gr\xfc\xdfe aus Berlin.")
    result = run("analyse", "--format", "jsonl", str(good), str(tmp_path / "leer.txt"),
                 str(tmp_path / "kaputt.txt"), str(tmp_path / "fehlt.txt"))
    assert result.exit_code == 2
    rows = [json.loads(line) for line in result.stdout.splitlines() if line.startswith("{")]
    assert [r["index"] for r in rows] == [1, 2]
    assert rows[0]["source"] == "Der Minister" and rows[0]["model"]
    for name in ("leer.txt: empty input", "kaputt.txt: not UTF-8", "fehlt.txt: no such file"):
        assert name in result.output
    assert "Traceback" not in result.output


@pytest.mark.slow
def test_stdin_and_directory_input(tmp_path):
    (tmp_path / "a.md").write_text("# Titel\n\nLaut Polizei brennt es.\n", encoding="utf-8")
    (tmp_path / "notes.json").write_text("{}", encoding="utf-8")
    result = run("analyse", "--format", "json", str(tmp_path))
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert [s["kind"] for s in data["sentences"]] == ["heading", "prose"]
    assert data["sentences"][1]["cue"] == "Laut"
    result = run("analyse", "--format", "csv", "-", input="Die Lage sei ernst, so der Sprecher.\n")
    assert result.exit_code == 0 and "der Sprecher" in result.stdout


@pytest.mark.slow
def test_model_info_names_the_bundled_model():
    result = run("model", "info")
    assert result.exit_code == 0
    assert "de_compact" in result.output and "CC BY-SA" in result.output


def test_download_failure_is_one_line_error(monkeypatch, tmp_path):
    import stanza

    def offline(*args, **kwargs):
        raise ConnectionError("no route to the model hub")

    monkeypatch.setattr(stanza, "download", offline)
    result = run("model", "download", "--dir", str(tmp_path))
    assert result.exit_code == 2
    assert "download failed (ConnectionError)" in result.output and "Traceback" not in result.output
