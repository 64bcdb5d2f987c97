"""Quotation marks: which opening mark is closed by which closing marks.

Source: Unicode Standard, chapter 6.2 "Quotation Marks" and the Unicode
``Quotation_Mark`` property list (PropList.txt); usage notes from the Chicago
Manual of Style 6.9 and the AP Stylebook ("quotation marks"). Inclusion
criterion: marks that English-language news copy uses for *double* quotation
(curly, straight, typewriter ``''``, German-style low-high, guillemets in both
directions, and the double prime that scanned and re-keyed copy types for a straight
mark). Single marks are listed apart: they only open a quotation where a
word boundary shows they are not apostrophes.
"""

from __future__ import annotations

#: Double quotation marks: opening mark -> the marks that close it.
DOUBLE_QUOTE_PAIRS: dict[str, tuple[str, ...]] = {
    "\u201c": ("\u201d", "\u201c", '"'),  # “ … ” (a mistyped “ or a straight " also closes)
    "\u201e": ("\u201c", "\u201d"),  # „ … “  (German style, also „ … ”)
    "\u00ab": ("\u00bb",),  # « … »
    '"': ('"', "\u201d"),  # " … "
    "''": ("''", "\u201d"),  # '' … ''  (typewriter convention of some wire copy)
    "``": ("''", "\u201d", '"'),  # `` … ''  (LaTeX / PTB convention)
    "\u201f": ("\u201d",),  # ‟ … ”
    "\u2033": ("\u2033", '"', "\u201d"),  # ″ … ″  (a double prime typed for a straight mark)
}

#: Single quotation marks used for quotations inside quotations or headlines.
SINGLE_QUOTE_PAIRS: dict[str, tuple[str, ...]] = {
    "\u2018": ("\u2019",),  # ‘ … ’
    "'": ("'", "\u2019"),  # ' … '
    "\u201a": ("\u2018", "\u2019"),  # ‚ … ‘
    "\u2039": ("\u203a",),  # ‹ … ›
}

#: A sentence's end punctuation with the closing marks after it ('win." She'): the one
#: pattern (a string, for ``re`` and ``regex`` alike) that quote spans and the evaluation
#: report read; a pattern follows it for what must come next (a space, a new line).
SENTENCE_END = r"[.!?][\"”’')\]]*"

#: Common English words ending in *-in* that are whole words, not a dropped *g* (*fixin'* for
#: *fixing*): an apostrophe after one of them is a closing quotation mark. Source: a hand list
#: of the frequent *-in* nouns, adjectives and adverbs of general English (words in *-ain* are
#: never dropped-g forms and are told by their ending, see ``quote_spans._dropped_g``).
IN_WORDS = frozenset(
    """again within begin cabin margin origin cousin basin robin satin toxin vitamin protein
    violin penguin muffin coffin napkin pumpkin raisin resin cumin chin skin thin twin spin grin
    shin akin join coin ruin vein bulletin aspirin insulin heroin javelin assassin puffin
    goblin dolphin porcelain sequin gremlin bobbin tarpaulin mandolin""".split()
)
