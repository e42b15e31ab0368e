"""The classroom report on hand-written parses: roster, chart, HTML and Markdown, CLI errors.
Fast and model-free; the browser and the reference article are in test_report_browser.py."""
import re
from pathlib import Path

import pytest
from conftest import require_shared
from report_dom import parse_html
from test_sources import NIS_FULL, so
from trees import DEF, FIN, SUB, conllu_sentence, parse
from typer.testing import CliRunner

from attribution.analyse import Analysis
from attribution.cli.main import app
from attribution.document import Sentence, document_from_conllu
from attribution.report import build_report, render
from attribution.report.chart import build_chart
from attribution.report.labels import load_labels
from attribution.report.roster import author_voice, build_roster, claims_of, entity_names
from attribution.rules.pack import SCHEMA
from attribution.sources import Entity, Mention
from attribution.verdicts import judge_document

MINISTER = ("Der/DET/2/det/der/Case=Nom|" + DEF + " Minister/NOUN/3/nsubj sagte/VERB/0/root/sagen/" + FIN +
            " ,/PUNCT/8/punct die/DET/6/det/der/" + DEF + " Lage/NOUN/8/nsubj sei/AUX/8/cop/sein/" + SUB +
            " ernst/ADJ/3/ccomp ./PUNCT/3/punct")
CARRIED = "Es/PRON/2/expl gebe/VERB/0/root/geben/" + SUB + " Tote/NOUN/2/obj ./PUNCT/2/punct"
EMBEDDED = ("Die/DET/2/det/der/Case=Nom|" + DEF + " Armee/NOUN/3/nsubj zog/VERB/0/root/ziehen/" + FIN +
            " ab/ADP/3/compound:prt ,/PUNCT/8/punct nachdem/SCONJ/8/mark Pjöngjang/PROPN/8/nsubj"
            " bestätigt/VERB/3/advcl/bestätigen hatte/AUX/8/aux/haben/" + FIN + " ./PUNCT/3/punct")
RAIN = "Es/PRON/2/nsubj regnet/VERB/0/root/regnen/VerbForm=Fin ./PUNCT/2/punct"
# Markup in an article: placeholders swapped in after the CoNLL-U is written, since the
# tree notation uses "/" as its separator.
HOSTILE = ("Der/DET/2/det/der/Case=Nom|" + DEF + " XSOURCEX/NOUN/3/nsubj sagte/VERB/0/root/sagen/" + FIN +
           " ,/PUNCT/7/punct XSCRIPTX/NOUN/7/nsubj sei/AUX/7/cop/sein/" + SUB + " ernst/ADJ/3/ccomp"
           " a|b/X/7/dep ./PUNCT/3/punct")
SCRIPT = '<script>document.title="pwned"</script>'
SOURCE_MARKUP = "<b>Minister</b>"

runner = CliRunner()
REFERENCE = "seeds/000_cc69014236208990.txt"


def analysis_of(document, pack, name="artikel.txt"):
    return Analysis(name, document, judge_document(document, pack))


@pytest.fixture
def nis(pack):
    return analysis_of(parse(NIS_FULL, so("der NIS"), so("der Geheimdienst"), so("die Spionagebehörde"), RAIN), pack)


@pytest.fixture
def mixed(pack):
    return analysis_of(parse(MINISTER, CARRIED, EMBEDDED, RAIN), pack)


def hostile_document():
    text = conllu_sentence(HOSTILE).replace("XSOURCEX", SOURCE_MARKUP).replace("XSCRIPTX", SCRIPT)
    return document_from_conllu(text + conllu_sentence(RAIN))


# --- roster and claims -------------------------------------------------------------------

def test_roster_lists_an_entity_once_with_its_aliases(nis, pack):
    roster = build_roster(claims_of(nis.verdicts), pack.precedence, "ungenannt")
    [entry] = roster
    assert entry.name == "NIS"
    assert entry.aliases == ("Der südkoreanische Geheimdienst (NIS)", "der Geheimdienst", "die Spionagebehörde")
    assert (entry.source_type, entry.claims, entry.certainties, entry.sentences) == \
        ("intelligence", 4, (("reported", 4),), (1, 2, 3, 4))


