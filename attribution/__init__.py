"""attribution: who claims what in German news text, and how sure."""
__version__ = "0.1.0"
