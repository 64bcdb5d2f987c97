"""Edges of a capitalised chain that are not the person's name.

Input: a chain's words (and lower-cased words) with its bounds; output: whether a word at its
edge belongs to something else — a body's post before the name ("Workers' Party MP | Nadia Koh"),
an inverted past-tense cue before it ("Fumed | Ines Marr:"), or a verb or a question's auxiliary
opening the sentence before a role ("Ask | Mayor Ida Berg", "Is | Mayor Lund going"); and a live
page's labels, which are no name at all ("Key quotes:", "Update, 3 p.m.:", "14:05 BST:"). Used by
:mod:`quotex.mentions.find`.
"""

from __future__ import annotations

from collections.abc import Sequence

from quotex.lexicon import Lexicon
from quotex.lexicon.first_names import FIRST_NAMES
from quotex.lexicon.grammar import AUXILIARIES, LABELS, MODALS, TIME_ZONES
from quotex.mentions.chains import OPENERS
from quotex.mentions.words import ANY_FIRST_NAMES, is_body_word, is_role, past_form, registered_spelling
from quotex.sentences import Sentence, clock_word

#: The most tokens between a possessive and the role noun of the post it owns.
OWNED_REACH = 3


def owned_post(words: Sequence[str], k: int, last: int, lexicon: Lexicon) -> bool:
    """Does the possessive at token *k* of a chain ending at *last* own a post that a person's
    full name follows: a body word, then a role word within :data:`OWNED_REACH` tokens, then a
    listed first name and name words to the chain's end ("Workers' Party MP | Nadia Koh",
    "Women's Institute President | Ines Marr"; not "the Coastal Fishermen's Association")?"""
    for j in range(k + 2, min(k + 1 + OWNED_REACH, last - 1) + 1):
        if is_role(words[j], lexicon) and not words[j].islower():
            given = registered_spelling(words[j + 1].lower()) in ANY_FIRST_NAMES
            return given and is_body_word(words[k + 1], lexicon) and j + 1 < last
    return False


def inverted_past(words: Sequence[str], lows: Sequence[str], k: int, last: int, lexicon: Lexicon) -> bool:
    """Is token *k*, opening the chain *k..last*, an unlisted past form in *-ed* inverted before a
    person's name and a credit's colon or comma ('Fumed Ines Marr:', 'Seethed Ines Marr, a
    pilot:')? Itself no given name ('Ahmed', 'Reed'), a given name after it, and a name of two or
    three words, none a body word nor a number ('Amalgamated Dock Workers Local 414' is a union)."""
    w, nxt = lows[k], lows[k + 1]
    return (
        len(w) > 4
        and past_form(w)
        and w not in ANY_FIRST_NAMES
        and nxt in ANY_FIRST_NAMES
        and 2 <= last - k <= 3
        and last + 1 < len(words)
        and words[last + 1] in (":", ",")
        and all(words[m].isalpha() and not is_body_word(words[m], lexicon) for m in range(k + 1, last + 1))
    )


def past_opener(words: Sequence[str], first: int, last: int, sent: Sentence, lexicon: Lexicon) -> int:
    """The chain's first token after a verb that opens the sentence before a role ('Recall Sen.
    Ada Quist ...', 'Ask Mayor Ida Berg') or a question's auxiliary ('"Is Mayor Lund going to
    ...?"', 'Did Sen. Ruth Abel know?'): neither is part of the title."""
    if first < last - 1 and _opening_verb(words, first, sent, lexicon) and is_role(words[first + 1], lexicon):
        return first + 1
    if first < last and _opening_auxiliary(words, first, sent, lexicon):
        return first + 1
    return first


def _opening_verb(words: Sequence[str], k: int, sent: Sentence, lexicon: Lexicon) -> bool:
    """Is token *k* a verb form of the lexicon opening its sentence or a quotation, no first name
    or role word ('Recall', 'Ask', 'Said')?"""
    low = words[k].lower()
    return (
        low in lexicon.verb_forms
        and low not in FIRST_NAMES
        and not is_role(words[k], lexicon)
        and (k == sent.first or words[k - 1] in OPENERS)
    )


def _opening_auxiliary(words: Sequence[str], k: int, sent: Sentence, lexicon: Lexicon) -> bool:
    """Is token *k* an auxiliary or modal opening its sentence or a quotation, the inverted verb
    of a question ('Is', 'Will', 'Did', 'Can': Quirk et al. 1985, §11.5)? A first name ('Will',
    'May') only before a role word, an honorific or another first name ('Will Mayor Lund ...',
    'Will Ilse Marwick ...'; 'Will Okafor said')."""
    low = words[k].lower()
    if low not in AUXILIARIES and low not in MODALS:
        return False
    if not (k == sent.first or words[k - 1] in OPENERS):
        return False
    nxt = words[k + 1]
    return (
        low not in FIRST_NAMES
        or is_role(nxt, lexicon)
        or nxt.lower().rstrip(".") in lexicon.honorifics
        or nxt.lower() in FIRST_NAMES
    )


#: Words that label a live page's entry or list when a colon closes them within a few lower-case
#: words, times or commas ('Key quotes:', 'Reaction so far:', 'Highlights:'), with
#: :data:`~quotex.lexicon.grammar.LABELS` ('Update, 3 p.m.:'): never a name.
_ENTRY_LABELS = frozenset("key reaction reactions highlights recap takeaways quotes update".split())
#: A label word and the word after it that make a live page's label before a name ('Key quotes from
#: NAME:', 'Reaction from NAME:'); *key* alone may be a surname.
_LABEL_PAIRS = frozenset(
    [("key", "quotes"), ("key", "points"), ("key", "moments"), ("key", "lines"), ("reaction", "from")]
)


def entry_label(words: Sequence[str], first: int, last: int, sent: Sentence) -> bool:
    """Is the one-word chain at token *first* a live page's label ('Key quotes:', 'Update, 3 p.m.:')
    or a time zone after a clock time ('14:05 BST:')? Such a word names nobody who speaks."""
    if first != last:
        return False
    if words[first] in TIME_ZONES:
        return first > sent.first and clock_word(words[first - 1])
    if first != sent.first:
        return False
    if first + 1 <= sent.last and (words[first].lower(), words[first + 1]) in _LABEL_PAIRS:
        return True  # ('Key quotes from NAME's speech:', 'Reaction from NAME:')
    end = next((k for k in range(first + 1, min(sent.last, first + 5) + 1) if words[k] == ":"), -1)
    return end > 0 and label_words(words, first, end - 1)


def label_words(words: Sequence[str], a: int, b: int, *, entry_only: bool = False) -> bool:
    """Are tokens *a..b* a label ('Key quotes', 'Reaction so far', 'Update, 3 p.m.'): a label word,
    then only lower-case words, commas and times? With *entry_only*, only a live page's own label
    words count (a source phrase may open with a word of ``LABELS``: 'Sources close to X said')."""
    low = words[a].lower()
    return (low in _ENTRY_LABELS or (low in LABELS and not entry_only)) and all(
        words[k].islower() or words[k] == "," or words[k].isdigit() or clock_word(words[k])
        for k in range(a + 1, b + 1)
    )
