"""Developer aid: compact verdict rows from `attribution analyse --format jsonl` on stdin."""
import json
import sys

for line in sys.stdin:
    r = json.loads(line)
    print(r["index"], "|", r["source"], "|", r["resolved_to"], "|", r["source_type"], "|", r["cue"], "|",
          r["form"], "|", r["certainty"], "|", [m["text"] for m in r["markers"]])
