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
