"""The verb of a reporting frame, whether or not the lexicon lists it.

In ``"C," NAME VERBED.`` and ``NAME VERBED: "C"`` the verb is a cue whatever it is ('fumed',
'implores', 'shot back'): its shape decides (a lower-case word with a verb ending, an irregular
past that ends the clause, a verb before a particle), not a list of saying verbs.
Input: the tokens' words and a position; output: the frame verb's last token, or -1.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon.function_words import PRONOUNS, STOP_WORDS
from quotex.lexicon.grammar import CONTINUING_VERBS, DASHES, IRREGULAR_PAST, PHRASAL_PARTICLES
from quotex.lexicon.verb_frames import refusal_at


def frame_verb(words: Sequence[str], k: int, last: int) -> int:
    """Token *k* is a reporting frame's verb: a lower-case word with a verb ending ('fumed',
    'implores') or one before a particle ('shot back', 'went on'): its last token (the particle's), or -1."""
    w = words[k]
    if not (w.isalpha() and w.islower()) or w in STOP_WORDS or w in PRONOUNS:
        return -1
    particle = words[k + 1] if k + 1 <= last else ""
    if particle in PHRASAL_PARTICLES and (particle != "on" or w in CONTINUING_VERBS):
        return k + 1
    if len(w) > 3 and w.endswith(("ed", "s")) and not w.endswith(("ss", "us", "is")):
        # ('"C?" NAME declined to comment.': a refusal to speak reports no quotation)
        return -1 if refusal_at(words, k, last) else k
    # ('"C," NAME began.', '"C," NAME swore, before ...': an irregular past that ends the clause)
    return k if w in IRREGULAR_PAST and frame_ends(words, k + 1, last) else -1


#: Tokens that end a reporting frame's clause.
FRAME_ENDS = frozenset([".", ",", ";", "!", "?", "…", ")", "]"]) | DASHES


def frame_ends(words: Sequence[str], k: int, last: int) -> bool:
    """The reporting frame's clause ends before token *k*: the sentence end, a comma, or the
    dash or bracket that closes an aside ('- "C," Lind fumed - and left')."""
    return k > last or words[k] in FRAME_ENDS


def frame_colon(words: Sequence[str], v: int, last: int) -> int:
    """The colon that closes the frame of the verb at token *v* (:func:`frame_verb`), right
    after it or after a short object or adjunct of lower-case words ('scoffed:', 'emailed a
    neighbour:', 'wrote on the whiteboard:'); -1 when there is none."""
    e = frame_verb(words, v, last)
    if e < 0:
        return -1
    c = e + 1
    while c <= last and c - e <= FRAME_OBJECT_MAX and words[c].isalpha() and words[c].islower():
        c += 1
    return c if c <= last and words[c] == ":" else -1


def dash_frame(words: Sequence[str], qo: Sequence[int], k: int, last: int) -> bool:
    """Token *k*, right after a quotation, is a dash that opens a short frame closed by another
    dash before a quotation: '"We tried to warn them" - Etxeberria paused - "more than once."'
    (an interrupted quotation: the frame credits both halves)."""
    if k > last or words[k] not in DASHES:
        return False
    for j in range(k + 3, min(last, k + FRAME_DASH_TOKENS) + 1):
        if qo[j] >= 0:  # (the next quotation: a dash right before it closes the frame; a hyphen
            return words[j - 1] in DASHES  # inside a name does not: 'Aldana-Price')
    return False


#: The most tokens of an interrupted quotation's frame between its two dashes, and the first.
FRAME_DASH_TOKENS = 12


#: The most words of an object or adjunct between a colon frame's verb and its colon.
FRAME_OBJECT_MAX = 5
