"""The German Stanza model: training recipe, evaluation and offline resolution."""
