"""Renderers: verdicts → text for people (tables) or machines (json, jsonl, csv)."""
from attribution.render.records import document_record, sentence_record  # noqa: F401
