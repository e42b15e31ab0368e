"""The report as a Markdown worksheet: the per-sentence table and the roster."""
from __future__ import annotations

import html
import re

from attribution.report import Report
from attribution.report.templates import environment

# Characters that would turn article text into Markdown formatting or links.
MARKDOWN_SPECIAL = re.compile(r"([\\`*_\[\]|#])")


def cell(value) -> str:
    """Text safe inside a Markdown table cell: one line, markup characters escaped and
    HTML written as entities, so `<script>` in an article stays text."""
    if value is None or value == "":
        return "—"
    text = " ".join(str(value).split())
    return MARKDOWN_SPECIAL.sub(r"\\\1", html.escape(text, quote=False))


def render_markdown(report: Report) -> str:
    env = environment(autoescape=False)
    env.filters["cell"] = cell
    return env.get_template("report.md.j2").render(report=report)
