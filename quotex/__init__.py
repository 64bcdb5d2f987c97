"""quotex: find the quotations in news text and say who said each one.

>>> from quotex import extract_quotes
>>> [q] = extract_quotes('"We will not back down," said Maria Lopez, the union\\'s president.')
>>> q.speaker.name, q.speaker.title, q.cue.text, q.kind.value
('Maria Lopez', "union's president", 'said', 'direct')
"""

from __future__ import annotations

from quotex.batch import extract_quotes_batch
from quotex.display import render, render_many
from quotex.extract import extract_quotes
from quotex.lexicon import DEFAULT_LEXICON, Lexicon
from quotex.records import Quote, QuoteKind, Span, Speaker

__all__ = [
    "DEFAULT_LEXICON",
    "Lexicon",
    "Quote",
    "QuoteKind",
    "Span",
    "Speaker",
    "__version__",
    "extract_quotes",
    "extract_quotes_batch",
    "render",
    "render_many",
]

__version__ = "0.1.0.dev0"
