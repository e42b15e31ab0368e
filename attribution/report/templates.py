"""One Jinja environment per output kind over the templates shipped in templates/."""
from __future__ import annotations

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, StrictUndefined

TEMPLATES = Path(__file__).with_name("templates")


def environment(autoescape: bool) -> Environment:
    # StrictUndefined: a misspelt field in a template is an error, not an empty string
    return Environment(loader=FileSystemLoader(TEMPLATES), autoescape=autoescape, undefined=StrictUndefined,
                       trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
