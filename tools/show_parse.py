"""Developer aid: print the parse and matched markers of sentences (python tools/show_parse.py FILE [N...])."""
import sys
from pathlib import Path

from attribution.analyse import analyse_file
from attribution.features import document_quotes, sentence_features
from attribution.markers import find_markers
from attribution.model.resolve import resolve_model
from attribution.parse import Parser
from attribution.rules.pack import load_pack

pack = load_pack()
analysis = analyse_file(Path(sys.argv[1]), Parser(resolve_model()), pack)
wanted = {int(n) for n in sys.argv[2:]}
quotes = document_quotes(analysis.document, pack)
for verdict in analysis.verdicts:
    sentence = verdict.sentence
    if wanted and sentence.index not in wanted:
        continue
    print(f"--- {sentence.index}: {sentence.text}")
    for w in sentence.words:
        print(f"  {w.id:3} {w.text:18} {w.lemma:16} {w.upos:6} {w.head:3} {w.deprel:12} "
              f"{'|'.join(f'{k}={v}' for k, v in w.feats.items() if k in ('Mood', 'VerbForm', 'Number', 'Case'))}")
    features = sentence_features(sentence, pack, quotes)
    for marker in find_markers(sentence, pack, features):
        print(f"  marker {marker.rule.id}: {marker.text!r} source={marker.source and marker.source.text} "
              f"message={marker.message and marker.message.text}")
