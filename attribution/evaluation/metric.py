"""The SpkAtt-2023 Task 2 metric, implemented from its description.

Per article, system and gold annotations are paired one-to-one by a linear sum assignment
that maximises the token overlap of their Message spans (Form, then STWR break ties). For
each pair every token of each role counts as a true positive (in both), a false positive
(system only) or a false negative (gold only); an unpaired annotation counts all its tokens
as errors. Precision, recall and F1 are micro-averaged over those token counts.
"""
from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
from scipy.optimize import linear_sum_assignment

Token = tuple[int, int]                    # (sentence id, token index)
ROLES = ("Message", "Cue", "Source", "Frame", "Addr")
FULL_ROLES = ("Addr", "Cue", "Frame", "Source")
SIMPLE_ROLES = ("Source",)
FORMS = ("Direct", "Indirect", "FreeIndirect", "IndirectFreeIndirect", "Reported")
# where a role's tokens were counted: in paired annotations, in gold annotations left
# unpaired (missed) or in system annotations left unpaired (spurious)
PAIRINGS = ("paired", "missed", "spurious")


@dataclass(frozen=True)
class Annotation:
    spans: dict[str, frozenset[Token]]     # role → tokens
    form: str = ""
    stwr: str = ""
    nested: bool = False

    def role(self, name: str) -> frozenset[Token]:
        return self.spans.get(name, frozenset())


def parse_tokens(offsets: list[str]) -> frozenset[Token]:
    """["3:0", "3:1"] → {(3, 0), (3, 1)}"""
    tokens = set()
    for offset in offsets:
        sentence, token = offset.split(":")
        tokens.add((int(sentence), int(token)))
    return frozenset(tokens)


def annotation_from_json(data: dict) -> Annotation:
    return Annotation({role: parse_tokens(data.get(role, [])) for role in ROLES},
                      data.get("Form", ""), data.get("STWR", ""), bool(data.get("IsNested", False)))


@dataclass
class Counts:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, system: frozenset, gold: frozenset) -> None:
        self.tp += len(system & gold)
        self.fp += len(system - gold)
        self.fn += len(gold - system)

    def __iadd__(self, other: "Counts") -> "Counts":
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn
        return self

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def pair(system: list[Annotation], gold: list[Annotation]) -> list[tuple[int, int]]:
    """Index pairs (system, gold) of the assignment; pairs without any shared Message token
    are left unpaired."""
    if not system or not gold:
        return []
    weights = np.zeros((len(system), len(gold)))
    for i, s in enumerate(system):
        for j, g in enumerate(gold):
            overlap = len(s.role("Message") & g.role("Message"))
            # overlap dominates; an equal Form, then an equal STWR, breaks ties
            weights[i, j] = overlap * 4 + (s.form == g.form) * 2 + (s.stwr == g.stwr) if overlap else 0
    rows, cols = linear_sum_assignment(weights, maximize=True)
    return [(i, j) for i, j in zip(rows, cols) if weights[i, j] > 0]


@dataclass
class Score:
    forms_total: int = 0
    forms_correct: int = 0
    by_form: dict[str, Counts] = field(default_factory=dict)   # Message counts per gold Form
    # role → pairing → counts: tells span errors of found annotations from whole annotations
    # missed or invented, which call for different rule work
    by_pairing: dict[str, dict[str, Counts]] = field(
        default_factory=lambda: {r: {p: Counts() for p in PAIRINGS} for r in ROLES})

    @property
    def counts(self) -> dict[str, Counts]:
        """Each role's counts over all annotations, paired or not."""
        totals = {}
        for role, kinds in self.by_pairing.items():
            totals[role] = Counts()
            for counts in kinds.values():
                totals[role] += counts
        return totals

    def add_document(self, system: list[Annotation], gold: list[Annotation]) -> list[tuple[int, int]]:
        pairs = pair(system, gold)
        paired_s, paired_g = {i for i, _ in pairs}, {j for _, j in pairs}
        for i, j in pairs:
            for role in ROLES:
                self.by_pairing[role]["paired"].add(system[i].role(role), gold[j].role(role))
            self.forms_total += 1
            self.forms_correct += system[i].form == gold[j].form
            self.by_form.setdefault(gold[j].form, Counts()).add(system[i].role("Message"), gold[j].role("Message"))
        for i, s in enumerate(system):
            if i not in paired_s:
                for role in ROLES:
                    self.by_pairing[role]["spurious"].add(s.role(role), frozenset())
                self.by_form.setdefault(s.form, Counts()).add(s.role("Message"), frozenset())
        for j, g in enumerate(gold):
            if j not in paired_g:
                for role in ROLES:
                    self.by_pairing[role]["missed"].add(frozenset(), g.role(role))
                self.by_form.setdefault(g.form, Counts()).add(frozenset(), g.role("Message"))
        return pairs

    def roles(self, names: tuple[str, ...]) -> Counts:
        total = Counts()
        for name in names:
            total += self.counts[name]
        return total

    def joint(self, names: tuple[str, ...]) -> Counts:
        total = Counts()
        total += self.counts["Message"]
        total += self.roles(names)
        return total

    @property
    def form_accuracy(self) -> float:
        return self.forms_correct / self.forms_total if self.forms_total else 0.0


def simplified(annotations: list[Annotation]) -> list[Annotation]:
    """The simplified task keeps non-nested annotations only."""
    return [a for a in annotations if not a.nested]
