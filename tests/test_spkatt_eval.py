"""`attribution eval spkatt` end to end: the real pipeline on a few SpkAtt train articles."""
import json

import pytest
from conftest import require_shared
from typer.testing import CliRunner

from attribution.cli.main import app
from attribution.evaluation.metric import Score
from attribution.evaluation.spkatt import load_gold

runner = CliRunner()


@pytest.mark.slow
def test_eval_writes_figures_predictions_and_report(tmp_path, model):
    gold = require_shared("spkatt-news/train")
    out, report = tmp_path / "predictions", tmp_path / "spkatt.md"
    result = runner.invoke(app, ["eval", "spkatt", str(gold), "--limit", "3", "--json",
                                 "--predictions-out", str(out), "--report", str(report)])
    assert result.exit_code == 0, result.output
    figures = json.loads(result.output)
    assert figures["articles"] == 3 and figures["model"] == model.identity
    cue = figures["full"]["per_role"]["Cue"]
    pairing = figures["cue_by_pairing"]
    assert set(pairing) == {"paired", "missed", "spurious"}
    assert all(row["f1_without"] >= cue["f1"] for row in pairing.values())
    names = sorted(p.name for p in sorted(gold.glob("*.json"))[:3])
    assert sorted(p.name for p in out.glob("*.json")) == names
    # the written predictions, scored against the gold, give the printed figures
    score = Score()
    predicted = {d.name: d for d in load_gold(out)}
    for document in load_gold(gold)[:3]:
        assert predicted[document.name].sentences == document.sentences
        score.add_document(predicted[document.name].annotations, document.annotations)
    assert round(100 * score.counts["Cue"].f1, 1) == cue["f1"]
    text = report.read_text(encoding="utf-8")
    assert "Cue F1 without these errors" in text and "--limit 3" in text


def test_eval_of_a_missing_folder_is_a_one_line_error(tmp_path):
    result = runner.invoke(app, ["eval", "spkatt", str(tmp_path / "nowhere")])
    assert result.exit_code == 2
    assert "gold folder not found" in result.output and "Traceback" not in result.output
