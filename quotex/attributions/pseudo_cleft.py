"""Rule ``pseudo_cleft`` (a step of :data:`~quotex.attributions.verb_rules.VERB_STEPS`): a
reporting verb inside a fronted *what* clause whose report follows the copula ('What Ida Berg
told the meeting was that C', 'What he said is C'): Quirk et al. 1985 §18.29, the pseudo-cleft,
whose focus after *be* is the content. Input: a
:class:`~quotex.attributions.sites.VerbCue`; output: the attribution (content = the focus,
source = the subject between *what* and the verb, cue = the verb) or None."""

from __future__ import annotations

from collections.abc import Sequence

from quotex.attributions.clauses import content, content_end
from quotex.attributions.model import Attribution, Found
from quotex.attributions.sites import VerbCue
from quotex.attributions.subjects import source_before
from quotex.lexicon.function_words import DATE_LEADS, DETERMINERS, TIME_WORDS
from quotex.lexicon.grammar import AUXILIARIES, COPULA, IRREGULAR_PAST, MODALS, SUBJECT_PRONOUNS
from quotex.lexicon.verb_frames import TELL_VERBS

__all__ = ["free_relative", "opens_pseudo_cleft", "pseudo_cleft"]

#: Forms of *be* that open the focus of a pseudo-cleft.
_FOCUS_COPULAS = frozenset("was is".split())
#: How many tokens may stand between the verb and the copula (its object of telling and a
#: time: 'told the council on Monday was').
_OBJECT_TOKENS = 6


def _what_before(words: Sequence[str], lows: Sequence[str], i: int, first: int) -> int:
    """The token *what* that opens the clause of the verb at *i* (at most six tokens before it,
    no punctuation between); -1 when there is none."""
    for k in range(i - 1, max(first, i - 7) - 1, -1):
        low = lows[k]
        if low == "what":
            return k if k == first or words[k - 1] in (",", ";", ":", "and", "but") else -1
        if not words[k][:1].isalnum() and words[k] != "-":  # ('Min-ji Park')
            return -1
    return -1


def _opens_subject(word: str) -> bool:
    """Can *word*, right after *what*, open the verb's subject: a name, a personal pronoun or a
    determiner ('What Ida Berg said', 'What she said', 'What the minister said')?"""
    return word[:1].isupper() or word in SUBJECT_PRONOUNS or word.lower() in SUBJECT_PRONOUNS | DETERMINERS


def _clause_focus(words: Sequence[str], a: int, b: int) -> bool:
    """Is the focus from token *a* to *b* a clause ('that C', 'the bridge will close'), not a
    noun phrase ('What she found was a new pier')?"""
    if words[a].lower() == "that":
        return True
    verbs = AUXILIARIES | COPULA | MODALS | IRREGULAR_PAST
    return any(
        w in verbs or (w.islower() and w.isalpha() and w.endswith("ed") and len(w) > 4)
        for w in words[a + 1 : b + 1]
    )


def _focus_copula(words: Sequence[str], i: int, last: int) -> int:
    """The copula after the verb at *i* and its short object ('told the meeting | was'), with
    only lower-case words or names between; -1 when there is none."""
    for k in range(i + 1, min(last, i + 1 + _OBJECT_TOKENS) + 1):
        low = words[k].lower()
        if low in _FOCUS_COPULAS:
            return k
        if not words[k][:1].isalnum() or low in ("that", "what", "which", "who", "to"):
            return -1
    return -1


def free_relative(v: VerbCue) -> bool:
    """Veto: the verb's object is the *what* that opens its clause, a free relative with no focus
    after it ('Contrary to what Ida Berg said on Monday, C'; 'That is not what she said, C'):
    the clause after its comma is the sentence's, never the verb's report (Quirk et al. 1985
    §15.8). Not before *that* ('repeated what Berg said, that C': an apposition)."""
    words, lows = v.words, v.ctx.lows
    reach = max(v.first, v.i - 7)  # (a few tokens back: the cost stays linear in the sentence)
    mark = next((k for k in range(v.i - 1, reach - 1, -1) if not words[k][:1].isalnum()), reach - 1)
    what = next((k for k in range(mark + 1, v.i) if lows[k] == "what"), -1)
    if what < 0 or what + 1 >= v.i or not _opens_subject(words[what + 1]):
        return False
    if _focus_copula(words, v.i, v.last) >= 0:
        return False  # (a pseudo-cleft: its own rule)
    ahead = min(v.last, v.i + _OBJECT_TOKENS) + 1
    comma = next((k for k in range(v.i + 1, ahead) if not words[k][:1].isalnum()), -1)
    if comma < 0 or words[comma] != "," or comma == v.last or lows[comma + 1] == "that":
        return False
    # (only an adjunct or the addressee between the verb and the comma: 'on Monday', 'last week',
    # 'told reporters'; not a report of its own, 'what Trump says his plan would do, and ...')
    first = lows[v.i + 1]
    if comma == v.i + 1 or first in DATE_LEADS or first in TIME_WORDS or first in ("at", "to"):
        return True
    clause_words = AUXILIARIES | COPULA | MODALS | IRREGULAR_PAST
    return v.lemma in TELL_VERBS and not any(
        w in clause_words or w.endswith("ed") for w in lows[v.i + 1 : comma]
    )


def opens_pseudo_cleft(v: VerbCue) -> bool:
    """Is the verb inside 'What SUBJECT VERB (OBJECT) was/is ...'?"""
    if v.vclass != "speech":
        return False
    return _what_before(v.words, v.ctx.lows, v.i, v.first) >= 0 and _focus_copula(v.words, v.i, v.last) >= 0


def pseudo_cleft(v: VerbCue) -> Found | None:
    """Rule ``pseudo_cleft``: 'What Ida Berg told the meeting was that C' -> content 'that C',
    source 'Ida Berg', cue 'told'."""
    ctx, words = v.ctx, v.words
    what = _what_before(words, v.ctx.lows, v.i, v.first)
    cop = _focus_copula(words, v.i, v.last)
    subj = source_before(ctx.tokens, v.i, what + 1, ctx.lexicon, lows=ctx.lows)
    if subj is None or subj[0] != what + 1 or not _opens_subject(words[what + 1]):
        return None  # ('What gives voters reason for hope is ...': a verb, no subject, after *what*)
    a = cop + 1
    if a > v.last:
        return None
    b = content_end(ctx, a, v.last, relative=False)
    got = content(ctx, a, b)
    if got is None or b - a < 2 or not _clause_focus(words, a, b):
        return None
    span, kind = got
    return Attribution((span,), subj, v.cue, "cue_before_content", kind), what, b