def test_aliases_leave_out_what_only_repeats_the_name():
    def mention(text, pronoun=False):
        return Mention(1, [], None, text, pronoun=pronoun)

    entity = Entity(1, [mention("der südkoreanische Geheimdienst"), mention("Der südkoreanische Geheimdienst (NIS)"),
                        mention("Der NIS"), mention("er", pronoun=True), mention("die Spionagebehörde")], short="NIS")
    assert entity_names(entity) == ("NIS", ["der südkoreanische Geheimdienst", "die Spionagebehörde"])
    assert entity_names(Entity(2, [mention("Der Minister (SPD)"), mention("der Minister")])) == \
        ("Der Minister (SPD)", ["der Minister"])


def test_carried_and_embedded_attributions_count_as_claims(mixed, pack):
    claims = claims_of(mixed.verdicts)
    assert [(c.sentence, c.attribution.source_text, c.certainty, c.carried) for c in claims] == \
        [(1, "Der Minister", "reported", False), (2, "Der Minister", "reported", True),
         (3, "Pjöngjang", "confirmed", False)]
    roster = build_roster(claims, pack.precedence, "ungenannt")
    assert [(e.name, e.claims, e.sentences) for e in roster] == [("Der Minister", 2, (1, 2)), ("Pjöngjang", 1, (3,))]


def test_author_voice_is_prose_without_source_or_hearsay(mixed, nis):
    # the embedded confirmation does not govern sentence 3: the author says the army withdrew
    assert (author_voice(mixed.verdicts).sentences, author_voice(mixed.verdicts).prose) == (2, 4)
    assert author_voice(nis.verdicts).percent == 20


def test_chart_bars_are_proportional_and_stacked_by_precedence(mixed, pack):
    chart = build_chart(claims_of(mixed.verdicts), pack.precedence)
    by_type = {bar.source_type: bar for bar in chart.bars}
    assert {t: b.total for t, b in by_type.items()} == {"politician": 2, "government": 1}
    assert chart.bars[0].source_type == "politician"         # the longest bar first
    politician, government = by_type["politician"], by_type["government"]
    assert politician.segments[0].width == pytest.approx(2 * government.segments[0].width)
    assert politician.segments[0].width == pytest.approx(chart.bar_area)
    assert [s.certainty for b in chart.bars for s in b.segments] == ["reported", "confirmed"]
    assert chart.certainties == ("reported", "confirmed")


def test_chart_segments_follow_each_other(pack):
    claims = claims_of(judge_document(parse(MINISTER, CARRIED, MINISTER.replace("sagte/VERB/0/root/sagen",
                                                                                 "behauptete/VERB/0/root/behaupten")),
                                      pack))
    [bar] = build_chart(claims, pack.precedence).bars
    assert [s.certainty for s in bar.segments] == ["reported", "claimed"]
    first, second = bar.segments
    assert second.x == pytest.approx(first.x + first.width)


# --- labels --------------------------------------------------------------------------------

def test_labels_cover_every_certainty_form_marker_and_source_type(pack):
    labels = load_labels(pack)
    assert list(labels.certainties) == pack.precedence
    for key in pack.precedence:
        label = labels.certainties[key]
        assert label.label == pack.labels[key] and label.explanation and label.symbol, key
    assert len({c.symbol for c in labels.certainties.values()}) == len(pack.precedence)
    types = set(pack.source_types) | {r.source_type for r in pack.rules if r.source_type} | {"unknown", "none"}
    assert types <= set(labels.source_types)
    assert set(SCHEMA["$defs"]["form"]["enum"]) <= set(labels.forms)
    assert set(SCHEMA["$defs"]["rule"]["properties"]["kind"]["enum"]) - {"exclude"} <= set(labels.marker_kinds)


# --- HTML ----------------------------------------------------------------------------------

def html_of(analysis, pack):
    return render(build_report(analysis, pack), "html")


