"""Evaluation against gold annotations (SpkAtt-2023)."""
