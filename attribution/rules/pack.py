"""Load rule packs (rules/<lang>/*.yaml), validate them strictly, and compile their patterns.

Every error names its file and line: a typo in a rule file must never silently disable
a rule. User packs (--rules DIR) are loaded after the built-in one; a user rule with the
same id replaces the built-in rule, new ids add to it, lexicons with the same name extend.
"""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from jsonschema import Draft202012Validator

from attribution.rules.patterns import Pattern

BUILTIN_DIR = Path(__file__).resolve().parent.parent / "packs" / "de"
SCHEMA = json.loads(Path(__file__).with_name("rule-file.schema.json").read_text(encoding="utf-8"))
VALIDATOR = Draft202012Validator(SCHEMA)


class RuleError(Exception):
    def __init__(self, file: Path, line: int, message: str):
        super().__init__(f"{file}:{line}: {message}")
        self.file, self.line, self.message = file, line, message


@dataclass(frozen=True)
class Rule:
    id: str                 # <family>.<name>
    kind: str
    pattern: Pattern
    form: str | None = None
    certainty: str | None = None
    scope: str = "clause"   # clause | sentence ("laut X") | previous ("Dies sagte X": the sentence before)
    #                         | following ("X zur Heimat:": a quotation in the sentences after, if any)
    source_type: str | None = None
    content: bool = True    # False: the message names a claim ("bestätigte den Bericht"), not what was said
    description: str = ""
    file: str = ""
    line: int = 0

    @property
    def names_speech_act(self) -> bool:
        """The cue names a speech act without its words ("forderte höhere Löhne"); a
        sentence-wide adverbial ("laut X") reports whatever the sentence says."""
        return self.form == "reported" and self.scope != "sentence"


@dataclass(frozen=True)
class Example:
    family: str
    text: str
    expect: dict
    file: str
    line: int


@dataclass
class RulePack:
    name: str = "de"
    version: str = "0"
    precedence: list[str] = field(default_factory=list)
    labels: dict[str, str] = field(default_factory=dict)
    quotes: list[tuple[str, str]] = field(default_factory=list)
    carry_over_gap: int = 0          # sentences without a source a Konjunktiv sentence may look past
    lexicons: dict[str, list[str]] = field(default_factory=dict)
    rules: list[Rule] = field(default_factory=list)
    source_types: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    metonyms: dict[str, str] = field(default_factory=dict)
    irregular_stems: dict[str, str] = field(default_factory=dict)   # past stem → present stem
    examples: list[Example] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)

    def rank(self, certainty: str) -> int:
        return self.precedence.index(certainty)

    def strongest(self, certainties) -> str | None:
        ranked = [c for c in certainties if c]
        return max(ranked, key=self.rank) if ranked else None

    def lexicon(self, name: str) -> list[str]:
        return self.lexicons.get(name, [])


def _line_of(node: yaml.Node | None, path) -> int:
    """Line (1-based) of the YAML node at a JSON path, or of the nearest parent."""
    line = (node.start_mark.line + 1) if node else 1
    for key in path:
        if isinstance(node, yaml.MappingNode):
            node = next((v for k, v in node.value if k.value == key), None)
        elif isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        else:
            node = None
        if node is None:
            break
        line = node.start_mark.line + 1
    return line