def test_every_sentence_is_focusable_labelled_and_explained(mixed, pack):
    page = parse_html(html_of(mixed, pack))
    sentences = page.all("span", "s")
    assert len(sentences) == len(mixed.verdicts)
    for node, verdict in zip(sentences, mixed.verdicts):
        assert node.attrs["tabindex"] == "0"
        badge = [n for n in node.children if not isinstance(n, str) and "badge" in n.classes]
        assert len(badge) == 1 and pack.labels[verdict.certainty] in badge[0].text()
        why = page.by_id(node.attrs["aria-describedby"])
        assert why is not None and "why" in why.classes and why in node.walk()
        assert (verdict.rule or "Keine Regel") in why.text()
    assert "Satz 1" in page.by_id("why-2").text()       # the carried-over source's sentence


def test_a_heading_is_labelled_as_such_and_makes_no_claim(pack):
    document = parse(MINISTER, RAIN)
    start = document.sentences[-1].end + 1
    title = "Waffen gegen wirtschaftliche Unterstützung"
    document.sentences.append(Sentence(3, title, start, start + len(title), [], kind="heading", block=2))
    analysis = analysis_of(document, pack)
    report = build_report(analysis, pack)
    [heading] = parse_html(render(report, "html")).one(cls="article").all("h3")
    node = heading.one("span", "s")
    assert node.attrs["data-certainty"] == "heading" and report.labels.heading.label in node.one(cls="badge").text()
    assert (report.voice.sentences, report.voice.prose) == (1, 2)
    assert [e.claims for e in report.roster] == [1]


def test_cues_sources_and_markers_are_highlighted(mixed, pack):
    page = parse_html(html_of(mixed, pack))
    first = page.by_id("satz-1")
    assert [n.text() for n in first.all(cls="hl-source")] == ["Der Minister"]
    assert [n.text() for n in first.all(cls="hl-cue")] == ["sagte"]
    assert [n.text() for n in first.all(cls="hl-marker")] == ["sei"]
    # a carried-over source is highlighted where it stands, not in the carrying sentence
    assert page.by_id("satz-2").all(cls="hl-source") == []
    assert [n.text() for n in page.by_id("satz-3").all(cls="hl-source")] == ["Pjöngjang"]
    # the highlighted runs still spell the sentence
    text = "".join(c if isinstance(c, str) else c.text() for c in first.children
                   if isinstance(c, str) or c.classes & {"hl"})
    assert text.strip() == mixed.verdicts[0].sentence.text


def test_the_page_is_self_contained(mixed, pack):
    source = html_of(mixed, pack)
    page = parse_html(source)
    assert not page.all("script") and not page.all("link") and not page.all("img") and not page.all("iframe")
    assert all(not n.attrs.get("src") for n in page.walk())
    assert all(n.attrs["href"].startswith("#") for n in page.walk() if "href" in n.attrs)
    style = page.one("style").text()
    assert "@import" not in style and "url(" not in style and not re.search(r"https?:", source)
    assert "@page" in style and "A4" in style and "@media print" in style


def test_markup_in_the_article_stays_text(pack):
    analysis = analysis_of(hostile_document(), pack)
    page = parse_html(html_of(analysis, pack))
    assert not page.all("script") and not page.all("b")
    assert SCRIPT in page.by_id("satz-1").text()
    assert [n.text() for n in page.all("th", "name")] == [f"Der {SOURCE_MARKUP}"]
    markdown = render(build_report(analysis, pack), "md")
    assert "<script" not in markdown and "<b>" not in markdown and "&lt;script&gt;" in markdown


def test_outputs_name_model_and_rule_pack(mixed, pack):
    report = build_report(mixed, pack)
    rules = f"{pack.name} {pack.version}"
    page = parse_html(render(report, "html"))
    assert [n.text() for n in page.all(cls="model")] == [mixed.document.model] * 2
    assert [n.text() for n in page.all(cls="rules")] == [rules] * 2
    markdown = render(report, "md")
    assert f"Sprachmodell: {mixed.document.model}" in markdown and rules in markdown


