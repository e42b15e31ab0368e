import pytest

from attribution.evaluation.metric import Annotation, Score, parse_tokens


def ann(message, source=(), cue=(), form="Indirect", stwr="Speech", nested=False):
    return Annotation({"Message": frozenset((0, t) for t in message), "Source": frozenset((0, t) for t in source),
                       "Cue": frozenset((0, t) for t in cue)}, form, stwr, nested)


def test_offsets():
    assert parse_tokens(["0:1", "2:3"]) == {(0, 1), (2, 3)}


def test_perfect_match():
    score = Score()
    gold = [ann([3, 4, 5], source=[0], cue=[1])]
    score.add_document([ann([3, 4, 5], source=[0], cue=[1])], gold)
    assert score.counts["Message"].f1 == 1.0 and score.roles(("Source",)).f1 == 1.0
    assert score.joint(("Source",)).f1 == 1.0 and score.form_accuracy == 1.0


def test_unpaired_system_annotation_counts_all_tokens_as_false_positives():
    score = Score()
    score.add_document([ann([3, 4], source=[0]), ann([8, 9, 10], source=[7])], [ann([3, 4], source=[0])])
    message = score.counts["Message"]
    assert (message.tp, message.fp, message.fn) == (2, 3, 0)
    assert message.precision == pytest.approx(2 / 5) and message.recall == 1.0
    assert score.counts["Source"].fp == 1


def test_two_gold_messages_compete_for_one_system_message():
    score = Score()
    gold = [ann([1, 2]), ann([4, 5, 6, 7])]
    pairs = score.add_document([ann([2, 3, 4, 5, 6])], gold)
    assert pairs == [(0, 1)]                         # 3 shared tokens beat 1
    message = score.counts["Message"]
    assert (message.tp, message.fp, message.fn) == (3, 2, 1 + 2)


def test_form_breaks_ties():
    score = Score()
    pairs = score.add_document([ann([1, 2], form="Direct")], [ann([1, 2], form="Indirect"), ann([1, 2], form="Direct")])
    assert pairs == [(0, 1)]


def test_no_overlap_means_unpaired():
    score = Score()
    assert score.add_document([ann([1])], [ann([5])]) == []
    assert score.form_accuracy == 0.0


def test_role_tokens_are_told_apart_by_pairing():
    score = Score()
    gold = [ann([3, 4], cue=[1, 2]), ann([20, 21], cue=[19])]            # the second is missed
    system = [ann([3, 4], cue=[1, 5]), ann([30], cue=[29])]               # the second is spurious
    score.add_document(system, gold)
    cue = score.by_pairing["Cue"]
    assert (cue["paired"].tp, cue["paired"].fp, cue["paired"].fn) == (1, 1, 1)
    assert (cue["missed"].tp, cue["missed"].fp, cue["missed"].fn) == (0, 0, 1)
    assert (cue["spurious"].tp, cue["spurious"].fp, cue["spurious"].fn) == (0, 1, 0)
    total = score.counts["Cue"]
    assert (total.tp, total.fp, total.fn) == (1, 2, 2)


def test_cue_f1_without_each_kind_of_error():
    from attribution.evaluation.spkatt import _by_pairing
    score = Score()
    score.add_document([ann([3, 4], cue=[1, 5]), ann([30], cue=[29])], [ann([3, 4], cue=[1, 2]), ann([20, 21], cue=[19])])
    rows = _by_pairing(score, "Cue")
    # all: tp 1, fp 2, fn 2. Paired right: tp 2, fp 1, fn 1 → F1 2/3; nothing missed:
    # tp 2, fp 2, fn 1 → 4/7; nothing spurious: tp 1, fp 1, fn 2 → 2/5
    assert rows["paired"]["f1_without"] == pytest.approx(100 * 2 / 3, abs=0.05)
    assert rows["missed"]["f1_without"] == pytest.approx(100 * 4 / 7, abs=0.05)
    assert rows["spurious"]["f1_without"] == pytest.approx(100 * 2 / 5, abs=0.05)


def test_report_section_shows_cue_tokens_by_pairing():
    from attribution.evaluation.report import section
    prf = {"precision": 1.0, "recall": 1.0, "f1": 1.0}
    figures = {"articles": 1, "gold": "g", "model": "m", "rules": "r", "seconds": 1.0, "articles_per_second": 1.0,
               "simplified": {k: prf for k in ("message", "source", "joint")},
               "full": {"message": prf, "roles": prf, "joint": prf, "per_role": {"Cue": prf}, "form_accuracy": 1.0},
               "by_form": {}, "missed_cues": [], "spurious_cues": [],
               "cue_by_pairing": {"paired": {"tp": 7, "fp": 1, "fn": 2, "f1_without": 90.0},
                                  "missed": {"tp": 0, "fp": 0, "fn": 3, "f1_without": 80.0},
                                  "spurious": {"tp": 0, "fp": 4, "fn": 0, "f1_without": 70.0}}}
    text = "\n".join(section("dev", figures))
    assert "| missed (gold only)" in text and "| spurious (system only)" in text
    row = next(line for line in text.splitlines() if line.startswith("| paired"))
    assert [cell.strip() for cell in row.strip("|").split("|")] == ["paired", "7", "1", "2", "90"]
