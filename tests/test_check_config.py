"""`.attribution.yaml`: discovery upward, severities, overrides per path, clear errors."""
import pytest

from attribution.check.config import Config, ConfigError, discover, glob_regex, load_config
from attribution.check.definitions import load_checks


@pytest.fixture(scope="module")
def checks(pack):
    return load_checks(pack)


def write_config(folder, text):
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / ".attribution.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_found_walking_up_from_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.delenv("ATTRIBUTION_CONFIG", raising=False)
    path = write_config(tmp_path / "redaktion", "fail_on: error\n")
    deep = tmp_path / "redaktion" / "ressort" / "entwuerfe"
    deep.mkdir(parents=True)
    config = discover(cwd=deep)
    assert config.path == path and config.fail_on == "error"
    assert config.root == path.parent.resolve()


def test_without_a_file_the_defaults_apply(tmp_path, monkeypatch, checks):
    monkeypatch.delenv("ATTRIBUTION_CONFIG", raising=False)
    config = discover(cwd=tmp_path)
    assert config.path is None and config.fail_on == "warning"
    assert config.severities(str(tmp_path / "a.md"), checks) == {c.id: c.severity for c in checks}


def test_explicit_path_and_environment_variable_win(tmp_path, monkeypatch):
    write_config(tmp_path, "fail_on: error\n")
    other = write_config(tmp_path / "other", "fail_on: suggestion\n")
    monkeypatch.setenv("ATTRIBUTION_CONFIG", str(other))
    assert discover(cwd=tmp_path).fail_on == "suggestion"
    assert discover(tmp_path / ".attribution.yaml", cwd=tmp_path).fail_on == "error"
    with pytest.raises(ConfigError, match="config file not found"):
        discover(tmp_path / "missing.yaml")


def test_severities_and_overrides_by_path(tmp_path, checks):
    path = write_config(tmp_path, """\
checks:
  claimed-only: error
  anonymous-source: off
overrides:
  - files: ["meinung/**"]
    checks:
      unattributed-figure: off
      claimed-only: suggestion
  - files: ["*.eilmeldung.md"]
    checks: {anonymous-source: warning}
""")
    config = load_config(path)
    news = config.severities(str(tmp_path / "politik" / "wahl.md"), checks)
    assert news["claimed-only"] == "error" and "anonymous-source" not in news
    assert news["unattributed-figure"] == "warning"
    opinion = config.severities(str(tmp_path / "meinung" / "kommentar.md"), checks)
    assert "unattributed-figure" not in opinion and opinion["claimed-only"] == "suggestion"
    flash = config.severities(str(tmp_path / "politik" / "wahl.eilmeldung.md"), checks)
    assert flash["anonymous-source"] == "warning"


def test_exclude_globs(tmp_path):
    config = load_config(write_config(tmp_path, 'exclude: ["archiv/**", "*.notes.md"]\n'))
    assert config.excluded(str(tmp_path / "archiv" / "2019" / "alt.md"))
    assert config.excluded(str(tmp_path / "neu" / "x.notes.md"))
    assert not config.excluded(str(tmp_path / "neu" / "archiv.md"))


@pytest.mark.parametrize("pattern, path, expected", [
    ("*.md", "a/b/c.md", True), ("*.md", "c.txt", False),
    ("meinung/**", "meinung/x/y.md", True), ("meinung/**", "x/meinung/y.md", False),
    ("**/entwurf-*.md", "a/entwurf-1.md", True), ("**/entwurf-*.md", "entwurf-1.md", True),
    ("a/?.md", "a/b.md", True), ("a/?.md", "a/bc.md", False),
])
def test_glob_patterns(pattern, path, expected):
    assert bool(glob_regex(pattern).match(path)) is expected


def test_unknown_check_is_named_with_line(tmp_path, checks):
    path = write_config(tmp_path, "fail_on: warning\nchecks:\n  unattributed-figure: error\n  anonymus-source: off\n")
    with pytest.raises(ConfigError, match=r"\.attribution\.yaml:4: unknown check 'anonymus-source'"):
        load_config(path).validate_against(checks)


def test_schema_errors_name_file_line_and_key(tmp_path):
    path = write_config(tmp_path, "checks:\n  claimed-only: error\nfail_on: sometimes\n")
    with pytest.raises(ConfigError, match=r"\.attribution\.yaml:3: fail_on: 'sometimes' is not one of"):
        load_config(path)
    path = write_config(tmp_path, "checks:\n  claimed-only: loud\n")
    with pytest.raises(ConfigError, match=r"\.attribution\.yaml:2: checks.claimed-only"):
        load_config(path)


def test_invalid_yaml_is_one_line(tmp_path):
    path = write_config(tmp_path, "checks: [unclosed\n")
    with pytest.raises(ConfigError, match=r"\.attribution\.yaml:2: invalid YAML"):
        load_config(path)


def test_empty_file_is_the_defaults(tmp_path):
    config = load_config(write_config(tmp_path, "# nothing yet\n"))
    assert isinstance(config, Config) and config.fail_on == "warning" and config.checks == {}


def test_rule_packs_are_relative_to_the_config_file(tmp_path):
    config = load_config(write_config(tmp_path / "redaktion", "rules: [hausregeln]\n"))
    assert config.rules == [(tmp_path / "redaktion" / "hausregeln").resolve()]
