"""`attribution check`: a linter gate for article drafts.

definitions.py  the `checks:` of the rule pack, compiled
config.py       .attribution.yaml: discovery, severities, overrides, fail level
evaluate.py     one check on one verdict
suppress.py     <!-- attribution: ignore RULE --> in Markdown
run.py          input → verdicts → findings
formats.py      text, json, github (sarif.py: SARIF 2.1.0)
"""
