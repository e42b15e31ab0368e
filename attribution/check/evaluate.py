"""Running checks on verdicts: one finding per check and sentence at most."""
from __future__ import annotations

from attribution.check.definitions import Check
from attribution.features import Features
from attribution.rules.patterns import match
from attribution.verdicts import Verdict

EXCERPT_CHARS = 40


def verdict_fields(verdict: Verdict) -> dict:
    """What `when` may test; marker kinds include those of embedded attributions."""
    kinds = {m.kind for m in verdict.markers} | {m.kind for a in verdict.attributions for m in a.markers}
    return {"certainty": verdict.certainty, "form": verdict.form, "source_type": verdict.source_type,
            "has_source": verdict.primary is not None, "marker_kinds": sorted(kinds)}


def _holds(value, test) -> bool:
    values = value if isinstance(value, list) else [value]
    if isinstance(test, dict):
        if "IN" in test and not any(v in test["IN"] for v in values):
            return False
        if "NOT_IN" in test and any(v in test["NOT_IN"] for v in values):
            return False
        return True
    return test in values


def applies(check: Check, fields: dict) -> bool:
    return all(_holds(fields[name], test) for name, test in check.when.items())


def find_words(check: Check, verdict: Verdict, features: Features) -> list | None:
    """The words of the first `find` pattern that matches (marker-role nodes, else all);
    None when none matches. A check without `find` matches the whole sentence."""
    sentence = verdict.sentence
    if not check.find:
        return list(sentence.words)
    for pattern in check.find:
        roles = pattern.roles()
        for bound in match(pattern, sentence, features.lookup):
            marked = [w for node, w in bound.items() if roles.get(node) == "marker"] or list(bound.values())
            return sorted(marked, key=lambda w: w.id)
    return None


def excerpt(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > EXCERPT_CHARS:
        cut = text[:EXCERPT_CHARS].rsplit(" ", 1)[0]
        text = cut + " …"
    return f'"{text}"'


def message(check: Check, verdict: Verdict, matched: str) -> str:
    values = {
        "excerpt": excerpt(verdict.sentence.text), "match": matched,
        "source": verdict.source or "an unnamed source", "source_type": verdict.source_type,
        "certainty": verdict.certainty, "form": verdict.form, "cue": verdict.cue or verdict.rule or "no cue",
        "markers": ", ".join(m.text for m in verdict.markers) or "no marker",
    }
    return check.message.format_map(values)