def _luminance(colour: str) -> float:
    channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
    linear = [c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(a: str, b: str) -> float:
    high, low = sorted([_luminance(a), _luminance(b)], reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_colours_have_enough_contrast(mixed, pack):
    style = parse_html(html_of(mixed, pack)).one("style").text()
    colours = dict(re.findall(r"--([\w-]+):\s*(#[0-9a-fA-F]{6})", style))
    for key in pack.precedence:
        for name in (key, f"{key}-tint"):       # badges and bars, sentence tints
            assert contrast(colours["ink"], colours[name]) >= 4.5, name
    assert contrast(colours["muted"], colours["paper"]) >= 4.5
    assert contrast(colours["focus"], colours["paper"]) >= 3        # focus ring: non-text contrast


def test_focus_and_hover_reveal_the_explanation(mixed, pack):
    style = parse_html(html_of(mixed, pack)).one("style").text()
    rule = re.search(r"([^{}]*)\{\s*display:\s*block;\s*\}", style)
    assert rule and {".s:hover .why", ".s:focus .why"} <= {s.strip() for s in rule.group(1).split(",")}


# --- Markdown ------------------------------------------------------------------------------

def _table(markdown: str, heading: str) -> list[str]:
    """The body rows of the first table after a heading (header and rule left out)."""
    section = markdown.split(heading, 1)[1].strip().split("\n\n")[0]
    return [line for line in section.splitlines() if line.startswith("|")][2:]


def test_markdown_has_one_row_per_sentence_and_the_roster(pack):
    analysis = analysis_of(hostile_document(), pack)
    markdown = render(build_report(analysis, pack), "md")
    rows = _table(markdown, "## Satz für Satz")
    assert len(rows) == len(analysis.verdicts)
    for row, verdict in zip(rows, analysis.verdicts):
        cells = re.split(r"(?<!\\)\|", row)[1:-1]          # escaped pipes stay inside their cell
        assert len(cells) == 8 and pack.labels[verdict.certainty] in cells[5]
    assert r"a\|b" in rows[0]
    roster = markdown.split("## Wer kommt zu Wort?", 1)[1]
    assert "Der &lt;b&gt;Minister&lt;/b&gt;" in roster


def test_markdown_roster_merges_aliases(nis, pack):
    roster = _table(render(build_report(nis, pack), "md"), "## Wer kommt zu Wort?")
    assert len(roster) == 1 and roster[0].startswith("| NIS |") and "der Geheimdienst; die Spionagebehörde" in roster[0]


# --- command line errors (no model needed: they come before the analysis) ------------------

@pytest.mark.parametrize("case", ["missing", "empty", "no-folder", "directory", "format"])
def test_errors_are_one_line_with_exit_code_2(tmp_path, case):
    article = tmp_path / "artikel.txt"
    article.write_text("Der Minister sagte, die Lage sei ernst.\n" if case != "empty" else "  \n", encoding="utf-8")
    args = {
        "missing": [str(tmp_path / "fehlt.txt")],
        "empty": [str(article)],
        "no-folder": [str(article), "-o", str(tmp_path / "nirgends" / "bericht.html")],
        "directory": [str(article), "-o", str(tmp_path)],
        "format": [str(article), "--format", "pdf"],
    }[case]
    result = runner.invoke(app, ["report", *args])
    assert result.exit_code == 2, result.output
    lines = result.output.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("attribution: error:") and "Traceback" not in result.output


def test_explanations_are_single_lines(pack):
    # they go into Markdown table cells, where a line break would end the row
    labels = load_labels(pack)
    texts = [c.explanation for c in labels.certainties.values()] + list(labels.decisions.values())
    assert texts and all(t.strip() and "\n" not in t for t in texts)


@pytest.mark.slow
@pytest.mark.parametrize("fmt", ["html", "md"])
def test_report_command_on_the_reference_article(tmp_path, fmt, model, pack):
    out = tmp_path / f"bericht.{fmt}"
    result = runner.invoke(app, ["report", str(require_shared(REFERENCE)), "-o", str(out), "--format", fmt])
    assert result.exit_code == 0, result.output
    text = out.read_text(encoding="utf-8").replace("\\", "")     # Markdown escapes "_"
    for named in (Path(REFERENCE).name, model.identity, f"{pack.name} {pack.version}", "NIS"):
        assert named in text, named