def read_rule_file(path: Path) -> tuple[dict, yaml.Node | None]:
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        raise RuleError(path, 1, f"cannot read rule file: {error}") from None
    try:
        node = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        raise RuleError(path, mark.line + 1 if mark else 1,
                        f"invalid YAML: {getattr(error, 'problem', error)}") from None
    if not isinstance(data, dict):
        raise RuleError(path, 1, "a rule file must be a mapping with `family` and `description`")
    errors = sorted(VALIDATOR.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        error = errors[0]
        where = ".".join(str(p) for p in error.absolute_path) or "top level"
        raise RuleError(path, _line_of(node, error.absolute_path), f"{where}: {error.message}")
    return data, node


def _expand(value, lexicons: dict[str, list[str]], path: Path, node, where: list):
    """Replace "$name" entries of IN/NOT_IN/SUFFIX_IN lists by the lexicon's words."""
    if isinstance(value, str) and value.startswith("$") and where and where[-1] in {"IN", "NOT_IN", "SUFFIX_IN"}:
        value = [value]
    if isinstance(value, dict):
        return {k: _expand(v, lexicons, path, node, where + [k]) for k, v in value.items()}
    if isinstance(value, list):
        expanded = []
        for i, item in enumerate(value):
            if isinstance(item, list):        # a YAML flow list nested in a list: flatten
                expanded.extend(_expand(item, lexicons, path, node, where + [i]))
            elif isinstance(item, str) and item.startswith("$"):
                if item[1:] not in lexicons:
                    raise RuleError(path, _line_of(node, where + [i]), f"unknown lexicon {item}")
                expanded.extend(lexicons[item[1:]])
            else:
                expanded.append(item)
        return expanded
    return value


def _check_pattern(nodes: list[dict], path: Path, node, where: list) -> None:
    seen: set[str] = set()
    for i, item in enumerate(nodes):
        if i == 0 and "from" in item:
            raise RuleError(path, _line_of(node, where + [i]), "the first node is the anchor: no `from`")
        if i > 0 and item.get("from") not in seen:
            raise RuleError(path, _line_of(node, where + [i]),
                            f"node {item['id']!r} must name an earlier node in `from`")
        if item["id"] in seen:
            raise RuleError(path, _line_of(node, where + [i]), f"duplicate node id {item['id']!r}")
        for key in ("before", "after"):
            if key in item and item[key] not in seen:
                raise RuleError(path, _line_of(node, where + [i]),
                                f"node {item['id']!r} must name an earlier node in `{key}`")
        seen.add(item["id"])


def pack_files(directory: Path) -> list[Path]:
    if not directory.is_dir():
        raise RuleError(directory, 1, "rule directory not found")
    files = sorted(p for p in directory.iterdir() if p.suffix in {".yaml", ".yml"})
    if not files:
        raise RuleError(directory, 1, "no rule files (*.yaml) in this directory")
    return files


def load_pack(directories: list[Path] | None = None, builtin: bool = True) -> RulePack:
    pack = RulePack()
    loaded = []
    for directory in ([BUILTIN_DIR] if builtin else []) + list(directories or []):
        loaded += [(path, *read_rule_file(path)) for path in pack_files(Path(directory))]
    # Lexicons first, across all files, so rules may use lexicons of other files.
    for path, data, node in loaded:
        for name, words in (data.get("lexicons") or {}).items():
            pack.lexicons.setdefault(name, [])
            pack.lexicons[name] += [w for w in words if w not in pack.lexicons[name]]
    rules: dict[str, Rule] = {}
    for path, data, node in loaded:
        pack.files.append(path)
        family = data["family"]
        settings = data.get("pack") or {}
        pack.name = settings.get("name", pack.name)
        pack.version = settings.get("version", pack.version)
        pack.precedence = settings.get("certainty_precedence", pack.precedence)
        pack.labels.update(settings.get("certainty_labels", {}))
        pack.quotes = [tuple(q) for q in settings.get("quotes", pack.quotes)]
        pack.carry_over_gap = settings.get("carry_over_gap", pack.carry_over_gap)
        for type_name, spec in (data.get("source_types") or {}).items():
            target = pack.source_types.setdefault(type_name, {"nouns": [], "names": []})
            target["nouns"] += spec.get("nouns", [])
            target["names"] += spec.get("names", [])
        pack.metonyms.update(data.get("metonyms") or {})
        pack.irregular_stems.update(data.get("irregular_stems") or {})
        names: set[str] = set()
        for i, raw in enumerate(data.get("rules") or []):
            where = ["rules", i]
            if raw["name"] in names:    # within one file a second rule would silently replace the first
                raise RuleError(path, _line_of(node, where), f"duplicate rule name {raw['name']!r}")
            names.add(raw["name"])
            _check_pattern(raw["pattern"], path, node, where + ["pattern"])
            nodes = [_expand(n, pack.lexicons, path, node, where + ["pattern", j])
                     for j, n in enumerate(raw["pattern"])]
            rule = Rule(id=f"{family}.{raw['name']}", kind=raw["kind"], pattern=Pattern.from_data(nodes),
                        form=raw.get("form"), certainty=raw.get("certainty"),
                        scope=raw.get("scope", "clause"), source_type=raw.get("source_type"),
                        content=raw.get("content", True),
                        description=raw.get("description", ""), file=str(path),
                        line=_line_of(node, where))
            rules[rule.id] = rule     # a later pack's rule with the same id overrides
        for i, example in enumerate(data.get("examples") or []):
            pack.examples.append(Example(family, example["text"],
                                         {k: v for k, v in example.items() if k != "text"},
                                         str(path), _line_of(node, ["examples", i])))
    pack.rules = list(rules.values())
    if not pack.precedence:
        raise RuleError(loaded[0][0] if loaded else Path("."), 1,
                        "no certainty_precedence in any pack file")
    return pack


def validate(directory: Path) -> list[RuleError]:
    """All problems of one rule directory (each file checked on its own, then together)."""
    problems = []
    for path in pack_files(directory):
        try:
            read_rule_file(path)
        except RuleError as error:
            problems.append(error)
    if not problems:
        try:
            load_pack([directory], builtin=directory.resolve() != BUILTIN_DIR.resolve())
        except RuleError as error:
            problems.append(error)
    return problems
