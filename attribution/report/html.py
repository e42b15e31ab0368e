"""The report as one self-contained HTML page: inline CSS and SVG, no scripts, no fetches.

Every piece of input text reaches the page through Jinja's autoescaping (MarkupSafe)."""
from __future__ import annotations

from attribution.report import Report
from attribution.report.templates import environment


def render_html(report: Report) -> str:
    return environment(autoescape=True).get_template("report.html.j2").render(report=report)
